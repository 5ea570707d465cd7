import BuiltInTemplates
public import DocumentEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where templates come from: the built-in catalogue, or a school's folder of edited ones that
/// falls back to the built-in for the rest.
public struct TemplateSource: Sendable {
    /// The school's folder of edited templates, named by kind (`consent-adult.docx`); nil for the built-in ones only.
    public var folder: String?

    /// The templates in `folder`, and the built-in ones for kinds it lacks; without a folder, the built-in ones.
    public init(folder: String? = nil) { self.folder = folder }

    /// The kinds this source has a template for, in the given format (a workbook-only kind's, beside
    /// text documents: `DocumentKind.format(besideDocumentsOf:)`).
    public func availableKinds(_ format: DocumentFormat) -> Set<DocumentKind> {
        Set(DocumentKind.allCases.filter { kind in
            let format = kind.format(besideDocumentsOf: format)
            return BuiltInTemplates.files["\(kind.rawValue).\(format.fileExtension)"] != nil || edited(kind, format: format) != nil
        })
    }

    /// The formats there is a built-in template of `kind` in: DOCX and ODT for a document, XLSX and
    /// ODS for a workbook, all four for the registers.
    public static func builtInFormats(of kind: DocumentKind) -> [DocumentFormat] {
        [DocumentFormat.docx, .odt, .xlsx, .ods].filter { BuiltInTemplates.files["\(kind.rawValue).\($0.fileExtension)"] != nil }
    }

    /// The template of `kind` in `format` and the name its errors give it: the school's file's path,
    /// or `built-in consent-adult.docx`.
    public func bytes(for kind: DocumentKind, format: DocumentFormat) throws(TemplateError) -> (bytes: [UInt8], file: String) {
        let name = "\(kind.rawValue).\(format.fileExtension)"
        if let path = edited(kind, format: format) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw TemplateError(file: path, problems: [TemplateProblem(.unreadableFile, "cannot read the file")])
            }
            return ([UInt8](data), path)
        }
        guard let bytes = BuiltInTemplates.files[name] else {
            throw TemplateError(file: name, problems: [TemplateProblem(.noSuchTemplate, "there is no built-in template of this name")])
        }
        return (bytes, "built-in \(name)")
    }

    /// The school's own template of a kind: saved as a document (`consent-adult.docx`), or as a
    /// template or macro-enabled file (`consent-adult.dotx`, `.docm`, `.dotm`, `.ott`).
    private func edited(_ kind: DocumentKind, format: DocumentFormat) -> String? {
        guard let folder else { return nil }
        return DocumentFileKind.kinds(of: format).lazy.map { "\(folder)/\(kind.rawValue).\($0.fileExtension)" }
            .first { FileManager.default.fileExists(atPath: $0) }
    }
}
