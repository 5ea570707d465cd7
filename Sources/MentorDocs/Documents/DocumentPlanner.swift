import DocumentEngine
import CalendarDays

/// Picks the documents a programme needs — the right consent for each person's age, an agreement
/// per mentee, a plan per pair — and gathers each one's data.
public enum DocumentPlanner {
    /// Which records to make: by kind, and optionally only those of some people or pairs.
    public struct Selection: Sendable {
        /// The kinds of document to make.
        public var kinds: Set<DocumentKind>
        /// Participants' ids (`--person`): only records concerning one of them; empty for everyone.
        public var people: Set<String>
        /// Pairs' and groups' ids (`--pair`): only records of one of them; empty for every pair.
        public var pairs: Set<String>

        /// Records of `kinds` (all by default), narrowed to `people` or `pairs` when either is given; a
        /// record concerning any of them is kept.
        public init(kinds: Set<DocumentKind> = Set(DocumentKind.allCases), people: Set<String> = [], pairs: Set<String> = []) {
            self.kinds = kinds
            self.people = people
            self.pairs = pairs
        }

        func includes(_ record: DocumentRecord) -> Bool {
            guard kinds.contains(record.kind) else { return false }
            if people.isEmpty && pairs.isEmpty { return true }
            if !people.isDisjoint(with: record.participantIDs) { return true }
            if let pair = record.pairID, pairs.contains(pair) { return true }
            return false
        }

        /// Whom an answer sheet has rows for: the participants of `people` and the members of `pairs`;
        /// nil, for everyone, when neither is given.
        func respondents(in programme: Programme) -> Set<String>? {
            if people.isEmpty && pairs.isEmpty { return nil }
            return people.union(programme.pairs.filter { pairs.contains($0.id) }.flatMap { [$0.mentorID] + $0.menteeIDs })
        }
    }

    /// Every document of `kinds` the programme needs, in the order of the spec.
    public static func records(for programme: Programme, kinds: Set<DocumentKind> = Set(DocumentKind.allCases)) -> [DocumentRecord] {
        records(for: programme, selection: Selection(kinds: kinds))
    }

    /// The documents of `selection` the programme needs, in the order of the spec; the registers'
    /// journal of consents as `consents` says where the school keeps a journal of issued papers, and the
    /// questionnaires ask the questions of `questions`. A questionnaire asks about every pair its
    /// participant is in, so it is among the records of each of those pairs. The answer sheets of a
    /// selection narrowed to people or pairs have the rows of those people and of those pairs' members.
    public static func records(for programme: Programme, selection: Selection, consents: ConsentStates? = nil,
        questions: QuestionCatalogue = .builtIn) -> [DocumentRecord]
    {
        let respondents = selection.respondents(in: programme)
        var planner = Planning(shared: SharedProgramme(programme, consents: consents, questions: questions), kinds: selection.kinds,
            respondents: respondents)
        planner.plan()
        let members = Set(programme.pairs.filter { selection.pairs.contains($0.id) }.flatMap { [$0.mentorID] + $0.menteeIDs })
        return uniqueNames(planner.records.filter { record in
            selection.includes(record) || record.kind == .questionnaire && !members.isDisjoint(with: record.participantIDs)
                || record.kind == .answerSheet
        })
    }

    /// Two people with the same surname and initials get their ids added to tell the files apart.
    private static func uniqueNames(_ records: [DocumentRecord]) -> [DocumentRecord] {
        var counts: [String: Int] = [:]
        for record in records { counts[record.kind.folder + "/" + record.baseName, default: 0] += 1 }
        return records.map { record in
            guard counts[record.kind.folder + "/" + record.baseName, default: 0] > 1 else { return record }
            var renamed = record
            renamed.baseName += " (\(FileNaming.safe(record.pairID ?? record.participantIDs.joined(separator: ", "))))"
            return renamed
        }
    }
}

/// The programme every record's data is built from, held once: a record keeps a reference and ids,
/// not copies of the people it is about, so a batch of ten thousand stays small.
private final class SharedProgramme: Sendable {
    let programme: Programme
    /// `org`, `programme` and `document`: the same for every record, so built once.
    let common: TemplateFields
    /// The journal's consents, for the registers; nil without a journal.
    let consents: ConsentStates?
    /// The questions of the monitoring questionnaires.
    let questions: QuestionCatalogue

    init(_ programme: Programme, consents: ConsentStates? = nil, questions: QuestionCatalogue = .builtIn) {
        self.programme = programme
        self.common = ContextValues.common(programme)
        self.consents = consents
        self.questions = questions
    }
}

private struct Planning {
    let shared: SharedProgramme
    /// Only records of these kinds are made.
    let kinds: Set<DocumentKind>
    /// Whom the answer sheets have rows for; nil for everyone.
    let respondents: Set<String>?
    var records: [DocumentRecord] = []

