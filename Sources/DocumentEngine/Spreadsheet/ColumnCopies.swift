/// Finishes the sections over columns of a rendered sheet (XLSX), before `SheetRewriter` moves its
/// rows: each copy of the repeated columns gets its own columns, everything to their right moves
/// right by the columns added (left by those removed, for an empty list), in every row — cells,
/// the columns' widths and styles (`<col>`), merged cells, conditional formatting and data validation
/// (a range inside the repeated columns repeats with them, one that takes them all in grows), the
/// dimension and the filter — and the wrappers and marks of `RepeatedColumns` are taken out.
/// References keep their template rows: `SheetRewriter` moves them down afterwards.
struct ColumnCopies {
    let part: String
    private(set) var problems: [RenderError.Problem] = []

    init(part: String) { self.part = part }

    /// The repeated columns of the rendered sheet and how many copies each row printed of them.
    private struct Found {
        var span: RepeatedColumns.Span
        var copies: Int
        /// Where each wrapper and mark stands, to be taken out.
        var marks: [Range<Int>]
        /// Where each copy's mark starts, in order.
        var copyMarks: [Int] = []
    }

    mutating func rewrite(_ bytes: [UInt8]) -> [UInt8] {
        guard let found = find(in: bytes) else { return bytes }
        let span = found.span
        let added = (found.copies - 1) * span.width
        guard found.copies == 0 || span.last + added <= CellReference.lastColumn else {
            problems.append(RenderError.Problem(.repeatedColumns, part: part,
                "the columns \(span.description) repeated \(found.copies) times would pass the \(CellReference.lastColumn) columns of a sheet"))
            return bytes
        }
        let mover = ColumnMover(span: span, copies: found.copies)
        var scanner = MarkupScanner(bytes)
        var edits = found.marks.map { ByteEdit(range: $0, bytes: []) }
        var marks = found.copyMarks.makeIterator()
        var nextMark = marks.next()
        // Inside a wrapper: the copy the cells stand in (-1 before its first mark).
        var copy: Int?
        var cols: (start: Int, end: Int, columns: [(attributes: String, min: Int, max: Int)])?
        func edit(_ range: Range<Int>, _ text: String) { edits.append(ByteEdit(range: range, bytes: Array(text.utf8))) }

        while let tag = scanner.next() {
            while let mark = nextMark, mark < tag.range.lowerBound {
                if copy != nil { copy! += 1 }
                nextMark = marks.next()
            }
            let name = String(decoding: bytes[tag.localName], as: UTF8.self)
            if name == RepeatedColumns.wrapperName {
                copy = tag.kind == .opening ? -1 : nil
                continue
            }
            guard tag.kind != .closing else {
                if name == "cols", let open = cols {
                    let prefix = String(decoding: bytes[tag.name.lowerBound..<tag.localName.lowerBound], as: UTF8.self)
                    let written = mover.columns(open.columns).map { "<\(prefix)col min=\"\($0.min)\" max=\"\($0.max)\"\($0.attributes)/>" }
                    edit(open.start..<open.end, written.joined())
                    cols = nil
                }
                continue
            }
            func value(_ attribute: StaticString) -> (text: String, range: Range<Int>)? {
                scanner.attribute(attribute, of: tag).map { (String(decoding: $0.value, as: UTF8.self), $0.range) }
            }
            switch name {
            case "row":
                // Excel's hint of the columns a row's cells take: the last moves with the columns.
                guard let (text, range) = value("spans"), let colon = text.firstIndex(of: ":"),
                    let low = Int(text[..<colon]), let high = Int(text[text.index(after: colon)...])
                else { continue }
                edit(range, "\(low):\(max(low, high + (high >= span.first ? added : 0)))")
            case "c":
                guard let (text, range) = value("r"), var place = CellReference(text), let column = place.column else { continue }
                place.column = copy.map { column + max(0, $0) * span.width } ?? mover.column(column)
                edit(range, place.description)
            case "cols":
                cols = (tag.range.upperBound, tag.range.upperBound, [])
            case "col":
                guard let low = value("min").flatMap({ Int($0.text) }), let high = value("max").flatMap({ Int($0.text) }) else { continue }
                let element = String(decoding: bytes[tag.range], as: UTF8.self)
                var attributes = ""
                for piece in element.dropFirst().dropLast(2).split(separator: " ").dropFirst() where !piece.hasPrefix("min=") && !piece.hasPrefix("max=") {
                    attributes += " " + piece
                }
                cols?.columns.append((attributes, low, high))
                cols?.end = tag.range.upperBound
            case "mergeCell":
                guard let (text, _) = value("ref"), let range = CellRange(text) else { continue }
                guard let copies = self.moved(range, by: mover, what: "the merged cells") else { continue }
                let prefix = String(decoding: bytes[tag.name.lowerBound..<tag.localName.lowerBound], as: UTF8.self)
                edit(tag.range, copies.map { "<\(prefix)mergeCell ref=\"\($0.description)\"/>" }.joined())
            case "conditionalFormatting", "dataValidation":
                guard let (text, range) = value("sqref") else { continue }
                let ranges = text.split(separator: " ").compactMap { CellRange($0) }
                let what = name == "dataValidation" ? "the data validation" : "the conditional formatting"
                let copies = ranges.compactMap { self.moved($0, by: mover, what: what) }
                if copies.count == ranges.count, !copies.joined().isEmpty { edit(range, copies.joined().map(\.description).joined(separator: " ")) }
            case "dimension", "autoFilter":
                guard let (text, range) = value("ref"), let area = CellRange(text), let moved = mover.ranges(area), moved.count == 1 else { continue }
                edit(range, moved[0].description)
            default:
                continue
            }
        }
        return ByteEdit.apply(edits, to: bytes)
    }

