// Post-build check: colophon:new wrote both publications, the build goal built them without
// warnings, and the second 'new' with a taken name failed and left the folder as it was.
def log = new File(basedir, 'build.log').getText('UTF-8')
def pubs = new File(basedir, 'src/publications')

def report = new File(pubs, 'my-report')
['publication.yaml', 'summary.md', 'chapters/01-introduction.md', 'chapters/02-approach.md'].each {
  assert new File(report, it).isFile() : "colophon:new should have written my-report/${it}"
}
def manifest = new File(report, 'publication.yaml').getText('UTF-8')
assert manifest.contains('kind: white-paper') : "the manifest should be a white paper's:\n${manifest}"
assert manifest.contains('language: "en"') : "the manifest should be English:\n${manifest}"
assert manifest.contains('title: "My Report"') : "the title should come from the name:\n${manifest}"
def chapter = new File(report, 'chapters/01-introduction.md').getText('UTF-8')
assert chapter.contains('{#sec-background}') && chapter.contains('@sec-approach') && chapter.contains('{.case #case-pilot}')

def book = new File(pubs, 'zh-book')
assert new File(book, 'preface.md').isFile() : "a book starts with a preface"
def bookManifest = new File(book, 'publication.yaml').getText('UTF-8')
assert bookManifest.contains('kind: book') && bookManifest.contains('language: "zh-CN"') : bookManifest
assert new File(book, 'chapters/01-introduction.md').getText('UTF-8').contains('背景')

def out = new File(basedir, 'target/publications')
['my-report', 'zh-book'].each {
  assert new File(out, "${it}/${it}.pdf").isFile() : "the build should have written ${it}.pdf"
  assert new File(out, "${it}/html/index.html").isFile() : "the build should have written ${it}/html/index.html"
}
assert !log.contains('[WARNING] src/publications') : "the scaffolds should build without warnings"
assert !(log =~ /\[ERROR\] src\/publications/) : "the scaffolds should build without errors"

assert log.contains('already exists') && log.contains('never overwrites') :
    "the second 'new' for my-report should fail with a clear message"
assert new File(report, 'publication.yaml').getText('UTF-8') == manifest :
    "the existing publication must not be overwritten"
// The folder Maven reads .mvn/jvm.config from: the nearest one with a .mvn (here the Colophon
// checkout's, which sets the option), else the project's own, where 'new' writes one.
def mvnRoot = basedir
while (mvnRoot != null && !new File(mvnRoot, '.mvn').isDirectory()) {
  mvnRoot = mvnRoot.parentFile
}
def jvmConfig = new File(mvnRoot ?: basedir, '.mvn/jvm.config')
assert jvmConfig.isFile() && jvmConfig.getText('UTF-8').contains('-XX:TieredStopAtLevel=1') :
    "colophon:new should leave the project with a jvm.config that keeps Maven on the quick JIT compiler"
return true
