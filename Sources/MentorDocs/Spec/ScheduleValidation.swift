import DocumentEngine
import SpecSyntax
import CalendarDays

/// The order the programme's documents must come in, checked on the dates the spec gives: the
/// Положение adopted before the order approves it, the curator appointed under it, the pairs fixed
/// after both, the plans approved after the pairs and before their work, the closing order after
/// the last pair's work. Warnings: a school may sign on other days, but the set then contradicts itself.
enum ScheduleValidation {
    static func check(_ programme: Programme) -> [SpecDiagnostic] {
        let schedule = programme.schedule
        var diagnostics: [SpecDiagnostic] = []
        let fallback = SourceLocation(file: programme.file, line: 1, column: 1)
        func at(_ key: String) -> SourceLocation { programme.orderLocations[key] ?? fallback }
        func day(_ date: CalendarDay) -> String { date.formatted("dd.MM.yyyy") }
        func warn(_ location: SourceLocation, _ message: String) {
            diagnostics.append(SpecDiagnostic(.validation, location: location, severity: .warning, message: message))
        }
        /// Warns when the order `key` (given in the spec) is dated before `earlier`.
        func order(_ key: String, _ what: String, notBefore earlier: CalendarDay, _ reason: String) {
            guard let date = programme.orders[key]?.date, date < earlier else { return }
            warn(at(key), "the \(what) order of \(day(date)) comes before \(reason) (\(day(earlier)))")
        }
        if let adoption = schedule.adoption, programme.orders["introduction"] != nil, schedule.introductionOrder < adoption {
            warn(at("introduction"), "the introduction order of \(day(schedule.introductionOrder)) approves the Положение before the pedagogical council adopts it (\(day(adoption)))")
        }
        order("curator", "curator", notBefore: schedule.introductionOrder, "the introduction order that approves the Положение it cites")
        order("pairs", "pairs", notBefore: max(schedule.introductionOrder, schedule.curatorOrder), "the introduction and curator orders")
        order("plans", "plans", notBefore: schedule.pairsOrder, "the pairs order")
        order("closing", "closing", notBefore: schedule.workEnd, "the end of the last pair's work")
        if programme.orders["plans"] != nil {
            for pair in programme.pairs where pair.start < schedule.plansOrder {
                warn(pair.fieldLocations["start"] ?? pair.location,
                    "\(pair.id) starts on \(day(pair.start)), before the plans order approves its plan (\(day(schedule.plansOrder)))")
            }
        }
        if programme.orders["closing"] == nil {
            for pair in programme.pairs where schedule.closingOrder < pair.start.adding(months: pair.months) {
                warn(pair.fieldLocations["months"] ?? pair.location,
                    "\(pair.id) ends on \(day(pair.start.adding(months: pair.months))), after the programme's end (\(day(programme.end))) when the closing order is dated")
            }
        }
        return diagnostics
    }
}
