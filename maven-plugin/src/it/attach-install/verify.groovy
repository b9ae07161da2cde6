// Post-build check: install put the PDF and the HTML edition's zip into the local repository
// under their classifiers, the zip is reproducible (sorted entries, the build time on each),
// and release.json records the revision given on the command line.
import java.util.zip.ZipFile

def repo = new File(localRepositoryPath, 'io/github/colophon/it/attach-install/1.0')
def pdf = new File(repo, 'attach-install-1.0-field-notes.pdf')
def zip = new File(repo, 'attach-install-1.0-field-notes-html.zip')
assert pdf.isFile() : "the PDF should be installed as ${pdf}"
assert zip.isFile() : "the HTML zip should be installed as ${zip}"

def built = new File(basedir, 'target/publications/field-notes/field-notes.pdf')
assert pdf.bytes == built.bytes : 'the installed PDF is the one built'
assert new String(pdf.bytes[0..4] as byte[], 'US-ASCII') == '%PDF-'

def names = []
new ZipFile(zip).withCloseable { z ->
    z.entries().each { e ->
        names << e.name
        assert e.timeLocal.toString() == '2026-11-29T00:00' : "entry ${e.name} is stamped ${e.timeLocal}"
    }
}
assert names == names.sort(false) : "zip entries should be sorted: ${names}"
assert names.contains('index.html') && names.contains('colophon.css') : "zip entries: ${names}"

def record = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/publications/field-notes/release.json'))
assert record.build.revision == '0a1b2c3d'
assert record.build.edition == 'draft'
assert record.content.text.unit == 'words'
assert new File(basedir, 'target/publications/field-notes/SHA256SUMS').isFile()
return true
