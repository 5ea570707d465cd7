import Hummingbird
import MentorDocs
import NIOCore
import Synchronization

/// Pages made from one version of the spec, kept until the spec changes: the participants of a
/// school of 1,000 cost tens of milliseconds to lay out and nothing to send again. Only pages made
/// from the spec alone are kept (not the journal's, which changes without the spec).
final class PageMemo: Sendable {
    /// How many addresses are kept at most (each filter and search is one); past it, all are dropped.
    static let capacity = 64

    private struct State {
        var version = 0
        var pages: [String: ByteBuffer] = [:]
    }

    private let state = Mutex(State())

    /// The page at `address` for `snapshot`'s spec: kept, or made by `make` and kept.
    func response(_ address: String, of snapshot: SpecReportCache.Snapshot, make: () -> HTML) -> Response {
        let version = snapshot.version
        let kept = state.withLock { $0.version == version ? $0.pages[address] : nil }
        let body = kept ?? ByteBuffer(string: make().markup)
        if kept == nil {
            state.withLock { state in
                // A page made from an older reading than the kept ones is not kept.
                guard version >= state.version else { return }
                if version > state.version { state = State(version: version) }
                if state.pages.count >= Self.capacity { state.pages.removeAll() }
                state.pages[address] = body
            }
        }
        return Layout.response(body)
    }
}
