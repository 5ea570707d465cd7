public import DocumentEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
import Synchronization

/// Turns a programme into documents on disk: each template compiled once, rendered per record
/// (by a `DocumentMaker`), each file written whole.
public struct Generator {
    /// The format the documents are made in (and converted from, for PDF).
    public var format: DocumentFormat
    /// Where the templates come from: the built-in ones, or a school's folder of edited ones.
    public var templates: TemplateSource
    /// How records are rendered: with `allowMissing`, missing data prints as a blank.
    public var options: RenderOptions
    /// One print file per kind, a page break between records, instead of a file per record.
    public var merge: Bool

    /// A generator of `format` documents from `templates`; `jobs` (at least 1) defaults to one per processor.
    public init(format: DocumentFormat = .docx, templates: TemplateSource = TemplateSource(),
        options: RenderOptions = RenderOptions(), merge: Bool = false, jobs: Int? = nil)
    {
        self.format = format
        self.templates = templates
        self.options = options
        self.merge = merge
        if let jobs { self.jobs = max(1, jobs) }
    }

    /// A file written, and the record it holds (a print file has one for each of its records).
    public struct Written: Sendable {
        /// The record written.
        public var record: DocumentRecord
        /// The file it is in, the output folder's path included:
        /// `documents/consents/Ильин П.А. — согласие на обработку ПДн.docx`.
        public var path: String

        /// `record`, written to `path`.
        public init(record: DocumentRecord, path: String) {
            self.record = record
            self.path = path
        }
    }

    /// Convert the documents to PDF through LibreOffice (they are made as `format` first).
    public var convertToPDF = false

    /// The format records of workbook-only kinds (the answer sheets) are made in, beside documents of
    /// `format`: XLSX beside DOCX or PDF, ODS beside ODT.
    public var workbookFormat: DocumentFormat { DocumentKind.answerSheet.format(besideDocumentsOf: format) }

    /// How many records are rendered at once (one renderer per job).
    public var jobs: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Compiles what the records need, checks that no two records share a file (and, without
    /// `overwrite`, that none is there already) before writing any, then writes them; stops at the
    /// first record that fails, leaving the files already finished in place. Ends with `manifest.csv`.
    ///
    /// Records of workbook-only kinds (`DocumentKind.isWorkbookOnly`) are made in `workbookFormat`, a file each.
    public func generate(_ records: [DocumentRecord], into folder: OutputFolder) throws -> [Written] {
        let splitsWorkbooks = DocumentFormat.textDocuments.contains(format)
        let workbookRecords = splitsWorkbooks ? records.filter { $0.kind.isWorkbookOnly } : []
        let documentRecords = splitsWorkbooks ? records.filter { !$0.kind.isWorkbookOnly } : records
        let maker = try DocumentMaker(for: documentRecords, format: format, templates: templates, options: options, merge: merge)
        let documents = maker.outputs(for: documentRecords)
        let fileExtension = convertToPDF ? "pdf" : format.fileExtension
        let names = documents.map { $0.path(extension: fileExtension) }
        let workbookMaker = workbookRecords.isEmpty ? nil
            : try DocumentMaker(for: workbookRecords, format: workbookFormat, templates: templates, options: options, merge: false)
        let workbooks = workbookMaker?.outputs(for: workbookRecords) ?? []
        let workbookNames = workbooks.map { $0.path(extension: workbookFormat.fileExtension) }
        try OutputTargets(files: zip(names + workbookNames, documents + workbooks).map { ($0, $1.owner) }).check(against: folder)
        try folder.prepare()
        for kind in DocumentKind.allCases where maker.kinds.contains(kind) || workbookMaker?.kinds.contains(kind) == true {
            try folder.prepare(subfolder: kind.folder)
        }
        let paths = convertToPDF
            ? try writtenAsPDF(documents, maker: maker, names: names, into: folder)
            : try write(documents, maker: maker, into: folder) { index in names[index] }
        let workbookPaths = try workbookMaker.map { workbookMaker in try write(workbooks, maker: workbookMaker, into: folder) { workbookNames[$0] } } ?? []
        let written = documents.indices.flatMap { index in documents[index].records.map { Written(record: $0, path: paths[index]) } }
            + workbooks.indices.flatMap { index in workbooks[index].records.map { Written(record: $0, path: workbookPaths[index]) } }
        var manifest = folder
        manifest.overwrite = true
        try manifest.write(Manifest.csv(written, relativeTo: folder.path), to: Manifest.fileName)
        return written
    }

    /// Renders the documents into a private scratch folder, converts them there, and writes each PDF
    /// into `folder` like any other file: whole, under its own name, with the folder's mode. The
    /// documents made on the way never appear in `folder`, and a name already there counts as
    /// the PDF's, not the DOCX's.
    private func writtenAsPDF(_ documents: [OutputDocument], maker: DocumentMaker, names: [String],
        into folder: OutputFolder) throws -> [String]
    {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let sourceExtension = format.fileExtension
        // Numbered, as LibreOffice names each PDF after its source and puts them in one folder.
        let sources = try write(documents, maker: maker, into: OutputFolder(path: scratch.path, overwrite: true)) { index in
            "\(index).\(sourceExtension)"
        }
        let pdfs = try PDFConverter(jobs: self.jobs).convert(sources)
        return try zip(pdfs, names).map { pdf, name in
            guard let bytes = FileManager.default.contents(atPath: pdf) else {
                throw OutputError(.conversionFailed, "cannot read the PDF made for \(name)")
            }
            return try folder.write([UInt8](bytes), to: name)
        }
    }

    /// Makes the documents on `self.jobs` threads, writing document `index` to `name(index)`; the
    /// first failure stops the rest, and the files finished by then stay. Returns each document's path.
    ///
    /// Threads rather than tasks: writing a file blocks, which tasks of the shared pool must not do.
    private func write(_ documents: [OutputDocument], maker: DocumentMaker, into folder: OutputFolder,
        name: @escaping @Sendable (Int) -> String) throws -> [String]
    {
        let state = Mutex(BatchState(count: documents.count))
        let workers = max(1, min(self.jobs, documents.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < documents.count, !state.withLock({ $0.failed }) {
                do {
                    let path = try folder.write(try maker.bytes(of: documents[index]), to: name(index))
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
}
