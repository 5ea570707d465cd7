import DocumentEngine
import Foundation

@testable import MentorDocs

/// A generated document's text as its paragraphs and table rows, read from the XML without an
/// office program: quick enough to check every record of a spec.
struct RenderedParagraphs {
    /// Each paragraph's text, no-break spaces kept.
    var paragraphs: [String] = []
    /// Each table's rows, each row its cells' text (Word only: both formats share one layout).
    var tables: [[[String]]] = []

    var text: String { paragraphs.joined(separator: "\n") }
    /// The text with no-break spaces as spaces, for searching.
    var plain: String { text.replacingOccurrences(of: "\u{00A0}", with: " ") }

    static func render(_ record: DocumentRecord, format: DocumentFormat) throws -> RenderedParagraphs {
        let template = try TemplateSource().bytes(for: record.kind, format: format)
        let compiled = try CompiledTemplate.compile(bytes: template.bytes, file: template.file, filters: .mentordocs)
        return try read(try DocumentRenderer(compiled, filters: .mentordocs).render(record.data), format: format)
    }

    /// The text of a document already made, as its bytes.
    static func read(_ output: [UInt8], format: DocumentFormat) throws -> RenderedParagraphs {
        let archive = try ArchiveReader(bytes: output, file: "output")
        let part = format == .docx ? "word/document.xml" : "content.xml"
        let xml = String(decoding: try archive.read(archive.entry(named: part)!), as: UTF8.self)
        return format == .docx ? word(xml) : openDocument(xml)
    }

    private static func word(_ xml: String) -> RenderedParagraphs {
        var result = RenderedParagraphs()
        result.paragraphs = matches(#"<w:p[ >].*?</w:p>"#, in: xml).map(wordText)
        result.tables = matches(#"<w:tbl>.*?</w:tbl>"#, in: xml).map { table in
            matches(#"<w:tr[ >].*?</w:tr>"#, in: table).map { row in
                matches(#"<w:tc>.*?</w:tc>"#, in: row).map { cell in
                    matches(#"<w:p[ >].*?</w:p>"#, in: cell).map(wordText).joined(separator: "\n")
                }
            }
        }
        return result
    }

    private static func wordText(_ paragraph: String) -> String {
        var text = ""
        for piece in matches(#"<w:t(?: [^>]*)?>[^<]*</w:t>|<w:t/>|<w:br/>|<w:tab/>|<w:noBreakHyphen/>"#, in: paragraph) {
            switch piece {
            case "<w:br/>": text += "\n"
            case "<w:tab/>": text += "\t"
            case "<w:noBreakHyphen/>": text += "-"
            case "<w:t/>": break
            default: text += unescaped(String(piece[piece.index(after: piece.firstIndex(of: ">")!)...].dropLast(6)))
            }
        }
        return text
    }

    private static func openDocument(_ xml: String) -> RenderedParagraphs {
        var result = RenderedParagraphs()
        result.paragraphs = matches(#"<text:(p|h)[ >].*?</text:(p|h)>"#, in: xml).map { paragraph in
            var text = paragraph
            text = text.replacingOccurrences(of: #"<text:s text:c="(\d+)"/>"#, with: "  ", options: .regularExpression)
            text = text.replacingOccurrences(of: "<text:s/>", with: " ")
            text = text.replacingOccurrences(of: "<text:line-break/>", with: "\n")
            text = text.replacingOccurrences(of: "<text:tab/>", with: "\t")
            text = text.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
            return unescaped(text)
        }
        return result
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).map { String(text[Range($0.range, in: text)!]) }
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
