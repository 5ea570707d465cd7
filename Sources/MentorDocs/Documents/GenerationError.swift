public import DocumentEngine

/// A record whose template could not be filled, named by id and surname only.
///
/// `Generator.generate` throws untyped, because it compiles, checks targets, renders and writes:
/// a `TemplateError` for a template, an `OutputError` for the folder or a PDF, an `ArchiveError`
/// when a compiled template cannot be opened again, and this for a record. Each has a kind.
public struct GenerationError: Error, Sendable, CustomStringConvertible {
    /// The record: an id and surname (`t2 (Ильин)`), or `all records` for a merged print file.
    public let subject: String
    /// The kind of document the record is.
    public let document: DocumentKind
    /// What was wrong with the record's data or the template.
    public let underlying: RenderError

    /// `kind` is the document's kind; the failure's kinds are `kinds`.
    public init(subject: String, kind document: DocumentKind, underlying: RenderError) {
        self.subject = subject
        self.document = document
        self.underlying = underlying
    }

    /// The kinds of the problems that stopped the record: `.missingValue` for data to ask for, …
    public var kinds: Set<RenderError.Kind> { underlying.kinds }

    public var description: String { "\(document.rawValue) for \(subject): \(underlying)" }
}
