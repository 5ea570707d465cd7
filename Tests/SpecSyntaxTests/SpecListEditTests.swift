import Foundation
import Testing

@testable import SpecSyntax

/// One entry of a list put into a spec by editing its lines only.
@Suite struct SpecListEditTests {
    static let spec = """
        # Школа: комментарий в начале
        programme:
          year: 2026

        people:
        # Первый
        -   id: s1                 # код
            full_name: Белова Дарья
            # телефон у мамы
            phone: +7 900
            representative:
              full_name: Белова Марина   # мать
              relation: mother
            document: { kind: passport, number: "000011" }

        # Второй
        -   id: s2
            full_name: Орлов Олег
        pairs:
          - id: p1
        """

    func put(_ fields: [SpecField], in text: String = spec, list: String = "people", replacing id: String?) throws -> String {
        let edited = try SpecListEdit.put(fields, inList: list, replacing: id, in: Array(text.utf8), file: "t.spec")
        return String(decoding: edited.bytes, as: UTF8.self)
    }

    func values(_ text: String, _ list: String = "people") throws -> [SpecValue] {
        try SpecParser.parse(Array(text.utf8), file: "t.spec")[list]!.items.map(SpecValue.init)
    }

    static var s1: [SpecField] { [
        SpecField("id", .text("s1")), SpecField("full_name", .text("Белова Дарья")), SpecField("phone", .text("+7 900")),
        SpecField("representative", .fields([SpecField("full_name", .text("Белова Марина")), SpecField("relation", .text("mother"))], .block)),
        SpecField("document", .fields([SpecField("kind", .text("passport")), SpecField("number", .text("000011"))], .inline)),
    ] }

    @Test func anEntryWithTheSameValuesLeavesTheFileAsItWas() throws {
        #expect(try put(Self.s1, replacing: "s1") == Self.spec)
    }

    @Test func aChangedFieldIsTheOnlyLineWrittenAnew() throws {
        var fields = Self.s1
        fields[2] = SpecField("phone", .text("+7 900 000-00-11"))
        let edited = try put(fields, replacing: "s1")
        #expect(edited == Self.spec.replacingOccurrences(of: "    phone: +7 900\n", with: "    phone: +7 900 000-00-11\n"))
    }

