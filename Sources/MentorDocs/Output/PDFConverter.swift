#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns finished documents into PDF with LibreOffice in headless mode: one LibreOffice process per
/// job, each with a user profile of its own (two processes sharing one would wait for each other),
/// converting its whole share of the files in one call.
public struct PDFConverter: Sendable {
    /// How many LibreOffice processes convert at once.
    public var jobs: Int

    /// A converter running `jobs` processes, by default one per processor.
    public init(jobs: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)) { self.jobs = jobs }

    /// The error for a machine without LibreOffice: it says what is missing; how to install it
    /// depends on the system, and is for the program that talks to the user to say.
    public static var missing: OutputError {
        OutputError(.converterMissing, "LibreOffice is needed for PDF output and was not found")
    }

    /// The `soffice` program on the PATH, if LibreOffice is installed.
    public static var office: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/soffice"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Converts `files` (absolute paths), writing `NAME.pdf` beside each with the permissions of
    /// its source; returns the PDF paths in the same order. A PDF appears under its name only when
    /// complete. Sources with one name in different folders must go in different calls.
    public func convert(_ files: [String]) throws(OutputError) -> [String] {
        guard let office = Self.office else { throw Self.missing }
        guard !files.isEmpty else { return [] }
        let scratchFolder = try ScratchFolder()
        defer { scratchFolder.remove() }
        let scratch = URL(fileURLWithPath: scratchFolder.path)
        let workers = max(1, min(jobs, files.count))
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let share = stride(from: worker, to: files.count, by: workers).map { files[$0] }
            let output = scratch.appendingPathComponent("out-\(worker)")
            let profile = scratch.appendingPathComponent("profile-\(worker)")
            do {
                let status = try ChildProcess(office, ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", output.path] + share).waitForExit()
                if status != 0 { failures.add("LibreOffice ended with status \(status)") }
            } catch {
                failures.add("LibreOffice could not be started: \(error)")
            }
        }
        var results: [String] = []
        for (index, file) in files.enumerated() {
            let base = URL(fileURLWithPath: file).deletingPathExtension()
            let produced = scratch.appendingPathComponent("out-\(index % workers)").appendingPathComponent(base.lastPathComponent + ".pdf")
            let target = base.appendingPathExtension("pdf")
            guard FileManager.default.fileExists(atPath: produced.path) else {
                throw OutputError(.conversionFailed, "LibreOffice did not convert \(base.lastPathComponent)" + (failures.first.map { ": \($0)" } ?? ""))
            }
            let output = OutputFolder(path: base.deletingLastPathComponent().path, overwrite: true, mode: Self.mode(of: file))
            guard let bytes = FileManager.default.contents(atPath: produced.path) else {
                throw OutputError(.conversionFailed, "cannot read the PDF LibreOffice made of \(base.lastPathComponent)")
            }
            results.append(try output.write([UInt8](bytes), to: target.lastPathComponent))
        }
        return results
    }

    /// The permission bits of a file; the owner's only where they cannot be read.
    private static func mode(of file: String) -> mode_t {
        var status = stat()
        guard stat(file, &status) == 0 else { return 0o600 }
        return status.st_mode & 0o777
    }
}

/// Messages gathered from several threads.
private final class FailureList: Sendable {
    private let messages = Mutex<[String]>([])

    func add(_ message: String) { messages.withLock { $0.append(message) } }

    var first: String? { messages.withLock { $0.first } }
}
