/// One file inside a zip archive, as its central directory describes it.
public struct ArchiveEntry: Sendable, Equatable {
    /// The entry's number in the archive, from 0, as libzip counts them.
    public var index: UInt64
    /// Its path inside the archive: `word/document.xml`, `mimetype`.
    public var name: String
    /// Its size in bytes once inflated.
    public var size: UInt64
    /// Its size in bytes as the archive holds it.
    public var compressedSize: UInt64
    /// Kept uncompressed rather than deflated (as ODF's `mimetype` must be).
    public var isStored: Bool
}
