import DocumentEngine

/// The smallest DOCX Word opens: content types, the package's relationships and a body of one
/// paragraph holding `text` (its spaces kept).
public enum SampleDocument {
    public static func docx(_ text: String) throws -> [UInt8] {
        let writer = try ArchiveWriter(name: "t.docx")
        try writer.add("[Content_Types].xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """.utf8))
        try writer.add("_rels/.rels", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """.utf8))
        try writer.add("word/document.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:r><w:t xml:space="preserve">\(text)</w:t></w:r></w:p></w:body></w:document>
            """.utf8))
        return try writer.finish()
    }
}
