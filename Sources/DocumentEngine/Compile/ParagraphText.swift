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

    /// Takes the characters of each tag's range out of the pieces that hold them and puts the tag's
    /// marker where its first character was (so what replaces the tag keeps that character's formatting).
    ///
    /// `tags` are in order, left to right, and do not overlap. One pass over the pieces, each text
    /// node cut once at all its tags: the work grows with the paragraph, not with tags times pieces.
    func isolate(_ tags: [(range: Range<Int>, marker: XMLNode)], document: XMLDocument) {
        var next = 0
        var offset = 0
        for piece in pieces {
            let pieceRange = offset..<offset + piece.length
            offset += piece.length
            while next < tags.count, tags[next].range.upperBound <= pieceRange.lowerBound { next += 1 }
            guard next < tags.count else { break }
            guard tags[next].range.lowerBound < pieceRange.upperBound else { continue }
            switch piece {
            case .character(let node, _):
                // Several characters of one `text:s` may fall in a range: take it out once.
                if node.parent != nil { node.remove() }
            case .text(let node, _):
                var cuts: [Cut] = []
                var index = next
                while index < tags.count, tags[index].range.lowerBound < pieceRange.upperBound {
                    let overlap = pieceRange.clamped(to: tags[index].range)
                    let startsHere = tags[index].range.lowerBound >= pieceRange.lowerBound
                    cuts.append(Cut(
                        characters: (overlap.lowerBound - pieceRange.lowerBound)..<(overlap.upperBound - pieceRange.lowerBound),
                        marker: startsHere ? tags[index].marker : nil))
                    index += 1
                }
                Self.cut(node, at: cuts, document: document)
                // Text cut next to a tag may now start or end with a space that Word would drop.
                if let element = node.parent, dialect.textElement.map(element.is) == true { element.preserveSpace() }
            }
        }
    }

    /// Characters of one text node that belong to a tag, and the tag's marker if the tag starts here.
    private struct Cut {
        var characters: Range<Int>
        var marker: XMLNode?
    }

    /// Removes the characters of each cut from a text node, in one pass over its bytes, and puts
    /// each cut's marker where the cut was.
    private static func cut(_ node: XMLNode, at cuts: [Cut], document: XMLDocument) {
        guard let content = node.pointer.pointee.content, !cuts.isEmpty else { return }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
        // Byte offsets of both ends of every cut, counting characters as scalars, as `pieces` does.
        var boundaries: [Int] = []
        boundaries.reserveCapacity(cuts.count * 2)
        var byte = 0
        var scalar = 0
        for target in cuts.flatMap({ [$0.characters.lowerBound, $0.characters.upperBound] }) {
            while byte < bytes.count, scalar < target {
                byte += 1
                while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
            boundaries.append(byte)
        }
        // The text before the first marker stays in the node; the text after each marker follows it.
        var kept: [[UInt8]] = [Array(bytes[..<boundaries[0]])]
        var markers: [XMLNode] = []
        for (number, cut) in cuts.enumerated() {
            let end = number + 1 < cuts.count ? boundaries[2 * number + 2] : bytes.count
            let following = bytes[boundaries[2 * number + 1]..<end]
            if let marker = cut.marker {
                markers.append(marker)
                kept.append(Array(following))
            } else {
                kept[kept.count - 1] += following
            }
        }
        setText(of: node, to: kept[0])
        var last = node
        for (marker, text) in zip(markers, kept.dropFirst()) {
            last.insertAfter(marker)
            last = marker
            guard !text.isEmpty else { continue }
            let textNode = document.newText(String(decoding: text, as: UTF8.self))
            last.insertUnmergedAfter(textNode)
            last = textNode
        }
    }

    /// Replaces a text node's text (libxml2 copies it, freeing the old one first: never pass its own).
    private static func setText(of node: XMLNode, to bytes: [UInt8]) {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            xmlNodeSetContentLen(node.pointer, buffer.baseAddress, Int32(bytes.count))
        }
    }
}
