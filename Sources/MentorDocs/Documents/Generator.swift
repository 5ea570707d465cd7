import DocumentEngine

/// Turns a programme into documents on disk: each template compiled once, rendered per record,
/// each file written whole.
public struct Generator {
    public var format: DocumentFormat
    public var templates: TemplateSource
    public var options: RenderOptions

    public init(format: DocumentFormat = .docx, templates: TemplateSource = TemplateSource(), options: RenderOptions = RenderOptions()) {
        self.format = format
        self.templates = templates
        self.options = options
    }

    public struct Written: Sendable {
        public var record: DocumentRecord
        public var path: String
    }

    /// Compiles what the records need, then writes them; stops at the first record that fails,
    /// leaving the files already finished in place.
    public func generate(_ records: [DocumentRecord], into folder: OutputFolder) throws -> [Written] {
        var renderers: [DocumentKind: DocumentRenderer] = [:]
        for kind in Set(records.map(\.kind)).sorted(by: { $0.rawValue < $1.rawValue }) {
            let source = try templates.bytes(for: kind, format: format)
            let template = try CompiledTemplate.compile(bytes: source.bytes, file: source.file, filters: .mentordocs)
            renderers[kind] = try DocumentRenderer(template, filters: .mentordocs)
        }
        try folder.prepare()
        var written: [Written] = []
        for record in records {
            try folder.prepare(subfolder: record.kind.folder)
            let bytes: [UInt8]
            do {
                bytes = try renderers[record.kind]!.render(record.data, options: options)
            } catch {
                throw GenerationError(subject: record.subject, kind: record.kind, underlying: error)
            }
            let path = try folder.write(bytes, to: "\(record.kind.folder)/\(record.baseName).\(format.fileExtension)")
            written.append(Written(record: record, path: path))
        }
        return written
    }
}

/// A record that could not be made, named by id and surname only.
public struct GenerationError: Error, CustomStringConvertible {
    public var subject: String
    public var kind: DocumentKind
    public var underlying: any Error

    public var description: String { "\(kind.rawValue) for \(subject): \(underlying)" }
}
