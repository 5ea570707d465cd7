public import DocumentEngine

/// Packages laid out as Word and LibreOffice save them, with the parts, content types and
/// relationships they write: templates, macro-enabled files, Office 365's `document2.xml`,
/// comments, document properties and the custom XML data behind a cover page's content controls.
public struct WordSavedPackage {
    public var kind: DocumentFileKind = .docx
    /// Office 365 sometimes saves the body as `word/document2.xml`.
    public var mainPart = "word/document.xml"
    /// Paragraphs of the body.
    public var body: String
    /// Paragraphs of the default header, saved as `word/header1.xml`.
    public var header: String?
    /// The text of a comment anchored on the first paragraph.
    public var comment: String?
    /// `dc:title`, `dc:subject` of `docProps/core.xml`.
    public var title = "Согласие"
    public var subject = ""
    /// `Company` of `docProps/app.xml`.
    public var company = ""
    /// A custom property (`docProps/custom.xml`), saved when given.
    public var customProperty: (name: String, value: String)?
    /// The cover page's abstract, kept in `customXml/item1.xml` and bound to a content control.
    public var coverAbstract: String?
    /// A VBA project, as a `.docm` or `.dotm` holds.
    public var macros = false

    public init(kind: DocumentFileKind = .docx, body: String) {
        self.kind = kind
        self.body = body
    }

    public static let wordNamespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    static let coverPageStore = "{55AF091B-3C7A-41E3-B477-F2FDAA23CFDA}"

    public static func mainContentType(of kind: DocumentFileKind) -> String {
        switch kind {
        case .dotx: "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
        case .docm: "application/vnd.ms-word.document.macroEnabled.main+xml"
        case .dotm: "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
        default: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        }
    }

    public func bytes() throws -> [UInt8] {
        let main = String(mainPart.dropFirst("word/".count))
        var types = "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        if macros { types += "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>" }
        types += override("/\(mainPart)", Self.mainContentType(of: kind))
            + override("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")
            + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
            + override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        var packageRelationships = relationship("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml")
            + relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")
            + relationship("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", mainPart)
        var mainRelationships = relationship("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml")
        var parts: [(String, String)] = []
        var sectionProperties = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"567\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
        var body = self.body

        if let header {
            types += override("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml")
            mainRelationships += relationship("rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "header1.xml")
            sectionProperties = "<w:headerReference w:type=\"default\" r:id=\"rId2\"/>" + sectionProperties
            parts.append(("word/header1.xml", "<w:hdr \(Self.wordNamespaces)>\(header)</w:hdr>"))
        }
        if let comment {
            types += override("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml")
            mainRelationships += relationship("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments", "comments.xml")
            parts.append(("word/comments.xml", "<w:comments \(Self.wordNamespaces)><w:comment w:id=\"0\" w:author=\"Завуч\" w:date=\"2026-01-10T09:00:00Z\" w:initials=\"З\"><w:p><w:r><w:t xml:space=\"preserve\">\(comment)</w:t></w:r></w:p></w:comment></w:comments>"))
            body = "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Примечание</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>" + body
        }
        if let coverAbstract {
            types += override("/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml")
            mainRelationships += relationship("rId4", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml", "../customXml/item1.xml")
            parts.append(("customXml/item1.xml", "<CoverPageProperties xmlns=\"http://schemas.microsoft.com/office/2006/coverPageProps\"><PublishDate/><Abstract>\(coverAbstract)</Abstract><CompanyAddress/><CompanyPhone/><CompanyFax/><CompanyEmail/></CoverPageProperties>"))
            parts.append(("customXml/_rels/item1.xml.rels", relationships(relationship("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps", "itemProps1.xml"))))
            parts.append(("customXml/itemProps1.xml", "<ds:datastoreItem ds:itemID=\"\(Self.coverPageStore)\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"><ds:schemaRefs><ds:schemaRef ds:uri=\"http://schemas.microsoft.com/office/2006/coverPageProps\"/></ds:schemaRefs></ds:datastoreItem>"))
            // The content control shows the bound value; its own content is Word's cached copy.
            body = "<w:sdt><w:sdtPr><w:alias w:val=\"Abstract\"/><w:tag w:val=\"\"/><w:id w:val=\"-1375141588\"/><w:dataBinding w:prefixMappings=\"xmlns:ns0='http://schemas.microsoft.com/office/2006/coverPageProps' \" w:xpath=\"/ns0:CoverPageProperties[1]/ns0:Abstract[1]\" w:storeItemID=\"\(Self.coverPageStore)\"/><w:text w:multiLine=\"1\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>\(coverAbstract)</w:t></w:r></w:p></w:sdtContent></w:sdt>" + body
        }
        if let customProperty {
            types += override("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")
            packageRelationships += relationship("rId4", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "docProps/custom.xml")
            parts.append(("docProps/custom.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"\(customProperty.name)\"><vt:lpwstr>\(customProperty.value)</vt:lpwstr></property></Properties>"))
        }
        if macros {
            types += override("/word/vbaData.xml", "application/vnd.ms-word.vbaData+xml")
            mainRelationships += relationship("rId9", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin")
            parts.append(("word/vbaProject.bin", "not really OLE: the engine never reads it"))
            parts.append(("word/_rels/vbaProject.bin.rels", relationships(relationship("rId1", "http://schemas.microsoft.com/office/2006/relationships/wordVbaData", "vbaData.xml"))))
            parts.append(("word/vbaData.xml", "<wne:vbaSuppData xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\"><wne:mcds/></wne:vbaSuppData>"))
        }

        let writer = try ArchiveWriter(name: "saved.\(kind.fileExtension)")
        try writer.add("[Content_Types].xml", bytes: xml("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\(types)</Types>"))
        try writer.add("_rels/.rels", bytes: xml(relationships(packageRelationships)))
        try writer.add(mainPart, bytes: xml("<w:document \(Self.wordNamespaces)><w:body>\(body)<w:sectPr>\(sectionProperties)</w:sectPr></w:body></w:document>"))
        try writer.add("word/_rels/\(main).rels", bytes: xml(relationships(mainRelationships)))
        try writer.add("word/styles.xml", bytes: xml("<w:styles \(Self.wordNamespaces)><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"24\"/><w:lang w:val=\"ru-RU\"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"))
        for (name, text) in parts {
            try writer.add(name, bytes: name.hasSuffix(".bin") ? Array(text.utf8) : xml(text))
        }
        try writer.add("docProps/core.xml", bytes: xml("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>\(title)</dc:title><dc:subject>\(subject)</dc:subject><dc:creator>Завуч</dc:creator><cp:lastModifiedBy>Завуч</cp:lastModifiedBy><cp:revision>2</cp:revision><dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-10T09:00:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-01-10T09:05:00Z</dcterms:modified></cp:coreProperties>"))
        try writer.add("docProps/app.xml", bytes: xml("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Template>\(macros ? "Normal.dotm" : "Normal.dotx")</Template><TotalTime>1</TotalTime><Pages>1</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>\(company)</Company><AppVersion>16.0000</AppVersion></Properties>"))
        return try writer.finish()
    }

    private func xml(_ text: String) -> [UInt8] {
        Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + text).utf8)
    }

    private func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>"
    }

