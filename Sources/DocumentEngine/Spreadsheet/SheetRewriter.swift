/// Finishes a rendered sheet: numbers its rows and cells as they now stand, moves every reference
/// with the rows it points at (formulas, merged cells, conditional formatting, data validation,
/// hyperlinks, the filter, the dimension; in a table's part, its range), types the values of cells filled by one tag, drops the
/// values Excel saved for formulas (they were computed for the template's data, and LibreOffice
/// shows a saved value without computing it again) and takes out `RepeatedRows`' marks.
struct SheetRewriter {
    let part: String
    let layout: SheetLayout
    let mover: ReferenceMover
    /// The workbook's cell styles; nil when it has none (a date is then left as text).
    let styles: CellStyles?
    let date1904: Bool
    /// Whether its rows and cells were numbered and typed as the sheet was rendered: only formulas are left in them.
    var rowsNumbered = false
    /// False when nothing in the rows needs finishing: the scan passes over `sheetData` at once.
    var readsRows = true
    private(set) var problems: [RenderError.Problem] = []

    init(part: String, layout: SheetLayout, mover: ReferenceMover, styles: CellStyles?, date1904: Bool) {
        self.part = part
        self.layout = layout
        self.mover = mover
        self.styles = styles
        self.date1904 = date1904
    }

    mutating func rewrite(_ bytes: [UInt8]) -> [UInt8] {
        ByteEdit.apply(edits(of: bytes), to: bytes)
    }

    /// Finishes the sheet in place: what is not edited stays where it is, so a sheet of a million bytes
    /// with a few edits around its rows is not copied whole.
    mutating func rewrite(_ bytes: inout [UInt8]) {
        let edits = edits(of: bytes)
        ByteEdit.apply(edits, in: &bytes)
    }

