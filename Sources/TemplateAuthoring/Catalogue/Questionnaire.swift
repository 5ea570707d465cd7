/// Анкета участника программы наставничества, «на входе» or «на выходе»: who fills it in and in which
/// pairs, then the catalogue's questions by block, each mark of the 1–10 scale a box to tick and lines
/// for the answers in words.
extension AuthoredDocument {
    static let questionnaire: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        func cell(_ text: String, bold: Bool = false, alignment: Paragraph.Alignment = .left) -> TableCell {
            TableCell(Paragraph([Run(text, bold: bold)], alignment: alignment, firstLineIndent: 0))
        }
        /// The marks over the boxes they are ticked in.
        let scale = Table(columns: Array(repeating: 1.3, count: 10), keepTogether: true, rows: [
            TableRow((1...10).map { cell(String($0), alignment: .center) }, cantSplit: true),
            TableRow((1...10).map { _ in TableCell(Paragraph([], alignment: .center, firstLineIndent: 0).spaced(before: 4, after: 4)) },
                cantSplit: true),
        ])
        /// Lines to write an answer on.
        let lines = Table(columns: [.flexible(1)], borders: false, keepTogether: true, rows: Array(repeating:
            TableRow([TableCell(Paragraph([], alignment: .left, firstLineIndent: 0, spaceBefore: 12), bottomRule: true)], cantSplit: true),
            count: 3))
        return AuthoredDocument(title: "Анкета участника программы наставничества", font: .form) {
            Paragraph.centered(Run(Field.value("org.short_name")))
            Paragraph.heading("АНКЕТА УЧАСТНИКА ПРОГРАММЫ НАСТАВНИЧЕСТВА").spaced(before: 8)
            Paragraph.heading(Run("(\(Field.value("questionnaire.stage")), \(Field.value("programme.school_year")))")).spaced(after: 8)
            Table(columns: [4.2, .flexible(1)], borders: false, rows: [
                TableRow(TableCell(text: Run.bold("Участник:")),
                    TableCell(text: Run("\(Field.value("person.full_name"))\(Field.when("person.class_or_position", ", \(Field.value("person.class_or_position"))"))"))),
                TableRow(TableCell(text: Run.bold("Дата заполнения:")), TableCell(text: Run("«___»\(nb)______________ 20___\(nb)г."))),
            ])
            Paragraph.empty
            Table(columns: [1.4, .flexible(2), 3.2, .flexible(2.6), 4.4], headerRows: 1, rows: [
                TableRow(cell("Пара", bold: true), cell("Форма наставничества", bold: true), cell("Ваша роль", bold: true),
                    cell("Вместе с", bold: true), cell("Период", bold: true)),
                TableRow(cell("{{#questionnaire.pairs}}\(Field.value("id"))"), cell(Field.value("form")), cell(Field.value("role")),
                    cell(Field.value("partners")), cell("с\(nb)\(Field.value("start", "date_numeric")) по\(nb)\(Field.value("end", "date_numeric")){{/questionnaire.pairs}}"),
                    cantSplit: true),
            ])
            Paragraph.body(Run("Оцените каждое утверждение по шкале от\(nb)1 до\(nb)10 и отметьте одну клетку: 1\(Typography.dash)\(Field.value("questionnaire.scale_low")), 10\(Typography.dash)\(Field.value("questionnaire.scale_high")). На открытые вопросы ответьте своими словами. Ответы нужны, чтобы оценить и улучшить программу наставничества; в отчёте они приводятся только обобщённо, без имён."))
                .spaced(before: 8)
            Paragraph.plain("{{#questionnaire.blocks}}")
            Paragraph.heading(Run(Field.value("title"))).spaced(before: 10, after: 4)
            Paragraph.plain("{{#questions}}")
            Paragraph.plain(Run("\(Field.value("number")).\(nb)\(Field.value("text"))")).spaced(before: 6, after: 3).keptWithNext()
            Paragraph.plain("{{#is_scale}}")
            scale
            Paragraph.plain("{{/is_scale}}")
            Paragraph.plain("{{#is_text}}")
            lines
            Paragraph.plain("{{/is_text}}")
            Paragraph.plain("{{/questions}}")
            Paragraph.plain("{{/questionnaire.blocks}}")
            Paragraph.centered(Run.italic("Спасибо за ответы!")).spaced(before: 12)
        }
    }()
}
