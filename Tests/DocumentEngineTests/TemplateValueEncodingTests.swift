import CalendarDays
import DocumentEngine
import Foundation
import Testing

/// Any `Encodable` model as template data, through the engine's own encoder.
@Suite struct TemplateValueEncodingTests {
    struct Person: Encodable {
        var fullName: String
        var phone: String?
        var birthDate: CalendarDay
        var isMinor: Bool
        var months: Int

        enum CodingKeys: String, CodingKey {
            case fullName = "full_name", phone, birthDate = "birth_date", isMinor = "is_minor", months
        }
    }

    struct Pair: Encodable {
        var id: String
        var mentor: Person
        var mentees: [Person]
        var started: Date
        var pay: Decimal?
        var notes: [String: String]
    }

    static let mentor = Person(fullName: "Кравченко Елена Викторовна", phone: "+7 900 000-00-01",
        birthDate: CalendarDay(year: 1979, month: 4, day: 12)!, isMinor: false, months: 8)
    static let mentee = Person(fullName: "Лебедев Лев Романович", phone: nil,
        birthDate: CalendarDay(year: 2014, month: 3, day: 9)!, isMinor: true, months: 8)
    static let pair = Pair(id: "p1", mentor: mentor, mentees: [mentee], started: Date(timeIntervalSince1970: 1_788_215_400),
        pay: Decimal(string: "5000.50"), notes: ["b": "второе", "a": "первое"])

    @Test func aModelBecomesGroupsListsAndTextInItsOrder() throws {
        let value = try TemplateValue(encoding: Self.pair, timeZone: TimeZone(identifier: "Europe/Moscow")!)
        guard case .map(let fields) = value, case .map(let mentor)? = value["mentor"] else {
            Issue.record("a struct is a group")
            return
        }
        #expect(fields.names.map(\.text) == ["id", "mentor", "mentees", "started", "pay", "notes"], "the properties' order")
        #expect(mentor.names.map(\.text) == ["full_name", "phone", "birth_date", "is_minor", "months"], "the coding keys' order")
        #expect(value["mentor"]?["full_name"] == .text("Кравченко Елена Викторовна"))
        #expect(value["mentor"]?["birth_date"] == .text("1979-04-12"), "a day as the date filters read it")
        #expect(value["mentor"]?["is_minor"] == .bool(false))
        #expect(value["mentor"]?["months"] == .text("8"))
        #expect(value["started"] == .text("2026-09-01"), "the day in the time zone given")
        #expect(value["pay"] == .text("5000.5"))
        guard case .list(let mentees)? = value["mentees"], case .map(let notes)? = value["notes"] else {
            Issue.record("an array is a list, a dictionary a group")
            return
        }
        #expect(mentees.count == 1)
        #expect(mentees[0]["phone"] == .null, "nil is null: there, but empty")
        #expect(notes.names.map(\.text) == ["a", "b"], "a dictionary's names sorted")
        #expect(try TemplateValue(encoding: Self.pair, timeZone: TimeZone(identifier: "America/New_York")!)["started"] == .text("2026-08-31"))
    }

    @Test func plainValuesOptionalsAndArraysAtTheTop() throws {
        #expect(try TemplateValue(encoding: "текст") == .text("текст"))
        #expect(try TemplateValue(encoding: 12) == .text("12"))
        #expect(try TemplateValue(encoding: 2.5) == .text("2.5"))
        #expect(try TemplateValue(encoding: Float(0.5)) == .text("0.5"))
        #expect(try TemplateValue(encoding: true) == .bool(true))
        #expect(try TemplateValue(encoding: String?.none) == .null)
        #expect(try TemplateValue(encoding: [1, nil, 3] as [Int?]) == .list(["1", .null, "3"]))
        #expect(try TemplateValue(encoding: URL(string: "https://school.example/mentoring")!) == .text("https://school.example/mentoring"))
        let kept: TemplateValue = ["b": "1", "a": ["x": true]]
        #expect(try TemplateValue(encoding: ["data": kept]) == .map(["data": kept]), "a TemplateValue inside is kept as it is")
    }

