/// The director's orders of the target model: introducing it, appointing the curator, fixing the
/// pairs and groups, approving the individual plans, closing the programme year and rewarding the mentors.
extension AuthoredDocument {
    private static let nb = Typography.noBreakSpace
    private static let law = "распоряжением Министерства просвещения Российской Федерации от\(nb)25.12.2019 №\(nb)Р-145 «Об\(nb)утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность по\(nb)общеобразовательным, дополнительным общеобразовательным и\(nb)программам среднего профессионального образования»"

    static let orderIntroduction = AuthoredDocument(title: "Приказ о внедрении целевой модели наставничества", font: .regulation) {
        OrderRequisites.heading(title: "О внедрении целевой модели наставничества")
        Paragraph.body("В\(nb)соответствии с\(nb)\(law), в\(nb)целях развития наставничества в\(nb)\(Field.value("org.short_name"))")
        Paragraph.plain(Run.bold("ПРИКАЗЫВАЮ:")).spaced(before: 6, after: 6)
        OrderRequisites.point(1, "Внедрить целевую модель наставничества в\(nb)\(Field.value("programme.school_year", #"phrase: "prepositional""#)).")
        OrderRequisites.point(2, "Утвердить Положение о\(nb)наставничестве (приложение\(nb)1), принятое педагогическим советом (протокол от\(nb)\(Field.value("councils.pedagogical.date", "date_numeric", #"default: "___.___.20___""#)) №\(nb)\(Field.value("councils.pedagogical.number", #"default: "_____""#))) с\(nb)учётом мнения совета обучающихся и\(nb)совета родителей (законных представителей) несовершеннолетних обучающихся.")
        OrderRequisites.point(3, "Утвердить дорожную карту внедрения целевой модели наставничества (приложение\(nb)2).")
        OrderRequisites.point(4, "Утвердить программу наставничества на\(nb)\(Field.value("programme.school_year")) (приложение\(nb)3).")
        OrderRequisites.point(5, "Реализовывать наставничество в\(nb)формах: {{#programme.forms}}«{{.}}»{{^@last}}, {{/@last}}{{/programme.forms}}.")
        OrderRequisites.point(6, "Контроль за\(nb)исполнением настоящего приказа оставляю за\(nb)собой.")
        OrderRequisites.ending
    }

