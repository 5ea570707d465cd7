import CalendarDays
import DocumentEngine

/// The data paths of the registers: `registers.mentees`, `.mentors`, `.consents`, `.statistics`.
extension ContextValues {
    static func registers(_ programme: Programme) -> TemplateValue {
        .map([
            "mentees": .list(menteeRows(programme)),
            "mentors": .list(mentorRows(programme)),
            "consents": .list(consentRows(programme)),
            "statistics": statistics(ProgrammeStatistics(programme), pairs: programme.pairs.count),
        ])
    }

    /// One row per mentee, however many pairs they are in: the pairs' forms, mentors and dates joined.
    private static func menteeRows(_ programme: Programme) -> [TemplateValue] {
        let ids = unique(programme.pairs.flatMap(\.menteeIDs))
        return ids.compactMap(programme.participant).enumerated().map { index, mentee in
            let pairs = programme.pairs.filter { $0.menteeIDs.contains(mentee.id) }
            return row(index, mentee, pairs: pairs, fields: [
                "class_or_position": text(mentee.classOrPosition),
                "request": .text(mentee.request ?? joined(pairs.compactMap(\.goal))),
                "partners": .text(joined(pairs.compactMap { programme.participant($0.mentorID)?.person.fullName })),
            ])
        }
    }

    private static func mentorRows(_ programme: Programme) -> [TemplateValue] {
        let ids = unique(programme.pairs.map(\.mentorID))
        return ids.compactMap(programme.participant).enumerated().map { index, mentor in
            let pairs = programme.pairs.filter { $0.mentorID == mentor.id }
            let place = [mentor.workplace, mentor.classOrPosition].compactMap { $0 }
            return row(index, mentor, pairs: pairs, fields: [
                "place": .text(place.isEmpty ? "" : place.joined(separator: ", ")),
                "competences": .text(mentor.competences ?? (mentor.category == .student ? "" : mentor.classOrPosition ?? "")),
                "partners": .text(joined(pairs.flatMap(\.menteeIDs).compactMap { programme.participant($0)?.person.fullName })),
            ])
        }
    }

    private static func row(_ index: Int, _ participant: Participant, pairs: [MentoringPair], fields: TemplateFields) -> TemplateValue {
        var row = fields
        row["number"] = .text(String(index + 1))
        row["id"] = .text(participant.id)
        row["full_name"] = .text(participant.person.fullName)
        row["contacts"] = .text([participant.person.phone, participant.person.email].compactMap { $0 }.joined(separator: ", "))
        row["forms"] = .text(joined(pairs.map(\.form.rawValue)))
        row["start"] = .text(joined(pairs.map { $0.start.formatted("dd.MM.yyyy") }))
        row["end"] = .text(joined(pairs.map { $0.start.adding(months: $0.months).formatted("dd.MM.yyyy") }))
        return .map(row)
    }

    /// Every consent the set issues, in the order the documents are made.
    private static func consentRows(_ programme: Programme) -> [TemplateValue] {
        let kinds: Set<DocumentKind> = [.consentAdult, .consentMinor, .consentRepresentative, .consentPublication]
        let issued = programme.documentDate.formatted("dd.MM.yyyy")
        return DocumentPlanner.records(for: programme, kinds: kinds).enumerated().map { index, record in
            let names = record.participantIDs.compactMap { programme.participant($0)?.person.fullName }
            return .map([
                "number": .text(String(index + 1)),
                "id": .text(record.participantIDs.first ?? ""),
                "full_name": .text(names.joined(separator: ", ")),
                "kind": .text(consentTitle(record.kind)),
                "issued": .text(issued),
                "returned": .text(""),
                "withdrawn": .text(""),
            ])
        }
    }

    private static func statistics(_ statistics: ProgrammeStatistics, pairs: Int) -> TemplateValue {
        func indicator(_ indicator: ProgrammeStatistics.Indicator) -> TemplateValue {
            .map([
                "mentees": .text(String(indicator.mentees)),
                "total": .text(indicator.total.map(String.init) ?? "—"),
                "share": .text(indicator.percent.map { Wording.percent($0) } ?? "—"),
            ])
        }
        return .map([
            "by_form": .list(statistics.byForm.map { row in
                .map(["form": .text(row.form.rawValue), "pairs": .text(String(row.pairs)),
                    "mentors": .text(String(row.mentors)), "mentees": .text(String(row.mentees))])
            }),
            "by_category": .list(statistics.byCategory.map { row in
                .map(["category": .text(row.category.title), "mentors": .text(String(row.mentors)), "mentees": .text(String(row.mentees))])
            }),
            "pairs": .text(String(pairs)),
            "mentors": .text(String(statistics.mentors)),
            "mentees": .text(String(statistics.mentees)),
            "pupils": indicator(statistics.pupils10To19),
            "young_teachers": indicator(statistics.youngTeachers),
        ])
    }

    private static func consentTitle(_ kind: DocumentKind) -> String {
        switch kind {
        case .consentAdult: "на обработку персональных данных"
        case .consentMinor: "на обработку персональных данных (14–17 лет, с согласия родителя)"
        case .consentRepresentative: "законного представителя на обработку персональных данных ребёнка"
        case .consentPublication: "на обработку персональных данных, разрешённых для распространения"
        default: kind.fileTitle
        }
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }

    private static func joined(_ values: [String]) -> String { unique(values).joined(separator: "; ") }
}
