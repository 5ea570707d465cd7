import DocumentEngine

/// Minimal DOCX and ODT archives built from body XML, the way Word and LibreOffice lay them out.
enum SamplePackages {
    static let wordNamespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    static func docx(body: String, extraParts: [String: String] = [:]) throws -> [UInt8] {
        let writer = try ArchiveWriter(name: "sample.docx")
        try writer.add("[Content_Types].xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """.utf8))
        try writer.add("_rels/.rels", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """.utf8))
        try writer.add("word/document.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document \(wordNamespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>
            """.utf8))
        for (name, xml) in extraParts.sorted(by: { $0.key < $1.key }) {
            try writer.add(name, bytes: Array(xml.utf8))
        }
        return try writer.finish()
    }

    static let odfNamespaces = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""

    static func odt(body: String, header: String? = nil) throws -> [UInt8] {
        let writer = try ArchiveWriter(name: "sample.odt")
        try writer.add("mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), compression: .store)
        try writer.add("content.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content \(odfNamespaces) office:version="1.3"><office:automatic-styles/><office:body><office:text>\(body)</office:text></office:body></office:document-content>
            """.utf8))
        if let header {
            try writer.add("styles.xml", bytes: Array("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles \(odfNamespaces) office:version="1.3"><office:master-styles><style:master-page style:name="Standard"><style:header>\(header)</style:header></style:master-page></office:master-styles></office:document-styles>
                """.utf8))
        }
        try writer.add("META-INF/manifest.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
            """.utf8))
        return try writer.finish()
    }

    /// Compiles, renders and returns the main part's XML as text.
    static func fill(_ bytes: [UInt8], _ data: TemplateValue, filters: FilterRegistry = .standard, options: RenderOptions = RenderOptions()) throws -> String {
        let template = try CompiledTemplate.compile(bytes: bytes, file: "sample", filters: filters)
        let output = try DocumentRenderer(template, filters: filters).render(data, options: options)
        let reader = try ArchiveReader(bytes: output, file: "output")
        let main = template.format == .docx ? "word/document.xml" : "content.xml"
        return String(decoding: try reader.read(main), as: UTF8.self)
    }

    /// The visible text of a filled main part: paragraphs on lines, tags of markup removed.
    static func text(ofXML xml: String) -> String {
        var result = ""
        var inTag = false
        var tagName = ""
        for character in xml {
            if character == "<" { inTag = true; tagName = ""; continue }
            if character == ">" {
                inTag = false
                if tagName == "/w:p" || tagName == "/text:p" || tagName == "text:line-break/" || tagName == "w:br/" { result += "\n" }
                if tagName == "/w:tc" || tagName == "/table:table-cell" { result += "|" }
                if tagName.hasPrefix("text:s") && tagName.hasSuffix("/") && !tagName.hasPrefix("text:span") { result += " " }
                continue
            }
            if inTag { tagName.append(character) } else if character != "\n" { result.append(character) }
        }
        return result.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
    }
}

import Foundation
