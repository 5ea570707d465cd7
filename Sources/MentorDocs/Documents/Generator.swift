import DocumentEngine
import Foundation
import Synchronization

/// Turns a programme into documents on disk: each template compiled once, rendered per record,
/// each file written whole.
public struct Generator {
    public var format: DocumentFormat
    public var templates: TemplateSource
    public var options: RenderOptions
    /// One print file per kind, a page break between records, instead of a file per record.
    public var merge: Bool

    public init(format: DocumentFormat = .docx, templates: TemplateSource = TemplateSource(),
        options: RenderOptions = RenderOptions(), merge: Bool = false, jobs: Int? = nil)
    {
        self.format = format
        self.templates = templates
        self.options = options
        self.merge = merge
        if let jobs { self.jobs = max(1, jobs) }
    }

    public struct Written: Sendable {
        public var record: DocumentRecord
        public var path: String

        public init(record: DocumentRecord, path: String) {
            self.record = record
            self.path = path
        }
    }

    /// Convert the documents to PDF through LibreOffice (they are made as `format` first).
    public var convertToPDF = false

    /// How many records are rendered at once (one renderer per job).
    public var jobs: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Compiles what the records need, checks that no two records share a file (and, without
    /// `overwrite`, that none is there already) before writing any, then writes them; stops at the
    /// first record that fails, leaving the files already finished in place. Ends with `manifest.csv`.
    public func generate(_ records: [DocumentRecord], into folder: OutputFolder) throws -> [Written] {
        let kinds = DocumentKind.allCases.filter { kind in records.contains { $0.kind == kind } }
        var templates: [DocumentKind: CompiledTemplate] = [:]
        for kind in kinds {
            let source = try self.templates.bytes(for: kind, format: format)
            let options = merge ? CompileOptions(repeatBody: DataPath([.key(Self.mergedList)])) : CompileOptions()
            templates[kind] = try CompiledTemplate.compile(bytes: source.bytes, file: source.file, filters: .mentordocs, options: options)
        }
        let jobs: [Job] = merge
            ? kinds.map { kind in Job(kind: kind, records: records.filter { $0.kind == kind }, merged: true) }
            : records.map { Job(kind: $0.kind, records: [$0], merged: false) }
        let fileExtension = convertToPDF ? "pdf" : format.fileExtension
        let names = jobs.map { "\($0.kind.folder)/\($0.name).\(fileExtension)" }
        try OutputTargets(files: zip(names, jobs).map { ($0, $1.owner) }).check(against: folder)
        try folder.prepare()
        for kind in kinds { try folder.prepare(subfolder: kind.folder) }
        let paths = convertToPDF
            ? try writtenAsPDF(jobs, templates: templates, names: names, into: folder)
            : try run(jobs, templates: templates, into: folder) { index, _ in names[index] }
        let written = jobs.indices.flatMap { index in jobs[index].records.map { Written(record: $0, path: paths[index]) } }
        var manifest = folder
        manifest.overwrite = true
        try manifest.write(Manifest.csv(written, relativeTo: folder.path), to: Manifest.fileName)
        return written
    }

    /// Renders the jobs into a private scratch folder, converts them there, and writes each PDF
    /// into `folder` like any other file: whole, under its own name, with the folder's mode. The
    /// documents made on the way never appear in `folder`, and a name already there counts as
    /// the PDF's, not the DOCX's.
    private func writtenAsPDF(_ jobs: [Job], templates: [DocumentKind: CompiledTemplate], names: [String],
        into folder: OutputFolder) throws -> [String]
    {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let sourceExtension = format.fileExtension
        // Numbered, as LibreOffice names each PDF after its source and puts them in one folder.
        let sources = try run(jobs, templates: templates, into: OutputFolder(path: scratch.path, overwrite: true)) { index, _ in
            "\(index).\(sourceExtension)"
        }
        let pdfs = try PDFConverter(jobs: self.jobs).convert(sources)
        return try zip(pdfs, names).map { pdf, name in
            let bytes: [UInt8]
            do {
                bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: pdf)))
            } catch {
                throw OutputError("cannot read the PDF made for \(name): \(error.localizedDescription)")
            }
            return try folder.write(bytes, to: name)
        }
    }
    /// One output file: a record, or all records of a kind merged.
    private struct Job: Sendable {
        var kind: DocumentKind
        var records: [DocumentRecord]
        var merged: Bool

        var name: String {
            merged ? FileNaming.safe(kind.printFileName) : records[0].baseName
        }

        /// What the file is for, as messages name it: a kind and an id and surname, or all of a kind.
        var owner: String {
            merged ? "all \(kind.rawValue) records" : "\(kind.rawValue) for \(records[0].subject)"
        }

        var data: TemplateValue {
            merged ? .map([Generator.mergedList: .list(records.map(\.data))]) : records[0].data
        }
    }

    /// Runs the jobs on `self.jobs` threads, each with its own renderers, writing job `index` to
    /// `name(index, job)`; the first failure stops the rest, and the files finished by then stay.
    /// Returns each job's path.
    private func run(_ jobs: [Job], templates: [DocumentKind: CompiledTemplate], into folder: OutputFolder,
        name: @escaping @Sendable (Int, Job) -> String) throws -> [String]
    {
        let state = Mutex(BatchState(count: jobs.count))
        let workers = max(1, min(self.jobs, jobs.count))
        let options = self.options
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var renderers: [DocumentKind: DocumentRenderer] = [:]
            var index = worker
            while index < jobs.count, !state.withLock({ $0.failed }) {
                let job = jobs[index]
                do {
                    if renderers[job.kind] == nil { renderers[job.kind] = try DocumentRenderer(templates[job.kind]!, filters: .mentordocs) }
                    let bytes: [UInt8]
                    do {
                        bytes = try renderers[job.kind]!.render(job.data, options: options)
                    } catch {
                        throw GenerationError(subject: job.merged ? "all records" : job.records[0].subject, kind: job.kind, underlying: error)
                    }
                    let path = try folder.write(bytes, to: name(index, job))
                    state.withLock { $0.paths[index] = path }
                } catch {
                    state.withLock { $0.fail(at: index, error) }
                }
                index += workers
            }
        }
        let result = state.withLock { $0 }
        if let failure = result.failure { throw failure.error }
        return result.paths.map { $0 ?? "" }
    }

    private struct BatchState: @unchecked Sendable {
        var paths: [String?]
        var failure: (index: Int, error: any Error)?
        var failed: Bool { failure != nil }

        init(count: Int) { paths = Array(repeating: nil, count: count) }

        /// Keeps the earliest record's failure, so the message does not depend on thread timing.
        mutating func fail(at index: Int, _ error: any Error) {
            if failure == nil || index < failure!.index { failure = (index, error) }
        }
    }

    /// The list a merged print file repeats its body over.
    static let mergedList: FieldName = "records"
}
