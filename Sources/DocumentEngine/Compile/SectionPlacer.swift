/// Replaces each tag with a marker and moves section markers to where the section's span says:
///
/// - open and close in one paragraph: the text between them repeats;
/// - in different paragraphs side by side (or around a table): those paragraphs repeat;
/// - in cells of one table: the rows from the opening one to the closing one repeat;
/// - in items of one list: those items repeat.
///
/// Paragraphs left empty by section tags are removed.
struct SectionPlacer {
    static let markerName = "mentordocs"

    let dialect: Dialect
    let document: XMLDocument

    private enum Span {
        case inline
        case blocks(first: XMLNode, last: XMLNode)
    }

    func place(_ occurrences: [TagOccurrence], sections: [SectionPair], problems: inout [TemplateProblem]) {
        var spans: [Int: Span] = [:]
        for pair in sections {
            if let span = span(of: pair, in: occurrences, problems: &problems) { spans[pair.open] = span }
        }
        guard problems.isEmpty else { return }

        // A value goes into the text element that held its tag; keep its spaces there.
        for occurrence in occurrences {
            if case .value = occurrence.tag, let text = occurrence.marker.parent, dialect.textElement.map(text.is) == true {
                text.preserveSpace()
            }
        }

        let splitter = TreeSplitter(dialect: dialect)
        var blockParagraphs: [XMLNode] = []
        for pair in sections {
            let open = occurrences[pair.open]
            let close = occurrences[pair.close]
            switch spans[pair.open]! {
            case .inline:
                let ancestor = commonAncestor(open.marker, close.marker)
                splitter.hoist(open.marker, upTo: ancestor)
                splitter.hoist(close.marker, upTo: ancestor)
            case .blocks:
                blockParagraphs.append(open.paragraph)
                blockParagraphs.append(close.paragraph)
            }
        }
        for occurrence in occurrences where occurrence.tag == .comment { blockParagraphs.append(occurrence.paragraph) }

        var structural: Set<xmlNodePtr> = []
        for pair in sections {
            if case .blocks = spans[pair.open]! {
                structural.insert(occurrences[pair.open].marker.pointer)
                structural.insert(occurrences[pair.close].marker.pointer)
            }
        }
        for occurrence in occurrences where occurrence.tag == .comment { structural.insert(occurrence.marker.pointer) }

        var removable: [XMLNode] = []
        for paragraph in blockParagraphs
        where !removable.contains(paragraph) && isEmpty(paragraph, ignoring: structural) && !mustKeep(paragraph) {
            removable.append(paragraph)
        }

        for pair in sections {
            guard case .blocks(let first, let last) = spans[pair.open]! else { continue }
            let open = occurrences[pair.open]
            let close = occurrences[pair.close]
            if !(first == open.paragraph && removable.contains(first)) {
                open.marker.unlink()
                first.insertBefore(open.marker)
            }
            if !(last == close.paragraph && removable.contains(last)) {
                close.marker.unlink()
                last.insertAfter(close.marker)
            }
        }

        for paragraph in removable { dissolve(paragraph) }
    }

    static func markerText(for tag: Tag, index: Int) -> String {
        switch tag {
        case .value: "v\(index)"
        case .open: "o\(index)"
        case .close: "c\(index)"
        case .comment: "x\(index)"
        }
    }

    // MARK: What a section spans

