import Foundation
import TemplateAuthoring

// Writes every catalogue document as NAME.docx and NAME.odt into the folder given (default: Templates).
let folder = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Templates"

do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for entry in Catalogue.entries {
        for writer in Catalogue.writers {
            let file = "\(entry.name).\(writer.fileExtension)"
            let bytes = try writer.write(entry.document, name: file)
            let path = (folder as NSString).appendingPathComponent(file)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            print("\(path)  \(bytes.count) bytes")
        }
    }
} catch {
    FileHandle.standardError.write(Data("mentordocs-author: \(error)\n".utf8))
    exit(1)
}
