/// What every workbook writer checks before writing: sheet names as Excel allows them (LibreOffice
/// allows as much), every tag whole and parsing, and each chart over a table of its sheet.
enum WorkbookCheck {
    static func check(_ workbook: AuthoredWorkbook) throws(AuthoringError) {
        var names: Set<String> = []
        for sheet in workbook.sheets {
            guard !sheet.name.isEmpty, sheet.name.count <= 31, !sheet.name.contains(where: { "\\/?*[]:".contains($0) }),
                  names.insert(sheet.name.lowercased()).inserted
            else {
                throw AuthoringError(.sheetName, "«\(sheet.name)» is not a sheet name Excel allows (1–31 characters, none of \\ / ? * [ ] :, unique)")
            }
            for row in sheet.rows {
                for cell in row.cells {
                    if case .text(let text) = cell.content { try TagCheck.check(text, inSheetCell: true) }
                }
            }
            for chart in sheet.charts {
                let names = chart.drawn(on: sheet).series
                guard chart.headerRow >= 1, chart.rows.lowerBound > chart.headerRow, chart.categoriesColumn >= 1, chart.row >= 1,
                    chart.column >= 1, !names.isEmpty, !names.contains(where: \.isEmpty)
                else {
                    throw AuthoringError(.chartData, "«\(chart.looks.title)» on «\(sheet.name)»: each series' column needs a name in header row \(chart.headerRow), with the table's rows under it")
                }
            }
        }
    }
}
