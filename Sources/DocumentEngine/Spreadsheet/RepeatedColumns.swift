import CLibxml2Shim

/// Sections over columns: `{{#questions across}}` at the start of a cell and its `{{/questions}}` at
/// the end of the same cell or of a later cell of the same row repeat those cells to the right, once
/// per item. A section's usual meanings stay as they were (both tags inside one cell repeat text in
/// it, tags in cells of one row repeat the row): only the word `across` asks for columns.
///
/// When a sheet is prepared, the cells of such a section are wrapped in an element of their own,
/// `<mentordocs-columns first="F" last="L">` (the template's columns), with a paragraph holding the
/// opening tag before them and one holding the closing tag after them, so that the engine's one
/// compiler repeats them as it repeats any run of blocks. After the sections are placed, `mark` puts
/// `<?mentordocs-columns copy?>` at the start of the section, so that each rendered copy is told
/// from the next; `ColumnCopies` (XLSX) and `OpenDocumentColumnCopies` (ODS) then number the cells,
/// move what stands to the right and take the wrapper and the marks out.
enum RepeatedColumns {
    static let wrapperName = "mentordocs-columns"
    static let copyMark = "copy"
    static let keyword = "across"

    /// One cell of a row and the template column it stands at (the first, when it stands for several).
    struct Cell {
        var node: XMLNode
        var column: Int
        /// The text nodes of its paragraphs, in order.
        var texts: [XMLNode]
    }

    /// A section over columns found in a row.
    struct Span: Equatable {
        var first: Int
        var last: Int
        var width: Int { last - first + 1 }
        /// The columns as letters: `G–H`, or `G` alone.
        var description: String {
            first == last ? CellReference.letters(ofColumn: first) : CellReference.letters(ofColumn: first) + "–" + CellReference.letters(ofColumn: last)
        }
    }

    /// Wraps the sections over columns of one row; `paragraph` makes a paragraph holding a tag,
    /// `place` names a cell in messages. Returns the spans wrapped, in order.
    static func wrap(row cells: [Cell], document: XMLDocument, paragraph: (String) -> [UInt8], place: (Int) -> String,
        problem: (String) -> Void) -> [Span]
    {
        var spans: [Span] = []
        var index = 0
        while index < cells.count {
            let cell = cells[index]
            index += 1
            let text = cell.texts.map(\.text).joined()
            guard let opening = openingTag(in: text) else { continue }
            guard text.prefix(upTo: opening.range.lowerBound).allSatisfy(\.isWhitespace) else {
                problem("cell \(place(cell.column)): the section “\(opening.source)” repeats columns, so it must begin its cell; move the text before it to a cell of its own")
                continue
            }
            guard let closing = closingTag(of: opening, from: index - 1, in: cells) else {
                problem("cell \(place(cell.column)): the section “\(opening.source)” repeats columns but is not closed at the end of a cell of the same row; add {{/\(opening.name)}} at the end of its last cell")
                continue
            }
            let last = cells[closing.cell]
            guard remove(opening.source, from: cell.texts, first: true), remove(closing.source, from: last.texts, first: false) else {
                problem("cell \(place(cell.column)): retype “\(opening.source)” and its closing tag each in one formatting: part of one is bold or coloured differently")
                continue
            }
            let span = Span(first: cell.column, last: last.column + max(0, repeatCount(last.node) - 1))
            let wrapper = cell.node.newSibling(named: wrapperName)
            wrapper.setPlainAttribute("first", String(span.first))
            wrapper.setPlainAttribute("last", String(span.last))
            cell.node.insertBefore(wrapper)
            if let start = document.parseFragment(paragraph("{{#\(opening.name)}}"), in: wrapper) { wrapper.append(start) }
            for taken in cells[(index - 1)...closing.cell] {
                taken.node.unlink()
                wrapper.append(taken.node)
            }
            if let end = document.parseFragment(paragraph("{{/\(opening.name)}}"), in: wrapper) { wrapper.append(end) }
            spans.append(span)
            index = closing.cell + 1
        }
        return spans
    }

