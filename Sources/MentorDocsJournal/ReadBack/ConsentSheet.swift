public import MentorDocs

/// The journal of consents as a spreadsheet holds it after the secretary's edits (the «Согласия»
/// sheet of the registers): for each row, whose consent it is and the days typed in its columns of
/// return and withdrawal. Columns are found by their names in the header row, so moved or added
/// columns do no harm.
public struct ConsentSheet: Sendable {
    /// A day typed in a cell.
    public struct TypedDay: Sendable, Equatable {
        /// The day, read from a date cell, from text such as `19.11.2026` or `2026-11-19`, or from a
        /// date's serial number in a cell formatted as General.
        public var day: CalendarDay
        /// Where it was typed.
        public var place: SheetPlace
    }

    /// One row that names a consent.
    public struct Entry: Sendable, Equatable {
        /// The cell of the person's id.
        public var place: SheetPlace
        /// The person's spec id.
        public var personID: String
        /// The processing consent, or the consent to dissemination.
        public var paper: PaperKind
        /// The day typed in the column of return, if any.
        public var returned: TypedDay?
        /// The day typed in the column of withdrawal, if any.
        public var withdrawn: TypedDay?
    }

    /// Something typed that cannot be read: a date that is not one, a consent the journal does not
    /// list, a day without an id.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The cell.
        public var place: SheetPlace
        /// What is wrong, without the cell's content (it may be personal data): in English, as the
        /// command line prints it.
        public var message: String
        /// The same in Russian, saying what to do: as the journal page shows it.
        public var russianMessage: String

        /// `journal.xlsx:Согласия:7:F: error: …`.
        public var description: String { "\(place): error: \(message)" }
    }

    /// Why a spreadsheet is not a journal of consents at all; nothing of it is read.
    public struct NotAJournal: Error, Sendable, CustomStringConvertible {
        /// The spreadsheet file.
        public var file: String
        /// What is missing, in English.
        public var message: String
        /// The same in Russian, for the page.
        public var russianMessage: String

        public var description: String { "\(file): \(message)" }
    }

    /// The sheet's name, the one holding its header row.
    public static let sheetName = "Согласия"

    /// The rows that name a consent, top to bottom.
    public private(set) var entries: [Entry] = []
    /// What was typed and cannot be read.
    public private(set) var problems: [Problem] = []

    /// The journal of consents in `workbook`: the sheet «Согласия», or else the first sheet whose
    /// header names the columns «id», «Вид согласия» and «Дата возврата …».
    public init(_ workbook: Workbook) throws(NotAJournal) {
        let candidates = (workbook.sheet(named: Self.sheetName).map { [$0] } ?? []) + workbook.sheets
        guard let (sheet, header) = candidates.lazy.compactMap({ sheet in Header(sheet).map { (sheet, $0) } }).first else {
            throw NotAJournal(file: workbook.file,
                message: "no sheet is a journal of consents: none has a header row with the columns «id», «Вид согласия» and «Дата возврата подписанного»",
                russianMessage: "Ни один лист книги не похож на журнал согласий: нет строки заголовка со столбцами «id», «Вид согласия» и «Дата возврата подписанного». Загрузите журнал, скачанный с этой страницы.")
        }
        for row in sheet.rows where row.number > header.row {
            read(row, of: sheet, in: workbook, columns: header)
        }
    }

    /// Where the columns read are, by their names in the first rows.
    private struct Header {
        var row: Int
        var id: Int
        var kind: Int
        var returned: Int
        var withdrawn: Int?

        init?(_ sheet: WorkbookSheet) {
            for row in sheet.rows.prefix(20) {
                let names = row.cells.map { $0.text.trimmingSpaces.lowercased() }
                guard let id = names.firstIndex(of: "id"), let kind = names.firstIndex(of: "вид согласия"),
                      let returned = names.firstIndex(where: { $0.hasPrefix("дата возврата") })
                else { continue }
                self.row = row.number
                self.id = id
                self.kind = kind
                self.returned = returned
                withdrawn = names.firstIndex { $0.hasPrefix("дата отзыва") || $0.hasPrefix("отзыв") }
                return
            }
            return nil
        }
    }

    private mutating func read(_ row: WorkbookRow, of sheet: WorkbookSheet, in workbook: Workbook, columns: Header) {
        func place(_ column: Int) -> SheetPlace { SheetPlace(file: workbook.file, sheet: sheet.name, row: row.number, column: column + 1) }
        func cell(_ column: Int) -> WorkbookCell { row.cells.indices.contains(column) ? row.cells[column] : .empty }
        let returned = day(in: cell(columns.returned), at: place(columns.returned), system: workbook.dateSystem)
        let withdrawn = columns.withdrawn.flatMap { day(in: cell($0), at: place($0), system: workbook.dateSystem) }
        let id = cell(columns.id).text.trimmingSpaces
        guard !id.isEmpty else {
            if returned != nil || withdrawn != nil {
                problems.append(Problem(place: place(columns.id), message: "a day is typed in a row without the person's id; it is not applied",
                    russianMessage: "В строке указана дата, но нет кода участника (столбец «id»), поэтому строка не учтена. Впишите код."))
            }
            return
        }
        guard let kind = DocumentKind(consentTitle: cell(columns.kind).text), let paper = PaperKind(kind) else {
            problems.append(Problem(place: place(columns.kind), message: "\(id): «Вид согласия» is none of the consents the registers list; the row is not applied",
                russianMessage: "\(id): в столбце «Вид согласия» указано согласие, которого нет в реестрах, поэтому строка не учтена. Выберите вид согласия из журнала."))
            return
        }
        entries.append(Entry(place: place(columns.id), personID: id, paper: paper, returned: returned, withdrawn: withdrawn))
    }

    /// The day in `cell`, nil when it is empty; a problem when it is not a day.
    private mutating func day(in cell: WorkbookCell, at place: SheetPlace, system: SpreadsheetDateSystem) -> TypedDay? {
        let day: CalendarDay?
        switch cell {
        case .empty: return nil
        case .date(let typed): day = typed
        case .text(let text) where text.trimmingSpaces.isEmpty: return nil
        case .text(let text): day = CalendarDay(parsing: text.trimmingSpaces)
        // A day typed into a cell formatted as General is saved as its serial number.
        case .number(let serial): day = serial >= 1 ? CalendarDay(spreadsheetSerial: serial, system: system) : nil
        case .boolean: day = nil
        }
        guard let day else {
            problems.append(Problem(place: place, message: "not a date; write it as 19.11.2026",
                russianMessage: "Это не дата. Напишите дату так: 19.11.2026."))
            return nil
        }
        return TypedDay(day: day, place: place)
    }
}

extension String {
    /// Without spaces (no-break ones too) and line breaks at either end.
    fileprivate var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
