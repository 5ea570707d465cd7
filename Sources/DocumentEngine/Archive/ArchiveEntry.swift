/// One file inside a zip archive, as its central directory describes it.
public struct ArchiveEntry: Sendable, Equatable {
    public var index: UInt64
    public var name: String
    public var size: UInt64
    public var compressedSize: UInt64
    public var isStored: Bool
}
