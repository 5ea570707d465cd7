import Hummingbird
import MentorDocs

/// The templates page's requests: the list, a built-in template downloaded, an edited one uploaded.
/// An upload is read in memory with the command's checks (a file kind mentordocs reads, the archive's
/// limits, every tag compiled as `inspect` compiles it) and kept only when it has no problem.
struct TemplatesRoutes: Sendable {
    /// The spec, read as the pages read it.
    let specs: SpecReportCache
    var spec: String { specs.path }
    let formToken: String

    /// The largest upload taken: a template with a logo is far less.
    static let maximumUploadSize = 10 * 1024 * 1024

    var folder: TemplatesFolder { TemplatesFolder(forSpec: spec) }

    func page() throws -> Response {
        let report = specs.report()
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        return Layout.response(TemplatesPage.html(school: programme.organisation.shortName, folder: folder, formToken: formToken))
    }

    /// The largest restore form taken: two fields.
    static let maximumRestoreFormSize = 16 * 1024

    /// POST `/templates/restore`: the school's own template of a kind (every format), or its questions,
    /// removed; the built-in ones are used from the next document on.
    func restore(_ request: Request) async throws -> Response {
        guard let form = try await FormFields.posted(request, upTo: Self.maximumRestoreFormSize, formToken: formToken) else {
            return AccessGuard.refusal
        }
        let report = specs.report()
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        let words: String
        switch form["restore"] {
        case "questions":
            try folder.restoreQuestions()
            words = "Анкеты снова задают встроенные вопросы."
        case let value?:
            guard let kind = DocumentKind(rawValue: value) else { throw HTTPError(.badRequest) }
            try folder.restore(kind)
            words = "Документы «\(Words.kind(kind))» снова делаются по встроенному шаблону."
        case nil:
            throw HTTPError(.badRequest)
        }
        return Layout.response(TemplatesPage.html(school: programme.organisation.shortName, folder: folder, outcome: .restored(words),
            formToken: formToken))
    }

    /// GET `/templates/built-in/KIND.docx` (or `.odt`): the built-in template, as `templates export` writes it;
    /// `questions.spec`: the built-in question catalogue, where a school's own begins.
    func builtIn(_ file: String) throws -> Response {
        if file == QuestionCatalogue.schoolFileName { return Self.download(file, QuestionCatalogue.builtInFile) }
        let parts = file.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = DocumentKind(rawValue: parts[0]), let format = DocumentFormat(rawValue: parts[1]),
            TemplateSource.builtInFormats(of: kind).contains(format)
        else { return Response(status: .notFound) }
        let template = try TemplateSource().bytes(for: kind, format: format)
        let disposition = "attachment; filename=\"\(kind.rawValue).\(format.fileExtension)\""
        return Response(status: .ok, headers: [.contentType: "application/octet-stream", .contentDisposition: disposition],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: template.bytes)))
    }

    func upload(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: Self.maximumUploadSize)
        guard let form = MultipartForm(body: Array(buffer: body), contentType: request.headers[.contentType] ?? "") else {
            return ErrorPage.notAFileForm(from: "страница шаблонов", next: (Link("/templates"), "Открыть страницу шаблонов"))
        }
        guard let token = form.text("form_token"), AccessGuard.same(token, formToken) else { return AccessGuard.refusal }
        let report = specs.report()
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        let school = programme.organisation.shortName
        func refused(_ file: String?, _ problems: [TemplatesPage.Problem]) -> Response {
            Layout.response(TemplatesPage.html(school: school, folder: folder, outcome: .refused(file: file, problems: problems), formToken: formToken),
                status: .unprocessableContent)
        }
        guard let kind = form.text("kind").flatMap(DocumentKind.init(rawValue:)) else { return refused(nil, [.init("Выберите документ из списка.")]) }
        guard let upload = form["template"], !upload.bytes.isEmpty else { return refused(nil, [.init("Выберите файл шаблона.")]) }
        let name = ImportRoutes.fileName(upload.fileName)
        guard let fileKind = DocumentFileKind(fileName: name), DocumentFormat.textDocuments.contains(fileKind.format) else {
            return refused(name, [.init("Это не шаблон документа: нужен файл DOCX или ODT (также .dotx, .docm, .dotm, .ott), сохранённый в Word или LibreOffice.")])
        }
        let compiled: CompiledTemplate
        do {
            compiled = try CompiledTemplate.compile(bytes: upload.bytes, file: name, filters: .mentordocs)
        } catch {
            // Each problem with its part and paragraph, as `inspect` prints them; never the document's other text.
            return refused(name, error.problems.map { TemplatesPage.Problem(TemplateProblemWords.explanation($0.kind), detail: $0.description) })
        }
        try folder.keep(upload.bytes, kind: kind, as: fileKind)
        return Layout.response(TemplatesPage.html(school: school, folder: folder,
            outcome: .kept(kind: kind, file: name, compiled: compiled), formToken: formToken))
    }
}
