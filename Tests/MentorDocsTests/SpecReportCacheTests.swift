import Foundation
import MentorDocs
import Testing
import TestSupport

/// `SpecReportCache` answers as `SpecReader.report(contentsOf:)` does, whatever happened to the file
/// between two reads.
@Suite struct SpecReportCacheTests {
    @Test func aReadAfterAnEditShowsTheEdit() throws {
        let folder = Paths.temporaryFolder("report-cache")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spec = folder + "/school.spec"
        let text = try String(contentsOfFile: Paths.exampleSpec, encoding: .utf8)
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        let cache = SpecReportCache(path: spec)
        let first = try #require(cache.report().programme)
        #expect(try #require(cache.report().programme).participants.count == first.participants.count)

        // The same length, one letter changed: only the bytes tell the versions apart.
        let edited = text.replacingOccurrences(of: "    mentor: t1\n", with: "    mentor: t9\n")
        #expect(edited.utf8.count == text.utf8.count && edited != text)
        try edited.write(toFile: spec, atomically: false, encoding: .utf8)
        let report = cache.report()
        #expect(report.hasErrors)
        #expect(report.diagnostics.map(\.description) == SpecReader.report(contentsOf: spec).diagnostics.map(\.description))

        try text.write(toFile: spec, atomically: false, encoding: .utf8)
        #expect(!cache.report().hasErrors)
    }

    @Test func aFileGoneIsUnreadableAsForTheReader() throws {
        let folder = Paths.temporaryFolder("report-cache-gone")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spec = folder + "/school.spec"
        try FileManager.default.copyItem(atPath: Paths.exampleSpec, toPath: spec)
        let cache = SpecReportCache(path: spec)
        #expect(cache.report().programme != nil)
        try FileManager.default.removeItem(atPath: spec)
        let report = cache.report()
        #expect(report.programme == nil)
        #expect(report.diagnostics.first?.kind == .unreadable)
    }
}
