// Three runs: the first builds, the second finds nothing changed and skips, the third is forced.
def log = new File(basedir, 'build.log').getText('UTF-8')
// Progress lines ('[colophon] name: stage 1.2 s, ...') are told as each stage ends; the summary is not one.
def progress = { it =~ /\[colophon\] [\w-]+: \w+ \d+\.\d s/ }
def summaries = log.readLines().findAll { it.contains('[colophon] notes:') && !progress(it) }
assert summaries.size() == 3 : "three builds should each log a summary, got ${summaries}"
assert summaries[0].contains('pages') : "the first run builds: ${summaries[0]}"
assert summaries[1].contains('up to date (no input changed since the last build)') : "the second run is skipped: ${summaries[1]}"
assert summaries[2].contains('pages') : "incremental=false builds again: ${summaries[2]}"
assert new File(basedir, 'target/publications/notes/notes.pdf').isFile()
assert new File(basedir, 'target/publications/.colophon/notes.inputs').isFile()
return true
