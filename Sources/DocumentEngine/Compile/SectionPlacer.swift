import CLibxml2Shim

/// Replaces each tag with a marker and moves section markers to where the section's span says:
///
/// - open and close in one paragraph: the text between them repeats;
/// - in different paragraphs side by side (or around a table): those paragraphs repeat, less the
///   text that stands before the opening tag or after the closing one, which is printed once;
/// - in cells of one table: the rows from the opening one to the closing one repeat;
/// - in items of one list: those items repeat.
///
/// Paragraphs left empty by section tags are removed, unless they end a page section or a table cell.
struct SectionPlacer {
    static let markerName = "mentordocs"

    let dialect: Dialect
    let document: XMLDocument

    private enum Span {
        case inline
        case blocks(first: XMLNode, last: XMLNode)
    }

    /// Where a block section's marker goes.
    private enum Placement {
        /// Before this block: an opening marker takes the block into the section, a closing one leaves it out.
        case before(XMLNode)
        case after(XMLNode)
        /// Where the tag stood, raised to its paragraph's level: text on both sides of the tag
        /// stays with its own side, and the section starts or ends inside the paragraph.
        case inParagraph
    }

    /// What the rendered part needs checked, found while placing.
    struct Outcome {
        /// A section stands among a table cell's blocks, so a rendering may leave the cell without
        /// the paragraph it must end with.
        var cellsMayEndWithoutParagraph = false
    }

    func place(_ occurrences: [TagOccurrence], sections: [SectionPair], problems: inout [TemplateProblem]) -> Outcome {
        var spans: [Int: Span] = [:]
        for pair in sections {
            if let span = span(of: pair, in: occurrences, problems: &problems) { spans[pair.open] = span }
        }
        guard problems.isEmpty else { return Outcome() }

        // A value goes into the text element that held its tag; keep its spaces there.
        for occurrence in occurrences {
            if case .value = occurrence.tag, let text = occurrence.marker.parent, dialect.textElement.map(text.is) == true {
                text.preserveSpace()
            }
        }

        var structural: Set<xmlNodePtr> = []
        for pair in sections {
            if case .blocks = spans[pair.open]! {
                structural.insert(occurrences[pair.open].marker.pointer)
                structural.insert(occurrences[pair.close].marker.pointer)
            }
        }
        for occurrence in occurrences where occurrence.tag == .comment { structural.insert(occurrence.marker.pointer) }

        let breaks = SectionBreaks(dialect: dialect, document: document)
        var hoisting: [(node: XMLNode, target: XMLNode)] = []
        var placements: [Int: Placement] = [:]
        var holdsMarker: Set<xmlNodePtr> = []
        for pair in sections {
            let open = occurrences[pair.open]
            let close = occurrences[pair.close]
            switch spans[pair.open]! {
            case .inline:
                let ancestor = commonAncestor(open.marker, close.marker)
                hoisting.append((open.marker, ancestor))
                hoisting.append((close.marker, ancestor))
            case .blocks(let first, let last):
                var opening = openingPlacement(open, first: first, breaks: breaks, structural: structural)
                var closing = closingPlacement(close, last: last, breaks: breaks, structural: structural)
                // A section that starts or ends inside a paragraph must do both, or the repeated
                // stretch would not be well-formed.
                if case .inParagraph = opening { closing = .inParagraph }
                if case .inParagraph = closing { opening = .inParagraph }
                placements[pair.open] = opening
                placements[pair.close] = closing
                if case .inParagraph = opening {
                    hoisting.append((open.marker, open.paragraph))
                    hoisting.append((close.marker, close.paragraph))
                    holdsMarker.formUnion([open.paragraph.pointer, close.paragraph.pointer])
                }
            }
        }

        var candidates: [XMLNode] = []
        for pair in sections {
            if case .blocks = spans[pair.open]! {
                candidates.append(occurrences[pair.open].paragraph)
                candidates.append(occurrences[pair.close].paragraph)
            }
        }
        for occurrence in occurrences where occurrence.tag == .comment { candidates.append(occurrence.paragraph) }
        var removable: Set<xmlNodePtr> = []
        var removed: [XMLNode] = []
        for paragraph in candidates where !removable.contains(paragraph.pointer) && !holdsMarker.contains(paragraph.pointer)
            && isEmpty(paragraph, ignoring: structural) && !mustKeep(paragraph) && !breaks.carries(paragraph)
        {
            removable.insert(paragraph.pointer)
            removed.append(paragraph)
        }

        // In document order, so that markers sent to the same side of one block keep their order.
        var lastAfter: [xmlNodePtr: XMLNode] = [:]
        for (index, placement) in placements.sorted(by: { $0.key < $1.key }) {
            let occurrence = occurrences[index]
            switch placement {
            case .before(let block):
                // A marker in a paragraph that is removed leaves it with the paragraph's other markers.
                if block == occurrence.paragraph, removable.contains(block.pointer) { continue }
                occurrence.marker.unlink()
                block.insertBefore(occurrence.marker)
            case .after(let block):
                if block == occurrence.paragraph, removable.contains(block.pointer) { continue }
                occurrence.marker.unlink()
                (lastAfter[block.pointer] ?? block).insertAfter(occurrence.marker)
                lastAfter[block.pointer] = occurrence.marker
            case .inParagraph:
                continue
            }
        }
        let sectionsOfRows = sections.filter { pair in
            if case .blocks(let first, _) = spans[pair.open]!, first.isAny(dialect.tableRows) { true } else { false }
        }
        TreeSplitter(dialect: dialect).hoist(hoisting)
        for paragraph in removed { dissolve(paragraph) }

        if dialect.tablesNeedRows { TableGuards(dialect: dialect, document: document).add(for: sectionsOfRows, in: occurrences) }
        var outcome = Outcome()
        outcome.cellsMayEndWithoutParagraph = sections.contains { pair in
            guard case .blocks = spans[pair.open]! else { return false }
            return occurrences[pair.close].marker.ancestors.contains { $0.isAny(dialect.tableCells) }
        }
        return outcome
    }

