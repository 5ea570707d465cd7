public import DocumentEngine

/// Why a document's description cannot be written.
public struct AuthoringError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the description.
    public let kind: Kind
    /// What is wrong, in words for whoever edits the catalogue.
    public let message: String

    /// An authoring error of `kind`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A description whose document could not be packaged, as its archive says.
    public init(packaging error: ArchiveError) {
        self.init(.packagingFailed, error.description)
    }

    public var description: String { message }
}

extension AuthoringError {
    /// What is wrong with a document's description.
    public enum Kind: Sendable, Equatable, Hashable {
        /// A tag is not whole in one run: it opens without closing, opens inside another, closes
        /// without opening, or holds a character the writers write as an element.
        case tagNotInOneRun
        /// A tag that the template language does not read.
        case malformedTag
        /// A table's rows and cells do not fit its columns: no columns, cells missing, spanning
        /// past the end, or overlapping.
        case tableStructure
        /// A table's columns cannot be as wide as its words or its fixed widths need.
        case tableTooNarrow
        /// The written parts could not be packaged as an archive.
        case packagingFailed
        /// A sheet's name is empty, too long, holds a character Excel forbids, or is another sheet's.
        case sheetName
        /// A formula holds what the OpenDocument writer cannot write in ODF's syntax (a reference
        /// to another sheet or file).
        case formula
        /// A sheet's chart is not over a table of its sheet: a series' column without a name in
        /// the header row, or rows before the header.
        case chartData
    }
}
