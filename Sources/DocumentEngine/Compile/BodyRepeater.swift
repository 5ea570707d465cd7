/// Wraps a document's whole body in a section over a list, with a page break between items:
/// how a mail merge makes one print file of many records.
struct BodyRepeater {
    let dialect: Dialect

    /// Adds `{{#path pagebreak}}` before the first block of the body and `{{/path}}` after the last.
    func wrap(_ document: XMLDocument, over path: DataPath) -> Bool {
        var body: XMLNode?
        document.root?.forEachDescendant { node in
            if body == nil, node.is(dialect.body) { body = node }
            return body == nil ? .descend : .skipChildren
        }
        guard let body else { return false }
        let blocks = body.children.filter { $0.isAny(dialect.paragraphs) || $0.isAny(dialect.tables) || $0.isAny(dialect.lists) }
        guard let first = blocks.first, let last = blocks.last,
            let opening = document.parseFragment(Array(dialect.paragraphMarkup("{{#\(path) pagebreak}}").utf8), in: body),
            let closing = document.parseFragment(Array(dialect.paragraphMarkup("{{/\(path)}}").utf8), in: body)
        else { return false }
        first.insertBefore(opening)
        last.insertAfter(closing)
        return true
    }
}
