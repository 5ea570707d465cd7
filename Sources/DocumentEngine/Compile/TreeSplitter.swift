/// Moves a node up the tree to a chosen ancestor, splitting every element in between in two,
/// so that what stood before the node stays before it and what stood after stays after.
///
/// A run split in two keeps its formatting on both halves (its property children are copied).
struct TreeSplitter {
    let dialect: Dialect

    func hoist(_ node: XMLNode, upTo ancestor: XMLNode) {
        while let parent = node.parent, parent != ancestor {
            split(parent, at: node)
        }
    }

    private func split(_ parent: XMLNode, at node: XMLNode) {
        let second = parent.shallowCopy()
        for child in parent.children where child.isAny(dialect.propertyElements) {
            second.append(child.deepCopy())
        }
        var sibling = node.next
        while let current = sibling {
            sibling = current.next
            current.unlink()
            second.append(current)
        }
        node.unlink()
        parent.insertAfter(node)
        if hasContent(second) { node.insertAfter(second) } else { second.remove() }
        if !hasContent(parent) { parent.remove() }
    }

    private func hasContent(_ element: XMLNode) -> Bool {
        element.children.contains { child in
            if child.isText { return !child.text.isEmpty }
            return !child.isAny(dialect.propertyElements)
        }
    }
}
