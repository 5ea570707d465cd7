/// Where in a template a tag stands, in words a person can follow in their editor.
public struct TagLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The XML part: `word/document.xml`, `word/header1.xml`, `content.xml`.
    public let part: String
    /// The paragraph's number within the part, counting from 1.
    public let paragraph: Int
    /// The paragraph's text around the tag.
    public let excerpt: String
    /// In a sheet, the cell the paragraph is (`B5`): how a spreadsheet editor shows the place.
    public let cell: String?

    /// The place of a tag in paragraph `paragraph` of `part` (in a sheet, in `cell`), shown with `excerpt`.
    public init(part: String, paragraph: Int, excerpt: String, cell: String? = nil) {
        self.part = part
        self.paragraph = paragraph
        self.excerpt = excerpt
        self.cell = cell
    }

    public var description: String {
        if let cell { return "\(part), cell \(cell) («\(excerpt)»)" }
        return "\(part), paragraph \(paragraph) («\(excerpt)»)"
    }
}
