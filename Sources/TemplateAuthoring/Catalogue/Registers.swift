/// Реестры наставнической деятельности: the bases of mentees and of mentors (the forms the
/// Ministry recommends for the Положение's appendix), the journal of consents, and the statistics
/// the curator reports twice a year. Landscape: the bases are wide tables.
extension AuthoredDocument {
    static let registers: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        func cell(_ text: String, bold: Bool = false) -> TableCell {
            TableCell(Paragraph([Run(text, bold: bold)], alignment: .left, firstLineIndent: 0))
        }
        func heading(_ title: String) -> Paragraph {
            Paragraph.heading(Run(title)).spaced(after: 4)
        }
        func subtitle() -> Paragraph {
            Paragraph.heading(Run("\(Field.value("org.short_name")), \(Field.value("programme.school_year")), на\(nb)\(Field.value("document.date", "date_quoted"))"))
                .spaced(after: 8)
        }
        let landscape = PageSetup(width: 297, height: 210, margins: Margins(left: 20, top: 15, right: 15, bottom: 15))
        return AuthoredDocument(title: "Реестры наставнической деятельности", page: landscape, font: BaseFont(size: 10)) {
            heading("БАЗА НАСТАВЛЯЕМЫХ")
            subtitle()
            Table(columns: [0.8, .flexible(2.4), .flexible(1.9), .flexible(1.8), .flexible(3.4), .flexible(2.1), .flexible(2.2), 2.1, 2.2, .flexible(1.3), .flexible(1.1)],
                headerRows: 1, rows: [
                    TableRow(cell("№", bold: true), cell("ФИО наставляемого", bold: true), cell("Контакты", bold: true),
                        cell("Класс, должность", bold: true), cell("Запрос", bold: true), cell("Форма наставничества", bold: true),
                        cell("Наставник", bold: true), cell("Дата вхождения", bold: true), cell("Дата завершения", bold: true),
                        cell("Результаты", bold: true), cell("Ссылка на кейс", bold: true)),
                    TableRow(cell("{{#registers.mentees}}\(Field.value("number"))"), cell(Field.value("full_name")), cell(Field.value("contacts")),
                        cell(Field.value("class_or_position")), cell(Field.value("request")), cell(Field.value("forms")),
                        cell(Field.value("partners")), cell(Field.value("start")), cell(Field.value("end")), cell(""),
                        cell("{{/registers.mentees}}"), cantSplit: true),
                ])
            Block.pageBreak
            heading("БАЗА НАСТАВНИКОВ")
            subtitle()
            Table(columns: [0.9, .flexible(2.2), .flexible(2), .flexible(2), .flexible(2), .flexible(1.6), .flexible(2.2), 2.1, 2.1, .flexible(1.6), .flexible(1.2)],
                headerRows: 1, rows: [
                    TableRow(cell("№", bold: true), cell("ФИО наставника", bold: true), cell("Контакты", bold: true),
                        cell("Место работы, должность, класс", bold: true), cell("Компетенции", bold: true), cell("Форма наставничества", bold: true),
                        cell("Наставляемые", bold: true), cell("Дата вхождения", bold: true), cell("Дата завершения", bold: true),
                        cell("Результаты", bold: true), cell("Ссылка на кейс", bold: true)),
                    TableRow(cell("{{#registers.mentors}}\(Field.value("number"))"), cell(Field.value("full_name")), cell(Field.value("contacts")),
                        cell(Field.value("place")), cell(Field.value("competences")), cell(Field.value("forms")),
                        cell(Field.value("partners")), cell(Field.value("start")), cell(Field.value("end")), cell(""),
                        cell("{{/registers.mentors}}"), cantSplit: true),
                ])
            Block.pageBreak
            heading("ЖУРНАЛ УЧЁТА СОГЛАСИЙ НА ОБРАБОТКУ И РАСПРОСТРАНЕНИЕ ПЕРСОНАЛЬНЫХ ДАННЫХ")
            subtitle()
            Table(columns: [0.9, .flexible(3), .flexible(3.4), 2.4, 2.6, .flexible(2.2), .flexible(2)], headerRows: 1, rows: [
                TableRow(cell("№", bold: true), cell("Чьи данные", bold: true), cell("Вид согласия", bold: true), cell("Дата выдачи", bold: true),
                    cell("Дата возврата подписанного", bold: true), cell("Отзыв (дата, вх.\(nb)№)", bold: true), cell("Подпись принявшего", bold: true)),
                TableRow(cell("{{#registers.consents}}\(Field.value("number"))"), cell(Field.value("full_name")), cell(Field.value("kind")),
                    cell(Field.value("issued")), cell(Field.value("returned")), cell(Field.value("withdrawn")), cell("{{/registers.consents}}"),
                    cantSplit: true),
            ])
            Block.pageBreak
            heading("СТАТИСТИКА УЧАСТНИКОВ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА")
            subtitle()
            Paragraph.plain(Run.bold("По формам наставничества")).spaced(after: 4)
            Table(columns: [.flexible(4), .flexible(1.6), .flexible(1.6), .flexible(1.6)], headerRows: 1, rows: [
                TableRow(cell("Форма наставничества", bold: true), cell("Пар и групп", bold: true), cell("Наставников", bold: true), cell("Наставляемых", bold: true)),
                TableRow(cell("{{#registers.statistics.by_form}}\(Field.value("form"))"), cell(Field.value("pairs")), cell(Field.value("mentors")),
                    cell("\(Field.value("mentees")){{/registers.statistics.by_form}}")),
                TableRow(cell("Всего", bold: true), cell(Field.value("registers.statistics.pairs")), cell(Field.value("registers.statistics.mentors")),
                    cell(Field.value("registers.statistics.mentees"))),
            ])
            Paragraph.plain(Run.bold("По категориям участников")).spaced(before: 10, after: 4)
            Table(columns: [.flexible(4), .flexible(1.6), .flexible(1.6)], headerRows: 1, rows: [
                TableRow(cell("Категория", bold: true), cell("Наставников", bold: true), cell("Наставляемых", bold: true)),
                TableRow(cell("{{#registers.statistics.by_category}}\(Field.value("category"))"), cell(Field.value("mentors")),
                    cell("\(Field.value("mentees")){{/registers.statistics.by_category}}")),
            ])
            Paragraph.plain(Run.bold("Показатели целевой модели")).spaced(before: 10, after: 4)
            Table(columns: [.flexible(6), .flexible(1.6), .flexible(1.6), .flexible(1.6)], headerRows: 1, rows: [
                TableRow(cell("Показатель", bold: true), cell("Наставляемых", bold: true), cell("Всего в организации", bold: true), cell("Доля", bold: true)),
                TableRow(cell("Доля обучающихся в возрасте от\(nb)10 до\(nb)19\(nb)лет, вошедших в программы наставничества в роли наставляемого"),
                    cell(Field.value("registers.statistics.pupils.mentees")), cell(Field.value("registers.statistics.pupils.total")),
                    cell(Field.value("registers.statistics.pupils.share"))),
                TableRow(cell("Доля педагогов — молодых специалистов (стаж от\(nb)0 до\(nb)3\(nb)лет), вошедших в программы наставничества в роли наставляемого"),
                    cell(Field.value("registers.statistics.young_teachers.mentees")), cell(Field.value("registers.statistics.young_teachers.total")),
                    cell(Field.value("registers.statistics.young_teachers.share"))),
            ])
            Paragraph.plain(Run("Куратор\(nb)\(Field.value("org.curator.full_name", "initials_first"))")).spaced(before: 16)
        }
    }()
}
