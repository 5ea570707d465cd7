/// How a document is filled from its data.
public struct RenderOptions: Sendable {
    /// Print missing values as empty text instead of failing.
    public var allowMissing: Bool
    /// How much of a workbook's sheet is kept in memory while it is rendered: past it, the rows of a
    /// sheet whose rows hold no formula go to an unnamed temporary file as they are printed, so that
    /// a sheet of any length takes the same memory. 1 MiB unless said; `Int.max` keeps every sheet in memory.
    public var sheetBytesInMemory: Int

    /// Options that fail on every missing value unless `allowMissing` is true.
    public init(allowMissing: Bool = false, sheetBytesInMemory: Int = 1 << 20) {
        self.allowMissing = allowMissing
        self.sheetBytesInMemory = sheetBytesInMemory
    }
}
