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
    /// Most entries an archive may hold.
    public var maximumEntryCount: Int = 10_000

    /// The standard caps; set a property to change one of them.
    public init() {}
    /// The caps used unless others are given: 64 MB a part, 512 MB in all, a ratio of 200, 10,000 entries.
    public static let standard = ArchiveLimits()
}
