import SpecSyntax
import Testing

/// Values written into a spec (an import writes thousands) are quoted only where the parser would
/// not read them back as they are.
struct ScalarTextTests {
    @Test func plainRussianTextStaysAsItIs() {
        for text in ["Иванов Иван Иванович", "7 «А» класс", "+7 900 0000001", "ёлка – 2026"] {
            #expect(SpecScalarText.written(text) == text)
        }
    }

    @Test func hiddenCharactersAnywhereAndWideSpacesAtTheEndsAreQuoted() {
        #expect(SpecScalarText.written("Иван\u{0085}ов") == "\"Иван\\u0085ов\"")
        #expect(SpecScalarText.written("\u{FEFF}Иванов") == "\"\\uFEFFИванов\"")
        #expect(SpecScalarText.written("Иванов\u{2028}Иван") == "\"Иванов\\u2028Иван\"")
        #expect(SpecScalarText.written("Иванов\u{2029}") == "\"Иванов\\u2029\"")
        #expect(SpecScalarText.written("Иванов\u{00A0}") == "\"Иванов\u{00A0}\"", "a no-break space at the end")
        #expect(SpecScalarText.written("\u{2003}Иванов") == "\"\u{2003}Иванов\"")
        #expect(SpecScalarText.written("Иванова\u{00A0}Анна") == "Иванова\u{00A0}Анна", "a no-break space inside is kept as it is")
    }
}
