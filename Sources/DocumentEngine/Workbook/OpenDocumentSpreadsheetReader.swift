import CalendarDays

/// Reads an ODS spreadsheet: the tables of `content.xml`, with repeated rows and cells unfolded
/// and each cell typed by its `office:value-type`, read as the part is parsed (`XMLStream`): the
/// part of a class list of 10,000 rows is never a tree in memory.
struct OpenDocumentSpreadsheetReader {
    let reader: ArchiveReader
    let file: String

    static let office: StaticString = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let table: StaticString = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let text: StaticString = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    func workbook() throws(WorkbookError) -> Workbook {
        let part = "content.xml"
        let content = Content(file: file)
        try WorkbookReader.stream(part, in: reader, file: file, into: content)
        if let failure = content.failure { throw failure }
        guard content.sawSpreadsheet else { throw WorkbookError(.malformed, file: file, place: part, "no spreadsheet body") }
        return Workbook(file: file, sheets: content.sheets, dateSystem: content.date1904 ? .from1904 : .from1900)
    }

    /// Follows the parse of `content.xml`: the tables of the spreadsheet body, their rows (also in
    /// groups of rows), cells and paragraphs, and the day count.
    private final class Content: XMLStreamHandler {
        let file: String
        var sheets: [WorkbookSheet] = []
        var sawSpreadsheet = false
        var date1904 = false
        var failure: WorkbookError?
        var stopped: Bool { failure != nil }
        private var budget = WorkbookReader.maximumCells

        /// How many elements are open; the depths below are those of the elements open now (0: none).
        private var depth = 0
        private var body = 0
        private var spreadsheet = 0
        private var settings = 0
        private var table = 0
        private var group = 0
        private var row = 0
        private var cell = 0
        private var paragraph = 0
        private var note = 0

        private var tableName = ""
        private var rows: [Int: [WorkbookCell]] = [:]
        private var spans: [MergedCells] = []
        private var number = 0
        private var rowRepeated = 1
        private var cells: [WorkbookCell] = []
        private var column = 0
        private var cellRepeated = 1
        private var cellCovered = false
        private var cellSpan = (across: 1, down: 1)
        /// The cell's value when its attributes type it (a number, a date, yes or no); else its paragraphs' text.
        private var typed: WorkbookCell?
        private var text: [UInt8] = []
        private var paragraphs = 0

        init(file: String) { self.file = file }

        func start(_ element: XMLStream.Element) {
            depth += 1
            if note > 0 { return }
            if paragraph > 0 {
                startInParagraph(element)
                return
            }
            switch depth {
            case 2 where element.is("body"): body = depth
            case 3 where body == 2 && element.is("spreadsheet"):
                spreadsheet = depth
                sawSpreadsheet = true
            case 4 where spreadsheet == 3 && element.is("calculation-settings"): settings = depth
            case 5 where settings == 4 && element.is("null-date"):
                date1904 = Self.string(element.attribute("date-value", namespace: OpenDocumentSpreadsheetReader.table)) == "1904-01-01"
            case 4 where spreadsheet == 3 && element.is("table") && element.isIn(OpenDocumentSpreadsheetReader.table):
                startTable(element)
            case table + 1 where table > 0 && (element.is("table-rows") || element.is("table-header-rows") || element.is("table-row-group")):
                group = depth
            case table + 1 where table > 0 && element.is("table-row"), group + 1 where group > 0 && element.is("table-row"):
                startRow(element)
            case row + 1 where row > 0 && (element.is("table-cell") || element.is("covered-table-cell")):
                startCell(element, covered: element.is("covered-table-cell"))
            case cell + 1 where cell > 0 && typed == nil && !cellCovered && element.is("p") && element.isIn(OpenDocumentSpreadsheetReader.text):
                paragraph = depth
                if paragraphs > 0 { text.append(UInt8(ascii: "\n")) }
                paragraphs += 1
            default:
                break
            }
        }

