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

/// A folder of the system's temporary files for work on the way to the output, made by `mkdtemp`
/// so only its owner can open it: what passes through it holds personal data too.
struct ScratchFolder {
    let path: String

    init() throws(OutputError) {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("mentordocs-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw OutputError(.notWritable, "cannot create a temporary folder in \(FileManager.default.temporaryDirectory.path): \(String(cString: strerror(errno)))")
        }
        path = String(cString: made)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
