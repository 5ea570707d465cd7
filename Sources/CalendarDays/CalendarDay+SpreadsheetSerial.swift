/// How a spreadsheet counts days: Excel's default counts from 1900 (and, for Lotus 1-2-3's sake,
/// believes in 29 February 1900), Excel for Mac once counted from 1904; LibreOffice writes either.
public enum SpreadsheetDateSystem: Sendable, Equatable {
    /// Serial 1 is 1 January 1900; serial 60 is the day that never was, 29 February 1900.
    case from1900
    /// Serial 0 is 1 January 1904.
    case from1904
}

extension CalendarDay {
    private static let day1899December31 = CalendarDay(year: 1899, month: 12, day: 31)!.dayNumber
    private static let day1904January1 = CalendarDay(year: 1904, month: 1, day: 1)!.dayNumber

    /// The day a spreadsheet's serial number stands for (the fraction, a time of day, is dropped);
    /// nil for serials before the system's first day, and for 1900's phantom 29 February.
    public init?(spreadsheetSerial serial: Double, system: SpreadsheetDateSystem) {
        guard serial.isFinite, serial < 3_000_000 else { return nil }
        let whole = Int(serial.rounded(.down))
        switch system {
        case .from1900:
            guard whole >= 1, whole != 60 else { return nil }
            self.init(dayNumber: Self.day1899December31 + (whole < 60 ? whole : whole - 1))
        case .from1904:
            guard whole >= 0 else { return nil }
            self.init(dayNumber: Self.day1904January1 + whole)
        }
    }

    /// The serial number a spreadsheet stores for this day; nil before the system's first day.
    public func spreadsheetSerial(in system: SpreadsheetDateSystem) -> Int? {
        switch system {
        case .from1900:
            let days = dayNumber - Self.day1899December31
            guard days >= 1 else { return nil }
            return days < 60 ? days : days + 1
        case .from1904:
            let days = dayNumber - Self.day1904January1
            return days >= 0 ? days : nil
        }
    }
}
