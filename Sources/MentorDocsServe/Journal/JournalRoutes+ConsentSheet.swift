import Hummingbird
import MentorDocs
import MentorDocsJournal

/// The journal page's files: the registers downloaded (`RegistersDownload`), and an edited journal of
/// consents uploaded back, as `status --read-journal` reads it: first shown (what would be recorded,
/// what the journal has already, what is not applied and why), then recorded when confirmed.
extension JournalRoutes {
    /// The largest journal of consents taken: a whole school's is far less.
    static let maximumSheetSize = 10 * 1024 * 1024
    /// The largest confirmation taken: four short fields for each day to record.
    static let maximumConfirmationSize = 1024 * 1024

    /// POST `/journal/registers`: the form token and a format, then the file.
    func registers(_ request: Request) async throws -> Response {
        guard let form = try await FormFields.posted(request, upTo: Self.maximumFormSize, formToken: formToken) else {
            return AccessGuard.refusal
        }
        guard let format = form["format"].flatMap(DocumentFormat.init(rawValue:)), RegistersDownload.formats.contains(format) else {
            return ErrorPage.page(title: "Запрос не принят", status: .badRequest,
                explanation: "Реестры делаются в формате XLSX, ODS, DOCX или ODT. Откройте журнал заново и нажмите кнопку нужного формата.",
                detail: nil, next: (Link("/journal"), "Открыть журнал"))
        }
        return try RegistersDownload.response(specs: specs, format: format)
    }

    /// POST `/journal/consents`: the edited journal of consents, read without recording anything.
    func readConsentSheet(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: Self.maximumSheetSize)
        guard let form = MultipartForm(body: Array(buffer: body), contentType: request.headers[.contentType] ?? "") else {
            return ErrorPage.notAFileForm(from: "страница журнала", next: (Link("/journal"), "Открыть журнал"))
        }
        guard let token = form.text("form_token"), AccessGuard.same(token, formToken) else { return AccessGuard.refusal }
        let report = specs.report()
        guard let programme = report.programme, !report.hasErrors else { return ErrorPage.spec(report.diagnostics, file: spec) }
        func refused(_ problem: String) throws -> Response { try self.refused(problem, programme: programme) }
        guard let upload = form["sheet"], !upload.bytes.isEmpty else { return try refused("Выберите файл журнала согласий.") }
        guard let journal = try Journal.existing(at: Journal.path(forSpec: spec)) else {
            return try refused("Журнал ещё пуст: документы не выдавались, записывать нечего.")
        }
        let name = ImportRoutes.fileName(upload.fileName)
        let reading: ConsentSheetReading
        do {
            let sheet = try ConsentSheet(try WorkbookReader.read(bytes: upload.bytes, file: name))
            reading = try journal.readBack(sheet, in: programme, recording: false)
        } catch let error as WorkbookError {
            // The library's message names the file, the sheet and the cell, never a cell's content.
            return try refused("Файл не читается: \(error)")
        } catch let error as ConsentSheet.NotAJournal {
            return try refused("\(error.file): \(error.russianMessage)")
        }
        return Layout.response(ConsentSheetPage.html(programme, file: name, reading: reading, formToken: formToken))
    }

    /// POST `/journal/consents/record`: the days the shown reading would record, recorded by the
    /// rules of `mark`, all or none (the journal may have changed since it was shown).
    func recordConsentSheet(_ request: Request) async throws -> Response {
        guard let form = try await FormFields.posted(request, upTo: Self.maximumConfirmationSize, formToken: formToken) else {
            return AccessGuard.refusal
        }
        let report = specs.report()
        guard let programme = report.programme, !report.hasErrors else { return ErrorPage.spec(report.diagnostics, file: spec) }
        func refused(_ problem: String) throws -> Response { try self.refused(problem, programme: programme) }
        guard let requests = ConsentSheetPage.requests(form), !requests.isEmpty else {
            return try refused("Ничего не записано: форма пришла неполной. Загрузите файл журнала согласий ещё раз.")
        }
        guard let journal = try Journal.existing(at: Journal.path(forSpec: spec)) else { return try refused("Журнал ещё пуст: записывать нечего.") }
        do {
            try journal.mark(requests, in: programme)
        } catch let error as MarkingError {
            return try refused("Ничего не записано: журнал изменился с тех пор, как файл был прочитан. "
                + Set(error.problems.map { Words.markingProblem($0.kind) }).sorted().joined(separator: " ")
                + " Загрузите файл ещё раз.")
        }
        return Response(status: .seeOther, headers: [.location: Link("/journal", query: [("recorded", "\(requests.count)")]).address])
    }
}
