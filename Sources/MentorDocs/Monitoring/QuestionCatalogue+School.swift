import BuiltInTemplates
public import SpecSyntax
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which questions a school asks: the one rule `generate`, `monitoring` and the page all follow.
extension QuestionCatalogue {
    /// The name of a school's question catalogue in its folder of templates (`templates/questions.spec`).
    public static let schoolFileName = "questions.spec"

    /// The built-in catalogue's file as it is written (`Templates/questions.spec`): where a school's own begins.
    public static var builtInFile: [UInt8] { BuiltInTemplates.questions }

    /// The school's catalogue file in `templates`' folder, if the folder has one.
    public static func schoolFile(in templates: TemplateSource) -> String? {
        guard let folder = templates.folder else { return nil }
        let path = "\(folder)/\(schoolFileName)"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The questions a school asks: those of `file` when one is given (`--questions`), else those of
    /// `questions.spec` in the folder of `templates` when it has one, else the built-in ones. Throws
    /// every problem of the file read, each with its file, line and column.
    public static func forSchool(file: String? = nil, templates: TemplateSource) throws(SpecSyntaxError) -> QuestionCatalogue {
        guard let path = file ?? schoolFile(in: templates) else { return .builtIn }
        return try QuestionCatalogueReader.read(contentsOf: path)
    }
}
