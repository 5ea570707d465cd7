import RussianLanguage
import Synchronization

/// Names (or phrases) already declined, remembered across the documents of a batch: every consent
/// declines the director's name, and a document often declines one person's name in the same case
/// twice. Bounded, so memory stays flat however long the batch: when it is full, the next new form
/// empties it.
///
/// The Russian filters share one for names and one for phrases, process-wide
/// (`RussianFilters.declinedNames`, `RussianFilters.declinedPhrases`). A long-running service can
/// size them to its load, or `clear()` them so that the names of one school's people are not kept
/// in memory after its documents are made. Safe to use from any thread.
public final class DeclensionCache: Sendable {
    /// Compared and hashed by the name's bytes: hashing Cyrillic as a Swift `String` normalizes
    /// it first, which cost more than the look-up saved. Names come from one spec, so the same
    /// name has the same bytes.
    private struct Key: Hashable {
        var name: String
        var grammaticalCase: GrammaticalCase
        var gender: Gender?

        static func == (left: Key, right: Key) -> Bool {
            left.grammaticalCase == right.grammaticalCase && left.gender == right.gender && left.name.utf8.elementsEqual(right.name.utf8)
        }

        func hash(into hasher: inout Hasher) {
            var name = name
            name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(grammaticalCase)
            hasher.combine(gender)
        }
    }

    private struct State {
        var entries: [Key: String] = [:]
        var capacity: Int
    }

    private let state: Mutex<State>

    init(capacity: Int) { state = Mutex(State(capacity: max(0, capacity))) }

    /// How many forms it keeps at most; 0 keeps none (every form is declined afresh). Setting a
    /// capacity below the number kept empties it; a negative one counts as 0.
    public var capacity: Int {
        get { state.withLock { $0.capacity } }
        set {
            state.withLock { state in
                state.capacity = max(0, newValue)
                if state.entries.count > state.capacity { state.entries = [:] }
            }
        }
    }

    /// How many forms it keeps now.
    public var count: Int { state.withLock { $0.entries.count } }

    /// Forgets every form, and gives back the memory they took.
    public func clear() { state.withLock { $0.entries = [:] } }

    /// The remembered form, or the one `decline` makes (then remembered).
    func declined(_ name: String, to grammaticalCase: GrammaticalCase, gender: Gender?, _ decline: () -> String) -> String {
        let key = Key(name: name, grammaticalCase: grammaticalCase, gender: gender)
        if let known = state.withLock({ $0.entries[key] }) { return known }
        let form = decline()
        state.withLock { state in
            guard state.capacity > 0 else { return }
            if state.entries.count >= state.capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = form
        }
        return form
    }
}
