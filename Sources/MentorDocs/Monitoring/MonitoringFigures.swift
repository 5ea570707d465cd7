/// The figures of the monitoring report, computed from the answers read back: who answered, the
/// marks of each item per form of mentoring and overall, «на входе» against «на выходе», the
/// strengths and weaknesses, and the answers in words.
public struct MonitoringFigures: Sendable {
    /// How many of the participants of one form in one role answered at each stage.
    public struct ResponseRate: Sendable, Equatable {
        /// The form of mentoring.
        public var form: MentoringForm
        /// Mentors or mentees.
        public var role: RespondentRole
        /// How many participants are in this form and role.
        public var expected: Int
        /// How many of them answered «на входе».
        public var entry: Int
        /// How many answered «на выходе».
        public var exit: Int
    }

    /// The marks given to one scale item at `scoresStage`: overall, and per form of mentoring.
    public struct ItemScores: Sendable {
        /// The item.
        public var question: Question
        /// All its marks.
        public var overall: ScoreSummary
        /// The marks of each form's participants, in the programme's order of forms; a form without any is left out.
        public var byForm: [(form: MentoringForm, summary: ScoreSummary)]
    }

    /// The answers in words to one open question at one stage.
    public struct OpenAnswers: Sendable {
        /// The question.
        public var question: Question
        /// The stage.
        public var stage: MonitoringStage
        /// Each answer with who gave it as a role and a form («наставляемый, ученик – ученик»), never a name.
        public var answers: [(who: String, text: String)]
    }

    /// How many items the strengths and the weaknesses list at most.
    public static let extremes = 3

    /// Per form and role, in the programme's order of forms, mentors first.
    public let responseRates: [ResponseRate]
    /// How many participants are in a pair or group: whom the questionnaires are for.
    public let expected: Int
    /// How many of them answered at each stage, and at either.
    public let answered: [MonitoringStage: Int]
    /// Everyone who answered at least once.
    public let answeredAtAll: Int
    /// The stage the marks are summarised at: the exit when anyone answered it, else the entry; nil without answers.
    public let scoresStage: MonitoringStage?
    /// The items of each block with marks at `scoresStage`, in the catalogue's order.
    public let blocks: [(block: QuestionBlock, items: [ItemScores])]
    /// Every block of the catalogue that has a 1–10 item, marked or not: each has a chart in the report.
    public let scaleBlocks: [QuestionBlock]
    /// Each scale item asked at both stages that someone answered at both.
    public let comparisons: [StageComparison]
    /// The items with the highest mean marks, highest first.
    public let strengths: [ItemScores]
    /// The items with the lowest mean marks, lowest first.
    public let weaknesses: [ItemScores]
    /// The answers in words, question by question, the entry's before the exit's.
    public let openAnswers: [OpenAnswers]

    /// The figures of `responses` (at most one per participant and stage) to `questions` in `programme`.
    public init(programme: Programme, questions: QuestionCatalogue, responses: [Response]) {
        let memberships = programme.memberships
        let forms = programme.forms + MentoringForm.allCases.filter { !programme.forms.contains($0) }
        var byStage: [MonitoringStage: [String: Response]] = [:]
        for response in responses where memberships[response.participantID] != nil {
            byStage[response.stage, default: [:]][response.participantID] = response
        }

        var rates: [ResponseRate] = []
        for form in forms {
            for role in RespondentRole.allCases.sorted() {
                let people = memberships.keys.filter { id in memberships[id]!.contains { $0.form == form && $0.role == role } }
                guard !people.isEmpty else { continue }
                rates.append(ResponseRate(form: form, role: role, expected: people.count,
                    entry: people.filter { byStage[.entry]?[$0] != nil }.count, exit: people.filter { byStage[.exit]?[$0] != nil }.count))
            }
        }
        responseRates = rates
        expected = memberships.count
        answered = byStage.mapValues(\.count)
        answeredAtAll = Set(byStage.values.flatMap(\.keys)).count

        let stage: MonitoringStage? = byStage[.exit]?.isEmpty == false ? .exit : byStage[.entry]?.isEmpty == false ? .entry : nil
        scoresStage = stage
        // Respondents in the order of the spec, so every list built from them keeps one order.
        let order = programme.participants.map(\.id)
        var blocks: [(block: QuestionBlock, items: [ItemScores])] = []
        var allItems: [ItemScores] = []
        if let stage {
            let respondents: [(response: Response, places: [Membership])] = order.compactMap { id in
                byStage[stage]?[id].map { ($0, memberships[id] ?? []) }
            }
            for block in questions.blocks {
                let items: [ItemScores] = questions.questions.filter { $0.blockID == block.id && $0.answer == .scale }.compactMap { question in
                    var overall: [Double] = []
                    var byForm: [MentoringForm: [Double]] = [:]
                    for respondent in respondents {
                        guard let mark = respondent.response.scores[question.id].map(Double.init) else { continue }
                        overall.append(mark)
                        // A participant counts once in each form they were asked the question in.
                        let asked = Set(respondent.places.filter { question.isAsked(at: stage, of: $0.role, in: $0.form) }.map(\.form))
                        for form in asked { byForm[form, default: []].append(mark) }
                    }
                    guard let summary = ScoreSummary(overall) else { return nil }
                    return ItemScores(question: question, overall: summary,
                        byForm: forms.compactMap { form in byForm[form].flatMap(ScoreSummary.init).map { (form, $0) } })
                }
                if !items.isEmpty { blocks.append((block, items)) }
                allItems += items
            }
        }
        self.blocks = blocks
        scaleBlocks = questions.blocks.filter { block in questions.questions.contains { $0.blockID == block.id && $0.answer == .scale } }
        let ranked = allItems.enumerated().sorted { ($0.element.overall.mean, -$0.offset) > ($1.element.overall.mean, -$1.offset) }.map(\.element)
        let count = min(Self.extremes, ranked.count / 2)
        strengths = Array(ranked.prefix(count))
        weaknesses = Array(ranked.suffix(count).reversed())

        comparisons = questions.questions.filter { $0.answer == .scale && $0.stages.count == MonitoringStage.allCases.count }.compactMap { question in
            let paired: [(before: Double, after: Double)] = order.compactMap { id in
                guard let before = byStage[.entry]?[id]?.scores[question.id], let after = byStage[.exit]?[id]?.scores[question.id] else { return nil }
                return (Double(before), Double(after))
            }
            return StageComparison(question: question, marks: paired)
        }

        var open: [OpenAnswers] = []
        for question in questions.questions where question.answer == .text {
            for stage in MonitoringStage.allCases {
                let answers: [(who: String, text: String)] = order.compactMap { id in
                    guard let text = byStage[stage]?[id]?.texts[question.id] else { return nil }
                    let place = (memberships[id] ?? []).first { question.isAsked(at: stage, of: $0.role, in: $0.form) }
                    return (place.map { "\($0.role.title), \($0.form.rawValue)" } ?? "", text)
                }
                if !answers.isEmpty { open.append(OpenAnswers(question: question, stage: stage, answers: answers)) }
            }
        }
        openAnswers = open
    }
}
