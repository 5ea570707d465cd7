import CalendarDays
import DocumentEngine

/// The data paths of the registers: `registers.mentees`, `.mentors`, `.consents`, `.statistics`.
///
/// Dates are there twice: as the printed registers show them (`start`, `issued`: `DD.MM.YYYY`, a
/// person's several pairs joined) and as days for a workbook to type as dates (`entered`,
/// `issued_on`: `YYYY-MM-DD`, one day a cell).
extension ContextValues {
    /// The registers of `programme`; the journal of consents from `consents` where the school's
    /// journal is kept, else from the spec alone. Each row is made as it is printed (`LazyList`): a
    /// base of thousands of people is not held whole beside the school's spec.
    static func registers(_ programme: Programme, consents: ConsentStates? = nil) -> TemplateValue {
        .map([
            "mentees": .lazyList(menteeRows(programme)),
            "mentors": .lazyList(mentorRows(programme)),
            "consents": .lazyList(consentRows(programme, states: consents)),
            "statistics": statistics(ProgrammeStatistics(programme), pairs: programme.pairs.count),
        ])
    }

    /// One row per mentee, however many pairs they are in: the pairs' forms, mentors and dates joined.
    static func menteeRows(_ programme: Programme) -> LazyList {
        personRows(programme, \.menteeIDs) { mentee, pairs in
            [
                (RowField.classOrPosition, text(mentee.classOrPosition)),
                (RowField.request, .text(mentee.request ?? joined(pairs.compactMap(\.goal)))),
                (RowField.partners, .text(joined(pairs.compactMap { programme.fullName(of: $0.mentorID) }))),
            ]
        }
    }

    private static func mentorRows(_ programme: Programme) -> LazyList {
        personRows(programme, { [$0.mentorID] }) { mentor, pairs in
            let place = [mentor.workplace, mentor.classOrPosition].compactMap { $0 }
            return [
                ("place", .text(place.isEmpty ? "" : place.joined(separator: ", "))),
                ("competences", .text(mentor.competences ?? (mentor.category == .student ? "" : mentor.classOrPosition ?? ""))),
                (RowField.partners, .text(joined(pairs.flatMap(\.menteeIDs).compactMap { programme.fullName(of: $0) }))),
            ]
        }
    }

    /// A row for each person `people` names in a pair, made as it is printed; `fields` gives the
    /// row's own fields from the person and their pairs.
    private static func personRows(_ programme: Programme, _ people: (MentoringPair) -> [String],
        fields: @escaping @Sendable (Participant, [MentoringPair]) -> [(FieldName, TemplateValue)]) -> LazyList
    {
        let people = PeopleInPairs(programme, people)
        return LazyList(count: people.count) { index in
            let person = programme.participants[people.person(index)]
            let pairs = people.pairs(index).map { programme.pairs[$0] }
            return row(index, person, pairs: pairs, fields: fields(person, pairs))
        }
    }

    /// Each person a pair names (as its mentor, or among its mentees), in the order of first mention,
    /// with their pairs: gathered in one pass over the pairs, by places in the programme's lists (a
    /// school of a hundred thousand people is read without a table keyed by their ids).
    private struct PeopleInPairs: Sendable {
        /// The people's places among the participants, in order.
        private var order: [Int] = []
        /// For each participant's place, the first pair naming them (-1 for none).
        private var firstPair: [Int]
        /// The further pairs of the people in more than one.
        private var morePairs: [Int: [Int]] = [:]

        init(_ programme: Programme, _ people: (MentoringPair) -> [String]) {
            firstPair = Array(repeating: -1, count: programme.participants.count)
            for (position, pair) in programme.pairs.enumerated() {
                for id in unique(people(pair)) {
                    guard let person = programme.position(of: id) else { continue }
                    if firstPair[person] < 0 {
                        firstPair[person] = position
                        order.append(person)
                    } else {
                        morePairs[person, default: []].append(position)
                    }
                }
            }
        }

