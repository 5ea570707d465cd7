/// Turns a compiled sheet (XLSX) into one that is finished as it is rendered: each row's number and
/// each cell's reference printed where the sections above have put it (`SheetNode.rowNumber`), the
/// marks of repeated rows followed as they are printed, and each cell filled from tags typed as its
/// value turns out (`TypedCell`). What is left to `SheetRewriter` is outside the rows: the
/// dimension, the view, the ranges after `sheetData` and, when the rows hold any, formulas.
///
/// Runs once the workbook's styles are known (a typed cell's date style is one of them).
struct SheetNodeCompiler {
    let styles: CellStyles?
    let date1904: Bool
    /// Whether the sheet's cells hold formulas: their references move with the rows, so the rows are
    /// read again after rendering, and the marks of repeated rows are printed to tell each formula's copy.
    let keepsMarks: Bool

    init(styles: CellStyles?, date1904: Bool, keepsMarks: Bool) {
        self.styles = styles
        self.date1904 = date1904
        self.keepsMarks = keepsMarks
    }

    /// The nodes made finished as rendered; nil when the sheet's markup is not as the compiler
    /// writes it (the sheet is then finished after rendering, as before).
    func compile(_ nodes: [TemplateNode]) -> [TemplateNode]? {
        var level = Level()
        for node in nodes {
            switch node {
            case .literal(let bytes):
                guard read(bytes, into: &level) else { return nil }
            case .section(var slot) where level.cell == nil:
                guard let body = compile(slot.body) else { return nil }
                slot.body = body
                level.flush()
                level.nodes.append(.section(slot))
            case .value, .section, .sheet:
                guard level.cell != nil else {
                    level.flush()
                    level.nodes.append(node)
                    continue
                }
                level.flushCellLiteral()
                level.cell!.body.append(node)
            }
        }
        guard level.cell == nil else { return nil }
        level.flush()
        return level.nodes
    }

    /// The nodes of one level (the sheet, or a section's body) as they are made.
    private struct Level {
        var nodes: [TemplateNode] = []
        var literal: [UInt8] = []
        /// A cell filled from tags whose end is still to come, and the literal bytes of its string so far.
        var cell: (start: TypedCell, body: [TemplateNode], literal: [UInt8])?

        mutating func flush() {
            if !literal.isEmpty { nodes.append(.literal(literal)) }
            literal = []
        }

        mutating func flushCellLiteral() {
            guard let literal = cell?.literal, !literal.isEmpty else { return }
            cell!.body.append(.literal(literal))
            cell!.literal = []
        }
    }

    private static let marks = Array("<?\(RepeatedRows.markName) ".utf8)

