/// Where in a template a tag stands, in words a person can follow in their editor.
public struct TagLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The XML part: `word/document.xml`, `word/header1.xml`, `content.xml`.
    public let part: String
    /// The paragraph's number within the part, counting from 1.
    public let paragraph: Int
    /// The paragraph's text around the tag.
    public let excerpt: String

    /// The place of a tag in paragraph `paragraph` of `part`, shown with `excerpt`.
    public init(part: String, paragraph: Int, excerpt: String) {
        self.part = part
        self.paragraph = paragraph
        self.excerpt = excerpt
    }

    public var description: String { "\(part), paragraph \(paragraph) («\(excerpt)»)" }
}
