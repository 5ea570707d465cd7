/// A change to serialized XML made without a tree: the bytes of `range` replaced by `bytes` (empty to
/// take them out). The sheets' rewriters gather them in one scan and make them all in one copy.
struct ByteEdit {
    var range: Range<Int>
    var bytes: [UInt8]

    /// The bytes with each edit made; an edit inside one made already is left out.
    static func apply(_ edits: [ByteEdit], to bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var copied = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where edit.range.lowerBound >= copied {
            output.append(contentsOf: bytes[copied..<edit.range.lowerBound])
            output.append(contentsOf: edit.bytes)
            copied = edit.range.upperBound
        }
        output.append(contentsOf: bytes[copied...])
        return output
    }
}
