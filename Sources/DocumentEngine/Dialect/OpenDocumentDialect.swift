extension Dialect {
    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let tableNamespace = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let styleNamespace = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let foNamespace = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let drawNamespace = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

    /// The paragraph style the engine adds to `content.xml` for page breaks between repeated blocks.
    static let pageBreakStyle = "MentordocsPageBreak"

    static let openDocument: Dialect = {
        func text(_ local: String) -> QualifiedName { QualifiedName(textNamespace, local) }
        func table(_ local: String) -> QualifiedName { QualifiedName(tableNamespace, local) }
        return Dialect(
            mainPart: "content.xml",
            firstEntry: "mimetype",
            firstEntryStored: true,
            carriesText: { $0 == "content.xml" || $0 == "styles.xml" },
            paragraphs: [text("p"), text("h")],
            textElement: nil,
            characterElements: [
                text("s"): " ", text("tab"): "\t", text("line-break"): "\n",
            ],
            foreignSubtrees: [text("note"), QualifiedName(officeNamespace, "annotation"), QualifiedName(drawNamespace, "frame"),
                text("tracked-changes"), text("ruby-text")],
            inlineWrappers: [text("span")],
            trivialInParagraph: [text("span"), text("s"), text("soft-page-break"), text("bookmark"), text("bookmark-start"),
                text("bookmark-end"), text("a")],
            propertyElements: [],
            tables: [table("table")],
            tableRows: [table("table-row")],
            tableCells: [table("table-cell"), table("covered-table-cell")],
            lists: [text("list")],
            listItems: [text("list-item"), text("list-header")],
            body: QualifiedName(officeNamespace, "text"),
            paragraphMarkup: { "<text:p xmlns:text=\"\(textNamespace)\">\($0)</text:p>" },
            encode: encodeOpenDocumentText,
            pageBreak: Array("<text:p text:style-name=\"\(pageBreakStyle)\"/>".utf8),
            prepare: addPageBreakStyle
        )
    }()
}

/// Inside a paragraph or span: escapes, and writes what ODF does not keep as plain text:
/// runs of spaces as `text:s`, tabs and line breaks as elements.
private func encodeOpenDocumentText(_ text: String, into output: inout [UInt8]) {
    var spaces = 0
    var atStart = true
    func flushSpaces(_ output: inout [UInt8]) {
        guard spaces > 0 else { return }
        // The first space of a run is kept as text, unless it starts the value: ODF collapses those.
        let literal = atStart ? 0 : 1
        if literal == 1 { output.append(UInt8(ascii: " ")) }
        let rest = spaces - literal
        if rest == 1 { output.append(contentsOf: Array("<text:s/>".utf8)) }
        else if rest > 1 { output.append(contentsOf: Array("<text:s text:c=\"\(rest)\"/>".utf8)) }
        spaces = 0
    }
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: " "):
            spaces += 1
            continue
        case UInt8(ascii: "\n"):
            flushSpaces(&output)
            output.append(contentsOf: Array("<text:line-break/>".utf8))
        case UInt8(ascii: "\t"):
            flushSpaces(&output)
            output.append(contentsOf: Array("<text:tab/>".utf8))
        case UInt8(ascii: "\r"):
            continue
        default:
            flushSpaces(&output)
            appendEscaped(byte, to: &output)
        }
        atStart = false
    }
    if spaces > 0 {
        // Trailing spaces: all as elements, so nothing collapses at the end of a paragraph.
        if spaces == 1 { output.append(contentsOf: Array("<text:s/>".utf8)) }
        else { output.append(contentsOf: Array("<text:s text:c=\"\(spaces)\"/>".utf8)) }
    }
}

/// Adds the page-break paragraph style to the part's automatic styles.
private func addPageBreakStyle(_ document: XMLDocument) {
    guard let root = document.root,
        let styles = root.children.first(where: { $0.is(QualifiedName(Dialect.officeNamespace, "automatic-styles")) })
    else { return }
    let bytes = Array(("<style:style xmlns:style=\"\(Dialect.styleNamespace)\" xmlns:fo=\"\(Dialect.foNamespace)\" "
        + "style:name=\"\(Dialect.pageBreakStyle)\" style:family=\"paragraph\"><style:paragraph-properties "
        + "fo:break-after=\"page\" fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\" fo:line-height=\"0.05cm\"/>"
        + "<style:text-properties fo:font-size=\"1pt\"/></style:style>").utf8)
    if let fragment = document.parseFragment(bytes, in: styles) { styles.append(fragment) }
}
