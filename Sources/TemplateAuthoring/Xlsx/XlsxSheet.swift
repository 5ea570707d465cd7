import DocumentEngine

/// One authored sheet as a worksheet part: its view (the frozen rows), its columns, its cells, its
/// filter, and the page it prints on.
struct XlsxSheet {
    let sheet: AuthoredSheet

    init(_ sheet: AuthoredSheet) { self.sheet = sheet }

    /// A rectangle of cells, `A1:K2`.
    struct Range {
        var lastColumn: Int
        var firstRow: Int
        var lastRow: Int

        var relative: String { "A\(firstRow):\(ColumnLetters.of(lastColumn))\(lastRow)" }
        var absolute: String { "$A$\(firstRow):$\(ColumnLetters.of(lastColumn))$\(lastRow)" }
    }

    /// A sheet's name as a formula names it, always quoted: `'Статистика'`.
    static func quotedName(_ name: String) -> String {
        "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    private var columnCount: Int { max(sheet.columnWidths.count, sheet.rows.map(\.cells.count).max() ?? 0, 1) }

    /// The filtered table: from the header row to the last row, across every column.
    var filterRange: Range? {
        sheet.filterRow.map { Range(lastColumn: columnCount, firstRow: $0, lastRow: max(sheet.rows.count, $0)) }
    }

    var xml: [UInt8] {
        var xml = XMLBuilder()
        xml.open("worksheet", [("xmlns", XlsxParts.mainNamespace), ("xmlns:r", DocxParts.relationshipNamespace)])
        xml.element("sheetPr") { $0.leaf("pageSetUpPr", [("fitToPage", "1")]) }
        xml.leaf("dimension", [("ref", Range(lastColumn: columnCount, firstRow: 1, lastRow: max(sheet.rows.count, 1)).relative)])
        xml.element("sheetViews") { views in
            views.element("sheetView", [("workbookViewId", "0")]) { view in
                guard sheet.frozenRows > 0 else { return }
                let firstFree = "A\(sheet.frozenRows + 1)"
                view.leaf("pane", [("ySplit", String(sheet.frozenRows)), ("topLeftCell", firstFree), ("activePane", "bottomLeft"), ("state", "frozen")])
                view.leaf("selection", [("pane", "bottomLeft"), ("activeCell", firstFree), ("sqref", firstFree)])
            }
        }
        xml.leaf("sheetFormatPr", [("defaultRowHeight", "15")])
        if !sheet.columnWidths.isEmpty {
            xml.element("cols") { columns in
                for (index, width) in sheet.columnWidths.enumerated() {
                    columns.leaf("col", [("min", String(index + 1)), ("max", String(index + 1)), ("width", Units.decimal(width)), ("customWidth", "1")])
                }
            }
        }
        xml.element("sheetData") { data in
            for (index, row) in sheet.rows.enumerated() where !row.cells.isEmpty {
                let height: XMLBuilder.Attributes = row.height.map { [("ht", Units.decimal($0)), ("customHeight", "1")] } ?? []
                data.element("row", [("r", String(index + 1))] + height) { cells in
                    for (column, cell) in row.cells.enumerated() {
                        write(cell, at: "\(ColumnLetters.of(column + 1))\(index + 1)", into: &cells)
                    }
                }
            }
        }
        if let filterRange { xml.leaf("autoFilter", [("ref", filterRange.relative)]) }
        xml.leaf("pageMargins", [("left", "0.6"), ("right", "0.4"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3")])
        xml.leaf("pageSetup", [("paperSize", "9"), ("orientation", sheet.landscape ? "landscape" : "portrait"), ("fitToHeight", "0")])
        if !sheet.charts.isEmpty { xml.leaf("drawing", [("r:id", XlsxDrawing.relationshipID)]) }
        xml.close("worksheet")
        return xml.bytes
    }

    private func write(_ cell: SheetCell, at reference: String, into xml: inout XMLBuilder) {
        let style = String(cell.style.rawValue)
        switch cell.content {
        case .text(let text) where text.isEmpty:
            if cell.style != .plain { xml.leaf("c", [("r", reference), ("s", style)]) }
        case .text(let text):
            xml.element("c", [("r", reference), ("s", style), ("t", "inlineStr")]) { cell in
                cell.element("is") { inline in
                    let spaced = text.first?.isWhitespace == true || text.last?.isWhitespace == true
                    inline.element("t", spaced ? [("xml:space", "preserve")] : [], text: text)
                }
            }
        case .formula(let formula):
            xml.element("c", [("r", reference), ("s", style)]) { $0.element("f", text: formula) }
        }
    }
}
