// The watch built once, then once more after the edit, re-rendering only the edited chapter.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[colophon] watching 1 publication(s)') : 'the watch announces itself'
def progress = { it =~ /\[colophon\] [\w-]+: \w+ \d+\.\d s/ }
def summaries = log.readLines().findAll { it.contains('[colophon] notes:') && !progress(it) }
assert summaries.size() == 2 : "a build and a rebuild, got ${summaries}"
assert log.readLines().any { it.contains('[colophon] notes: pdf') && it.contains('chapters/01.md re-rendered') } :
    'the rebuild re-renders the edited chapter alone'
def pdf = new File(basedir, 'target/publications/notes/notes.pdf')
assert pdf.isFile()
return true
