#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder documents are written into, each file whole or not at all.
///
/// A file is written under a temporary name beside its final one and renamed into place when
/// complete, so a failure never leaves a half-written document that someone could print and sign.
public struct OutputFolder: Sendable {
    public var path: String
    /// Replace files that are already there.
    public var overwrite: Bool
    /// Permissions of new files; personal data is readable by its owner only by default.
    public var mode: mode_t

    public init(path: String, overwrite: Bool = false, mode: mode_t = 0o600) {
        self.path = path
        self.overwrite = overwrite
        self.mode = mode
    }

    /// Creates the folder (and a subfolder) if missing.
    public func prepare(subfolder: String? = nil) throws(OutputError) {
        try Self.makeDirectory(path)
        if let subfolder { try Self.makeDirectory(path + "/" + subfolder) }
    }

    /// Writes `bytes` to `name` (which may include one subfolder) atomically; returns the final path.
    @discardableResult
    public func write(_ bytes: [UInt8], to name: String) throws(OutputError) -> String {
        let target = path + "/" + name
        if !overwrite, access(target, F_OK) == 0 {
            throw OutputError("\(target) exists already; use --force to replace it")
        }
        let temporary = target + ".part"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard descriptor >= 0 else { throw OutputError("cannot create \(temporary): \(Self.lastError())") }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { raw in Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written) }
            guard result > 0 else {
                let reason = Self.lastError()
                close(descriptor)
                unlink(temporary)
                throw OutputError("cannot write \(target): \(reason)")
            }
            written += result
        }
        fchmod(descriptor, mode)
        guard close(descriptor) == 0, rename(temporary, target) == 0 else {
            let reason = Self.lastError()
            unlink(temporary)
            throw OutputError("cannot write \(target): \(reason)")
        }
        return target
    }

    private static func makeDirectory(_ path: String) throws(OutputError) {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else { throw OutputError("\(path) exists and is not a folder") }
            return
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw OutputError("cannot create the folder \(path): \(lastError())")
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
