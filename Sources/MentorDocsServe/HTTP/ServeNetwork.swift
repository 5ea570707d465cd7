#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the server listens, the names it answers to, and the password a colleague's browser logs in
/// with when it listens beyond this computer (README, "On the school's closed network").
public struct ServeNetwork: Sendable {
    /// The address bound: `127.0.0.1` by default, `0.0.0.0` for every address of the computer.
    public let host: String
    /// Names other computers reach the server by (`school-pc.local`), given with `--name`, accepted in `Host`.
    public let names: [String]
    /// The password of the login page; none on loopback, where the printed token is the only way in.
    let password: String?
    /// The wrong passwords of this run, by client address.
    let throttle = LoginThrottle()

    /// This computer only, with the token: what `mentordocs serve` does without `--host`.
    public static let loopback = ServeNetwork(host: "127.0.0.1", names: [], password: nil)

    init(host: String, names: [String], password: String?) {
        self.host = host
        self.names = names
        self.password = password
    }

    /// Listening on `host`, answering to `names` too, with the first line of `passwordFile` as the
    /// password. An address beyond loopback without a password, a password file others can read, an
    /// empty or short password are refused, each saying why.
    public init(host: String, names: [String] = [], passwordFile: String?) throws(ServeNetworkProblem) {
        for name in [host] + names where !Self.isPlainName(name) {
            throw ServeNetworkProblem("\(name): not a host name or address (letters, digits, «.», «-», «:» only)")
        }
        let password = try passwordFile.map { file throws(ServeNetworkProblem) in try PasswordFile.read(file) }
        if password == nil && !Self.isLoopback(host) {
            throw ServeNetworkProblem(
                "--host \(host) makes the page reachable from other computers, so it needs a password: "
                    + "write one in a file only you can read (chmod 600) and give it with --password-file FILE")
        }
        self.init(host: host, names: names, password: password)
    }

    /// True for addresses only this computer reaches.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// True when colleagues log in with a password (`/login`).
    public var hasPassword: Bool { password != nil }

    /// True for the addresses that mean every address of the computer.
    public var isWildcard: Bool { host == "0.0.0.0" || host == "::" }

    private static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
        }
    }

    /// The names a `Host` may carry: loopback's, the bound address, `names`, and for a wildcard every
    /// address of the computer's interfaces (what a colleague types when the computer has no name).
    var hostNames: Set<String> {
        var result: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        for name in [host] + names { result.insert(name.contains(":") ? "[\(name)]" : name.lowercased()) }
        if isWildcard { result.formUnion(Self.interfaceAddresses()) }
        return result
    }

    /// The hosts a colleague's browser may be pointed at: the `--name`s, then the bound address, or for a
    /// wildcard the computer's addresses other than loopback.
    public var hostsForColleagues: [String] {
        let addresses = isWildcard ? Self.interfaceAddresses().filter { !$0.hasPrefix("127.") && $0 != "[::1]" }
            : [host.contains(":") ? "[\(host)]" : host]
        return names + addresses
    }

    /// The IPv4 and IPv6 addresses of this computer's interfaces, as they appear in a `Host`.
    static func interfaceAddresses() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return [] }
        defer { freeifaddrs(list) }
        var result: [String] = []
        for entry in sequence(first: first, next: { $0.pointee.ifa_next }) {
            guard let address = entry.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            var text = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
            guard getnameinfo(address, length, &text, socklen_t(text.count), nil, 0, NI_NUMERICHOST) == 0 else { continue }
            let name = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard !name.contains("%") else { continue }  // a link-local address with its zone: no browser sends it
            result.append(family == AF_INET6 ? "[\(name)]" : name)
        }
        return result
    }
}

/// Why the server cannot listen as asked: a sentence for the command's error line.
public struct ServeNetworkProblem: Error, CustomStringConvertible {
    /// The sentence, naming the file or option at fault.
    public let description: String

    init(_ description: String) { self.description = description }
}
