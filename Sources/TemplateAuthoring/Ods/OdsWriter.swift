import DocumentEngine

/// Writes an authored workbook as an OpenDocument spreadsheet (ODS), LibreOffice Calc's own format:
/// the sheets as tables with their column widths and cell styles, dates shown `ДД.ММ.ГГГГ`,
/// formulas in ODF's syntax, each table's filter as a database range, the header rows frozen, and
/// the charts as embedded objects drawn from the sheets' cells.
public struct OdsWriter: WorkbookWriter {
    public init() {}

    public var fileExtension: String { "ods" }

    public func write(_ workbook: AuthoredWorkbook, name: String) throws(AuthoringError) -> [UInt8] {
        try WorkbookCheck.check(workbook)
        var charts: [OdsChart] = []
        for sheet in workbook.sheets {
            for chart in sheet.charts { charts.append(OdsChart(sheet: sheet, chart: chart, number: charts.count + 1)) }
        }
        let content = try OdsParts.content(workbook, charts: charts)
        do {
            let writer = try ArchiveWriter(name: name, deflateLevel: ArchiveWriter.compactDeflate)
            try writer.add("mimetype", bytes: Array(OdsParts.mimeType.utf8), compression: .store)
            try writer.add("META-INF/manifest.xml", bytes: OdtParts.manifest(mimeType: OdsParts.mimeType, charts: charts.map(\.folder)))
            try writer.add("content.xml", bytes: content)
            try writer.add("styles.xml", bytes: OdsParts.styles)
            try writer.add("meta.xml", bytes: OdtParts.meta(title: workbook.title))
            try writer.add("settings.xml", bytes: OdsParts.settings(workbook))
            for chart in charts { try writer.add(chart.part, bytes: chart.xml) }
            return try writer.finish()
        } catch {
            throw AuthoringError(packaging: error)
        }
    }
}
