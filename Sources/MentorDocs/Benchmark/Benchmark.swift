import DocumentEngine
import Foundation

/// Measures generation on a synthetic school: documents per second, milliseconds per document,
/// peak memory, and the floor — writing the same archives from already-rendered XML — so the
/// engine's own cost can be told from zip and disk.
public struct Benchmark {
    public var format: DocumentFormat
    public var jobs: Int
    public var folder: String

    public init(format: DocumentFormat, jobs: Int, folder: String) {
        self.format = format
        self.jobs = jobs
        self.folder = folder
    }

    public struct Result: Sendable {
        public var name: String
        public var documents: Int
        public var seconds: Double
        public var floorSeconds: Double?
        public var peakMemoryMB: Double

        public var documentsPerSecond: Double { Double(documents) / seconds }
        public var millisecondsPerDocument: Double { seconds * 1000 / Double(documents) }
    }

    /// Renders and writes every record of `kinds` for a school of `participants`.
    public func batch(_ kinds: Set<DocumentKind>, participants: Int) throws -> Result {
        let programme = SyntheticSchool.programme(participants: participants)
        let records = DocumentPlanner.records(for: programme, kinds: kinds)
        let names = kinds.map(\.rawValue).sorted().joined(separator: "+")
        // Each case writes into a folder of its own, and nothing is deleted until the whole benchmark
        // ends: ext4 is slow to create files just after many were deleted, and that is not our cost.
        let target = folder + "/\(names)-\(participants)"
        Memory.resetPeak()
        let started = Date()
        let generator = Generator(format: format, jobs: jobs)
        _ = try generator.generate(records, into: OutputFolder(path: target, overwrite: true))
        let seconds = Date().timeIntervalSince(started)
        let peak = Memory.peakMB()
        let floor = try floorSeconds(records, count: records.count, into: target + "-floor")
        return Result(name: "\(names), \(participants) participants", documents: records.count, seconds: seconds,
            floorSeconds: floor, peakMemoryMB: peak)
    }

    /// One plan with a table of `rows` rows.
    public func largeTable(rows: Int) throws -> Result {
        let programme = SyntheticSchool.programme(participants: 2, planItems: rows)
        let records = DocumentPlanner.records(for: programme, kinds: [.plan])
        let source = try TemplateSource().bytes(for: .plan, format: format)
        let template = try CompiledTemplate.compile(bytes: source.bytes, file: source.file, filters: .mentordocs)
        let renderer = try DocumentRenderer(template, filters: .mentordocs)
        Memory.resetPeak()
        let started = Date()
        let bytes = try renderer.render(records[0].data)
        try OutputFolder(path: folder, overwrite: true).write(bytes, to: "large-table-\(rows).\(format.fileExtension)")
        let seconds = Date().timeIntervalSince(started)
        return Result(name: "plan with \(rows) rows", documents: 1, seconds: seconds, floorSeconds: nil, peakMemoryMB: Memory.peakMB())
    }

    /// Packaging and writing the same documents from parts rendered beforehand (a sample of up to
    /// 100 records, cycled), on the same number of jobs.
    private func floorSeconds(_ records: [DocumentRecord], count: Int, into target: String) throws -> Double {
        var templates: [DocumentKind: CompiledTemplate] = [:]
        var sample: [(DocumentKind, [String: [UInt8]])] = []
        for record in records.prefix(100) {
            if templates[record.kind] == nil {
                let source = try TemplateSource().bytes(for: record.kind, format: format)
                templates[record.kind] = try CompiledTemplate.compile(bytes: source.bytes, file: source.file, filters: .mentordocs)
            }
            let renderer = try DocumentRenderer(templates[record.kind]!, filters: .mentordocs)
            sample.append((record.kind, try renderer.renderParts(record.data)))
        }
        let output = OutputFolder(path: target, overwrite: true)
        try output.prepare()
        let workers = max(1, jobs)
        let kinds = templates
        let parts = sample
        let extensionName = format.fileExtension
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var renderers: [DocumentKind: DocumentRenderer] = [:]
            var index = worker
            while index < count {
                let (kind, rendered) = parts[index % parts.count]
                if renderers[kind] == nil { renderers[kind] = try? DocumentRenderer(kinds[kind]!, filters: .mentordocs) }
                if let bytes = try? renderers[kind]?.package(rendered) {
                    _ = try? output.write(bytes, to: "\(index).\(extensionName)")
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
