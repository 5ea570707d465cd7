import DocumentEngine
import Foundation
import Testing
import TestSupport

@testable import MentorDocs

/// Word is stricter than LibreOffice: the built-in templates and everything made from them are checked
/// against the ECMA-376 Transitional and ODF 1.3 schemas (Tests/Schemas), and the engine may never add
/// a violation its template did not have.
@Suite struct SchemaConformanceTests {
    static let templateFiles = Paths.files(in: Paths.root + "/Templates").filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }

    @Test(arguments: templateFiles)
    func everyBuiltInTemplateIsValid(file: String) throws {
        let violations = try SchemaValidator.violations(ofFileAt: Paths.root + "/Templates/" + file)
        #expect(violations.isEmpty, "Templates/\(file):\n\(violations.map(\.description).joined(separator: "\n"))")
    }

    @Test(arguments: DocumentFormat.textDocuments, [false, true])
    func theExampleSchoolsDocumentsAddNoViolation(format: DocumentFormat, merged: Bool) throws {
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let folder = Paths.temporaryFolder("schema-\(format.rawValue)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = DocumentPlanner.records(for: programme)
        let written = try Generator(format: format, merge: merged).generate(records, into: OutputFolder(path: folder))
        #expect(Set(written.map(\.record.kind)) == Set(DocumentKind.allCases.filter(\.isMadeFromSpec)))
        var templateViolations: [DocumentKind: [SchemaValidator.Violation]] = [:]
        for file in Set(written.map(\.path)).sorted() {
            let kind = try #require(written.first { $0.path == file }?.record.kind)
            if templateViolations[kind] == nil {
                templateViolations[kind] = try SchemaValidator.violations(of: TemplateSource().bytes(for: kind, format: kind.format(besideDocumentsOf: format)).bytes)
            }
            let output = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            let added = try SchemaValidator.newViolations(of: output, beyond: templateViolations[kind] ?? [])
            let name = String(file.dropFirst(folder.count + 1))
            #expect(added.isEmpty, "\(name) breaks the schema where \(kind.rawValue).\(format.rawValue) does not:\n\(added.joined(separator: "\n"))")
        }
    }

    @Test func aParagraphDirectlyInATableRowIsReported() throws {
        let template = try builtIn("plan.docx")
        let broken = try replacing("word/document.xml", in: template) { $0.replacingFirst("<w:tr>", with: "<w:tr><w:p/>") }
        let added = try SchemaValidator.newViolations(template: template, output: broken)
        #expect(added.count == 1)
        #expect(added.first?.hasPrefix("word/document.xml: element p: Schemas validity error") == true, "\(added)")
    }

    @Test func aParagraphDirectlyInAnODFTableIsReported() throws {
        let template = try builtIn("plan.odt")
        let broken = try replacing("content.xml", in: template) { $0.replacingFirst("<table:table-row>", with: "<text:p/><table:table-row>") }
        let added = try SchemaValidator.newViolations(template: template, output: broken)
        #expect(!added.isEmpty)
        #expect(added.allSatisfy { $0.hasPrefix("content.xml: ") && $0.contains("Relax-NG validity error") }, "\(added)")
    }

    /// Word 2010 and later mark their additions ignorable; a consumer of the Transitional schema drops them,
    /// and takes mc:AlternateContent's fallback. Without mc:Ignorable the same markup is a violation.
    @Test func markupCompatibilityIsProcessedBeforeValidation() throws {
        let template = try builtIn("plan.docx")
        let namespaces = #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape""#
        let wordMarkup = #"<w:p w14:paraId="0A1B2C3D"><w:r><mc:AlternateContent><mc:Choice Requires="wps"><wps:wsp/></mc:Choice><mc:Fallback><w:t>x</w:t></mc:Fallback></mc:AlternateContent></w:r><w14:unknown/></w:p>"#
        func document(ignorable: Bool) throws -> [UInt8] {
            try replacing("word/document.xml", in: template) {
                $0.replacingFirst("<w:document ", with: "<w:document \(namespaces) \(ignorable ? #"mc:Ignorable="w14" "# : "")")
                    .replacingFirst("<w:body>", with: "<w:body>\(wordMarkup)")
            }
        }
        #expect(try SchemaValidator.newViolations(template: template, output: document(ignorable: true)).isEmpty)
        let unmarked = try SchemaValidator.newViolations(template: template, output: document(ignorable: false))
        #expect(unmarked.contains { $0.contains("paraId") }, "\(unmarked)")
        #expect(unmarked.contains { $0.contains("unknown") }, "\(unmarked)")
    }

    /// LibreOffice's own extensions are foreign elements: removed before validation, keeping what a
    /// paragraph holds (ODF 1.3 Part 3, section 3.17).
    @Test func foreignODFElementsAreRemovedBeforeValidation() throws {
        let template = try builtIn("plan.odt")
        let loext = #"xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0""#
        let output = try replacing("content.xml", in: template) {
            $0.replacingFirst("<office:document-content ", with: "<office:document-content \(loext) loext:mark=\"1\" ")
                .replacingFirst("<office:text>", with: #"<office:text><loext:block><table:table/></loext:block><text:p>a<loext:wrap>b<text:s/></loext:wrap></text:p>"#)
        }
        #expect(try SchemaValidator.newViolations(template: template, output: output).isEmpty)
    }

    private func builtIn(_ file: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.root + "/Templates/" + file)))
    }

    /// The package with one part's text changed, every other part as it was.
    private func replacing(_ part: String, in package: [UInt8], _ change: (String) -> String) throws -> [UInt8] {
        let reader = try ArchiveReader(bytes: package, file: "template")
        let writer = try ArchiveWriter(name: "changed")
        for entry in reader.entries {
            if entry.name == part {
                try writer.add(part, bytes: Array(change(String(decoding: try reader.read(entry), as: UTF8.self)).utf8))
            } else {
                try writer.copy(entry, from: reader)
            }
        }
        return try writer.finish()
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
