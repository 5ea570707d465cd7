import CalendarDays

/// The rows of one XLSX worksheet, each cell's value typed by its `t` attribute and its style, read
/// as the sheet's XML is parsed (`XMLStream`): a class list of 10,000 rows is never a tree in memory.
struct SheetCells {
    let part: String
    let name: String
    let file: String
    let strings: [String]
    let dateStyles: Set<Int>
    let dateSystem: SpreadsheetDateSystem

    /// The sheet's rows that hold anything, read from `archive`; each cell read takes one from `budget`.
    func rows(in archive: ArchiveReader, budget: inout Int) throws(WorkbookError) -> [WorkbookRow] {
        let reader = Reader(self, budget: budget)
        try WorkbookReader.stream(part, in: archive, file: file, into: reader)
        if let failure = reader.failure { throw failure }
        budget = reader.budget
        var rows = reader.rows
        for merged in reader.merges { merged.spread(in: &rows) }
        return rows.keys.sorted().map { WorkbookRow(number: $0, cells: rows[$0]!) }
    }

    /// A cell's type, its `t` attribute.
    fileprivate enum CellType {
        case shared, inline, string, boolean, date, number

        init(_ bytes: UnsafeBufferPointer<UInt8>?) {
            guard let bytes else {
                self = .number
                return
            }
            switch String(decoding: bytes, as: UTF8.self) {
            case "s": self = .shared
            case "inlineStr": self = .inline
            case "str", "e": self = .string
            case "b": self = .boolean
            case "d": self = .date
            default: self = .number
            }
        }
    }

    /// The cell's value from its type (`t`), its style (`s`), and the text of its `v` or of its inline string.
    fileprivate func value(type: CellType, style: Int?, raw: [UInt8]?, inline: [UInt8], at address: () -> CellReference) throws(WorkbookError) -> WorkbookCell {
        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        switch type {
        case .shared:
            guard let raw else { return .empty }
            guard let index = Int(asciiDigits: Self.trimmed(raw)), strings.indices.contains(index) else {
                throw WorkbookError(.malformed, file: file, place: "«\(name)», \(address().description)", "refers to a shared string that does not exist")
            }
            return strings[index].isEmpty ? .empty : .text(strings[index])
        case .inline:
            return inline.isEmpty ? .empty : .text(text(inline))
        case .string:
            return raw.map { $0.isEmpty ? .empty : .text(text($0)) } ?? .empty
        case .boolean:
            return raw.map { .boolean(Self.trimmed($0).elementsEqual([UInt8(ascii: "1")])) } ?? .empty
        case .date:
            return raw.flatMap { CalendarDay(parsing: String(text($0).prefix(10))) }.map { .date($0) } ?? .empty
        case .number:
            guard let raw, !raw.isEmpty else { return .empty }
            guard let number = Double(text(Array(Self.trimmed(raw)))) else {
                throw WorkbookError(.malformed, file: file, place: "«\(name)», \(address().description)", "a number cell that holds no number")
            }
            if let style, dateStyles.contains(style), let day = CalendarDay(spreadsheetSerial: number, system: dateSystem) {
                return .date(day)
            }
            return .number(number)
        }
    }

