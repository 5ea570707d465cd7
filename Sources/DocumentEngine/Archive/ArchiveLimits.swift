/// Caps that keep a hostile archive (a zip bomb, a flood of entries) from eating the machine.
public struct ArchiveLimits: Sendable {
    /// Largest inflated size of one part we will read.
    public var maximumPartSize: UInt64 = 64 << 20
    /// Largest inflated size of all parts together.
    public var maximumTotalSize: UInt64 = 512 << 20
    /// Inflated size over compressed size beyond which a large part is taken for a bomb.
    public var maximumCompressionRatio: UInt64 = 200
    /// Ratios are only judged for parts at least this large: tiny XML compresses very well.
    public var ratioCheckThreshold: UInt64 = 1 << 20
    public var maximumEntryCount: Int = 10_000

    public init() {}
    public static let standard = ArchiveLimits()
}