        var count: Int { order.count }
        func person(_ index: Int) -> Int { order[index] }
        func pairs(_ index: Int) -> [Int] { [firstPair[order[index]]] + (morePairs[order[index]] ?? []) }
    }

    private static func row(_ index: Int, _ participant: Participant, pairs: [MentoringPair], fields: [(FieldName, TemplateValue)]) -> TemplateValue {
        // One row's names differ from one another: set in one go, not looked up one by one.
        .map(TemplateFields(uniqueNames: fields + [
            (RowField.number, .text(String(index + 1))),
            (RowField.id, .text(participant.id)),
            (RowField.fullName, .text(participant.person.fullName)),
            (RowField.contacts, .text([participant.person.phone, participant.person.email].compactMap { $0 }.joined(separator: ", "))),
            (RowField.forms, .text(joined(pairs.map(\.form.rawValue)))),
            (RowField.start, .text(joined(pairs.map { $0.start.formatted("dd.MM.yyyy") }))),
            (RowField.end, .text(joined(pairs.map { $0.start.adding(months: $0.months).formatted("dd.MM.yyyy") }))),
            // One day a cell: a person in several pairs entered with the first and completes with the last.
            (RowField.entered, date(pairs.map(\.start).min())),
            (RowField.completed, date(pairs.map { $0.start.adding(months: $0.months) }.max())),
        ]))
    }

    /// The names of a person's row, hashed once: a base has a row for each of thousands of people.
    private enum RowField {
        static let number: FieldName = "number"
        static let id: FieldName = "id"
        static let fullName: FieldName = "full_name"
        static let contacts: FieldName = "contacts"
        static let forms: FieldName = "forms"
        static let start: FieldName = "start"
        static let end: FieldName = "end"
        static let entered: FieldName = "entered"
        static let completed: FieldName = "completed"
        static let classOrPosition: FieldName = "class_or_position"
        static let request: FieldName = "request"
        static let partners: FieldName = "partners"
    }

    /// Every consent the set issues, in the order the documents are made: issued on the documents'
    /// date, or as the journal's `states` say when they know the consent.
    private static func consentRows(_ programme: Programme, states: ConsentStates?) -> LazyList {
        let records = DocumentPlanner.records(for: programme, kinds: Set(DocumentKind.consentsInJournal))
        return LazyList(count: records.count) { index in
            let record = records[index]
            let names = record.participantIDs.compactMap { programme.participant($0)?.person.fullName }
            let id = record.participantIDs.first ?? ""
            let state = ConsentStates.Key(kind: record.kind, personID: id).flatMap { states?[$0] }
                ?? ConsentStates.State(issued: programme.documentDate)
            return .map([
                "number": .text(String(index + 1)),
                "id": .text(id),
                "full_name": .text(names.joined(separator: ", ")),
                "kind": .text(record.kind.consentTitle ?? record.kind.fileTitle),
                "issued": .text(state.issued.formatted("dd.MM.yyyy")),
                "returned": .text(state.returned?.formatted("dd.MM.yyyy") ?? ""),
                "withdrawn": .text(state.withdrawn?.formatted("dd.MM.yyyy") ?? ""),
                "issued_on": date(state.issued),
                "returned_on": .text(state.returned?.iso ?? ""),
                "withdrawn_on": .text(state.withdrawn?.iso ?? ""),
            ])
        }
    }

    static func statistics(_ statistics: ProgrammeStatistics, pairs: Int) -> TemplateValue {
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

    private static func unique(_ ids: [String]) -> [String] {
        // Most people are in one pair: nothing to compare, no set to build.
        guard ids.count > 1 else { return ids }
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }

    private static func joined(_ values: [String]) -> String {
        // Most people are in one pair: its value is the text.
        values.count == 1 ? values[0] : unique(values).joined(separator: "; ")
    }
}
