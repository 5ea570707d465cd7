import DocumentEngine

/// Turns a programme into documents on disk: each template compiled once, rendered per record,
/// each file written whole.
public struct Generator {
    public var format: DocumentFormat
    public var templates: TemplateSource
    public var options: RenderOptions
    /// One print file per kind, a page break between records, instead of a file per record.
    public var merge: Bool

    public init(format: DocumentFormat = .docx, templates: TemplateSource = TemplateSource(),
        options: RenderOptions = RenderOptions(), merge: Bool = false)
    {
        self.format = format
        self.templates = templates
        self.options = options
        self.merge = merge
    }

    public struct Written: Sendable {
        public var record: DocumentRecord
        public var path: String
    }

    /// Compiles what the records need, then writes them; stops at the first record that fails,
    /// leaving the files already finished in place. Ends with `manifest.csv`.
    public func generate(_ records: [DocumentRecord], into folder: OutputFolder) throws -> [Written] {
        let kinds = DocumentKind.allCases.filter { kind in records.contains { $0.kind == kind } }
        var renderers: [DocumentKind: DocumentRenderer] = [:]
        for kind in kinds {
            let source = try templates.bytes(for: kind, format: format)
            let options = merge ? CompileOptions(repeatBody: DataPath([.key(Self.mergedList)])) : CompileOptions()
            let template = try CompiledTemplate.compile(bytes: source.bytes, file: source.file, filters: .mentordocs, options: options)
            renderers[kind] = try DocumentRenderer(template, filters: .mentordocs)
        }
        try folder.prepare()
        var written: [Written] = []
        if merge {
            for kind in kinds {
                let group = records.filter { $0.kind == kind }
                try folder.prepare(subfolder: kind.folder)
                let bytes: [UInt8]
                do {
                    bytes = try renderers[kind]!.render(.map([Self.mergedList: .list(group.map(\.data))]), options: options)
                } catch {
                    throw GenerationError(subject: "all records", kind: kind, underlying: error)
                }
                let name = "\(kind.folder)/\(FileNaming.safe(kind.fileTitle)) — все.\(format.fileExtension)"
                let path = try folder.write(bytes, to: name)
                written += group.map { Written(record: $0, path: path) }
            }
        } else {
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
        }
        var manifest = folder
        manifest.overwrite = true
        try manifest.write(Manifest.csv(written, relativeTo: folder.path), to: Manifest.fileName)
        return written
    }

    /// The list a merged print file repeats its body over.
    static let mergedList = "records"
}

/// A record that could not be made, named by id and surname only.
public struct GenerationError: Error, CustomStringConvertible {
    public var subject: String
    public var kind: DocumentKind
    public var underlying: any Error

    public var description: String { "\(kind.rawValue) for \(subject): \(underlying)" }
}
