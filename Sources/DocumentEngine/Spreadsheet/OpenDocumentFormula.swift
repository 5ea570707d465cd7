/// A formula as OpenDocument writes it (`of:=SUM([.F5:.F5])*[$Свод.B2]`): its references are the
/// addresses in brackets; strings, names, functions and another file's references (`['file:…'#$Лист1.A1]`)
/// are kept as they are. Read into a `Formula`, so that `FormulaSafety` checks it and
/// `ReferenceMover` moves it as it does Excel's.
struct OpenDocumentFormula {
    let text: String
    /// The formula's pieces: each movable address is a reference.
    let formula: Formula
    /// The addresses of the references, in their order.
    private let addresses: [OpenDocumentAddress]

    init(_ text: String) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        var pieces: [Formula.Piece] = []
        var addresses: [OpenDocumentAddress] = []
        var spans: [[String]] = []
        var functions: Set<String> = []
        var literal = String.UnicodeScalarView()
        var index = 0
        func flush() {
            if !literal.isEmpty { pieces.append(.text(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                var end = index + 1
                while end < scalars.count {
                    if scalars[end] == "\"" {
                        if end + 1 < scalars.count, scalars[end + 1] == "\"" { end += 2; continue }
                        end += 1
                        break
                    }
                    end += 1
                }
                literal.append(contentsOf: scalars[index..<min(end, scalars.count)])
                index = end
            } else if scalar == "[" {
                var end = index + 1
                var quoted = false
                while end < scalars.count, quoted || scalars[end] != "]" {
                    if scalars[end] == "'" { quoted.toggle() }
                    end += 1
                }
                let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
                let after = min(end + 1, scalars.count)
                if let address = OpenDocumentAddress(inner[...]) {
                    if address.spansSheets {
                        spans.append([address.start.sheet ?? "", address.end?.sheet ?? ""])
                        literal.append(contentsOf: scalars[index..<after])
                    } else {
                        flush()
                        pieces.append(.reference(address.reference))
                        addresses.append(address)
                    }
                } else {
                    literal.append(contentsOf: scalars[index..<after])
                }
                index = after
            } else if scalar.properties.isAlphabetic || scalar == "_" {
                var end = index
                while end < scalars.count, scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil
                    || scalars[end] == "_" || scalars[end] == "." || scalars[end] == ":"
                {
                    end += 1
                }
                if end < scalars.count, scalars[end] == "(" {
                    functions.insert(String(String.UnicodeScalarView(scalars[index..<end])).uppercased())
                }
                literal.append(contentsOf: scalars[index..<end])
                index = end
            } else {
                literal.append(scalar)
                index += 1
            }
        }
        flush()
        self.formula = Formula(pieces: pieces, sheetSpans: spans, functions: functions)
        self.addresses = addresses
    }

    /// The formula of a cell standing in `places` of the mover's sheet, its references moved with
    /// the rows (and sheets renamed) as `mover` says; a reference to rows printed no times becomes `#REF!`.
    func rewritten(by mover: ReferenceMover, from places: [SheetLayout.Place] = []) -> String {
        let references = formula.references
        guard references.contains(where: { mover.changes(sheet: $0.sheet) }) else { return text }
        var result = ""
        var number = 0
        for piece in formula.pieces {
            switch piece {
            case .text(let literal):
                result += literal
            case .reference(let reference):
                let address = addresses[number]
                number += 1
                if let moved = mover.move(reference, from: places) {
                    result += "[" + address.written(start: moved.start, end: moved.end, name: mover.currentName) + "]"
                } else {
                    result += "#REF!"
                }
            }
        }
        return result
    }
}
