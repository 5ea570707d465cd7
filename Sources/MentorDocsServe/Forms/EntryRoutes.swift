import Hummingbird
import MentorDocs

/// The forms' requests: GET shows an entry's form (empty for a new one), POST checks it with the
/// library and writes it into the spec (`SpecFile`, `SpecChange`), or shows it again with its errors.
struct EntryRoutes: Sendable {
    let spec: String
    let formToken: String

    /// The largest form taken: a participant's fields, or a pair's plan of a hundred items, are far less.
    static let maximumFormSize = 256 * 1024

    func form(_ kind: EntryKind, id: String?) throws -> Response {
        let file = try Self.read(spec)
        let report = SpecReader.report(bytes: file.bytes, name: spec)
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        var entry: SpecValue?
        if let id {
            guard let node = try Self.entry(id, of: kind, in: file) else { return Self.noEntry(kind) }
            entry = SpecValue(node)
        }
        let sections = kind.sections(programme, entry: entry, sent: nil, isNew: id == nil)
        let content = EntryFormPage.Content(title: kind.title(isNew: id == nil), section: kind.section, sections: sections,
            values: kind.shown(entry, sections: sections), version: file.version, formToken: formToken, fixedID: id,
            cancel: kind.listLink(at: id))
        return Layout.response(EntryFormPage.html(content, school: programme.organisation.shortName))
    }

    func save(_ kind: EntryKind, id: String?, request: Request) async throws -> Response {
        guard let sent = try await FormFields.posted(request, upTo: Self.maximumFormSize, formToken: formToken) else {
            return AccessGuard.refusal
        }
        let file = try Self.read(spec)
        guard sent["version"] == file.version else { return Self.changedOnDisk(kind, id: id) }
        var old: SpecValue?
        if let id {
            guard let node = try Self.entry(id, of: kind, in: file) else { return Self.noEntry(kind) }
            old = SpecValue(node)
        }
        let programme = SpecReader.report(bytes: file.bytes, name: spec).programme
        let sections = kind.sections(programme, entry: old, sent: sent, isNew: id == nil)
        let newID = id ?? sent["id"]?.trimmingWhitespace()
        let entry = kind.entry(old, form: sent, sections: sections, id: newID)
        let change: SpecChange
        do throws(SpecEditError) {
            change = try file.change(putting: entry, in: kind.list, replacing: id)
        } catch {
            return ErrorPage.page(title: "Запись не сохранена", status: .unprocessableContent,
                explanation: "Эту запись нельзя сохранить в файл школы построчно. Исправьте файл в текстовом редакторе.",
                detail: error.description)
        }
        let names = sections.flatMap(\.fields).map(\.name)
        let problems = FormProblems(change.newErrors, entry: change.entry, names: names, fieldName: kind.fieldName)
        if !problems.isEmpty {
            let content = EntryFormPage.Content(title: kind.title(isNew: id == nil), section: kind.section, sections: sections,
                values: sent, problems: problems, version: file.version, formToken: formToken, fixedID: id,
                cancel: kind.listLink(at: id))
            let school = programme?.organisation.shortName ?? "mentordocs"
            return Layout.response(EntryFormPage.html(content, school: school), status: .unprocessableContent)
        }
        if let problem = Self.write(change) {
            guard problem.kind == .changedOnDisk else {
                return ErrorPage.page(title: "Запись не сохранена", status: .internalServerError,
                    explanation: "Файл школы не удалось записать: нет места на диске или нет прав на папку. Файл остался прежним.",
                    detail: problem.message)
            }
            return Self.changedOnDisk(kind, id: id)
        }
        return Response(status: .seeOther, headers: [.location: kind.listLink(at: newID).address])
    }

    /// Writes the change; the reason when it was not written.
    static func write(_ change: SpecChange) -> SpecWriteError? {
        do throws(SpecWriteError) {
            try change.write()
            return nil
        } catch {
            return error
        }
    }

    static func read(_ spec: String) throws -> SpecFile {
        do throws(SpecWriteError) {
            return try SpecFile.read(spec)
        } catch {
            throw HTTPError(.internalServerError)
        }
    }

    /// The item of the kind's list with this id, as parsed; nil when there is none.
    private static func entry(_ id: String, of kind: EntryKind, in file: SpecFile) throws -> SpecNode? {
        let root = try SpecParser.parse(file.bytes, file: file.path)
        return root[kind.list.rawValue]?.items.first { $0["id"].map(SpecValue.init)?.text == id }
    }

    static func noEntry(_ kind: EntryKind) -> Response {
        ErrorPage.page(title: "Записи нет", status: .notFound,
            explanation: kind == .participant ? "В файле школы нет участника с таким кодом. Вернитесь к списку участников."
                : "В файле школы нет пары или группы с таким кодом. Вернитесь к списку пар и групп.",
            detail: nil)
    }

    /// 409: the file is not the version the form was filled on.
    static func changedOnDisk(_ kind: EntryKind, id: String?, next: Link? = nil) -> Response {
        ErrorPage.page(title: "Файл школы изменился", status: .conflict,
            explanation: "Пока форма была открыта, файл школы изменили: в другом окне или в текстовом редакторе. "
                + "Чтобы не затереть эти изменения, запись не сохранена. Откройте форму заново: в ней будет то, что теперь в файле, "
                + "и внесите свои изменения ещё раз.",
            detail: nil, next: (next ?? id.map { kind.editLink($0) } ?? kind.newLink, "Открыть форму заново"))
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
