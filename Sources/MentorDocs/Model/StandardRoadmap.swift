import DocumentEngine
import CalendarDays

/// The seven stages of the mentoring cycle of the target model, for a programme whose spec has no
/// roadmap of its own, dated from the programme's start.
public enum StandardRoadmap {
    /// Each activity: what, its months counted from the start (first…last, 0 is the start's month),
    /// who is responsible, what comes of it.
    private typealias Line = (what: String, months: ClosedRange<Int>, responsible: String, result: String)

    private static let stages: [(String, [Line])] = [
        ("Подготовка условий для запуска программы наставничества", [
            ("Издание приказа о внедрении целевой модели наставничества, утверждение Положения о наставничестве и дорожной карты", 0...0, "директор", "Приказ, Положение о наставничестве, дорожная карта"),
            ("Назначение куратора внедрения целевой модели наставничества", 0...0, "директор", "Приказ о назначении куратора"),
            ("Информирование педагогов, обучающихся и родителей (законных представителей) о программе наставничества", 0...1, "куратор", "Протокол педагогического совета, родительских собраний"),
        ]),
        ("Формирование базы наставляемых", [
            ("Выявление запросов обучающихся и педагогов, анкетирование", 0...1, "куратор, классные руководители", "Анкеты, база наставляемых"),
            ("Сбор согласий на обработку персональных данных участников", 0...1, "куратор", "Согласия на обработку персональных данных"),
        ]),
        ("Формирование базы наставников", [
            ("Выявление потенциальных наставников среди педагогов, обучающихся, выпускников, родителей и работодателей", 0...1, "куратор", "База наставников"),
        ]),
        ("Отбор и обучение наставников", [
            ("Отбор наставников, подходящих для программы", 1...1, "куратор", "Список наставников"),
            ("Обучение наставников: методические материалы, консультации", 1...2, "куратор", "Материалы обучения, консультации"),
        ]),
        ("Формирование наставнических пар и групп", [
            ("Формирование пар и групп, заключение соглашений о сотрудничестве", 1...1, "куратор", "Приказ о закреплении пар и групп, соглашения"),
            ("Разработка и утверждение индивидуальных планов", 1...1, "наставники, куратор", "Индивидуальные планы, приказ об их утверждении"),
        ]),
        ("Организация работы наставнических пар и групп", [
            ("Работа пар и групп по индивидуальным планам", 1...7, "наставники", "Выполнение индивидуальных планов"),
            ("Промежуточный мониторинг и сбор обратной связи", 4...4, "куратор", "Анкеты обратной связи, справка по итогам мониторинга"),
        ]),
        ("Завершение наставничества", [
            ("Итоговый мониторинг и анализ результатов программы", 8...8, "куратор", "Аналитическая справка"),
            ("Итоговое мероприятие, поощрение наставников", 8...8, "директор, куратор", "Приказ о поощрении, публикация на сайте"),
        ]),
    ]

    public static func roadmap(startingOn start: CalendarDay, endingOn end: CalendarDay) -> Roadmap {
        let lastMonth = max(0, (end.year - start.year) * 12 + end.month - start.month)
        return Roadmap(stages: stages.map { title, lines in
            Roadmap.Stage(title: title, activities: lines.map { line in
                let first = min(line.months.lowerBound, lastMonth)
                let last = min(line.months.upperBound, lastMonth)
                return Roadmap.Activity(what: line.what, when: period(start, first, last), responsible: line.responsible, result: line.result)
            })
        })
    }

    private static let months = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]

    /// «сентябрь 2026 г.» or «сентябрь 2026 г. – апрель 2027 г.».
    private static func period(_ start: CalendarDay, _ first: Int, _ last: Int) -> String {
        func month(_ offset: Int) -> String {
            let index = start.month - 1 + offset
            return "\(months[index % 12]) \(start.year + index / 12) г."
        }
        return first == last ? month(first) : "\(month(first)) – \(month(last))"
    }
}
