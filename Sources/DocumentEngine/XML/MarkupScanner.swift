#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks the tags of serialized XML without building a tree: enough to mend a rendered part in one
/// pass. The bytes are trusted to be well-formed (the engine wrote them); text and attribute values
/// hold `<` only escaped, and attribute values are in double quotes, as libxml2 and the encoders write them.
struct MarkupScanner {
    struct Tag {
        enum Kind { case opening, closing, empty }
        var kind: Kind
        /// The bytes of the whole tag, `<` to `>`.
        var range: Range<Int>
        /// The qualified name as written (`w:tc`), and where its local part starts in it.
        var name: Range<Int>
        var localName: Range<Int>
    }

    let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// A scanner of `bytes` that starts at `position` (a stretch of a part, without copying it).
    init(_ bytes: [UInt8], from position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// Goes on from `offset` (the start of a tag), passing over what lies between.
    mutating func skip(to offset: Int) { position = offset }

    /// The next element tag; declarations, processing instructions and comments are passed over.
    mutating func next() -> Tag? {
        while let start = find(UInt8(ascii: "<"), from: position) {
            guard start + 1 < bytes.count else { return nil }
            let second = bytes[start + 1]
            if second == UInt8(ascii: "?") || second == UInt8(ascii: "!") {
                position = endOfSpecial(from: start)
                continue
            }
            let closing = second == UInt8(ascii: "/")
            let nameStart = closing ? start + 2 : start + 1
            var nameEnd = nameStart
            var localStart = nameStart
            while nameEnd < bytes.count, !Self.endsName(bytes[nameEnd]) {
                if bytes[nameEnd] == UInt8(ascii: ":") { localStart = nameEnd + 1 }
                nameEnd += 1
            }
            var end = nameEnd
            var quoted = false
            while end < bytes.count, quoted || bytes[end] != UInt8(ascii: ">") {
                if bytes[end] == UInt8(ascii: "\"") { quoted.toggle() }
                end += 1
            }
            guard end < bytes.count else { return nil }
            position = end + 1
            let kind: Tag.Kind = closing ? .closing : bytes[end - 1] == UInt8(ascii: "/") ? .empty : .opening
            return Tag(kind: kind, range: start..<end + 1, name: nameStart..<nameEnd, localName: localStart..<nameEnd)
        }
        position = bytes.count
        return nil
    }

    func localName(of tag: Tag, is name: StaticString) -> Bool {
        Self.equal(bytes[tag.localName], name)
    }

    func name(of tag: Tag, is name: StaticString) -> Bool {
        Self.equal(bytes[tag.name], name)
    }

    /// The value of an attribute of a tag (by its name as written), and where the value stands.
    func attribute(_ name: StaticString, of tag: Tag) -> (value: ArraySlice<UInt8>, range: Range<Int>)? {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        var index = tag.name.upperBound
        while index < tag.range.upperBound {
            // An attribute name starts after a space and ends at `=`.
            guard bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\t") else {
                if bytes[index] == UInt8(ascii: "\"") {
                    index += 1
                    while index < tag.range.upperBound, bytes[index] != UInt8(ascii: "\"") { index += 1 }
                }
                index += 1
                continue
            }
            let nameStart = index + 1
            var nameEnd = nameStart
            while nameEnd < tag.range.upperBound, bytes[nameEnd] != UInt8(ascii: "="), !Self.endsName(bytes[nameEnd]) { nameEnd += 1 }
            if nameEnd + 1 < tag.range.upperBound, bytes[nameEnd] == UInt8(ascii: "="), bytes[nameEnd + 1] == UInt8(ascii: "\"") {
                let valueStart = nameEnd + 2
                var valueEnd = valueStart
                while valueEnd < tag.range.upperBound, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                if bytes[nameStart..<nameEnd].equals(wanted) { return (bytes[valueStart..<valueEnd], valueStart..<valueEnd) }
                index = valueEnd + 1
            } else {
                index = nameEnd
            }
        }
        return nil
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let found = memchr(buffer.baseAddress! + start, Int32(byte), buffer.count - start) else { return nil }
            return buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func endOfSpecial(from start: Int) -> Int {
        let isComment = start + 3 < bytes.count && bytes[start + 2] == UInt8(ascii: "-") && bytes[start + 3] == UInt8(ascii: "-")
        var index = start + 2
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ">"),
                !isComment || (index >= 2 && bytes[index - 1] == UInt8(ascii: "-") && bytes[index - 2] == UInt8(ascii: "-"))
            {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Where the last closing tag of the element named `name` (as written, `x:sheetData`) starts,
    /// found from the end (past a sheet's rows, to the few tags after them); nil when there is none after `start`.
    static func lastClosing(of name: ArraySlice<UInt8>, in bytes: [UInt8], after start: Int) -> Int? {
        let wanted = [UInt8(ascii: "<"), UInt8(ascii: "/")] + name + [UInt8(ascii: ">")]
        var index = bytes.count - wanted.count
        while index >= start {
            if bytes[index] == UInt8(ascii: "<"), bytes[index..<(index + wanted.count)].elementsEqual(wanted) { return index }
            index -= 1
        }
        return nil
    }

    static func equal(_ slice: ArraySlice<UInt8>, _ name: StaticString) -> Bool {
        slice.equals(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }
}
