/// Moves what stands beside a sheet's cells with the rows it is anchored to, once a rendering has
/// laid out the repeated rows: the anchors of pictures, charts and shapes in a drawing part
/// (`xdr:from`/`xdr:to`, rows counted from 0), comments' cells (`comment/@ref`) and the anchors of
/// their notes in the legacy VML drawing (`x:Anchor`, `x:Row`), and the series ranges of charts
/// (`c:f`, `Лист1!$B$2:$B$5` growing over the repeated rows). `WorkbookCompiler` has made sure at
/// compile time that nothing anchored lies inside the repeated rows (it cannot be repeated).
struct AnchoredParts: Sendable {
    enum Kind: Sendable { case drawing, comments, legacyDrawing, chart }

    struct Part: Sendable {
        var kind: Kind
        var part: String
        /// The sheet the part belongs to (for a chart, the sheet whose drawing holds it: its formulas name their sheets).
        var sheet: String
    }

    var parts: [Part] = []

    /// Rewrites the parts in `rendered` (each copied there at compile time) for the sheets' layouts.
    func finish(_ rendered: inout [String: [UInt8]], layouts: [String: SheetLayout]) {
        for part in parts {
            guard let bytes = rendered[part.part] else { continue }
            let layout = layouts[part.sheet.lowercased()]
            switch part.kind {
            case .drawing:
                guard let layout else { continue }
                rendered[part.part] = Self.drawing(bytes, layout: layout)
            case .comments:
                rendered[part.part] = Self.comments(bytes, mover: ReferenceMover(sheet: part.sheet, layouts: layouts))
            case .legacyDrawing:
                guard let layout else { continue }
                rendered[part.part] = Self.legacyDrawing(bytes, layout: layout)
            case .chart:
                rendered[part.part] = Self.chart(bytes, mover: ReferenceMover(sheet: nil, layouts: layouts))
            }
        }
    }

    /// The row, counted from 0, that row `row` (from 0) of the template became; an end of an
    /// anchor that spans repeated rows goes to the last copy's.
    private static func moved(_ row: Int, in layout: SheetLayout, end: Bool) -> Int? {
        layout.row(row + 1, side: end ? .end : .start).map { $0 - 1 }
    }

    private static func drawing(_ bytes: [UInt8], layout: SheetLayout) -> [UInt8] {
        var scanner = MarkupScanner(bytes)
        var edits = ByteEdits(bytes)
        var inEnd: Bool?
        while let tag = scanner.next() {
            if scanner.localName(of: tag, is: "from") || scanner.localName(of: tag, is: "to") {
                inEnd = tag.kind == .opening ? scanner.localName(of: tag, is: "to") : nil
            } else if scanner.localName(of: tag, is: "row"), tag.kind == .opening, let end = inEnd, let closing = scanner.next() {
                let text = tag.range.upperBound..<closing.range.lowerBound
                if let row = Int(String(decoding: bytes[text], as: UTF8.self)), let new = moved(row, in: layout, end: end), new != row {
                    edits.replace(text, with: Array(String(new).utf8))
                }
            }
        }
        return edits.finish()
    }

    private static func comments(_ bytes: [UInt8], mover: ReferenceMover) -> [UInt8] {
        var scanner = MarkupScanner(bytes)
        var edits = ByteEdits(bytes)
        while let tag = scanner.next() {
            guard tag.kind != .closing, scanner.localName(of: tag, is: "comment"), let ref = scanner.attribute("ref", of: tag),
                let area = CellRange(String(decoding: ref.value, as: UTF8.self)), let moved = mover.range(area), moved != area
            else { continue }
            edits.replace(ref.range, with: Array(moved.description.utf8))
        }
        return edits.finish()
    }

    /// VML, which need not be well-formed XML: only the text of `x:Row` and the rows of `x:Anchor`
    /// (left column, offset, top row, offset, right column, offset, bottom row, offset) change.
    private static func legacyDrawing(_ bytes: [UInt8], layout: SheetLayout) -> [UInt8] {
        var edits = ByteEdits(bytes)
        var index = 0
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            var position = start
            while position + needle.count <= bytes.count {
                if bytes[position] == needle[0], bytes[position..<position + needle.count].elementsEqual(needle) { return position }
                position += 1
            }
            return nil
        }
        let openings: [(tag: [UInt8], anchor: Bool)] = [(Array("<x:Anchor>".utf8), true), (Array("<x:Row>".utf8), false)]
        while true {
            let found = openings.compactMap { opening in find(opening.tag, from: index).map { ($0, opening) } }.min { $0.0 < $1.0 }
            guard let (start, opening) = found, let close = find(Array("</x:".utf8), from: start) else { break }
            let text = (start + opening.tag.count)..<close
            let value = String(decoding: bytes[text], as: UTF8.self)
            if opening.anchor {
                var numbers = value.split(separator: ",").map { String($0).trimmingSpaces() }
                if numbers.count == 8, let top = Int(numbers[2]), let bottom = Int(numbers[6]),
                    let newTop = moved(top, in: layout, end: false), let newBottom = moved(bottom, in: layout, end: true)
                {
                    numbers[2] = String(newTop)
                    numbers[6] = String(newBottom)
                    edits.replace(text, with: Array(numbers.joined(separator: ", ").utf8))
                }
            } else if let row = Int(value.trimmingSpaces()), let new = moved(row, in: layout, end: false) {
                edits.replace(text, with: Array(String(new).utf8))
            }
            index = close
        }
        return edits.finish()
    }

    private static func chart(_ bytes: [UInt8], mover: ReferenceMover) -> [UInt8] {
        var scanner = MarkupScanner(bytes)
        var edits = ByteEdits(bytes)
        while let tag = scanner.next() {
            guard tag.kind == .opening, scanner.localName(of: tag, is: "f"), let closing = scanner.next() else { continue }
            let text = tag.range.upperBound..<closing.range.lowerBound
            let formula = XMLText.unescaped(bytes[text])
            let moved = mover.formula(formula)
            if moved != formula { edits.replace(text, with: Array(XMLText.escaped(moved).utf8)) }
        }
        return edits.finish()
    }
}
