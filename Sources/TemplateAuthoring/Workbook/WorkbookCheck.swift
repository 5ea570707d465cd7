/// What every workbook writer checks before writing: sheet names as Excel allows them (LibreOffice
/// allows as much), and every tag whole and parsing.
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
        }
    }
}
