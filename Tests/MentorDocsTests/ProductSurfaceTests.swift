// This file imports MentorDocs alone, as a client of the library does: no `@testable`, no other module
// of ours. It compiles only while MentorDocs re-exports the modules its API speaks in (Exports.swift).
import MentorDocs
import Testing

/// The types of MentorDocs' API can be named, and their members used, with `import MentorDocs` only.
@Suite struct ProductSurfaceTests {
    @Test func theTypesOfTheAPIAreNamedThroughMentorDocs() throws {
        let (programme, warnings): (Programme, [SpecDiagnostic]) = try SpecReader.read(contentsOf: Self.exampleSpec)
        #expect(warnings.allSatisfy { $0.location.file == Self.exampleSpec })
        let documentDate: CalendarDay = programme.documentDate
        #expect(documentDate.adding(days: 1) > documentDate)

        let format: DocumentFormat = .odt
        #expect(DocumentFormat(fileName: "letter.odt") == format)

        let value: TemplateValue = ["months": TemplateValue(8)]
        #expect(value == ["months": TemplateValue(8)])

        let gender: Gender = .female
        #expect(Person(fullName: "Соколова Анна Петровна", gender: gender).gender == .female)
    }

    @Test func aSpecErrorCarriesSpecDiagnostics() throws {
        let text = "organisation:\n  full_name: Школа\n  full_name: Другая\n"
        let error = try #require(throws: SpecSyntaxError.self) { try SpecReader.read(text: text, name: "upload.spec") }
        let diagnostics: [SpecDiagnostic] = error.diagnostics
        #expect(diagnostics.first?.location.line == 3)
    }

    /// Fixtures/example-school.spec, found from this file's place (TestSupport is not imported here on purpose).
    static let exampleSpec: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Fixtures/example-school.spec"
    }()
}
