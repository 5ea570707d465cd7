/// Дорожная карта внедрения целевой модели наставничества: a table per stage of the mentoring
/// cycle, its activities with dates, the responsible and the results.
extension AuthoredDocument {
    static let roadmap: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        func cell(_ text: String, bold: Bool = false) -> TableCell {
            TableCell(Paragraph([Run(text, bold: bold)], alignment: .left, firstLineIndent: 0))
        }
        return AuthoredDocument(title: "Дорожная карта", font: .form) {
            Table(columns: [.flexible(1), .flexible(1)], borders: false, rows: [
                TableRow(TableCell(text: ""), TableCell(
                    Paragraph.plain(Run("Приложение\(nb)2")),
                    Paragraph.plain(Run("УТВЕРЖДЕНА приказом \(Field.value("org.short_name"))")),
                    Paragraph.plain(Run("от\(nb)\(Field.value("order.date", "date_numeric", #"default: "___.___.20___""#)) №\(nb)\(Field.value("order.number", #"default: "_____""#))")))),
            ])
            Paragraph.heading("ДОРОЖНАЯ КАРТА").spaced(before: 12)
            Paragraph.heading(Run("внедрения целевой модели наставничества в\(nb)\(Field.value("org.short_name")) на\(nb)\(Field.value("programme.school_year"))")).spaced(after: 8)
            Paragraph.plain("{{#roadmap.stages}}")
            Paragraph.plain(Run.bold("Этап\(nb)\(Field.value("number")). \(Field.value("title"))")).spaced(before: 8, after: 4).keptWithNext()
            Table(columns: [1.2, .flexible(3), .flexible(1.6), .flexible(1.6), .flexible(2.2)], headerRows: 1, rows: [
                TableRow(cell("№", bold: true), cell("Мероприятие", bold: true), cell("Сроки", bold: true),
                    cell("Ответственные", bold: true), cell("Результат", bold: true)),
                TableRow(cell("{{#activities}}\(Field.value("number"))"), cell(Field.value("what")), cell(Field.value("when")),
                    cell(Field.value("responsible")), cell("\(Field.value("result")){{/activities}}"), cantSplit: true),
            ])
            Paragraph.plain("{{/roadmap.stages}}")
        }
    }()
}
