import Foundation
import TemplateAuthoring

// Writes every catalogue document as NAME.docx and NAME.odt, and every catalogue workbook as NAME.xlsx,
// into the folder given (default: Templates).
let folder = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Templates"

func save(_ bytes: [UInt8], as file: String) throws {
    let path = (folder as NSString).appendingPathComponent(file)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    print("\(path)  \(bytes.count) bytes")
}

do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for entry in Catalogue.entries {
        for writer in Catalogue.writers {
            let file = "\(entry.name).\(writer.fileExtension)"
            try save(try writer.write(entry.document, name: file), as: file)
        }
    }
    for entry in Catalogue.workbookEntries {
        for writer in Catalogue.workbookWriters {
            let file = "\(entry.name).\(writer.fileExtension)"
            try save(try writer.write(entry.workbook, name: file), as: file)
        }
    }
} catch {
    FileHandle.standardError.write(Data("mentordocs-author: \(error)\n".utf8))
    exit(1)
}
