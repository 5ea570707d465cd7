#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cell filled from tags, written as its value turns out (`CellTyping`): a number or a date as the
/// cell's value (`<v>`), text as an inline string, nothing as an empty cell that keeps its style.
///
/// A class: a node of a compiled sheet is read for every row it prints, and a reference is one count to keep.
final class TypedCell: Sendable {
    /// Its row in the template.
    let row: Int
    /// Whether the cell's text is one value tag (it may become a number or a date).
    let asValue: Bool
    let typing: CellTyping
    /// The value, when the cell's string is one run of one value tag (most cells): its text is the
    /// value's, and the string is written anew around it.
    let value: ValueSlot?
    /// Otherwise the cell's inline string, `<is>…</is>`, rendered as it is.
    let body: [TemplateNode]

    // The cell's markup but for its row and text, made once: `<c r="B` row `" s="4"` …
    private let prefix: [UInt8]
    private let column: [UInt8]
    private let style: Int?
    private let otherAttributes: [UInt8]
    private let opening: [UInt8]
    /// `" s="4" a="1"`: the rest of the start tag in the cell's style, and in the style that shows a date.
    private let attributes: [UInt8]
    private let dateAttributes: [UInt8]
    private let textStart: [UInt8]
    private let preservedTextStart: [UInt8]
    private let textEnd: [UInt8]
    private let valueStart: [UInt8]
    private let valueEnd: [UInt8]

    /// `prefix`: the cell's namespace prefix as written (`x:`), usually none; `otherAttributes`: the
    /// start tag's attributes as written, each with its leading space, less `r`, `t` and `s`.
    init(prefix: [UInt8], column: [UInt8], row: Int, style: Int?, otherAttributes: [UInt8], asValue: Bool, typing: CellTyping,
        value: ValueSlot? = nil, body: [TemplateNode] = [])
    {
        self.row = row
        self.asValue = asValue
        self.typing = typing
        self.value = value
        self.body = value == nil ? body : []
        self.prefix = prefix
        self.column = column
        self.style = style
        self.otherAttributes = otherAttributes
        func markup(_ pieces: [UInt8]...) -> [UInt8] { pieces.flatMap { $0 } }
        func text(_ markup: StaticString) -> [UInt8] { Array(UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount)) }
        func attributes(style: Int?) -> [UInt8] {
            var bytes: [UInt8] = [UInt8(ascii: "\"")]
            if let style {
                bytes.append(markup: #" s=""#)
                bytes.append(digitsOf: style)
                bytes.append(UInt8(ascii: "\""))
            }
            return bytes + otherAttributes
        }
        opening = markup(text("<"), prefix, text(#"c r=""#), column)
        self.attributes = attributes(style: style)
        dateAttributes = attributes(style: typing.dateStyle)
        textStart = markup(text(#" t="inlineStr"><"#), prefix, text("is><"), prefix, text("t>"))
        preservedTextStart = markup(text(#" t="inlineStr"><"#), prefix, text("is><"), prefix, text(#"t xml:space="preserve">"#))
        textEnd = markup(text("</"), prefix, text("t></"), prefix, text("is></"), prefix, text("c>"))
        valueStart = markup(text("><"), prefix, text("v>"))
        valueEnd = markup(text("</"), prefix, text("v></"), prefix, text("c>"))
    }

    /// The same cell holding `body`, or only `value` when that is all its string holds.
    func holding(_ body: [TemplateNode], value: ValueSlot?) -> TypedCell {
        TypedCell(prefix: prefix, column: column, row: row, style: style, otherAttributes: otherAttributes, asValue: asValue,
            typing: typing, value: value, body: body)
    }

    /// Writes the cell as row `number`'s, holding `text` as written (escaped). `string` is the inline
    /// string as rendered (`<is>…</is>`); without one, a text cell's string is made of `text`.
    func write(_ text: ArraySlice<UInt8>, string: ArraySlice<UInt8>?, row number: Int, to output: inout [UInt8]) {
        let content = typing.content(of: text, asValue: asValue)
        output.append(contentsOf: opening)
        output.append(digitsOf: number)
        switch content {
        case .empty:
            output.append(contentsOf: attributes)
            output.append(markup: "/>")
        case .number:
            output.append(contentsOf: attributes)
            output.append(contentsOf: valueStart)
            output.append(contentsOf: text)
            output.append(contentsOf: valueEnd)
        case .date(let serial):
            output.append(contentsOf: dateAttributes)
            output.append(contentsOf: valueStart)
            output.append(digitsOf: serial)
            output.append(contentsOf: valueEnd)
        case .text:
            output.append(contentsOf: attributes)
            if let string {
                output.append(markup: #" t="inlineStr">"#)
                output.append(contentsOf: string)
                output.append(markup: "</")
                output.append(contentsOf: prefix)
                output.append(markup: "c>")
            } else {
                // `xml:space="preserve"` only where spaces would otherwise be lost.
                output.append(contentsOf: Self.needsPreservedSpace(text) ? preservedTextStart : textStart)
                output.append(contentsOf: text)
                output.append(contentsOf: textEnd)
            }
        }
    }

    private static func needsPreservedSpace(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
        return text.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress!
            if memchr(base, Int32(UInt8(ascii: "\n")), bytes.count) != nil || memchr(base, Int32(UInt8(ascii: "\t")), bytes.count) != nil {
                return true
            }
            var offset = 0
            while let found = memchr(base + offset, Int32(UInt8(ascii: " ")), bytes.count - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: " ") { return true }
                offset = index + 1
            }
            return false
        }
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
