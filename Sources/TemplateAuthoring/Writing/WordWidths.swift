import Foundation

/// How wide a word prints in Times New Roman, estimated from its letters, so that a table's
/// columns can be made wide enough that no word of theirs breaks in the middle («Отметка
/// о выполнении», «распространению»). The estimate errs on the wide side.
enum WordWidths {
    /// Centimetres the widest word of `paragraphs` takes at `fontSize` points (a paragraph's or
    /// run's own size wins). Template tags are left out: what they print is not known here.
    static func widest(in paragraphs: [Paragraph], fontSize: Double) -> Double {
        var widest = 0.0
        for paragraph in paragraphs {
            let paragraphSize = paragraph.fontSize ?? fontSize
            for run in paragraph.runs {
                let size = run.size ?? paragraphSize
                for word in words(of: withoutTags(run.text)) {
                    widest = max(widest, width(of: word, bold: run.bold, fontSize: size))
                }
            }
        }
        return widest
    }

    /// Centimetres `word` takes.
    static func width(of word: Substring, bold: Bool, fontSize: Double) -> Double {
        let ems = word.reduce(0.0) { $0 + em(of: $1) } * (bold ? 1.12 : 1.0)
        return ems * fontSize / 72 * 2.54 * 1.04
    }

    /// The places a line may break: spaces, line breaks, tabs and after a hyphen. A no-break
    /// space joins («№ п/п» stays whole).
    static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == " " || character == "\n" || character == "\t" {
                if start < index { words.append(text[start..<index]) }
                start = next
            } else if character == "-" {
                words.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < text.endIndex { words.append(text[start...]) }
        return words
    }

    /// The text with every `{{ … }}` removed.
    static func withoutTags(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The advance of a character in ems, rounded up from Times New Roman's.
    private static func em(of character: Character) -> Double {
        if wideLower.contains(character) { return 0.78 }
        if wideUpper.contains(character) { return 0.95 }
        if narrow.contains(character) { return 0.34 }
        if character == " " || character == "\u{00A0}" { return 0.25 }
        if character.isUppercase { return 0.74 }
        return 0.52
    }

    private static let wideLower: Set<Character> = ["ж", "м", "ш", "щ", "ы", "ю", "ф", "m", "w"]
    private static let wideUpper: Set<Character> = ["Ж", "М", "Ш", "Щ", "Ы", "Ю", "Ф", "M", "W", "№"]
    private static let narrow: Set<Character> = [".", ",", ":", ";", "(", ")", "/", "-", "!", "'", "i", "l", "j", "t", "f", "r"]
}
