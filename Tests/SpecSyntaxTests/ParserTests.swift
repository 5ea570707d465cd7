import Testing

@testable import SpecSyntax

@Suite struct ParserTests {
    func parse(_ text: String) throws(SpecSyntaxError) -> SpecNode { try SpecParser.parse(Array(text.utf8), file: "t.spec") }

    func errors(_ text: String) -> [String] {
        do throws(SpecSyntaxError) {
            _ = try parse(text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func mappingsSequencesAndPositions() throws {
        let root = try parse("""
            school:
              name: Лицей № 5   # комментарий
              classes:
                - 5 «А»
                - 6 «Б»
            people:
            - id: s1
              name: Белова
            - id: s2
            """)
        #expect(root["school"]?["name"]?.scalar?.text == "Лицей № 5")
        #expect(root["school"]?["classes"]?.items.map { $0.scalar?.text } == ["5 «А»", "6 «Б»"])
        #expect(root["people"]?.items.count == 2)
        #expect(root["people"]?.items[0]["name"]?.scalar?.text == "Белова")
        let name = try #require(root["school"]?["name"])
        #expect(name.location == SourceLocation(file: "t.spec", line: 2, column: 9))
        #expect(root["people"]?.items[1]["id"]?.location.column == 7)
        #expect(root["people"]?.items[1].entries.first?.keyLocation.column == 3)
    }

    @Test func quotedScalarsColonsAndHashes() throws {
        let root = try parse("""
            a: "время: 10:00 # не комментарий"
            b: 'it''s'
            c: "\\u0416\\tок\\n"
            "ключ с: двоеточием": да
            """)
        #expect(root["a"]?.scalar?.text == "время: 10:00 # не комментарий")
        #expect(root["b"]?.scalar?.text == "it's")
        #expect(root["c"]?.scalar?.text == "Ж\tок\n")
        #expect(root["ключ с: двоеточием"]?.scalar?.text == "да")
    }

    @Test func flowCollections() throws {
        let root = try parse("order: { number: 407, date: 2025-09-01, tags: [a, b, { c: d }] }\nlist: [x,\n  y]")
        #expect(root["order"]?["number"]?.scalar?.text == "407")
        #expect(root["order"]?["tags"]?.items.count == 3)
        #expect(root["order"]?["tags"]?.items[2]["c"]?.scalar?.text == "d")
        #expect(root["list"]?.items.map { $0.scalar?.text } == ["x", "y"])
    }

    @Test func blockScalars() throws {
        let root = try parse("""
            literal: |
              первая
                вторая
            folded: >-
              одна
              строка

              абзац
            next: 1
            """)
        #expect(root["literal"]?.scalar?.text == "первая\n  вторая\n")
        #expect(root["folded"]?.scalar?.text == "одна строка\nабзац")
        #expect(root["next"]?.scalar?.text == "1")
    }

    @Test func valueOnTheNextLineEmptyValuesBOMAndCRLF() throws {
        let root = try SpecParser.parse([0xEF, 0xBB, 0xBF] + Array("a:\r\n  длинное\r\n  значение\r\nb:\r\nc: 1\r\n".utf8), file: "t.spec")
        #expect(root["a"]?.scalar?.text == "длинное значение")
        #expect(root["b"]?.isNull == true)
        #expect(root["c"]?.scalar?.text == "1")
    }

    @Test func errorsWithPositions() {
        #expect(errors("a: 1\na: 2") == ["t.spec:2:1: error: duplicate key “a” (first defined at 1:1)"])
        #expect(errors("a:\n\tb: 1") == ["t.spec:2:1: error: a tab is used for indentation; indent with spaces"])
        #expect(errors("a: &x 1") == ["t.spec:1:4: error: anchors (“&name”) are not supported; write the value out"])
        #expect(errors("a: 1\n---\nb: 2") == ["t.spec:2:1: error: a second document (“---”) is not supported; keep one spec per file"])
        #expect(errors("a: \"open") == ["t.spec:1:4: error: unterminated double-quoted string that starts here; close it with \""])
        #expect(errors("a: [1, 2") == ["t.spec:1:4: error: an unclosed “[” that starts here; close the list with “]”"])
        #expect(errors("a: { b, c: 1 }") == ["t.spec:1:6: error: the key “b” has no value; write “b: value”"])
        #expect(errors("a: \"\\q\"") == ["t.spec:1:5: error: unknown escape “\\q” in a double-quoted string; write \\\\ for a backslash"])
        #expect(errors("a:\n  b: 1\n    c: 2") == ["t.spec:3:5: error: this line is indented under a key that already has a value on its own line; move the value down, or align this line with the key"])
        #expect(errors("a:\n    b: 1\n  c: 2") == ["t.spec:3:3: error: this line is indented by 2 spaces, which matches none of the keys above it; align it with the key it belongs with"])
    }

    @Test func invalidBytesAreReportedWhereTheyStand() {
        let bytes = Array("a: 1\nb: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        do throws(SpecSyntaxError) {
            _ = try SpecParser.parse(bytes, file: "t.spec")
            Issue.record("invalid UTF-8 must fail")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["t.spec:2:4: error: invalid UTF-8 (byte 0xC3); save the file as UTF-8"])
        }
    }

    /// Found by fuzzing: a colon where a flow key should be looped for ever.
    @Test func aMisplacedColonInAFlowMappingEnds() {
        #expect(errors("order:  {:{n umber3te: 2025-09-01 }\n") == ["t.spec:1:10: error: the key “:” has no value; write “:: value”", "t.spec:1:9: error: an unclosed “{” that starts here (“{” found where a key was expected); close it with “}”"])
    }

    @Test func aTenMegabyteLineIsOneErrorAndTheRestIsStillRead() {
        let long = String(repeating: "ж", count: 10_000_000)
        #expect(errors("school:\n  name: \(long)\n  short_name: [unclosed\n") == [
            "t.spec:2:1: error: the line is 10000008 characters long; lines may be at most 100000 (is this a spec?)",
            "t.spec:3:15: error: an unclosed “[” that starts here; close the list with “]”",
        ])
    }
}
