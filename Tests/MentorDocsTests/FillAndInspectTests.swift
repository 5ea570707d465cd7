import DocumentEngine
import Foundation
import Testing
import TestSupport

@testable import MentorDocs

/// `fill`, `inspect`, `check` and `init` as a school uses them with its own forms.
@Suite struct FillAndInspectTests {
    static let data = """
        school: { name: "Лицей № 5", city: Примерск }
        pupils:
          - { surname: Белова, name: Дарья, minor: true }
          - { surname: Орлов, name: Илья, minor: false }
        """

    func makeTemplate(in folder: String) throws -> String {
        let path = folder + "/letter.docx"
        let writer = try ArchiveWriter(name: "letter.docx")
        try writer.add("[Content_Types].xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """.utf8))
        try writer.add("_rels/.rels", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """.utf8))
        try writer.add("word/document.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:r><w:t xml:space="preserve">{{ school.name }}, г. {{ school.city }}: {{ surname | upper }} {{ name }}{{#minor}} (несовершеннолетний){{/minor}} — {{@index}} из {{@count}}</w:t></w:r></w:p>\
            </w:body></w:document>
            """.utf8))
        try Data(try writer.finish()).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func mailMergeWritesAFilePerItemNamedByThePattern() throws {
        let folder = Paths.temporaryFolder("fill")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try makeTemplate(in: folder)
        try Self.data.write(toFile: folder + "/class.spec", atomically: true, encoding: .utf8)
        let result = try Office.run(Paths.tool, ["fill", template, folder + "/class.spec", "--each", "pupils", "--out", folder + "/out", "--name", "{{ surname }} {{ name }}"])
        #expect(result.status == 0, "\(result.error)")
        #expect(Paths.files(in: folder + "/out") == ["Белова Дарья.docx", "Орлов Илья.docx"])
        let texts = try Office.text(of: [folder + "/out/Белова Дарья.docx", folder + "/out/Орлов Илья.docx"])
        #expect(Office.folded(texts[folder + "/out/Белова Дарья.docx"] ?? "") == "Лицей № 5, г. Примерск: БЕЛОВА Дарья (несовершеннолетний) — 1 из 2")
        #expect(Office.folded(texts[folder + "/out/Орлов Илья.docx"] ?? "") == "Лицей № 5, г. Примерск: ОРЛОВ Илья — 2 из 2")
    }

    @Test func mergeMakesOnePrintFile() throws {
        let folder = Paths.temporaryFolder("merge")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try makeTemplate(in: folder)
        try Self.data.write(toFile: folder + "/class.spec", atomically: true, encoding: .utf8)
        let result = try Office.run(Paths.tool, ["fill", template, folder + "/class.spec", "--each", "pupils", "--merge", "--out", folder + "/all.docx"])
        #expect(result.status == 0, "\(result.error)")
        let text = Office.folded(try Office.text(of: [folder + "/all.docx"])[folder + "/all.docx"] ?? "")
        #expect(text.contains("БЕЛОВА Дарья (несовершеннолетний) — 1 из 2"))
        #expect(text.contains("ОРЛОВ Илья — 2 из 2"))
    }

    @Test func inspectListsTagsAndDataPaths() throws {
        let folder = Paths.temporaryFolder("inspect")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Office.run(Paths.tool, ["inspect", try makeTemplate(in: folder)])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("word/document.xml, paragraph 1: {{ surname | upper }}"))
        #expect(result.output.contains("filters: upper"))
        #expect(result.output.contains("  school.name\n"))
        #expect(result.output.contains("  minor (section)\n"))
    }

    @Test func inspectListsTheChartsBoundToDataAndTheGroupsTheyRead() throws {
        for (fixture, part) in [("bar-chart-word.docx", "word/charts/chart"), ("bar-chart.odt", "/content.xml")] {
            let result = try Office.run(Paths.tool, ["inspect", Paths.root + "/Fixtures/charts/" + fixture])
            #expect(result.status == 0, "\(result.error)")
            let chartLine = result.output.split(separator: "\n").first { $0.contains("{{#chart ") }
            #expect(result.output.contains("charts: 1\n"), "\(fixture): \(result.output)")
            #expect(chartLine?.contains(part) == true, "\(fixture): \(result.output)")
            #expect(chartLine?.hasSuffix(" series") == true, "\(fixture): \(result.output)")
            #expect(result.output.contains(" (chart)\n"), "\(fixture): \(result.output)")
        }
    }

    @Test func inspectReportsEveryProblemOfABrokenTemplate() throws {
        let folder = Paths.temporaryFolder("inspect-bad")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = try SampleDocument.docx("{{#a}} {{ b | nosuch }} {{ c")
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/bad.docx"))
        let result = try Office.run(Paths.tool, ["inspect", folder + "/bad.docx"])
        #expect(result.status == 1)
        let lines = result.error.split(separator: "\n")
        #expect(lines.count == 3, "\(result.error)")
        #expect(result.error.contains("unknown filter “nosuch”"))
        #expect(result.error.contains("is not closed with }}"))
        #expect(result.error.contains("is never closed"))
    }

    @Test func theStarterSpecPassesCheck() throws {
        let folder = Paths.temporaryFolder("init")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try Office.run(Paths.tool, ["init", folder + "/school.spec"])
        #expect(made.status == 0, "\(made.error)")
        let checked = try Office.run(Paths.tool, ["check", folder + "/school.spec"])
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")
        #expect(!checked.output.contains("error:"))
        #expect(!(checked.output + checked.error).contains("warning:"), "the starter spec gives every consent its data")
    }

    @Test func theExampleSchoolPassesCheck() throws {
        let checked = try Office.run(Paths.tool, ["check", Paths.exampleSpec])
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")
        #expect(!(checked.output + checked.error).contains("warning:"), "the example school gives every consent its data")
    }
}
