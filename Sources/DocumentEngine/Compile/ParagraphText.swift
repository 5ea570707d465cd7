import CLibxml2Shim

/// The visible text of one paragraph, as the editor shows it, with the nodes that hold each part.
///
/// Editors split what the user typed into runs, spans, spell-check marks and bookmarks; reading the
/// paragraph as one string is what lets a tag that looks whole be found whole.
struct ParagraphText {
    enum Piece {
        /// A text node and how many characters it holds.
        case text(XMLNode, length: Int)
        /// An element standing for one character (`text:s`, `w:tab`).
        case character(XMLNode, Unicode.Scalar)

        var length: Int {
            switch self {
            case .text(_, let length): length
            case .character: 1
            }
        }
    }

    let paragraph: XMLNode
    private let dialect: Dialect
    private(set) var pieces: [Piece] = []
    private(set) var scalars: [Unicode.Scalar] = []

    init(_ paragraph: XMLNode, dialect: Dialect) {
        self.paragraph = paragraph
        self.dialect = dialect
        for child in paragraph.children { collect(child, dialect: dialect, insideText: false) }
    }

    private mutating func collect(_ node: XMLNode, dialect: Dialect, insideText: Bool) {
        if node.isText {
            guard dialect.textElement == nil || insideText else { return }
            let text = Array(node.text.unicodeScalars)
            pieces.append(.text(node, length: text.count))
            scalars.append(contentsOf: text)
            return
        }
        guard node.isElement else { return }
        if node.isAny(dialect.paragraphs) || node.isAny(dialect.foreignSubtrees) { return }
        let name = QualifiedName(node.namespaceURI ?? "", node.localName)
        if let scalar = dialect.characterElements[name] {
            let count = name.local == "s" ? max(1, Int(node.attribute(QualifiedName(Dialect.textNamespace, "c")) ?? "1") ?? 1) : 1
            for _ in 0..<count {
                pieces.append(.character(node, scalar))
                scalars.append(scalar)
            }
            return
        }
        let isText = dialect.textElement.map { node.is($0) } ?? false
        for child in node.children { collect(child, dialect: dialect, insideText: insideText || isText) }
    }

    var string: String { String(String.UnicodeScalarView(scalars)) }

    /// Ranges of `{{ … }}` in the paragraph's text, and of any `{{` that never closes.
    func tagRanges() -> [(range: Range<Int>, closed: Bool)] {
        var result: [(Range<Int>, Bool)] = []
        var index = 0
        let count = scalars.count
        while index + 1 < count {
            guard scalars[index] == "{", scalars[index + 1] == "{" else {
                index += 1
                continue
            }
            var end = index + 2
            var closed = false
            var reopened = false
            while end + 1 < count {
                if scalars[end] == "}" && scalars[end + 1] == "}" {
                    closed = true
                    break
                }
                if scalars[end] == "{" && scalars[end + 1] == "{" {
                    reopened = true
                    break
                }
                end += 1
            }
            if !closed && !reopened { end = count }
            if closed {
                // `{{x}}}` keeps the last two braces as the closing ones.
                while end + 2 < count, scalars[end + 2] == "}" { end += 1 }
                result.append((index..<end + 2, true))
                index = end + 2
            } else {
                result.append((index..<max(end, index + 2), false))
                index = max(end, index + 2)
            }
        }
        return result
    }

    /// Text around `range`, for messages: up to `radius` characters each side.
    func excerpt(around range: Range<Int>, radius: Int = 30) -> String {
        let lower = max(0, range.lowerBound - radius)
        let upper = min(scalars.count, range.upperBound + radius)
        var text = String.UnicodeScalarView()
        if lower > 0 { text.append("…") }
        for scalar in scalars[lower..<upper] { text.append(scalar == "\n" || scalar == "\t" ? " " : scalar) }
        if upper < scalars.count { text.append("…") }
        return String(text)
    }

    /// Takes the characters of `range` out of the pieces that hold them and puts `marker` where
    /// the first of them was (so what replaces the tag keeps that character's formatting).
    ///
    /// Pieces left of `range` keep their identity; isolate ranges from right to left.
    /// (libxml2 merges adjacent text nodes on insertion, so the marker is never a text node.)
    func isolate(_ range: Range<Int>, with marker: XMLNode, document: XMLDocument) {
        var offset = 0
        var placed = false
        for piece in pieces {
            let pieceRange = offset..<offset + piece.length
            offset += piece.length
            let overlap = pieceRange.clamped(to: range)
            guard !overlap.isEmpty else {
                if pieceRange.lowerBound >= range.upperBound { break }
                continue
            }
            switch piece {
            case .character(let node, _):
                // Several characters of one `text:s` may fall in the range: remove it once.
                if node.parent != nil { node.unlink() }
            case .text(let node, _):
                // Text cut next to a tag may now start or end with a space that Word would drop.
                if let element = node.parent, dialect.textElement.map(element.is) == true { element.preserveSpace() }
                // Tags to the right were isolated first and cut this node short: read what it holds now,
                // as UTF-8 bytes (counting characters as scalars, as `pieces` does).
                let local = (overlap.lowerBound - pieceRange.lowerBound)..<(overlap.upperBound - pieceRange.lowerBound)
                let (before, after) = Self.split(node, cutting: local)
                if !placed {
                    Self.setText(of: node, to: before)
                    node.insertAfter(marker)
                    if !after.isEmpty { marker.insertAfter(document.newText(String(decoding: after, as: UTF8.self))) }
                    placed = true
                } else {
                    Self.setText(of: node, to: after)
                }
            }
        }
    }

    /// The bytes of a text node before and after the characters `range` (in scalars) covers.
    private static func split(_ node: XMLNode, cutting range: Range<Int>) -> (before: [UInt8], after: [UInt8]) {
        guard let content = node.pointer.pointee.content else { return ([], []) }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
        func offset(ofScalar target: Int) -> Int {
            var index = 0
            var seen = 0
            while index < bytes.count, seen < target {
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                seen += 1
            }
            return index
        }
        return (Array(bytes[..<offset(ofScalar: range.lowerBound)]), Array(bytes[offset(ofScalar: range.upperBound)...]))
    }

    /// Replaces a text node's text (libxml2 copies it, freeing the old one first: never pass its own).
    private static func setText(of node: XMLNode, to bytes: [UInt8]) {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            xmlNodeSetContentLen(node.pointer, buffer.baseAddress, Int32(bytes.count))
        }
    }
}
