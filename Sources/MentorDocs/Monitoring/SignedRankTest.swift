#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Wilcoxon signed-rank test of paired scores, two-sided: did the scores of the same people change
/// between «на входе» and «на выходе» more than chance would change them?
///
/// Pairs with no change are left out (Wilcoxon's own rule); the others are ranked by the size of the
/// change, ties sharing their mean rank. The p-value is exact (the distribution of the rank sum counted
/// over every assignment of signs) for up to 25 changes none of which tie in size, and otherwise from the
/// normal approximation with the variance corrected for ties, without a continuity correction — as
/// `scipy.stats.wilcoxon(method="exact")` and `(method="approx")` compute them.
public struct SignedRankTest: Sendable, Equatable {
    /// The number of pairs whose score changed: the sample the test stands on.
    public let changed: Int
    /// The sum of the ranks of the rises.
    public let risingRanks: Double
    /// The sum of the ranks of the falls.
    public let fallingRanks: Double
    /// The smaller of the two rank sums: the test's statistic.
    public var statistic: Double { min(risingRanks, fallingRanks) }
    /// The probability of a difference between the rank sums at least this large if nothing changed.
    public let pValue: Double
    /// Whether the p-value was counted exactly rather than approximated.
    public let isExact: Bool

    /// The fewest changed pairs that can show a change at the 5 % level: with 5, even all of them rising
    /// gives p = 0.0625.
    public static let fewestChanges = 6

    /// The test of `pairs` (before, after); nil when fewer than `fewestChanges` of them changed.
    public init?(_ pairs: [(before: Double, after: Double)]) {
        let changes = pairs.map { $0.after - $0.before }.filter { $0 != 0 }
        guard changes.count >= Self.fewestChanges else { return nil }
        let ranks = Self.meanRanks(of: changes.map(abs))
        var rising = 0.0, falling = 0.0
        for (change, rank) in zip(changes, ranks) {
            if change > 0 { rising += rank } else { falling += rank }
        }
        changed = changes.count
        risingRanks = rising
        fallingRanks = falling
        let tied = Set(changes.map(abs)).count < changes.count
        if !tied, changes.count <= 25 {
            isExact = true
            pValue = Self.exactPValue(statistic: min(rising, falling), count: changes.count)
        } else {
            isExact = false
            pValue = Self.approximatePValue(statistic: min(rising, falling), sizes: changes.map(abs))
        }
    }

    /// Ranks 1…n of the values in increasing order, a group of equal values sharing the mean of its ranks.
    static func meanRanks(of values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let mean = Double(start + end + 2) / 2
            for position in start...end { ranks[order[position]] = mean }
            start = end + 1
        }
        return ranks
    }

    /// Twice the share of the 2ⁿ sign assignments whose rising rank sum is at most `statistic`.
    private static func exactPValue(statistic: Double, count: Int) -> Double {
        let total = count * (count + 1) / 2
        // ways[s]: the number of subsets of the ranks 1…k summing to s, built up rank by rank.
        var ways = [Double](repeating: 0, count: total + 1)
        ways[0] = 1
        for rank in 1...count {
            for sum in stride(from: total, through: rank, by: -1) { ways[sum] += ways[sum - rank] }
        }
        let atMost = ways[0...Int(statistic.rounded(.down))].reduce(0, +)
        return min(1, 2 * atMost / pow(2, Double(count)))
    }

    private static func approximatePValue(statistic: Double, sizes: [Double]) -> Double {
        let n = Double(sizes.count)
        var tieCorrection = 0.0
        var counts: [Double: Double] = [:]
        for size in sizes { counts[size, default: 0] += 1 }
        for t in counts.values where t > 1 { tieCorrection += t * t * t - t }
        let mean = n * (n + 1) / 4
        let variance = n * (n + 1) * (2 * n + 1) / 24 - tieCorrection / 48
        guard variance > 0 else { return 1 }
        let z = (statistic - mean) / variance.squareRoot()
        return min(1, erfc(abs(z) / 2.0.squareRoot()))
    }
}
