/// A formula's text cut into what stays as it is and the references to cells, rows and columns in
/// it, so that the references can be moved with the rows they point at.
///
/// Read as Excel writes formulas into a file (A1 style, no leading `=`): strings in double
/// quotes, sheet names bare or in single quotes, functions, names, structured references in
/// brackets and error values are kept as they are.
struct Formula: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        case reference(Reference)
    }

    /// A cell, a range of cells, rows or columns, with the sheet it names, if any.
    struct Reference: Sendable, Equatable {
        /// The sheet prefix as written, `!` included (`'Итоги 2026'!`); empty for the formula's own sheet.
        var prefix: String
        /// The sheet's name, unquoted; nil for the formula's own sheet.
        var sheet: String?
        var start: CellReference
        /// The second corner of a range; nil for a single cell.
        var end: CellReference?

        var isRange: Bool { end != nil }
    }

    private(set) var pieces: [Piece] = []
    /// Sheets named by a reference to several sheets at once (`Лист1:Лист3!A1`).
    private(set) var sheetSpans: [[String]] = []
    /// The functions the formula calls, in capitals (`SUM`, `INDIRECT`).
    private(set) var functions: Set<String> = []

    var references: [Reference] {
        pieces.compactMap { if case .reference(let reference) = $0 { reference } else { nil } }
    }

    /// A formula already cut into pieces, by a reader of another syntax (ODF's `of:=SUM([.F5:.F5])`).
    init(pieces: [Piece], sheetSpans: [[String]], functions: Set<String>) {
        self.pieces = pieces
        self.sheetSpans = sheetSpans
        self.functions = functions
    }

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var literal = String.UnicodeScalarView()

        func flush() {
            if !literal.isEmpty { pieces.append(.text(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        func copy(_ range: Range<Int>) { literal.append(contentsOf: scalars[range]) }

        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\"":
                let end = Self.endOfQuoted(scalars, from: index, quote: "\"")
                copy(index..<end)
                index = end
            case "'":
                // A quoted sheet name, then `!` and a reference.
                let end = Self.endOfQuoted(scalars, from: index, quote: "'")
                var name = ""
                var quote = index + 1
                while quote < end - 1 {
                    name.unicodeScalars.append(scalars[quote])
                    quote += scalars[quote] == "'" ? 2 : 1
                }
                if end < scalars.count, scalars[end] == "!", let (reference, after) = Self.reference(in: scalars, at: end + 1) {
                    flush()
                    if name.hasPrefix("[") {
                        // A sheet of another workbook: nothing here moves it.
                        copy(index..<after)
                    } else if let colon = Self.sheetSpanColon(in: name) {
                        sheetSpans.append([String(name[..<colon]), String(name[name.index(after: colon)...])])
                        copy(index..<after)
                    } else {
                        pieces.append(.reference(Reference(prefix: String(String.UnicodeScalarView(scalars[index...end])), sheet: name,
                            start: reference.start, end: reference.end)))
                    }
                    index = after
                } else {
                    copy(index..<end)
                    index = end
                }
            case "[":
                // A structured reference or another workbook's number: kept, with what it qualifies.
                var depth = 0
                var end = index
                while end < scalars.count {
                    if scalars[end] == "[" { depth += 1 } else if scalars[end] == "]" { depth -= 1 }
                    end += 1
                    if depth == 0 { break }
                }
                copy(index..<end)
                index = end
                if index < scalars.count, Self.isNameScalar(scalars[index]) || scalars[index] == "!" {
                    // `[1]Лист1!A1`: the rest of another workbook's reference.
                    var after = index
                    while after < scalars.count, Self.isNameScalar(scalars[after]) { after += 1 }
                    if after < scalars.count, scalars[after] == "!", let (_, end) = Self.reference(in: scalars, at: after + 1) {
                        copy(index..<end)
                        index = end
                    }
                }
            case "#":
                // An error value (`#REF!`, `#N/A`, `#DIV/0!`) or a spill mark.
                var end = index + 1
                while end < scalars.count, Self.isNameScalar(scalars[end]) || scalars[end] == "/" || scalars[end] == "!" || scalars[end] == "?" {
                    end += 1
                }
                copy(index..<end)
                index = end
            case _ where Self.isNameScalar(scalar):
                var end = index
                while end < scalars.count, Self.isNameScalar(scalars[end]) { end += 1 }
                let word = String(String.UnicodeScalarView(scalars[index..<end]))
                if end < scalars.count, scalars[end] == "(" {
                    functions.insert(word.uppercased())
                    copy(index..<end)
                    index = end
                } else if end < scalars.count, scalars[end] == "!", let (reference, after) = Self.reference(in: scalars, at: end + 1) {
                    flush()
                    pieces.append(.reference(Reference(prefix: word + "!", sheet: word, start: reference.start, end: reference.end)))
                    index = after
                } else if end < scalars.count, scalars[end] == ":", let (second, secondEnd) = Self.word(in: scalars, at: end + 1),
                    secondEnd < scalars.count, scalars[secondEnd] == "!", CellReference(second.unicodeScalars, partial: true) == nil,
                    let (_, after) = Self.reference(in: scalars, at: secondEnd + 1)
                {
                    // `Лист1:Лист3!A1`, a reference through several sheets.
                    sheetSpans.append([word, second])
                    copy(index..<after)
                    index = after
                } else if let (reference, after) = Self.reference(in: scalars, at: index) {
                    flush()
                    pieces.append(.reference(Reference(prefix: "", sheet: nil, start: reference.start, end: reference.end)))
                    index = after
                } else {
                    copy(index..<end)
                    index = end
                }
            default:
                copy(index..<(index + 1))
                index += 1
            }
        }
        flush()
    }

    /// The formula with each reference replaced by what `transform` makes of it: new corners for the
    /// reference, or nil for one that points at nothing any more (`#REF!`); `prefix` gives its sheet prefix.
    func rewritten(prefix: (Reference) -> String = { $0.prefix },
        _ transform: (Reference) -> (start: CellReference, end: CellReference?)?) -> String
    {
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let literal):
                text += literal
            case .reference(let reference):
                text += prefix(reference)
                if let moved = transform(reference) {
                    text += moved.start.description
                    if let end = moved.end { text += ":" + end.description }
                } else {
                    text += "#REF!"
                }
            }
        }
        return text
    }

    /// A reference read at `start`: a cell, `A1:B5`, `5:7` or `A:C`, and where it ends. Only a
    /// whole word counts, so a name such as `LOG10` or `Итого1` is not taken for a cell.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Reference, Int)? {
        guard let (first, firstEnd) = word(in: scalars, at: start) else { return nil }
        let single = CellReference(first.unicodeScalars)
        if firstEnd < scalars.count, scalars[firstEnd] == ":", let (second, secondEnd) = word(in: scalars, at: firstEnd + 1),
            secondEnd >= scalars.count || scalars[secondEnd] != "!" && scalars[secondEnd] != "(",
            let range = CellRange(first + ":" + second)
        {
            return (Reference(prefix: "", sheet: nil, start: range.start, end: range.end), secondEnd)
        }
        guard let single, firstEnd >= scalars.count || scalars[firstEnd] != "(" else { return nil }
        return (Reference(prefix: "", sheet: nil, start: single, end: nil), firstEnd)
    }

    private static func word(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var end = start
        while end < scalars.count, isNameScalar(scalars[end]) { end += 1 }
        guard end > start else { return nil }
        return (String(String.UnicodeScalarView(scalars[start..<end])), end)
    }

    /// Letters of any script, digits, `_`, `.`, `$`, `\` and `?`: what names, cells and bare sheet names are made of.
    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", ".", "$", "\\", "?": true
        default: !scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
        }
    }

    /// The index just past a quoted stretch that starts at `start`, a doubled quote standing for one.
    private static func endOfQuoted(_ scalars: [Unicode.Scalar], from start: Int, quote: Unicode.Scalar) -> Int {
        var index = start + 1
        while index < scalars.count {
            if scalars[index] == quote {
                if index + 1 < scalars.count, scalars[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return scalars.count
    }

    /// A sheet's name as a formula's prefix writes it: quoted, a quote in it doubled (`'Итоги 2026'!`).
    static func prefix(naming sheet: String) -> String {
        var quoted = "'"
        for character in sheet { quoted += character == "'" ? "''" : String(character) }
        return quoted + "'!"
    }

    /// In a quoted `'Лист1:Лист3'`, the colon between two sheet names.
    private static func sheetSpanColon(in name: String) -> String.Index? { name.firstIndex(of: ":") }
}
