import CLibxml2Shim

/// A handle to a node of an `XMLDocument`. It holds its document, so no handle outlives the tree
/// it points into: a compile that keeps nodes keeps their document with them. Two handles are
/// equal when they point at the same node.
struct XMLNode: Equatable {
    let pointer: xmlNodePtr
    /// The document the node belongs to, kept alive by every handle into it.
    let document: XMLDocument

    init(_ pointer: xmlNodePtr, in document: XMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    static func == (left: XMLNode, right: XMLNode) -> Bool { left.pointer == right.pointer }

    private func node(_ pointer: xmlNodePtr) -> XMLNode { XMLNode(pointer, in: document) }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The local name of an element (`p` for `w:p`).
    var localName: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }
    var namespaceURI: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// Whether the node is an element of this local name, compared in place, without making a
    /// `String` of it: for walking large trees such as a worksheet's.
    func hasLocalName(_ name: StaticString) -> Bool {
        guard isElement, let own = pointer.pointee.name else { return false }
        let expected = name.utf8Start
        var index = 0
        while index < name.utf8CodeUnitCount {
            guard own[index] == expected[index] else { return false }
            index += 1
        }
        return own[index] == 0
    }

    /// The element children, one after another, without an array of them.
    var elementChildren: UnfoldSequence<XMLNode, XMLNode?> {
        sequence(state: firstChild) { next in
            while let node = next {
                next = node.next
                if node.isElement { return node }
            }
            return nil
        }
    }

    func `is`(_ name: QualifiedName) -> Bool {
        isElement && localName == name.local && namespaceURI == name.namespace
    }

    func isAny(_ names: Set<QualifiedName>) -> Bool {
        isElement && names.contains(QualifiedName(namespaceURI ?? "", localName))
    }

    var parent: XMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return node(parent)
    }
    var firstChild: XMLNode? { pointer.pointee.children.map(node) }
    var next: XMLNode? { pointer.pointee.next.map(node) }
    var previous: XMLNode? { pointer.pointee.prev.map(node) }

    var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    var ancestors: [XMLNode] {
        var result: [XMLNode] = []
        var node = parent
        while let current = node {
            result.append(current)
            node = current.parent
        }
        return result
    }

    func isDescendant(of ancestor: XMLNode) -> Bool { ancestors.contains(ancestor) }

    /// The text of a text node (not of an element's subtree).
    var text: String {
        get { pointer.pointee.content.map { String(cString: $0) } ?? "" }
    }

    func attribute(_ name: QualifiedName) -> String? {
        guard let value = xmlGetNsProp(pointer, name.local, name.namespace) else { return nil }
        defer { mentordocs_xml_free(value) }
        return String(cString: value)
    }

    func setAttribute(_ name: QualifiedName, prefix: String, _ value: String) {
        var namespace = xmlSearchNsByHref(pointer.pointee.doc, pointer, name.namespace)
        if namespace == nil { namespace = xmlNewNs(pointer, name.namespace, prefix) }
        xmlSetNsProp(pointer, namespace, name.local, value)
    }

    /// An attribute in no namespace (as OPC's `Type`, `Target`, `PartName` are).
    func plainAttribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(pointer, name) else { return nil }
        defer { mentordocs_xml_free(value) }
        return String(cString: value)
    }

    func setPlainAttribute(_ name: String, _ value: String) { xmlSetProp(pointer, name, value) }

    func preserveSpace() { xmlNodeSetSpacePreserve(pointer, 1) }

    // MARK: Changing the tree

    func insertBefore(_ node: XMLNode) { xmlAddPrevSibling(pointer, node.pointer) }
    func insertAfter(_ node: XMLNode) { xmlAddNextSibling(pointer, node.pointer) }
    func append(_ node: XMLNode) { xmlAddChild(pointer, node.pointer) }

    /// Links a detached node in after this one as it is: libxml2's own insertion would merge a
    /// text node into a text neighbour and free it, leaving the caller a dangling handle.
    func insertUnmergedAfter(_ node: XMLNode) {
        let new = node.pointer
        new.pointee.parent = pointer.pointee.parent
        new.pointee.doc = pointer.pointee.doc
        new.pointee.prev = pointer
        new.pointee.next = pointer.pointee.next
        if let following = pointer.pointee.next {
            following.pointee.prev = new
        } else if let parent = pointer.pointee.parent {
            parent.pointee.last = new
        }
        pointer.pointee.next = new
    }

    /// Takes the node and its subtree out of the document for good (freed with the document).
    func remove() { document.discard(pointer) }

    func unlink() { xmlUnlinkNode(pointer) }

    /// A copy of the element with its attributes and namespaces but no children.
    func shallowCopy() -> XMLNode { node(xmlDocCopyNode(pointer, pointer.pointee.doc, 2)!) }

    func deepCopy() -> XMLNode { node(xmlDocCopyNode(pointer, pointer.pointee.doc, 1)!) }

    /// Replaces a text node's content literally (no entity parsing).
    func replaceText(with text: String) {
        let replacement = xmlNewDocText(pointer.pointee.doc, text)!
        xmlReplaceNode(pointer, replacement)
        document.discard(pointer)
    }

    /// Every node of the subtree in document order, the node itself first.
    func forEachDescendant(_ body: (XMLNode) -> DescentDecision) {
        guard body(self) == .descend else { return }
        var child = firstChild
        while let node = child {
            let next = node.next
            node.forEachDescendant(body)
            child = next
        }
    }
}

enum DescentDecision { case descend, skipChildren }

/// A namespace URI with a local name: how parts of two dialects are told apart.
struct QualifiedName: Hashable, Sendable {
    let namespace: String
    let local: String
    init(_ namespace: String, _ local: String) {
        self.namespace = namespace
        self.local = local
    }
}
