import Testing
import DocumentEngine

/// A renderer remembers each tag's last filtered result; these check that what it prints again is
/// always what the filters would have printed.
@Suite struct FilterMemoTests {
    /// `suffix: other` appends another field: its result depends on more than the value.
    static let filters: FilterRegistry = {
        var registry = FilterRegistry.standard
        registry.register(Filter("suffix", arguments: 1...1) { value, arguments in
            .text((value.printed ?? "") + "/" + (arguments[0].printed ?? ""))
        })
        return registry
    }()

    static func renderer(_ body: String) throws -> DocumentRenderer {
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>\(body)</w:t></w:r></w:p>")
        return try DocumentRenderer(try CompiledTemplate.compile(bytes: bytes, file: "t.docx", filters: filters), filters: filters)
    }

    static func text(_ renderer: DocumentRenderer, _ data: TemplateValue) throws -> String {
        let output = try renderer.render(data)
        return SamplePackages.text(ofXML: String(decoding: try ArchiveReader(bytes: output, file: "out").read("word/document.xml"), as: UTF8.self))
    }

    @Test func aRepeatedValueInALoopPrintsTheSame() throws {
        let renderer = try Self.renderer("{{#items}}{{ name | upper }};{{/items}}")
        #expect(try Self.text(renderer, ["items": [["name": "орлова"], ["name": "орлова"], ["name": "белова"], ["name": "орлова"]]])
            == "ОРЛОВА;ОРЛОВА;БЕЛОВА;ОРЛОВА;\n")
    }

    @Test func aDataArgumentThatChangesIsNotServedFromMemory() throws {
        let renderer = try Self.renderer("{{#items}}{{ name | suffix: kind }};{{/items}}")
        #expect(try Self.text(renderer, ["items": [["name": "А", "kind": "x"], ["name": "А", "kind": "y"], ["name": "А", "kind": "y"]]])
            == "А/x;А/y;А/y;\n")
    }

    @Test func oneRendererGivesEachDocumentItsOwnValues() throws {
        let renderer = try Self.renderer("{{ date | date: \"dd.MM.yyyy\" }} {{ name | upper }}")
        #expect(try Self.text(renderer, ["date": "2026-11-19", "name": "вера"]) == "19.11.2026 ВЕРА\n")
        #expect(try Self.text(renderer, ["date": "2026-11-19", "name": "анна"]) == "19.11.2026 АННА\n")
        #expect(try Self.text(renderer, ["date": "2026-01-02", "name": "анна"]) == "02.01.2026 АННА\n")
    }

    @Test func aFailingFilterIsReportedEveryTime() throws {
        let renderer = try Self.renderer("{{ date | date: \"dd.MM.yyyy\" }}")
        #expect(try Self.text(renderer, ["date": "2026-11-19"]) == "19.11.2026\n")
        for _ in 0..<2 {
            #expect(throws: RenderError.self) { try renderer.render(["date": "не дата"]) }
        }
    }
}
