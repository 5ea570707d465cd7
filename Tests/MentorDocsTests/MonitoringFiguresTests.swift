import MentorDocs
import TestSupport
import Testing

/// The report's figures on answers invented for the example school, worked by hand.
struct MonitoringFiguresTests {
    private let programme = try! SpecReader.read(contentsOf: Paths.exampleSpec).0

    @Test func responseRatesMarksAndExtremesAsWorkedByHand() throws {
        // Mentees of the example: t2 (учитель – учитель), s3 (ученик – ученик), s2 and s4 (работодатель – ученик).
        let responses = [
            Response(participantID: "t2", stage: .exit, scores: ["meetings-mentee": 8, "pair-mentee": 9, "support-mentee": 3]),
            Response(participantID: "s3", stage: .exit, scores: ["meetings-mentee": 6, "pair-mentee": 10, "support-mentee": 4]),
            Response(participantID: "s2", stage: .exit, scores: ["meetings-mentee": 7, "pair-mentee": 8, "support-mentee": 5]),
            Response(participantID: "s2", stage: .entry, texts: ["expectations": "Понять, кем быть"]),
        ]
        let figures = MonitoringFigures(programme: programme, questions: .builtIn, responses: responses)
        #expect(figures.expected == 7 && figures.answeredAtAll == 3)
        #expect(figures.answered == [.exit: 3, .entry: 1])
        let employerMentees = try #require(figures.responseRates.first { $0.form == .employerPupil && $0.role == .mentee })
        #expect(employerMentees.expected == 2 && employerMentees.entry == 1 && employerMentees.exit == 1)
        #expect(figures.responseRates.first { $0.form == .teacherTeacher && $0.role == .mentor }?.exit == 0)
        #expect(figures.scoresStage == .exit)

        let quality = try #require(figures.blocks.first)
        #expect(quality.block.id == "quality")
        #expect(quality.items.map(\.question.id) == ["meetings-mentee", "pair-mentee", "support-mentee"])
        // 8, 6, 7: mean 7, median 7, sd √((1 + 1 + 0) / 2) = 1.
        let meetings = quality.items[0]
        #expect(meetings.overall.mean == 7 && meetings.overall.median == 7 && meetings.overall.standardDeviation == 1)
        #expect(meetings.byForm.map(\.form) == [.studentStudent, .teacherTeacher, .employerPupil])
        #expect(meetings.byForm.map(\.summary.mean) == [6, 8, 7])
        // Means 9, 7, 4 for pair, meetings, support: one of each with three items.
        #expect(figures.strengths.map(\.question.id) == ["pair-mentee"])
        #expect(figures.weaknesses.map(\.question.id) == ["support-mentee"])
        #expect(figures.comparisons.isEmpty)
        #expect(figures.openAnswers.count == 1)
        #expect(figures.openAnswers[0].answers.map(\.who) == ["наставляемый, работодатель – ученик"])
    }

    @Test func entryAgainstExitWithTheSignedRankTest() throws {
        let ids = ["t1", "t2", "e1", "s1", "s3", "s2", "s4"]
        // «Я легко нахожу общий язык…» is the mentors'; «rapport» asks mentors of every form: t1, e1, s1.
        // A mentee item every mentee answers: none is common to all forms, so use a catalogue of one question.
        let catalogue = try QuestionCatalogueReader.read(bytes: Array("""
            blocks: [{ id: growth, title: Рост }]
            questions:
              - { id: confidence, block: growth, text: Я уверен в себе., answer: scale }
              - { id: calm, block: growth, text: Я спокоен., answer: scale }
            """.utf8), name: "q.spec")
        let before = [3, 4, 5, 4, 6, 5, 4]
        let after = [6, 7, 9, 8, 8, 9, 5]    // rises 3, 3, 4, 4, 2, 4, 1: every one a rise
        let calmBefore = [5, 5, 6]
        let calmAfter = [5, 6, 5]
        var responses: [Response] = []
        for (index, id) in ids.enumerated() {
            var entry = Response(participantID: id, stage: .entry, scores: ["confidence": before[index]])
            var exit = Response(participantID: id, stage: .exit, scores: ["confidence": after[index]])
            if index < 3 {
                entry.scores["calm"] = calmBefore[index]
                exit.scores["calm"] = calmAfter[index]
            }
            responses += [entry, exit]
        }
        let figures = MonitoringFigures(programme: programme, questions: catalogue, responses: responses)
        let confidence = try #require(figures.comparisons.first { $0.question.id == "confidence" })
        #expect(confidence.pairs == 7)
        #expect(abs(confidence.entryMean - 31.0 / 7) < 1e-12 && abs(confidence.exitMean - 52.0 / 7) < 1e-12)
        #expect(abs(confidence.change - 3) < 1e-12)
        // All seven rise, with ties (3, 3 and 4, 4, 4): the normal approximation, p < 0.05.
        #expect(confidence.test?.fallingRanks == 0)
        #expect(confidence.verdict == .improved)
        #expect(confidence.verdict.sentence == "улучшение статистически значимо")
        let calm = try #require(figures.comparisons.first { $0.question.id == "calm" })
        #expect(calm.pairs == 3 && calm.test == nil && calm.verdict == .tooFewAnswers)
        #expect(calm.verdict.sentence == "слишком мало ответов для проверки")
    }

    @Test func aFallAndAChangeWithinChance() throws {
        let question = Question(id: "x", blockID: "b", text: "?", answer: .scale, location: .init(file: "f", line: 1, column: 1))
        let falls = try #require(StageComparison(question: question, marks: [(9, 7), (8, 6), (9, 8), (7, 5), (8, 8), (9, 6), (10, 7), (8, 7)]))
        // scipy: p = 0.01674764760318694 for these (MonitoringStatisticsTests).
        #expect(falls.verdict == .worsened)
        let mixed = try #require(StageComparison(question: question, marks: [(5, 6), (6, 5), (7, 8), (5, 3), (6, 7), (8, 6)]))
        #expect(mixed.verdict == .withinChance && mixed.verdict.sentence == "изменение в пределах случайного")
        let unchanged = try #require(StageComparison(question: question, marks: Array(repeating: (5, 5), count: 8)))
        #expect(unchanged.test == nil && unchanged.verdict == .withinChance)
    }
}
