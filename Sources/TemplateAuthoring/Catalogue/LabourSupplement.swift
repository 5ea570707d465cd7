/// Дополнительное соглашение к трудовому договору о наставничестве (статья 351.8 Трудового
/// кодекса): the contract it amends, the content, volume, dates and form of the mentoring, and the
/// monthly pay in figures and words; what the spec does not give is left as a blank to fill.
/// Two copies in the file, numbered.
extension AuthoredDocument {
    static let labourSupplement: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let dash = Typography.dash
        let contract = "mentor.labour_contract"
        let blankDate = "«___»\(nb)__________ 20__\(nb)г."
        return AuthoredDocument(title: "Дополнительное соглашение к трудовому договору", font: .form) {
            Paragraph.plain("{{#copies pagebreak}}")
            Paragraph.right(Run("Экземпляр №\(nb)\(Field.value("number"))", size: 9))
            Paragraph.heading("ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ").spaced(before: 6)
            Paragraph.heading("""
                к\(nb)трудовому договору от\(nb)\(Field.when(contract, "\(Field.value("\(contract).date", "date_numeric")) №\(nb)\(Field.value("\(contract).number"))"))\
                \(Field.unless(contract, "\(blankDate) №\(nb)______"))
                """).spaced(after: 6)
            Table(columns: [.flexible(1), .flexible(1)], borders: false, rows: [
                TableRow(TableCell(text: "г.\(nb)\(Field.value("org.city"))"), TableCell(Paragraph.right(Run(Field.value("document.date", "date_quoted"))))),
            ])
            Paragraph.body("""
                \(Field.value("org.full_name")) (далее\(dash)Работодатель), от\(nb)имени которого на\(nb)основании Устава действует \
                \(Field.value("org.director.position")) \(Field.value("org.director.full_name")), \
                и\(nb)\(Field.value("mentor.full_name"))\(Field.when("mentor.class_or_position", ", \(Field.value("mentor.class_or_position"))")) (далее\(dash)Работник), \
                заключили настоящее дополнительное соглашение о\(nb)нижеследующем.
                """).spaced(before: 6)
            Paragraph.body("1.\(nb)Работник с\(nb)его письменного согласия выполняет наряду с\(nb)работой, определённой трудовым договором, работу по\(nb)наставничеству (статья\(nb)351.8 Трудового кодекса Российской Федерации) в\(nb)форме «\(Field.value("pair.form"))» в\(nb)отношении \(Field.choice("pair.is_group", "наставляемых", "наставляемого")): {{#pair.mentees}}\(Field.value("full_name", "genitive")){{^@last}}, {{/@last}}{{/pair.mentees}}.")
            Paragraph.body("2.\(nb)Срок наставничества: с\(nb)\(Field.value("pair.start", "date_numeric")) по\(nb)\(Field.value("pair.end", "date_numeric")) (\(Field.value("pair.months_words"))).")
            Paragraph.body("3.\(nb)Содержание работы: выполнение индивидуального плана наставничества; задачи:").keptWithNext()
            Paragraph.plain("{{#pair.tasks}}")
            Paragraph.item(Run(Field.value(".") + "{{^@last}};{{/@last}}{{#@last}}.{{/@last}}"))
            Paragraph.plain("{{/pair.tasks}}")
            Paragraph.body("4.\(nb)Объём работы по\(nb)наставничеству: \(Field.value("pair.mentor_workload", #"default: "____________________________""#)).")
            Paragraph.body("""
                5.\(nb)За\(nb)выполнение работы по\(nb)наставничеству Работнику устанавливается ежемесячная доплата в\(nb)размере \
                \(Field.value("pair.mentor_pay", #"default: "________ (________________________) рублей ___ копеек""#)) \
                на\(nb)срок наставничества.
                """)
            Paragraph.body("6.\(nb)Остальные условия трудового договора не\(nb)изменяются. Соглашение составлено в\(nb)двух экземплярах, имеющих одинаковую юридическую силу, по\(nb)одному для каждой из\(nb)сторон, и\(nb)вступает в\(nb)силу с\(nb)\(Field.value("pair.start", "date_numeric")).")
            Paragraph.plain(Run.bold("Работодатель")).spaced(before: 10).keptWithNext()
            SignatureLine(leading: Field.value("org.director.position", "capitalize"), transcript: Field.value("org.director.full_name", "initials_first"))
            Paragraph.plain(Run.bold("Работник")).spaced(before: 8).keptWithNext()
            SignatureLine(leading: "", transcript: Field.value("mentor.full_name", "initials_first"))
            Paragraph.plain("{{#@first}}")
            SignatureLine.receipt("Экземпляр соглашения получил\(Field.when("mentor.is_female", "а"))")
            Paragraph.plain("{{/@first}}")
            Paragraph.plain("{{/copies}}")
        }
    }()
}
