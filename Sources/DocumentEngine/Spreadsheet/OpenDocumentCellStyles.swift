/// The cell styles of an ODS, as far as a filled value needs them: which show their values as text
/// (a Text format, `@`: a number stays text there) and which as dates. A cell whose value is a date
/// but whose style shows none gets a twin of its style that shows `ДД.ММ.ГГГГ`, added to the
/// automatic styles of `content.xml` when first needed.
struct OpenDocumentCellStyles {
    enum Shows { case date, text, other }

    static let numberNamespace = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
    /// The date format the engine adds for twins.
    static let dateFormat = "MentordocsDate"
    /// The temporary attribute of a value cell: the style to give it when its value is a date.
    static let dateStyleMark = "mentordocs-date"

    private var cellStyles: [String: (parent: String?, format: String?)] = [:]
    private var formats: [String: Shows] = [:]
    private var twins: [String: String] = [:]
    private let content: XMLDocument
    private var automaticStyles: XMLNode?

    init(content: XMLDocument, styles: XMLDocument?) {
        self.content = content
        for document in [styles, content].compactMap({ $0 }) {
            document.root?.forEachDescendant { node in
                guard node.isElement else { return .skipChildren }
                if node.is(QualifiedName(Dialect.officeNamespace, "automatic-styles")), document === content { automaticStyles = node }
                if node.is(QualifiedName(Dialect.officeNamespace, "body")) { return .skipChildren }
                guard let name = node.attribute(QualifiedName(Dialect.styleNamespace, "name")) else { return .descend }
                if node.is(QualifiedName(Dialect.styleNamespace, "style")),
                    node.attribute(QualifiedName(Dialect.styleNamespace, "family")) == "table-cell"
                {
                    cellStyles[name] = (node.attribute(QualifiedName(Dialect.styleNamespace, "parent-style-name")),
                        node.attribute(QualifiedName(Dialect.styleNamespace, "data-style-name")))
                    return .skipChildren
                }
                if node.namespaceURI == Self.numberNamespace {
                    formats[name] = node.localName == "date-style" ? .date : node.localName == "text-style" ? .text : .other
                    return .skipChildren
                }
                return .descend
            }
        }
    }

    /// What a cell of the style (nil: the default style) shows its value as, through its parents.
    func shows(_ style: String?) -> Shows {
        var name = style ?? "Default"
        for _ in 0..<16 {
            guard let found = cellStyles[name] else { return .other }
            if let format = found.format { return formats[format] ?? .other }
            guard let parent = found.parent else { return .other }
            name = parent
        }
        return .other
    }

    /// The style, added when first asked for, that is `style` showing a date.
    mutating func dateTwin(of style: String?) -> String? {
        let key = style ?? ""
        if let twin = twins[key] { return twin }
        guard let automaticStyles else { return nil }
        if twins.isEmpty {
            let format = "<number:date-style xmlns:number=\"\(Self.numberNamespace)\" xmlns:style=\"\(Dialect.styleNamespace)\" "
                + "style:name=\"\(Self.dateFormat)\"><number:day number:style=\"long\"/><number:text>.</number:text>"
                + "<number:month number:style=\"long\"/><number:text>.</number:text><number:year number:style=\"long\"/></number:date-style>"
            guard let node = content.parseFragment(Array(format.utf8), in: automaticStyles) else { return nil }
            automaticStyles.append(node)
        }
        let twin = "\(Self.dateFormat)\(twins.count + 1)"
        var existing: XMLNode?
        if let style {
            existing = automaticStyles.children.first {
                $0.is(QualifiedName(Dialect.styleNamespace, "style")) && $0.attribute(QualifiedName(Dialect.styleNamespace, "name")) == style
            }
        }
        if let existing {
            // An automatic style cannot be a parent: the twin is a copy of it.
            let copy = existing.deepCopy()
            copy.setAttribute(QualifiedName(Dialect.styleNamespace, "name"), prefix: "style", twin)
            copy.setAttribute(QualifiedName(Dialect.styleNamespace, "data-style-name"), prefix: "style", Self.dateFormat)
            automaticStyles.append(copy)
        } else {
            let parent = style ?? (cellStyles["Default"] != nil ? "Default" : nil)
            let markup = "<style:style xmlns:style=\"\(Dialect.styleNamespace)\" style:name=\"\(twin)\" style:family=\"table-cell\""
                + (parent.map { " style:parent-style-name=\"\(XMLText.escapedAttribute($0))\"" } ?? "")
                + " style:data-style-name=\"\(Self.dateFormat)\"/>"
            guard let node = content.parseFragment(Array(markup.utf8), in: automaticStyles) else { return nil }
            automaticStyles.append(node)
        }
        twins[key] = twin
        return twin
    }
}
