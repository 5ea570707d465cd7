import CalendarDays
import DocumentEngine
import Foundation
import Testing

/// Swift's own values as template data: what each prints as, in a filled document.
@Suite struct TemplateValueBuildingTests {
    @Test func numbersPrintAsTheirText() {
        #expect(TemplateValue(42) == .text("42"))
        #expect(TemplateValue(-7 as Int8) == .text("-7"))
        #expect(TemplateValue(UInt64.max) == .text("18446744073709551615"))
        #expect(TemplateValue(5000.0) == .text("5000"), "a whole number without a decimal point")
        #expect(TemplateValue(0.25) == .text("0.25"))
        #expect(TemplateValue(-1.5) == .text("-1.5"))
        #expect(TemplateValue(Decimal(string: "5000.50")!) == .text("5000.5"))
        #expect(TemplateValue(Double.nan) == .null, "not a number is no number")
        #expect(TemplateValue(Double.infinity) == .null)
        #expect(TemplateValue(Decimal.nan) == .null)
        let fields: TemplateValue = ["months": 8, "rate": 0.5]
        #expect(fields == .map(["months": .text("8"), "rate": .text("0.5")]))
    }

    @Test func yesNoTextListsAndGroups() {
        #expect(TemplateValue(true) == .bool(true))
        #expect(TemplateValue("текст") == .text("текст"))
        #expect(TemplateValue([TemplateValue("a"), TemplateValue(1)]) == .list(["a", "1"]))
        #expect(TemplateValue((1...3).map { TemplateValue($0) }) == .list(["1", "2", "3"]))
        let group = TemplateValue(["b": "2", "a": "1", "c": ["x": true]])
        guard case .map(let fields) = group else {
            Issue.record("a dictionary is a group")
            return
        }
        #expect(fields.names.map(\.text) == ["a", "b", "c"], "a dictionary's names are sorted")
        #expect(group["c"]?["x"] == .bool(true))
    }

    @Test func datesAreDaysInTheGivenTimeZone() throws {
        #expect(TemplateValue(CalendarDay(year: 2026, month: 9, day: 1)!) == .text("2026-09-01"))
        // 2026-08-31 22:30 UTC is already 1 September in Moscow (UTC+3), still 31 August in New York.
        let moment = Date(timeIntervalSince1970: 1_788_215_400)
        #expect(TemplateValue(moment, in: TimeZone(identifier: "Europe/Moscow")!) == .text("2026-09-01"))
        #expect(TemplateValue(moment, in: TimeZone(identifier: "UTC")!) == .text("2026-08-31"))
        #expect(TemplateValue(moment, in: TimeZone(identifier: "America/New_York")!) == .text("2026-08-31"))
        #expect(TemplateValue(Date(timeIntervalSince1970: -1), in: TimeZone(identifier: "UTC")!) == .text("1969-12-31"))
        #expect(TemplateValue(Date(timeIntervalSince1970: 951_782_400), in: TimeZone(identifier: "UTC")!) == .text("2000-02-29"))
    }

    @Test func builtValuesFillADocument() throws {
        let template = try SamplePackages.docx(body: """
            <w:p><w:r><w:t>{{ months | default: "—" }} мес., ставка {{ rate }}, с {{ start | date: "dd.MM.yyyy" }}</w:t></w:r></w:p>\
            <w:p><w:r><w:t>{{#paid}}оплачивается{{/paid}}{{^paid}}без оплаты{{/paid}}</w:t></w:r></w:p>\
            <w:p><w:r><w:t>{{#items}}{{.}};{{/items}}</w:t></w:r></w:p>
            """)
        let data = TemplateValue([
            "months": TemplateValue(8), "rate": TemplateValue(0.25),
            "start": TemplateValue(CalendarDay(year: 2026, month: 9, day: 1)!), "paid": TemplateValue(false),
            "items": TemplateValue([TemplateValue(1), TemplateValue(2.5)]),
        ])
        let text = SamplePackages.text(ofXML: try SamplePackages.fill(template, data))
        #expect(text == "8 мес., ставка 0.25, с 01.09.2026\nбез оплаты\n1;2.5;\n")
    }
}
