#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rows of a large sheet written to an unnamed temporary file as they are rendered, so that a
/// sheet of any length takes the same memory: what is rendered is handed over at the ends of
/// repeated rows once it passes `RenderOptions.sheetBytesInMemory`. The sheet's start (up to its
/// rows) and end (after them) stay in memory, are finished like any sheet's, and are written around
/// the rows in the file when the sheet is packaged; libzip then deflates it from the file.
///
/// Only a sheet numbered as it is printed and without formulas in its rows is spooled: nothing in
/// its rows is edited afterwards. The file has no name (`O_TMPFILE`, 0600): it goes when it is closed.
final class SheetSpool {
    /// Room before the rows for the sheet's start as finished (its columns, view and dimension).
    static let startRoom = 64 * 1024

    let threshold: Int
    private let descriptor: Int32
    /// The sheet up to its rows (`<sheetData>` included), kept from the first hand-over.
    private var start: [UInt8]?
    /// The rows' element's name as written (`sheetData`, `x:sheetData`).
    private var rowsName: [UInt8] = []
    /// Bytes of rows in the file, after `startRoom`.
    private var written = 0
    private(set) var failure: String?

    /// A spool in the temporary directory; nil where no unnamed file can be made there.
    init?(threshold: Int) {
        #if os(Linux)
        let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        let descriptor = open(folder, Self.unnamedFile | O_RDWR, 0o600)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.threshold = threshold
        #else
        return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Whether rows have gone to the file.
    var holdsRows: Bool { start != nil }

    /// Takes what was rendered so far (it ends at a row's end): the first time, the sheet's start is
    /// kept and the rest written; afterwards all of it.
    func take(_ output: inout [UInt8]) {
        guard failure == nil else { return }
        var rows = output[...]
        if start == nil {
            guard let (end, name) = Self.rowsStart(in: output), end <= Self.startRoom - 4096 else {
                failure = "the sheet's start before its rows is too large to put aside"
                return
            }
            start = Array(output[..<end])
            rowsName = Array(name)  // a copy: a slice would keep `output`'s buffer shared and make clearing it copy it
            rows = output[end...]
        }
        guard write(rows, at: Self.startRoom + written) else { return }
        written += rows.count
        output.removeAll(keepingCapacity: true)
    }

    /// The sheet as kept in memory once rendered: its start and, after the last rows written to the
    /// file, its end (`</sheetData>` on); nil when writing failed (`failure` says why).
    func finishRows(_ output: [UInt8]) -> [UInt8]? {
        guard failure == nil, let start else { return nil }
        guard let end = MarkupScanner.lastClosing(of: rowsName[...], in: output, after: 0) else {
            failure = "the sheet's rows have no end"
            return nil
        }
        guard write(output[..<end], at: Self.startRoom + written) else { return nil }
        written += end
        return start + output[end...]
    }

    /// The file holding the whole sheet once `kept` (the start and end, finished) is written around
    /// the rows: a stream positioned nowhere in particular, and where the sheet starts and how long it
    /// is. The caller owns the stream.
    func assemble(_ kept: [UInt8]) -> (file: UnsafeMutablePointer<FILE>, offset: Int, length: Int)? {
        guard failure == nil, let split = Self.rowsStart(in: kept)?.end, split <= Self.startRoom else {
            failure = failure ?? "the sheet's finished start is too large to put before its rows"
            return nil
        }
        let offset = Self.startRoom - split
        guard write(kept[..<split], at: offset), write(kept[split...], at: Self.startRoom + written) else { return nil }
        let copy = dup(descriptor)
        guard copy >= 0, let file = fdopen(copy, "rb") else {
            if copy >= 0 { close(copy) }
            failure = "cannot read the sheet back: \(String(cString: strerror(errno)))"
            return nil
        }
        return (file, offset, split + written + (kept.count - split))
    }

    private func write(_ bytes: ArraySlice<UInt8>, at offset: Int) -> Bool {
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { raw in pwrite(descriptor, raw.baseAddress! + done, raw.count - done, off_t(offset + done)) }
            guard count > 0 else {
                failure = "cannot write the sheet to a temporary file: \(String(cString: strerror(errno)))"
                return false
            }
            done += count
        }
        return true
    }

    /// Where the sheet's rows start, just after the `<sheetData>` start tag, and the name it is written with.
    private static func rowsStart(in bytes: [UInt8]) -> (end: Int, name: ArraySlice<UInt8>)? {
        var scanner = MarkupScanner(bytes)
        while let tag = scanner.next() {
            guard scanner.localName(of: tag, is: "sheetData") else { continue }
            return tag.kind == .opening ? (tag.range.upperBound, bytes[tag.name]) : nil
        }
        return nil
    }

    #if os(Linux)
    /// Linux's `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), which Swift's Glibc module does not import.
    private static let unnamedFile: Int32 = 0o20000000 | O_DIRECTORY
    #endif
}
