/// The parts of an XLSX package around its sheets.
enum XlsxParts {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = DocxParts.relationshipNamespace
    private static let sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    static func contentTypes(sheets: Int, drawings: [XlsxDrawing] = []) -> [UInt8] {
        var parts = [("/xl/workbook.xml", "\(sheetType).sheet.main+xml"), ("/xl/styles.xml", "\(sheetType).styles+xml")]
        for number in 1...max(sheets, 1) { parts.append(("/xl/worksheets/sheet\(number).xml", "\(sheetType).worksheet+xml")) }
        for drawing in drawings {
            parts.append(("/" + drawing.part, XlsxDrawing.drawingType))
            parts += drawing.chartParts.map { ("/" + $0, XlsxDrawing.chartType) }
        }
        parts += [
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        var xml = DocxParts.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for (part, type) in parts { xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>" }
        return Array((xml + "</Types>").utf8)
    }

    static let packageRelationships = Array((DocxParts.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>").utf8)

    /// The sheets in order; each filter's hidden name, as Excel keeps one beside every autofilter.
    static func workbook(_ workbook: AuthoredWorkbook) -> [UInt8] {
        var xml = XMLBuilder()
        xml.open("workbook", [("xmlns", mainNamespace), ("xmlns:r", relationshipNamespace)])
        xml.element("bookViews") { $0.leaf("workbookView", [("activeTab", "0")]) }
        xml.element("sheets") { sheets in
            for (index, sheet) in workbook.sheets.enumerated() {
                sheets.leaf("sheet", [("name", sheet.name), ("sheetId", String(index + 1)), ("r:id", "rIdSheet\(index + 1)")])
            }
        }
        let filters = workbook.sheets.enumerated().compactMap { index, sheet in
            XlsxSheet(sheet).filterRange.map { (index, sheet.name, $0) }
        }
        if !filters.isEmpty {
            xml.element("definedNames") { names in
                for (index, name, range) in filters {
                    names.element("definedName", [("name", "_xlnm._FilterDatabase"), ("localSheetId", String(index)), ("hidden", "1")],
                        text: "\(XlsxSheet.quotedName(name))!\(range.absolute)")
                }
            }
        }
        xml.leaf("calcPr", [("calcId", "191029"), ("fullCalcOnLoad", "1")])
        xml.close("workbook")
        return xml.bytes
    }

    static func workbookRelationships(sheets: Int) -> [UInt8] {
        var xml = DocxParts.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for number in 1...max(sheets, 1) {
            xml += "<Relationship Id=\"rIdSheet\(number)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
        }
        xml += "<Relationship Id=\"rIdStyles\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        return Array((xml + "</Relationships>").utf8)
    }
}
