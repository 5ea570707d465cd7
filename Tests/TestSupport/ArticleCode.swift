import Foundation

/// The Swift code of a documentation article, held against the test that compiles and runs it, so
/// that what the article shows is what builds.
public enum ArticleCode {
    /// The article's ```swift blocks, in order.
    public static func blocks(ofArticleAt path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```swift" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// The blocks of the article that the source file does not hold, line for line in a row; the
    /// indentation and blank lines do not count, as the test nests the code in functions.
    public static func blocks(ofArticleAt article: String, missingFrom source: String) throws -> [String] {
        let sourceLines = significantLines(try String(contentsOfFile: source, encoding: .utf8))
        return try blocks(ofArticleAt: article).filter { block in
            let lines = significantLines(block)
            guard !lines.isEmpty, lines.count <= sourceLines.count else { return !lines.isEmpty }
            return !(0...(sourceLines.count - lines.count)).contains { start in
                sourceLines[start..<(start + lines.count)].elementsEqual(lines)
            }
        }
    }

    private static func significantLines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
