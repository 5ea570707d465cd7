import Foundation
import MentorDocs
import SpecSyntax
import Testing
import TestSupport

/// `SpecReader.report` keeps the programme beside its errors, and `Programme.entry(at:)` tells whom a
/// problem is about: what a page needs to show a school with its problems.
@Suite struct SpecReportTests {
    /// The example school with p1 naming a mentor who is not there and t1 without an address.
    static func brokenSpec() throws -> String {
        let folder = Paths.temporaryFolder("report")
        let text = try String(contentsOfFile: Paths.exampleSpec, encoding: .utf8)
            .replacingOccurrences(of: "    mentor: t1\n", with: "    mentor: t9\n")
            .replacingOccurrences(of: "    address: г. Примерск, ул. Садовая, д. 5, кв. 12\n", with: "")
        try text.write(toFile: folder + "/school.spec", atomically: true, encoding: .utf8)
        return folder + "/school.spec"
    }

    @Test func aReportKeepsTheProgrammeBesideItsErrors() throws {
        let spec = try Self.brokenSpec()
        let report = SpecReader.report(contentsOf: spec)
        #expect(report.hasErrors)
        let programme = try #require(report.programme)
        #expect(programme.participants.count == 7)
        let thrown = try #require(throws: SpecSyntaxError.self) { try SpecReader.read(contentsOf: spec) }
        #expect(thrown.diagnostics.map(\.description) == report.diagnostics.map(\.description))
    }

    @Test func aReportOfAGoodSpecHasItsWarningsOnly() throws {
        let report = SpecReader.report(contentsOf: Paths.exampleSpec)
        let (_, warnings) = try SpecReader.read(contentsOf: Paths.exampleSpec)
        #expect(!report.hasErrors)
        #expect(report.diagnostics.map(\.description) == warnings.map(\.description))
    }

    @Test func aFileThatDoesNotParseHasNoProgramme() {
        let report = SpecReader.report(contentsOf: "/nonexistent/school.spec")
        #expect(report.programme == nil)
        #expect(report.diagnostics.first?.kind == .unreadable)
    }

    @Test func eachProblemIsPlacedWithItsParticipantOrPair() throws {
        let report = SpecReader.report(contentsOf: try Self.brokenSpec())
        let programme = try #require(report.programme)
        let mentor = try #require(report.diagnostics.first { $0.message.contains("“t9”") })
        #expect(programme.entry(at: mentor.location) == .pair("p1"))
        let address = try #require(report.diagnostics.first { $0.message.hasPrefix("t1: no address") })
        #expect(programme.entry(at: address.location) == .participant("t1"))
        // A line inside s3's entry that no field of it starts on is s3's; the organisation's is nobody's.
        let s3 = try #require(programme.participant("s3"))
        let inside = SourceLocation(file: s3.location.file, line: s3.location.line + 1, column: 40)
        #expect(programme.entry(at: inside) == .participant("s3"))
        #expect(programme.entry(at: SourceLocation(file: s3.location.file, line: 5, column: 3)) == nil)
    }
}
