import ArgumentParser
import DocumentEngine
import MentorDocs

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes the documents of a spec into a folder.",
        discussion: """
            Each document is written to its own file, in a folder per kind, named by the person's \
            surname and initials (consents/Соколова А.П. — согласие на обработку ПДн.docx). \
            A file appears only when it is complete; files already in the folder are kept unless \
            --force is given.
            """
    )

    @Argument(help: "The spec file of the school.")
    var spec: String

    @Option(name: .shortAndLong, help: "The folder to write into (made if missing).")
    var out: String

    @Option(help: "docx or odt.")
    var format: OutputFormat = .docx

    @Option(help: ArgumentHelp("A folder of edited templates to use instead of the built-in ones.", valueName: "dir"))
    var templates: String?

    @Flag(help: "Print an empty value where the spec has no data, instead of stopping.")
    var allowMissing = false

    @Flag(help: "Replace files that are already in the output folder.")
    var force = false

    func run() throws {
        let (programme, warnings) = try loadSpec(spec)
        for warning in warnings { printError(warning.description) }
        let records = DocumentPlanner.records(for: programme)
        let generator = Generator(format: format.documentFormat, templates: TemplateSource(folder: templates),
            options: RenderOptions(allowMissing: allowMissing))
        let written = try failing { try generator.generate(records, into: OutputFolder(path: out, overwrite: force)) }
        print("\(written.count) document(s) written to \(out)")
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case docx, odt
    var documentFormat: DocumentFormat { self == .docx ? .docx : .odt }
}
