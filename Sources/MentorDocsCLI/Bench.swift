import ArgumentParser
import DocumentEngine
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
import MentorDocs

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measures generation speed and memory on a synthetic school.",
        discussion: """
            Build it in release mode for figures worth reporting:

                swift run -c release mentordocs bench

            For each school size it prints documents per second, milliseconds per document, peak \
            memory, and the floor: the time to write the same archives from XML rendered beforehand.
            """
    )

    @Option(help: "School sizes, in participants.")
    var sizes: [Int] = [100, 1000, 10000]

    @Option(help: "How many documents to render at once.")
    var jobs: Int = 1

    @Option(help: "docx or odt.")
    var format: OutputFormat = .docx

    @Option(help: "Rows of the large-table case, the class list read and the base of mentees written.")
    var rows: Int = 10_000

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only these cases (default: all).", valueName: "case"))
    var only: [BenchCase] = BenchCase.allCases

    @Option(help: ArgumentHelp(
        "How many times each case runs; the fastest run counts.",
        discussion: "Each run of a case is followed by its floor, so both see the machine in the same state."))
    var repeats: Int = 3

    @Option(help: ArgumentHelp(
        "A new folder to write the documents into; it is removed at the end.",
        discussion: "By default a folder in the system's temporary directory. Give one on another disk to measure that disk.",
        valueName: "folder"))
    var out: String?

    func validate() throws {
        guard format != .xlsx, format != .ods else { throw ValidationError("--format: docx or odt; the workbook cases are measured in every run") }
        guard repeats >= 1 else { throw ValidationError("--repeats must be 1 or more") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        guard rows >= 1, sizes.allSatisfy({ $0 >= 2 }) else { throw ValidationError("a school has at least 2 participants and a plan at least 1 row") }
    }

    func run() throws {
        let folder = out ?? FileManager.default.temporaryDirectory.appendingPathComponent("mentordocs-bench-\(getpid())").path
        if FileManager.default.fileExists(atPath: folder) {
            printError("error: \(folder) exists already; the benchmark writes into a new folder and removes it at the end")
            throw ExitStatus.invalidInput
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let benchmark = Benchmark(format: format.documentFormat, jobs: jobs, folder: folder)
        try failing {
            try OutputFolder(path: folder).prepare()
            print("format \(format.rawValue), \(jobs) job(s), \(ProcessInfo.processInfo.activeProcessorCount) cores, fastest of \(repeats) run(s)")
            print("case | documents | docs/s | ms/doc | floor docs/s | engine ÷ floor | peak MB")
            var results: [Benchmark.Result] = []
            for size in sizes {
                if only.contains(.agreements) { results.append(try benchmark.batch([.agreement], participants: size, repeats: repeats)) }
                if only.contains(.consents) {
                    results.append(try benchmark.batch([.consentAdult, .consentMinor, .consentRepresentative], participants: size, repeats: repeats))
                }
            }
            if only.contains(.plan) { results.append(try benchmark.largeTable(rows: rows, repeats: repeats)) }
            if only.contains(.classList) { results.append(try benchmark.classListImport(rows: rows, repeats: repeats)) }
            if only.contains(.menteeBase) { results.append(try benchmark.menteeBase(rows: rows, repeats: repeats)) }
            if only.contains(.classListODS) { results.append(try benchmark.classListImport(rows: rows, repeats: repeats, from: .ods)) }
            if only.contains(.menteeBaseODS) { results.append(try benchmark.menteeBase(rows: rows, repeats: repeats, as: .ods)) }
            if only.contains(.monitoring) { for size in sizes { results.append(try benchmark.monitoringReport(participants: size, repeats: repeats)) } }
            for result in results { print(Self.line(result)) }
        }
    }

    static func line(_ result: Benchmark.Result) -> String {
        let floor = result.floorSeconds.map { fixed(Double(result.documents) / $0, digits: 0) } ?? "–"
        let ratio = result.floorSeconds.map { fixed(result.seconds / $0, digits: 2) + "×" } ?? "–"
        return [result.name, String(result.documents), fixed(result.documentsPerSecond, digits: 0),
            fixed(result.millisecondsPerDocument, digits: 2), floor, ratio, fixed(result.peakMemoryMB, digits: 1)].joined(separator: " | ")
    }

    /// `value` rounded to `digits` places after the point, as printf's `%.Nf` writes it.
    static func fixed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = String(scaled / Int(scale)), fraction = String(scaled % Int(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return digits == 0 ? sign + whole : sign + whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}

/// The benchmark's cases, as `--only` names them.
enum BenchCase: String, ExpressibleByArgument, CaseIterable {
    /// Agreements and consents for each school size.
    case agreements, consents
    /// One plan with a table of `--rows` rows.
    case plan
    /// A class list of `--rows` rows read from XLSX.
    case classList = "class-list"
    /// The registers' base of `--rows` mentees written as XLSX.
    case menteeBase = "mentee-base"
    /// The same class list read from ODS.
    case classListODS = "class-list-ods"
    /// The same base written as ODS.
    case menteeBaseODS = "mentee-base-ods"
    /// The monitoring report for each school size, from two stages of answers.
    case monitoring
}
