#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import MentorDocs

extension CalendarDay {
    /// Today where the command runs: the day a document is handed out, and a mark's day by default.
    public static var today: CalendarDay {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
