import CLibxml2Shim

/// Tree edits the chart parts need: elements found by name, replaced or added from markup.
extension XMLNode {
    /// The first element child of this name.
    func child(_ name: QualifiedName) -> XMLNode? {
        elementChildren.first { $0.is(name) }
    }

    /// The element children of this name.
    func children(_ name: QualifiedName) -> [XMLNode] {
        elementChildren.filter { $0.is(name) }
    }

    /// Parses `markup`, one element that declares the namespaces it uses, and puts it before this
    /// node; namespace declarations the new place has already are dropped.
    @discardableResult
    func insertMarkupBefore(_ markup: String) -> XMLNode? {
        guard let parent, let element = document.parseFragment(Array(markup.utf8), in: parent) else { return nil }
        insertBefore(element)
        // 1 is XML_DOM_RECONNS_REMOVEREDUND, which libxml2 defines in tree.c, not in its headers.
        xmlDOMWrapReconcileNamespaces(nil, element.pointer, 1)
        return element
    }

    /// Puts the element `markup` in place of this one.
    @discardableResult
    func replace(withMarkup markup: String) -> XMLNode? {
        let element = insertMarkupBefore(markup)
        remove()
        return element
    }

    /// Parses `markup` and makes it the last child of this element.
    @discardableResult
    func appendMarkup(_ markup: String) -> XMLNode? {
        guard let element = document.parseFragment(Array(markup.utf8), in: self) else { return nil }
        adopt(element)
        return element
    }
}

/// Text from the data made safe for element content: escaped, and without the control characters
/// XML 1.0 does not allow.
func chartText(_ text: String) -> String {
    XMLText.escaped(String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" })))
}