    /// A hand-written `encode(to:)` with nested containers and a superclass's encoder.
    struct Custom: Encodable {
        enum Keys: String, CodingKey { case name, address, parts, base }
        enum AddressKeys: String, CodingKey { case city, street }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("МБОУ «СОШ № 99»", forKey: .name)
            var address = container.nestedContainer(keyedBy: AddressKeys.self, forKey: .address)
            try address.encode("Примерск", forKey: .city)
            try address.encodeNil(forKey: .street)
            var parts = container.nestedUnkeyedContainer(forKey: .parts)
            try parts.encode(1)
            var inner = parts.nestedContainer(keyedBy: AddressKeys.self)
            try inner.encode("Учебная", forKey: .street)
            var base = container.superEncoder(forKey: .base).singleValueContainer()
            try base.encode(true)
        }
    }

    @Test func nestedContainersAndSuperEncoders() throws {
        let value = try TemplateValue(encoding: Custom())
        #expect(value == [
            "name": "МБОУ «СОШ № 99»",
            "address": ["city": "Примерск", "street": nil],
            "parts": ["1", ["street": "Учебная"]],
            "base": true,
        ])
    }

    struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    struct Failing: Encodable {
        struct Refused: Error {}
        func encode(to encoder: any Encoder) throws { throw Refused() }
    }

    @Test func aValueThatEncodesNothingOrFailsIsAnError() throws {
        #expect(throws: EncodingError.self) { try TemplateValue(encoding: Nothing()) }
        #expect(throws: Failing.Refused.self) { try TemplateValue(encoding: ["a": Failing()]) }
        #expect(try TemplateValue(encoding: ["empty": Nothing()]) == .map(["empty": .null]), "nothing inside a group is null")
    }

    /// What the model gives, printed by a template: nil hides a section and is reported as missing
    /// when printed, as any null is.
    @Test func anEncodedModelFillsATemplate() throws {
        let template = try SamplePackages.docx(body: """
            <w:p><w:r><w:t>{{ mentor.full_name }}, {{ mentor.birth_date | date: "dd.MM.yyyy" }}, с {{ started | date: "dd.MM.yyyy" }}</w:t></w:r></w:p>\
            <w:p><w:r><w:t>{{#mentees}}{{ full_name }}{{#phone}} тел. {{ phone }}{{/phone}}{{^phone}} без телефона{{/phone}}{{/mentees}}</w:t></w:r></w:p>
            """)
        let data = try TemplateValue(encoding: Self.pair, timeZone: TimeZone(identifier: "Europe/Moscow")!)
        let text = SamplePackages.text(ofXML: try SamplePackages.fill(template, data))
        #expect(text == "Кравченко Елена Викторовна, 12.04.1979, с 01.09.2026\nЛебедев Лев Романович без телефона\n")

        let printsPhone = try SamplePackages.docx(body: "<w:p><w:r><w:t>{{#mentees}}{{ phone }}{{/mentees}}</w:t></w:r></w:p>")
        #expect(throws: RenderError.self) { try SamplePackages.fill(printsPhone, data) }
        #expect(try SamplePackages.fill(printsPhone, data, options: RenderOptions(allowMissing: true)).contains("<w:p"))
    }

    @Test func aTemplateValueEncodesAsItsShape() throws {
        let value: TemplateValue = ["b": "текст", "a": [true, nil]]
        let json = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(value)) as? [String: Any])
        #expect(json["b"] as? String == "текст")
        #expect((json["a"] as? [Any])?.first as? Bool == true)
        #expect((json["a"] as? [Any])?.last is NSNull)
        guard case .map(let fields) = try TemplateValue(encoding: value) else {
            Issue.record("a group encodes as a group")
            return
        }
        #expect(fields.names.map(\.text) == ["b", "a"], "in its order")
        #expect(TemplateValue.map(fields) == value)
    }
}
