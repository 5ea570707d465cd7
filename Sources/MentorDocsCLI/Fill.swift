import ArgumentParser
import DocumentEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MentorDocs

struct Fill: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fills any DOCX, ODT, XLSX or ODS template with any data file written in the spec syntax.",
        discussion: """
            The whole data file is the context: `{{ school.name }}` reads `school: { name: … }`.

            One document:   mentordocs fill letter.docx data.spec --out letter-filled.docx
            Mail merge:     mentordocs fill consent.odt class.spec --each pupils --out consents \\
                              --name "{{ surname }} {{ name }}"
            One print file: mentordocs fill consent.odt class.spec --each pupils --merge --out all.odt
            A sheet each:   mentordocs fill card.xlsx class.spec --each pupils --merge --out cards.xlsx \\
                              --name "{{ surname }}"

            With --each, the template is filled once per item of the list at PATH; inside it the item's \
            fields come first and the rest of the data stays reachable.

            A workbook (.xlsx) or spreadsheet (.ods) is filled cell by cell: tags in one row repeat the row, and formulas, \
            merged cells and the print area move with the rows; a cell that is one tag becomes a \
            number or a date when the value is one. With --merge, each sheet with tags is copied for \
            every item, named by --name (by default, the sheet's name and the item's number).
            """
    )

    @Argument(help: "A DOCX, ODT, XLSX or ODS template (also .docm, .dotx, .dotm, .ott, .ots).")
    var template: String

    @Argument(help: "A data file in the spec syntax.")
    var data: String

    @Option(name: .shortAndLong, help: "The file to write; with --each (and no --merge), the folder.")
    var out: String

    @Option(help: ArgumentHelp("Fill the template once per item of the list at this path.", valueName: "path"))
    var each: String?

    @Option(help: ArgumentHelp("The file name for each item, with tags; the extension is added. With --merge and a workbook or spreadsheet, the name of each item's sheet.",
        valueName: "pattern"))
    var name: String?

    @Flag(help: "With --each: one document with a page break between items (a workbook: a sheet per item) instead of a file per item.")
    var merge = false

    @Flag(help: "Print an empty value where the data has none, instead of stopping.")
    var allowMissing = false

    @Flag(help: "Replace files that are already there.")
    var force = false

    func validate() throws {
        if merge && each == nil { throw ValidationError("--merge needs --each PATH: the list whose items are merged") }
    }

    func run() throws {
        try failing {
            let root = try DataFile.load(data)
            let bytes = try readTemplate(template)
            let options = RenderOptions(allowMissing: allowMissing)
            guard let each else {
                let compiled = try CompiledTemplate.compile(bytes: bytes, file: template, filters: .mentordocs)
                let out = documentPath(out, format: compiled.format)
                try write(try DocumentRenderer(compiled, filters: .mentordocs).render(root, options: options), to: out)
                print("written: \(out)")
                return
            }
            let path = try DataPath(parsing: each)
            if merge {
                let sheetNames = try name.map { pattern throws(TemplateError) in try TextTemplate(pattern, filters: .mentordocs) }
                let compiled = try CompiledTemplate.compile(bytes: bytes, file: template, filters: .mentordocs,
                    options: CompileOptions(repeatBody: path, sheetNames: sheetNames))
                let out = documentPath(out, format: compiled.format)
                try write(try DocumentRenderer(compiled, filters: .mentordocs).render(root, options: options), to: out)
                print("written: \(out)")
                return
            }
            guard let items = lookUp(path, in: root)?.listItems else {
                throw DataShapeError(message: "\(data): “\(each)” is not a list")
            }
            let compiled = try CompiledTemplate.compile(bytes: bytes, file: template, filters: .mentordocs)
            let renderer = try DocumentRenderer(compiled, filters: .mentordocs)
            let naming = try TextTemplate(name ?? "{{ @index }}", filters: .mentordocs)
            let folder = OutputFolder(path: out, overwrite: force)
            try folder.prepare()
            for (index, item) in items.enumerated() {
                let fileName = try naming.render(item: item, of: root, index: index, count: items.count, options: options).get()
                let document = try renderer.render(item: item, of: root, index: index, count: items.count, options: options)
                try folder.write(document, to: FileNaming.safe(fileName) + "." + compiled.format.fileExtension)
            }
            print("\(items.count) document(s) written to \(out)")
        }
    }

    /// What is written is a document: an output named as a template or a macro-enabled file
    /// (`letter.dotx`, `letter.docm`) is given the document's extension instead.
    private func documentPath(_ path: String, format: DocumentFormat) -> String {
        guard let kind = DocumentFileKind(fileName: path), !kind.isPlainDocument else { return path }
        return String(path.dropLast(kind.fileExtension.count)) + format.fileExtension
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = OutputFolder(path: url.deletingLastPathComponent().path, overwrite: force)
        try folder.write(bytes, to: url.lastPathComponent)
    }

    private func lookUp(_ path: DataPath, in value: TemplateValue) -> TemplateValue? {
        var current = value
        for segment in path.segments {
            guard case .key(let key) = segment, let next = current[key] else { return nil }
            current = next
        }
        return current
    }
}

struct DataShapeError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
