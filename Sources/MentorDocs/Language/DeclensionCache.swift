import RussianLanguage
import Synchronization

/// Names already declined, remembered across the documents of a batch: every consent declines the
/// director's name, and a document often declines one person's name in the same case twice.
/// Bounded, so memory stays flat however long the batch.
final class DeclensionCache: Sendable {
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

    private let entries = Mutex<[Key: String]>([:])
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// The remembered form, or the one `decline` makes (then remembered).
    func declined(_ name: String, to grammaticalCase: GrammaticalCase, gender: Gender?, _ decline: () -> String) -> String {
        let key = Key(name: name, grammaticalCase: grammaticalCase, gender: gender)
        if let known = entries.withLock({ $0[key] }) { return known }
        let form = decline()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = form
        }
        return form
    }
}
