// Post-build check: after a good build and a failing rebuild of the same publication, the good
// edition is still in place and unchanged, and no staging folder is left behind.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/publications')
def pdf = new File(out, 'edition/edition.pdf')
def index = new File(out, 'edition/html/index.html')

assert log.readLines().any { it.contains('[colophon] edition: pdf ') } :
    "build.log should contain the first build's '[colophon] edition: pdf N pages' summary"
assert log.contains('src/broken/edition/chapters/01-intro.md:3:') &&
    log.contains('unresolved reference @sec-missing') :
    "build.log should contain the second build's 'unresolved reference @sec-missing' error"

assert pdf.isFile() : "the good build's PDF ${pdf} should survive the failing rebuild"
def head = new String(pdf.bytes[0..4] as byte[], 'US-ASCII')
assert head == '%PDF-' : "the surviving PDF should start with %PDF- but starts with '${head}'"
assert index.isFile() : "the good build's ${index} should survive the failing rebuild"
def html = index.getText('UTF-8')
assert html.contains('引言') : "html/index.html should still hold the good build's chapter title 引言"
assert !html.contains('修订') : "html/index.html should not hold the broken revision's title 修订"

def names = (out.list() as List).sort()
// .colophon holds the incremental build's fingerprints; staging folders would be .edition.staging-*
assert names == ['.colophon', 'colophon.sarif', 'edition'] :
    "target/publications should hold only the edition folder (no staging leftovers), but holds ${names}"
return true
