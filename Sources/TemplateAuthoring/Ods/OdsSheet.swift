import DocumentEngine

/// One authored sheet as a `table:table`: its columns, its rows of cells (text in `text:p`,
/// formulas in ODF's syntax), and the range its filter takes in.
struct OdsSheet {
    let sheet: AuthoredSheet
    /// Every column width of the workbook, whose index names a column's style.
    let widths: [Double]
    /// The sheet's charts, each put in the cell it stands on.
    var charts: [OdsChart] = []

    private var columnCount: Int { max(sheet.columnWidths.count, sheet.rows.map(\.cells.count).max() ?? 0, 1) }

    /// The filtered table as ODF addresses it, `Наставляемые.A1:Наставляемые.K5`: from the header
    /// row to the last row, across every column.
    var filterRange: String? {
        sheet.filterRow.map { first in
            let name = Self.addressName(sheet.name)
            return "\(name).A\(first):\(name).\(ColumnLetters.of(columnCount))\(max(sheet.rows.count, first))"
        }
    }

    /// A sheet's name in an address, quoted as LibreOffice quotes one that is not a plain word.
    static func addressName(_ name: String) -> String {
        guard name.contains(where: { !($0.isLetter || $0.isNumber || $0 == "_") }) else { return name }
        return "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    func write(into x: inout XMLBuilder) throws(AuthoringError) {
        x.open("table:table", [("table:name", sheet.name), ("table:style-name", OdsStyles.tableStyleName(landscape: sheet.landscape))])
        for width in sheet.columnWidths {
            x.leaf("table:table-column", [("table:style-name", "co\((widths.firstIndex(of: width) ?? 0) + 1)")])
        }
        if sheet.columnWidths.isEmpty { x.leaf("table:table-column") }
        // Rows beyond the cells' down to the last chart's, for it to stand on.
        let rowCount = max(sheet.rows.count, charts.map(\.chart.row).max() ?? 0)
        for index in 0..<rowCount {
            let cells = index < sheet.rows.count ? sheet.rows[index].cells : []
            let standing = charts.filter { $0.chart.row == index + 1 }
            let width = max(cells.count, standing.map(\.chart.column).max() ?? 0)
            let height = index < sheet.rows.count ? sheet.rows[index].height : nil
            x.open("table:table-row", height.map { [("table:style-name", OdsStyles.rowStyleName(height: $0))] } ?? [])
            if width == 0 { x.leaf("table:table-cell") }
            for column in 0..<width {
                let cell = column < cells.count ? cells[column] : .empty
                let here = standing.filter { $0.chart.column == column + 1 }
                try write(cell, into: &x, shapes: here.isEmpty ? nil : { x in for chart in here { chart.frame(into: &x) } })
            }
            x.close("table:table-row")
        }
        x.close("table:table")
    }

    /// A cell; `shapes` writes what stands on it (a chart's frame), before its text.
    private func write(_ cell: SheetCell, into x: inout XMLBuilder, shapes: ((inout XMLBuilder) -> Void)? = nil) throws(AuthoringError) {
        var attributes: XMLBuilder.Attributes = OdsStyles.cellStyleName(cell.style).map { [("table:style-name", $0)] } ?? []
        switch cell.content {
        case .text(let text) where text.isEmpty:
            if let shapes { x.element("table:table-cell", attributes, shapes) } else { x.leaf("table:table-cell", attributes) }
        case .text(let text):
            attributes.append(("office:value-type", "string"))
            x.element("table:table-cell", attributes) { x in
                shapes?(&x)
                x.element("text:p") { x in
                    var paragraph = OdtText()
                    paragraph.write(text, into: &x)
                }
            }
        case .formula(let formula):
            attributes.append(("table:formula", try OdsFormula.of(formula)))
            if let shapes { x.element("table:table-cell", attributes, shapes) } else { x.leaf("table:table-cell", attributes) }
        }
    }
}
