/// Соглашение о сотрудничестве между наставником и наставляемым (Приложение 3 of seed 000),
/// one per mentee, printed in two copies as it says itself.
extension AuthoredDocument {
    static let agreement: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let dash = Typography.dash
        let unit = Field.choice("pair.is_group", "наставнической группы", "наставнической пары")
        return AuthoredDocument(title: "Соглашение о сотрудничестве между наставником и наставляемым", font: .form) {
            Paragraph.plain("{{#copies pagebreak}}")
            Paragraph.right(Run("Экземпляр №\(nb)\(Field.value("number"))", size: 9))
            Paragraph.heading("СОГЛАШЕНИЕ").spaced(before: 6)
            Paragraph.heading("о сотрудничестве между наставником и наставляемым").spaced(after: 6)
            Table(columns: [.flexible(1), .flexible(1)], borders: false, rows: [
                TableRow(TableCell(text: "г.\(nb)\(Field.value("org.city"))"),
                    TableCell(Paragraph.right(Run(Field.value("document.date", "date_quoted"))))),
            ])
            Paragraph.body("""
                \(Parties.party("mentor")) (далее\(dash)Наставник), с\(nb)одной стороны, и\(nb)\(Parties.party("mentee")) \
                (далее\(dash)Наставляемый), с\(nb)другой стороны, совместно именуемые «Стороны», в\(nb)связи с\(nb)участием \
                в\(nb)реализации целевой модели наставничества (организация, реализующая программу наставничества,\(dash)\
                \(Field.value("org.full_name"))) по\(nb)форме наставничества «\(Field.value("pair.form"))» заключили \
                настоящее соглашение о\(nb)нижеследующем.
                """).spaced(before: 6)
            Paragraph.heading("1.\(nb)Предмет соглашения").spaced(before: 6)
            Paragraph.body("1.1.\(nb)Стороны договорились об\(nb)участии в\(nb)реализации целевой модели наставничества через организацию комплекса мероприятий в\(nb)рамках деятельности \(unit).")
            Paragraph.body("1.2.\(nb)Цель наставничества: \(Field.value("pair.goal", #"default: "—""#, "uncapitalize")).")
            Paragraph.body("1.3.\(nb)Стороны определили следующие задачи:").keptWithNext()
            Paragraph.plain("{{#pair.tasks}}")
            Paragraph.item(Run(Field.value(".") + "{{^@last}};{{/@last}}{{#@last}}.{{/@last}}"))
            Paragraph.plain("{{/pair.tasks}}")
            Paragraph.heading("2.\(nb)Срок действия соглашения").spaced(before: 6)
            Paragraph.body("""
                2.1.\(nb)Соглашение вступает в\(nb)силу с\(nb)\(Field.value("pair.start", "date_words")) и\(nb)заключено \
                на\(nb)\(Field.value("pair.months_words")) (по\(nb)\(Field.value("pair.end", "date_numeric")) включительно).
                """)
            Paragraph.heading("3.\(nb)Права и обязанности Наставника").spaced(before: 6)
            Paragraph.body("3.1.\(nb)Наставник обязуется: помогать Наставляемому в\(nb)решении задач, указанных в\(nb)пункте\(nb)1.3; составить совместно с\(nb)Наставляемым индивидуальный план и\(nb)выполнять его; делиться опытом, знаниями и\(nb)навыками; соблюдать конфиденциальность сведений, ставших ему известными.")
            Paragraph.body("3.2.\(nb)Наставник вправе: вносить предложения куратору по\(nb)организации работы \(unit); требовать от\(nb)Наставляемого выполнения согласованных заданий; прекратить участие в\(nb)наставничестве, письменно уведомив куратора.")
            Paragraph.heading("4.\(nb)Права и обязанности Наставляемого").spaced(before: 6)
            Paragraph.body("4.1.\(nb)Наставляемый обязуется: выполнять мероприятия индивидуального плана и\(nb)задания Наставника; посещать встречи; уважительно относиться к\(nb)Наставнику и\(nb)другим участникам программы.")
            Paragraph.body("4.2.\(nb)Наставляемый вправе: получать помощь и\(nb)консультации Наставника; вносить предложения по\(nb)индивидуальному плану; обратиться к\(nb)куратору с\(nb)просьбой о\(nb)замене Наставника.")
            Paragraph.heading("5.\(nb)Заключительные положения").spaced(before: 6)
            Paragraph.body("5.1.\(nb)Соглашение может быть расторгнуто по\(nb)инициативе любой из\(nb)Сторон с\(nb)письменным уведомлением другой Стороны и\(nb)куратора.")
            Paragraph.body("5.2.\(nb)Соглашение составлено в\(nb)двух экземплярах, имеющих одинаковую юридическую силу, по\(nb)одному для каждой из\(nb)Сторон.")
            Parties.signature("mentor", role: "Наставник")
            Parties.signature("mentee", role: "Наставляемый")
            Paragraph.plain("{{/copies}}")
        }
    }()
}
