#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MentorDocs

/// The school's edited templates, kept in the folder `templates` beside the spec: what
/// `--templates DIR` is for the command, the templates page keeps for the documents form; and the
/// school's question catalogue, `questions.spec` in it, which every monitoring form then asks.
struct TemplatesFolder: Sendable {
    let path: String

    init(forSpec spec: String) {
        path = spec.lastIndex(of: "/").map { spec[..<$0] + "/templates" } ?? "templates"
    }

    /// Where the documents form takes its templates: this folder, the built-in ones for the rest.
    /// (A folder not made yet has no file in it, and the built-in ones are used.)
    var source: TemplateSource { TemplateSource(folder: path) }

    /// The school's own file for `kind` in `format`, if there is one.
    func edited(_ kind: DocumentKind, _ format: DocumentFormat) -> DocumentFileKind? {
        DocumentFileKind.kinds(of: format).first { FileManager.default.fileExists(atPath: "\(path)/\(kind.rawValue).\($0.fileExtension)") }
    }

    /// Keeps `bytes` as the school's template of `kind`, as a file of `fileKind` (0600), replacing the
    /// one it had in that format under any of the format's extensions.
    func keep(_ bytes: [UInt8], kind: DocumentKind, as fileKind: DocumentFileKind) throws {
        let output = OutputFolder(path: path, overwrite: true)
        try output.prepare()
        let name = "\(kind.rawValue).\(fileKind.fileExtension)"
        _ = try output.write(bytes, to: name)
        for other in DocumentFileKind.kinds(of: fileKind.format) where other != fileKind {
            try? FileManager.default.removeItem(atPath: "\(path)/\(kind.rawValue).\(other.fileExtension)")
        }
    }

    /// Removes the school's own files of `kind` in every format, so that the built-in templates are used again.
    func restore(_ kind: DocumentKind) throws {
        for format in DocumentFormat.allCases {
            for fileKind in DocumentFileKind.kinds(of: format) {
                let file = "\(path)/\(kind.rawValue).\(fileKind.fileExtension)"
                if FileManager.default.fileExists(atPath: file) { try FileManager.default.removeItem(atPath: file) }
            }
        }
    }

    /// Removes the school's question catalogue, so that the built-in questions are asked again.
    func restoreQuestions() throws {
        if let file = questionsFile { try FileManager.default.removeItem(atPath: file) }
    }

    /// The school's question catalogue, if the page has kept one.
    var questionsFile: String? { QuestionCatalogue.schoolFile(in: source) }

    /// The questions the page asks, by the rule the commands follow (`QuestionCatalogue.forSchool`):
    /// the school's catalogue here, else the built-in one. A catalogue edited by hand into errors is
    /// thrown, and answered by its page with every place.
    func questions() throws(SpecSyntaxError) -> QuestionCatalogue { try QuestionCatalogue.forSchool(templates: source) }

    /// Keeps `bytes`, a catalogue already read without errors, as the school's catalogue (0600, replaced whole).
    func keepQuestions(_ bytes: [UInt8]) throws {
        let output = OutputFolder(path: path, overwrite: true)
        try output.prepare()
        _ = try output.write(bytes, to: QuestionCatalogue.schoolFileName)
    }
}
