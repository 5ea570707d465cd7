/// How far a batch of documents has come, reported after each document is handed over.
public struct BatchProgress: Sendable, Equatable {
    /// The documents made and handed over so far.
    public var completed: Int
    /// The documents the batch makes in all.
    public var total: Int

    /// `completed` documents of `total` done.
    public init(completed: Int, total: Int) {
        self.completed = completed
        self.total = total
    }

    /// From 0 to 1, for a progress bar; 1 for a batch of nothing.
    public var fraction: Double { total == 0 ? 1 : Double(completed) / Double(total) }
}