    @Test func aChangeInsideTheRepresentativeKeepsItsOtherLinesAndComments() throws {
        var fields = Self.s1
        fields[3] = SpecField("representative", .fields([SpecField("full_name", .text("Белова Марина")), SpecField("relation", .text("guardian")),
            SpecField("phone", .text("+7 901"))], .block))
        let edited = try put(fields, replacing: "s1")
        #expect(edited == Self.spec.replacingOccurrences(of: "      relation: mother\n", with: "      relation: guardian\n      phone: \"+7 901\"\n")
            || edited == Self.spec.replacingOccurrences(of: "      relation: mother\n", with: "      relation: guardian\n      phone: +7 901\n"))
        #expect(edited.contains("full_name: Белова Марина   # мать"))
    }

    @Test func aFieldLeftEmptyIsRemovedAndANewOneGoesLast() throws {
        var fields = Self.s1
        fields[2] = SpecField("phone", .text(""))
        fields.append(SpecField("class", .text("10 «А» класс")))
        let edited = try put(fields, replacing: "s1")
        #expect(!edited.contains("+7 900"))
        #expect(edited.contains("    # телефон у мамы\n    representative:"))
        #expect(edited.contains("    document: { kind: passport, number: \"000011\" }\n    class: 10 «А» класс\n\n# Второй"))
        #expect(try values(edited)[0]["class"]?.text == "10 «А» класс")
    }

    @Test func theFirstFieldChangedKeepsTheDashAndItsIndentation() throws {
        var fields = Self.s1
        fields[0] = SpecField("id", .text("s9"))
        let edited = try put(fields, replacing: "s1")
        #expect(edited.contains("# Первый\n-   id: s9\n    full_name: Белова Дарья"))
        #expect(try values(edited).map { $0["id"]?.text } == ["s9", "s2"])
    }

    @Test func aNewEntryGoesAfterTheLastAtTheListsIndentation() throws {
        let added = [SpecField("id", .text("s3")), SpecField("full_name", .text("Лебедев Лев")),
            SpecField("mentees", .list([.text("s1"), .text("s2")], .inline))]
        let edited = try put(added, replacing: nil)
        #expect(edited.contains("    full_name: Орлов Олег\n-   id: s3\n    full_name: Лебедев Лев\n    mentees: [s1, s2]\npairs:"))
        #expect(edited.replacingOccurrences(of: "-   id: s3\n    full_name: Лебедев Лев\n    mentees: [s1, s2]\n", with: "") == Self.spec)
        let pairs = try put([SpecField("id", .text("p2"))], list: "pairs", replacing: nil)
        #expect(pairs == Self.spec + "\n  - id: p2\n")
    }

    @Test func aListThatIsEmptyOrMissingIsStarted() throws {
        let empty = "people: []   # никого\nother: 1\n"
        #expect(try put([SpecField("id", .text("s1"))], in: empty, replacing: nil) == "people:\n  - id: s1\nother: 1\n")
        let bare = "# только люди\npeople:\n\nother: 1\n"
        #expect(try put([SpecField("id", .text("s1"))], in: bare, replacing: nil) == "# только люди\npeople:\n  - id: s1\n\nother: 1\n")
        let none = "other: 1"
        #expect(try put([SpecField("id", .text("s1"))], in: none, replacing: nil) == "other: 1\npeople:\n  - id: s1\n")
    }

    @Test func windowsLineEndsAreKeptAndUsedForNewLines() throws {
        let crlf = Self.spec.replacingOccurrences(of: "\n", with: "\r\n")
        var fields = Self.s1
        fields[2] = SpecField("phone", .text("+7 911"))
        let edited = try put(fields, in: crlf, replacing: "s1")
        #expect(edited == crlf.replacingOccurrences(of: "    phone: +7 900\r\n", with: "    phone: +7 911\r\n"))
    }

    @Test func anyTextIsWrittenSoThatItReadsBack() throws {
        let texts = ["Цель: успеваемость", "- первый", "#1", "a # b", "\"кавычки\" и 'апострофы'", "строка\nвторая", "  пробелы  ",
            "запятая, [скобки] {и} ещё", "ends:", "\\обратная\\", "табуляция\tвнутри", "\u{00A0}неразрывный", "ё — «ёлочки»", "true", "~", "@x", "%"]
        for text in texts {
            let fields = [SpecField("id", .text("s1")), SpecField("note", .text(text)),
                SpecField("inline", .fields([SpecField("a", .text(text)), SpecField("b", .list([.text(text), .text("x")], .inline))], .inline)),
                SpecField("block", .list([.text(text)], .block))]
            let edited = try put(fields, in: "people:\n  - id: s1\n", replacing: "s1")
            let value = try values(edited)[0]
            #expect(value["note"]?.text == SpecValue.trimmed(text), "\(text)")
            #expect(value["inline"]?["a"]?.text == SpecValue.trimmed(text), "\(text)")
            #expect(value["inline"]?["b"] == .list([.text(SpecValue.trimmed(text)), .text("x")], .block), "\(text)")
            #expect(value["block"] == .list([.text(SpecValue.trimmed(text))], .block), "\(text)")
        }
    }

    @Test func whatCannotBeEditedLineByLineIsRefused() throws {
        #expect(throws: SpecEditError.noEntry("s7")) { try put(Self.s1, replacing: "s7") }
        #expect(throws: SpecEditError.inlineList("people")) {
            try put(Self.s1, in: "people: [{ id: s1 }]\n", replacing: "s1")
        }
        #expect(throws: SpecEditError.notAList("people")) { try put(Self.s1, in: "people: всё\n", replacing: nil) }
        #expect {
            try put(Self.s1, in: "people:\n  - id: s1\n  - id: s1\n    x: 1\n   y: 2\n", replacing: "s1")
        } throws: { error in
            if case .unreadable = error as? SpecEditError { true } else { false }
        }
    }

    @Test func anEntryWrittenOnOneLineIsWrittenAnewAsLines() throws {
        let text = "people:\n  - { id: s1, full_name: Белова Дарья }  # одна строка\n  - id: s2\n"
        let edited = try put([SpecField("id", .text("s1")), SpecField("full_name", .text("Белова Дарья Сергеевна"))], in: text, replacing: "s1")
        #expect(edited == "people:\n  - id: s1\n    full_name: Белова Дарья Сергеевна\n  - id: s2\n")
    }

    // MARK: Removing

    func remove(_ id: String, from text: String = spec, list: String = "people") throws -> String {
        String(decoding: try SpecListEdit.remove(id, inList: list, in: Array(text.utf8), file: "t.spec").bytes, as: UTF8.self)
    }

    @Test func aRemovedEntryTakesOnlyItsLinesAndEveryOtherLineStays() throws {
        #expect(try remove("s1") == """
            # Школа: комментарий в начале
            programme:
              year: 2026

            people:
            # Первый

            # Второй
            -   id: s2
                full_name: Орлов Олег
            pairs:
              - id: p1
            """)
        #expect(try remove("s2") == Self.spec.replacingOccurrences(of: "-   id: s2\n    full_name: Орлов Олег\n", with: ""))
        #expect(try remove("p1", list: "pairs") == Self.spec.replacingOccurrences(of: "  - id: p1", with: ""))
    }

    @Test func theLastEntryLeavesAnEmptyListAndLineEndsAreKept() throws {
        #expect(try remove("s1", from: "people:\n  - id: s1\n    x: 1\npairs:\n  - id: p1\n") == "people:\npairs:\n  - id: p1\n")
        #expect(try SpecParser.parse(Array("people:\npairs:\n  - id: p1\n".utf8), file: "t.spec")["people"]?.items.isEmpty == true)
        #expect(try remove("a", from: "people:\r\n  - id: a\r\n  - id: b\r\n") == "people:\r\n  - id: b\r\n")
    }

    @Test func whatCannotBeRemovedLineByLineIsRefused() throws {
        #expect(throws: SpecEditError.noEntry("s7")) { try remove("s7") }
        #expect(throws: SpecEditError.noEntry("s1")) { try remove("s1", list: "mentors") }
        #expect(throws: SpecEditError.inlineList("people")) { try remove("s1", from: "people: [{ id: s1 }, { id: s2 }]\n") }
    }
}
