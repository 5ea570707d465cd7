import Foundation

/// How Mustache's text maps onto a document: each line is a paragraph.
///
/// A line ends at "\n" or "\r\n"; in a document both are the same paragraph mark. The last line needs no
/// newline of its own, because a paragraph is ended by its mark whether or not more text follows: "a\nb" and
/// "a\nb\n" are both the paragraphs "a" and "b". The one text that still has a line without a newline is the
/// empty one: "" is one empty paragraph, as a template's last line that prints nothing stays in the document.
///
/// Mustache removes a "standalone" line (only a section or comment tag and whitespace) with its newline;
/// the engine removes a paragraph that its section tags leave empty. So the two agree exactly when the
/// standalone tag has the line to itself.
enum MustacheLines {
    static func paragraphs(of text: String) -> [String] {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n")
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Paragraphs written back as Mustache text: every line with its newline.
    static func text(of paragraphs: [String]) -> String {
        paragraphs.map { $0 + "\n" }.joined()
    }
}
