/// A paragraph: runs of text and how they sit on the page.
public struct Paragraph: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case left, center, right, justify }

    public var runs: [Run]
    public var alignment: Alignment
    /// Centimetres; 1.25 for body text, 0 for headings and signature lines.
    public var firstLineIndent: Double
    /// Centimetres from the left margin: 9 puts an addressee block in the right half of the page.
    public var leftIndent: Double
    /// Centimetres from the right margin.
    public var rightIndent: Double
    /// Points.
    public var spaceBefore: Double
    /// Points.
    public var spaceAfter: Double
    /// Keeps the paragraph on the page of the next block (a heading with its text).
    public var keepWithNext: Bool
    /// Keeps the paragraph's lines on one page.
    public var keepTogether: Bool
    /// Points, for the runs that set no size of their own; nil takes the document's.
    public var fontSize: Double?
    /// A multiple of single; nil takes the document's.
    public var lineSpacing: Double?
    public var tabStops: [TabStop]
    /// The paragraph starts a new page (set by `Block.pageBreak`).
    public var pageBreakBefore: Bool

    public init(
        _ runs: [Run] = [],
        alignment: Alignment = .justify,
        firstLineIndent: Double = 1.25,
        leftIndent: Double = 0,
        rightIndent: Double = 0,
        spaceBefore: Double = 0,
        spaceAfter: Double = 0,
        keepWithNext: Bool = false,
        keepTogether: Bool = false,
        fontSize: Double? = nil,
        lineSpacing: Double? = nil,
        tabStops: [TabStop] = [],
        pageBreakBefore: Bool = false
    ) {
        self.runs = runs
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent
        self.rightIndent = rightIndent
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.keepWithNext = keepWithNext
        self.keepTogether = keepTogether
        self.fontSize = fontSize
        self.lineSpacing = lineSpacing
        self.tabStops = tabStops
        self.pageBreakBefore = pageBreakBefore
    }
}

/// A tab stop of a paragraph, in centimetres from the left margin (in both formats).
public struct TabStop: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case left, center, right }
    public enum Leader: Sendable, Equatable { case none, dots, underscore }

    public var position: Double
    public var alignment: Alignment
    public var leader: Leader

    public init(_ position: Double, alignment: Alignment = .left, leader: Leader = .none) {
        self.position = position
        self.alignment = alignment
        self.leader = leader
    }
}
