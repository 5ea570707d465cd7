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
                dateSystem: dateSystem).rows(in: reader, budget: &budget)
            sheets.append(WorkbookSheet(name: sheet.name, rows: rows))
        }
        return Workbook(file: file, sheets: sheets, dateSystem: dateSystem)
    }

    /// The shared strings in order; rich text's runs joined, phonetic hints left out. Read as the
    /// part is parsed: a workbook's strings can be most of it.
    private func sharedStrings(_ part: String) throws(WorkbookError) -> [String] {
        let strings = SharedStringItems(part: part, file: file)
        try WorkbookReader.stream(part, in: reader, file: file, into: strings)
        if let failure = strings.failure { throw failure }
        return strings.items
    }
}

/// Follows the parse of a shared strings part: the text of each item (`si`), every `t` in it but
/// those of phonetic runs (`rPh`).
private final class SharedStringItems: XMLStreamHandler {
    let part: String
    let file: String
    var items: [String] = []
    var failure: WorkbookError?
    var stopped: Bool { failure != nil }

    private var depth = 0
    private var item = 0
    private var phonetic = 0
    private var textRun = 0
    private var text: [UInt8] = []

    init(part: String, file: String) {
        self.part = part
        self.file = file
    }

    func start(_ element: XMLStream.Element) {
        depth += 1
        if depth == 2, element.is("si") {
            guard items.count < WorkbookReader.maximumCells else {
                failure = WorkbookError(.tooLarge, file: file, place: part, "more than \(WorkbookReader.maximumCells) shared strings")
                return
            }
            item = depth
            text = []
        } else if item > 0, phonetic == 0 {
            if element.is("rPh") { phonetic = depth } else if element.is("t") { textRun = depth }
        }
    }

    func end(_ element: XMLStream.Element) {
        defer { depth -= 1 }
        switch depth {
        case item:
            item = 0
            items.append(String(decoding: text, as: UTF8.self))
        case phonetic: phonetic = 0
        case textRun: textRun = 0
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if textRun > 0, depth == textRun { text.append(contentsOf: bytes) }
    }
}
