/// A spec's bytes cut into lines as the parser numbers them (LF, CRLF and a lone CR each end one),
/// each keeping its own line end, so lines that are not edited are written back byte for byte.
struct SpecLines {
    struct Line {
        /// The line's bytes without its end.
        var content: [UInt8]
        /// `\n`, `\r\n`, `\r`, or nothing on a last line without one.
        var end: [UInt8]

        /// Blank, or holding only a comment: nothing the parser reads.
        var isIgnorable: Bool {
            guard let first = content.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return true }
            return first == UInt8(ascii: "#")
        }
    }

    var lines: [Line] = []

    init(_ bytes: [UInt8]) {
        var start = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                let endLength = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                lines.append(Line(content: Array(bytes[start..<index]), end: Array(bytes[index..<(index + endLength)])))
                index += endLength
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { lines.append(Line(content: Array(bytes[start...]), end: [])) }
    }

    /// The line end the file uses most at its start; LF for a file without any.
    var lineEnd: [UInt8] { lines.first { !$0.end.isEmpty }?.end ?? [0x0A] }

    /// The line numbered `number` (from 1).
    subscript(number: Int) -> Line { lines[number - 1] }

    /// The last line, from `first`, that holds something the parser reads, at or before `last`:
    /// blank and comment lines after an entry belong to what follows it.
    func lastMeaningful(from first: Int, through last: Int) -> Int {
        var line = last
        while line > first, self[line].isIgnorable { line -= 1 }
        return line
    }

    /// The bytes of lines `range` (numbers from 1), with their ends.
    func bytes(_ range: ClosedRange<Int>) -> [UInt8] {
        range.flatMap { self[$0].content + self[$0].end }
    }
}
