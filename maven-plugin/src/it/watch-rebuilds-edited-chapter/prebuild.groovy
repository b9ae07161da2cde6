// The watch goal runs in the forked build; this thread plays the author: once the first edition
// is out, it saves an edit to chapter 1 (the watch then rebuilds once and stops).
def pdf = new File(basedir, 'target/publications/notes/notes.pdf')
def chapter = new File(basedir, 'src/publications/notes/chapters/01.md')
Thread.startDaemon {
  long deadline = System.currentTimeMillis() + 240_000
  while (!pdf.isFile() && System.currentTimeMillis() < deadline) {
    Thread.sleep(100)
  }
  Thread.sleep(1000)
  chapter.append('\n观察模式下保存的第二稿。\n', 'UTF-8')
}
return true
