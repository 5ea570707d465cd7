/// A table whose every row is repeated by one section would be left without rows when the section
/// shows nothing, which neither Word nor the ODF schema allows. Such a table is wrapped in a guard:
/// a section over the same data that shows the table once when the rows show, and drops it whole
/// otherwise.
struct TableGuards {
    let dialect: Dialect
    let document: XMLDocument

    static func openingText(forSection index: Int) -> String { "g\(index)" }
    static func closingText(forSection index: Int) -> String { "e\(index)" }

    /// `sections` repeat table rows; each one that holds all of its table's rows gets a guard.
    func add(for sections: [SectionPair], in occurrences: [TagOccurrence]) {
        for pair in sections {
            let open = occurrences[pair.open].marker
            let close = occurrences[pair.close].marker
            guard let table = open.parent, table.isAny(dialect.tables), close.parent == table,
                !hasRows(of: table, outside: open, close)
            else { continue }
            table.insertBefore(document.newProcessingInstruction(SectionPlacer.markerName, Self.openingText(forSection: pair.open)))
            table.insertAfter(document.newProcessingInstruction(SectionPlacer.markerName, Self.closingText(forSection: pair.open)))
        }
    }

    /// Whether any row of the table (or group of rows, such as ODF's header rows) stands outside
    /// the markers.
    private func hasRows(of table: XMLNode, outside open: XMLNode, _ close: XMLNode) -> Bool {
        var inside = false
        for child in table.children {
            if child == open { inside = true } else if child == close { inside = false }
            guard !inside, child.isElement else { continue }
            if child.isAny(dialect.tableRows) { return true }
            var holdsRows = false
            child.forEachDescendant { node in
                if node.isAny(dialect.tableRows) { holdsRows = true }
                return holdsRows || node.isAny(dialect.tables) ? .skipChildren : .descend
            }
            if holdsRows { return true }
        }
        return false
    }
}
