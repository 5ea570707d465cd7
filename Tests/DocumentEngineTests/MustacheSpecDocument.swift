import Foundation
import DocumentEngine

/// A DOCX or ODT whose body is given paragraphs of plain text, and the paragraphs' text read back out of a
/// filled one, as Word and LibreOffice would show it.
enum MustacheSpecDocument {
    static func template(_ paragraphs: [String], format: DocumentFormat) throws -> [UInt8] {
        switch format {
        case .docx: try SamplePackages.docx(body: paragraphs.map(wordParagraph).joined())
        case .odt: try SamplePackages.odt(body: paragraphs.map(openDocumentParagraph).joined())
        case .xlsx, .ods: preconditionFailure("the Mustache spec is run on text documents, a paragraph per line")
        }
    }

    static func paragraphs(ofFilled bytes: [UInt8], format: DocumentFormat) throws -> [String] {
        let reader = try ArchiveReader(bytes: bytes, file: "output")
        switch format {
        case .docx: return wordParagraphs(String(decoding: try reader.read("word/document.xml"), as: UTF8.self))
        case .odt: return openDocumentParagraphs(String(decoding: try reader.read("content.xml"), as: UTF8.self))
        case .xlsx, .ods: preconditionFailure("the Mustache spec is run on text documents, a paragraph per line")
        }
    }

    // MARK: Writing

    private static func wordParagraph(_ text: String) -> String {
        guard !text.isEmpty else { return "<w:p/>" }
        let runs = text.split(separator: "\t", omittingEmptySubsequences: false).map {
            "<w:t xml:space=\"preserve\">\(escaped(String($0)))</w:t>"
        }
        return "<w:p><w:r>" + runs.joined(separator: "<w:tab/>") + "</w:r></w:p>"
    }

    /// ODF collapses white space in text, so a space is written as text only after a character other than
    /// white space and before more text; every other space is a `text:s`, and a tab a `text:tab`.
    private static func openDocumentParagraph(_ text: String) -> String {
        let characters = Array(text)
        var xml = "<text:p>"
        for (index, character) in characters.enumerated() {
            switch character {
            case "\t": xml += "<text:tab/>"
            case " ":
                let afterText = index > 0 && !characters[index - 1].isWhitespace
                xml += afterText && index + 1 < characters.count ? " " : "<text:s/>"
            default: xml += escaped(String(character))
            }
        }
        return xml + "</text:p>"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    // MARK: Reading

    /// Word shows the text of `w:t` (trimmed unless `xml:space="preserve"`), `w:tab` as a tab, `w:br` as a line break.
    private static func wordParagraphs(_ xml: String) -> [String] {
        var paragraphs: [String] = []
        var current: String?
        var textElement: (preserve: Bool, text: String)?
        for token in XMLTokens(xml) {
            switch token {
            case .start(let name, let attributes, let empty):
                switch name {
                case "w:p": current = ""; if empty { paragraphs.append(""); current = nil }
                case "w:t": if !empty { textElement = (attributes["xml:space"] == "preserve", "") }
                case "w:tab": current? += "\t"
                case "w:br", "w:cr": current? += "\n"
                default: break
                }
            case .end(let name):
                if name == "w:t", let element = textElement {
                    current? += element.preserve ? element.text : element.text.trimmingCharacters(in: .whitespaces)
                    textElement = nil
                } else if name == "w:p", let paragraph = current {
                    paragraphs.append(paragraph)
                    current = nil
                }
            case .text(let text):
                textElement?.text += text
            }
        }
        return paragraphs
    }

    /// ODF's rule for white space in paragraphs (ODF 1.2, 6.1.2): tabs and line ends in text are spaces, a
    /// space in text after another is dropped, and so is one at either end of the paragraph; `text:s` (with
    /// `text:c`), `text:tab` and `text:line-break` stand for their characters and are always kept. (LibreOffice
    /// keeps a trailing space in text; the standard lets a consumer drop it, so the engine must not rely on it.)
    private static func openDocumentParagraphs(_ xml: String) -> [String] {
        var paragraphs: [String] = []
        var current: [(character: Character, collapsible: Bool)]?
        for token in XMLTokens(xml) {
            switch token {
            case .start(let name, let attributes, let empty):
                switch name {
                case "text:p", "text:h":
                    current = []
                    if empty { paragraphs.append(""); current = nil }
                case "text:s":
                    let count = Int(attributes["text:c"] ?? "1") ?? 1
                    current? += Array(repeating: (" ", false), count: count)
                case "text:tab": current?.append(("\t", false))
                case "text:line-break": current?.append(("\n", false))
                default: break
                }
            case .end(let name):
                guard name == "text:p" || name == "text:h", var characters = current else { continue }
                while characters.first?.collapsible == true { characters.removeFirst() }
                while characters.last?.collapsible == true { characters.removeLast() }
                paragraphs.append(String(characters.map(\.character)))
                current = nil
            case .text(let text):
                guard current != nil else { continue }
                for character in text {
                    guard character.isWhitespace else {
                        current!.append((character, false))
                        continue
                    }
                    if current!.last.map({ $0.collapsible && $0.character == " " }) == true { continue }
                    current!.append((" ", true))
                }
            }
        }
        return paragraphs
    }
}

/// The start tags, end tags and text of a part as the engine writes it (no CDATA, no DTD).
private struct XMLTokens: Sequence, IteratorProtocol {
    enum Token {
        case start(String, attributes: [String: String], empty: Bool)
        case end(String)
        case text(String)
    }

    private let characters: [Character]
    private var position = 0

    init(_ xml: String) { characters = Array(xml) }

    mutating func next() -> Token? {
        while position < characters.count {
            if characters[position] != "<" {
                let start = position
                while position < characters.count, characters[position] != "<" { position += 1 }
                return .text(Self.unescaped(String(characters[start..<position])))
            }
            let start = position + 1
            while position < characters.count, characters[position] != ">" { position += 1 }
            let inside = String(characters[start..<position])
            position += 1
            if inside.hasPrefix("?") || inside.hasPrefix("!") { continue }
            if inside.hasPrefix("/") { return .end(String(inside.dropFirst())) }
            let empty = inside.hasSuffix("/")
            let body = empty ? String(inside.dropLast()) : inside
            let name = String(body.prefix { !$0.isWhitespace })
            return .start(name, attributes: Self.attributes(String(body.dropFirst(name.count))), empty: empty)
        }
        return nil
    }

    private static func attributes(_ text: String) -> [String: String] {
        var attributes: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces)
            let afterEquals = rest[rest.index(after: equals)...]
            guard let quote = afterEquals.first, let close = afterEquals.dropFirst().firstIndex(of: quote) else { break }
            attributes[name] = unescaped(String(afterEquals[afterEquals.index(after: afterEquals.startIndex)..<close]))
            rest = afterEquals[afterEquals.index(after: close)...]
        }
        return attributes
    }

    private static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: ampersand)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : UInt32(entity.dropFirst(), radix: 10)
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
