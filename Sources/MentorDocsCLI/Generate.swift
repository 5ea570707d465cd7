import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentEngine
import MentorDocs
import MentorDocsJournal

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes the documents of a spec into a folder.",
        discussion: """
            Each document is written to its own file, in a folder per kind (regulation, consents, \
            agreements, plans, roadmap, orders, questionnaires), named by the person's surname and initials \
            (consents/Соколова А.П. — согласие на обработку ПДн.docx). The right consent is picked by \
            age on the document date. A file appears only when it is complete; files already in the \
            folder are kept unless --force is given. Every file is checked before the first is written: \
            if two documents would share a file, or one is there already, nothing is written. Files are \
            made 600 and folders 700 (PDFs too), or as --mode says.

            Each document written is recorded in the journal beside the spec (school.spec → \
            school.journal.sqlite), for `mentordocs status` and `mentordocs mark`; --no-journal skips it.

            Only the consents:           mentordocs generate school.spec --out docs --only consents
            One person's documents:      mentordocs generate school.spec --out docs --person s3
            The registers for Excel:     mentordocs generate school.spec --out docs --only registers --format xlsx
            The registers for Calc:      mentordocs generate school.spec --out docs --only registers --format ods

            --format xlsx or ods makes the documents that are also workbooks: the registers, and the answer \
            sheets of the questionnaires. Their journal of consents is filled from the journal beside the spec, \
            where there is one. The answer sheets (a row per participant, a column per question, for \
            `mentordocs monitoring --answers`) are written beside the questionnaires whatever the format: \
            XLSX beside DOCX or PDF, ODS beside ODT.
            """
    )

    @Argument(help: "The spec file of the school.")
    var spec: String

    @Option(name: .shortAndLong, help: "The folder to write into (made if missing).")
    var out: String

    @Option(help: "docx, odt, pdf (through LibreOffice, which must be installed), or xlsx and ods (the registers and the answer sheets only).")
    var format: OutputFormat = .docx

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only these kinds: regulation, consents, agreements, plans, roadmap, orders, programme, registers, questionnaires (with their answer sheets).", valueName: "kind"))
    var only: [String] = []

    @Option(help: ArgumentHelp("Only the documents of this participant (repeatable).", valueName: "id"))
    var person: [String] = []

    @Option(help: ArgumentHelp("Only the documents of this pair or group (repeatable).", valueName: "id"))
    var pair: [String] = []

    @Option(help: ArgumentHelp("A folder of edited templates to use instead of the built-in ones.", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("A question catalogue of the school's for the questionnaires, instead of the built-in one (or extending it); without it, questions.spec in the --templates folder if it has one.", valueName: "file"))
    var questions: String?

    @Flag(help: "One print file per kind, a page break between records, instead of a file per record.")
    var merge = false

    @Option(help: "How many documents to render at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Print an empty value where the spec has no data, instead of stopping.")
    var allowMissing = false

    @Flag(help: "Replace files that are already in the output folder.")
    var force = false

    @Flag(help: "Do not record the documents in the journal beside the spec.")
    var noJournal = false

    @Option(help: ArgumentHelp("Permissions of the files made, in octal; they hold personal data, so 600 (the owner only) unless you say otherwise.", valueName: "octal"))
    var mode: FileMode = FileMode(600)

    func validate() throws {
        let known = DocumentGroup.allCases.map(\.rawValue)
        for kind in onlyGroups where !known.contains(kind) {
            throw ValidationError("“\(kind)” is not a kind of document; use \(known.joined(separator: ", "))")
        }
        if onlyGroups.contains(DocumentGroup.monitoring.rawValue) {
            throw ValidationError("the monitoring report is made from the answers: mentordocs monitoring SPEC --answers FILE… --out REPORT")
        }
    }

    private var onlyGroups: [String] { only.flatMap { $0.split(separator: ",").map(String.init) } }

    func run() throws {
        let (programme, warnings) = try loadSpec(spec)
        for warning in warnings { printError(warning.description) }
        let source = TemplateSource(folder: templates)
        var kinds = source.availableKinds(format.documentFormat)
        for group in onlyGroups where !kinds.contains(where: { $0.group.rawValue == group }) {
            let made = Set(kinds.map(\.group.rawValue)).sorted().joined(separator: ", ")
            printError("error: --only \(group): no \(format.rawValue) template makes these documents; as \(format.rawValue): \(made)")
            throw ExitStatus.invalidInput
        }
        if !onlyGroups.isEmpty { kinds = kinds.filter { onlyGroups.contains($0.group.rawValue) } }
        for id in person where programme.participant(id) == nil {
            printError("error: --person \(id): there is no participant with this id in \(spec)")
            throw ExitStatus.invalidInput
        }
        for id in pair where !programme.pairs.contains(where: { $0.id == id }) {
            printError("error: --pair \(id): there is no pair or group with this id in \(spec)")
            throw ExitStatus.invalidInput
        }
        let journalPath = Journal.path(forSpec: spec)
        // The registers' journal of consents is filled from the journal, when there is one.
        let consents = kinds.contains(.registers)
            ? try failing { try Journal.consentStates(forSpec: spec) } : nil
        let catalogue = try loadQuestions(questions, templates: source)
        let records = DocumentPlanner.records(for: programme,
            selection: .init(kinds: kinds, people: Set(person), pairs: Set(pair)), consents: consents, questions: catalogue)
        let generator = Generator(format: format.documentFormat, templates: source,
            options: RenderOptions(allowMissing: allowMissing), merge: merge, jobs: jobs)
        if format == .pdf && PDFConverter.office == nil {
            report(PDFConverter.missing)
            throw ExitStatus.environment
        }
        var pdfGenerator = generator
        pdfGenerator.convertToPDF = format == .pdf
        // Opened before anything is written, so a journal that cannot be kept stops the run with nothing made.
        let journal = noJournal ? nil : try failing { try Journal(path: journalPath) }
        let written = try failing { try pdfGenerator.generate(records, into: OutputFolder(path: out, overwrite: force, mode: mode.value)) }
        print("\(Set(written.map { $0.path }).count) document(s) written to \(out)")
        if let journal {
            try failing { try journal.record(IssuedDocument.documents(written: written, into: out, on: .today)) }
            print("recorded in the journal \(journal.path)")
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case docx, odt, pdf, xlsx, ods
    /// PDF is made from DOCX.
    var documentFormat: DocumentFormat {
        switch self {
        case .docx, .pdf: .docx
        case .odt: .odt
        case .xlsx: .xlsx
        case .ods: .ods
        }
    }
}
