import DocumentEngine

/// Writes an authored workbook as a SpreadsheetML package (XLSX): a worksheet part per sheet, its
/// text in inline strings (no shared strings to keep in step), and the few cell styles the
/// catalogue uses.
public struct XlsxWriter: WorkbookWriter {
    public init() {}

    public var fileExtension: String { "xlsx" }

    public func write(_ workbook: AuthoredWorkbook, name: String) throws(AuthoringError) -> [UInt8] {
        try WorkbookCheck.check(workbook)
        var drawings: [(sheet: Int, drawing: XlsxDrawing)] = []
        var charts = 0
        for (index, sheet) in workbook.sheets.enumerated() where !sheet.charts.isEmpty {
            drawings.append((index, XlsxDrawing(sheet: sheet, number: drawings.count + 1, firstChart: charts + 1)))
            charts += sheet.charts.count
        }
        do {
            let writer = try ArchiveWriter(name: name, deflateLevel: ArchiveWriter.compactDeflate)
            try writer.add("[Content_Types].xml", bytes: XlsxParts.contentTypes(sheets: workbook.sheets.count, drawings: drawings.map(\.drawing)))
            try writer.add("_rels/.rels", bytes: XlsxParts.packageRelationships)
            try writer.add("xl/workbook.xml", bytes: XlsxParts.workbook(workbook))
            try writer.add("xl/_rels/workbook.xml.rels", bytes: XlsxParts.workbookRelationships(sheets: workbook.sheets.count))
            try writer.add("xl/styles.xml", bytes: XlsxStyles.part)
            for (index, sheet) in workbook.sheets.enumerated() {
                try writer.add("xl/worksheets/sheet\(index + 1).xml", bytes: XlsxSheet(sheet).xml)
            }
            for (sheet, drawing) in drawings {
                try writer.add("xl/worksheets/_rels/sheet\(sheet + 1).xml.rels", bytes: drawing.sheetRelationships)
                try writer.add(drawing.part, bytes: drawing.xml)
                try writer.add(drawing.relationshipsPart, bytes: drawing.relationships)
                for (index, part) in drawing.chartParts.enumerated() { try writer.add(part, bytes: drawing.chartXML(index)) }
            }
            try writer.add("docProps/core.xml", bytes: DocxParts.core(title: workbook.title))
            try writer.add("docProps/app.xml", bytes: DocxParts.app)
            return try writer.finish()
        } catch {
            throw AuthoringError(packaging: error)
        }
    }
}
