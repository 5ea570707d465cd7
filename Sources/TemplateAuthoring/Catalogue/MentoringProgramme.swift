/// Программа наставничества (seed 004, after the «Типовая форма программы наставничества»):
/// приложение 3 to the introduction order; its basis and term, the curator, the principles, each
/// form in use with its goal, mentee and mentor and the pairs and groups working in it, the stages
/// as the roadmap dates them, each pair's plan, monitoring and the expected results.
extension AuthoredDocument {
    static let mentoringProgramme: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let dash = Typography.dash
        func section(_ title: String) -> Paragraph { Paragraph.heading(Run(title)).spaced(before: 10, after: 4) }
        func cell(_ text: String, bold: Bool = false) -> TableCell {
            TableCell(Paragraph([Run(text, bold: bold, size: 12)], alignment: .left, firstLineIndent: 0))
        }
        let mentees = "{{#mentees}}\(Field.value("full_name", "initials")){{^@last}}, {{/@last}}{{/mentees}}"
        let pairLine = "наставник \(Field.value("mentor.full_name", "initials")), \(Field.choice("is_group", "наставляемые", "наставляемый")) \(mentees), с\(nb)\(Field.value("start", "date_numeric")) по\(nb)\(Field.value("end", "date_numeric"))"
        return AuthoredDocument(title: "Программа наставничества", font: .regulation) {
            Table(columns: [.flexible(1), .flexible(1)], borders: false, rows: [
                TableRow(TableCell(text: ""), TableCell(
                    Paragraph.plain(Run("Приложение\(nb)3")),
                    Paragraph.plain(Run.bold("УТВЕРЖДЕНА")),
                    Paragraph.plain(Run("приказом \(Field.value("org.short_name"))")),
                    Paragraph.plain(Run("от\(nb)\(Field.value("order.date", "date_numeric", #"default: "___.___.20___""#)) №\(nb)\(Field.value("order.number", #"default: "_____""#))")))),
            ])
            Paragraph.heading("ПРОГРАММА НАСТАВНИЧЕСТВА").spaced(before: 18)
            Paragraph.heading(Run("\(Field.value("org.short_name")) на\(nb)\(Field.value("programme.school_year"))")).spaced(after: 8)

            section("1. Общие положения")
            Paragraph.body("1.1.\(nb)Программа наставничества в\(nb)\(Field.value("org.short_name")) (далее соответственно\(dash)Программа, Организация) разработана в\(nb)соответствии с\(nb)Федеральным законом от\(nb)29.12.2012 \(Typography.number("273-ФЗ")) «Об\(nb)образовании в\(nb)Российской Федерации», распоряжением Министерства просвещения Российской Федерации от\(nb)25.12.2019 \(Typography.number("Р-145")), Положением о\(nb)наставничестве Организации и\(nb)определяет цели, формы, участников, этапы и\(nb)ожидаемые результаты наставничества.")
            Paragraph.body("1.2.\(nb)Срок реализации Программы: с\(nb)\(Field.value("programme.start", "date_quoted")) по\(nb)\(Field.value("programme.end", "date_quoted"))")
            Paragraph.body("1.3.\(nb)Куратор Программы: \(Field.value("org.curator.full_name")), \(Field.value("org.curator.position")).")
            Paragraph.body("1.4.\(nb)Программа основывается на\(nb)принципах: «не\(nb)навреди» (никакие интересы наставника или Программы не\(nb)могут перекрыть интересы наставляемого); добровольности; индивидуализации; легитимности; равенства; личной ответственности наставника.")

            section("2. Цель и задачи Программы")
            Paragraph.body("2.1.\(nb)Цель Программы\(dash)максимально полное раскрытие потенциала личности наставляемого, необходимое для успешной личной и\(nb)профессиональной самореализации.")
            Paragraph.body("2.2.\(nb)Задачи: поддержка обучающихся в\(nb)учёбе, адаптации и\(nb)профессиональном самоопределении; адаптация молодых специалистов и\(nb)развитие профессиональных компетенций педагогов; создание среды для обмена опытом между участниками образовательных отношений.")

            section("3. Формы наставничества")
            Paragraph.body("3.1.\(nb)По\(nb)итогам анализа запросов наставляемых в\(nb)Организации реализуются формы наставничества:").keptWithNext()
            Paragraph.plain("{{#form_profiles}}")
            Paragraph.plain(Run.bold("3.1.\(Field.value("number")).\(nb)Форма «\(Field.value("title"))»")).indented(firstLine: 1.25).spaced(before: 6).keptWithNext()
            Paragraph.body("Цель: \(Field.value("goal")).")
            Paragraph.body("Наставляемый: \(Field.value("mentee")).")
            Paragraph.body("Наставник: \(Field.value("mentor")).")
            Paragraph.body("Ожидаемые результаты: \(Field.value("results")).")
            Paragraph.body(Run("Наставнические пары и\(nb)группы:{{^pairs}} формируются в\(nb)ходе реализации Программы.{{/pairs}}")).keptWithNext()
            Paragraph.plain("{{#pairs}}")
            Paragraph.item(Run("\(pairLine){{^@last}};{{/@last}}{{#@last}}.{{/@last}}"))
            Paragraph.plain("{{/pairs}}")
            Paragraph.plain("{{/form_profiles}}")

            section("4. Этапы реализации Программы")
            Paragraph.body("4.1.\(nb)Программа реализуется по\(nb)этапам дорожной карты внедрения целевой модели наставничества (приложение\(nb)2 к\(nb)приказу от\(nb)\(Field.value("order.date", "date_numeric", #"default: "___.___.20___""#)) №\(nb)\(Field.value("order.number", #"default: "_____""#))):").keptWithNext()
            Table(columns: [1.2, .flexible(3), 5.4], headerRows: 1, rows: [
                TableRow(cell("№ п/п", bold: true), cell("Этап", bold: true), cell("Сроки", bold: true)),
                TableRow(cell("{{#roadmap.stages}}\(Field.value("number"))"), cell(Field.value("title")), cell("\(Field.value("when")){{/roadmap.stages}}"), cantSplit: true),
            ])

            section("5. Наставнические пары и группы и их индивидуальные планы")
            Paragraph.body("5.1.\(nb)Пары и\(nb)группы закрепляются приказом руководителя Организации; их индивидуальные планы утверждаются приказом от\(nb)\(Field.value("orders.plans.date", "date_numeric", #"default: "___.___.20___""#)) №\(nb)\(Field.value("orders.plans.number", #"default: "_____""#)). Мероприятия планов:").keptWithNext()
            Paragraph.plain("{{#pairs}}")
            Paragraph.plain(Run.bold("5.1.{{@index}}.\(nb)Форма «\(Field.value("form"))»: \(pairLine)")).indented(firstLine: 1.25).spaced(before: 6).keptWithNext()
            Paragraph.body("Цель: \(Field.value("goal", #"default: "—""#)).").keptWithNext()
            Table(columns: [1.2, .flexible(3), 3.4, .flexible(2.4)], headerRows: 1, rows: [
                TableRow(cell("№ п/п", bold: true), cell("Мероприятие", bold: true), cell("Срок", bold: true), cell("Ожидаемый результат", bold: true)),
                TableRow(cell("{{#plan}}{{@index}}"), cell(Field.value("what")), cell(Field.value("when")), cell("\(Field.value("result")){{/plan}}"), cantSplit: true),
            ])
            Paragraph.plain("{{/pairs}}")
            Paragraph.plain("{{^pairs}}")
            Paragraph.body("Пары и\(nb)группы формируются в\(nb)ходе реализации Программы.")
            Paragraph.plain("{{/pairs}}")

            section("6. Мониторинг и оценка результатов")
            Paragraph.body("6.1.\(nb)Мониторинг проводится в\(nb)два этапа: оценка качества реализации Программы (сильные и\(nb)слабые стороны, качество совместной работы пар и\(nb)групп, удовлетворённость участников) и\(nb)оценка мотивационно-личностного, компетентностного и\(nb)профессионального роста участников, динамики образовательных результатов.")
            Paragraph.body("6.2.\(nb)Промежуточный и\(nb)итоговый мониторинг проводит куратор в\(nb)сроки дорожной карты; результаты оформляются аналитической справкой и\(nb)рассматриваются на\(nb)педагогическом совете; по\(nb)итогам Программы издаётся приказ о\(nb)подведении итогов и\(nb)поощрении наставников.")

            section("7. Ожидаемые результаты")
            Paragraph.body("7.1.\(nb)Рост числа обучающихся и\(nb)педагогов, вовлечённых в\(nb)наставничество; повышение успеваемости и\(nb)мотивации наставляемых; успешная адаптация молодых специалистов; осознанный выбор обучающимися профессии и\(nb)образовательной траектории; распространение лучших практик наставничества.")
        }
    }()
}
