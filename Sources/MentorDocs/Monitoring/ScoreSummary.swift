/// The mean, the median and the spread of the scores given to one item.
public struct ScoreSummary: Sendable, Equatable {
    /// How many scores there are.
    public let count: Int
    /// The arithmetic mean.
    public let mean: Double
    /// The middle score, or the mean of the two middle ones.
    public let median: Double
    /// The sample standard deviation (divided by n − 1); 0 for a single score.
    public let standardDeviation: Double
    /// The lowest score.
    public let minimum: Double
    /// The highest score.
    public let maximum: Double

    /// The summary of `scores`; nil when there are none.
    public init?(_ scores: [Double]) {
        guard !scores.isEmpty else { return nil }
        let sorted = scores.sorted()
        let n = Double(sorted.count)
        count = sorted.count
        let mean = sorted.reduce(0, +) / n
        self.mean = mean
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        let squares = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        standardDeviation = sorted.count > 1 ? (squares / (n - 1)).squareRoot() : 0
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
    }
}
