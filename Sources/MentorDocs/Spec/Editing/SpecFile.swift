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

/// A spec file as it was read for a change: its bytes and their digest, which a form carries so that
/// a change made on a version the file no longer has is refused rather than written over it.
public struct SpecFile: Sendable {
    /// The file's path, as diagnostics name it.
    public let path: String
    /// Its bytes when read.
    public let bytes: [UInt8]

    /// The SHA-256 of the bytes, in hex: the version a page read.
    public var version: String { Self.version(of: bytes) }

    /// The version of a spec's bytes.
    public static func version(of bytes: [UInt8]) -> String { SHA256.hex(of: bytes) }

    /// The spec at `path`, read now.
    public static func read(_ path: String) throws(SpecWriteError) -> SpecFile {
        guard let bytes = bytes(at: path) else { throw SpecWriteError(.unreadable, "cannot read \(path) (does it exist, and may it be read?)") }
        return SpecFile(path: path, bytes: bytes)
    }

    /// The file with `entry` in `list`, in place of the entry whose id is `id` or after the others
    /// (see `SpecListEdit`); nothing is written until the change is.
    public func change(putting entry: [SpecField], in list: SpecList, replacing id: String?) throws(SpecEditError) -> SpecChange {
        let edited = try SpecListEdit.put(entry, inList: list.rawValue, replacing: id, in: bytes, file: path)
        return SpecChange(file: self, list: list, edited: edited)
    }

    /// The file with `entries` added after the others in `list`, in their order (a class list's pupils).
    public func change(adding entries: [[SpecField]], in list: SpecList) throws(SpecEditError) -> SpecChange {
        var edited = SpecListEdit.Edited(bytes: bytes, position: 0)
        for entry in entries {
            edited = try SpecListEdit.put(entry, inList: list.rawValue, replacing: nil, in: edited.bytes, file: path)
        }
        return SpecChange(file: self, list: list, edited: edited)
    }

    /// The file without the entry of `list` whose id is `id`, only its lines taken out (see
    /// `SpecListEdit.remove`); nothing is written until the change is.
    public func change(removing id: String, from list: SpecList) throws(SpecEditError) -> SpecChange {
        SpecChange(file: self, list: list, edited: try SpecListEdit.remove(id, inList: list.rawValue, in: bytes, file: path))
    }

    /// The file's bytes, or nil when it is not a regular file that can be read.
    static func bytes(at path: String) -> [UInt8]? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: path)
        else { return nil }
        return [UInt8](data)
    }
}

/// The lists of a spec whose entries the page edits.
public enum SpecList: String, Sendable {
    /// `participants`: people, each with their representative.
    case participants
    /// `pairs`: pairs and groups, each with its plan.
    case pairs
}

/// Why a change of a spec was not written. Messages name the file, never what it holds.
public struct SpecWriteError: Error, Sendable, CustomStringConvertible {
    /// What stands in the way.
    public enum Kind: Sendable, Equatable {
        /// The file cannot be read.
        case unreadable
        /// The file is not the version the change was made on: edited meanwhile (in a text editor,
        /// another tab). Nothing was written.
        case changedOnDisk
        /// The file or its backup cannot be written; the spec is as it was.
        case notWritable
    }

    /// What stands in the way, for a caller to act on.
    public let kind: Kind
    /// What happened, naming the file.
    public let message: String

    /// An error of `kind`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
