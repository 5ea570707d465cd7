import DocumentEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Benchmark {
    /// The registers' base of `rows` mentees written as an XLSX file (or `spreadsheet`: ODS), as
    /// `generate --only registers --format xlsx` writes it, the other registers empty so that the base is what is measured:
    /// a school of twice as many people, paired one to one. The row data is built and rendered
    /// each time (the template is compiled once); the fastest of `repeats`. Each row counts as a document.
    package func menteeBase(rows: Int, repeats: Int = 1, as spreadsheet: DocumentFormat = .xlsx) throws -> Result {
        let programme = SyntheticSchool.programme(participants: rows * 2)
        let source = try TemplateSource().bytes(for: .registers, format: spreadsheet)
        let renderer = try DocumentRenderer(try CompiledTemplate.compile(bytes: source.bytes, file: source.file, filters: .mentordocs),
            filters: .mentordocs)
        var seconds = Double.infinity
        var peak = 0.0
        for round in 1...max(1, repeats) {
            Memory.resetPeak()
            let started = Date()
            var data = ContextValues.common(programme)
            data["registers"] = .map([
                "mentees": .lazyList(ContextValues.menteeRows(programme)),
                "mentors": .list([]),
                "consents": .list([]),
                "statistics": ContextValues.statistics(ProgrammeStatistics(programme), pairs: programme.pairs.count),
            ])
            let bytes = try renderer.render(.map(data))
            try OutputFolder(path: folder, overwrite: true).write(bytes, to: "mentee-base-\(rows)-\(round).\(spreadsheet.fileExtension)")
            seconds = min(seconds, Date().timeIntervalSince(started))
            peak = max(peak, Memory.peakMB())
        }
        return Result(name: "base of \(rows) mentees written as \(spreadsheet.fileExtension.uppercased())", documents: rows, seconds: seconds, floorSeconds: nil, peakMemoryMB: peak)
    }
}
