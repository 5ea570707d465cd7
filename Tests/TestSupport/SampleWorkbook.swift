import DocumentEngine

/// Minimal XLSX packages built from sheet XML, laid out as Excel saves them: the workbook and its
/// relationships, shared strings, styles, one part per sheet.
public struct SampleWorkbook: Sendable {
    public struct Sheet: Sendable {
        public var name: String
        /// What the `worksheet` element holds: `<sheetData>…</sheetData>` and what follows it.
        public var body: String

        public init(name: String, body: String) {
            self.name = name
            self.body = body
        }
    }

    public static let namespaces = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    public var sheets: [Sheet]
    /// The inner XML of each shared string (`<t>…</t>`, or runs `<r><rPr>…</rPr><t>…</t></r>`), by number.
    public var strings: [String] = []
    /// What stands after `sheets` in `workbook.xml`: `<definedNames>…</definedNames>`, `<calcPr/>`.
    public var workbookTail = "<calcPr calcId=\"191029\"/>"
    public var workbookProperties = ""
    /// Number formats (`<numFmt numFmtId="164" formatCode="…"/>`) and cell styles (`<xf …/>`) after the default style 0.
    public var numberFormats: [String] = []
    public var cellStyles: [String] = []
    /// Parts added as they are (a calculation chain, a table), with their content types.
    public var extraParts: [(name: String, contentType: String, xml: String)] = []
    /// Relationships of sheet 1 (`<Relationship …/>`), for the extra parts it uses.
    public var firstSheetRelationships: [String] = []
    public var calculationChain = false

    public init(sheets: [Sheet], strings: [String] = []) {
        self.sheets = sheets
        self.strings = strings
    }

    public init(_ body: String, strings: [String] = []) {
        self.init(sheets: [Sheet(name: "Лист1", body: body)], strings: strings)
    }

    public func bytes() throws -> [UInt8] {
        let writer = try ArchiveWriter(name: "sample.xlsx")
        var overrides = "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        for number in sheets.indices {
            overrides += "<Override PartName=\"/xl/worksheets/sheet\(number + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        if calculationChain {
            overrides += "<Override PartName=\"/xl/calcChain.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml\"/>"
        }
        for part in extraParts { overrides += "<Override PartName=\"/\(part.name)\" ContentType=\"\(part.contentType)\"/>" }
        try add(writer, "[Content_Types].xml", """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>\(overrides)</Types>
            """)
        try add(writer, "_rels/.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """)
        let sheetList = sheets.enumerated().map { number, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(number + 1)\" r:id=\"rId\(number + 1)\"/>"
        }.joined()
        try add(writer, "xl/workbook.xml", "<workbook \(Self.namespaces)>\(workbookProperties)<sheets>\(sheetList)</sheets>\(workbookTail)</workbook>")
        var relationships = sheets.indices.map { number in
            "<Relationship Id=\"rId\(number + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(number + 1).xml\"/>"
        }.joined()
        relationships += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        if calculationChain {
            relationships += "<Relationship Id=\"rIdC\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain\" Target=\"calcChain.xml\"/>"
        }
        try add(writer, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)</Relationships>")
        let formats = numberFormats.isEmpty ? "" : "<numFmts count=\"\(numberFormats.count)\">\(numberFormats.joined())</numFmts>"
        let styles = ["<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"] + cellStyles
        try add(writer, "xl/styles.xml", """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(formats)<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="\(styles.count)">\(styles.joined())</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
            """)
        try add(writer, "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">"
            + strings.map { "<si>\($0)</si>" }.joined() + "</sst>")
        for (number, sheet) in sheets.enumerated() {
            try add(writer, "xl/worksheets/sheet\(number + 1).xml", "<worksheet \(Self.namespaces)>\(sheet.body)</worksheet>")
        }
        if !firstSheetRelationships.isEmpty {
            try add(writer, "xl/worksheets/_rels/sheet1.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(firstSheetRelationships.joined())</Relationships>")
        }
        if calculationChain {
            try add(writer, "xl/calcChain.xml", "<calcChain xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><c r=\"A1\" i=\"1\"/></calcChain>")
        }
        for part in extraParts { try add(writer, part.name, part.xml) }
        return try writer.finish()
    }

    private func add(_ writer: ArchiveWriter, _ name: String, _ xml: String) throws {
        try writer.add(name, bytes: Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).utf8))
    }
}
