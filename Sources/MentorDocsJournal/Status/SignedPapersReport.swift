public import MentorDocs

/// Every participant of a spec with the papers that name them, as the planner makes them and the
/// journal records them: what came back signed, what is missing, what has not been handed out.
/// Which papers a person should have is the planner's to say; it is not decided again here.
public struct SignedPapersReport: Sendable {
    /// Every participant, in the spec's order.
    public var people: [PersonPapers]
    /// Papers of the journal that name nobody in the spec any more.
    public var strangers: [Paper]

    /// The report of `programme` from the journal's `papers`.
    public init(programme: Programme, papers: [Paper]) {
        let planned = DocumentPlanner.records(for: programme, kinds: PaperKind.allDocumentKinds).compactMap(PaperKey.init)
        let plannedSet = Set(planned)
        var recorded: [PaperKey: Paper] = [:]
        for paper in papers { recorded[paper.key] = paper }
        let unplanned = papers.filter { !plannedSet.contains($0.key) }
        people = programme.participants.map { participant in
            let mine = planned.filter { $0.personIDs.contains(participant.id) }.map {
                PaperStatus(key: $0, paper: recorded[$0], planned: true)
            } + unplanned.filter { $0.key.personIDs.contains(participant.id) }.map {
                PaperStatus(key: $0.key, paper: $0, planned: false)
            }
            return PersonPapers(participant: participant, papers: mine)
        }
        let ids = Set(programme.participants.map(\.id))
        strangers = unplanned.filter { $0.key.personIDs.allSatisfy { !ids.contains($0) } }
        pairs = programme.pairs
    }

    private let pairs: [MentoringPair]

    /// The classes of the students, in the order the spec first names them.
    public var classes: [String] {
        var seen: Set<String> = []
        return people.compactMap(Self.className).filter { seen.insert($0).inserted }
    }

    /// A table for each class, then one for everyone without a class (when there is anyone).
    public func tablesByClass() -> [PapersTable] {
        let rest = people.filter { Self.className($0) == nil }
        return classes.compactMap(table(forClass:)) + (rest.isEmpty ? [] : [PapersTable(grouping: .noClass, people: rest)])
    }

    /// The students of the class `name`; nil when no student is in it.
    public func table(forClass name: String) -> PapersTable? {
        let students = people.filter { Self.className($0) == name }
        return students.isEmpty ? nil : PapersTable(grouping: .studentClass(name), people: students)
    }

    /// The mentor and mentees of the pair or group `id`, with their consents and the papers of this
    /// pair only; nil when the spec has no such pair.
    public func table(forPair id: String) -> PapersTable? {
        guard let pair = pairs.first(where: { $0.id == id }) else { return nil }
        let members = ([pair.mentorID] + pair.menteeIDs).compactMap { member in people.first { $0.participant.id == member } }
        return PapersTable(grouping: .pair(id), people: members.map { person in
            var person = person
            person.papers = person.papers.filter { $0.key.pairID == nil || $0.key.pairID == id }
            return person
        })
    }

    private static func className(_ person: PersonPapers) -> String? {
        person.participant.category == .student ? person.participant.classOrPosition : nil
    }
}

extension SignedPapersReport {
    /// The ids of those who owe a paper (planned and not issued yet, or issued and not back signed) by
    /// the journal beside `spec`; without a journal, everyone a paper is planned for. Nothing is created.
    public static func owing(in programme: Programme, journalBesideSpec spec: String) throws -> Set<String> {
        let papers = try Journal.existing(at: Journal.path(forSpec: spec))?.papers() ?? []
        let report = SignedPapersReport(programme: programme, papers: papers)
        return Set(report.people.filter { $0.papers.contains(where: \.isOutstanding) }.map(\.participant.id))
    }
}
