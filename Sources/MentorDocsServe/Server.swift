public import Hummingbird
import MentorDocs
import MentorDocsJournal
import NIOCore

/// `mentordocs serve`: the school's spec as pages on 127.0.0.1 (or on the school's network, with a
/// password: `ServeNetwork`), and its documents as a ZIP.
///
/// The server keeps nothing of the school but the last reading of the spec and the pages made from
/// it: each page reads the spec file anew (it stays the single source of truth, and an edit in a text
/// editor shows at the next reload), parses it again when its bytes have changed (`SpecReportCache`)
/// and makes again the pages that depend on it alone (`PageMemo`), through the same library calls the
/// command makes. README's "The local web page" tells the
/// security model that `AccessGuard` and `SecurityHeaders` keep.
public struct MentorDocsServer: Sendable {
    /// The spec file, as given on the command line.
    public let spec: String
    /// The port asked for; 0 lets the system pick a free one.
    public let requestedPort: Int
    /// Where it listens and who may log in from elsewhere.
    public let network: ServeNetwork
    let secrets: ServeSecrets
    let port: BoundPort
    /// Where LibreOffice is, for PDF: `PDFConverter.office` unless a test says otherwise.
    var office: @Sendable () -> String? = { PDFConverter.office }

    /// A server of `spec` on `port` (0: a free one), on `network` (this computer only unless said), with
    /// new random secrets unless given.
    public init(spec: String, port: Int = 0, network: ServeNetwork = .loopback, secrets: ServeSecrets = .random()) {
        self.spec = spec
        self.requestedPort = port
        self.network = network
        self.secrets = secrets
        self.port = BoundPort(port == 0 ? nil : port)
    }

    /// The address to open on this computer, with the access token: `http://127.0.0.1:PORT/?token=…`
    /// (the bound address instead when the server listens on one address that is not every one).
    public func address(port: Int) -> String {
        let host = network.isWildcard ? "127.0.0.1" : network.host.contains(":") ? "[\(network.host)]" : network.host
        return "http://\(host):\(port)/?token=\(secrets.accessToken)"
    }

    /// Runs until the process is told to stop (Ctrl+C, SIGTERM); `started` is called with the
    /// address to open once the server listens.
    public func run(started: @escaping @Sendable (_ address: String) async -> Void) async throws {
        try await application(started: started).runService()
    }