    static let orderCurator = AuthoredDocument(title: "Приказ о назначении куратора", font: .regulation) {
        OrderRequisites.heading(title: "О назначении куратора внедрения целевой модели наставничества")
        Paragraph.body("В\(nb)соответствии с\(nb)\(law) и\(nb)Положением о\(nb)наставничестве \(Field.value("org.short_name"))")
        Paragraph.plain(Run.bold("ПРИКАЗЫВАЮ:")).spaced(before: 6, after: 6)
        OrderRequisites.point(1, "Назначить куратором внедрения целевой модели наставничества в\(nb)\(Field.value("programme.school_year", #"phrase: "prepositional""#)) \(Field.value("org.curator.full_name", "accusative"))\(Field.when("org.curator.position", ", \(Field.value("org.curator.position", #"phrase: "accusative""#))")).")
        OrderRequisites.point(2, "Куратору:")
        Paragraph.body("2.1.\(nb)формировать базы наставников и\(nb)наставляемых;")
        Paragraph.body("2.2.\(nb)организовывать обучение наставников и\(nb)формирование наставнических пар и\(nb)групп;")
        Paragraph.body("2.3.\(nb)контролировать выполнение индивидуальных планов и\(nb)дорожной карты;")
        Paragraph.body("2.4.\(nb)проводить мониторинг и\(nb)оценку результатов программы наставничества.")
        OrderRequisites.point(3, "Контроль за\(nb)исполнением настоящего приказа оставляю за\(nb)собой.")
        OrderRequisites.ending
    }

    static let orderPairs = AuthoredDocument(title: "Приказ о закреплении наставнических пар и групп", font: .regulation) {
        OrderRequisites.heading(title: "О закреплении наставнических пар и групп")
        Paragraph.body("В\(nb)соответствии с\(nb)Положением о\(nb)наставничестве \(Field.value("org.short_name")), на\(nb)основании соглашений о\(nb)сотрудничестве между наставниками и\(nb)наставляемыми")
        Paragraph.plain(Run.bold("ПРИКАЗЫВАЮ:")).spaced(before: 6, after: 6)
        OrderRequisites.point(1, "Закрепить наставнические пары и\(nb)группы на\(nb)\(Field.value("programme.school_year")):").keptWithNext()
        Table(columns: [1.2, .flexible(2), .flexible(2.4), .flexible(2), 3.4], headerRows: 1, rows: [
            TableRow(orderCell("№ п/п", bold: true), orderCell("Наставник", bold: true), orderCell("Наставляемый (наставляемые)", bold: true),
                orderCell("Форма наставничества", bold: true), orderCell("Срок", bold: true)),
            TableRow(orderCell("{{#pairs}}{{@index}}"), orderCell(Field.value("mentor.full_name", "initials")),
                orderCell("{{#mentees}}\(Field.value("full_name", "initials")){{^@last}}, {{/@last}}{{/mentees}}"),
                orderCell("«\(Field.value("form"))»"),
                orderCell("\(Field.value("start", "date_numeric"))\(nb)– \(Field.value("end", "date_numeric")){{/pairs}}"), cantSplit: true),
        ])
        OrderRequisites.point(2, "Наставникам организовать работу в\(nb)соответствии с\(nb)индивидуальными планами.")
        OrderRequisites.point(3, "Куратору \(Field.value("org.curator.full_name", "dative", "initials")) обеспечить мониторинг работы наставнических пар и\(nb)групп.")
        OrderRequisites.point(4, "Контроль за\(nb)исполнением настоящего приказа оставляю за\(nb)собой.")
        OrderRequisites.ending
    }

    static let orderPlans = AuthoredDocument(title: "Приказ об утверждении индивидуальных планов", font: .regulation) {
        OrderRequisites.heading(title: "Об утверждении индивидуальных планов наставничества")
        Paragraph.body("В\(nb)соответствии с\(nb)Положением о\(nb)наставничестве \(Field.value("org.short_name"))")
        Paragraph.plain(Run.bold("ПРИКАЗЫВАЮ:")).spaced(before: 6, after: 6)
        OrderRequisites.point(1, "Утвердить индивидуальные планы наставнических пар и\(nb)групп:").keptWithNext()
        Paragraph.plain("{{#pairs}}")
        Paragraph.body("1.{{@index}}.\(nb)наставник \(Field.value("mentor.full_name", "initials")), \(Field.choice("is_group", "наставляемые", "наставляемый")) {{#mentees}}\(Field.value("full_name", "initials")){{^@last}}, {{/@last}}{{/mentees}} (форма «\(Field.value("form"))», с\(nb)\(Field.value("start", "date_numeric")) по\(nb)\(Field.value("end", "date_numeric")));")
        Paragraph.plain("{{/pairs}}")
        OrderRequisites.point(2, "Наставникам выполнять мероприятия индивидуальных планов, куратору\(Typography.dash)контролировать их выполнение.")
        OrderRequisites.point(3, "Контроль за\(nb)исполнением настоящего приказа оставляю за\(nb)собой.")
        OrderRequisites.ending
    }

    /// Closes the programme year (the roadmap's last stage): takes the curator's report, rewards the
    /// mentors — the school's teachers and pupils by a благодарность, the others by a letter of thanks.
    static let orderClosing = AuthoredDocument(title: "Приказ о подведении итогов и поощрении наставников", font: .regulation) {
        let mentor = "\(Field.value("full_name", "dative"))\(Field.when("role", ", \(Field.value("role", #"phrase: "dative""#))")){{#workplace}} ({{workplace}}){{/workplace}}{{^@last}};{{/@last}}{{#@last}}.{{/@last}}"
        OrderRequisites.heading(title: "О\(nb)подведении итогов реализации программы наставничества и\(nb)поощрении наставников")
        Paragraph.body("В\(nb)соответствии с\(nb)Положением о\(nb)наставничестве \(Field.value("org.short_name")) и\(nb)дорожной картой внедрения целевой модели наставничества, по\(nb)итогам реализации программы наставничества на\(nb)\(Field.value("programme.school_year"))")
        Paragraph.plain(Run.bold("ПРИКАЗЫВАЮ:")).spaced(before: 6, after: 6)
        OrderRequisites.point(1, "Принять к\(nb)сведению аналитическую справку куратора \(Field.value("org.curator.full_name", "genitive", "initials")) по\(nb)итогам мониторинга реализации программы наставничества.")
        OrderRequisites.point(2, "За\(nb)добросовестное исполнение обязанностей наставника:").keptWithNext()
        Paragraph.plain("{{#rewards.has_thanked}}")
        Paragraph.body("2.1.\(nb)объявить благодарность:").keptWithNext()
        Paragraph.plain("{{#rewards.thanked}}")
        Paragraph.item(Run(mentor))
        Paragraph.plain("{{/rewards.thanked}}")
        Paragraph.plain("{{/rewards.has_thanked}}")
        Paragraph.plain("{{#rewards.has_letters}}")
        Paragraph.body("2.\(Field.choice("rewards.has_thanked", "2", "1")).\(nb)направить благодарственные письма:").keptWithNext()
        Paragraph.plain("{{#rewards.letters}}")
        Paragraph.item(Run(mentor))
        Paragraph.plain("{{/rewards.letters}}")
        Paragraph.plain("{{/rewards.has_letters}}")
        OrderRequisites.point(3, "Куратору \(Field.value("org.curator.full_name", "dative", "initials")) в\(nb)течение 10\(nb)рабочих дней разместить информацию об\(nb)итогах программы наставничества и\(nb)о\(nb)наставниках, давших согласие на\(nb)распространение своих персональных данных, на\(nb)официальном сайте \(Field.value("org.short_name")); подготовить предложения по\(nb)программе наставничества на\(nb)следующий учебный год.")
        OrderRequisites.point(4, "Контроль за\(nb)исполнением настоящего приказа оставляю за\(nb)собой.")
        OrderRequisites.ending
    }

    private static func orderCell(_ text: String, bold: Bool = false) -> TableCell {
        TableCell(Paragraph([Run(text, bold: bold, size: 12)], alignment: .left, firstLineIndent: 0))
    }
}