    private func span(of pair: SectionPair, in occurrences: [TagOccurrence], problems: inout [TemplateProblem]) -> Span? {
        let open = occurrences[pair.open]
        let close = occurrences[pair.close]
        let pageBreak: Bool = if case .open(_, _, let pageBreak) = open.tag { pageBreak } else { false }
        func fail(_ message: String) -> Span? {
            problems.append(TemplateProblem(location: open.location, "the section “\(open.source)” \(message)"))
            return nil
        }
        if open.paragraph == close.paragraph {
            if pageBreak { return fail("asks for a page break but opens and closes inside one paragraph; put {{#…}} and {{/…}} in paragraphs of their own") }
            return .inline
        }
        let openChain = [open.paragraph] + open.paragraph.ancestors
        let closeChain = [close.paragraph] + close.paragraph.ancestors
        guard let ancestorIndex = openChain.dropFirst().firstIndex(where: { closeChain.contains($0) }),
            let closeIndex = closeChain.firstIndex(of: openChain[ancestorIndex]), closeIndex > 0
        else {
            return fail("closes inside the paragraph it opens in (in a text box or frame); keep both tags at one level")
        }
        let ancestor = openChain[ancestorIndex]
        let first = openChain[ancestorIndex - 1]
        let last = closeChain[closeIndex - 1]

        if ancestor.isAny(dialect.tableRows) {
            if pageBreak { return fail("repeats a table row; a page break cannot stand between rows") }
            return .blocks(first: ancestor, last: ancestor)
        }
        if ancestor.isAny(dialect.tables) {
            guard first.isAny(dialect.tableRows), last.isAny(dialect.tableRows) else {
                return fail("opens in one group of table rows and closes in another")
            }
            if pageBreak { return fail("repeats table rows; a page break cannot stand between rows") }
            return .blocks(first: first, last: last)
        }
        if ancestor.isAny(dialect.lists) {
            return .blocks(first: first, last: last)
        }
        if first != open.paragraph, first.isAny(dialect.tables) {
            return fail("opens in a table cell and closes outside that table (at \(close.location)); put both tags in the same table, or both outside it")
        }
        if last != close.paragraph, last.isAny(dialect.tables) {
            return fail("opens outside a table and closes in one of its cells (at \(close.location)); put both tags in the same table, or both outside it")
        }
        if first != open.paragraph, first.isAny(dialect.lists) || last != close.paragraph && last.isAny(dialect.lists) {
            return fail("opens in a list and closes outside it (at \(close.location)); put both tags in the list, or both outside it")
        }
        return .blocks(first: first, last: last)
    }

    private func commonAncestor(_ a: XMLNode, _ b: XMLNode) -> XMLNode {
        let chain = a.ancestors
        let other = Set(b.ancestors.map(\.pointer))
        return chain.first { other.contains($0.pointer) }!
    }

    // MARK: Paragraphs left empty

    /// No text, no values, nothing but formatting and bookmarks.
    private func isEmpty(_ paragraph: XMLNode, ignoring structural: Set<xmlNodePtr>) -> Bool {
        var empty = true
        for child in paragraph.children {
            child.forEachDescendant { node in
                guard empty else { return .skipChildren }
                if node.isText {
                    if node.text.contains(where: { !$0.isWhitespace }) { empty = false }
                } else if node.pointer.pointee.type == XML_PI_NODE {
                    // Markers of values and inline sections are content; those of block sections are not.
                    if !structural.contains(node.pointer) { empty = false }
                } else if node.isElement {
                    if node.isAny(dialect.propertyElements) { return .skipChildren }
                    if !node.isAny(dialect.trivialInParagraph) { empty = false }
                }
                return .descend
            }
        }
        return empty
    }

    /// A cell, list item or note must keep at least one paragraph.
    private func mustKeep(_ paragraph: XMLNode) -> Bool {
        guard let parent = paragraph.parent, !parent.is(bodyOf: dialect) else { return false }
        return !parent.children.contains { $0 != paragraph && ($0.isAny(dialect.paragraphs) || $0.isAny(dialect.tables)) }
    }

    /// Moves the markers out of an emptied paragraph, in order, and removes it.
    private func dissolve(_ paragraph: XMLNode) {
        var markers: [XMLNode] = []
        paragraph.forEachDescendant { node in
            if node.pointer.pointee.type == XML_PI_NODE, node.localName == Self.markerName { markers.append(node) }
            return .descend
        }
        for marker in markers {
            marker.unlink()
            paragraph.insertBefore(marker)
        }
        paragraph.remove()
    }
}

import CLibxml2Shim

extension XMLNode {
    /// The element that holds a part's top-level blocks: `w:body`, `office:text`, a header.
    func `is`(bodyOf dialect: Dialect) -> Bool {
        guard isElement else { return false }
        switch localName {
        case "body", "text": return true
        default: return false
        }
    }
}
