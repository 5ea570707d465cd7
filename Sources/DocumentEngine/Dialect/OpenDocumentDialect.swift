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
            sectionBreaks: .paragraphStyle(text("style-name"), styleName: QualifiedName(styleNamespace, "name"),
                masterPage: QualifiedName(styleNamespace, "master-page-name")),
            body: QualifiedName(officeNamespace, "text"),
            paragraphMarkup: { "<text:p xmlns:text=\"\(textNamespace)\">\($0)</text:p>" },
            encode: encodeOpenDocumentText,
            pageBreak: Array("<text:p text:style-name=\"\(pageBreakStyle)\"/>".utf8),
            mend: mendOpenDocumentPart,
            uniquelyNamed: [Array("draw:name".utf8), Array("table:name".utf8), Array("bookmark".utf8)],
            prepare: addPageBreakStyle
        )
    }()
}

/// Inside a paragraph or span: escapes, and writes what ODF does not keep as plain text:
/// runs of spaces as `text:s`, tabs and line breaks as elements.
private func encodeOpenDocumentText(_ text: String, into output: inout [UInt8]) {
    // A carriage return is dropped wherever it stands, as if it were not there at all.
    var text = text.utf8.contains(UInt8(ascii: "\r")) ? String(text.unicodeScalars.filter { $0 != "\r" }) : text
    text.makeContiguousUTF8()
    text.utf8.withContiguousStorageIfAvailable { encodeOpenDocumentBytes($0, into: &output) }
}

/// Copies the stretches that need nothing done in one go; a single space between words is part
/// of a stretch, while runs of spaces, spaces at either end, tabs, breaks and escapes are written
/// one by one.
private func encodeOpenDocumentBytes(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    let space = UInt8(ascii: " ")
    var stretchStart = 0
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        if byte == space {
            var end = index + 1
            while end < bytes.count, bytes[end] == space { end += 1 }
            let atStart = index == 0
            let atEnd = end == bytes.count
            if end - index == 1, !atStart, !atEnd {
                index = end
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[stretchStart..<index]))
            // ODF collapses spaces: the first of a run stays text unless it starts or ends the value.
            let literal = atStart || atEnd ? 0 : 1
            if literal == 1 { output.append(space) }
            appendSpaceElements(end - index - literal, to: &output)
            index = end
            stretchStart = end
        } else if needsEncoding(byte) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[stretchStart..<index]))
            switch byte {
            case UInt8(ascii: "\n"): output.append(contentsOf: openDocumentBreak)
            case UInt8(ascii: "\t"): output.append(contentsOf: openDocumentTab)
            default: appendEscaped(byte, to: &output)
            }
            index += 1
            stretchStart = index
        } else {
            index += 1
        }
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[stretchStart...]))
}

private func appendSpaceElements(_ count: Int, to output: inout [UInt8]) {
    if count == 1 {
        output.append(contentsOf: openDocumentSpace)
    } else if count > 1 {
        output.append(contentsOf: Array("<text:s text:c=\"\(count)\"/>".utf8))
    }
}

private let openDocumentSpace = Array("<text:s/>".utf8)
private let openDocumentBreak = Array("<text:line-break/>".utf8)
private let openDocumentTab = Array("<text:tab/>".utf8)

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
