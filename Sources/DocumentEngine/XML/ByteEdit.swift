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

    /// The same, made in the bytes themselves. Edits close together are made as one (the bytes
    /// between them copied along), then each from the last to the first: the bytes after an edit move
    /// once for it, and a few edits at either end of a large part leave its middle where it is.
    static func apply(_ edits: [ByteEdit], in bytes: inout [UInt8]) {
        guard !edits.isEmpty else { return }
        guard edits.count <= 64 else {
            bytes = apply(edits, to: bytes)
            return
        }
        var merged: [ByteEdit] = []
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let last = merged.last, edit.range.lowerBound < last.range.upperBound { continue }  // inside one made already
            if let last = merged.last, edit.range.lowerBound - last.range.upperBound <= 4096 {
                merged[merged.count - 1] = ByteEdit(range: last.range.lowerBound..<edit.range.upperBound,
                    bytes: last.bytes + bytes[last.range.upperBound..<edit.range.lowerBound] + edit.bytes)
            } else {
                merged.append(edit)
            }
        }
        for edit in merged.reversed() { bytes.replaceSubrange(edit.range, with: edit.bytes) }
    }
}
