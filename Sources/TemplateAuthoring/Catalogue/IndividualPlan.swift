/// Индивидуальный план наставнической пары или группы: who, the form, the period and the goal,
/// then the table of activities with a column to mark them done; «УТВЕРЖДЁН» by the plans order.
extension AuthoredDocument {
    static let individualPlan: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        func header(_ label: String, _ value: String) -> TableRow {
            TableRow(TableCell(text: Run.bold(label)), TableCell(text: Run(value)))
        }
        func cell(_ text: String, bold: Bool = false) -> TableCell {
            TableCell(Paragraph([Run(text, bold: bold)], alignment: .left, firstLineIndent: 0))
        }
        return AuthoredDocument(title: "Индивидуальный план", font: .form) {
            Table(columns: [.flexible(1), .flexible(1)], borders: false, rows: [
                TableRow(TableCell(
                    Paragraph.plain(Run.bold("СОГЛАСОВАНО")),
                    Paragraph.plain(Run("Куратор программы наставничества")),
                    Paragraph.plain(Run("________________ \(Field.value("org.curator.full_name", "initials_first"))")).spaced(before: 12),
                    Paragraph.plain(Run("«___»\(nb)__________ 20__\(nb)г.")).spaced(before: 6)), TableCell(
                    Paragraph.plain(Run.bold("УТВЕРЖДЁН")),
                    Paragraph.plain(Run("приказом \(Field.value("org.short_name"))")),
                    Paragraph.plain(Run("от\(nb)\(Field.value("orders.plans.date", "date_numeric", #"default: "___.___.20___""#)) №\(nb)\(Field.value("orders.plans.number", #"default: "_____""#))")))),
            ])
            Paragraph.heading("ИНДИВИДУАЛЬНЫЙ ПЛАН").spaced(before: 12)
            Paragraph.heading(Run("работы \(Field.choice("pair.is_group", "наставнической группы", "наставнической пары")) на\(nb)\(Field.value("programme.school_year"))")).spaced(after: 8)
            Table(columns: [4.5, .flexible(1)], borders: false, rows: [
                header("Наставник:", "\(Field.value("mentor.full_name", "initials"))\(Field.when("mentor.class_or_position", ", \(Field.value("mentor.class_or_position"))"))\(Field.when("mentor.workplace", ", \(Field.value("mentor.workplace"))"))"),
                header(Field.choice("pair.is_group", "Наставляемые:", "Наставляемый:"),
                    "{{#pair.mentees}}\(Field.value("full_name", "initials"))\(Field.when("class_or_position", " (\(Field.value("class_or_position")))")){{^@last}}, {{/@last}}{{/pair.mentees}}"),
                header("Форма наставничества:", "«\(Field.value("pair.form"))»"),
                header("Период:", "с\(nb)\(Field.value("pair.start", "date_numeric")) по\(nb)\(Field.value("pair.end", "date_numeric"))"),
                header("Цель:", Field.value("pair.goal", #"default: "—""#, "uncapitalize")),
            ])
            Paragraph.empty
            Table(columns: [1.2, .flexible(3), 3.2, .flexible(2.2), 2.6], headerRows: 1, rows: [
                TableRow(cell("№ п/п", bold: true), cell("Мероприятие", bold: true), cell("Срок", bold: true),
                    cell("Ожидаемый результат", bold: true), cell("Отметка о выполнении", bold: true)),
                TableRow(cell("{{#pair.plan}}{{@index}}"), cell(Field.value("what")), cell(Field.value("when")),
                    cell(Field.value("result")), cell("{{/pair.plan}}"), cantSplit: true),
            ])
            Paragraph.plain(Run.bold("Наставник")).spaced(before: 12).keptWithNext()
            SignatureLine(leading: "", transcript: Field.value("mentor.full_name", "initials_first"))
            Paragraph.plain(Run.bold(Field.choice("pair.is_group", "Наставляемые", "Наставляемый"))).spaced(before: 8).keptWithNext()
            Paragraph.plain("{{#pair.mentees}}")
            SignatureLine(leading: "", transcript: Field.value("full_name", "initials_first"))
            Paragraph.plain("{{/pair.mentees}}")
        }
    }()
}
