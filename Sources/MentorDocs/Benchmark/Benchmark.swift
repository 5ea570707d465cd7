package import DocumentEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch

/// Measures generation on a synthetic school: documents per second, milliseconds per document,
/// peak memory, and the floor — writing the same archives from already-rendered XML — so the
/// engine's own cost can be told from zip and disk.
package struct Benchmark {
    package var format: DocumentFormat
    package var jobs: Int
    package var folder: String

    package init(format: DocumentFormat, jobs: Int, folder: String) {
        self.format = format
        self.jobs = jobs
        self.folder = folder
    }

    package struct Result: Sendable {
        package var name: String
        package var documents: Int
        package var seconds: Double
        package var floorSeconds: Double?
        package var peakMemoryMB: Double

        package var documentsPerSecond: Double { Double(documents) / seconds }
        package var millisecondsPerDocument: Double { seconds * 1000 / Double(documents) }
    }

    /// Renders and writes every record of `kinds` for a school of `participants`, `repeats` times,
    /// each time followed by the floor; the fastest of each counts. Peak memory is the first
    /// round's, taken before the floor's documents are rendered.
    package func batch(_ kinds: Set<DocumentKind>, participants: Int, repeats: Int = 1) throws -> Result {
        let programme = SyntheticSchool.programme(participants: participants)
        let records = DocumentPlanner.records(for: programme, kinds: kinds)
        let names = kinds.map(\.rawValue).sorted().joined(separator: "+")
        var seconds = Double.infinity
        var floor = Double.infinity
        var peak = 0.0
        var sample: FloorSample? = nil
        for round in 1...max(1, repeats) {
            // Each round writes into folders of its own, and nothing is deleted until the whole
            // benchmark ends: ext4 is slow to create files just after many were deleted, and that
            // is not our cost.
            let target = folder + "/\(names)-\(participants)-\(round)"
            if round == 1 { Memory.resetPeak() }
            let started = Date()
            let generator = Generator(format: format, jobs: jobs)
            _ = try generator.generate(records, into: OutputFolder(path: target, overwrite: true))
            seconds = min(seconds, Date().timeIntervalSince(started))
            if round == 1 { peak = Memory.peakMB() }
            if sample == nil { sample = try FloorSample(records, format: format) }
            floor = min(floor, try sample!.write(count: records.count, jobs: jobs, into: target + "-floor"))
        }
        return Result(name: "\(names), \(participants) participants", documents: records.count, seconds: seconds,
            floorSeconds: floor, peakMemoryMB: peak)
    }

    /// One plan with a table of `rows` rows, the fastest of `repeats` renderings.
    package func largeTable(rows: Int, repeats: Int = 1) throws -> Result {
        let programme = SyntheticSchool.programme(participants: 2, planItems: rows)
        let records = DocumentPlanner.records(for: programme, kinds: [.plan])
        let source = try TemplateSource().bytes(for: .plan, format: format)
        let template = try CompiledTemplate.compile(bytes: source.bytes, file: source.file, filters: .mentordocs)
        let renderer = try DocumentRenderer(template, filters: .mentordocs)
        var seconds = Double.infinity
        var peak = 0.0
        for round in 1...max(1, repeats) {
            Memory.resetPeak()
            let started = Date()
            let bytes = try renderer.render(records[0].data)
            try OutputFolder(path: folder, overwrite: true).write(bytes, to: "large-table-\(rows)-\(round).\(format.fileExtension)")
            seconds = min(seconds, Date().timeIntervalSince(started))
            peak = max(peak, Memory.peakMB())
        }
        return Result(name: "plan with \(rows) rows", documents: 1, seconds: seconds, floorSeconds: nil, peakMemoryMB: peak)
    }
}

extension Benchmark {
    /// Reading a class list of `rows` people from an XLSX (or, given `.ods`, an ODS) and writing it
    /// as spec entries, as `mentordocs import` does; the fastest of `repeats`. Each row counts as a document.
    package func classListImport(rows: Int, repeats: Int = 1, from spreadsheet: DocumentFormat = .xlsx) throws -> Result {
        struct Mismatch: Error, CustomStringConvertible { var description: String }
        let workbook = try spreadsheet == .ods ? SyntheticClassList.ods(rows: rows) : SyntheticClassList.xlsx(rows: rows)
        var seconds = Double.infinity
        var peak = 0.0
        for _ in 1...max(1, repeats) {
            Memory.resetPeak()
            let started = Date()
            var importer = ClassListImport()
            let entries = try importer.spec(from: WorkbookReader.read(bytes: workbook, file: "class-list.\(spreadsheet.fileExtension)"))
            seconds = min(seconds, Date().timeIntervalSince(started))
            peak = max(peak, Memory.peakMB())
            guard importer.numbered == rows, !entries.isEmpty else {
                throw Mismatch(description: "the synthetic class list gave \(importer.numbered) people, not \(rows)")
            }
        }
        return Result(name: "class list of \(rows) rows read from \(spreadsheet.fileExtension.uppercased())", documents: rows, seconds: seconds, floorSeconds: nil, peakMemoryMB: peak)
    }
}

