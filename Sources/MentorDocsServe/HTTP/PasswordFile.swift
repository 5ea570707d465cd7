#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(CDispatch)
import CDispatch  // on Linux, where `struct stat` is declared as Hummingbird's imports see it (MemberImportVisibility)
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The login page's password, read from a file rather than the command line, where `ps` would show it to
/// every user of the computer.
enum PasswordFile {
    /// The fewest characters a password may have: the page is open to a whole network.
    static let minimumLength = 8

    /// The file's first line. Refused: a file that is not a regular file, one the group or others may read
    /// or write, one that cannot be read, an empty or short first line.
    static func read(_ path: String) throws(ServeNetworkProblem) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ServeNetworkProblem("\(path): the password file cannot be opened (\(String(cString: strerror(errno))))") }
        defer { close(descriptor) }
        #if canImport(Glibc)
        var status = Glibc.stat()
        #else
        var status = Darwin.stat()
        #endif
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw ServeNetworkProblem("\(path): the password file is not a regular file")
        }
        let mode = status.st_mode & 0o777
        guard mode & 0o077 == 0 else {
            throw ServeNetworkProblem("\(path): other users of this computer can read the password file (mode "
                + String(mode, radix: 8) + "); make it yours only with: chmod 600 \(path)")
        }
        var bytes = [UInt8](repeating: 0, count: 4096)
        #if canImport(Glibc)
        let count = Glibc.read(descriptor, &bytes, bytes.count)
        #else
        let count = Darwin.read(descriptor, &bytes, bytes.count)
        #endif
        guard count >= 0 else { throw ServeNetworkProblem("\(path): the password file cannot be read") }
        var line = bytes[..<count].prefix { $0 != UInt8(ascii: "\n") }
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        let password = String(decoding: line, as: UTF8.self)
        guard password.count >= minimumLength else {
            throw ServeNetworkProblem("\(path): the password on the file's first line is "
                + (password.isEmpty ? "empty" : "shorter than \(minimumLength) characters") + "; write a longer one")
        }
        return password
    }
}
