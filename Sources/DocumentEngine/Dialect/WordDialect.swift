extension Dialect {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static let word: Dialect = {
        func w(_ local: String) -> QualifiedName { QualifiedName(wordNamespace, local) }
        return Dialect(
            mainPart: "word/document.xml",
            firstEntry: "[Content_Types].xml",
            firstEntryStored: false,
            carriesText: { part in
                guard part.hasPrefix("word/"), part.hasSuffix(".xml"), !part.dropFirst(5).contains("/") else { return false }
                let name = part.dropFirst(5)
                return name == "document.xml" || name.hasPrefix("header") || name.hasPrefix("footer")
                    || name == "footnotes.xml" || name == "endnotes.xml" || name == "comments.xml"
            },
            paragraphs: [w("p")],
            textElement: w("t"),
            characterElements: [w("tab"): "\t", w("br"): "\n", w("cr"): "\n"],
            foreignSubtrees: [w("pPr"), w("rPr"), w("delText"), w("instrText"), w("txbxContent"), w("del")],
            inlineWrappers: [w("r"), w("t")],
            trivialInParagraph: Set(["pPr", "r", "rPr", "t", "proofErr", "bookmarkStart", "bookmarkEnd",
                "lastRenderedPageBreak", "permStart", "permEnd", "commentRangeStart", "commentRangeEnd",
                "smartTag", "ins", "noProof", "lang", "rFonts", "b", "bCs", "i", "iCs", "u", "sz", "szCs", "color",
                "spacing", "jc", "ind", "rStyle", "pStyle", "keepNext", "keepLines", "highlight", "vertAlign",
                "kern", "w", "shd", "numPr", "ilvl", "numId", "tabs", "contextualSpacing", "widowControl"].map(w)),
            propertyElements: [w("rPr"), w("pPr")],
            tables: [w("tbl")],
            tableRows: [w("tr")],
            tableCells: [w("tc")],
            lists: [],
            listItems: [],
            sectionBreaks: .paragraphProperties(w("pPr"), section: w("sectPr")),
            body: w("body"),
            paragraphMarkup: { "<w:p xmlns:w=\"\(wordNamespace)\"><w:r><w:t>\($0)</w:t></w:r></w:p>" },
            encode: encodeWordText,
            pageBreak: Array(("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>"
                + "<w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val=\"2\"/></w:rPr>"
                + "<w:br w:type=\"page\"/></w:r></w:p>").utf8),
            mend: mendWordPart,
            uniquelyNamed: [Array("docPr".utf8), Array("bookmarkStart".utf8)],
            prepare: { _ in }
        )
    }()
}

/// Inside `<w:t xml:space="preserve">`: escapes, and turns line breaks and tabs into `w:br` and `w:tab`.
private func encodeWordText(_ text: String, into output: inout [UInt8]) {
    appendText(text, to: &output, encodingEach: encodeWordByte)
}

/// Appends `text`, each byte that `needsEncoding` written by `encode`: most values need nothing
/// done, so the stretches between such bytes are copied in one go.
func appendText(_ text: String, to output: inout [UInt8], encodingEach encode: (UInt8, inout [UInt8]) -> Void) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
        var start = 0
        for index in bytes.indices where needsEncoding(bytes[index]) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            encode(bytes[index], &output)
            start = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
    if copied == nil {
        for byte in text.utf8 { if needsEncoding(byte) { encode(byte, &output) } else { output.append(byte) } }
    }
}

/// Plain text, as a cell or a document property holds it: escaped, line breaks and tabs kept as
/// the characters they are, carriage returns and other control characters left out.
func encodePlainText(_ text: String, into output: inout [UInt8]) {
    appendText(text, to: &output) { byte, output in
        switch byte {
        case UInt8(ascii: "\r"): break
        case UInt8(ascii: "\n"), UInt8(ascii: "\t"): output.append(byte)
        default: appendEscaped(byte, to: &output)
        }
    }
}

/// Control characters and the characters XML escapes.
func needsEncoding(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
}

private func encodeWordByte(_ byte: UInt8, _ output: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\n"): output.append(contentsOf: wordBreak)
    case UInt8(ascii: "\t"): output.append(contentsOf: wordTab)
    case UInt8(ascii: "\r"): break
    default: appendEscaped(byte, to: &output)
    }
}

private let wordBreak = Array("</w:t><w:br/><w:t xml:space=\"preserve\">".utf8)
private let wordTab = Array("</w:t><w:tab/><w:t xml:space=\"preserve\">".utf8)

func appendEscaped(_ byte: UInt8, to output: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "&"): output.append(contentsOf: [38, 97, 109, 112, 59])  // &amp;
    case UInt8(ascii: "<"): output.append(contentsOf: [38, 108, 116, 59])  // &lt;
    case UInt8(ascii: ">"): output.append(contentsOf: [38, 103, 116, 59])  // &gt;
    case UInt8(ascii: "\""): output.append(contentsOf: [38, 113, 117, 111, 116, 59])  // &quot;
    case 0..<9, 11, 12, 14..<32: break  // not allowed in XML 1.0
    default: output.append(byte)
    }
}
