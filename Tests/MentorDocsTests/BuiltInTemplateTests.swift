import BuiltInTemplates
import DocumentEngine
import Foundation
import TemplateAuthoring
import Testing
import TestSupport

@testable import MentorDocs

/// The templates in `Templates/` are what `mentordocs-author` writes from the catalogue, and each
/// compiles with the filters the documents use.
@Suite struct BuiltInTemplateTests {
    static let names = Catalogue.entries.map(\.name)

    @Test(arguments: names)
    func theCommittedTemplatesAreTheAuthoredOnes(name: String) throws {
        let entry = try #require(Catalogue.entries.first { $0.name == name })
        for writer in Catalogue.writers {
            let file = "\(name).\(writer.fileExtension)"
            let authored = try writer.write(entry.document, name: file)
            let again = try writer.write(entry.document, name: file)
            // Compared apart from #expect, which would print every byte of a difference.
            let stable = authored == again
            #expect(stable, "\(file) is not the same from run to run")
            let committed = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.root + "/Templates/" + file)))
            let current = committed == authored
            #expect(current, "Templates/\(file) is stale: run `swift run mentordocs-author Templates`")
            #expect(BuiltInTemplates.files[file] != nil, "\(file) is not embedded: add it to Package.swift and BuiltInTemplates.swift")
            _ = try CompiledTemplate.compile(bytes: committed, file: file, filters: .mentordocs)
        }
    }

    @Test(arguments: Catalogue.workbookEntries.map(\.name))
    func theCommittedWorkbooksAreTheAuthoredOnes(name: String) throws {
        let entry = try #require(Catalogue.workbookEntries.first { $0.name == name })
        for writer in Catalogue.workbookWriters {
            let file = "\(name).\(writer.fileExtension)"
            let authored = try writer.write(entry.workbook, name: file)
            let stable = authored == (try writer.write(entry.workbook, name: file))
            #expect(stable, "\(file) is not the same from run to run")
            let committed = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.root + "/Templates/" + file)))
            let current = committed == authored
            #expect(current, "Templates/\(file) is stale: run `swift run mentordocs-author Templates`")
            #expect(BuiltInTemplates.files[file] != nil, "\(file) is not embedded: add it to Package.swift and BuiltInTemplates.swift")
            #expect(try SchemaValidator.violations(of: committed).map(\.description) == [], "\(file)")
            _ = try CompiledTemplate.compile(bytes: committed, file: file, filters: .mentordocs)
        }
    }
}
