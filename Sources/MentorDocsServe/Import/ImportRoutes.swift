import Hummingbird
import MentorDocs

/// The import page's requests: the upload read by `ClassListImport` (as `mentordocs import` reads a
/// file, with its limits and checks), and the rows picked added to the spec by `SpecFile` and
/// `SpecChange`, as the forms add one participant.
struct ImportRoutes: Sendable {
    let spec: String
    let formToken: String

    /// The largest upload taken: a class list of a whole school is far less.
    static let maximumUploadSize = 10 * 1024 * 1024
    /// The largest list of picked entries taken back.
    static let maximumAddSize = 8 * 1024 * 1024

    func page() throws -> Response {
        let file = try EntryRoutes.read(spec)
        let report = SpecReader.report(bytes: file.bytes, name: spec)
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        return Layout.response(ImportPage.html(school: programme.organisation.shortName, version: file.version, formToken: formToken))
    }

    func preview(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: Self.maximumUploadSize)
        guard let form = MultipartForm(body: Array(buffer: body), contentType: request.headers[.contentType] ?? "") else {
            return ErrorPage.notAFileForm(from: "страница загрузки", next: (Link("/import"), "Открыть страницу загрузки"))
        }
        guard let token = form.text("form_token"), AccessGuard.same(token, formToken) else { return AccessGuard.refusal }
        let file = try EntryRoutes.read(spec)
        let report = SpecReader.report(bytes: file.bytes, name: spec)
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        let school = programme.organisation.shortName
        func refused(_ problem: String) -> Response {
            Layout.response(ImportPage.html(school: school, problems: [problem], version: file.version, formToken: formToken),
                status: .unprocessableContent)
        }
        guard let upload = form["list"], !upload.bytes.isEmpty else { return refused("Выберите файл со списком класса.") }
        let name = Self.fileName(upload.fileName)
        let sheet = form.text("sheet")?.trimmingWhitespace()
        var importer = ClassListImport(takenIDs: Set(programme.participants.map(\.id) + programme.pairs.map(\.id)))
        let text: String
        do {
            text = try importer.spec(fromFile: upload.bytes, file: name, sheet: sheet?.isEmpty == false ? sheet : nil)
        } catch {
            // The library's message names the file, the sheet and the cell, never a cell's content.
            return refused("Файл не читается: \(error)")
        }
        let entries = try SpecParser.parse(Array(text.utf8), file: name)["participants"]?.items.map(SpecValue.init) ?? []
        if entries.isEmpty { return refused("В файле «\(name)» не нашлось ни одного человека: нет строки с названиями столбцов («ФИО», «Класс» …) или строк под ней.") }
        let preview = ImportPage.Preview(text: text, warnings: importer.warnings, entries: entries, picked: Set(entries.indices))
        return Layout.response(ImportPage.html(school: school, preview: preview, version: file.version, formToken: formToken))
    }

    func add(_ request: Request) async throws -> Response {
        guard let form = try await FormFields.posted(request, upTo: Self.maximumAddSize, formToken: formToken) else {
            return AccessGuard.refusal
        }
        let file = try EntryRoutes.read(spec)
        guard form["version"] == file.version else { return EntryRoutes.changedOnDisk(.participant, id: nil, next: Link("/import")) }
        let text = form["entries"] ?? ""
        let entries = try SpecParser.parse(Array(text.utf8), file: "import")["participants"]?.items.map(SpecValue.init) ?? []
        let picked = Set(form.all("pick").compactMap(Int.init)).filter(entries.indices.contains)
        let report = SpecReader.report(bytes: file.bytes, name: spec)
        let school = report.programme?.organisation.shortName ?? "mentordocs"
        let preview = ImportPage.Preview(text: text, warnings: [], entries: entries, picked: picked)
        guard !picked.isEmpty else {
            return Layout.response(ImportPage.html(school: school, preview: preview, problems: ["Отметьте хотя бы одного человека."],
                version: file.version, formToken: formToken), status: .unprocessableContent)
        }
        let fields = picked.sorted().compactMap { index -> [SpecField]? in
            if case .fields(let fields, _) = entries[index] { return fields }
            return nil
        }
        let change = try file.change(adding: fields, in: .participants)
        let errors = change.newErrors
        if !errors.isEmpty {
            let problems = errors.map { diagnostic in
                let who = change.report.programme?.entry(at: diagnostic.location).flatMap { entry -> String? in
                    guard case .participant(let id) = entry else { return nil }
                    return change.report.programme?.participant(id).map { "\(id), \(FileNaming.surnameAndInitials($0.person.fullName))" } ?? id
                }
                return (who.map { $0 + ": " } ?? "") + diagnostic.russianMessage
            }
            return Layout.response(ImportPage.html(school: school, preview: preview, problems: problems, version: file.version, formToken: formToken),
                status: .unprocessableContent)
        }
        if let problem = EntryRoutes.write(change) {
            guard problem.kind == .changedOnDisk else { throw HTTPError(.internalServerError) }
            return EntryRoutes.changedOnDisk(.participant, id: nil, next: Link("/import"))
        }
        return Response(status: .seeOther, headers: [.location: "/participants"])
    }

    /// The upload's own name, without any folders a browser sent.
    static func fileName(_ name: String?) -> String {
        let base = (name ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return base.isEmpty ? "список" : base
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