    private func relationship(_ id: String, _ type: String, _ target: String) -> String {
        "<Relationship Id=\"\(id)\" Type=\"\(type)\" Target=\"\(target)\"/>"
    }

    private func relationships(_ list: String) -> String {
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(list)</Relationships>"
    }
}

/// An ODF text document or template laid out as LibreOffice saves it, with `meta.xml`.
public struct LibreOfficeSavedPackage {
    public var kind: DocumentFileKind = .odt
    /// Paragraphs of the body.
    public var body: String
    public var title = "Согласие"
    public var subject = ""
    /// A user-defined property (File › Properties › Custom Properties).
    public var userDefined: (name: String, value: String)?

    public init(kind: DocumentFileKind = .odt, body: String) {
        self.kind = kind
        self.body = body
    }

    public var mediaType: String {
        kind == .ott ? "application/vnd.oasis.opendocument.text-template" : "application/vnd.oasis.opendocument.text"
    }

    public func bytes() throws -> [UInt8] {
        let office = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
        let meta = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        let userDefined = self.userDefined.map { "<meta:user-defined meta:name=\"\($0.name)\" meta:value-type=\"string\">\($0.value)</meta:user-defined>" } ?? ""
        let writer = try ArchiveWriter(name: "saved.\(kind.fileExtension)")
        try writer.add("mimetype", bytes: Array(mediaType.utf8), compression: .store)
        try writer.add("meta.xml", bytes: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta \(meta) office:version=\"1.3\"><office:meta><meta:initial-creator>Завуч</meta:initial-creator><meta:creation-date>2026-01-10T09:00:00</meta:creation-date><dc:title>\(title)</dc:title><dc:subject>\(subject)</dc:subject><meta:generator>LibreOffice/7.4</meta:generator><meta:document-statistic meta:page-count=\"1\"/>\(userDefined)</office:meta></office:document-meta>".utf8))
        try writer.add("content.xml", bytes: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \(office) office:version=\"1.3\"><office:automatic-styles/><office:body><office:text>\(body)</office:text></office:body></office:document-content>".utf8))
        try writer.add("styles.xml", bytes: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles \(office) office:version=\"1.3\"><office:styles/></office:document-styles>".utf8))
        try writer.add("META-INF/manifest.xml", bytes: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"\(mediaType)\"/><manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/><manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>".utf8))
        return try writer.finish()
    }
}
