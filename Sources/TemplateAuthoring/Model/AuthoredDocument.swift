/// One document of the built-in catalogue, described once and written as DOCX and as ODT.
public struct AuthoredDocument: Sendable, Equatable {
    /// The document's title in its properties (not printed).
    public var title: String
    public var page: PageSetup
    public var font: BaseFont
    /// Line spacing of every paragraph that sets none of its own, as a multiple of single.
    public var lineSpacing: Double
    public var pageNumbers: PageNumbering
    public var blocks: [Block]

    public init(
        title: String,
        page: PageSetup = .a4,
        font: BaseFont = .form,
        lineSpacing: Double = 1,
        pageNumbers: PageNumbering = .fromSecondPage,
        blocks: [Block]
    ) {
        self.title = title
        self.page = page
        self.font = font
        self.lineSpacing = lineSpacing
        self.pageNumbers = pageNumbers
        self.blocks = blocks
    }

    public init(
        title: String,
        page: PageSetup = .a4,
        font: BaseFont = .form,
        lineSpacing: Double = 1,
        pageNumbers: PageNumbering = .fromSecondPage,
        @BlockBuilder _ blocks: () -> [Block]
    ) {
        self.init(title: title, page: page, font: font, lineSpacing: lineSpacing, pageNumbers: pageNumbers, blocks: blocks())
    }
}

/// The font of the whole document; runs and paragraphs may override its size only.
public struct BaseFont: Sendable, Equatable {
    public var name: String
    /// In points.
    public var size: Double

    public init(name: String = "Times New Roman", size: Double) {
        self.name = name
        self.size = size
    }

    /// Forms, consents, statements: 12 pt.
    public static let form = BaseFont(size: 12)
    /// Orders and regulations (приказ, положение): 14 pt.
    public static let regulation = BaseFont(size: 14)
}

/// Where page numbers go.
public enum PageNumbering: Sendable, Equatable {
    case none
    /// Centred in the header of every page but the first (ГОСТ Р 7.0.97).
    case fromSecondPage
    /// Centred in the header of every page.
    case everyPage
}
