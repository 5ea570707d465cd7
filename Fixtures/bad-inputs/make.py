#!/usr/bin/env python3
"""Writes the broken and hostile templates of this folder (run from this folder).

Each file is described in cases.tsv with the command that is run on it, the exit code and the
message it must give. Python's zipfile makes archives no office program would: duplicate
entries, paths outside the archive, entries flagged as encrypted, a zip bomb.
"""
import struct, zipfile, zlib

DOC = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       '<w:body><w:p><w:r><w:t>{{ person.full_name }}</w:t></w:r></w:p></w:body></w:document>')
TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'

def docx(name, parts):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            z.writestr(zipfile.ZipInfo(part, date_time=(2000, 1, 1, 0, 0, 0)), text)

open('not-a-zip.docx', 'wb').write(b'This is a letter, not a document.\n')
docx('valid.docx', [('[Content_Types].xml', TYPES), ('word/document.xml', DOC)])
data = open('valid.docx', 'rb').read()
open('truncated.docx', 'wb').write(data[: len(data) // 2])
docx('escaping-path.docx', [('[Content_Types].xml', TYPES), ('word/document.xml', DOC), ('../../etc/evil.xml', '<x/>')])
docx('absolute-path.docx', [('[Content_Types].xml', TYPES), ('word/document.xml', DOC), ('/etc/evil.xml', '<x/>')])
import warnings
warnings.simplefilter('ignore')
docx('duplicate-entries.docx', [('[Content_Types].xml', TYPES), ('word/document.xml', DOC), ('word/document.xml', DOC)])
docx('missing-main-part.docx', [('[Content_Types].xml', TYPES), ('word/styles.xml', '<x/>')])
docx('malformed-xml.docx', [('[Content_Types].xml', TYPES), ('word/document.xml', DOC.replace('</w:r>', ''))])
docx('doctype-xxe.docx', [('[Content_Types].xml', TYPES), ('word/document.xml', DOC.replace(
    '<w:document', '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document').replace('}}<', '}}&xxe;<'))])
laughs = ''.join('<!ENTITY l%d "%s">' % (i, ('&l%d;' % (i - 1)) * 10) for i in range(1, 10))
docx('billion-laughs.docx', [('[Content_Types].xml', TYPES), ('word/document.xml', DOC.replace(
    '<w:document', '<!DOCTYPE d [<!ENTITY l0 "ha">%s]><w:document' % laughs).replace('}}<', '}}&l9;<'))])
docx('deep-sections.docx', [('[Content_Types].xml', TYPES), ('word/document.xml', DOC.replace(
    '{{ person.full_name }}', ''.join('{{#s%d}}' % i for i in range(1000))))])
# A zip bomb: 80 MB of zeros that deflate to about 80 KB.
with zipfile.ZipFile('zip-bomb.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', TYPES)
    z.writestr('word/document.xml', DOC)
    z.writestr('word/media/zeros.bin', b'\0' * (80 << 20))
# An entry flagged as encrypted (general purpose bit 0), in both its headers.
docx('encrypted.docx', [('[Content_Types].xml', TYPES), ('word/document.xml', DOC)])
raw = bytearray(open('encrypted.docx', 'rb').read())
for signature, offset in ((b'PK\x03\x04', 6), (b'PK\x01\x02', 8)):
    start = 0
    while (start := raw.find(signature, start)) >= 0:
        raw[start + offset] |= 1
        start += 4
open('encrypted.docx', 'wb').write(bytes(raw))
# More tags than any form holds: refused at once, not compiled for minutes.
docx('too-many-tags.docx', [('[Content_Types].xml', TYPES), ('word/document.xml', DOC.replace(
    '{{ person.full_name }}', '{{a}}' * 100001))])
