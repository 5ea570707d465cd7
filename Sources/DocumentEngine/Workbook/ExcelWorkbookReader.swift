import CalendarDays

/// Reads an XLSX workbook: its sheets in order, shared strings, and which cell styles are dates.
struct ExcelWorkbookReader {
    let reader: ArchiveReader
    let file: String

    func workbook() throws(WorkbookError) -> Workbook {
        var problems: [TemplateProblem] = []
        let workbookPart = PackageRelationships.read(of: "", in: reader, problems: &problems)?
            .targets(ofKind: "officeDocument").first ?? "xl/workbook.xml"
        guard reader.entry(named: workbookPart) != nil else {
            throw WorkbookError(.notASpreadsheet, file: file, "an Office file without a workbook; save the class list from Excel as .xlsx")
        }
        guard try WorkbookReader.document(workbookPart, in: reader, file: file).root?.localName == "workbook" else {
            throw WorkbookError(.notASpreadsheet, file: file, "an Office file, but not a spreadsheet (\(workbookPart))")
        }
        // The sheets, shared strings, styles and day count are found as the spreadsheet dialect finds them.
        let parts = WorkbookParts(workbookPart: workbookPart, reader: reader, problems: &problems)
        if let problem = problems.first {
            throw WorkbookError(.malformed, file: file, place: problem.part, problem.message)
        }
        let dateSystem: SpreadsheetDateSystem = parts.date1904 ? .from1904 : .from1900
        let strings = try parts.sharedStringsPart.map(sharedStrings) ?? []
        let dateStyles = try parts.stylesPart.map { part throws(WorkbookError) in
            CellStyles(try WorkbookReader.document(part, in: reader, file: file), datesFor: []).dateStyles
        } ?? []

        var budget = WorkbookReader.maximumCells
        var sheets: [WorkbookSheet] = []
        for sheet in parts.sheets {
            let rows = try SheetCells(part: sheet.part, name: sheet.name, file: file, strings: strings, dateStyles: dateStyles,
                dateSystem: dateSystem).rows(of: try WorkbookReader.document(sheet.part, in: reader, file: file), budget: &budget)
            sheets.append(WorkbookSheet(name: sheet.name, rows: rows))
        }
        return Workbook(file: file, sheets: sheets, dateSystem: dateSystem)
    }

    /// The shared strings in order; rich text's runs joined, phonetic hints left out.
    private func sharedStrings(_ part: String) throws(WorkbookError) -> [String] {
        let document = try WorkbookReader.document(part, in: reader, file: file)
        var strings: [String] = []
        for item in document.root?.children ?? [] where item.localName == "si" {
            guard strings.count < WorkbookReader.maximumCells else {
                throw WorkbookError(.tooLarge, file: file, place: part, "more than \(WorkbookReader.maximumCells) shared strings")
            }
            strings.append(Self.text(of: item))
        }
        return strings
    }

    /// The text of a string item: every `t` in it, but not those of phonetic runs (`rPh`).
    static func text(of item: XMLNode) -> String {
        var text = ""
        item.forEachDescendant { node in
            if node.localName == "rPh" { return .skipChildren }
            if node.isText, node.parent?.localName == "t" { text += node.text }
            return .descend
        }
        return text
    }
}
