// Post-build check: colophon:check, run in the validate phase, passes a valid publication,
// renders nothing, and writes its (empty) SARIF log for CI annotations.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('colophon-maven-plugin') && log.contains(':check ') :
    "build.log should show the check goal running"
assert !log.contains(':build ') : "only the check goal should run, not build"
// Progress lines ('[colophon] name: stage 1.2 s, ...') are told as each stage ends; the summary is not one.
def progress = { it =~ /\[colophon\] [\w-]+: \w+ \d+\.\d s/ }
def summary = log.readLines().find { it.contains('[colophon] checked: ') && !progress(it) }
assert summary != null : "build.log should contain the '[colophon] checked: ...' summary line"
assert !summary.contains('pages') : "check renders nothing, so its summary should count no pages: ${summary}"
def out = new File(basedir, 'target/publications')
assert !new File(out, 'checked/checked.pdf').exists() : "check should write no PDF"
assert out.list() as List == ['colophon.sarif'] : "check should write only colophon.sarif, but ${out} holds ${out.list()}"
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'colophon.sarif'))
assert sarif.version == '2.1.0' : "colophon.sarif should be SARIF 2.1.0"
assert sarif.runs[0].tool.driver.name == 'Colophon'
assert sarif.runs[0].results.isEmpty() : "a valid publication has no SARIF results"
return true
