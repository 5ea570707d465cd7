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
        func warn(_ location: SourceLocation, _ message: String, russian: String) {
            diagnostics.append(SpecDiagnostic(.validation, location: location, severity: .warning, message: message, russian: russian))
        }
        /// Warns when the order `key` (given in the spec) is dated before `earlier`; `russianWhat` names
        /// the order after «Приказ» («о назначении куратора»), `russianReason` what it must not precede.
        func order(_ key: String, _ what: String, _ russianWhat: String, notBefore earlier: CalendarDay, _ reason: String, _ russianReason: String) {
            guard let date = programme.orders[key]?.date, date < earlier else { return }
            warn(at(key), "the \(what) order of \(day(date)) comes before \(reason) (\(day(earlier)))",
                russian: "Приказ \(russianWhat) от \(day(date)) датирован раньше, чем \(russianReason) (\(day(earlier))). Проверьте дату в поле «orders.\(key)».")
        }
        if let adoption = schedule.adoption, programme.orders["introduction"] != nil, schedule.introductionOrder < adoption {
            warn(at("introduction"), "the introduction order of \(day(schedule.introductionOrder)) approves the Положение before the pedagogical council adopts it (\(day(adoption)))",
                russian: "Приказ о внедрении от \(day(schedule.introductionOrder)) утверждает Положение раньше, чем его принял педагогический совет (\(day(adoption))). Проверьте даты в полях «orders.introduction» и «councils».")
        }
        order("curator", "curator", "о назначении куратора", notBefore: schedule.introductionOrder,
            "the introduction order that approves the Положение it cites", "приказ о внедрении, утверждающий Положение, на которое он ссылается")
        order("pairs", "pairs", "о закреплении наставнических пар", notBefore: max(schedule.introductionOrder, schedule.curatorOrder),
            "the introduction and curator orders", "приказы о внедрении и о назначении куратора")
        order("plans", "plans", "об утверждении индивидуальных планов", notBefore: schedule.pairsOrder,
            "the pairs order", "приказ о закреплении пар")
        order("closing", "closing", "о завершении программы", notBefore: schedule.workEnd,
            "the end of the last pair's work", "заканчивается работа последней пары")
        if programme.orders["plans"] != nil {
            for pair in programme.pairs where pair.start < schedule.plansOrder {
                warn(pair.fieldLocations["start"] ?? pair.location,
                    "\(pair.id) starts on \(day(pair.start)), before the plans order approves its plan (\(day(schedule.plansOrder)))",
                russian: "\(pair.id): работа пары начинается \(day(pair.start)), раньше приказа об утверждении планов (\(day(schedule.plansOrder))). Проверьте поле «start» или дату приказа «orders.plans».")
            }
        }
        if programme.orders["closing"] == nil {
            for pair in programme.pairs where schedule.closingOrder < pair.start.adding(months: pair.months) {
                warn(pair.fieldLocations["months"] ?? pair.location,
                    "\(pair.id) ends on \(day(pair.start.adding(months: pair.months))), after the programme's end (\(day(programme.end))) when the closing order is dated",
                russian: "\(pair.id): работа пары заканчивается \(day(pair.start.adding(months: pair.months))), позже окончания программы (\(day(programme.end))), которым датируется приказ о завершении. Проверьте поля «start» и «months».")
            }
        }
        return diagnostics
    }
}
