import DocumentEngine

/// Writes an authored workbook as a SpreadsheetML package (XLSX): a worksheet part per sheet, its
/// text in inline strings (no shared strings to keep in step), and the few cell styles the
/// catalogue uses.
public struct XlsxWriter: WorkbookWriter {
    public init() {}

    public var fileExtension: String { "xlsx" }

    public func write(_ workbook: AuthoredWorkbook, name: String) throws(AuthoringError) -> [UInt8] {
        try WorkbookCheck.check(workbook)
        do {
            let writer = try ArchiveWriter(name: name, deflateLevel: ArchiveWriter.compactDeflate)
            try writer.add("[Content_Types].xml", bytes: XlsxParts.contentTypes(sheets: workbook.sheets.count))
            try writer.add("_rels/.rels", bytes: XlsxParts.packageRelationships)
            try writer.add("xl/workbook.xml", bytes: XlsxParts.workbook(workbook))
            try writer.add("xl/_rels/workbook.xml.rels", bytes: XlsxParts.workbookRelationships(sheets: workbook.sheets.count))
            try writer.add("xl/styles.xml", bytes: XlsxStyles.part)
            for (index, sheet) in workbook.sheets.enumerated() {
                try writer.add("xl/worksheets/sheet\(index + 1).xml", bytes: XlsxSheet(sheet).xml)
            }
            try writer.add("docProps/core.xml", bytes: DocxParts.core(title: workbook.title))
            try writer.add("docProps/app.xml", bytes: DocxParts.app)
            return try writer.finish()
        } catch {
            throw AuthoringError(packaging: error)
        }
    }
}
