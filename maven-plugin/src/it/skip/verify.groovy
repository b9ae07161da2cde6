// Post-build check: with -Dcolophon.skip=true the build succeeds, says it skipped Colophon and
// writes no edition.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Colophon is skipped') : "build.log should say 'Colophon is skipped'"
assert !log.contains('[colophon] ') : "a skipped build should not print a [colophon] summary"
def out = new File(basedir, 'target/publications')
assert !out.exists() : "a skipped build should write nothing, but ${out} exists"
return true
