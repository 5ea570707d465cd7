import Foundation
import Testing
import TestSupport

@testable import DocumentEngine

/// Every error of the engine says what kind it is, so a caller acts on it without reading the
/// message: refuse a hostile upload, ask for the missing data, send the template back to its author.
@Suite struct ErrorKindTests {
    static let badInputs = Paths.root + "/Fixtures/bad-inputs"

    /// The kind each refused file of `Fixtures/bad-inputs` must give.
    static let badInputKinds: [String: TemplateProblem.Kind] = [
        "not-a-zip.docx": .archive(.notAZip),
        "truncated.docx": .archive(.notAZip),
        "encrypted.docx": .archive(.encrypted),
        "escaping-path.docx": .archive(.unsafeEntryName),
        "absolute-path.docx": .archive(.unsafeEntryName),
        "duplicate-entries.docx": .archive(.duplicatePart),
        "missing-main-part.docx": .notADocument,
        "zip-bomb.docx": .archive(.tooLarge),
        "malformed-xml.docx": .xml(.malformed),
        "doctype-xxe.docx": .xml(.doctype),
        "billion-laughs.docx": .xml(.doctype),
        "deep-sections.docx": .unclosedSection,
        "too-many-tags.docx": .tooManyTags,
    ]

    /// The refused files `cases.tsv` lists.
    static var refusedBadInputs: [String] {
        let text = (try? String(contentsOfFile: badInputs + "/cases.tsv", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count > 2 && fields[2] != "0" ? String(fields[0]) : nil
        }
    }

    static func compileError(_ bytes: [UInt8], file: String = "t.docx", filters: FilterRegistry = .standard,
        options: CompileOptions = CompileOptions()) -> TemplateError?
    {
        do {
            _ = try CompiledTemplate.compile(bytes: bytes, file: file, filters: filters, options: options)
            return nil
        } catch {
            return error
        }
    }

    static func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    // MARK: Archives and templates

    @Test func everyRefusedBadInputHasItsKindHere() {
        #expect(!Self.refusedBadInputs.isEmpty)
        #expect(Set(Self.refusedBadInputs) == Set(Self.badInputKinds.keys), "a case of cases.tsv without a kind here, or the reverse")
    }

    @Test(arguments: refusedBadInputs)
    func aBadInputGivesItsKind(file: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.badInputs + "/" + file)))
        let error = try #require(Self.compileError(bytes, file: file), "\(file) was accepted")
        #expect(error.kinds == [Self.badInputKinds[file]], "\(error)")
    }

    @Test func theValidBadInputCompiles() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.badInputs + "/valid.docx")))
        #expect(Self.compileError(bytes) == nil)
    }

    @Test func aPartThatInflatesFarMoreThanDocumentsDoIsAZipBomb() {
        var zip = RawZip()
        zip.add("word/document.xml", HostileTemplateTests.document, claimedSize: 10_000_000)
        let error = Self.compileError(zip.bytes)
        #expect(error?.kinds == [.archive(.zipBomb)], "\(String(describing: error))")
    }

    @Test func archiveReadingErrorsHaveTheirKinds() throws {
        var zip = RawZip()
        zip.add("a.xml", "<a/>")
        zip.add("b.xml", "<b/>")
        var limits = ArchiveLimits()
        limits.maximumEntryCount = 1
        #expect(throws: ArchiveError.self) { try ArchiveReader(bytes: zip.bytes, file: "z.docx", limits: limits) }
        do {
            _ = try ArchiveReader(bytes: zip.bytes, file: "z.docx", limits: limits)
        } catch {
            #expect(error.kind == .tooManyEntries)
        }
        let reader = try ArchiveReader(bytes: zip.bytes, file: "z.docx")
        do {
            _ = try reader.read("c.xml")
            Issue.record("a part that is not there was read")
        } catch {
            #expect(error.kind == .missingPart)
            #expect(error.part == "c.xml")
        }
        do {
            _ = try ArchiveReader(bytes: [], file: "empty.docx")
            Issue.record("an empty file was opened")
        } catch {
            #expect(error.kind == .notAZip)
        }
    }

    @Test func aFinishedWriterFailsAsAWriteFailure() throws {
        let writer = try ArchiveWriter(name: "w.docx")
        try writer.add("word/document.xml", bytes: Array("<x/>".utf8))
        _ = try writer.finish()
        do {
            try writer.add("more.xml", bytes: [])
            Issue.record("a finished writer took more")
        } catch {
            #expect(error.kind == .writeFailed)
        }
    }

    @Test func tagMistakesHaveTheirKinds() throws {
        let cases: [(String, TemplateProblem.Kind)] = [
            ("{{ name | dativ }}", .unknownFilter),
            ("{{ d | date }}", .wrongArgumentCount),
            ("{{ name | }}", .syntax(.missingName)),
            ("{{ @nothing }}", .syntax(.unknownLoopVariable)),
            ("{{ a b }}", .syntax(.unexpectedText)),
            ("{{ org.name", .unclosedTag),
            ("{{#a}}x", .unclosedSection),
            ("x{{/a}}", .unmatchedClose),
            ("{{#a pagebreak}}x{{/a}}", .misplacedSection),
        ]
        for (text, kind) in cases {
            let error = Self.compileError(try SamplePackages.docx(body: Self.paragraph(text)))
            #expect(error?.kinds == [kind], "\(text): \(String(describing: error))")
        }
    }

    @Test func aTagSplitAcrossParagraphsIsItsOwnKind() throws {
        let body = Self.paragraph("Я, {{ person.") + Self.paragraph("full_name }}, даю согласие")
        #expect(Self.compileError(try SamplePackages.docx(body: body))?.kinds == [.tagSplitAcrossParagraphs])
    }

    @Test func everyProblemOfATemplateKeepsItsOwnKind() throws {
        let body = Self.paragraph("{{ name | dativ }}") + Self.paragraph("{{#open}}")
        let error = try #require(Self.compileError(try SamplePackages.docx(body: body)))
        #expect(error.problems.map(\.kind) == [.unknownFilter, .unclosedSection])
        #expect(error.problems.map(\.location?.paragraph) == [1, 2])
    }

    @Test func aTextTemplateReportsKindsToo() {
        do {
            _ = try TextTemplate("{{ surname | shout }} {{#list}}")
            Issue.record("accepted")
        } catch {
            #expect(error.kinds == [.unknownFilter, .syntax(.sectionNotAllowed)])
        }
    }

    @Test func tagParserErrorsHaveTheirKinds() {
        let cases: [(String, TagSyntaxError.Kind)] = [
            ("{{}}", .empty), ("{ a }", .notATag), ("{{ a | date: \"dd }}", .unclosedQuote),
            ("{{ .a }}", .invalidPath), ("{{ list.0 }}", .invalidPath), ("{{^a pagebreak}}", .misplacedPageBreak),
            ("{{ a | date: }}", .missingArgument),
        ]
        for (source, kind) in cases {
            do {
                _ = try TagParser.parse(source)
                Issue.record("\(source) parsed")
            } catch {
                #expect(error.kind == kind, "\(source): \(error.message)")
            }
        }
    }

    // MARK: Rendering

    static func renderError(_ text: String, _ data: TemplateValue, filters: FilterRegistry = .standard) throws -> RenderError? {
        let template = try CompiledTemplate.compile(bytes: try SamplePackages.docx(body: paragraph(text)), file: "t.docx", filters: filters)
        let renderer = try DocumentRenderer(template)
        do {
            _ = try renderer.render(data)
            return nil
        } catch {
            return error
        }
    }

    @Test func renderingProblemsHaveTheirKinds() throws {
        #expect(try Self.renderError("{{ a }}", [:])?.kinds == [.missingValue])
        #expect(try Self.renderError("{{#a}}x{{/a}}", [:])?.kinds == [.missingSection])
        #expect(try Self.renderError("{{ a }}", ["a": ["b": "c"]])?.kinds == [.wrongValueType])
        #expect(try Self.renderError("{{ a | date: \"dd\" }}", ["a": "не дата"])?.kinds == [.filterFailed(.invalidValue)])
        #expect(try Self.renderError("{{ a | upper }}", ["a": ["b": "c"]])?.kinds == [.filterFailed(.wrongValueType)])
        #expect(try Self.renderError("{{ a }} {{ b | upper }}", ["b": "x"])?.problems.map(\.kind) == [.missingValue])
    }

    @Test func aFilterMissingAtRenderTimeIsAnUnknownFilter() throws {
        let shout = Filter.text("shout") { $0.uppercased() }
        let template = try CompiledTemplate.compile(bytes: try SamplePackages.docx(body: Self.paragraph("{{ a | shout }}")), file: "t.docx",
            filters: FilterRegistry.standard.merging(FilterRegistry([shout])))
        let renderer = try DocumentRenderer(template, filters: .standard)
        do {
            _ = try renderer.render(["a": "x"])
            Issue.record("rendered without its filter")
        } catch {
            #expect(error.kinds == [.unknownFilter])
        }
    }

    @Test func aLineOfTextReportsRenderingKinds() throws {
        let line = try TextTemplate("{{ surname }} {{ born | date: \"yyyy\" }}")
        guard case .failure(let failure) = line.render(["born": "вчера"]) else {
            Issue.record("rendered")
            return
        }
        #expect(failure.kinds == [.missingValue, .filterFailed(.invalidValue)])
        #expect(failure.messages.count == 2)
    }

    /// What a web service does with an upload and a record: refuse the file, or ask for data.
    enum Response: Equatable { case refuseUpload, askForData, fixTemplate }

    static func response(to error: any Error) -> Response {
        switch error {
        case let error as TemplateError where error.kinds.contains(where: { if case .archive = $0 { true } else { false } }):
            .refuseUpload
        case let error as RenderError where error.kinds.isSubset(of: [.missingValue, .missingSection, .filterFailed(.invalidValue)]):
            .askForData
        default:
            .fixTemplate
        }
    }

    @Test func aCallerTellsAZipBombFromAMissingValueByKind() throws {
        let bomb = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.badInputs + "/zip-bomb.docx")))
        let bombError = try #require(Self.compileError(bomb, file: "zip-bomb.docx"))
        let valid = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.badInputs + "/valid.docx")))
        let template = try CompiledTemplate.compile(bytes: valid, file: "valid.docx")
        let renderer = try DocumentRenderer(template)
        let missing: RenderError
        do {
            _ = try renderer.render([:])
            Issue.record("rendered without data")
            return
        } catch {
            missing = error
        }
        #expect(Self.response(to: bombError) == .refuseUpload)
        #expect(Self.response(to: missing) == .askForData)
        #expect(missing.kinds == [.missingValue])
    }

    /// The library states the fact; advice about a command's options is the command's to give.
    @Test func messagesGiveNoCommandLineAdvice() throws {
        let errors: [any Error] = [
            try #require(try Self.renderError("{{#copies}}x{{/copies}} {{ a }}", [:])),
            try #require(Self.compileError(Array("not a zip".utf8))),
        ]
        for error in errors {
            #expect(!"\(error)".contains("--"), "\(error)")
        }
    }
}