        /// Spaces, tabs and line breaks as ODF writes them; notes left out.
        private func startInParagraph(_ element: XMLStream.Element) {
            if element.is("annotation") || element.is("note") {
                note = depth
            } else if element.is("s") {
                let count = element.attribute("c", namespace: OpenDocumentSpreadsheetReader.text).flatMap { Int(asciiDigits: $0) } ?? 1
                text.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(1, min(count, 10_000))))
            } else if element.is("tab") {
                text.append(UInt8(ascii: "\t"))
            } else if element.is("line-break") {
                text.append(UInt8(ascii: "\n"))
            }
        }

        func end(_ element: XMLStream.Element) {
            defer { depth -= 1 }
            switch depth {
            case note: note = 0
            case paragraph: paragraph = 0
            case cell: endCell()
            case row: endRow()
            case group: group = 0
            case table: endTable()
            case settings: settings = 0
            case spreadsheet: spreadsheet = 0
            case body: body = 0
            default: break
            }
        }

        func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            if paragraph > 0, note == 0 { text.append(contentsOf: bytes) }
        }

        private func startTable(_ element: XMLStream.Element) {
            table = depth
            tableName = Self.string(element.attribute("name", namespace: OpenDocumentSpreadsheetReader.table)) ?? "Лист\(sheets.count + 1)"
            rows = [:]
            spans = []
            number = 0
        }

        private func endTable() {
            table = 0
            for span in spans { span.spread(in: &rows) }
            sheets.append(WorkbookSheet(name: tableName, rows: rows.keys.sorted().map { WorkbookRow(number: $0, cells: rows[$0]!) }))
        }

        private func startRow(_ element: XMLStream.Element) {
            row = depth
            rowRepeated = max(1, Self.count(element, "number-rows-repeated"))
            cells = []
            column = 0
        }

        private func endRow() {
            row = 0
            guard !cells.isEmpty else {
                number += rowRepeated
                return
            }
            for _ in 0..<rowRepeated {
                number += 1
                rows[number] = cells
            }
        }

        private func startCell(_ element: XMLStream.Element, covered: Bool) {
            cell = depth
            cellCovered = covered
            cellRepeated = max(1, Self.count(element, "number-columns-repeated"))
            cellSpan = (Self.count(element, "number-columns-spanned"), Self.count(element, "number-rows-spanned"))
            typed = covered ? .empty : Self.typedValue(element)
            text.removeAll(keepingCapacity: true)
            paragraphs = 0
        }

        private func endCell() {
            cell = 0
            let value = typed ?? (text.isEmpty ? .empty : .text(String(decoding: text, as: UTF8.self)))
            defer { column += cellRepeated }
            guard value != .empty else { return }
            budget -= cellRepeated * rowRepeated
            guard budget >= 0, column + cellRepeated <= 16_384 else {
                failure = WorkbookError(.tooLarge, file: file, place: "«\(tableName)»", "more than \(WorkbookReader.maximumCells) cells")
                return
            }
            if cells.count < column { cells.append(contentsOf: repeatElement(.empty, count: column - cells.count)) }
            cells.append(contentsOf: repeatElement(value, count: cellRepeated))
            if cellSpan.across > 1 || cellSpan.down > 1,
                let span = MergedCells(rows: (number + 1)...(number + cellSpan.down), columns: column...(column + cellSpan.across - 1))
            {
                spans.append(span)
            }
        }

        /// A cell's value from its `office:value-type` and value; nil when its text is its value.
        private static func typedValue(_ element: XMLStream.Element) -> WorkbookCell? {
            let office = OpenDocumentSpreadsheetReader.office
            switch string(element.attribute("value-type", namespace: office)) {
            case "float", "percentage", "currency":
                if let value = string(element.attribute("value", namespace: office)).flatMap(Double.init) { return .number(value) }
            case "date":
                if let text = string(element.attribute("date-value", namespace: office)), let day = CalendarDay(parsing: String(text.prefix(10))) {
                    return .date(day)
                }
            case "boolean":
                if let text = string(element.attribute("boolean-value", namespace: office)) { return .boolean(text == "true") }
            default:
                break
            }
            return nil
        }

        /// A `table:` count attribute (repeated, spanned); 1 when there is none.
        private static func count(_ element: XMLStream.Element, _ name: StaticString) -> Int {
            element.attribute(name, namespace: OpenDocumentSpreadsheetReader.table).flatMap { Int(asciiDigits: $0) } ?? 1
        }

        private static func string(_ bytes: UnsafeBufferPointer<UInt8>?) -> String? {
            bytes.map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
