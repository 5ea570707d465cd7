import Hummingbird
import MentorDocs
import MentorDocsJournal

/// `/journal`: the page, and its marks written into the journal beside the spec by the library's
/// `Journal.mark`, under the same rules as `mentordocs mark` (a paper returned twice, a day before
/// it was issued, a withdrawal of what never came back are refused, and nothing is recorded).
struct JournalRoutes: Sendable {
    /// The spec, read as the pages read it.
    let specs: SpecReportCache
    var spec: String { specs.path }
    let formToken: String

    /// The largest mark form taken: a few hidden fields.
    static let maximumFormSize = 16 * 1024

    func page(_ request: Request) throws -> Response {
        let report = specs.report()
        guard let programme = report.programme else { return ErrorPage.spec(report.diagnostics, file: spec) }
        let query = FormFields(encoded: request.uri.query ?? "")
        let recorded = query["recorded"].flatMap(Int.init).map { count in
            "Из файла журнала согласий в журнал внесено отметок: \(count)."
        }
        return Layout.response(JournalPage.html(programme, report: try papers(of: programme), filter: JournalPage.Filter(query), notice: recorded,
            today: .today, formToken: formToken))
    }

    func mark(_ request: Request) async throws -> Response {
        guard let form = try await FormFields.posted(request, upTo: Self.maximumFormSize, formToken: formToken) else {
            return AccessGuard.refusal
        }
        // As `mark`: a spec with errors records nothing.
        let report = specs.report()
        guard let programme = report.programme, !report.hasErrors else { return ErrorPage.spec(report.diagnostics, file: spec) }
        let back = JournalPage.Filter(FormFields(form.fields.filter { $0.name.hasPrefix("back_") }.map { (String($0.name.dropFirst(5)), $0.value) }))
        func refused(_ problem: String) throws -> Response { try self.refused(problem, programme: programme, filter: back) }
        guard let journal = try Journal.existing(at: Journal.path(forSpec: spec)) else {
            return try refused("Журнал ещё пуст: отмечать нечего.")
        }
        guard let paper = form["paper"].flatMap(PaperKind.init(name:)), let event = form["event"].flatMap(PaperEvent.Kind.init(rawValue:)),
            let person = form["person"], !person.isEmpty
        else { return try refused("Отметка не записана: форма пришла неполной. Обновите страницу и отметьте ещё раз.") }
        let typedDay = form["day"]?.trimmingWhitespace() ?? ""
        guard let day = typedDay.isEmpty ? CalendarDay.today : CalendarDay(parsing: typedDay) else {
            return try refused("Отметка не записана: даты «\(typedDay)» нет. Напишите дату так: 19.11.2026 или 2026-11-19.")
        }
        let pairID = form["pair_id"].flatMap { $0.isEmpty ? nil : $0 }
        let people = (form["people"] ?? person).split(separator: ",").map(String.init)
        let who = Self.unambiguous(person, among: people, paper: paper, pair: pairID, in: try journal.papers())
        do {
            try journal.mark([MarkRequest(personID: who, paper: paper, pairID: pairID, event: event, day: day)], in: programme)
        } catch let error as MarkingError {
            return try refused("Отметка не записана: " + error.problems.map { Words.markingProblem($0.kind) }.joined(separator: " "))
        }
        return Response(status: .seeOther, headers: [.location: Link("/journal", query: back.query, fragment: Anchor.participant(person)).address])
    }

    /// The journal page again, with why nothing was recorded (422).
    func refused(_ problem: String, programme: Programme, filter: JournalPage.Filter = JournalPage.Filter(FormFields([]))) throws -> Response {
        let html = JournalPage.html(programme, report: try papers(of: programme), filter: filter, problem: problem, today: .today, formToken: formToken)
        return Layout.response(html, status: .unprocessableContent)
    }

    /// The journal's papers against the spec; nil when nothing has been issued yet.
    func papers(of programme: Programme) throws -> SignedPapersReport? {
        guard let journal = try Journal.existing(at: Journal.path(forSpec: spec)) else { return nil }
        return SignedPapersReport(programme: programme, papers: try journal.papers())
    }

    /// The id that names this one paper: a group's mentor has an agreement per mentee in one group,
    /// each of which its mentee names alone (as `mark` is told by the other person's id).
    static func unambiguous(_ person: String, among people: [String], paper: PaperKind, pair: String?, in papers: [Paper]) -> String {
        func count(_ id: String) -> Int {
            papers.filter { $0.key.kind == paper && $0.key.personIDs.contains(id) && (pair == nil || $0.key.pairID == pair) }.count
        }
        if count(person) <= 1 { return person }
        return people.first { count($0) == 1 } ?? person
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
