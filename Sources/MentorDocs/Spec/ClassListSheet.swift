import CalendarDays
import DocumentEngine

/// A row of a class list as text, with where it stands for messages: «line 12», «sheet «7 А», row 12».
struct ClassListRow {
    var place: String
    var fields: [String]
}

/// A class list on one sheet of a workbook: its row of column names and the rows under it, as text.
struct ClassListSheet {
    let header: [String]
    /// The rows under the header, each made as it is read (a list of thousands is not copied as text first).
    let rows: LazyMapSequence<ArraySlice<WorkbookRow>, ClassListRow>

    /// Column names under which a second header row names the parent's details.
    private static let representativeGroups: Set<String> = ["родитель", "родители", "законный представитель", "законные представители", "родитель (законный представитель)"]
    /// How far down a title and notes may push the row of column names.
    private static let headerSearchDepth = 20
    /// Columns whose numbers are days counted the spreadsheet's way (a date saved with the General format).
    private static let dateFields: Set<ClassListImport.Field> = [.birthDate, .issuedOn]

    /// Nil when no row near the top names at least two columns the import knows.
    init?(_ sheet: WorkbookSheet, dateSystem: SpreadsheetDateSystem, columnNames: [String: ClassListImport.Field]) {
        func recognised(_ row: WorkbookRow) -> Int {
            row.cells.filter { columnNames[ClassListImport.key($0.text)] != nil }.count
        }
        guard let headerIndex = sheet.rows.prefix(Self.headerSearchDepth).firstIndex(where: { recognised($0) >= 2 }) else { return nil }
        var header = sheet.rows[headerIndex].cells.map(\.text)
        var firstData = headerIndex + 1
        if firstData < sheet.rows.count, sheet.rows[firstData].number == sheet.rows[headerIndex].number + 1,
           recognised(sheet.rows[firstData]) >= 2, !sheet.rows[firstData].cells.contains(where: Self.isData)
        {
            header = Self.combined(header, sheet.rows[firstData].cells.map(\.text), columnNames: columnNames)
            firstData += 1
        }
        self.header = header
        let dateColumns = Set(header.indices.filter { columnNames[ClassListImport.key(header[$0])].map(Self.dateFields.contains) == true })
        let name = sheet.name
        rows = sheet.rows[firstData...].lazy.map { row in
            ClassListRow(place: "sheet «\(name)», row \(row.number)", fields: row.cells.indices.map { column in
                if dateColumns.contains(column), case .number(let serial) = row.cells[column],
                   let day = CalendarDay(spreadsheetSerial: serial, system: dateSystem)
                {
                    return day.iso
                }
                return row.cells[column].text
            })
        }
    }

    /// A cell a header never holds: a number or a date.
    private static func isData(_ cell: WorkbookCell) -> Bool {
        switch cell {
        case .number, .date: true
        default: false
        }
    }

    /// One header from two rows: a merged «Родитель» over «ФИО» and «Телефон» gives «Родитель» and
    /// «Телефон родителя»; elsewhere the lower name where the import knows it, or the upper one.
    private static func combined(_ upper: [String], _ lower: [String], columnNames: [String: ClassListImport.Field]) -> [String] {
        (0..<max(upper.count, lower.count)).map { column in
            let top = column < upper.count ? upper[column] : ""
            let bottom = column < lower.count ? lower[column] : ""
            if representativeGroups.contains(ClassListImport.key(top)) {
                switch columnNames[ClassListImport.key(bottom)] {
                case .fullName?: return "Родитель"
                case .phone?: return "Телефон родителя"
                case .relation?: return bottom
                default: return top == bottom || bottom.isEmpty ? top : "\(top): \(bottom)"
                }
            }
            return columnNames[ClassListImport.key(bottom)] != nil ? bottom : top
        }
    }
}
