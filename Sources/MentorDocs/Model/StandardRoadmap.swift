import DocumentEngine
import CalendarDays

/// The seven stages of the mentoring cycle of the target model, for a programme whose spec has no
/// roadmap of its own, dated from the spec: each order on its own day, inside its stage, and what
/// must come first finished by the day of what it precedes — the consents and the mentors'
/// selection by the pairs order, the plans by the first pair's start, the work and the final
/// monitoring by the closing order.
public enum StandardRoadmap {
    /// The standard roadmap of `programme`, dated by its schedule.
    public static func roadmap(for programme: Programme) -> Roadmap {
        let schedule = programme.schedule
        let nb = "\u{00A0}"
        func order(_ key: String, _ title: String) -> String {
            guard let order = programme.orders[key] else { return title }
            return "\(title) от\(nb)\(order.date.formatted("dd.MM.yyyy")) №\(nb)\(order.number)"
        }
        func activity(_ milestone: Roadmap.Milestone, _ what: String, _ period: ClosedRange<CalendarDay>, _ responsible: String,
            _ result: String, when: String? = nil) -> Roadmap.Activity
        {
            Roadmap.Activity(what: what, when: when ?? Self.when(period), responsible: responsible, result: result,
                period: period, milestone: milestone)
        }

        let introduction = schedule.introductionOrder
        let curator = schedule.curatorOrder
        // The preparation runs from the later of the two first orders to the day before the pairs order.
        let preparationStart = max(introduction, curator)
        let preparationEnd = max(preparationStart, schedule.pairsOrder.adding(days: -1))
        let preparationMiddle = middle(preparationStart, preparationEnd)
        let work = schedule.workStart...max(schedule.workStart, schedule.workEnd)
        let interim = middle(work.lowerBound, work.upperBound)
        let closing = schedule.closingOrder
        let finalMonitoringStart = max(work.lowerBound, min(work.upperBound, closing).adding(days: -13))
        // A spec that closes the programme before its work starts is warned about; the roadmap still prints.
        let finalMonitoring = finalMonitoringStart...max(finalMonitoringStart, closing)
        let adoption = schedule.adoption.map { $0...$0 } ?? introduction...introduction
        let councils = "с\(nb)учётом мнения совета обучающихся и\(nb)совета родителей (законных представителей) несовершеннолетних обучающихся"

        return Roadmap(stages: [
            Roadmap.Stage(title: "Подготовка условий для запуска программы наставничества", activities: [
                activity(.adoption, "Рассмотрение и\(nb)принятие Положения о\(nb)наставничестве на\(nb)педагогическом совете \(councils)",
                    adoption, "директор, куратор", "Протокол педагогического совета",
                    when: schedule.adoption == nil ? "не позднее \(introduction.formatted("dd.MM.yyyy"))" : nil),
                activity(.introductionOrder, "Издание приказа о\(nb)внедрении целевой модели наставничества, утверждение Положения о\(nb)наставничестве, дорожной карты и\(nb)программы наставничества",
                    introduction...introduction, "директор", order("introduction", "Приказ") + "; Положение о\(nb)наставничестве, дорожная карта, программа наставничества"),
                activity(.curatorOrder, "Назначение куратора внедрения целевой модели наставничества", curator...curator, "директор",
                    order("curator", "Приказ о\(nb)назначении куратора")),
                activity(.informing, "Информирование педагогов, обучающихся и\(nb)родителей (законных представителей) о\(nb)программе наставничества",
                    preparationStart...preparationMiddle, "куратор", "Протоколы педагогического совета, родительских собраний; информация на\(nb)сайте"),
            ]),
            Roadmap.Stage(title: "Формирование базы наставляемых", activities: [
                activity(.menteeBase, "Выявление запросов обучающихся и\(nb)педагогов, анкетирование", preparationStart...preparationMiddle,
                    "куратор, классные руководители", "Анкеты, база наставляемых"),
                activity(.consents, "Сбор согласий на\(nb)обработку персональных данных участников", preparationStart...preparationEnd,
                    "куратор, классные руководители", "Согласия на\(nb)обработку персональных данных"),
            ]),
            Roadmap.Stage(title: "Формирование базы наставников", activities: [
                activity(.mentorBase, "Выявление потенциальных наставников среди педагогов, обучающихся, выпускников, родителей и\(nb)работодателей",
                    preparationStart...preparationMiddle, "куратор", "База наставников"),
            ]),
            Roadmap.Stage(title: "Отбор и обучение наставников", activities: [
                activity(.mentorSelection, "Отбор наставников, подходящих для программы, собеседование", preparationMiddle...preparationEnd,
                    "куратор", "Список наставников"),
                activity(.mentorTraining, "Обучение наставников: методические материалы, консультации", preparationMiddle...preparationEnd,
                    "куратор", "Материалы обучения, консультации"),
            ]),
            Roadmap.Stage(title: "Формирование наставнических пар и групп", activities: [
                activity(.pairsOrder, "Формирование пар и\(nb)групп, заключение соглашений о\(nb)сотрудничестве",
                    schedule.pairsOrder...schedule.pairsOrder, "директор, куратор", order("pairs", "Приказ о\(nb)закреплении пар и\(nb)групп") + ", соглашения"),
                activity(.plansOrder, "Разработка и\(nb)утверждение индивидуальных планов", schedule.pairsOrder...max(schedule.pairsOrder, schedule.plansOrder),
                    "наставники, куратор", "Индивидуальные планы, " + order("plans", "приказ об\(nb)их утверждении")),
            ]),
            Roadmap.Stage(title: "Организация работы наставнических пар и групп", activities: [
                activity(.work, "Работа пар и\(nb)групп по\(nb)индивидуальным планам", work, "наставники", "Выполнение индивидуальных планов"),
                activity(.interimMonitoring, "Промежуточный мониторинг и\(nb)сбор обратной связи", interim...min(work.upperBound, interim.adding(days: 13)),
                    "куратор", "Анкеты обратной связи, справка по\(nb)итогам мониторинга"),
            ]),
            Roadmap.Stage(title: "Завершение наставничества", activities: [
                activity(.finalMonitoring, "Итоговый мониторинг и\(nb)анализ результатов программы", finalMonitoring, "куратор", "Аналитическая справка"),
                activity(.closingOrder, "Подведение итогов программы, итоговое мероприятие, поощрение наставников", closing...closing,
                    "директор, куратор", order("closing", "Приказ о\(nb)подведении итогов и\(nb)поощрении наставников") + "; публикация на\(nb)сайте"),
            ]),
        ])
    }

    private static func middle(_ first: CalendarDay, _ last: CalendarDay) -> CalendarDay {
        first.adding(days: max(0, first.days(until: last)) / 2)
    }

    /// «28.08.2026» or «28.08.2026 – 10.09.2026».
    private static func when(_ period: ClosedRange<CalendarDay>) -> String {
        let first = period.lowerBound.formatted("dd.MM.yyyy")
        return period.lowerBound == period.upperBound ? first : "\(first)\u{00A0}– \(period.upperBound.formatted("dd.MM.yyyy"))"
    }
}