/// The floor: packaging and writing documents from parts rendered beforehand (a sample of up to
/// 100 records, cycled), with the same compression, disk writes and number of jobs.
private struct FloorSample {
    let templates: [DocumentKind: CompiledTemplate]
    let parts: [(DocumentKind, [String: [UInt8]])]
    let fileExtension: String

    init(_ records: [DocumentRecord], format: DocumentFormat) throws {
        var templates: [DocumentKind: CompiledTemplate] = [:]
        var parts: [(DocumentKind, [String: [UInt8]])] = []
        for record in records.prefix(100) {
            if templates[record.kind] == nil {
                let source = try TemplateSource().bytes(for: record.kind, format: format)
                templates[record.kind] = try CompiledTemplate.compile(bytes: source.bytes, file: source.file, filters: .mentordocs)
            }
            let renderer = try DocumentRenderer(templates[record.kind]!, filters: .mentordocs)
            parts.append((record.kind, try renderer.renderParts(record.data)))
        }
        self.templates = templates
        self.parts = parts
        self.fileExtension = format.fileExtension
    }

    /// Seconds to write `count` documents into `target`.
    func write(count: Int, jobs: Int, into target: String) throws -> Double {
        let output = OutputFolder(path: target, overwrite: true)
        try output.prepare()
        let workers = max(1, jobs)
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var renderers: [DocumentKind: DocumentRenderer] = [:]
            var index = worker
            while index < count {
                let (kind, rendered) = parts[index % parts.count]
                if renderers[kind] == nil { renderers[kind] = try? DocumentRenderer(templates[kind]!, filters: .mentordocs) }
                if let bytes = try? renderers[kind]?.package(rendered) {
                    _ = try? output.write(bytes, to: "\(index).\(fileExtension)")
                }
                index += workers
            }
        }
        return Date().timeIntervalSince(started)
    }
}

/// The process's peak resident memory, from Linux's /proc.
enum Memory {
    static func resetPeak() {
        // What earlier cases freed is given back first, so that it is not counted as this case's.
        Allocator.handBackFreedMemory()
        // Writing 5 to clear_refs resets the peak resident set size (Linux 4.0 and later).
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func peakMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes / 1024
    }
}

extension Benchmark {
    /// The monitoring report of a school of `participants` who all answered at both stages: the two
    /// answer sheets read from CSV, the figures computed and the report rendered; the fastest of
    /// `repeats`. The report counts as one document.
    package func monitoringReport(participants: Int, repeats: Int = 1) throws -> Result {
        struct Mismatch: Error, CustomStringConvertible { var description: String }
        let programme = SyntheticSchool.programme(participants: participants)
        let sheets = MonitoringStage.allCases.map { SyntheticAnswers.csv(for: programme, questions: .builtIn, stage: $0) }
        let maker = try DocumentMaker(kinds: [.monitoringReport], format: format)
        var seconds = Double.infinity
        var peak = 0.0
        for round in 1...max(1, repeats) {
            Memory.resetPeak()
            let started = Date()
            var responses: [Response] = []
            for (stage, sheet) in zip(MonitoringStage.allCases, sheets) {
                var reader = AnswerImport(programme: programme, stage: stage)
                reader.read(bytes: sheet, file: "\(stage.rawValue).csv")
                guard !reader.hasErrors else { throw Mismatch(description: reader.problems.map(\.description).joined(separator: "\n")) }
                responses += reader.responses
            }
            let figures = MonitoringFigures(programme: programme, questions: .builtIn, responses: responses)
            let record = DocumentPlanner.monitoringReport(for: programme, figures: figures, on: programme.end)
            let bytes = try maker.document(for: record).bytes
            try OutputFolder(path: folder, overwrite: true).write(bytes, to: "monitoring-\(participants)-\(round).\(format.fileExtension)")
            seconds = min(seconds, Date().timeIntervalSince(started))
            peak = max(peak, Memory.peakMB())
            guard figures.answered[.exit] == figures.expected, !figures.comparisons.isEmpty else {
                throw Mismatch(description: "the synthetic answers gave \(figures.answered[.exit] ?? 0) respondents of \(figures.expected)")
            }
        }
        return Result(name: "monitoring report, \(participants) participants, two stages", documents: 1, seconds: seconds,
            floorSeconds: nil, peakMemoryMB: peak)
    }
}
