/// `|` keeps line breaks, `>` folds lines into one; `-` strips the final line break, `+` keeps
/// them all; a digit gives the indentation when the first line is indented more than the rest.
extension Parser {
    mutating func parseBlockScalar(line: Int, column: Int, ownerIndent: Int) -> SpecNode {
        let start = location(line: line, column: column)
        let scalars = lines[line].scalars
        let literal = scalars[column] == "|"
        var chomping: Character = " "
        var explicitIndent: Int?
        var position = column + 1
        while position < scalars.count, scalars[position] != " ", scalars[position] != "#" {
            let scalar = scalars[position]
            if (scalar == "-" || scalar == "+"), chomping == " " {
                chomping = Character(scalar)
            } else if let digit = Int(String(scalar)), (1...9).contains(digit), explicitIndent == nil {
                explicitIndent = digit
            } else {
                error(line: line, column: position, "unexpected “\(scalar)” after “\(scalars[column])”; a block scalar header is “|” or “>”, then “-” or “+” and a digit, if any",
                    russian: "Лишний знак «\(scalar)» после «\(scalars[column])». После «|» или «>» можно поставить только «-» или «+» и цифру.")
                position = scalars.count
                break
            }
            position += 1
        }
        while position < scalars.count, scalars[position] == " " { position += 1 }
        if position < scalars.count, scalars[position] != "#" {
            error(line: line, column: position, "text after “\(scalars[column])” must go on the following lines, indented",
                russian: "Текст после «\(scalars[column])» пишется на следующих строках, с отступом. Перенесите его.")
        }
        index = line + 1

        let parentIndent = max(ownerIndent, 0)
        var contentIndent = explicitIndent.map { parentIndent + $0 }
        var collected: [ArraySlice<Unicode.Scalar>?] = []  // nil is an empty line
        while !isAtEnd {
            let next = lines[index]
            if next.scalars.allSatisfy({ $0 == " " }) {
                collected.append(nil)
                index += 1
                continue
            }
            if contentIndent == nil {
                guard next.indent > ownerIndent else { break }
                contentIndent = next.indent
            }
            guard next.indent >= contentIndent! else { break }
            collected.append(next.scalars[contentIndent!...])
            index += 1
        }
        var trailingEmpty = 0
        while let last = collected.last, last == nil {
            collected.removeLast()
            trailingEmpty += 1
        }
        let lineTexts = collected.map { $0.map { String(String.UnicodeScalarView($0)) } }
        var text = literal ? lineTexts.map { $0 ?? "" }.joined(separator: "\n") : Self.folded(lineTexts)
        switch chomping {
        case "-": break
        case "+": if !collected.isEmpty || trailingEmpty > 0 { text += String(repeating: "\n", count: trailingEmpty + (collected.isEmpty ? 0 : 1)) }
        default: if !collected.isEmpty { text += "\n" }
        }
        // Trailing empty lines were consumed; step back over them so following lines keep their place.
        index -= trailingEmpty
        return SpecNode(location: start, kind: .scalar(SpecScalar(text: text, style: literal ? .literal : .folded)))
    }

    /// Folding: lines of one paragraph join with spaces, an empty line is a line break, and lines
    /// indented more than the rest keep their breaks.
    private static func folded(_ lines: [String?]) -> String {
        var result = ""
        var previous: String?? = .none
        for line in lines {
            defer { previous = .some(line) }
            guard let line else {
                result += "\n"
                continue
            }
            let moreIndented = line.first == " "
            switch previous {
            case .none: break
            case .some(.none): break
            case .some(.some(let before)):
                result += (moreIndented || before.first == " ") ? "\n" : " "
            }
            result += line
        }
        return result
    }
}
