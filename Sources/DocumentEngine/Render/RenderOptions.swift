/// How a document is filled from its data.
public struct RenderOptions: Sendable {
    /// Print missing values as empty text instead of failing.
    public var allowMissing: Bool

    /// Options that fail on every missing value unless `allowMissing` is true.
    public init(allowMissing: Bool = false) { self.allowMissing = allowMissing }
}
