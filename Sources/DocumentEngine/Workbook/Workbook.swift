public import CalendarDays

/// The values of a spreadsheet (XLSX or ODS) as its cells show them: what an import reads.
public struct Workbook: Sendable {
    /// The file it was read from, for messages.
    public let file: String
    /// The sheets in the order the workbook lists them.
    public let sheets: [WorkbookSheet]
    /// How the workbook counts days: what a number in a column of dates stands for.
    public let dateSystem: SpreadsheetDateSystem

    /// A workbook of these sheets, read from `file`.
    public init(file: String, sheets: [WorkbookSheet], dateSystem: SpreadsheetDateSystem = .from1900) {
        self.file = file
        self.sheets = sheets
        self.dateSystem = dateSystem
    }

    /// The sheet of that name, compared without regard to letter case.
    public func sheet(named name: String) -> WorkbookSheet? {
        sheets.first { $0.name.lowercased() == name.lowercased() }
    }
}

/// One sheet: its rows that hold anything, each with its number as the spreadsheet shows it.
public struct WorkbookSheet: Sendable {
    /// The name on the sheet's tab: «7 А», «Лист1».
    public let name: String
    /// The rows that hold at least one value, top to bottom.
    public let rows: [WorkbookRow]

    /// A sheet of that tab name holding these rows.
    public init(name: String, rows: [WorkbookRow]) {
        self.name = name
        self.rows = rows
    }
}

/// One row of a sheet. A cell of a merged range holds the range's value, so a header merged across
/// two columns names both.
public struct WorkbookRow: Sendable {
    /// The row's number as the spreadsheet shows it, from 1.
    public let number: Int
    /// The cells from column A (index 0) on; an empty cell is `.empty`, and trailing empty cells are left out.
    public let cells: [WorkbookCell]

    /// Row `number` (from 1) with its cells from column A on.
    public init(number: Int, cells: [WorkbookCell]) {
        self.number = number
        self.cells = cells
    }
}

/// A cell's value with the type the spreadsheet gives it.
public enum WorkbookCell: Sendable, Equatable {
    /// Nothing typed in the cell (or only an empty string).
    case empty
    /// Text as typed: «007» and «+7 900 000-00-01» stay as they are.
    case text(String)
    /// A number not formatted as a date; a column of dates saved with the General format holds
    /// serials (`CalendarDay(spreadsheetSerial:system:)` with the workbook's `dateSystem`).
    case number(Double)
    /// A number formatted as a date (XLSX) or a date value (ODS).
    case date(CalendarDay)
    /// TRUE or FALSE (ИСТИНА, ЛОЖЬ in a Russian Excel).
    case boolean(Bool)

    /// The value as an import writes it: numbers without a needless «.0» or exponent, dates as
    /// `YYYY-MM-DD`, yes/no as `true`/`false`.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let value): Self.plain(value)
        case .date(let day): day.iso
        case .boolean(let value): value ? "true" : "false"
        }
    }

    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
