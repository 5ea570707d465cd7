public import DocumentEngine

/// Makes documents in memory, touching no disk: the templates of the kinds it is given are compiled
/// once, when it is made, and each record is rendered from them to the bytes of a DOCX or ODT file.
///
/// It is a `Sendable` value: share one between tasks or threads and render from all of them at
/// once; each rendering borrows a renderer of its own. `Generator` writes what it makes to disk;
/// `documents(for:jobs:progress:)` and its relatives make a whole batch with async/await.
///
/// ```swift
/// let (programme, _) = try SpecReader.read(text: spec, name: "school.spec")
/// let records = DocumentPlanner.records(for: programme, kinds: [.consentAdult])
/// let maker = try DocumentMaker(for: records)
/// let consent = try maker.document(for: records[0])   // consent.fileName, consent.bytes
/// ```
public struct DocumentMaker: Sendable {
    /// The format of every document it makes: DOCX or ODT (the answer sheets: the workbook beside it,
    /// `DocumentKind.format(besideDocumentsOf:)`).
    public let format: DocumentFormat
    /// How records are rendered: with `allowMissing`, missing data prints as a blank.
    public let options: RenderOptions
    /// Whether each kind's records go into one print file, a page break between records,
    /// instead of a file each.
    public let merge: Bool
    /// The kinds it has templates for, and so can make documents of.
    public let kinds: Set<DocumentKind>
    private let renderers: RendererPool

    /// Compiles the template of each kind in `kinds` from `templates`, in `format`; the first
    /// template with problems is thrown with every problem it has.
    public init(kinds: some Sequence<DocumentKind>, format: DocumentFormat = .docx, templates: TemplateSource = TemplateSource(),
        options: RenderOptions = RenderOptions(), merge: Bool = false) throws(TemplateError)
    {
        let kinds = Set(kinds)
        let compileOptions = merge ? CompileOptions(repeatBody: DataPath([.key(OutputDocument.mergedList)])) : CompileOptions()
        var compiled: [DocumentKind: CompiledTemplate] = [:]
        for kind in DocumentKind.allCases where kinds.contains(kind) {
            // A workbook-only kind (the answer sheets) is made as the workbook beside `format`, a file per record.
            let source = try templates.bytes(for: kind, format: kind.format(besideDocumentsOf: format))
            compiled[kind] = try CompiledTemplate.compile(bytes: source.bytes, file: source.file, filters: .mentordocs,
                options: kind.isWorkbookOnly ? CompileOptions() : compileOptions)
        }
        self.format = format
        self.options = options
        self.merge = merge
        self.kinds = kinds
        self.renderers = RendererPool(templates: compiled)
    }

    /// Compiles the templates of the kinds `records` are of (see `init(kinds:…)`).
    public init(for records: [DocumentRecord], format: DocumentFormat = .docx, templates: TemplateSource = TemplateSource(),
        options: RenderOptions = RenderOptions(), merge: Bool = false) throws(TemplateError)
    {
        try self.init(kinds: records.map(\.kind), format: format, templates: templates, options: options, merge: merge)
    }

    /// The document of one record; with `merge`, a print file of its kind holding that record alone.
    ///
    /// Throws a `GenerationError` naming the record by id and surname: a template whose data lacks
    /// something (unless `options` allow it), or a record of a kind it has no template for.
    public func document(for record: DocumentRecord) throws -> RenderedDocument {
        try document(of: OutputDocument(kind: record.kind, records: [record], merged: merge))
    }

    /// The files `records` make: a file per record, or with `merge` a print file per kind.
    func outputs(for records: [DocumentRecord]) -> [OutputDocument] {
        guard merge, records.contains(where: \.kind.isWorkbookOnly) else { return OutputDocument.documents(for: records, merge: merge) }
        return OutputDocument.documents(for: records.filter { !$0.kind.isWorkbookOnly }, merge: true)
            + OutputDocument.documents(for: records.filter(\.kind.isWorkbookOnly), merge: false)
    }

    func document(of output: OutputDocument) throws -> RenderedDocument {
        RenderedDocument(kind: output.kind, records: output.records,
            fileName: output.path(extension: output.kind.format(besideDocumentsOf: format).fileExtension),
            bytes: try bytes(of: output))
    }

    /// The file's bytes. Data that does not fill the template comes as a `GenerationError` naming
    /// whom the file is for; a kind the maker has no template for, as a `TemplateError`.
    func bytes(of output: OutputDocument) throws -> [UInt8] {
        let options = self.options
        let rendered = try renderers.withRenderer(of: output.kind) { renderer in
            Result { () throws(RenderError) in try renderer.render(output.data, options: options) }
        }
        switch rendered {
        case .success(let bytes): return bytes
        case .failure(let error): throw GenerationError(subject: output.subject, kind: output.kind, underlying: error)
        case nil: throw TemplateError(file: "\(output.kind.rawValue).\(output.kind.format(besideDocumentsOf: format).fileExtension)",
            problems: [Self.notPrepared])
        }
    }

    private static let notPrepared = TemplateProblem(.noSuchTemplate,
        "this kind of document was not among the kinds the DocumentMaker was made for; name it in `kinds`")
}