    var programme: Programme { shared.programme }
    var date: CalendarDay { programme.documentDate }

    mutating func plan() {
        let shared = self.shared
        add(.regulation, subject: "организация", baseName: DocumentKind.regulation.fileTitle) { Self.schoolData(.regulation, shared.programme) }
        for participant in programme.participants { planConsents(for: participant) }
        for index in programme.pairs.indices { planPair(at: index) }
        add(.roadmap, subject: "организация", baseName: DocumentKind.roadmap.fileTitle) { Self.schoolData(.roadmap, shared.programme) }
        add(.mentoringProgramme, subject: "организация", baseName: DocumentKind.mentoringProgramme.fileTitle) {
            Self.schoolData(.mentoringProgramme, shared.programme)
        }
        for kind in [DocumentKind.orderIntroduction, .orderCurator, .orderPairs, .orderPlans, .orderClosing] {
            add(kind, subject: "организация", baseName: kind.fileTitle) { Self.schoolData(kind, shared.programme) }
        }
        add(.registers, subject: "организация", baseName: DocumentKind.registers.fileTitle) {
            var data = ContextValues.common(shared.programme)
            data["registers"] = ContextValues.registers(shared.programme, consents: shared.consents)
            return .map(data)
        }
        planQuestionnaires()
        planAnswerSheets()
    }

    /// An answer sheet per stage, for the answers to that stage's questionnaires.
    /// None when no one chosen is in a pair or group.
    private mutating func planAnswerSheets() {
        let shared = self.shared, respondents = self.respondents
        guard kinds.contains(.answerSheet) else { return }
        let memberships = programme.memberships
        if let respondents, !respondents.contains(where: { memberships[$0] != nil }) { return }
        for stage in MonitoringStage.allCases {
            add(.answerSheet, subject: "организация", baseName: "\(DocumentKind.answerSheet.fileTitle) \(stage.title)") {
                var data = shared.common
                data["answers"] = ContextValues.answerSheet(shared.programme, stage: stage, questions: shared.questions,
                    respondents: respondents)
                return .map(data)
            }
        }
    }

    // MARK: Monitoring

    /// A questionnaire per participant of a pair and stage: everyone's «на входе», then everyone's «на
    /// выходе», so a print file holds each stage's forms together.
    private mutating func planQuestionnaires() {
        guard kinds.contains(.questionnaire) else { return }
        let memberships = programme.memberships
        for stage in MonitoringStage.allCases {
            for participant in programme.participants {
                guard let ofParticipant = memberships[participant.id] else { continue }
                let shared = self.shared
                let id = participant.id
                let name = FileNaming.surnameAndInitials(participant.person.fullName)
                add(.questionnaire, subject: Self.subject(participant), ids: [id],
                    baseName: "\(name) — \(DocumentKind.questionnaire.fileTitle) \(stage.title)") {
                    let programme = shared.programme
                    guard let participant = programme.participant(id) else { return .null }
                    var data = shared.common
                    data["person"] = ContextValues.participant(participant, on: programme.documentDate)
                    data["questionnaire"] = ContextValues.questionnaire(for: participant, memberships: ofParticipant, stage: stage,
                        questions: shared.questions, in: programme)
                    return .map(data)
                }
            }
        }
    }

    // MARK: Consents

    /// A participant whose age is unknown and not told by their category gets no consent here:
    /// `Validation` reports them, and the form is never guessed.
    private mutating func planConsents(for participant: Participant) {
        guard let band = participant.ageBand(on: date) else { return }
        let kind: DocumentKind = switch band {
        case .adult: .consentAdult
        case .adolescent: .consentMinor
        case .child: .consentRepresentative
        }
        let shared = self.shared
        let id = participant.id
        let data: @Sendable () -> TemplateValue = {
            let programme = shared.programme
            guard let participant = programme.participant(id) else { return .null }
            var data = shared.common
            data["person"] = ContextValues.participant(participant, on: programme.documentDate)
            data["child"] = data["person"]
            data["representative"] = participant.representative.map(ContextValues.representative) ?? .null
            data["consent"] = .map(["valid_until": ContextValues.date(programme.end)])
            return .map(data)
        }
        let name = FileNaming.surnameAndInitials(participant.person.fullName)
        add(kind, subject: Self.subject(participant), ids: [id], baseName: "\(name) — \(kind.fileTitle)", data: data)
        add(.consentWithdrawal, subject: Self.subject(participant), ids: [id],
            baseName: "\(name) — \(DocumentKind.consentWithdrawal.fileTitle)", data: data)
        if participant.allowsPublication {
            add(.consentPublication, subject: Self.subject(participant), ids: [id],
                baseName: "\(name) — \(DocumentKind.consentPublication.fileTitle)", data: data)
            add(.publicationWithdrawal, subject: Self.subject(participant), ids: [id],
                baseName: "\(name) — \(DocumentKind.publicationWithdrawal.fileTitle)", data: data)
        }
    }

