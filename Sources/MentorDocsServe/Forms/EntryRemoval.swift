import Hummingbird
import MentorDocs

/// Removing a participant or a pair from the spec: GET shows what would go and asks to confirm, POST
/// (with the form token and the spec's version the page was made from) takes only that entry's lines
/// out (`SpecFile.change(removing:from:)`), written as a form's save is: atomically, `SPEC.bak` kept,
/// 409 when the file changed meanwhile. A participant who is in a pair or group is not removed: the
/// page names the pairs to remove or change first, as the spec would otherwise name someone it no
/// longer has; any other error the removal would bring is listed the same way.
struct EntryRemoval: Sendable {
    let spec: String
    let formToken: String

    /// The largest confirmation taken: two hidden fields.
    static let maximumFormSize = 16 * 1024

    /// What stands in the way of removing an entry: the pairs a participant is in, or the errors
    /// the spec would have without it.
    struct Obstacles {
        var pairs: [MentoringPair] = []
        var problems: [String] = []
        var isEmpty: Bool { pairs.isEmpty && problems.isEmpty }
    }

    func confirmation(_ kind: EntryKind, id: String) throws -> Response {
        let file = try EntryRoutes.read(spec)
        let report = SpecReader.report(bytes: file.bytes, name: spec)
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        guard let name = Self.name(kind, id, in: programme) else { return EntryRoutes.noEntry(kind) }
        let obstacles = try Self.obstacles(kind, id: id, in: file, programme: programme)
        return Layout.response(RemovalPage.html(kind, id: id, name: name, obstacles: obstacles, school: programme.organisation.shortName,
            version: file.version, formToken: formToken))
    }

    func remove(_ kind: EntryKind, id: String, request: Request) async throws -> Response {
        guard let sent = try await FormFields.posted(request, upTo: Self.maximumFormSize, formToken: formToken) else {
            return AccessGuard.refusal
        }
        let file = try EntryRoutes.read(spec)
        guard sent["version"] == file.version else { return EntryRoutes.changedOnDisk(kind, id: id, next: kind.removeLink(id)) }
        let report = SpecReader.report(bytes: file.bytes, name: spec)
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        guard let name = Self.name(kind, id, in: programme) else { return EntryRoutes.noEntry(kind) }
        let obstacles = try Self.obstacles(kind, id: id, in: file, programme: programme)
        guard obstacles.isEmpty, let change = try? file.change(removing: id, from: kind.list) else {
            return Layout.response(RemovalPage.html(kind, id: id, name: name, obstacles: obstacles, school: programme.organisation.shortName,
                version: file.version, formToken: formToken), status: .unprocessableContent)
        }
        if let problem = EntryRoutes.write(change) {
            guard problem.kind == .changedOnDisk else {
                return ErrorPage.page(title: "Запись не удалена", status: .internalServerError,
                    explanation: "Файл школы не удалось записать: нет места на диске или нет прав на папку. Файл остался прежним.",
                    detail: problem.message)
            }
            return EntryRoutes.changedOnDisk(kind, id: id, next: kind.removeLink(id))
        }
        return Response(status: .seeOther, headers: [.location: kind.listLink().address])
    }

    /// «s3, Лебедев Л.Р.» or «p2»; nil when the spec has no such entry.
    static func name(_ kind: EntryKind, _ id: String, in programme: Programme) -> String? {
        switch kind {
        case .participant: programme.participant(id).map { "\(id), \(FileNaming.surnameAndInitials($0.person.fullName))" }
        case .pair: programme.pairs.contains { $0.id == id } ? id : nil
        }
    }

    static func obstacles(_ kind: EntryKind, id: String, in file: SpecFile, programme: Programme) throws -> Obstacles {
        var obstacles = Obstacles()
        if kind == .participant {
            obstacles.pairs = programme.pairs.filter { $0.mentorID == id || $0.menteeIDs.contains(id) }
            if !obstacles.pairs.isEmpty { return obstacles }
        }
        do throws(SpecEditError) {
            obstacles.problems = try file.change(removing: id, from: kind.list).newErrors.map(\.russianMessage)
        } catch {
            obstacles.problems = ["Эту запись нельзя удалить построчно: \(error.description). Исправьте файл в текстовом редакторе."]
        }
        return obstacles
    }
}
