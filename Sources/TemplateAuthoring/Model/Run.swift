/// A piece of a paragraph's text with one formatting.
///
/// Text may hold template tags (`{{ person.full_name | genitive }}`): to the writers they are
/// plain text, and each run is written as one `w:r`/`w:t` (one `text:span`), so a tag is never split
/// as long as it stays inside one run. `"\n"` is a line break, `"\t"` a tab.
public struct Run: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public var underline: Bool
    /// In points; nil takes the paragraph's size.
    public var size: Double?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Double? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.size = size
    }

    public init(stringLiteral text: String) { self.init(text) }

    public static func bold(_ text: String) -> Run { Run(text, bold: true) }
    public static func italic(_ text: String) -> Run { Run(text, italic: true) }
    public static func underlined(_ text: String) -> Run { Run(text, underline: true) }

    public static let lineBreak = Run("\n")
    public static let tab = Run("\t")

    var isPlain: Bool { !bold && !italic && !underline && size == nil }
}
