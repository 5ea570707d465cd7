import Synchronization

/// A spec file read as `check` reads it (`SpecReader.report(contentsOf:)`), parsed and checked anew
/// only when its bytes differ from the last read: what a server showing the spec page after page
/// needs. The file is still read each time, so an edit made in a text editor shows at the next read.
public final class SpecReportCache: Sendable {
    /// The spec file, as diagnostics name it.
    public let path: String
    private let last = Mutex<Snapshot?>(nil)

    private struct Snapshot: Sendable {
        var bytes: [UInt8]
        var report: SpecReport
    }

    /// A cache of the spec at `path`, empty until the first read.
    public init(path: String) {
        self.path = path
    }

    /// The spec's report as its bytes are now.
    public func report() -> SpecReport {
        guard let bytes = SpecFile.bytes(at: path) else { return SpecReader.report(contentsOf: path) }
        if let snapshot = last.withLock({ $0 }), snapshot.bytes == bytes { return snapshot.report }
        let report = SpecReader.report(bytes: bytes, name: path)
        last.withLock { $0 = Snapshot(bytes: bytes, report: report) }
        return report
    }
}
