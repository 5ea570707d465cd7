import CalendarDays
import DocumentEngine
import Foundation
import Testing
import TestSupport

/// The code of the article «Fill a template from your own data», compiled and run: each Swift block
/// of the article stands in this file as it is printed there.
@Suite struct FillATemplateArticleTests {
    static let article = Paths.root + "/Sources/DocumentEngine/DocumentEngine.docc/FillATemplateFromYourOwnData.md"

    struct Certificate: Encodable {
        struct Module: Encodable {
            var title: String
            var hours: Int
        }
        var recipient: String
        var course: String
        var issued: CalendarDay
        var modules: [Module]
    }

    static func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    let templateBytes = try! SamplePackages.docx(body: [
        "Сертификат выдан: {{ recipient }}",
        "Курс «{{ course }}», {{ issued | date: \"dd.MM.yyyy\" }}",
        "{{#modules}}{{ title }} — {{ hours }} ч.{{^@last}}; {{/@last}}{{/modules}}",
    ].map(Self.paragraph).joined())

    static func text(of document: [UInt8]) throws -> String {
        let main = try ArchiveReader(bytes: document, file: "filled.docx").read("word/document.xml")
        return SamplePackages.text(ofXML: String(decoding: main, as: UTF8.self))
    }

    @Test func everyBlockOfTheArticleIsCompiledHere() throws {
        #expect(try ArticleCode.blocks(ofArticleAt: Self.article).count == 5)
        #expect(try ArticleCode.blocks(ofArticleAt: Self.article, missingFrom: #filePath) == [])
    }

    @Test func aCompiledTemplateIsFilledFromAnEncodableValue() throws {
        let template = try CompiledTemplate.compile(bytes: templateBytes, file: "certificate.docx")
        let renderer = try DocumentRenderer(template)
        let certificate = Certificate(
            recipient: "Анна Соколова", course: "Наставничество в школе", issued: CalendarDay(year: 2026, month: 11, day: 19)!,
            modules: [.init(title: "Роли и формы", hours: 8), .init(title: "Планирование", hours: 16)])
        let filled: [UInt8] = try renderer.render(TemplateValue(encoding: certificate))

        let text = try Self.text(of: filled)
        #expect(text.contains("Сертификат выдан: Анна Соколова"))
        #expect(text.contains("Курс «Наставничество в школе», 19.11.2026"))
        #expect(text.contains("Роли и формы — 8 ч.; Планирование — 16 ч."))
    }

    @Test func aLongListIsMadeAsItIsPrinted() throws {
        let templateBytes = try SamplePackages.docx(body: Self.paragraph("{{#pupils}}{{ number }}. {{ name }} {{/pupils}}"))
        let renderer = try DocumentRenderer(try CompiledTemplate.compile(bytes: templateBytes, file: "list.docx"))
        struct Pupil { var name: String }
        let pupils = [Pupil(name: "Ильин"), Pupil(name: "Орлова")]
        let rows = LazyList(count: pupils.count) { index in
            ["number": TemplateValue(index + 1), "name": .text(pupils[index].name)]
        }
        let filled = try renderer.render(["pupils": .lazyList(rows)])
        #expect(try Self.text(of: filled).contains("1. Ильин 2. Орлова"))
    }

    @Test func ownFiltersTravelWithTheTemplate() throws {
        let templateBytes = try SamplePackages.docx(body: Self.paragraph("{{ recipient | shout }}"))
        var filters = FilterRegistry.standard
        filters.register(Filter.text("shout") { $0.uppercased() + "!" })
        let loud = try CompiledTemplate.compile(bytes: templateBytes, file: "certificate.docx", filters: filters)
        let shouted = try DocumentRenderer(loud).render(["recipient": "Анна"])
        #expect(try Self.text(of: shouted).contains("АННА!"))
    }

    func fill(_ upload: [UInt8], with data: TemplateValue) throws -> String {
        let template: CompiledTemplate
        do throws(TemplateError) {
            template = try CompiledTemplate.compile(bytes: upload, file: "upload.docx")
        } catch {
            if error.kinds.contains(.archive(.tooLarge)) { return "refused: the file unpacks into too much" }
            return "the template needs fixing:\n\(error)"
        }
        let renderer = try DocumentRenderer(template)
        do throws(RenderError) {
            return "filled, \(try renderer.render(data).count) bytes"
        } catch {
            if error.kinds.contains(.missingValue) { return "the data lacks a value:\n\(error)" }
            return "the data does not fit the template:\n\(error)"
        }
    }

    @Test func aBadTemplateIsToldFromBadDataByKind() throws {
        let bomb = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Paths.root + "/Fixtures/bad-inputs/zip-bomb.docx")))
        #expect(try fill(bomb, with: [:]) == "refused: the file unpacks into too much")
        #expect(try fill(Array("not a document".utf8), with: [:]).hasPrefix("the template needs fixing:\nupload.docx"))
        #expect(try fill(templateBytes, with: ["course": "Наставничество"]).hasPrefix("the data lacks a value:\n"))
        let complete = try TemplateValue(encoding: Certificate(recipient: "А", course: "Б", issued: CalendarDay(year: 2026, month: 1, day: 9)!, modules: []))
        #expect(try fill(templateBytes, with: complete).hasPrefix("filled, "))
    }

    @Test func messagesNameTheTagNotTheValues() throws {
        let message = try fill(templateBytes, with: ["course": "Секретный курс"])
        #expect(message.contains("recipient"))
        #expect(!message.contains("Секретный курс"))
    }
}
