/// A cell filled from tags, written as its value turns out (`CellTyping`): a number or a date as the
/// cell's value (`<v>`), text as an inline string, nothing as an empty cell that keeps its style.
struct TypedCell: Sendable {
    /// The cell's namespace prefix as written (`x:`); usually none.
    var prefix: [UInt8]
    /// The letters of its column.
    var column: [UInt8]
    /// Its row in the template.
    var row: Int
    var style: Int?
    /// The start tag's other attributes as written, each with its leading space (less `r`, `t`, `s`).
    var attributes: [UInt8]
    /// Whether the cell's text is one value tag (it may become a number or a date).
    var asValue: Bool
    var typing: CellTyping
    /// The value, when the cell's string is one run of one value tag (most cells): its text is the
    /// value's, and the string is written anew around it.
    var value: ValueSlot?
    /// Otherwise the cell's inline string, `<is>…</is>`, rendered as it is.
    var body: [TemplateNode]

    /// `<c r="B7" s="4" a="…"`: a cell's start tag up to its content, left open.
    static func appendStart(prefix: some Collection<UInt8>, column: some Collection<UInt8>, row: Int, style: Int?,
        attributes: some Collection<UInt8>, to output: inout [UInt8])
    {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: prefix)
        output.append(markup: #"c r=""#)
        output.append(contentsOf: column)
        output.append(digitsOf: row)
        output.append(UInt8(ascii: "\""))
        if let style {
            output.append(markup: #" s=""#)
            output.append(digitsOf: style)
            output.append(UInt8(ascii: "\""))
        }
        output.append(contentsOf: attributes)
    }

    /// The style a cell shows `content` in.
    static func style(_ style: Int?, showing content: CellTyping.Content, typing: CellTyping) -> Int? {
        if case .date = content { return typing.dateStyle } else { return style }
    }

    /// Ends a start tag with the cell's content: `><v>…</v></c>` for a number or a date, `/>` for
    /// nothing; for text ` t="inlineStr">` only, the inline string and `end` to follow.
    static func appendContent(_ content: CellTyping.Content, text: some Collection<UInt8>, prefix: some Collection<UInt8>,
        to output: inout [UInt8])
    {
        switch content {
        case .empty:
            output.append(markup: "/>")
        case .text:
            output.append(markup: #" t="inlineStr">"#)
        case .number, .date:
            output.append(markup: "><")
            output.append(contentsOf: prefix)
            output.append(markup: "v>")
            if case .date(let serial) = content { output.append(digitsOf: serial) } else { output.append(contentsOf: text) }
            output.append(markup: "</")
            output.append(contentsOf: prefix)
            output.append(markup: "v></")
            output.append(contentsOf: prefix)
            output.append(markup: "c>")
        }
    }

    /// `</c>`, after a text cell's inline string.
    static func appendEnd(prefix: some Collection<UInt8>, to output: inout [UInt8]) {
        output.append(markup: "</")
        output.append(contentsOf: prefix)
        output.append(markup: "c>")
    }

    /// `<is><t>…</t></is>` around text as written; `xml:space="preserve"` only where spaces would
    /// otherwise be lost (at either end, or more than one together, or a tab or line break).
    static func appendInlineString(_ text: some BidirectionalCollection<UInt8>, prefix: some Collection<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: prefix)
        output.append(markup: "is><")
        output.append(contentsOf: prefix)
        output.append(UInt8(ascii: "t"))
        if needsPreservedSpace(text) { output.append(markup: #" xml:space="preserve""#) }
        output.append(UInt8(ascii: ">"))
        output.append(contentsOf: text)
        output.append(markup: "</")
        output.append(contentsOf: prefix)
        output.append(markup: "t></")
        output.append(contentsOf: prefix)
        output.append(markup: "is>")
    }

    private static func needsPreservedSpace(_ text: some BidirectionalCollection<UInt8>) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
        var previous: UInt8 = 0
        for byte in text {
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || (byte == UInt8(ascii: " ") && previous == byte) { return true }
            previous = byte
        }
        return false
    }

    /// The text of an inline string's `t` elements as written (escaped); `bytes` is the part `inner` is a stretch of.
    static func text(ofInlineString inner: ArraySlice<UInt8>, in bytes: [UInt8]) -> ArraySlice<UInt8> {
        var scanner = MarkupScanner(bytes, from: inner.startIndex)
        var text: ArraySlice<UInt8> = []
        var joined: [UInt8]?
        var textStart: Int?
        while let tag = scanner.next(), tag.range.upperBound <= inner.endIndex {
            guard scanner.localName(of: tag, is: "t") else { continue }
            switch tag.kind {
            case .opening:
                textStart = tag.range.upperBound
            case .closing:
                guard let start = textStart else { continue }
                // Rich text's runs: the common single run is used where it stands.
                if text.isEmpty, joined == nil {
                    text = bytes[start..<tag.range.lowerBound]
                } else {
                    joined = (joined ?? Array(text)) + bytes[start..<tag.range.lowerBound]
                }
                textStart = nil
            default:
                continue
            }
        }
        return joined.map { $0[...] } ?? text
    }
}
