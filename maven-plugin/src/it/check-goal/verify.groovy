// Post-build check: colophon:check, run in the validate phase, passes a valid publication and
// renders nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('colophon-maven-plugin') && log.contains(':check ') :
    "build.log should show the check goal running"
assert !log.contains(':build ') : "only the check goal should run, not build"
def summary = log.readLines().find { it.contains('[colophon] checked: ') }
assert summary != null : "build.log should contain the '[colophon] checked: ...' summary line"
assert !summary.contains('pages') : "check renders nothing, so its summary should count no pages: ${summary}"
def out = new File(basedir, 'target/publications')
assert !new File(out, 'checked/checked.pdf').exists() : "check should write no PDF"
assert !out.exists() : "check should write nothing, but ${out} exists"
return true