    // MARK: Pairs

    private mutating func planPair(at index: Int) {
        let pair = programme.pairs[index]
        guard let mentor = programme.participant(pair.mentorID) else { return }
        let shared = self.shared
        /// The pair's data, and each mentee's by id (an agreement names one of them alone too).
        let pairData: @Sendable () -> (data: TemplateFields, mentees: [String: TemplateValue]) = {
            let programme = shared.programme
            let pair = programme.pairs[index]
            let people = ContextValues.people(of: pair, in: programme)
            var data = shared.common
            data["pair"] = ContextValues.pair(pair, people: people)
            data["mentor"] = people.mentor
            data["orders"] = ContextValues.orders(programme)
            // The agreements are printed in two numbered copies, one for each side.
            data["copies"] = .list([.map(["number": "1"]), .map(["number": "2"])])
            return (data, people.menteesByID)
        }
        let mentorName = FileNaming.surnameAndInitials(mentor.person.fullName)
        for menteeID in pair.menteeIDs {
            guard let mentee = programme.participant(menteeID) else { continue }
            let menteeName = FileNaming.surnameAndInitials(mentee.person.fullName)
            add(.agreement, subject: "\(pair.id) (\(mentor.person.surname), \(mentee.person.surname))", ids: [mentor.id, mentee.id],
                pair: pair.id, baseName: "\(mentorName) – \(menteeName) — \(DocumentKind.agreement.fileTitle)") {
                var (data, mentees) = pairData()
                data["mentee"] = mentees[menteeID] ?? .null
                return .map(data)
            }
        }
        let data: @Sendable () -> TemplateValue = { .map(pairData().data) }
        add(.plan, subject: "\(pair.id) (\(mentor.person.surname))", ids: [mentor.id] + pair.menteeIDs, pair: pair.id,
            baseName: "\(pair.id) \(mentorName) — \(DocumentKind.plan.fileTitle)", data: data)
        if pair.form.mentorIsEmployee && mentor.category == .teacher {
            for kind in [DocumentKind.mentorConsent, .labourSupplement] {
                add(kind, subject: "\(pair.id) (\(mentor.person.surname))", ids: [mentor.id], pair: pair.id,
                    baseName: "\(mentorName) (\(pair.id)) — \(kind.fileTitle)", data: data)
            }
        }
    }

    // MARK: The school's own documents

    private static func schoolData(_ kind: DocumentKind, _ programme: Programme) -> TemplateValue {
        var data = ContextValues.common(programme)
        data["roadmap"] = ContextValues.roadmap(programme.effectiveRoadmap)
        data["pairs"] = .list(programme.pairs.map { ContextValues.pair($0, in: programme) })
        let orderKey: String? = switch kind {
        case .orderIntroduction, .regulation, .roadmap, .mentoringProgramme: "introduction"
        case .orderCurator: "curator"
        case .orderPairs: "pairs"
        case .orderPlans: "plans"
        default: nil
        }
        data["order"] = ContextValues.order(orderKey.flatMap { programme.orders[$0] })
        if kind == .orderClosing { data["order"] = ContextValues.closingOrder(programme) }
        data["orders"] = ContextValues.orders(programme)
        data["councils"] = ContextValues.councils(programme)
        data["rewards"] = ContextValues.rewards(programme)
        data["form_profiles"] = ContextValues.formProfiles(programme)
        data["acquainted"] = .list(acquainted(for: kind, in: programme).map { .map(["full_name": .text($0)]) })
        return .map(data)
    }

    /// Who signs «С приказом ознакомлены»: the curator, and for the pair orders every mentor.
    private static func acquainted(for kind: DocumentKind, in programme: Programme) -> [String] {
        var names = [programme.organisation.curator.person.fullName]
        var seen = Set(names)
        if kind == .orderPairs || kind == .orderPlans || kind == .orderClosing {
            for pair in programme.pairs {
                if let mentor = programme.participant(pair.mentorID), mentor.category != .student,
                    seen.insert(mentor.person.fullName).inserted
                {
                    names.append(mentor.person.fullName)
                }
            }
        }
        return names
    }

    private mutating func add(_ kind: DocumentKind, subject: String, ids: [String] = [], pair: String? = nil, baseName: String,
        data: @escaping @Sendable () -> TemplateValue)
    {
        guard kinds.contains(kind) else { return }
        records.append(DocumentRecord(kind: kind, subject: subject, participantIDs: ids, pairID: pair,
            baseName: FileNaming.safe(baseName), data: data))
    }

    private static func subject(_ participant: Participant) -> String { "\(participant.id) (\(participant.person.surname))" }
}