    private mutating func edits(of bytes: [UInt8]) -> [ByteEdit] {
        var scanner = MarkupScanner(bytes)
        var edits: [ByteEdit] = []
        var copies = RowCopyTracker(layout.marks)
        var row = 0
        var cellHasFormula = false
        var merges: (start: Int, ranges: [CellRange])?
        // A list of ranges' elements (`dataValidations`, `hyperlinks`) must keep one, or go.
        var list: (start: Int, count: Range<Int>?, kept: Int, dropped: Int)?
        var tooManyRows = false
        var tableRange: CellRange?

        func edit(_ range: Range<Int>, _ text: String) { edits.append(ByteEdit(range: range, bytes: Array(text.utf8))) }
        func attribute(_ name: StaticString, of tag: MarkupScanner.Tag) -> (value: String, range: Range<Int>)? {
            scanner.attribute(name, of: tag).map { (String(decoding: $0.value, as: UTF8.self), $0.range) }
        }
        /// The tags up to the element's closing one, and where the element ends.
        func skipElement(_ tag: MarkupScanner.Tag) -> Int {
            guard tag.kind == .opening else { return tag.range.upperBound }
            var depth = 1
            while let next = scanner.next() {
                if next.kind == .opening { depth += 1 } else if next.kind == .closing { depth -= 1 }
                if depth == 0 { return next.range.upperBound }
            }
            return bytes.count
        }
        /// The text of an element whose only child is text (`f`, `formula1`), and its closing tag.
        func text(of tag: MarkupScanner.Tag) -> (text: String, range: Range<Int>)? {
            guard tag.kind == .opening, let closing = scanner.next() else { return nil }
            let range = tag.range.upperBound..<closing.range.lowerBound
            return (XMLText.unescaped(bytes[range]), range)
        }

        while let tag = scanner.next() {
            copies.pass(to: tag.range.lowerBound, edits: &edits)
            let places = copies.places
            guard tag.kind != .closing else {
                if scanner.localName(of: tag, is: "mergeCells"), let open = merges {
                    let prefix = String(decoding: bytes[tag.name.lowerBound..<tag.localName.lowerBound], as: UTF8.self)
                    let inner = open.ranges.map { "<\(prefix)mergeCell ref=\"\($0.description)\"/>" }.joined()
                    // A sheet without merged cells has no `mergeCells`: the schema wants at least one.
                    let element = inner.isEmpty ? "" : "<\(prefix)mergeCells count=\"\(open.ranges.count)\">" + inner + "</\(prefix)mergeCells>"
                    edit(open.start..<tag.range.upperBound, element)
                    merges = nil
                } else if let open = list, Self.lists.contains(String(decoding: bytes[tag.localName], as: UTF8.self)) {
                    if open.kept == 0 {
                        edits.append(ByteEdit(range: open.start..<tag.range.upperBound, bytes: []))
                    } else if open.dropped > 0, let count = open.count {
                        edit(count, String(open.kept))
                    }
                    list = nil
                }
                continue
            }
            // The hot path of a large sheet: cells and rows, their names compared as bytes, no strings per cell.
            if scanner.localName(of: tag, is: "c") {
                cellHasFormula = false
                guard !rowsNumbered else { continue }
                guard let (value, range) = scanner.attribute("r", of: tag), let column = CellReference.columnPart(ofCell: value) else { continue }
                let type = scanner.attribute("t", of: tag)?.value
                let asValue = type.map { MarkupScanner.equal($0, SheetPreparation.valueCell) } ?? false
                if asValue || type.map({ MarkupScanner.equal($0, SheetPreparation.textCell) }) == true {
                    let end = skipElement(tag)
                    edits.append(ByteEdit(range: tag.range.lowerBound..<end,
                        bytes: typedCell(bytes[tag.range.lowerBound..<end], tag: tag, scanner: scanner, column: column, row: row, asValue: asValue)))
                } else {
                    var reference = Array(column)
                    reference.append(digitsOf: row)
                    edits.append(ByteEdit(range: range, bytes: reference))
                }
                continue
            }
            if scanner.localName(of: tag, is: "row") {
                guard !rowsNumbered else { continue }
                guard let (value, range) = scanner.attribute("r", of: tag), let template = Int(asciiDigits: value) else { continue }
                row = layout.row(template, from: places) ?? template
                if row > CellReference.lastRow, !tooManyRows {
                    tooManyRows = true
                    problems.append(RenderError.Problem(.tooManyRows, part: part,
                        "the filled sheet would have more than \(CellReference.lastRow) rows, as many as Excel shows"))
                }
                var digits: [UInt8] = []
                digits.append(digitsOf: row)
                edits.append(ByteEdit(range: range, bytes: digits))
                continue
            }
            if !readsRows, tag.kind == .opening, scanner.localName(of: tag, is: "sheetData"),
                let end = MarkupScanner.lastClosing(of: bytes[tag.name], in: bytes, after: tag.range.upperBound)
            {
                scanner.skip(to: end)
                continue
            }
            switch String(decoding: bytes[tag.localName], as: UTF8.self) {
            case "f":
                cellHasFormula = true
                if let (value, range) = attribute("ref", of: tag), let area = CellRange(value), let moved = mover.range(area, from: places) {
                    edit(range, moved.description)
                }
                if let (formula, range) = text(of: tag) { edit(range, XMLText.escaped(mover.formula(formula, from: places))) }
            case "v" where cellHasFormula:
                edits.append(ByteEdit(range: tag.range.lowerBound..<skipElement(tag), bytes: []))
            case "formula", "formula1", "formula2":
                // Relative to the first cell of the formatted or validated ranges: the first copy's.
                if let (formula, range) = text(of: tag) { edit(range, XMLText.escaped(mover.formula(formula))) }
            case "mergeCells":
                merges = (tag.range.lowerBound, [])
                if tag.kind == .empty { merges = nil }
            case "mergeCell":
                if let (value, _) = attribute("ref", of: tag), let range = CellRange(value) { merges?.ranges += mover.copies(of: range) }
            case "dataValidations", "hyperlinks", "ignoredErrors", "protectedRanges":
                if tag.kind == .opening { list = (tag.range.lowerBound, attribute("count", of: tag)?.range, 0, 0) }
            case "conditionalFormatting", "dataValidation", "ignoredError", "protectedRange":
                guard let (value, range) = attribute("sqref", of: tag) else { continue }
                let ranges = mover.list(value)
                if ranges.isEmpty {
                    edits.append(ByteEdit(range: tag.range.lowerBound..<skipElement(tag), bytes: []))
                    list?.dropped += 1
                } else {
                    edit(range, ranges.map(\.description).joined(separator: " "))
                    list?.kept += 1
                }
            case "hyperlink":
                guard let (value, range) = attribute("ref", of: tag), let area = CellRange(value) else { continue }
                let end = skipElement(tag)
                let before = bytes[tag.range.lowerBound..<range.lowerBound]
                let after = bytes[range.upperBound..<end]
                let copies = mover.copies(of: area)
                list?.kept += copies.count
                edits.append(ByteEdit(range: tag.range.lowerBound..<end,
                    bytes: copies.flatMap { Array(before) + Array($0.description.utf8) + Array(after) }))
            case "dimension", "autoFilter", "sortState", "sortCondition", "table":
                guard let (value, range) = attribute("ref", of: tag), let area = CellRange(value), var moved = mover.range(area) else { continue }
                if scanner.localName(of: tag, is: "table") {
                    // Excel keeps a row under a table's header, as it does when every row of a table is deleted.
                    if attribute("headerRowCount", of: tag)?.value != "0", moved.start.row == moved.end.row, let row = moved.end.row {
                        moved.end.row = row + 1
                    }
                    tableRange = moved
                } else if scanner.localName(of: tag, is: "autoFilter"), let tableRange {
                    moved = tableRange
                }
                edit(range, moved.description)
            case "selection":
                if let (value, range) = attribute("activeCell", of: tag), let cell = CellRange(value), let moved = mover.range(cell) {
                    edit(range, moved.start.description)
                }
                if let (value, range) = attribute("sqref", of: tag) {
                    let list = mover.list(value)
                    if !list.isEmpty { edit(range, list.map(\.description).joined(separator: " ")) }
                }
            case "pane":
                if let (value, range) = attribute("topLeftCell", of: tag), let cell = CellRange(value), let moved = mover.range(cell) {
                    edit(range, moved.start.description)
                }
            case "brk" where !layout.instances.isEmpty:
                // A break after row `id` (rows of a break count from 0 at the top: id = the row above it).
                if let (value, range) = attribute("id", of: tag), let above = Int(value), above > 0,
                    let moved = layout.row(above, side: .end)
                {
                    edit(range, String(moved))
                }
            default:
                continue
            }
        }
        copies.passAll(edits: &edits)
        return edits
    }

