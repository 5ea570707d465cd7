/// One thing wrong with a template.
public struct TemplateProblem: Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, for a caller to act on without reading the message.
    public let kind: Kind
    /// The XML part the problem is in, when it is in one.
    public let part: String?
    /// The tag's place, when the problem is a tag's.
    public let location: TagLocation?
    /// What is wrong, in words for the person who made the template.
    public let message: String

    /// A problem of `kind`; `location` (which names its part) or `part` says where, when known.
    public init(_ kind: Kind, part: String? = nil, location: TagLocation? = nil, _ message: String) {
        self.kind = kind
        self.part = location?.part ?? part
        self.location = location
        self.message = message
    }

    public var description: String {
        if let location { return "\(location): \(message)" }
        if let part { return "\(part): \(message)" }
        return message
    }
}

extension TemplateProblem {
    /// What is wrong with a template. The file's own faults (`archive`, `xml`, `notADocument`)
    /// mean it is refused as a document, some of them as hostile; the others are mistakes in its
    /// tags, to be fixed by whoever wrote them.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The template file cannot be read from disk.
        case unreadableFile
        /// No built-in template has the name asked for.
        case noSuchTemplate
        /// The archive is refused: not a zip, damaged, hostile or too large.
        case archive(ArchiveError.Kind)
        /// A part's XML is refused: malformed, or declaring a DOCTYPE.
        case xml(XMLParseError.Kind)
        /// The archive has no document part where Word or LibreOffice would find one.
        case notADocument
        /// A tag that cannot be read.
        case syntax(TagSyntaxError.Kind)
        /// `{{` without its `}}` in the same paragraph.
        case unclosedTag
        /// A tag begun at the end of one paragraph and finished in the next.
        case tagSplitAcrossParagraphs
        /// A filter the template's filter registry does not have.
        case unknownFilter
        /// A filter given more or fewer arguments than it takes.
        case wrongArgumentCount
        /// `{{#name}}` or `{{^name}}` with no closing tag.
        case unclosedSection
        /// A closing tag that closes nothing, or not the innermost open section.
        case unmatchedClose
        /// A section whose tags stand where it cannot repeat anything: across tables, inside a
        /// text box, overlapping another section, a page break within one paragraph.
        case misplacedSection
        /// A part with more tags than `maximumTags` (100,000): refused before compiling.
        case tooManyTags
        /// A merged print file asked for, but the body has no paragraph to repeat.
        case nothingToRepeat
        /// A sheet's formula or range refers to rows that repeat in a way that cannot follow them:
        /// one cell of repeated rows from outside them, part of them, `INDIRECT`, several sheets at once.
        case unshiftableReference
        /// A chart bound to data (`{{#chart name}}` in its title) whose data cannot be written into it:
        /// a scatter chart, a series without numbers kept with the chart, no data table of its own.
        case unfillableChart
        /// Something the engine does not do yet for this format (a merged print file of a workbook).
        case unsupported
        /// The compiler lost track of its own markers: a bug in mentordocs, not in the template.
        case internalError
    }
}
