import Synchronization

/// A spec file read as `check` reads it (`SpecReader.report(contentsOf:)`), parsed and checked anew
/// only when its bytes differ from the last read: what a server showing the spec page after page
/// needs. The file is still read each time, so an edit made in a text editor shows at the next read.
public final class SpecReportCache: Sendable {
    /// The spec file, as diagnostics name it.
    public let path: String
    private let last = Mutex<Reading?>(nil)

    private struct Reading: Sendable {
        /// Nil when the file could not be read: then nothing is taken from the reading.
        var bytes: [UInt8]?
        var snapshot: Snapshot
    }

    /// One reading of the spec: its report, and a number that stays the same as long as the file's
    /// bytes do, so that what is made from the report can be kept beside it.
    public struct Snapshot: Sendable {
        /// The report, as `SpecReader.report(contentsOf:)` gives it.
        public let report: SpecReport
        /// Grows each time the file is found changed; what was made under another number is stale.
        public let version: Int
    }

    /// A cache of the spec at `path`, empty until the first read.
    public init(path: String) {
        self.path = path
    }

    /// The spec's report as its bytes are now.
    public func report() -> SpecReport { snapshot().report }

    /// The spec's report as its bytes are now, with its version.
    public func snapshot() -> Snapshot {
        let bytes = SpecFile.bytes(at: path)
        let previous = last.withLock { $0 }
        if let previous, let bytes, previous.bytes == bytes { return previous.snapshot }
        let report = bytes.map { SpecReader.report(bytes: $0, name: path) } ?? SpecReader.report(contentsOf: path)
        return last.withLock { last in
            let snapshot = Snapshot(report: report, version: (last?.snapshot.version ?? 0) + 1)
            last = Reading(bytes: bytes, snapshot: snapshot)
            return snapshot
        }
    }
}
