import DocumentEngine
import Foundation
import Testing
import TestSupport

@testable import MentorDocs

@Suite(.serialized) struct ConsentGenerationTests {
    let programme: Programme

    init() throws {
        programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
    }

    var adults: [Participant] {
        programme.participants.filter { ($0.person.age(on: programme.documentDate) ?? 0) >= 18 }
    }

    @Test(arguments: DocumentFormat.textDocuments)
    func everyAdultGetsAConsentThatOfficeSoftwareOpens(format: DocumentFormat) throws {
        let folder = Paths.temporaryFolder("consents")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = DocumentPlanner.records(for: programme, kinds: [.consentAdult])
        #expect(records.count == adults.count)
        #expect(adults.count >= 3)
        let written = try Generator(format: format).generate(records, into: OutputFolder(path: folder))
        let texts = try Office.text(of: written.map(\.path))
        #expect(texts.count == adults.count)
        for file in written {
            let participant = adults.first { file.record.subject.hasPrefix($0.id + " ") }!
            let text = Office.folded(texts[file.path] ?? "")
            #expect(file.path.contains(participant.person.surname), "files are found by surname")
            #expect(text.contains(participant.person.fullName), "\(participant.id): the full name")
            #expect(text.contains(programme.organisation.shortName), "\(participant.id): the school")
            #expect(!text.contains("{{"), "\(participant.id): no tag left")
        }
    }

    @Test func untouchedPartsAreCopiedByteForByte() throws {
        let template = try TemplateSource().bytes(for: .consentAdult, format: .docx)
        let compiled = try CompiledTemplate.compile(bytes: template.bytes, file: template.file, filters: .mentordocs)
        let record = DocumentPlanner.records(for: programme, kinds: [.consentAdult])[0]
        let output = try DocumentRenderer(compiled, filters: .mentordocs).render(record.data)
        let before = try ArchiveReader(bytes: template.bytes, file: "template")
        let after = try ArchiveReader(bytes: output, file: "output")
        #expect(after.entries.map(\.name).sorted() == before.entries.map(\.name).sorted())
        #expect(after.entries.first?.name == "[Content_Types].xml")
        for entry in before.entries where !compiled.compiledParts.contains(entry.name) {
            let copy = try #require(after.entry(named: entry.name))
            #expect(try after.read(copy) == before.read(entry), "\(entry.name) changed")
            #expect(copy.compressedSize == entry.compressedSize, "\(entry.name) was compressed again")
        }
        #expect(compiled.compiledParts.contains("word/document.xml"))
    }

    @Test func odtKeepsItsMimetypeFirstAndStored() throws {
        let template = try TemplateSource().bytes(for: .consentAdult, format: .odt)
        let compiled = try CompiledTemplate.compile(bytes: template.bytes, file: template.file, filters: .mentordocs)
        let record = DocumentPlanner.records(for: programme, kinds: [.consentAdult])[0]
        let output = try DocumentRenderer(compiled, filters: .mentordocs).render(record.data)
        let reader = try ArchiveReader(bytes: output, file: "output")
        #expect(reader.entries.first?.name == "mimetype")
        #expect(reader.entries.first?.isStored == true)
        // The ODF rule: the mimetype's bytes stand at offset 38, readable without inflating.
        #expect(String(decoding: output[38..<(38 + 39)], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test(arguments: DocumentFormat.textDocuments)
    func twoRunsGiveIdenticalBytes(format: DocumentFormat) throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.consentAdult])
        var runs: [[[UInt8]]] = []
        for _ in 0..<2 {
            let folder = Paths.temporaryFolder("determinism")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let written = try Generator(format: format).generate(records, into: OutputFolder(path: folder))
            runs.append(try written.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0.path))) })
        }
        #expect(runs[0] == runs[1])
    }
}
