import Synchronization

/// Wrong passwords slow their sender down: after each failure a client address must wait before its next
/// try, one second after the first and twice as long after each next, up to `longestWait`. A right
/// password forgets the address. At most `capacity` addresses are remembered; a new one then pushes out
/// the one whose last failure is oldest, so a flood of addresses cannot take the server's memory.
final class LoginThrottle: Sendable {
    struct Failures {
        var count: Int
        var last: ContinuousClock.Instant
    }

    static let longestWait = Duration.seconds(300)

    let capacity: Int
    private let failures = Mutex<[String: Failures]>([:])

    init(capacity: Int = 4096) { self.capacity = capacity }

    /// How long `client` must still wait before it may try a password; nil when it may try now.
    func wait(for client: String, now: ContinuousClock.Instant = .now) -> Duration? {
        failures.withLock { failures in
            guard let entry = failures[client] else { return nil }
            let left = entry.last.advanced(by: Self.wait(after: entry.count)) - now
            return left > .zero ? left : nil
        }
    }

    /// A wrong password from `client`.
    func fail(_ client: String, now: ContinuousClock.Instant = .now) {
        failures.withLock { failures in
            if failures[client] == nil, failures.count >= capacity,
                let oldest = failures.min(by: { $0.value.last < $1.value.last })?.key
            {
                failures[oldest] = nil
            }
            failures[client, default: Failures(count: 0, last: now)].count += 1
            failures[client]?.last = now
        }
    }

    /// The right password from `client`: its failures are forgotten.
    func succeed(_ client: String) {
        _ = failures.withLock { $0.removeValue(forKey: client) }
    }

    /// The number of addresses remembered.
    var remembered: Int { failures.withLock { $0.count } }

    /// The wait after `count` failures in a row: 1 s, 2 s, 4 s … up to `longestWait`.
    static func wait(after count: Int) -> Duration {
        guard count > 0 else { return .zero }
        let seconds = 1 << min(count - 1, 20)
        return min(.seconds(seconds), longestWait)
    }
}