    private mutating func moved(_ range: CellRange, by mover: ColumnMover, what: String) -> [CellRange]? {
        guard let moved = mover.ranges(range) else {
            problems.append(RenderError.Problem(.repeatedColumns, part: part,
                "\(what) \(range.description) take in part of the columns \(mover.span.description), which repeat for each item of a list; let them take in one copy's columns, or all of them"))
            return nil
        }
        return moved
    }

    /// The wrappers of the sheet: every row's must have printed as many copies.
    private mutating func find(in bytes: [UInt8]) -> Found? {
        let copyMark = Array("<?\(RepeatedColumns.wrapperName) \(RepeatedColumns.copyMark)?>".utf8)
        var scanner = MarkupScanner(bytes)
        var found: Found?
        var opened: (start: Int, row: String)?
        var row = ""
        while let tag = scanner.next() {
            if scanner.localName(of: tag, is: "row"), tag.kind != .closing {
                row = scanner.attribute("r", of: tag).map { String(decoding: $0.value, as: UTF8.self) } ?? ""
            }
            guard scanner.localName(of: tag, is: "mentordocs-columns") else { continue }
            if tag.kind == .opening {
                opened = (tag.range.lowerBound, row)
                let first = scanner.attribute("first", of: tag).flatMap { Int(String(decoding: $0.value, as: UTF8.self)) } ?? 1
                let last = scanner.attribute("last", of: tag).flatMap { Int(String(decoding: $0.value, as: UTF8.self)) } ?? first
                if found == nil { found = Found(span: .init(first: first, last: last), copies: -1, marks: []) }
                found!.marks.append(tag.range)
                continue
            }
            guard tag.kind == .closing, let start = opened?.start else { continue }
            var copies = 0
            var index = start
            while let mark = Self.find(copyMark, in: bytes, from: index, before: tag.range.lowerBound) {
                found!.marks.append(mark..<mark + copyMark.count)
                found!.copyMarks.append(mark)
                copies += 1
                index = mark + copyMark.count
            }
            found!.marks.append(tag.range)
            if found!.copies >= 0, found!.copies != copies {
                problems.append(RenderError.Problem(.repeatedColumns, part: part,
                    "the columns \(found!.span.description) repeat \(found!.copies) times in one row and \(copies) times in row \(opened!.row) (of the template): the columns are the sheet's, so their list must be as long in every row"))
            }
            found!.copies = max(found!.copies, copies)
            opened = nil
        }
        return found
    }

    /// Where `needle` first stands in `bytes` between `start` and `end`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        guard !needle.isEmpty, end - start >= needle.count else { return nil }
        var index = start
        while index <= end - needle.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

/// Where the columns of a sheet go when its columns `span` are printed `copies` times.
struct ColumnMover {
    let span: RepeatedColumns.Span
    let copies: Int

    /// Columns added to the sheet (removed, when negative).
    var added: Int { (copies - 1) * span.width }

    /// A column outside the repeated ones (or inside them, in a row that does not repeat them: the first copy's).
    func column(_ column: Int) -> Int { column > span.last ? column + added : column }

    /// A range as it stands after: one inside the repeated columns once per copy, one that takes
    /// them all in grown over every copy, one elsewhere moved; nil for a range that takes in part of them.
    func ranges(_ range: CellRange) -> [CellRange]? {
        guard let low = range.start.column, let high = range.end.column else { return [range] }
        if high < span.first || low > span.last {
            var moved = range
            moved.start.column = column(low)
            moved.end.column = column(high)
            return [moved]
        }
        if low >= span.first && high <= span.last {
            return (0..<copies).map { copy in
                var moved = range
                moved.start.column = low + copy * span.width
                moved.end.column = high + copy * span.width
                return moved
            }
        }
        guard low <= span.first && high >= span.last else { return nil }
        var moved = range
        moved.end.column = max(low, high + added)
        return [moved]
    }

    /// Column widths and styles (`<col min max>`) for the columns as they stand after, in order.
    func columns(_ columns: [(attributes: String, min: Int, max: Int)]) -> [(attributes: String, min: Int, max: Int)] {
        var result: [(attributes: String, min: Int, max: Int)] = []
        var inside: [(attributes: String, min: Int, max: Int)] = []
        var right: [(attributes: String, min: Int, max: Int)] = []
        for column in columns {
            if column.min < span.first { result.append((column.attributes, column.min, min(column.max, span.first - 1))) }
            let low = max(column.min, span.first), high = min(column.max, span.last)
            if low <= high { inside.append((column.attributes, low, high)) }
            if column.max > span.last { right.append((column.attributes, max(column.min, span.last + 1) + added, column.max + added)) }
        }
        for copy in 0..<copies {
            result += inside.map { ($0.attributes, $0.min + copy * span.width, $0.max + copy * span.width) }
        }
        return result + right.filter { $0.max >= $0.min && $0.min >= 1 }.map { ($0.attributes, $0.min, min($0.max, CellReference.lastColumn)) }
    }
}
