import Foundation
import MentorDocs
import Testing
import TestSupport

/// The code of the article «Generate a school's documents in a server», compiled and run: each Swift
/// block of the article stands in this file as it is printed there.
@Suite(.serialized) struct ServerArticleTests {
    static let article = Paths.root + "/Sources/MentorDocs/MentorDocs.docc/GenerateASchoolsDocumentsInAServer.md"

    /// What the article streams documents into: here, a list of entries and the last progress seen.
    final class ZipStream {
        var progress = 0.0
        var entries: [(name: String, size: Int)] = []
        func add(_ name: String, _ bytes: [UInt8]) async throws { entries.append((name, bytes.count)) }
    }

    let exampleText = try! String(contentsOfFile: Paths.exampleSpec, encoding: .utf8)

    @Test func everyBlockOfTheArticleIsCompiledHere() throws {
        #expect(try ArticleCode.blocks(ofArticleAt: Self.article).count == 5)
        #expect(try ArticleCode.blocks(ofArticleAt: Self.article, missingFrom: #filePath) == [])
    }

    func readSpec(_ uploadedText: String) -> Result<Programme, SpecSyntaxError> {
        do throws(SpecSyntaxError) {
            let (programme, warnings) = try SpecReader.read(text: uploadedText, name: "school.spec")
            for warning in warnings { print(warning) }   // name:line:col: warning: …
            return .success(programme)
        } catch {
            return .failure(error)                        // every error, each with its line and column
        }
    }

    @Test func aSpecIsReadFromTextWithItsNameInMessages() throws {
        let programme = try readSpec(exampleText).get()
        #expect(!programme.participants.isEmpty)
        let broken = exampleText.replacingOccurrences(of: "organisation:", with: "organisation: [")
        guard case .failure(let error) = readSpec(broken) else { Issue.record("a broken spec was read"); return }
        #expect(error.kinds.contains(.syntax))
        #expect(error.description.hasPrefix("school.spec:"))
    }

    @Test func oneMakerMakesAnAgreement() throws {
        let programme = try readSpec(exampleText).get()
        let agreementMaker = try DocumentMaker(kinds: [.agreement], format: .docx)
        let record = try #require(DocumentPlanner.records(for: programme, kinds: [.agreement]).first)
        let agreement = try agreementMaker.document(for: record)
        #expect(agreement.fileName.hasPrefix("agreements/") && agreement.fileName.hasSuffix(".docx"))
        #expect(agreement.bytes.starts(with: Array("PK".utf8)))
    }

    func streamAgreements(of programme: Programme, to archive: ZipStream) async throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.agreement])
        let maker = try DocumentMaker(for: records)
        try await maker.forEachDocument(for: records, jobs: 4, progress: { archive.progress = $0.fraction }) { document in
            try await archive.add(document.fileName, document.bytes)
        }
    }

    @Test func aBatchIsStreamedInOrderWithProgress() async throws {
        let programme = try readSpec(exampleText).get()
        let archive = ZipStream()
        try await streamAgreements(of: programme, to: archive)
        let expected = DocumentPlanner.records(for: programme, kinds: [.agreement]).map { "agreements/\($0.baseName).docx" }
        #expect(archive.entries.map(\.name) == expected)
        #expect(archive.entries.allSatisfy { $0.size > 1000 })
        #expect(archive.progress == 1)
    }

    func explain(_ error: any Error) -> String {
        switch error {
        case let error as SpecSyntaxError:
            return "the spec has problems:\n\(error)"
        case let error as TemplateError:
            return "a template is broken (\(error.kinds.count) kinds of problem); tell the administrator"
        case let error as GenerationError where !error.kinds.isDisjoint(with: [.missingValue, .missingSection]):
            return "\(error.subject): data missing for \(error.document.rawValue)"
        case let error as GenerationError:
            return "\(error.subject): \(error.underlying)"
        case is CancellationError:
            return "stopped"
        default:
            return "unexpected: \(error)"
        }
    }

    @Test func eachFailureIsAnsweredByItsKind() async throws {
        if case .failure(let error) = readSpec("organisation: [") {
            #expect(explain(error).hasPrefix("the spec has problems:\nschool.spec:1:"))
        } else {
            Issue.record("a broken spec was read")
        }

        let brokenFolder = Paths.temporaryFolder("broken-templates")
        #expect(FileManager.default.createFile(atPath: brokenFolder + "/agreement.docx", contents: Data("not a document".utf8)))
        do {
            _ = try DocumentMaker(kinds: [.agreement], templates: TemplateSource(folder: brokenFolder))
            Issue.record("a broken template compiled")
        } catch {
            #expect(explain(error).hasPrefix("a template is broken"))
        }

        let programme = try readSpec(exampleText).get()
        let record = try #require(DocumentPlanner.records(for: programme, kinds: [.agreement]).first)
        let empty = DocumentRecord(kind: record.kind, subject: record.subject, participantIDs: record.participantIDs,
            pairID: record.pairID, baseName: record.baseName) { .map([:]) }
        do {
            _ = try DocumentMaker(for: [empty]).document(for: empty)
            Issue.record("an agreement was made without data")
        } catch {
            #expect(explain(error) == "\(record.subject): data missing for agreement")
        }

        let batch = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await streamAgreements(of: programme, to: ZipStream())
        }
        do {
            try await batch.value
            Issue.record("a cancelled batch finished")
        } catch {
            #expect(explain(error) == "stopped")
        }
    }

    @Test func theDeclinedNamesAreForgottenOnRequest() throws {
        let programme = try readSpec(exampleText).get()
        let records = DocumentPlanner.records(for: programme, kinds: [.agreement])
        let maker = try DocumentMaker(for: records)
        for record in records { _ = try maker.document(for: record) }
        let names = RussianFilters.declinedNames.count, phrases = RussianFilters.declinedPhrases.count
        #expect(names > 0 && phrases > 0)
        RussianFilters.declinedNames.clear()
        RussianFilters.declinedPhrases.clear()
        // Other suites may decline a few names meanwhile, never as many as a school's agreements.
        #expect(RussianFilters.declinedNames.count < names)
        #expect(RussianFilters.declinedPhrases.count < phrases)
    }
}
