// Post-build check: the release edition refused the SNAPSHOT version and the TODO marker, said
// where each is, and wrote nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[ERROR] src/publications/not-ready/chapters/01-intro.md:3:16: error: TODO marker left in the text [release-todo-marker]') :
    "build.log should point at the TODO marker (line 3, column 16)"
assert log.contains("[ERROR] src/publications/not-ready/publication.yaml:4:10: error: version '1.1-SNAPSHOT' is a snapshot [release-snapshot-version]") :
    "build.log should point at the SNAPSHOT version (line 4)"
assert log.contains('2 errors in the manuscripts') : "the build should fail with '2 errors in the manuscripts'"

def pdf = new File(basedir, 'target/publications/not-ready/not-ready.pdf')
assert !pdf.exists() : "no PDF should be written for a failing release, but ${pdf} exists"
return true
