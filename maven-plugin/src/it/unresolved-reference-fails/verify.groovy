// Post-build check: the build failed on the unresolved reference, said where it is in the
// compiler's file:line:col form, and wrote nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
def where = 'src/publications/broken-ref/chapters/01-intro.md:3:13: error: unresolved reference @sec-missing'

assert log.contains('chapters/01-intro.md:') : "build.log should name chapters/01-intro.md in the error"
assert log.contains('unresolved reference @sec-missing') :
    "build.log should report 'unresolved reference @sec-missing'"
assert log.contains("[ERROR] ${where} [unresolved-reference]") :
    "build.log should point at line 3, column 13 (the @ of @sec-missing) as '[ERROR] ${where} [unresolved-reference]'"
assert log.contains('1 error in the manuscripts') :
    "the build should fail with '1 error in the manuscripts'"

def pdf = new File(basedir, 'target/publications/broken-ref/broken-ref.pdf')
assert !pdf.exists() : "no PDF should be written for a failing publication, but ${pdf} exists"
def out = new File(basedir, 'target/publications')
assert out.list() as List == ['colophon.sarif'] :
    "only the SARIF log should be written for a failing publication, but ${out} holds ${out.list()}"
def result = new groovy.json.JsonSlurper().parse(new File(out, 'colophon.sarif')).runs[0].results[0]
assert result.ruleId == 'unresolved-reference'
assert result.level == 'error'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/publications/broken-ref/chapters/01-intro.md'
assert location.region.startLine == 3 && location.region.startColumn == 13 : "SARIF region: ${location.region}"
return true
