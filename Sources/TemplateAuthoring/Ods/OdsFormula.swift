/// A formula of the description, written in Excel's syntax (`SUM(B5:B6)`, `IF(C15>0,B15/C15,"—")`),
/// as OpenDocument writes it: `of:=SUM([.B5:.B6])`, `of:=IF([.C15]>0;[.B15]/[.C15];"—")`.
///
/// References are to cells of the formula's own sheet; strings are kept as they are, and the
/// separator of arguments becomes `;`.
enum OdsFormula {
    static func of(_ formula: String) throws(AuthoringError) -> String {
        let scalars = Array(formula.unicodeScalars)
        var result = "of:="
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\"":
                var end = index + 1
                while end < scalars.count {
                    if scalars[end] == "\"" {
                        if end + 1 < scalars.count, scalars[end + 1] == "\"" { end += 2; continue }
                        break
                    }
                    end += 1
                }
                guard end < scalars.count else { throw AuthoringError(.formula, "«\(formula)»: a string is not closed") }
                result.unicodeScalars.append(contentsOf: scalars[index...end])
                index = end + 1
            case ",":
                result += ";"
                index += 1
            case "!", "'", "[":
                throw AuthoringError(.formula, "«\(formula)»: only references to cells of the formula's own sheet are written to ODS")
            case _ where isWordCharacter(scalar) || scalar == "$":
                var end = index
                while end < scalars.count, isWordCharacter(scalars[end]) || scalars[end] == "$" || scalars[end] == "." { end += 1 }
                let word = String(String.UnicodeScalarView(scalars[index..<end]))
                let calls = end < scalars.count && scalars[end] == "("
                if !calls, let first = cellReference(word) {
                    if end + 1 < scalars.count, scalars[end] == ":" {
                        var last = end + 1
                        while last < scalars.count, isWordCharacter(scalars[last]) || scalars[last] == "$" { last += 1 }
                        if let second = cellReference(String(String.UnicodeScalarView(scalars[(end + 1)..<last]))) {
                            result += "[.\(first):.\(second)]"
                            index = last
                            continue
                        }
                    }
                    result += "[.\(first)]"
                } else {
                    result += word
                }
                index = end
            default:
                result.unicodeScalars.append(scalar)
                index += 1
            }
        }
        return result
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
    }

    /// `B5`, `$B$5`: one to three Latin letters and a row number, each perhaps fixed by `$`.
    private static func cellReference(_ word: String) -> String? {
        var rest = Substring(word)
        if rest.first == "$" { rest = rest.dropFirst() }
        let letters = rest.prefix { ("A"..."Z").contains($0) }
        guard (1...3).contains(letters.count) else { return nil }
        rest = rest.dropFirst(letters.count)
        if rest.first == "$" { rest = rest.dropFirst() }
        guard !rest.isEmpty, rest.allSatisfy(\.isASCII), rest.allSatisfy(\.isNumber), rest.first != "0" else { return nil }
        return word
    }
}
