#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import MentorDocs

/// The templates page's requests for the questions: the school's catalogue downloaded, an edited one
/// uploaded. An upload is read in memory by the library's `QuestionCatalogueReader`, as `--questions`
/// reads a file, and kept (0600, replacing the one before whole) only when it has no error.
extension TemplatesRoutes {
    /// The largest catalogue taken: the built-in one is a few kilobytes.
    static let maximumQuestionsSize = 1024 * 1024

    /// GET `/templates/questions.spec`: the catalogue the school keeps, as it was uploaded.
    func schoolsQuestions() throws -> Response {
        guard let path = folder.questionsFile, let data = FileManager.default.contents(atPath: path) else { return Response(status: .notFound) }
        return Self.download(QuestionCatalogue.schoolFileName, [UInt8](data))
    }

    /// A catalogue as a file to save.
    static func download(_ name: String, _ bytes: [UInt8]) -> Response {
        Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// POST `/templates/questions`: the catalogue read; kept when it has no error, or every error on the page.
    func uploadQuestions(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: Self.maximumQuestionsSize)
        guard let form = MultipartForm(body: Array(buffer: body), contentType: request.headers[.contentType] ?? "") else {
            return ErrorPage.notAFileForm(from: "страница шаблонов", next: (Link("/templates", fragment: "questions"), "Открыть страницу шаблонов"))
        }
        guard let token = form.text("form_token"), AccessGuard.same(token, formToken) else { return AccessGuard.refusal }
        let report = specs.report()
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        func page(_ outcome: TemplatesPage.Outcome, status: HTTPResponse.Status) -> Response {
            Layout.response(TemplatesPage.html(school: programme.organisation.shortName, folder: folder, outcome: outcome, formToken: formToken),
                status: status)
        }
        guard let upload = form["questions"], !upload.bytes.isEmpty else {
            return page(.questionsRefused(file: nil, problems: []), status: .unprocessableContent)
        }
        let name = ImportRoutes.fileName(upload.fileName)
        let catalogue: QuestionCatalogue
        do {
            catalogue = try QuestionCatalogueReader.read(bytes: upload.bytes, name: name)
        } catch {
            return page(.questionsRefused(file: name, problems: error.diagnostics.filter { $0.severity == .error }), status: .unprocessableContent)
        }
        try folder.keepQuestions(upload.bytes)
        return page(.questionsKept(file: name, count: catalogue.questions.count), status: .ok)
    }
}
