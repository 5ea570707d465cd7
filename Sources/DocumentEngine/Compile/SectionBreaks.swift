/// Which paragraphs end a page section (Word's `w:pPr/w:sectPr`: the page size, orientation,
/// margins, headers and footers of what comes before) or start one (an ODF paragraph whose style
/// names a master page). Such a paragraph is kept even when its section tags leave it empty, or
/// two page sections would merge.
struct SectionBreaks {
    private let dialect: Dialect
    /// ODF: the paragraph styles of the part that switch the page style.
    private let pageStyleParagraphStyles: Set<String>

    init(dialect: Dialect, document: XMLDocument) {
        self.dialect = dialect
        var styles: Set<String> = []
        if case .paragraphStyle(_, let styleName, let masterPage) = dialect.sectionBreaks {
            document.root?.forEachDescendant { node in
                if node.is(QualifiedName(Dialect.styleNamespace, "style")), let name = node.attribute(styleName),
                    let page = node.attribute(masterPage), !page.isEmpty
                {
                    styles.insert(name)
                    return .skipChildren
                }
                return node.is(QualifiedName(Dialect.officeNamespace, "body")) ? .skipChildren : .descend
            }
        }
        pageStyleParagraphStyles = styles
    }

    func carries(_ paragraph: XMLNode) -> Bool {
        switch dialect.sectionBreaks {
        case .paragraphProperties(let properties, let section):
            guard let first = paragraph.children.first(where: { $0.is(properties) }) else { return false }
            return first.children.contains { $0.is(section) }
        case .paragraphStyle(let paragraphStyle, _, _):
            guard !pageStyleParagraphStyles.isEmpty, let style = paragraph.attribute(paragraphStyle) else { return false }
            return pageStyleParagraphStyles.contains(style)
        case .none:
            return false
        }
    }
}

/// How a format marks where a page section begins or ends.
enum SectionBreakMarking: Sendable {
    /// Word: a section-properties element in the properties of the section's last paragraph.
    case paragraphProperties(QualifiedName, section: QualifiedName)
    /// ODF: a paragraph's style (its `paragraphStyle` attribute, matched with a style's `styleName`)
    /// that names a master page.
    case paragraphStyle(QualifiedName, styleName: QualifiedName, masterPage: QualifiedName)
    /// A sheet: no paragraph carries a page section.
    case none
}
