import Hummingbird
import MentorDocs
import MentorDocsJournal

/// `/monitoring`'s requests: the page; the answer files read as `mentordocs monitoring --answers`
/// reads them (`AnswerImport`, each file with the stage chosen beside it) and kept in the journal
/// beside the spec, or every problem listed with its file and row and nothing kept; the report of
/// the answers kept (`MonitoringReport`), as `--out` writes it. The questions asked, read and reported
/// are the school's catalogue in its templates folder, else the built-in ones (`TemplatesFolder.questions`).
struct MonitoringRoutes: Sendable {
    /// The spec, read as the pages read it.
    let specs: SpecReportCache
    var spec: String { specs.path }
    let formToken: String

    /// The largest upload taken, all files together: a whole school's answers are far less.
    static let maximumUploadSize = 10 * 1024 * 1024
    /// The largest report form taken: two fields.
    static let maximumFormSize = 16 * 1024

    var folder: TemplatesFolder { TemplatesFolder(forSpec: spec) }

    func page() throws -> Response {
        let report = specs.report()
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        return Layout.response(MonitoringPage.html(programme, kept: try kept(), questions: try inUse(), formToken: formToken))
    }

    /// POST `/monitoring/answers`: the files, each with its stage, read together; kept only when none has an error.
    func answers(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: Self.maximumUploadSize)
        guard let form = MultipartForm(body: Array(buffer: body), contentType: request.headers[.contentType] ?? "") else {
            return ErrorPage.notAFileForm(from: "страница мониторинга", next: (Link("/monitoring"), "Открыть страницу мониторинга"))
        }
        guard let token = form.text("form_token"), AccessGuard.same(token, formToken) else { return AccessGuard.refusal }
        // As `monitoring`: a spec with errors reads nothing.
        let report = specs.report()
        guard let programme = report.programme, !report.hasErrors else { return ErrorPage.spec(report.diagnostics, file: spec) }
        let questions = try inUse()
        func page(_ outcome: MonitoringPage.Outcome, status: HTTPResponse.Status) throws -> Response {
            Layout.response(MonitoringPage.html(programme, kept: try kept(), questions: questions, outcome: outcome, formToken: formToken),
                status: status)
        }
        let stages = form.all("stage").map { MonitoringStage(spelling: String(decoding: $0.bytes, as: UTF8.self)) }
        let files = form.all("answers").enumerated().filter { !$0.element.bytes.isEmpty }
        guard !files.isEmpty else { return try page(.problem("Выберите хотя бы один файл с ответами."), status: .unprocessableContent) }
        var reader = AnswerImport(programme: programme, questions: questions.catalogue)
        for (index, file) in files {
            reader.read(bytes: file.bytes, file: ImportRoutes.fileName(file.fileName), stage: index < stages.count ? stages[index] : nil)
        }
        if reader.hasErrors { return try page(.refused(reader.problems), status: .unprocessableContent) }
        try Journal(path: Journal.path(forSpec: spec)).store(reader.responses)
        return try page(.kept(read: reader.responses, warnings: reader.problems), status: .ok)
    }

    /// POST `/monitoring/report`: the report of every answer kept, in DOCX or ODT.
    func report(_ request: Request) async throws -> Response {
        guard let form = try await FormFields.posted(request, upTo: Self.maximumFormSize, formToken: formToken) else {
            return AccessGuard.refusal
        }
        guard let format = form["format"].flatMap(DocumentFormat.init(rawValue:)), DocumentFormat.textDocuments.contains(format) else {
            return ErrorPage.page(title: "Запрос не принят", status: .badRequest,
                explanation: "Отчёт делается в формате DOCX или ODT. Откройте страницу мониторинга заново и нажмите кнопку нужного формата.",
                detail: nil, next: (Link("/monitoring"), "Открыть страницу мониторинга"))
        }
        let report = specs.report()
        guard let programme = report.programme, !report.hasErrors else { return ErrorPage.spec(report.diagnostics, file: spec) }
        // A broken template is thrown, and answered by its page (`ErrorPage`).
        let document = try MonitoringReport.document(for: programme, questions: try folder.questions(), responses: try kept(),
            format: format, templates: folder.source, on: .today)
        return Attachment(fileName: document.fileName, bytes: document.bytes).response
    }

    /// The questions asked, and whether they are the school's own.
    private func inUse() throws -> MonitoringPage.Questions {
        MonitoringPage.Questions(catalogue: try folder.questions(), isSchoolsOwn: folder.questionsFile != nil)
    }

    /// The answers kept in the journal; none before there is one (the page makes no journal).
    private func kept() throws -> [MentorDocs.Response] {
        try Journal.existing(at: Journal.path(forSpec: spec))?.responses() ?? []
    }
}
