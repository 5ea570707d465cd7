import DocumentEngine

/// Writes an authored workbook as an OpenDocument spreadsheet (ODS), LibreOffice Calc's own format:
/// the sheets as tables with their column widths and cell styles, dates shown `ДД.ММ.ГГГГ`,
/// formulas in ODF's syntax, each table's filter as a database range, and the header rows frozen.
public struct OdsWriter: WorkbookWriter {
    public init() {}

    public var fileExtension: String { "ods" }

    public func write(_ workbook: AuthoredWorkbook, name: String) throws(AuthoringError) -> [UInt8] {
        try WorkbookCheck.check(workbook)
        let content = try OdsParts.content(workbook)
        do {
            let writer = try ArchiveWriter(name: name, deflateLevel: ArchiveWriter.compactDeflate)
            try writer.add("mimetype", bytes: Array(OdsParts.mimeType.utf8), compression: .store)
            try writer.add("META-INF/manifest.xml", bytes: OdtParts.manifest(mimeType: OdsParts.mimeType))
            try writer.add("content.xml", bytes: content)
            try writer.add("styles.xml", bytes: OdsParts.styles)
            try writer.add("meta.xml", bytes: OdtParts.meta(title: workbook.title))
            try writer.add("settings.xml", bytes: OdsParts.settings(workbook))
            return try writer.finish()
        } catch {
            throw AuthoringError(packaging: error)
        }
    }
}
