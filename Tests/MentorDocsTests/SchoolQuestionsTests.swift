import Foundation
import MentorDocs
import TestSupport
import Testing

/// Which questions a school asks (`QuestionCatalogue.forSchool`): the file given, else `questions.spec`
/// in its templates folder, else the built-in ones — the one rule of `generate`, `monitoring` and the page.
struct SchoolQuestionsTests {
    private static let own = "blocks:\n  - { id: club, title: Клуб }\nquestions:\n  - { id: club-fun, block: club, text: Интересно ли в клубе?, answer: scale }\n"

    @Test func theFileGivenThenTheTemplatesFolderThenTheBuiltInOnes() throws {
        let folder = Paths.temporaryFolder("school-questions")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let templates = TemplateSource(folder: folder)
        #expect(QuestionCatalogue.schoolFile(in: templates) == nil)
        #expect(try QuestionCatalogue.forSchool(templates: templates).questions.map(\.id) == QuestionCatalogue.builtIn.questions.map(\.id))
        try Self.own.write(toFile: folder + "/questions.spec", atomically: true, encoding: .utf8)
        #expect(QuestionCatalogue.schoolFile(in: templates) == folder + "/questions.spec")
        #expect(try QuestionCatalogue.forSchool(templates: templates).questions.map(\.id) == ["club-fun"])
        #expect(try QuestionCatalogue.forSchool(templates: TemplateSource()).questions.count == QuestionCatalogue.builtIn.questions.count,
            "no folder, the built-in ones")
        let given = folder + "/other.spec"
        try "extends: built-in\nquestions:\n  - { id: extra, block: quality, text: Ещё вопрос?, answer: text }\n"
            .write(toFile: given, atomically: true, encoding: .utf8)
        let explicit = try QuestionCatalogue.forSchool(file: given, templates: templates)
        #expect(explicit.questions.last?.id == "extra" && explicit.questions.count == QuestionCatalogue.builtIn.questions.count + 1)
    }

    @Test func aBrokenSchoolFileIsEveryProblemWithItsPlace() throws {
        let folder = Paths.temporaryFolder("school-questions-broken")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.own.replacing("answer: scale", with: "answer: points").write(toFile: folder + "/questions.spec", atomically: true, encoding: .utf8)
        #expect {
            try QuestionCatalogue.forSchool(templates: TemplateSource(folder: folder))
        } throws: { error in
            (error as? SpecSyntaxError)?.description.contains("questions.spec:4:") == true
        }
    }

    @Test func theBuiltInFileIsTheBuiltInCatalogue() throws {
        let read = try QuestionCatalogueReader.read(bytes: QuestionCatalogue.builtInFile, name: "questions.spec")
        #expect(read.questions.map(\.id) == QuestionCatalogue.builtIn.questions.map(\.id) && !read.questions.isEmpty)
    }
}