    /// The application `run` runs: the routes, bound to the network's address; once it listens, the port the
    /// system gave it is what `Host` must name, and `started` hears the address.
    func application(started: @escaping @Sendable (_ address: String) async -> Void = { _ in })
        -> Application<RouterResponder<ServeRequestContext>>
    {
        let port = self.port
        let server = self
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(network.host, port: requestedPort), serverName: nil),
            onServerRunning: { channel in
                guard let bound = channel.localAddress?.port else { return }
                port.value = bound
                await started(server.address(port: bound))
            })
    }

    /// The routes, behind the security headers and the access guard.
    public func router() -> Router<ServeRequestContext> {
        let router = Router(context: ServeRequestContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: AccessGuard(secrets: secrets, port: port, network: network))
        let spec = self.spec, formToken = secrets.formToken, office = self.office
        let progress = BatchProgressBoard()
        let specs = SpecReportCache(path: spec)
        let pages = PageMemo()
        router.get("/") { _, _ in
            let snapshot = specs.snapshot(), report = snapshot.report
            guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
            return pages.response("/", of: snapshot) { SchoolPage.html(programme, diagnostics: report.diagnostics) }
        }
        router.get("/participants") { request, _ in
            let snapshot = specs.snapshot()
            guard let programme = snapshot.report.programme else { return ErrorPage.spec(snapshot.report.diagnostics, file: spec) }
            let query = FormFields(encoded: request.uri.query ?? "")
            if ParticipantsPage.Filter(query).readsJournal {
                let owing = try SignedPapersReport.owing(in: programme, journalBesideSpec: spec)
                return Layout.response(ParticipantsPage.html(programme, query: query, owing: owing))
            }
            return pages.response(request.uri.description, of: snapshot) { ParticipantsPage.html(programme, query: query) }
        }
        router.get("/pairs") { request, _ in
            let snapshot = specs.snapshot()
            guard let programme = snapshot.report.programme else { return ErrorPage.spec(snapshot.report.diagnostics, file: spec) }
            return pages.response(request.uri.description, of: snapshot) {
                PairsPage.html(programme, query: FormFields(encoded: request.uri.query ?? ""))
            }
        }
        router.get("/documents") { _, _ in
            let report = specs.report()
            guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
            return Layout.response(DocumentsPage.html(programme, hasErrors: report.hasErrors, formToken: formToken))
        }
        router.post("/documents") { request, _ in
            try await Self.download(request, spec: spec, specs: specs, formToken: formToken, officeInstalled: office() != nil, progress: progress)
        }
        router.get("/documents/progress/:id") { _, context in
            BatchProgressAnswer.response(progress, id: try context.parameters.require("id"))
        }
        let entries = EntryRoutes(spec: spec, formToken: formToken)
        router.get("/participants/new") { _, _ in try entries.form(.participant, id: nil) }
        router.post("/participants/new") { request, _ in try await entries.save(.participant, id: nil, request: request) }
        router.get("/participants/:id/edit") { _, context in try entries.form(.participant, id: try context.parameters.require("id")) }
        router.post("/participants/:id/edit") { request, context in
            try await entries.save(.participant, id: try context.parameters.require("id"), request: request)
        }
        router.get("/pairs/new") { _, _ in try entries.form(.pair, id: nil) }
        router.post("/pairs/new") { request, _ in try await entries.save(.pair, id: nil, request: request) }
        router.get("/pairs/:id/edit") { _, context in try entries.form(.pair, id: try context.parameters.require("id")) }
        router.post("/pairs/:id/edit") { request, context in
            try await entries.save(.pair, id: try context.parameters.require("id"), request: request)
        }
        let removal = EntryRemoval(spec: spec, formToken: formToken)
        router.get("/participants/:id/remove") { _, context in try removal.confirmation(.participant, id: try context.parameters.require("id")) }
        router.post("/participants/:id/remove") { request, context in
            try await removal.remove(.participant, id: try context.parameters.require("id"), request: request)
        }
        router.get("/pairs/:id/remove") { _, context in try removal.confirmation(.pair, id: try context.parameters.require("id")) }
        router.post("/pairs/:id/remove") { request, context in
            try await removal.remove(.pair, id: try context.parameters.require("id"), request: request)
        }
        let imports = ImportRoutes(spec: spec, formToken: formToken)
        router.get("/import") { _, _ in try imports.page() }
        router.post("/import") { request, _ in try await imports.preview(request) }
        router.post("/import/add") { request, _ in try await imports.add(request) }
        let journal = JournalRoutes(specs: specs, formToken: formToken)
        router.get("/journal") { request, _ in try journal.page(request) }
        router.post("/journal") { request, _ in try await journal.mark(request) }
        router.post("/journal/registers") { request, _ in try await journal.registers(request) }
        router.post("/journal/consents") { request, _ in try await journal.readConsentSheet(request) }
        router.post("/journal/consents/record") { request, _ in try await journal.recordConsentSheet(request) }
        let monitoring = MonitoringRoutes(specs: specs, formToken: formToken)
        router.get("/monitoring") { _, _ in try monitoring.page() }
        router.post("/monitoring/answers") { request, _ in try await monitoring.answers(request) }
        router.post("/monitoring/report") { request, _ in try await monitoring.report(request) }
        let templates = TemplatesRoutes(specs: specs, formToken: formToken)
        router.get("/templates") { _, _ in try templates.page() }
        router.post("/templates") { request, _ in try await templates.upload(request) }
        router.get("/templates/built-in/:file") { _, context in try templates.builtIn(try context.parameters.require("file")) }
        router.get("/templates/questions.spec") { _, _ in try templates.schoolsQuestions() }
        router.post("/templates/questions") { request, _ in try await templates.uploadQuestions(request) }
        router.post("/templates/restore") { request, _ in try await templates.restore(request) }
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: PackageResources.style_css)))
        }
        return router
    }

    /// The largest form `/documents` takes: a few hundred bytes are filled in.
    static let maximumFormSize = 64 * 1024

    /// POST `/documents`: the form token, the choice, the spec read anew and without errors, the
    /// templates compiled; then the ZIP, streamed.
    static func download(_ request: Request, spec: String, specs: SpecReportCache, formToken: String, officeInstalled: Bool,
        progress board: BatchProgressBoard) async throws -> Response
    {
        guard let form = try await FormFields.posted(request, upTo: maximumFormSize, formToken: formToken) else {
            return AccessGuard.refusal
        }
        let report = specs.report()
        guard let programme = report.programme, !report.hasErrors else { return ErrorPage.spec(report.diagnostics, file: spec) }
        // The school's questions, as `generate --templates` takes them from its folder; read only when
        // questionnaires are asked for, so that a catalogue with an error stops those and not the consents.
        let templates = TemplatesFolder(forSpec: spec)
        let asked = (try? DocumentsPage.Choice(form))?.kinds ?? Set(DocumentKind.allCases)
        let questions = asked.isDisjoint(with: [.questionnaire, .answerSheet]) ? QuestionCatalogue.builtIn : try templates.questions()
        // The registers' journal of consents from the journal, as `generate` fills it.
        let consents = try Journal.consentStates(forSpec: spec)
        var choice = DocumentsPage.Choice()
        let records: [DocumentRecord]
        var files = 0
        do throws(DocumentsPage.ChoiceProblem) {
            choice = try DocumentsPage.Choice(form)
            records = DocumentPlanner.records(for: programme, selection: try choice.selection(in: programme, templates: templates.source),
                consents: consents, questions: questions)
            if records.isEmpty {
                throw DocumentsPage.ChoiceProblem("Для выбранных людей нет документов отмеченных видов. Выберите другие виды или «Для всех».")
            }
            files = choice.merge ? Set(records.map(\.kind)).count : records.count
            if files + 2 > ZipStreamWriter.maximumEntries {
                throw DocumentsPage.ChoiceProblem("Столько документов не поместится в один архив. Выберите класс или меньше видов документов.")
            }
        } catch {
            let html = DocumentsPage.html(programme, choice: choice, problem: error.message, hasErrors: false, formToken: formToken)
            return Layout.response(html, status: .unprocessableContent)
        }
        if choice.pdf && !officeInstalled { return ErrorPage.officeMissing }
        // A broken template is thrown, and answered by its page (`ErrorPage`).
        let maker = try DocumentMaker(for: records, format: choice.format, templates: templates.source, merge: choice.merge)
        // Opened before the first byte, as `generate` opens it before writing: a journal that cannot be kept is a page.
        let journal = try Journal(path: Journal.path(forSpec: spec)).path
        var download = DocumentsDownload(maker: maker, records: records, journal: journal, converter: choice.pdf ? PDFConverter() : nil)
        if let batch = form["batch"], BatchProgressBoard.isBatchID(batch) {
            board.start(batch, total: files)
            download.progress = (board, batch)
        }
        return download.response
    }
}
