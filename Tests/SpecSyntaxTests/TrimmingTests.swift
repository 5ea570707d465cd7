import SpecSyntax
import Testing

struct TrimmingTests {
    @Test func whiteSpaceOfEveryKindGoesFromBothEndsOnly() {
        #expect(" \t Иванова\u{00A0}Анна \u{00A0}\r\n".trimmingWhitespace() == "Иванова\u{00A0}Анна")
        #expect("\u{2003}7 «А»\u{2009}".trimmingWhitespace() == "7 «А»")
    }

    @Test func textOfWhiteSpaceOnlyBecomesEmpty() {
        #expect(" \t\n ".trimmingWhitespace() == "")
        #expect("".trimmingWhitespace() == "")
    }
}
