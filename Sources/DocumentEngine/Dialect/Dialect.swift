/// What the engine needs to know about one office format's XML: which elements are paragraphs,
/// text, runs and tables, which parts carry text, and how a value is written into a text run.
///
/// The compiler and renderer are the same for every format; only this table differs.
struct Dialect: Sendable {
    /// The part every document of the format must have.
    var mainPart: String
    /// The entry that must come first in the archive.
    var firstEntry: String
    /// Whether the first entry is stored rather than deflated (ODT's `mimetype`).
    var firstEntryStored: Bool
    /// Which parts may carry tags.
    var carriesText: @Sendable (String) -> Bool

    var paragraphs: Set<QualifiedName>
    /// Elements whose text nodes are the document's text (`w:t`); nil where any text node in a paragraph counts.
    var textElement: QualifiedName?
    /// Elements that stand for characters inside a paragraph: a space, a tab, a line break.
    var characterElements: [QualifiedName: Unicode.Scalar]
    /// Subtrees of a paragraph whose text is not the paragraph's own (notes, frames, deleted text).
    var foreignSubtrees: Set<QualifiedName>
    /// Elements that may be emptied and dropped when tag text is taken out of them.
    var inlineWrappers: Set<QualifiedName>
    /// Elements whose presence keeps a paragraph that lost its tags from being removed as empty.
    var trivialInParagraph: Set<QualifiedName>
    /// Children copied along when an element is split in two (a run's formatting).
    var propertyElements: Set<QualifiedName>

    var tables: Set<QualifiedName>
    var tableRows: Set<QualifiedName>
    var tableCells: Set<QualifiedName>
    var lists: Set<QualifiedName>
    var listItems: Set<QualifiedName>
    /// Whether a table must keep a row (Word, ODF): a table whose rows all repeat is then dropped
    /// whole when they show nothing. A sheet's rows may all go.
    var tablesNeedRows = true

    /// How a paragraph ends or starts a page section.
    var sectionBreaks: SectionBreakMarking

    /// The element whose children are the document's blocks (`w:body`, `office:text`).
    var body: QualifiedName
    /// A paragraph holding `text`, for tags the engine adds itself; namespaces declared inline.
    var paragraphMarkup: @Sendable (String) -> String

    /// Writes a value as text inside the text element that held its tag.
    var encode: @Sendable (String, inout [UInt8]) -> Void
    /// A block that starts a new page, put between repeated blocks.
    var pageBreak: [UInt8]
    /// Mends what repeating or dropping blocks can break in a rendered part: a cell left without
    /// its final paragraph, copies of names and ids that must be unique.
    var mend: @Sendable (inout [UInt8], PartMending, inout UniqueNumbers) -> Void
    /// Strings whose presence in a repeated stretch means it may copy a name or id that must stay unique.
    var uniquelyNamed: [[UInt8]]
    /// Called once per part before compiling, to add what the part needs (a page-break style).
    var prepare: @Sendable (XMLDocument) -> Void
    /// Called once per part after its sections are placed, before it is serialized: marks what the
    /// format's own finishing of a rendered document needs (a sheet's repeated rows).
    var placed: @Sendable (XMLDocument) -> Void = { _ in }
    /// How messages name a paragraph's place when a number is not how its editor shows it (a sheet's cell: `B5`).
    var placeName: (@Sendable (XMLNode) -> String?)? = nil
}
