import CalendarDays
import Testing

/// Days as spreadsheets count them, checked against what Excel shows for the same serials.
@Suite struct SpreadsheetSerialTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    @Test(arguments: [
        (1.0, "1900-01-01"), (59.0, "1900-02-28"), (61.0, "1900-03-01"), (40344.0, "2010-06-15"),
        (45000.0, "2023-03-15"), (46345.75, "2026-11-19"),
    ])
    func serialsOf1900(serial: Double, day: String) {
        #expect(CalendarDay(spreadsheetSerial: serial, system: .from1900) == Self.day(day))
    }

    @Test func the29thOfFebruary1900NeverWas() {
        #expect(CalendarDay(spreadsheetSerial: 60, system: .from1900) == nil)
        #expect(CalendarDay(spreadsheetSerial: 0, system: .from1900) == nil)
        #expect(CalendarDay(spreadsheetSerial: -5, system: .from1900) == nil)
        #expect(CalendarDay(spreadsheetSerial: .nan, system: .from1900) == nil)
    }

    @Test func the1904SystemIs1462DaysBehind() {
        #expect(CalendarDay(spreadsheetSerial: 0, system: .from1904) == Self.day("1904-01-01"))
        #expect(CalendarDay(spreadsheetSerial: 45000 - 1462, system: .from1904) == Self.day("2023-03-15"))
        #expect(Self.day("2023-03-15").spreadsheetSerial(in: .from1904) == 45000 - 1462)
    }

    @Test func serialsGoBothWays() {
        for text in ["1900-01-01", "1900-02-28", "1900-03-01", "1979-04-12", "2026-12-03", "2099-12-31"] {
            let day = Self.day(text)
            for system in [SpreadsheetDateSystem.from1900, .from1904] {
                guard let serial = day.spreadsheetSerial(in: system) else {
                    #expect(system == .from1904 && day < Self.day("1904-01-01"))
                    continue
                }
                #expect(CalendarDay(spreadsheetSerial: Double(serial), system: system) == day)
            }
        }
    }
}
