import MentorDocs
import Testing

/// Figures worked by hand, and p-values as scipy 1.17.1 gives them
/// (`scipy.stats.wilcoxon(after, before, method="exact" | "approx")`).
struct MonitoringStatisticsTests {
    private func pairs(_ before: [Double], _ after: [Double]) -> [(before: Double, after: Double)] {
        Array(zip(before, after)).map { (before: $0.0, after: $0.1) }
    }

    @Test func exactPValueWhenNoChangesTie() throws {
        // Changes 2, −3, 5, 6, −8, 7, 9, −10: rises take ranks 1+3+4+5+7 = 20, falls 2+6+8 = 16.
        let test = try #require(SignedRankTest(pairs([10, 20, 30, 40, 50, 60, 70, 80], [12, 17, 35, 46, 42, 67, 79, 70])))
        #expect(test.changed == 8)
        #expect(test.risingRanks == 20 && test.fallingRanks == 16 && test.statistic == 16)
        #expect(test.isExact)
        #expect(test.pValue == 0.84375) // 2 × 108 / 256
    }

    @Test func unchangedPairsAreLeftOutAndTiesShareTheirMeanRank() throws {
        // Two zeros out; sizes 1, 1 take rank 1.5, seven 2s rank 6, the 3 rank 10; every change a rise.
        let test = try #require(SignedRankTest(pairs([5, 5, 6, 6, 7, 7, 4, 4, 8, 8, 6, 5], [7, 7, 6, 8, 8, 9, 5, 6, 8, 10, 8, 8])))
        #expect(test.changed == 10)
        #expect(test.risingRanks == 55 && test.fallingRanks == 0)
        #expect(!test.isExact)
        // z = (0 − 27.5) / √(96.25 − (6 + 336) / 48)
        #expect(abs(test.pValue - 0.003580327522366853) < 1e-12)
    }

    @Test func fallsAreFoundAsRisesAre() throws {
        let test = try #require(SignedRankTest(pairs([9, 8, 9, 7, 8, 9, 10, 8], [7, 6, 8, 5, 8, 6, 7, 7])))
        #expect(test.changed == 7 && test.risingRanks == 0 && test.fallingRanks == 28)
        #expect(abs(test.pValue - 0.01674764760318694) < 1e-12)
    }

    @Test func aMixOfRisesAndFallsWithTies() throws {
        let test = try #require(SignedRankTest(pairs([5, 6, 7, 4, 8, 6, 7, 5, 9, 6], [7, 8, 6, 7, 9, 9, 8, 8, 10, 9])))
        #expect(test.statistic == 2.5)
        #expect(abs(test.pValue - 0.009774339062913267) < 1e-12)
    }

    @Test func tooFewChangesForATest() {
        #expect(SignedRankTest(pairs([5, 6, 7, 4, 5], [6, 8, 9, 7, 9])) == nil)
        #expect(SignedRankTest(pairs([5, 6, 7, 4, 5, 6, 7], [6, 8, 9, 7, 5, 6, 7])) == nil)
    }

    @Test func summaryOfScores() throws {
        let summary = try #require(ScoreSummary([7, 9, 8, 10, 6]))
        #expect(summary.count == 5 && summary.mean == 8 && summary.median == 8)
        #expect(summary.standardDeviation == 2.5.squareRoot()) // squares 1+1+0+4+4 = 10, over 4
        #expect(summary.minimum == 6 && summary.maximum == 10)
        #expect(try #require(ScoreSummary([3, 9])).median == 6)
        #expect(try #require(ScoreSummary([4])).standardDeviation == 0)
        #expect(ScoreSummary([]) == nil)
    }
}
