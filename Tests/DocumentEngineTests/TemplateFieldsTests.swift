import Testing
import DocumentEngine

@Suite struct TemplateFieldsTests {
    @Test func setReplaceAndRemoveKeepTheOrderOfFirstSetting() {
        var fields: TemplateFields = ["surname": "Орлова", "name": "Вера"]
        fields["surname"] = "Белова"
        fields["age"] = "15"
        fields["name"] = nil
        #expect(fields.names.map(\.text) == ["surname", "age"])
        #expect(fields["surname"] == "Белова")
        #expect(fields["name"] == nil)
        #expect(fields.count == 2)
    }

    @Test func equalityIgnoresOrder() {
        let one: TemplateFields = ["a": "1", "b": ["x": true]]
        let other: TemplateFields = ["b": ["x": true], "a": "1"]
        #expect(one == other)
        #expect(one != ["a": "1", "b": ["x": false]])
        #expect(one != ["a": "1"])
    }

    @Test func namesMatchAsSwiftStringsDo() {
        // «й» precomposed and as «и» with a combining breve: one name to a reader, and to Swift.
        var fields = TemplateFields()
        fields["район"] = "Центральный"
        #expect(fields["раи\u{306}он"] == "Центральный")
    }

    @Test func largeGroupsStayCorrectPastTheIndexThreshold() {
        var fields = TemplateFields()
        for number in 0..<200 { fields["field\(number)"] = .text(String(number)) }
        #expect(fields["field0"] == "0")
        #expect(fields["field199"] == "199")
        #expect(fields["field200"] == nil)
        for number in stride(from: 0, to: 200, by: 2) { fields["field\(number)"] = nil }
        #expect(fields.count == 100)
        #expect(fields["field2"] == nil)
        #expect(fields["field3"] == "3")
        #expect(fields.names.first?.text == "field1")
        for number in 0..<190 { fields["field\(number)"] = nil }
        #expect(fields.names.map(\.text) == (190..<200).filter { $0 % 2 == 1 }.map { "field\($0)" })
        #expect(fields["field191"] == "191")
    }

    @Test func renderingLooksNamesUpThroughNestedGroupsAndLoops() throws {
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>{{#pupils}}{{ name }} ({{ school.name }}){{/pupils}}</w:t></w:r></w:p>")
        let xml = try SamplePackages.fill(bytes, ["school": ["name": "СОШ № 1"], "pupils": [["name": "Орлова"], ["name": "Белова"]]])
        #expect(SamplePackages.text(ofXML: xml) == "Орлова (СОШ № 1)Белова (СОШ № 1)\n")
    }
}
