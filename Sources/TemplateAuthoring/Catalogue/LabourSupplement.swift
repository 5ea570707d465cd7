/// Дополнительное соглашение к трудовому договору о наставничестве (статья 351.8 Трудового
/// кодекса): the content, dates and form of the mentoring, and the pay, which the spec does not hold
/// and is left as a blank to fill.
extension AuthoredDocument {
    static let labourSupplement: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let dash = Typography.dash
        return AuthoredDocument(title: "Дополнительное соглашение к трудовому договору", font: .form) {
            Paragraph.heading("ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ").spaced(before: 0)
            Paragraph.heading("к трудовому договору от\(nb)«___»\(nb)__________ 20__\(nb)г. №\(nb)______").spaced(after: 6)
            Table(columns: [.flexible(1), .flexible(1)], borders: false, rows: [
                TableRow(TableCell(text: "г.\(nb)\(Field.value("org.city"))"), TableCell(Paragraph.right(Run(Field.value("document.date", "date_quoted"))))),
            ])
            Paragraph.body("""
                \(Field.value("org.full_name")) (далее\(dash)Работодатель), от\(nb)имени которого на\(nb)основании Устава действует \
                \(Field.value("org.director.position")) \(Field.value("org.director.full_name")), \
                и\(nb)\(Field.value("mentor.full_name")), \(Field.value("mentor.class_or_position", #"default: """#)) (далее\(dash)Работник), \
                заключили настоящее дополнительное соглашение о\(nb)нижеследующем.
                """).spaced(before: 6)
            Paragraph.body("1.\(nb)Работник с\(nb)его письменного согласия выполняет наряду с\(nb)работой, определённой трудовым договором, работу по\(nb)наставничеству (статья\(nb)351.8 Трудового кодекса Российской Федерации) в\(nb)форме «\(Field.value("pair.form"))» в\(nb)отношении \(Field.choice("pair.is_group", "наставляемых", "наставляемого")): {{#pair.mentees}}\(Field.value("full_name", "genitive")){{^@last}}, {{/@last}}{{/pair.mentees}}.")
            Paragraph.body("2.\(nb)Срок наставничества: с\(nb)\(Field.value("pair.start", "date_numeric")) по\(nb)\(Field.value("pair.end", "date_numeric")) (\(Field.value("pair.months_words"))).")
            Paragraph.body("3.\(nb)Содержание работы: выполнение индивидуального плана; задачи:").keptWithNext()
            Paragraph.plain("{{#pair.tasks}}")
            Paragraph.item(Run(Field.value(".") + ";"))
            Paragraph.plain("{{/pair.tasks}}")
            Paragraph.body("4.\(nb)За\(nb)наставничество Работнику устанавливается доплата в\(nb)размере ____________ (_______________________________) рублей в\(nb)месяц на\(nb)срок наставничества.")
            Paragraph.body("5.\(nb)Остальные условия трудового договора не\(nb)изменяются. Соглашение составлено в\(nb)двух экземплярах, вступает в\(nb)силу с\(nb)\(Field.value("pair.start", "date_numeric")).")
            Paragraph.plain(Run.bold("Работодатель")).spaced(before: 10).keptWithNext()
            SignatureLine(leading: Field.value("org.director.position", "capitalize"), transcript: Field.value("org.director.full_name", "initials_first"))
            Paragraph.plain(Run.bold("Работник")).spaced(before: 8).keptWithNext()
            SignatureLine(leading: Field.value("mentor.full_name", "initials"), transcript: Field.value("mentor.full_name", "initials_first"))
            Paragraph.plain("Экземпляр соглашения получил\(Field.when("mentor.is_female", "а")): ____________ «___»\(nb)__________ 20__\(nb)г.").spaced(before: 10)
        }
    }()
}
