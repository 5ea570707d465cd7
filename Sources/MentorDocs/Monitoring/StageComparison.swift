/// One scale item «на входе» against «на выходе»: the same people's marks, their change, and the
/// signed-rank test's verdict.
public struct StageComparison: Sendable {
    /// What the figures say, as the report puts it in words.
    public enum Verdict: Sendable, Equatable {
        /// The marks rose, and the test says it is not chance (p < 0.05).
        case improved
        /// The marks fell, and the test says it is not chance.
        case worsened
        /// The test finds no change beyond chance.
        case withinChance
        /// Too few people changed their mark for the test to tell anything.
        case tooFewAnswers

        /// «улучшение статистически значимо», …
        public var sentence: String {
            switch self {
            case .improved: "улучшение статистически значимо"
            case .worsened: "ухудшение статистически значимо"
            case .withinChance: "изменение в пределах случайного"
            case .tooFewAnswers: "слишком мало ответов для проверки"
            }
        }
    }

    /// The level below which a p-value counts as significant.
    public static let significance = 0.05

    /// The item.
    public let question: Question
    /// How many people gave a mark at both stages.
    public let pairs: Int
    /// Their mean mark «на входе».
    public let entryMean: Double
    /// Their mean mark «на выходе».
    public let exitMean: Double
    /// The test, when enough of them changed their mark.
    public let test: SignedRankTest?
    /// What the figures say.
    public let verdict: Verdict

    /// The mean change of the exit mark over the entry one.
    public var change: Double { exitMean - entryMean }

    /// The comparison of `marks` (each person's entry and exit mark); nil when there are none.
    public init?(question: Question, marks: [(before: Double, after: Double)]) {
        guard !marks.isEmpty else { return nil }
        self.question = question
        pairs = marks.count
        entryMean = marks.reduce(0) { $0 + $1.before } / Double(marks.count)
        exitMean = marks.reduce(0) { $0 + $1.after } / Double(marks.count)
        test = SignedRankTest(marks)
        if let test {
            if test.pValue >= Self.significance { verdict = .withinChance }
            else { verdict = test.risingRanks > test.fallingRanks ? .improved : .worsened }
        } else {
            // Enough people, too few of them changed: that is no change, not a lack of answers.
            verdict = marks.count >= SignedRankTest.fewestChanges ? .withinChance : .tooFewAnswers
        }
    }
}
