/// Finishes the sections over columns of a rendered ODS `content.xml`, before
/// `OpenDocumentSheetRewriter`: an ODF row places its cells one after another, so the copies and
/// the cells to their right stand where they should already; what is left is each sheet's columns
/// (`table:table-column`: widths and default cell styles), whose repeated ones are given once per
/// copy (the empty tail of columns shortened by as many, so that the sheet keeps its width), and
/// the wrappers and marks of `RepeatedColumns`, taken out.
struct OpenDocumentColumnCopies {
    let part: String
    private(set) var problems: [RenderError.Problem] = []

    /// The largest number of columns LibreOffice Calc gives a sheet.
    static let lastColumn = CellReference.lastColumn

    init(part: String) { self.part = part }

    /// One sheet's columns and its sections over columns, as read.
    private struct Table {
        var name = ""
        /// Each `table:table-column` element: where it stands, its tag less the repeat count, how many columns it stands for.
        var columns: [(range: Range<Int>, tag: String, count: Int)] = []
        /// Whether the column elements stand side by side (not split between groups), so they may be written anew.
        var contiguous = true
        var span: RepeatedColumns.Span?
        var copies: Int?
    }

    mutating func rewrite(_ bytes: [UInt8]) -> [UInt8] {
        let copyMark = Array("<?\(RepeatedColumns.wrapperName) \(RepeatedColumns.copyMark)?>".utf8)
        var scanner = MarkupScanner(bytes)
        var edits: [ByteEdit] = []
        var table = Table()
        var wrapperStart: Int?
        var rowsStarted = false
        while let tag = scanner.next() {
            let name = String(decoding: bytes[tag.name], as: UTF8.self)
            switch name {
            case "table:table" where tag.kind == .opening:
                table = Table(name: scanner.attribute("table:name", of: tag).map { String(decoding: $0.value, as: UTF8.self) } ?? "")
                rowsStarted = false
            case "table:table" where tag.kind == .closing:
                if let span = table.span, let copies = table.copies, let edit = columnsEdit(table, span: span, copies: copies, bytes: bytes) {
                    edits.append(edit)
                }
            case "table:table-column" where !rowsStarted:
                let count = scanner.attribute("table:number-columns-repeated", of: tag).flatMap { Int(String(decoding: $0.value, as: UTF8.self)) } ?? 1
                var text = String(decoding: bytes[tag.range], as: UTF8.self)
                if let repeated = scanner.attribute("table:number-columns-repeated", of: tag) {
                    let start = String(decoding: bytes[tag.range.lowerBound..<repeated.range.lowerBound], as: UTF8.self)
                    let end = String(decoding: bytes[(repeated.range.upperBound + 1)..<tag.range.upperBound], as: UTF8.self)
                    // Drop ` table:number-columns-repeated="` before the value and its closing quote after it.
                    text = String(start.dropLast(" table:number-columns-repeated=\"".count)) + end
                }
                if let last = table.columns.last, last.range.upperBound != tag.range.lowerBound { table.contiguous = false }
                table.columns.append((tag.range, text, max(1, count)))
            case "table:table-row":
                rowsStarted = true
            default:
                guard bytes[tag.localName].elementsEqual(RepeatedColumns.wrapperName.utf8) else { continue }
                edits.append(ByteEdit(range: tag.range, bytes: []))
                if tag.kind == .opening {
                    wrapperStart = tag.range.upperBound
                    let first = scanner.attribute("first", of: tag).flatMap { Int(String(decoding: $0.value, as: UTF8.self)) } ?? 1
                    let last = scanner.attribute("last", of: tag).flatMap { Int(String(decoding: $0.value, as: UTF8.self)) } ?? first
                    table.span = table.span ?? .init(first: first, last: last)
                } else if tag.kind == .closing, let start = wrapperStart {
                    var copies = 0
                    var index = start
                    while let mark = ColumnCopies.find(copyMark, in: bytes, from: index, before: tag.range.lowerBound) {
                        edits.append(ByteEdit(range: mark..<mark + copyMark.count, bytes: []))
                        copies += 1
                        index = mark + copyMark.count
                    }
                    if let known = table.copies, known != copies {
                        problems.append(RenderError.Problem(.repeatedColumns, part: part,
                            "«\(table.name)»: the columns \(table.span!.description) repeat \(known) times in one row and \(copies) times in another: the columns are the sheet's, so their list must be as long in every row"))
                    }
                    table.copies = max(table.copies ?? 0, copies)
                    wrapperStart = nil
                }
            }
        }
        return ByteEdit.apply(edits, to: bytes)
    }

    /// The sheet's columns written anew: those of the repeated columns once per copy, the rest as they were.
    private mutating func columnsEdit(_ table: Table, span: RepeatedColumns.Span, copies: Int, bytes: [UInt8]) -> ByteEdit? {
        guard table.contiguous, let first = table.columns.first, let last = table.columns.last else { return nil }
        var left: [(tag: String, count: Int)] = []
        var inside: [(tag: String, count: Int)] = []
        var right: [(tag: String, count: Int)] = []
        var column = 1
        for element in table.columns {
            let low = column, high = column + element.count - 1
            if low < span.first { left.append((element.tag, min(high, span.first - 1) - low + 1)) }
            let insideLow = max(low, span.first), insideHigh = min(high, span.last)
            if insideLow <= insideHigh { inside.append((element.tag, insideHigh - insideLow + 1)) }
            if high > span.last { right.append((element.tag, high - max(low, span.last + 1) + 1)) }
            column = high + 1
        }
        var total = column - 1 + (copies - 1) * span.width
        if total > Self.lastColumn, var tail = right.popLast() {
            // LibreOffice's empty columns to the end of the sheet: fewer of them once columns were added.
            tail.count -= min(tail.count - 1, total - Self.lastColumn)
            total = Self.lastColumn
            right.append(tail)
        }
        guard total <= Self.lastColumn else {
            problems.append(RenderError.Problem(.repeatedColumns, part: part,
                "«\(table.name)»: the columns \(span.description) repeated \(copies) times would pass the \(Self.lastColumn) columns of a sheet"))
            return nil
        }
        let written = left + (0..<copies).flatMap { _ in inside } + right
        let text = written.map { element in
            element.count == 1 ? element.tag
                : String(element.tag.dropLast(2)) + " table:number-columns-repeated=\"\(element.count)\"/>"
        }.joined()
        return ByteEdit(range: first.range.lowerBound..<last.range.upperBound, bytes: Array(text.utf8))
    }
}
