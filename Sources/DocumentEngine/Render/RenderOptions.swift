public struct RenderOptions: Sendable {
    /// Print missing values as empty text instead of failing.
    public var allowMissing: Bool

    public init(allowMissing: Bool = false) { self.allowMissing = allowMissing }
}
