// Post-build check: a Chinese white paper with two chapters, a case block and cross-references
// builds into a PDF and an HTML edition, and the log carries the one-line summary.
def out = new File(basedir, 'target/publications/zh-white-paper')
def pdf = new File(out, 'zh-white-paper.pdf')
def index = new File(out, 'html/index.html')
def log = new File(basedir, 'build.log').getText('UTF-8')

assert pdf.isFile() : "expected the PDF edition at ${pdf}"
assert pdf.length() > 1000 : "the PDF at ${pdf} is suspiciously small (${pdf.length()} bytes)"
def head = new String(pdf.bytes[0..4] as byte[], 'US-ASCII')
assert head == '%PDF-' : "the PDF should start with %PDF- but starts with '${head}'"

assert index.isFile() : "expected the HTML edition at ${index}"
// The edition is a site: a landing page and a page per chapter; read them all.
def html = new File(out, 'html').listFiles().findAll { it.name.endsWith('.html') }.sort { it.name }
    .collect { it.getText('UTF-8') }.join('\n')
assert html.contains('引言') : "the HTML edition should contain the first chapter title 引言"
assert html.contains('实践') : "the HTML edition should contain the second chapter title 实践"
assert html.contains('某银行建设开放平台') : "the HTML edition should contain the case block's text"
assert html =~ /<section[^>]*id="case-one"[^>]*class="[^"]*\bcase\b/ || html =~ /<section[^>]*class="[^"]*\bcase\b[^"]*"[^>]*id="case-one"/ :
    "the HTML edition should render the ::: {.case #case-one} block as <section id=\"case-one\" class=\"case\">"
['#sec-practice', '#sec-background', '#case-one'].each { target ->
  assert html =~ /<a [^>]*href="(?:[\w-]+\.html)?${target}"[^>]*class="xref"|<a [^>]*class="xref"[^>]*href="(?:[\w-]+\.html)?${target}"/ :
      "the HTML edition should link the cross-reference to ${target} (an <a class=\"xref\" href=\"${target}\">)"
}
assert !html.contains('@sec-') && !html.contains('@case-') :
    "the HTML edition should have every cross-reference resolved, but an @label is left"

def summary = log.readLines().find { it =~ /\[colophon\] zh-white-paper: pdf \d+ pages/ }
assert summary != null : "build.log should contain the '[colophon] zh-white-paper: pdf N pages, ...' summary line"
// While it builds, a line per stage as it ends, in order.
def stages = log.readLines().findAll { it =~ /\[colophon\] zh-white-paper: \w+ \d+\.\d s/ }
    .collect { (it =~ /zh-white-paper: (\w+) /)[0][1] }
assert stages == ['load', 'parse', 'check', 'pdf', 'finish', 'html', 'write'] : "a progress line per stage: ${stages}"
assert log =~ /\[colophon\] zh-white-paper: parse \d+\.\d s, 2 files/ : "the parse line counts the files"
assert log =~ /\[colophon\] zh-white-paper: pdf \d+\.\d s, \d+ pages/ : "the pdf line counts the pages"
assert summary =~ /pdf \d+ pages/ : "the summary line should count the PDF's pages: ${summary}"
assert summary.contains('html') : "the summary line should mention the HTML edition: ${summary}"
assert !log.contains('[WARNING] src/publications/') : "the sample should build without manuscript warnings"
return true