    /// The bytes without the spaces, tabs and line breaks around them.
    private static func trimmed(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return [] }
        return bytes[first...last]
    }

    /// Follows the parse: rows of `sheetData`, their cells, each cell's `v` and inline string, and
    /// the merged ranges.
    private final class Reader: XMLStreamHandler {
        let sheet: SheetCells
        var budget: Int
        var rows: [Int: [WorkbookCell]] = [:]
        var merges: [MergedCells] = []
        var failure: WorkbookError?
        var stopped: Bool { failure != nil }

        /// How many elements are open; the depths below are those of the elements open now (0: none).
        private var depth = 0
        private var sheetData = 0
        private var row = 0
        private var cell = 0
        private var value = 0
        private var inlineString = 0
        private var phonetic = 0
        private var textRun = 0
        private var mergeCells = 0

        private var rowNumber = 0
        private var lastRow = 0
        private var cells: [WorkbookCell] = []
        private var cellColumn = 0
        private var cellType = CellType.number
        private var cellStyle: Int?
        /// The text of the cell's `v` and of its inline string, the buffers kept from cell to cell.
        private var valueText: [UInt8] = []
        private var hasValue = false
        private var inlineText: [UInt8] = []

        init(_ sheet: SheetCells, budget: Int) {
            self.sheet = sheet
            self.budget = budget
        }

        func start(_ element: XMLStream.Element) {
            depth += 1
            switch depth {
            case 2 where element.is("sheetData"): sheetData = depth
            case 2 where element.is("mergeCells"): mergeCells = depth
            case 3 where mergeCells == 2 && element.is("mergeCell"):
                if let merged = MergedCells(CellRange(Self.string(element.attribute("ref")) ?? "")) { merges.append(merged) }
            case 3 where sheetData == 2 && element.is("row"): startRow(element)
            case 4 where row == 3 && element.is("c"): startCell(element)
            case 5 where cell == 4 && element.is("v"):
                value = depth
                hasValue = true
            case 5 where cell == 4 && element.is("is"): inlineString = depth
            default:
                guard inlineString > 0, phonetic == 0 else { return }
                if element.is("rPh") { phonetic = depth } else if element.is("t") { textRun = depth }
            }
        }

        func end(_ element: XMLStream.Element) {
            defer { depth -= 1 }
            switch depth {
            case sheetData: sheetData = 0
            case mergeCells: mergeCells = 0
            case row: endRow()
            case cell: endCell()
            case value: value = 0
            case inlineString: inlineString = 0
            case phonetic: phonetic = 0
            case textRun: textRun = 0
            default: break
            }
        }

        func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            if value > 0, depth == value {
                valueText.append(contentsOf: bytes)
            } else if textRun > 0, depth == textRun {
                inlineText.append(contentsOf: bytes)
            }
        }

        private func startRow(_ element: XMLStream.Element) {
            row = depth
            rowNumber = Self.string(element.attribute("r")).flatMap(Int.init) ?? lastRow + 1
            guard (1...CellReference.lastRow).contains(rowNumber) else {
                return fail(WorkbookError(.malformed, file: sheet.file, place: "\(sheet.part), row \(rowNumber)", "a row number out of range"))
            }
            lastRow = rowNumber
            cells = []
        }

        private func endRow() {
            row = 0
            if !cells.isEmpty { rows[rowNumber, default: []] = cells }
        }

        private func startCell(_ element: XMLStream.Element) {
            cell = depth
            cellColumn = cells.count
            if let reference = element.attribute("r") {
                guard let address = CellReference(reference.lazy.map { Unicode.Scalar($0) }), let column = address.column else {
                    return fail(WorkbookError(.malformed, file: sheet.file, place: "\(sheet.part), row \(rowNumber)",
                        "«\(String(decoding: reference, as: UTF8.self))» is not a cell reference"))
                }
                cellColumn = column - 1
            }
            cellType = CellType(element.attribute("t"))
            cellStyle = element.attribute("s").flatMap { Int(asciiDigits: $0) }
            valueText.removeAll(keepingCapacity: true)
            hasValue = false
            inlineText.removeAll(keepingCapacity: true)
        }

        private func endCell() {
            cell = 0
            let value: WorkbookCell
            do {
                value = try sheet.value(type: cellType, style: cellStyle, raw: hasValue ? valueText : nil, inline: inlineText,
                    at: { CellReference(column: self.cellColumn + 1, row: self.rowNumber) })
            } catch {
                return fail(error)
            }
            guard value != .empty else { return }
            budget -= 1
            guard budget >= 0 else {
                return fail(WorkbookError(.tooLarge, file: sheet.file, place: "«\(sheet.name)»", "more than \(WorkbookReader.maximumCells) cells"))
            }
            if cellColumn >= cells.count {
                cells.append(contentsOf: repeatElement(.empty, count: cellColumn - cells.count))
                cells.append(value)
            } else {
                cells[cellColumn] = value
            }
        }

        private func fail(_ error: WorkbookError) {
            if failure == nil { failure = error }
        }

        private static func string(_ bytes: UnsafeBufferPointer<UInt8>?) -> String? {
            bytes.map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