    /// Elements that hold a list of elements with ranges, at least one.
    private static let lists: Set<String> = ["dataValidations", "hyperlinks", "ignoredErrors", "protectedRanges"]

    /// A cell filled from tags, written as what its text turned out to be.
    private func typedCell(_ element: ArraySlice<UInt8>, tag: MarkupScanner.Tag, scanner: MarkupScanner, column: ArraySlice<UInt8>, row: Int,
        asValue: Bool) -> [UInt8]
    {
        let prefix = element[tag.name.lowerBound..<tag.localName.lowerBound]
        let style = scanner.attribute("s", of: tag).flatMap { Int(asciiDigits: $0.value) }
        let inner = tag.kind == .empty ? element[element.endIndex...] : element[tag.range.upperBound..<Self.closingStart(of: element)]
        let text = TypedCell.text(ofInlineString: inner, in: scanner.bytes)
        var attributes: [UInt8] = []
        Self.appendAttributes(ofCell: element[tag.range], to: &attributes)
        let cell = TypedCell(prefix: Array(prefix), column: Array(column), row: row, style: style, otherAttributes: attributes, asValue: asValue,
            typing: CellTyping(style: style, styles: styles, date1904: date1904))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(element.count + 8)  // a longer row number or style at most; `inlineStr` and `<v>` are shorter than the marks
        cell.write(text, string: inner, row: row, to: &bytes)
        return bytes
    }

    /// Where the element's own closing tag starts: it ends the slice.
    private static func closingStart(of element: ArraySlice<UInt8>) -> Int {
        var index = element.endIndex - 1
        while index > element.startIndex, element[index] != UInt8(ascii: "<") { index -= 1 }
        return index
    }

    /// Appends the attributes of a cell's start tag as written (` a="1" b="2"`), less its `r`, `t`
    /// and `s`, which the cell is given anew.
    static func appendAttributes(ofCell tag: ArraySlice<UInt8>, to output: inout [UInt8]) {
        var index = tag.startIndex + 1
        while index < tag.endIndex, !isSpace(tag[index]), tag[index] != UInt8(ascii: ">"), tag[index] != UInt8(ascii: "/") { index += 1 }
        while index < tag.endIndex {
            while index < tag.endIndex, isSpace(tag[index]) { index += 1 }
            let nameStart = index
            while index < tag.endIndex, tag[index] != UInt8(ascii: "="), tag[index] != UInt8(ascii: ">"), tag[index] != UInt8(ascii: "/"), !isSpace(tag[index]) {
                index += 1
            }
            guard index < tag.endIndex, tag[index] == UInt8(ascii: "="), index + 1 < tag.endIndex else { break }
            let quote = tag[index + 1]
            var end = index + 2
            while end < tag.endIndex, tag[end] != quote { end += 1 }
            let isCellsOwn = index - nameStart == 1 && (tag[nameStart] == UInt8(ascii: "r") || tag[nameStart] == UInt8(ascii: "t") || tag[nameStart] == UInt8(ascii: "s"))
            if !isCellsOwn {
                output.append(UInt8(ascii: " "))
                output += tag[nameStart...min(end, tag.endIndex - 1)]
            }
            index = end + 1
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
