// Public imports: `mode_t` is in this type's API.
#if canImport(Glibc)
public import Glibc
#elseif canImport(Darwin)
public import Darwin
#endif

/// A folder documents are written into, each file whole or not at all.
///
/// A file is written without a name (`O_TMPFILE`) and named only when complete, so a failure,
/// even a crash, never leaves a half-written document that someone could print and sign. On a
/// file system without unnamed files it is written under a temporary name beside its final one
/// and renamed into place.
public struct OutputFolder: Sendable {
    /// The folder's path: `documents`.
    public var path: String
    /// Replace files that are already there.
    public var overwrite: Bool
    /// Permissions of new files; personal data is readable by its owner only by default.
    public var mode: mode_t
    /// Permissions of the folders made for the files: whoever may read a file may open its folder.
    public var folderMode: mode_t { mode | 0o700 | (mode & 0o044) >> 2 }

    /// The folder at `path`; new files get `mode` (`0600` by default), and files already there are kept
    /// unless `overwrite` is true.
    public init(path: String, overwrite: Bool = false, mode: mode_t = 0o600) {
        self.path = path
        self.overwrite = overwrite
        self.mode = mode
    }

    /// Creates the folder (and a subfolder) if missing.
    public func prepare(subfolder: String? = nil) throws(OutputError) {
        try makeDirectory(path)
        if let subfolder { try makeDirectory(path + "/" + subfolder) }
    }

    /// Whether `name` (which may include one subfolder) is there already.
    public func contains(_ name: String) -> Bool {
        access(path + "/" + name, F_OK) == 0
    }

    /// Writes `bytes` to `name` (which may include one subfolder) atomically; returns the final path.
    @discardableResult
    public func write(_ bytes: [UInt8], to name: String) throws(OutputError) -> String {
        let target = path + "/" + name
        if !overwrite, access(target, F_OK) == 0 { throw Self.exists(target) }
        let folder = String(target.utf8[..<target.utf8.lastIndex(of: UInt8(ascii: "/"))!])!
        #if os(Linux)
        let descriptor = open(folder, Self.unnamedFile | O_WRONLY, mode)
        #else
        let descriptor: Int32 = -1  // no unnamed files outside Linux
        #endif
        guard descriptor >= 0 else { return try writeNamed(bytes, to: target) }
        defer { close(descriptor) }
        try Self.write(bytes, to: descriptor, for: target)
        fchmod(descriptor, mode)
        let handle = "/proc/self/fd/\(descriptor)"
        if linkat(AT_FDCWD, handle, AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0 { return target }
        switch errno {
        case EEXIST where !overwrite:
            throw Self.exists(target)
        case EEXIST:
            // Replacing a file: name the new one beside it, then rename it over the old one.
            let temporary = target + ".part"
            unlink(temporary)
            guard linkat(AT_FDCWD, handle, AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else {
                throw OutputError(.notWritable, "cannot write \(target): \(Self.lastError())")
            }
            try Self.move(temporary, to: target)
            return target
        default:
            // No /proc to name the file through, say: write it the other way.
            return try writeNamed(bytes, to: target)
        }
    }

    #if os(Linux)
    /// Linux's `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), which Swift's Glibc module does not import.
    private static let unnamedFile: Int32 = 0o20000000 | O_DIRECTORY
    #endif

    /// The fallback: a temporary name beside the target, renamed into place when complete.
    private func writeNamed(_ bytes: [UInt8], to target: String) throws(OutputError) -> String {
        let temporary = target + ".part"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard descriptor >= 0 else { throw OutputError(.notWritable, "cannot create \(temporary): \(Self.lastError())") }
        do {
            try Self.write(bytes, to: descriptor, for: target)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        fchmod(descriptor, mode)
        guard close(descriptor) == 0 else {
            let reason = Self.lastError()
            unlink(temporary)
            throw OutputError(.notWritable, "cannot write \(target): \(reason)")
        }
        try Self.move(temporary, to: target)
        return target
    }

    /// Renames a finished file over its target; on failure the temporary file is removed.
    private static func move(_ temporary: String, to target: String) throws(OutputError) {
        guard rename(temporary, target) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw OutputError(.notWritable, "cannot write \(target): \(reason)")
        }
    }

    private static func exists(_ target: String) -> OutputError {
        OutputError(.exists, "\(target) exists already")
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32, for target: String) throws(OutputError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { raw in systemWrite(descriptor, raw.baseAddress! + written, raw.count - written) }
            guard result > 0 else { throw OutputError(.notWritable, "cannot write \(target): \(lastError())") }
            written += result
        }
    }

    /// Makes a missing folder with `folderMode` (set again after `mkdir`, which the umask narrows);
    /// a folder that is there already is left as it is.
    private func makeDirectory(_ path: String) throws(OutputError) {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else { throw OutputError(.notAFolder, "\(path) exists and is not a folder") }
            return
        }
        guard mkdir(path, folderMode) == 0 else {
            if errno == EEXIST { return }
            throw OutputError(.notWritable, "cannot create the folder \(path): \(Self.lastError())")
        }
        chmod(path, folderMode)
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// POSIX `write(2)`, Glibc's or Darwin's; inside `OutputFolder` its own `write` methods hide the name.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
