#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
import Hummingbird
import MentorDocs
import MentorDocsJournal

/// The ZIP of a batch, sent as it is made: `DocumentMaker.forEachDocument` hands over each document
/// in the records' order and waits until it has been written to the connection, so a slow network
/// holds the batch back and at most a few documents are in memory, however long the batch. A browser
/// that goes away ends the batch (the write throws).
///
/// Everything that can be refused is refused before the first byte, as a page with its status: the
/// spec, the form, the templates. A record whose data does not fill its template is found only when
/// it is made, after the answer has begun; then the archive gets a text file that says which record
/// and why (by id and surname, as the library's messages do) and is closed properly, with the
/// documents made before it and `manifest.csv`.
///
/// PDF is made from the DOCX documents a few at a time (`pdfBatch`), by LibreOffice through the
/// library's `PDFConverter`, in a private scratch folder that is removed before each PDF is sent; the
/// archive holds the PDFs only, named as `generate --format pdf` names them.
///
/// The documents of an archive sent to its end are recorded in the journal beside the spec, as
/// `generate` records what it writes (the file is the entry's name); a browser that went away before
/// the end records nothing.
struct DocumentsDownload {
    let maker: DocumentMaker
    let records: [DocumentRecord]
    /// The journal beside the spec; it was opened once before the answer began, so it can be kept.
    let journal: String
    /// Converts the documents to PDF before they go into the archive; nil for DOCX or ODT.
    var converter: PDFConverter? = nil
    /// Where the page's script reads how far the batch has gone, and the batch's id; nil when the
    /// form named no batch.
    var progress: (board: BatchProgressBoard, id: String)? = nil

    /// How many documents LibreOffice converts in one call: each call starts it anew (seconds), and
    /// the documents wait in memory until their call is done.
    static let pdfBatch = 16

    /// The archive's name in the browser's downloads.
    static let fileName = "документы.zip"
    /// The text file that stands in for the documents a failure left unmade.
    static let failureFileName = "ОШИБКА — сделаны не все документы.txt"

    var response: Response {
        let maker = self.maker, records = self.records, journal = self.journal, converter = self.converter, progress = self.progress
        let disposition = Attachment.disposition(Self.fileName, asciiFallback: "documents.zip")
        let body = ResponseBody { writer in
            var zip = ZipStreamWriter(modified: Self.now())
            var written: [Generator.Written] = []
            var issued: [IssuedDocument] = []
            let today = CalendarDay.today
            func add(_ documents: [RenderedDocument]) async throws {
                for document in documents {
                    let name = Self.entryName(document.fileName)
                    let header = try zip.header(name: name, bytes: document.bytes)
                    try await Self.send(header, document.bytes, to: &writer)
                    written += document.records.map { Generator.Written(record: $0, path: name) }
                    issued += IssuedDocument.documents(handedOut: document, as: name, on: today)
                    if let progress { progress.board.advance(progress.id) }
                }
            }
            var ending = BatchProgressBoard.Entry.State.done
            do {
                var unconverted: [RenderedDocument] = []
                try await maker.forEachDocument(for: records) { document in
                    guard let converter else { return try await add([document]) }
                    unconverted.append(document)
                    if unconverted.count == Self.pdfBatch {
                        try await add(try await Self.converted(unconverted, by: converter))
                        unconverted = []
                    }
                }
                if let converter, !unconverted.isEmpty { try await add(try await Self.converted(unconverted, by: converter)) }
            } catch let error as ConnectionError {
                if let progress { progress.board.finish(progress.id, .stopped) }
                throw error.underlying
            } catch is CancellationError {
                if let progress { progress.board.finish(progress.id, .stopped) }
                throw CancellationError()
            } catch {
                ending = .failed
                let report = Array(Self.failureText(error).utf8)
                let header = try zip.header(name: Self.failureFileName, bytes: report)
                try await Self.send(header, report, to: &writer)
            }
            let manifest = Manifest.csv(written, relativeTo: "")
            let header = try zip.header(name: Manifest.fileName, bytes: manifest)
            try await Self.send(header, manifest, to: &writer)
            try await writer.write(ByteBuffer(bytes: zip.finish()))
            try await writer.finish(nil)
            if let progress { progress.board.finish(progress.id, ending) }
            try Journal(path: journal).record(issued)
        }
        return Response(status: .ok, headers: [.contentType: "application/zip", .contentDisposition: disposition], body: body)
    }

    /// `documents` as PDF, converted on a thread of their own: LibreOffice is waited for, which the
    /// tasks of the shared pool, on which the server answers, must not do.
    private static func converted(_ documents: [RenderedDocument], by converter: PDFConverter) async throws -> [RenderedDocument] {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    continuation.resume(returning: try converter.pdfs(of: documents))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// An entry's header and bytes; a failure to write means the browser is gone.
    private static func send(_ header: [UInt8], _ bytes: [UInt8], to writer: inout any ResponseBodyWriter) async throws {
        do {
            try await writer.write(ByteBuffer(bytes: header))
            try await writer.write(ByteBuffer(bytes: bytes))
        } catch {
            throw ConnectionError(underlying: error)
        }
    }

    private struct ConnectionError: Error {
        let underlying: any Error
    }

    /// The path `generate` writes a document to, each folder and name made safe again (no `..`, no
    /// absolute path, nothing Windows forbids), whatever a template folder's names might hold.
    static func entryName(_ fileName: String) -> String {
        fileName.split(separator: "/").map(String.init).filter { !$0.isEmpty && $0 != "." && $0 != ".." }
            .map(FileNaming.safe).joined(separator: "/")
    }

    static func failureText(_ error: any Error) -> String {
        let detail: String = switch error {
        case let error as GenerationError: error.description
        case let error as TemplateError: error.description
        case let error as OutputError: error.description
        case is ZipLimitError: "the archive would be larger than a ZIP file can hold (4 GiB); choose fewer documents"
        default: "an internal error"
        }
        return """
            Документы в этом архиве сделаны не все: на одном из них работа остановилась.
            Документы до него в архиве целы; manifest.csv перечисляет их.
            Исправьте данные в файле школы и скачайте архив ещё раз.

            \(detail)

            """.replacing("\n", with: "\r\n")
    }

    /// Now, in local time, as the entries are stamped.
    private static func now() -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date())
        return (parts.year ?? 1980, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
