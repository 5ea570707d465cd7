import Foundation
import SpecSyntax
import Testing
import TestSupport

@testable import MentorDocs

/// A spec held in memory (a web form's upload) is read by the same rules as a file, and its
/// problems are placed under the name it was given.
@Suite struct SpecFromTextTests {
    static func exampleText() throws -> String { try String(contentsOfFile: Paths.exampleSpec, encoding: .utf8) }

    @Test func textReadsAsTheFileDoes() throws {
        let (fromFile, fileWarnings) = try SpecReader.read(contentsOf: Paths.exampleSpec)
        let (fromText, textWarnings) = try SpecReader.read(text: try Self.exampleText(), name: "school.spec")
        #expect(fromText.participants.map(\.id) == fromFile.participants.map(\.id))
        #expect(fromText.participants.map(\.person.fullName) == fromFile.participants.map(\.person.fullName))
        #expect(fromText.pairs.map(\.id) == fromFile.pairs.map(\.id))
        #expect(fromText.organisation.fullName == fromFile.organisation.fullName)
        #expect(fromText.documentDate == fromFile.documentDate)
        #expect(textWarnings.map(\.message) == fileWarnings.map(\.message))
        #expect(textWarnings.allSatisfy { $0.location.file == "school.spec" })
        let fileRecords = DocumentPlanner.records(for: fromFile).map(\.baseName)
        #expect(DocumentPlanner.records(for: fromText).map(\.baseName) == fileRecords, "the same documents are planned")
    }

    @Test func aSyntaxErrorIsPlacedUnderTheGivenName() throws {
        let text = "organisation:\n  full_name: Школа\n  full_name: Другая\n"
        let error = try #require(throws: SpecSyntaxError.self) { try SpecReader.read(text: text, name: "upload.spec") }
        #expect(error.description == "upload.spec:3:3: error: duplicate key “full_name” (first defined at 2:3)")
    }

    @Test func aModelErrorIsPlacedUnderTheGivenName() throws {
        // The example with a pair naming someone who is not there: an error of the model, not of syntax.
        let text = try Self.exampleText().replacingOccurrences(of: "mentor: t1", with: "mentor: t99")
        try #require(text != (try Self.exampleText()), "the example has a pair with mentor t1")
        let error = try #require(throws: SpecSyntaxError.self) { try SpecReader.read(text: text, name: "форма.spec") }
        let problem = try #require(error.diagnostics.first { $0.severity == .error && $0.message.contains("t99") })
        #expect(problem.location.file == "форма.spec")
        #expect(problem.description.hasPrefix("форма.spec:\(problem.location.line):\(problem.location.column): error:"))
        #expect(problem.location.line > 1)
    }

    @Test func bytesThatAreNotUTF8AreReportedWhereTheyAre() throws {
        let bytes: [UInt8] = Array("organisation:\n  full_name: Шк".utf8) + [0xE5] + Array("ола\n".utf8)
        let error = try #require(throws: SpecSyntaxError.self) { try SpecReader.read(bytes: bytes, name: "upload.spec") }
        #expect(error.diagnostics.first?.description.hasPrefix("upload.spec:2:") == true)
        #expect(error.description.contains("invalid UTF-8"))
    }

    @Test func aByteOrderMarkIsAllowedInBytes() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(try Self.exampleText().utf8)
        let (programme, _) = try SpecReader.read(bytes: bytes, name: "school.spec")
        #expect(programme.participants.count == (try SpecReader.read(contentsOf: Paths.exampleSpec)).0.participants.count)
    }
}
