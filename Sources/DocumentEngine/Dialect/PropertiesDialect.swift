/// Parts of named values rather than paragraphs — document properties (`docProps/core.xml`,
/// `meta.xml`) and Word's custom XML data — read with the same engine: each element that holds
/// only text (`dc:title`, `vt:lpwstr`, a custom XML field) counts as a paragraph of its own,
/// and values are written as plain text, a line break kept as a line-break character.
extension Dialect {
    /// This dialect, for a part whose paragraphs are the elements `textElements` names.
    func properties(holding textElements: Set<QualifiedName>) -> Dialect {
        var dialect = self
        dialect.paragraphs = textElements
        dialect.textElement = nil
        dialect.characterElements = [:]
        dialect.foreignSubtrees = []
        dialect.inlineWrappers = []
        dialect.trivialInParagraph = []
        dialect.propertyElements = []
        dialect.tables = []
        dialect.tableRows = []
        dialect.tableCells = []
        dialect.lists = []
        dialect.listItems = []
        dialect.encode = encodePlainText
        dialect.pageBreak = []
        dialect.prepare = { _ in }
        dialect.placed = { _ in }
        dialect.placeName = nil
        return dialect
    }

    /// The elements of `document` that hold text and no elements.
    static func textElements(of document: XMLDocument) -> Set<QualifiedName> {
        var names: Set<QualifiedName> = []
        document.root?.forEachDescendant { node in
            guard node.isElement else { return .skipChildren }
            let children = node.children
            if children.contains(where: \.isText), !children.contains(where: \.isElement) {
                names.insert(QualifiedName(node.namespaceURI ?? "", node.localName))
            }
            return .descend
        }
        return names
    }
}