    static func markerText(for tag: Tag, index: Int) -> String {
        switch tag {
        case .value: "v\(index)"
        case .open: "o\(index)"
        case .close: "c\(index)"
        case .comment: "x\(index)"
        }
    }

    // MARK: Text beside the tags

    private func openingPlacement(_ open: TagOccurrence, first: XMLNode, breaks: SectionBreaks, structural: Set<xmlNodePtr>) -> Placement {
        guard first == open.paragraph else { return .before(first) }
        let sides = contentSides(of: open.marker, in: open.paragraph, ignoring: structural)
        if sides.before && sides.after { return .inParagraph }
        // What stands before the tag is printed once: the section starts after its paragraph.
        if sides.before || !sides.after && breaks.carries(open.paragraph) { return .after(first) }
        return .before(first)
    }

    private func closingPlacement(_ close: TagOccurrence, last: XMLNode, breaks: SectionBreaks, structural: Set<xmlNodePtr>) -> Placement {
        guard last == close.paragraph else { return .after(last) }
        let sides = contentSides(of: close.marker, in: close.paragraph, ignoring: structural)
        if sides.before && sides.after { return .inParagraph }
        if sides.after || !sides.before && breaks.carries(close.paragraph) { return .before(last) }
        return .after(last)
    }

    /// Whether the paragraph has content before and after the marker.
    private func contentSides(of marker: XMLNode, in paragraph: XMLNode, ignoring structural: Set<xmlNodePtr>) -> (before: Bool, after: Bool) {
        var before = false
        var after = false
        var passed = false
        for child in paragraph.children {
            child.forEachDescendant { node in
                if node == marker {
                    passed = true
                    return .skipChildren
                }
                let decision = classify(node, ignoring: structural)
                if decision.isContent {
                    if passed { after = true } else { before = true }
                }
                return decision.descend ? .descend : .skipChildren
            }
        }
        return (before, after)
    }

    // MARK: What a section spans

    private func span(of pair: SectionPair, in occurrences: [TagOccurrence], problems: inout [TemplateProblem]) -> Span? {
        let open = occurrences[pair.open]
        let close = occurrences[pair.close]
        let pageBreak: Bool = if case .open(_, _, let pageBreak) = open.tag { pageBreak } else { false }
        func fail(_ message: String) -> Span? {
            problems.append(TemplateProblem(.misplacedSection, location: open.location, "the section “\(open.source)” \(message)"))
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
                let decision = classify(node, ignoring: structural)
                if decision.isContent { empty = false }
                return decision.descend ? .descend : .skipChildren
            }
        }
        return empty
    }

    /// Whether a node inside a paragraph is something a reader sees (text, a value, a picture, a
    /// break) and whether what it holds needs looking at.
    private func classify(_ node: XMLNode, ignoring structural: Set<xmlNodePtr>) -> (isContent: Bool, descend: Bool) {
        if node.isText { return (node.text.contains(where: { !$0.isWhitespace }), false) }
        if node.pointer.pointee.type == XML_PI_NODE {
            // Markers of values and inline sections are content; those of block sections are not.
            return (node.localName == Self.markerName && !structural.contains(node.pointer), false)
        }
        guard node.isElement else { return (false, false) }
        if node.isAny(dialect.propertyElements) { return (false, false) }
        return (!node.isAny(dialect.trivialInParagraph), true)
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
