// Two modules, each with a publication of the same folder name, built at once with -T 2: each
// module's editions hold its own text only, and nothing is left half-written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('MultiThreadedBuilder') : 'the build should run with parallel threads (-T 2)'
['alpha': '甲', 'beta': '乙'].each { module, mark ->
  def out = new File(basedir, "${module}/target/publications/report")
  assert new File(out, 'report.pdf').isFile() : "${module}: the PDF should exist"
  def pages = new File(out, 'html').listFiles().findAll { it.name.endsWith('.html') }
  def text = pages.collect { it.getText('UTF-8') }.join('\n')
  assert text.contains("${mark}模块报告") && text.contains("${mark}的引言") : "${module}: its own title and chapter"
  def other = mark == '甲' ? '乙' : '甲'
  assert !text.contains("${other}的引言") : "${module}: nothing of the other module"
  def names = new File(basedir, "${module}/target/publications").list() as List
  assert !names.any { it.contains('staging') } : "${module}: no staging leftovers: ${names}"
}
// Progress lines ('[colophon] name: stage 1.2 s, ...') are told as each stage ends; the summary is not one.
def progress = { it =~ /\[colophon\] [\w-]+: \w+ \d+\.\d s/ }
assert log.readLines().count { it.contains('[colophon] report:') && !progress(it) } == 2 : 'two summaries, one per module'
return true
