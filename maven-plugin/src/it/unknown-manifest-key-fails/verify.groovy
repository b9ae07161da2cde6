// Post-build check: the misspelt 'titel:' key is reported at its place in publication.yaml with
// a "did you mean 'title'" hint, and nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
def manifest = 'src/publications/typo-key/publication.yaml'

assert log =~ /\[ERROR\] ${java.util.regex.Pattern.quote(manifest)}:\d+:\d+: error: / :
    "build.log should name ${manifest}:LINE:COL in an [ERROR] line"
// 'titel:' is written at line 1, column 1 (the key, not its value).
assert log =~ /\[ERROR\] ${java.util.regex.Pattern.quote(manifest)}:1:1: error: unknown key 'titel' \[unknown-manifest-key\]/ :
    "build.log should report \"unknown key 'titel'\" at 1:1 of ${manifest}"
assert log.contains("did you mean 'title'") : "build.log should suggest: did you mean 'title'"
assert log.contains('in the manuscripts') : "the build should fail with 'N error(s) in the manuscripts'"

def out = new File(basedir, 'target/publications')
assert out.list() as List == ['colophon.sarif'] :
    "only the SARIF log should be written for a failing publication, but ${out} holds ${out.list()}"
return true
