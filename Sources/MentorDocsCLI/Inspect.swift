import ArgumentParser
import DocumentEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MentorDocs

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lists every tag, section and filter a template uses, and the data it needs.",
        discussion: """
            Use it on a form before filling it: each tag is listed with the part and paragraph (in a \
            workbook, the sheet's part and cell; in an ODS, the sheet and cell) it stands in, the charts bound to data, then the data paths the template reads. A template with mistakes lists all of \
            them, each with its place, and exits with status 1.

            Example:  mentordocs inspect Templates/consent-adult.docx
            """
    )

    @Argument(help: "A DOCX, ODT, XLSX or ODS template (also .docm, .dotx, .dotm, .ott, .ots).")
    var template: String

    func run() throws {
        let compiled = try failing {
            try CompiledTemplate.compile(bytes: try readTemplate(template), file: template, filters: .mentordocs)
        }
        print("\(template) (\(compiled.kind.rawValue.uppercased())): \(compiled.tags.count) tag(s)")
        for use in compiled.tags {
            let place = use.location.cell.map { "cell \($0)" } ?? "paragraph \(use.location.paragraph)"
            print("  \(use.location.part), \(place): \(use.source)")
        }
        let filters = Set(compiled.tags.flatMap { use -> [String] in
            if case .value(let expression) = use.tag { return expression.filters.map(\.name) }
            return []
        })
        if !filters.isEmpty { print("filters: " + filters.sorted().joined(separator: ", ")) }
        let charts = compiled.chartUses
        if !charts.isEmpty {
            print("charts: \(charts.count)")
            for chart in charts {
                let title = chart.title.isEmpty ? "" : " “\(chart.title)”"
                print("  \(chart.part): {{#chart \(chart.path)}}\(title), \(chart.seriesCount) series")
            }
        }
        print("data paths:")
        for path in TemplateDataPaths.paths(of: compiled.tags, charts: charts) { print("  \(path)") }
    }
}

/// Reads a whole file, or fails with a message that names it.
func readFile(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw FileReadError(path: path)
    }
    return [UInt8](data)
}

/// Reads a template, or fails with a message that names it: a file that is missing, or of a kind
/// mentordocs does not read (a `.doc`, an `.rtf`).
func readTemplate(_ path: String) throws -> [UInt8] {
    let bytes = try readFile(path)
    guard DocumentFileKind(fileName: path) != nil else { throw UnreadableKindError(path: path) }
    return bytes
}

struct UnreadableKindError: Error, CustomStringConvertible {
    var path: String
    var description: String { DocumentFileKind.refusal(of: path) }
}

struct FileReadError: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path): cannot read the file (does it exist?)" }
}
