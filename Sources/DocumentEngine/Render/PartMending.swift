/// What a compiled part needs mended after each rendering, found when it was compiled.
struct PartMending: OptionSet, Sendable {
    let rawValue: Int

    /// A section stands among the blocks of a table cell: Word wants every cell to end with a paragraph.
    static let cellParagraphs = PartMending(rawValue: 1)
    /// A repeated stretch holds names or ids that must be unique (drawings, bookmarks, tables).
    static let uniqueNames = PartMending(rawValue: 2)
}

/// New numbers for the ids of copies, shared by the parts of one document and above every number
/// the template uses, so a copy's id never meets another.
struct UniqueNumbers {
    private(set) var next: Int

    init(above largest: Int) { next = largest + 1 }

    mutating func take() -> Int {
        defer { next += 1 }
        return next
    }
}

/// The names already used in a part, and the first free name made from a taken one (`Рисунок_2`).
struct UsedNames {
    private var names: Set<[UInt8]> = []

    /// Whether `name` was free; it is taken either way.
    mutating func take(_ name: ArraySlice<UInt8>) -> Bool { names.insert(Array(name)).inserted }

    mutating func fresh(from name: ArraySlice<UInt8>) -> [UInt8] {
        var number = 2
        while true {
            let candidate = Array(name) + Array("_\(number)".utf8)
            if names.insert(candidate).inserted { return candidate }
            number += 1
        }
    }
}

/// Builds a mended copy of a part: the original bytes with some stretches replaced.
struct ByteEdits {
    private let original: [UInt8]
    private var output: [UInt8] = []
    private var copied = 0

    init(_ original: [UInt8]) {
        self.original = original
        output.reserveCapacity(original.count + 256)
    }

    mutating func replace(_ range: Range<Int>, with bytes: [UInt8]) {
        output.append(contentsOf: original[copied..<range.lowerBound])
        output.append(contentsOf: bytes)
        copied = range.upperBound
    }

    mutating func insert(_ bytes: [UInt8], at offset: Int) { replace(offset..<offset, with: bytes) }

    mutating func finish() -> [UInt8] {
        output.append(contentsOf: original[copied...])
        return output
    }
}

/// The largest number any `id="…"` attribute of a part holds: where new ids for copies start.
func largestIDNumber(in bytes: [UInt8]) -> Int {
    let pattern = Array("id=\"".utf8)
    var largest = 0
    var index = 0
    while index + pattern.count < bytes.count {
        if bytes[index] == UInt8(ascii: "i"), bytes[index..<index + pattern.count].elementsEqual(pattern) {
            var value = 0
            var cursor = index + pattern.count
            while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9"), value < 1 << 40 {
                value = value * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                cursor += 1
            }
            largest = max(largest, value)
            index = cursor
        } else {
            index += 1
        }
    }
    return largest
}
