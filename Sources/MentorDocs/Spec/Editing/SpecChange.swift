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

/// One entry of a spec changed in memory: the edited text, what `check` says of it, and the write.
///
/// The write keeps the previous version beside the spec as `SPEC.bak` (`school.spec.bak`, one
/// version back), then puts the new text in place atomically, with the spec's own permissions. It
/// is refused when the file on disk is no longer the version the change was made on.
public struct SpecChange: Sendable {
    /// The file as it was read.
    public let file: SpecFile
    /// The list the entry is in.
    public let list: SpecList
    /// The edited text and where the entry stands in its list.
    public let edited: SpecListEdit.Edited
    /// What `check` says of the edited spec.
    public let report: SpecReport

    init(file: SpecFile, list: SpecList, edited: SpecListEdit.Edited) {
        self.file = file
        self.list = list
        self.edited = edited
        report = SpecReader.report(bytes: edited.bytes, name: file.path)
    }

    /// The entry as the edited spec has it, for placing its problems beside its fields (after a
    /// removal, the one that took its place).
    public var entry: SpecNode? {
        guard let root = try? SpecParser.parse(edited.bytes, file: file.path) else { return nil }
        let items = root[list.rawValue]?.items ?? []
        return edited.position < items.count ? items[edited.position] : nil
    }

    /// The errors the change brings: those of the edited spec that the spec as read did not have
    /// (told by their messages, as lines move). A change that brings none may be written even
    /// when the spec has errors elsewhere: it does not make them worse.
    public var newErrors: [SpecDiagnostic] {
        var before: [String: Int] = [:]
        for diagnostic in SpecReader.report(bytes: file.bytes, name: file.path).diagnostics where diagnostic.severity == .error {
            before[diagnostic.message, default: 0] += 1
        }
        return report.diagnostics.filter { diagnostic in
            guard diagnostic.severity == .error else { return false }
            guard let count = before[diagnostic.message], count > 0 else { return true }
            before[diagnostic.message] = count - 1
            return false
        }
    }

    /// The backup of a spec: `school.spec` → `school.spec.bak`.
    public static func backupPath(of path: String) -> String { path + ".bak" }

    /// Writes the edited spec in place of the file, keeping the version it replaces as the backup.
    public func write() throws(SpecWriteError) {
        let path = file.path
        guard let current = SpecFile.bytes(at: path) else { throw SpecWriteError(.unreadable, "cannot read \(path)") }
        guard current == file.bytes else {
            throw SpecWriteError(.changedOnDisk, "\(path) was changed since it was read; nothing is written")
        }
        var status = stat()
        let mode = stat(path, &status) == 0 ? status.st_mode & 0o777 : 0o600
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let output = OutputFolder(path: folder.isEmpty ? "/" : folder, overwrite: true, mode: mode)
        do throws(OutputError) {
            try output.write(file.bytes, to: name + ".bak")
            try output.write(edited.bytes, to: name)
        } catch {
            throw SpecWriteError(.notWritable, error.message)
        }
    }
}
