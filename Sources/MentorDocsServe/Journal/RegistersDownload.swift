import Hummingbird
import MentorDocs
import MentorDocsJournal

/// POST `/journal/registers`: the curator's registers with the journal of consents, one file, made as
/// `generate --only registers --format F` makes it (the school's own template from the templates
/// folder when it has one, the journal of consents filled from the journal beside the spec) and
/// recorded in that journal as `generate` records what it writes.
enum RegistersDownload {
    /// The formats offered: the workbook for Excel and Calc, and the print registers.
    static let formats: [DocumentFormat] = [.xlsx, .ods, .docx, .odt]

    /// The registers of `spec` in `format`; a spec with errors is its page, as for the documents form.
    static func response(specs: SpecReportCache, format: DocumentFormat) throws -> Response {
        let spec = specs.path
        let report = specs.report()
        guard let programme = report.programme, !report.hasErrors else { return ErrorPage.spec(report.diagnostics, file: spec) }
        let source = TemplatesFolder(forSpec: spec).source
        let journalPath = Journal.path(forSpec: spec)
        let consents = try Journal.consentStates(forSpec: spec)
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.registers]), consents: consents)
        guard let record = records.first else { throw HTTPError(.notFound) }
        // A broken template is thrown, and answered by its page (`ErrorPage`).
        let document = try DocumentMaker(for: records, format: format, templates: source).document(for: record)
        let journal = try Journal(path: journalPath)
        try journal.record(IssuedDocument.documents(handedOut: document, as: DocumentsDownload.entryName(document.fileName), on: .today))
        return Attachment(fileName: document.fileName, bytes: document.bytes).response
    }
}