    /// Runs on a compiled sheet after its sections are placed: the marker that opens each wrapper's
    /// section is followed by the mark of a copy, printed at the start of every copy.
    static func mark(_ document: XMLDocument) {
        document.root?.forEachDescendant { node in
            guard node.isElement else { return .skipChildren }
            guard node.localName == wrapperName else { return .descend }
            if let opening = node.children.first(where: { $0.pointer.pointee.type == XML_PI_NODE && $0.localName == SectionPlacer.markerName && $0.text.hasPrefix("o") }) {
                opening.insertAfter(document.newProcessingInstruction(wrapperName, copyMark))
            }
            return .skipChildren
        }
    }

    // MARK: Tags

    struct Found {
        var source: String
        var name: String
        var range: Range<String.Index>
    }

    /// The first `{{#name across}}` of a cell's text.
    static func openingTag(in text: String) -> Found? {
        var rest = text[...]
        while let start = rest.firstRange(of: "{{"), let end = rest[start.upperBound...].firstRange(of: "}}") {
            let inner = rest[start.upperBound..<end.lowerBound].trimmingWhitespace()
            rest = rest[end.upperBound...]
            guard inner.hasPrefix("#") else { continue }
            let words = inner.dropFirst().split(whereSeparator: \.isWhitespace)
            guard words.count == 2, words[1] == keyword, case .open? = try? TagParser.parse("{{#\(words[0])}}") else { continue }
            return Found(source: String(text[start.lowerBound..<end.upperBound]), name: String(words[0]), range: start.lowerBound..<end.upperBound)
        }
        return nil
    }

    /// Where the section opened by `opening` in `cells[from]` closes: a `{{/name}}` or `{{/}}` at the
    /// same depth that ends its cell, in that cell or a later one of the row.
    private static func closingTag(of opening: Found, from start: Int, in cells: [Cell]) -> (cell: Int, source: String)? {
        var depth = 0
        for index in start..<cells.count {
            var text = cells[index].texts.map(\.text).joined()[...]
            if index == start, let range = text.firstRange(of: opening.source) { text = text[range.upperBound...] }
            var rest = text
            while let open = rest.firstRange(of: "{{"), let close = rest[open.upperBound...].firstRange(of: "}}") {
                let source = String(rest[open.lowerBound..<close.upperBound])
                let after = rest[close.upperBound...]
                rest = after
                switch try? TagParser.parse(source) {
                case .open?: depth += 1
                case .close(let path)?:
                    if depth > 0 {
                        depth -= 1
                        continue
                    }
                    guard path == nil || path?.description == opening.name else { return nil }
                    return after.allSatisfy(\.isWhitespace) ? (index, source) : nil
                default:
                    if source.contains(" \(keyword)") { depth += 1 }
                }
            }
        }
        return nil
    }

    /// Takes the first (or last) occurrence of `source` out of the text node that holds it whole.
    private static func remove(_ source: String, from texts: [XMLNode], first: Bool) -> Bool {
        for node in first ? texts : texts.reversed() {
            let text = node.text
            let ranges = text.ranges(of: source)
            guard let range = first ? ranges.first : ranges.last else { continue }
            var changed = text
            changed.removeSubrange(range)
            // In place (libxml2 keeps a text node's new content literally): the cell's list of text nodes stays good.
            xmlNodeSetContent(node.pointer, changed)
            return true
        }
        return false
    }

    /// How many columns a cell stands for: ODF's `table:number-columns-repeated`, one in a workbook.
    private static func repeatCount(_ cell: XMLNode) -> Int {
        cell.attribute(QualifiedName(Dialect.tableNamespace, "number-columns-repeated")).flatMap { Int($0) } ?? 1
    }
}
