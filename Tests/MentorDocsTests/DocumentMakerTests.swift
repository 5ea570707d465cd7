import DocumentEngine
import Foundation
import Testing
import TestSupport

@testable import MentorDocs

/// Documents made in memory: one record at a time, from many tasks at once, named and filled
/// as `generate` writes them.
@Suite struct DocumentMakerTests {
    let programme: Programme

    init() throws { programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0 }

    @Test(arguments: DocumentFormat.textDocuments)
    func aRecordIsMadeInMemoryWithThePersonInIt(format: DocumentFormat) throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.consentAdult])
        let record = try #require(records.first { $0.participantIDs == ["t1"] })
        let document = try DocumentMaker(for: records, format: format).document(for: record)
        #expect(document.kind == .consentAdult)
        #expect(document.records.map(\.subject) == [record.subject])
        #expect(document.fileName == "consents/\(record.baseName).\(format.fileExtension)")
        #expect(document.fileName.contains("Кравченко Е.В."))
        let text = try RenderedParagraphs.read(document.bytes, format: format).plain
        #expect(text.contains("Кравченко Елена Викторовна"))
        #expect(text.contains("Соколова") || text.contains("Соколовой"), "the director, whom the consent is addressed to")
    }

    /// `generate` is built on the maker: each file it writes is where the maker's name says, with
    /// the maker's text in it.
    @Test(arguments: [false, true])
    func generateWritesWhatTheMakerMakesWhereItsNameSays(merge: Bool) throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.consentAdult, .consentMinor, .agreement, .plan])
        let folder = Paths.temporaryFolder("maker-\(merge)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try Generator(merge: merge, jobs: 2).generate(records, into: OutputFolder(path: folder))
        let maker = try DocumentMaker(for: records, merge: merge)
        let documents = maker.outputs(for: records).map { try! maker.document(of: $0) }
        #expect(documents.count == (merge ? 4 : records.count))
        #expect(Set(written.map(\.path)) == Set(documents.map { folder + "/" + $0.fileName }))
        for document in documents {
            let onDisk = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + document.fileName)))
            let diskText = try RenderedParagraphs.read(onDisk, format: .docx).text
            #expect(try RenderedParagraphs.read(document.bytes, format: .docx).text == diskText, "\(document.fileName)")
            #expect(written.filter { $0.path == folder + "/" + document.fileName }.map(\.record.subject) == document.records.map(\.subject))
        }
    }

    @Test func aMergedMakerMakesARecordAsItsKindsPrintFile() throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.plan])
        let document = try DocumentMaker(for: records, merge: true).document(for: records[0])
        #expect(document.fileName == "plans/\(FileNaming.safe(DocumentKind.plan.printFileName)).docx")
        let text = try RenderedParagraphs.read(document.bytes, format: .docx).plain
        #expect(text.contains(programme.pairs[0].plan[0].activity))
    }

    @Test func manyTasksMakeDocumentsFromOneMakerAtOnce() async throws {
        // Every document read as text: the answer sheets, workbooks, are left to their own tests.
        let records = DocumentPlanner.records(for: programme).filter { !$0.kind.isWorkbookOnly }
        let maker = try DocumentMaker(for: records)
        let expected = try records.map { try RenderedParagraphs.read(try maker.document(for: $0).bytes, format: .docx).text }
        let rounds = 3
        let made = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for _ in 0..<rounds {
                for (index, record) in records.enumerated() {
                    group.addTask { (index, try RenderedParagraphs.read(try maker.document(for: record).bytes, format: .docx).text) }
                }
            }
            var made: [(Int, String)] = []
            for try await result in group { made.append(result) }
            return made
        }
        #expect(made.count == rounds * records.count)
        for (index, text) in made { #expect(text == expected[index], "\(records[index].baseName)") }
    }

    @Test func aKindTheMakerWasNotMadeForIsAClearError() throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.consentAdult])
        let maker = try DocumentMaker(kinds: [.plan])
        #expect(maker.kinds == [.plan])
        let error = try #require(throws: TemplateError.self) { try maker.document(for: records[0]) }
        #expect(error.kinds == [.noSuchTemplate])
        #expect(error.description.contains("consent-adult"))
        #expect(error.description.contains("not among the kinds the DocumentMaker was made for"))
    }

    /// A record's data lacking what the template prints: the error names the record by id and surname
    /// and the path that is missing, and nothing of the person beyond that.
    @Test func missingDataNamesTheRecordButNotThePerson() throws {
        let record = try #require(DocumentPlanner.records(for: programme, kinds: [.consentAdult]).first { $0.participantIDs == ["t1"] })
        guard case .map(var fields) = record.data, case .map(var person)? = fields["person"] else {
            Issue.record("a consent's data has a person")
            return
        }
        person["birth_date"] = nil
        person["address"] = nil
        fields["person"] = .map(person)
        let broken = DocumentRecord(kind: record.kind, subject: record.subject, participantIDs: record.participantIDs,
            pairID: nil, baseName: record.baseName) { [fields] in .map(fields) }
        let error = try #require(throws: GenerationError.self) { try DocumentMaker(for: [broken]).document(for: broken) }
        #expect(error.subject == record.subject)
        #expect(error.description.contains("person.address"))
        #expect(!error.description.contains("Елена"), "no full name in the message")
        #expect(!error.description.contains("Викторовна"))
        let lenient = try DocumentMaker(for: [broken], options: RenderOptions(allowMissing: true)).document(for: broken)
        #expect(try RenderedParagraphs.read(lenient.bytes, format: .docx).plain.contains("Кравченко Елена Викторовна"))
    }

    @Test func aTemplateWithProblemsFailsWhenTheMakerIsMade() throws {
        let folder = Paths.temporaryFolder("maker-templates")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = try TemplateSource().bytes(for: .plan, format: .docx).bytes
        // The built-in plan with its body cut short: no longer a template that can be read.
        try Data(bytes.prefix(bytes.count / 2)).write(to: URL(fileURLWithPath: folder + "/plan.docx"))
        let error = try #require(throws: TemplateError.self) {
            try DocumentMaker(kinds: [.consentAdult, .plan], templates: TemplateSource(folder: folder))
        }
        #expect(error.file == folder + "/plan.docx")
    }
}
