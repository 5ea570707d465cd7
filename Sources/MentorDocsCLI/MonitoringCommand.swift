import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentEngine
import MentorDocs
import MentorDocsJournal

struct MonitoringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitoring",
        abstract: "Reads the answers to the monitoring questionnaires and writes the report.",
        discussion: """
            Each answer sheet (CSV, XLSX or ODS) has one header row naming the questions, by id or by \
            their text, and one row per respondent, named by a column «id» or «ФИО»; the stage comes \
            from a column «Этап» or from --stage. Every row that matches no participant or repeats one, \
            and every mark that is not from 1 to 10, is reported with its file, row and column, and then \
            nothing is kept. The answers are kept in the journal beside the spec, so the answers «на \
            выходе» are compared with those «на входе» read earlier; a participant's answers read again \
            replace the earlier ones.

            Read the entry stage:  mentordocs monitoring school.spec --answers entry.csv --stage entry
            Then the report:       mentordocs monitoring school.spec --answers exit.csv --stage exit --out report.docx
            """
    )

    @Argument(help: "The spec file of the school.")
    var spec: String

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Answer sheets: .csv, .xlsx or .ods.", valueName: "file"))
    var answers: [String] = []

    @Option(help: "The stage of answer sheets without a column «Этап»: entry or exit.")
    var stage: MonitoringStageArgument?

    @Option(help: ArgumentHelp("A question catalogue of the school's, instead of the built-in one (or extending it); without it, questions.spec in the --templates folder if it has one.", valueName: "file"))
    var questions: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The report to write: a .docx or .odt file.", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("A folder of edited templates to use instead of the built-in ones.", valueName: "dir"))
    var templates: String?

    @Flag(help: "Replace the report if the file is there already.")
    var force = false

    @Flag(help: "Neither keep the answers read in the journal nor use those kept there.")
    var noJournal = false

    func validate() throws {
        if let out, format(of: out) == nil { throw ValidationError("--out \(out): the report is written as .docx or .odt") }
        if answers.isEmpty && out == nil { throw ValidationError("give answer sheets with --answers, a report to write with --out, or both") }
    }

    private func format(of path: String) -> DocumentFormat? {
        switch path.split(separator: ".").last?.lowercased() {
        case "docx": .docx
        case "odt": .odt
        default: nil
        }
    }

    func run() throws {
        let (programme, warnings) = try loadSpec(spec)
        for warning in warnings { printError(warning.description) }
        let source = TemplateSource(folder: templates)
        let catalogue = try loadQuestions(questions, templates: source)
        let read: [Response]
        do {
            let result = try AnswerImport.read(contentsOf: answers, programme: programme, questions: catalogue, stage: stage?.stage)
            for warning in result.warnings { printError(warning.description) }
            read = result.responses
        } catch {
            printError(error.description)
            throw ExitStatus.invalidInput
        }
        let target = out.map { URL(fileURLWithPath: $0) }
        let folder = target.map { OutputFolder(path: $0.deletingLastPathComponent().path, overwrite: force, mode: 0o600) }
        if let target, let folder, !force, folder.contains(target.lastPathComponent) {
            printError("error: \(out!) is there already; give --force to replace it")
            throw ExitStatus.invalidInput
        }
        let journal = noJournal ? nil : try failing { try Journal(path: Journal.path(forSpec: spec)) }
        let responses = Response.replacing(try failing { try journal?.responses() } ?? [], with: read)
        var report: [UInt8]?
        if let out {
            report = try failing {
                try MonitoringReport.document(for: programme, questions: catalogue, responses: responses, format: format(of: out)!,
                    templates: source, on: .today).bytes
            }
        }
        if let journal, !read.isEmpty {
            try failing { try journal.store(read) }
        }
        let counts = MonitoringStage.allCases.map { stage in "\(read.filter { $0.stage == stage }.count) «\(stage.title)»" }
        if !answers.isEmpty { print("answers of \(read.count) respondent(s) read: \(counts.joined(separator: ", "))") }
        if let journal, !read.isEmpty { print("kept in the journal \(journal.path)") }
        if let report, let target, let folder {
            try failing { try folder.prepare() }
            _ = try failing { try folder.write(report, to: target.lastPathComponent) }
            print("the report written to \(out!)")
        }
    }
}

/// `--stage entry` or `--stage exit` (also «на входе», «на выходе»).
struct MonitoringStageArgument: ExpressibleByArgument {
    var stage: MonitoringStage

    init?(argument: String) {
        guard let stage = MonitoringStage(spelling: argument) else { return nil }
        self.stage = stage
    }
}
