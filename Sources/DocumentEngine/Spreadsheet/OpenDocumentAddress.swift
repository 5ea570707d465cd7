/// A cell or a range as OpenDocument writes it, in attributes (`Ведомость.A2:Ведомость.F3`,
/// `$Ведомость.$C$3:.$C$3`, `'Лист 1'.B5`) and inside a formula's brackets (`[.F5:.F9]`,
/// `[$Свод.C4]`): each corner names its sheet, or none for the formula's own (`.F5`); the end's
/// sheet, when it names none, is the start's.
struct OpenDocumentAddress: Equatable {
    struct Corner: Equatable {
        /// The sheet's name, unquoted; nil for none.
        var sheet: String?
        /// The sheet as written, `$` and quotes included (`$'Лист 1'`); empty for none.
        var sheetText: String
        var cell: CellReference
    }

    var start: Corner
    var end: Corner?

    /// Reads an address; nil for anything else (another file's reference, `#REF!`, a name).
    init?(_ text: Substring) {
        let parts = Self.splitOutsideQuotes(text, at: ":")
        guard parts.count == 1 || parts.count == 2, let start = Self.corner(parts[0]) else { return nil }
        self.start = start
        if parts.count == 2 {
            guard let end = Self.corner(parts[1]), (start.cell.row == nil) == (end.cell.row == nil),
                (start.cell.column == nil) == (end.cell.column == nil)
            else { return nil }
            self.end = end
        } else {
            guard start.cell.row != nil, start.cell.column != nil else { return nil }
        }
    }

    /// Whether the range goes through several sheets (`$Лист1.A1:$Лист3.A1`).
    var spansSheets: Bool {
        guard let end, let endSheet = end.sheet else { return false }
        return endSheet.lowercased() != (start.sheet ?? "").lowercased()
    }

    /// The address as a formula's reference (its sheet, its corners), for `FormulaSafety` and `ReferenceMover`.
    var reference: Formula.Reference {
        Formula.Reference(prefix: start.sheetText, sheet: start.sheet, start: start.cell, end: end?.cell)
    }

    /// As a range of cells of its sheet.
    var range: CellRange { CellRange(start: start.cell, end: end?.cell ?? start.cell) }

    /// The address with new corners, each sheet written as it was unless `name` gives it anew.
    func written(start newStart: CellReference, end newEnd: CellReference?, name: (String) -> String = { $0 }) -> String {
        func corner(_ corner: Corner, _ cell: CellReference) -> String {
            guard let sheet = corner.sheet else { return corner.sheetText + "." + cell.description }
            let current = name(sheet)
            let sheetText = current == sheet ? corner.sheetText
                : (corner.sheetText.hasPrefix("$") ? "$" : "") + Self.sheetText(naming: current)
            return sheetText + "." + cell.description
        }
        var text = corner(start, newStart)
        if let end, let newEnd { text += ":" + corner(end, newEnd) }
        return text
    }

    /// A sheet's name as an address writes it: bare when it is letters, digits and `_`, else quoted.
    static func sheetText(naming sheet: String) -> String {
        if !sheet.isEmpty, sheet.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }) {
            return sheet
        }
        var quoted = "'"
        for character in sheet { quoted += character == "'" ? "''" : String(character) }
        return quoted + "'"
    }

    /// A list of addresses separated by spaces (`table:print-ranges`), a quoted sheet's spaces kept.
    static func list(_ text: String) -> [Substring] {
        splitOutsideQuotes(text[...], at: " ").filter { !$0.isEmpty }
    }

    private static func corner(_ text: Substring) -> Corner? {
        guard let dot = lastIndexOutsideQuotes(of: ".", in: text) else {
            return CellReference(text.unicodeScalars, partial: true).map { Corner(sheet: nil, sheetText: "", cell: $0) }
        }
        let sheetText = text[..<dot]
        guard let cell = CellReference(text[text.index(after: dot)...].unicodeScalars, partial: true) else { return nil }
        var name = sheetText.hasPrefix("$") ? sheetText.dropFirst() : sheetText
        if name.hasPrefix("'") {
            guard name.count >= 2, name.hasSuffix("'") else { return nil }
            var unquoted = ""
            var previousWasQuote = false
            for character in name.dropFirst().dropLast() {
                if character == "'", previousWasQuote {
                    previousWasQuote = false
                    continue
                }
                previousWasQuote = character == "'"
                unquoted.append(character)
            }
            name = Substring(unquoted)
        }
        return Corner(sheet: name.isEmpty ? nil : String(name), sheetText: String(sheetText), cell: cell)
    }

    private static func splitOutsideQuotes(_ text: Substring, at separator: Character) -> [Substring] {
        var parts: [Substring] = []
        var quoted = false
        var start = text.startIndex
        for index in text.indices {
            if text[index] == "'" { quoted.toggle() }
            if !quoted, text[index] == separator {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
        }
        parts.append(text[start...])
        return parts
    }

    private static func lastIndexOutsideQuotes(of character: Character, in text: Substring) -> Substring.Index? {
        var quoted = false
        var found: Substring.Index?
        for index in text.indices {
            if text[index] == "'" { quoted.toggle() }
            if !quoted, text[index] == character { found = index }
        }
        return found
    }
}