    /// Reads a stretch of literal markup: rows' and cells' numbers, marks, and cells with tags.
    private func read(_ bytes: [UInt8], into level: inout Level) -> Bool {
        var copied = 0
        var position = 0
        while position < bytes.count {
            if level.cell != nil {
                // Inside a cell: its string runs to the cell's end tag.
                var scanner = MarkupScanner(bytes, from: position)
                var end: MarkupScanner.Tag?
                while let tag = scanner.next() {
                    if tag.kind == .closing, scanner.localName(of: tag, is: "c") {
                        end = tag
                        break
                    }
                }
                guard let end else {
                    level.cell!.literal += bytes[position...]
                    return true
                }
                level.cell!.literal += bytes[position..<end.range.lowerBound]
                level.flushCellLiteral()
                guard let cell = level.cell.map(finished) else { return false }
                level.nodes.append(.sheet(.cell(cell)))
                level.cell = nil
                copied = end.range.upperBound
                position = copied
                continue
            }
            guard let start = bytes[position...].firstIndex(of: UInt8(ascii: "<")) else { break }
            if bytes[start...].starts(with: Self.marks) {
                guard let close = Self.end(ofInstructionAt: start, in: bytes),
                    let mark = RowsMark(text: String(decoding: bytes[(start + Self.marks.count)..<(close - 2)], as: UTF8.self))
                else {
                    return false
                }
                level.literal += bytes[copied..<start]
                level.flush()
                level.nodes.append(.sheet(.rows(mark, bytes: keepsMarks ? Array(bytes[start..<close]) : [])))
                copied = close
                position = close
                continue
            }
            var scanner = MarkupScanner(bytes, from: start)
            guard let tag = scanner.next() else { break }
            position = tag.range.upperBound
            guard tag.kind != .closing else { continue }
            let isRow = scanner.localName(of: tag, is: "row")
            guard isRow || scanner.localName(of: tag, is: "c") else { continue }
            guard let (reference, range) = scanner.attribute("r", of: tag) else { return false }
            if isRow {
                guard let row = Int(asciiDigits: reference) else { return false }
                level.literal += bytes[copied..<range.lowerBound]
                level.flush()
                level.nodes.append(.sheet(.rowNumber(row)))
                copied = range.upperBound
                continue
            }
            guard let column = CellReference.columnPart(ofCell: reference), let row = Int(asciiDigits: reference[column.endIndex...]) else {
                return false
            }
            let type = scanner.attribute("t", of: tag)?.value
            let asValue = type.map { MarkupScanner.equal($0, SheetPreparation.valueCell) } ?? false
            guard asValue || type.map({ MarkupScanner.equal($0, SheetPreparation.textCell) }) == true else {
                level.literal += bytes[copied..<column.endIndex]
                level.flush()
                level.nodes.append(.sheet(.rowNumber(row)))
                copied = range.upperBound
                continue
            }
            level.literal += bytes[copied..<tag.range.lowerBound]
            level.flush()
            let style = scanner.attribute("s", of: tag).flatMap { Int(asciiDigits: $0.value) }
            var attributes: [UInt8] = []
            SheetRewriter.appendAttributes(ofCell: bytes[tag.range], to: &attributes)
            let cell = TypedCell(prefix: Array(bytes[tag.name.lowerBound..<tag.localName.lowerBound]), column: Array(column), row: row,
                style: style, otherAttributes: attributes, asValue: asValue, typing: CellTyping(style: style, styles: styles, date1904: date1904))
            copied = tag.range.upperBound
            if tag.kind == .empty {
                level.nodes.append(.sheet(.cell(cell)))
            } else {
                level.cell = (cell, [], [])
            }
        }
        if level.cell == nil { level.literal += bytes[copied...] }
        return true
    }

    /// The cell with its string: a string of one run around one value is kept as the value alone.
    private func finished(_ open: (start: TypedCell, body: [TemplateNode], literal: [UInt8])) -> TypedCell {
        if open.body.count == 3, case .literal(let before) = open.body[0], case .value(let slot) = open.body[1],
            case .literal(let after) = open.body[2], Self.isPlainStringStart(before), Self.isPlainStringEnd(after)
        {
            return open.start.holding([], value: slot)
        }
        return open.start.holding(open.body, value: nil)
    }

    /// `<is><t>` or `<is><t xml:space="preserve">`, nothing else.
    private static func isPlainStringStart(_ bytes: [UInt8]) -> Bool {
        var scanner = MarkupScanner(bytes)
        guard let string = scanner.next(), string.kind == .opening, scanner.localName(of: string, is: "is"), string.range.lowerBound == 0,
            let text = scanner.next(), text.kind == .opening, scanner.localName(of: text, is: "t"),
            text.range.lowerBound == string.range.upperBound, text.range.upperBound == bytes.count
        else { return false }
        let attributes = bytes[text.localName.upperBound..<(text.range.upperBound - 1)]
        return attributes.isEmpty || attributes.elementsEqual(#" xml:space="preserve""#.utf8)
    }

    /// `</t></is>`, nothing else.
    private static func isPlainStringEnd(_ bytes: [UInt8]) -> Bool {
        var scanner = MarkupScanner(bytes)
        guard let text = scanner.next(), text.kind == .closing, scanner.localName(of: text, is: "t"), text.range.lowerBound == 0,
            let string = scanner.next(), string.kind == .closing, scanner.localName(of: string, is: "is"),
            string.range.lowerBound == text.range.upperBound, string.range.upperBound == bytes.count
        else { return false }
        return true
    }

    private static func end(ofInstructionAt start: Int, in bytes: [UInt8]) -> Int? {
        var index = start + 2
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "?"), bytes[index + 1] == UInt8(ascii: ">") { return index + 2 }
            index += 1
        }
        return nil
    }
}
