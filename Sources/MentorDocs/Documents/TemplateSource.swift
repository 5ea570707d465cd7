import BuiltInTemplates
import DocumentEngine
import Foundation

/// Where templates come from: the built-in catalogue, or a school's folder of edited ones that
/// falls back to the built-in for the rest.
public struct TemplateSource: Sendable {
    public var folder: String?

    public init(folder: String? = nil) { self.folder = folder }

    /// The kinds this source has a template for, in the given format.
    public func availableKinds(_ format: DocumentFormat) -> Set<DocumentKind> {
        Set(DocumentKind.allCases.filter { kind in
            let name = "\(kind.rawValue).\(format.fileExtension)"
            return BuiltInTemplates.files[name] != nil
                || folder.map { FileManager.default.fileExists(atPath: $0 + "/" + name) } == true
        })
    }

    public func bytes(for kind: DocumentKind, format: DocumentFormat) throws(TemplateError) -> (bytes: [UInt8], file: String) {
        let name = "\(kind.rawValue).\(format.fileExtension)"
        if let folder {
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw TemplateError(file: path, problems: [TemplateProblem("cannot read the file")])
                }
                return ([UInt8](data), path)
            }
        }
        guard let bytes = BuiltInTemplates.files[name] else {
            throw TemplateError(file: name, problems: [TemplateProblem("there is no built-in template of this name")])
        }
        return (bytes, "built-in \(name)")
    }
}
