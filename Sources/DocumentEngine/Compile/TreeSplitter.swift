import CLibxml2Shim

/// Moves nodes up the tree to chosen ancestors, splitting every element in between,
/// so that what stood before a node stays before it and what stood after stays after.
///
/// A run split in pieces keeps its formatting on each piece (its property children are copied).
struct TreeSplitter {
    let dialect: Dialect

    /// Hoists each node to its target ancestor. Each element is split once at all the nodes that
    /// leave it, so a paragraph with thousands of markers costs one pass per level, not one per marker.
    func hoist(_ requests: [(node: XMLNode, target: XMLNode)]) {
        var pending = requests.filter { $0.node.parent != $0.target }
        while !pending.isEmpty {
            var leaving: [xmlNodePtr: Set<xmlNodePtr>] = [:]
            var parents: [XMLNode] = []
            for request in pending {
                let parent = request.node.parent!
                if leaving[parent.pointer] == nil { parents.append(parent) }
                leaving[parent.pointer, default: []].insert(request.node.pointer)
            }
            for parent in parents { split(parent, at: leaving[parent.pointer]!) }
            pending = pending.filter { $0.node.parent != $0.target }
        }
    }

    /// Replaces `parent` with its pieces and the leaving children between them, in order.
    private func split(_ parent: XMLNode, at leaving: Set<xmlNodePtr>) {
        let properties = parent.children.filter { $0.isAny(dialect.propertyElements) }
        var pieces = [parent]
        var anchor = parent
        var piece: XMLNode? = parent
        var child = parent.firstChild
        while let current = child {
            child = current.next
            if leaving.contains(current.pointer) {
                current.unlink()
                anchor.insertAfter(current)
                anchor = current
                piece = nil
            } else if piece != parent {
                if piece == nil {
                    let next = parent.shallowCopy()
                    for property in properties { next.append(property.deepCopy()) }
                    anchor.insertAfter(next)
                    anchor = next
                    pieces.append(next)
                    piece = next
                }
                current.unlink()
                piece!.append(current)
            }
        }
        for piece in pieces where !hasContent(piece) { piece.remove() }
    }

    private func hasContent(_ element: XMLNode) -> Bool {
        element.children.contains { child in
            if child.isText { return !child.text.isEmpty }
            return !child.isAny(dialect.propertyElements)
        }
    }
}
