/// The parts of a DOCX package around its body: fixed text, a few values escaped in.
enum DocxParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let headerRelationship = "rIdHeader1"

    static func contentTypes(header: Bool, charts: [DocxChart] = []) -> [UInt8] {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var parts = [
            ("/word/document.xml", "\(main).document.main+xml"),
            ("/word/styles.xml", "\(main).styles+xml"),
            ("/word/settings.xml", "\(main).settings+xml"),
            ("/word/fontTable.xml", "\(main).fontTable+xml"),
        ]
        if header { parts.append(("/word/header1.xml", "\(main).header+xml")) }
        for chart in charts { parts.append(("/\(chart.part)", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")) }
        parts += [
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        if !charts.isEmpty {
            xml += "<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"
        }
        for (part, type) in parts { xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>" }
        return Array((xml + "</Types>").utf8)
    }

    static let packageRelationships = Array((declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>").utf8)

    static func documentRelationships(header: Bool, charts: [DocxChart] = []) -> [UInt8] {
        var xml = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdStyles\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdSettings\" Type=\"\(relationshipNamespace)/settings\" Target=\"settings.xml\"/>"
            + "<Relationship Id=\"rIdFonts\" Type=\"\(relationshipNamespace)/fontTable\" Target=\"fontTable.xml\"/>"
        if header {
            xml += "<Relationship Id=\"\(headerRelationship)\" Type=\"\(relationshipNamespace)/header\" Target=\"header1.xml\"/>"
        }
        for chart in charts {
            xml += "<Relationship Id=\"\(chart.relationshipID)\" Type=\"\(relationshipNamespace)/chart\" Target=\"charts/chart\(chart.number).xml\"/>"
        }
        return Array((xml + "</Relationships>").utf8)
    }

    /// `w:line` for a line spacing (240 is single).
    static func line(_ spacing: Double) -> Int { Int((240 * spacing).rounded()) }

    /// Normal is the base font at the base size, Russian, at the document's line spacing, no space
    /// around paragraphs, no indents, aligned left: a paragraph writes only where it differs.
    static func styles(_ document: AuthoredDocument) -> [UInt8] {
        let font = XMLBuilder.escaped(document.font.name)
        let size = Units.halfPoints(document.font.size)
        let runProperties = "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
            + "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/><w:lang w:val=\"ru-RU\" w:eastAsia=\"ru-RU\" w:bidi=\"ar-SA\"/>"
        let paragraphProperties = "<w:widowControl/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(line(document.lineSpacing))\" w:lineRule=\"auto\"/>"
            + "<w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>"
        let xml = declaration + "<w:styles xmlns:w=\"\(wordNamespace)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(runProperties)</w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr>\(paragraphProperties)</w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr>\(paragraphProperties)</w:pPr><w:rPr>\(runProperties)</w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>"
            + "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:jc w:val=\"center\"/></w:pPr></w:style>"
            + "</w:styles>"
        return Array(xml.utf8)
    }

    static let settings = Array((declaration + "<w:settings xmlns:w=\"\(wordNamespace)\">"
        + "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"709\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"ru-RU\"/><w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/>"
        + "</w:settings>").utf8)

    /// Tells Word the base font is a Cyrillic serif, so a machine without it substitutes well.
    static func fontTable(_ font: BaseFont) -> [UInt8] {
        let name = XMLBuilder.escaped(font.name)
        return Array((declaration + "<w:fonts xmlns:w=\"\(wordNamespace)\"><w:font w:name=\"\(name)\">"
            + "<w:charset w:val=\"CC\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>").utf8)
    }

    /// The centred page number: a PAGE field in one header paragraph.
    static let pageNumberHeader = Array((declaration
        + "<w:hdr xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/>"
        + "<w:jc w:val=\"center\"/></w:pPr>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "</w:p></w:hdr>").utf8)

    /// No dates: the package must be the same bytes on every run.
    static func core(title: String) -> [UInt8] {
        Array((declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLBuilder.escaped(title))</dc:title><dc:creator>mentordocs</dc:creator>"
            + "<dc:language>ru-RU</dc:language></cp:coreProperties>").utf8)
    }

    static let app = Array((declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
        + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        + "<Application>mentordocs-author</Application><DocSecurity>0</DocSecurity></Properties>").utf8)
}
