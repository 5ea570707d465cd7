import Synchronization

/// How far each batch of `/documents` has gone, by the batch's id: the form carries an id made when
/// the page was opened, the ZIP's answer reports here as each document goes into the archive, and
/// the page's script asks `/documents/progress/ID` while the download runs.
///
/// It holds counts only, nothing of the school, and at most `capacity` batches: the oldest is dropped
/// when a new one starts.
final class BatchProgressBoard: Sendable {
    /// One batch: its documents put into the archive, of how many, and whether it has ended.
    struct Entry: Equatable, Sendable {
        enum State: String, Sendable {
            /// Documents are being made and sent.
            case running
            /// The archive went to its end with every document.
            case done
            /// The archive went to its end with the text file saying where work stopped.
            case failed
            /// The browser went away before the end.
            case stopped
        }

        var done: Int
        var total: Int
        var state: State
    }

    static let capacity = 64

    private let entries = Mutex<[(id: String, entry: Entry)]>([])

    /// A batch id as the page makes it: 64 hex digits. Anything else is not looked up or kept.
    static func isBatchID(_ id: String) -> Bool {
        id.utf8.count == 64 && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The batch `id` starts with `total` documents to make; a batch of the same id before it is forgotten.
    func start(_ id: String, total: Int) {
        entries.withLock { entries in
            entries.removeAll { $0.id == id }
            if entries.count >= Self.capacity { entries.removeFirst(entries.count - Self.capacity + 1) }
            entries.append((id, Entry(done: 0, total: total, state: .running)))
        }
    }

    /// One more document of batch `id` is in the archive.
    func advance(_ id: String) { update(id) { $0.done += 1 } }

    /// Batch `id` has ended, as `state` says.
    func finish(_ id: String, _ state: Entry.State) { update(id) { $0.state = state } }

    /// Where batch `id` stands; nil for a batch not started (yet) or forgotten.
    func entry(_ id: String) -> Entry? {
        entries.withLock { entries in entries.first { $0.id == id }?.entry }
    }

    private func update(_ id: String, _ change: (inout Entry) -> Void) {
        entries.withLock { entries in
            guard let index = entries.firstIndex(where: { $0.id == id }) else { return }
            change(&entries[index].entry)
        }
    }
}
