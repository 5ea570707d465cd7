import CLibxml2Shim

/// Edits a sheet's preparation needs: elements copied between parts, renamed, given new text.
extension XMLNode {
    /// A deep copy of the node made in another document, to be put into that document's tree.
    func copy(into target: XMLDocument) -> XMLNode {
        XMLNode(xmlDocCopyNode(pointer, target.pointer, 1)!, in: target)
    }

    /// Appends a copy made in this document (`copy(into:)`) and drops the namespace declarations the
    /// copy brought along that its new place declares already.
    func adopt(_ child: XMLNode) {
        append(child)
        // 1 is XML_DOM_RECONNS_REMOVEREDUND, which libxml2 defines in tree.c, not in its headers.
        xmlDOMWrapReconcileNamespaces(nil, child.pointer, 1)
    }

    func rename(to local: String) { xmlNodeSetName(pointer, local) }

    /// The text of every text node of the subtree, in order, skipping the subtrees `skipping` names.
    func textContent(skipping: Set<String> = []) -> String {
        var text = ""
        forEachDescendant { node in
            if node.isElement, skipping.contains(node.localName) { return .skipChildren }
            if node.isText { text += node.text }
            return .descend
        }
        return text
    }

    /// Replaces the element's children with one text node holding `text` literally.
    func setText(_ text: String) {
        for child in children { child.remove() }
        xmlNodeAddContent(pointer, text)
    }

    func removePlainAttribute(_ name: String) { xmlUnsetProp(pointer, name) }

    /// A new element in this element's namespace (and with its prefix), not yet in the tree.
    func newSibling(named local: String) -> XMLNode {
        let element = xmlNewDocNode(pointer.pointee.doc, pointer.pointee.ns, local, nil)!
        return XMLNode(element, in: document)
    }

    /// The local names of the element's attributes in `namespace`.
    func attributeNames(inNamespace namespace: String) -> [String] {
        var names: [String] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let href = current.pointee.ns?.pointee.href, String(cString: href) == namespace, let name = current.pointee.name {
                names.append(String(cString: name))
            }
            attribute = current.pointee.next
        }
        return names
    }

    func removeAttribute(_ name: QualifiedName) {
        guard let namespace = xmlSearchNsByHref(pointer.pointee.doc, pointer, name.namespace) else { return }
        xmlUnsetNsProp(pointer, namespace, name.local)
    }
}
