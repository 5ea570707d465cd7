/// Отчёт о мониторинге программы наставничества: who answered, the marks of each block's items per
/// form, «на входе» against «на выходе» with the paired test's verdict, the strengths and weaknesses,
/// and the answers in words. The figures are the domain's; the template only lays them out.
extension AuthoredDocument {
    static let monitoringReport: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        func cell(_ text: String, bold: Bool = false, alignment: Paragraph.Alignment = .left) -> TableCell {
            TableCell(Paragraph([Run(text, bold: bold)], alignment: alignment, firstLineIndent: 0, fontSize: 10))
        }
        func figure(_ text: String) -> TableCell { cell(text, alignment: .center) }
        func head(_ text: String) -> TableCell { cell(text, bold: true, alignment: .center) }
        func section(_ title: String) -> Paragraph { Paragraph.plain(Run.bold(title)).spaced(before: 12, after: 6).keptWithNext() }
        return AuthoredDocument(title: "Отчёт о мониторинге программы наставничества", font: .form) {
            Paragraph.heading("ОТЧЁТ")
            Paragraph.heading("о мониторинге программы наставничества")
            Paragraph.heading(Run("\(Field.value("org.short_name")), \(Field.value("programme.school_year"))")).spaced(after: 8)
            Paragraph.body(Run("Мониторинг проведён анкетированием наставников и наставляемых \(Field.value("report.stages_read")). Анкеты вернули \(Field.value("report.answered")) из\(nb)\(Field.value("report.expected")) участников программы. Оценки даны по шкале от\(nb)1 до\(nb)10; разброс\(Typography.dash)стандартное отклонение оценок."))

            section("1. Охват анкетированием")
            Table(columns: [.flexible(2.4), 3, 2.4, 2.4, 2.4], headerRows: 1, rows: [
                TableRow(head("Форма наставничества"), head("Роль"), head("Участников"), head("Ответили на\(nb)входе"), head("Ответили на\(nb)выходе")),
                TableRow(cell("{{#report.response}}\(Field.value("form"))"), cell(Field.value("role")), figure(Field.value("expected")),
                    figure(Field.value("entry")), figure("\(Field.value("exit")){{/report.response}}"), cantSplit: true),
                TableRow(cell("Всего", bold: true), cell(""), figure(Field.value("report.expected")), figure(Field.value("report.total.entry")),
                    figure(Field.value("report.total.exit")), cantSplit: true),
            ])

            section("2. Оценки \(Field.value("report.scores_stage"))")
            Paragraph.plain("{{#report.blocks}}")
            Paragraph.plain(Run.italic(Field.value("title"))).spaced(before: 6, after: 4).keptWithNext()
            Table(columns: [1, .flexible(1), 2.1, 2.1, 2.1, 2.1], headerRows: 1, rows: [
                TableRow(head("№"), head("Вопрос"), head("Ответов"), head("Среднее"), head("Медиана"), head("Разброс")),
                TableRow(figure("{{#items}}\(Field.value("number"))"), cell(Field.value("text")), figure(Field.value("count")),
                    figure(Field.value("mean")), figure(Field.value("median")), figure("\(Field.value("spread")){{/items}}"), cantSplit: true),
            ])
            Paragraph.plain(Run("По формам наставничества:")).spaced(before: 6, after: 4).keptWithNext()
            Table(columns: [1, .flexible(1), 2.1, 2.1, 2.1, 2.1], headerRows: 1, rows: [
                TableRow(head("№"), head("Форма наставничества"), head("Ответов"), head("Среднее"), head("Медиана"), head("Разброс")),
                TableRow(figure("{{#by_form}}\(Field.value("number"))"), cell(Field.value("form")), figure(Field.value("count")),
                    figure(Field.value("mean")), figure(Field.value("median")), figure("\(Field.value("spread")){{/by_form}}"), cantSplit: true),
            ])
            Paragraph.plain("{{/report.blocks}}")
            // A chart shows one set of data, so each block's stands outside the repeated blocks, bound by the block's id.
            Chart(title: "Качество реализации программы: средние оценки {{#chart report.charts.quality}}", series: ["Средняя оценка"],
                categoriesName: "Вопрос", scale: 0...10, height: 150)
            Chart(title: "Личностный и профессиональный рост: средние оценки {{#chart report.charts.growth}}", series: ["Средняя оценка"],
                categoriesName: "Вопрос", scale: 0...10, height: 200)

            section("3. «На входе» и «на выходе»")
            Paragraph.body(Run("Сравниваются ответы одних и тех же участников на оба этапа; значимость изменения проверена критерием знаковых рангов Уилкоксона (изменение считается значимым при p\(nb)<\(nb)0,05; для проверки нужно не меньше шести участников, чья оценка изменилась)."))
                .spaced(after: 6)
            Paragraph.body(Run(Field.unless("report.has_comparisons", "Ответы обоих этапов пока не собраны: сравнивать не с чем.")))
            Table(columns: [0.8, .flexible(1), 1.5, 1.6, 1.6, 1.8, 1.4, 2.9], headerRows: 1, rows: [
                TableRow(head("№"), head("Вопрос"), head("Пар ответов"), head("На входе"), head("На выходе"), head("Изменение"), head("p"), head("Вывод")),
                TableRow(figure("{{#report.comparisons}}\(Field.value("number"))"), cell(Field.value("text")), figure(Field.value("pairs")),
                    figure(Field.value("entry")), figure(Field.value("exit")), figure(Field.value("change")), figure(Field.value("p")),
                    cell("\(Field.value("verdict")){{/report.comparisons}}"), cantSplit: true),
            ])
            Chart(title: "«На входе» и «на выходе»: средние оценки {{#chart report.charts.change}}", series: ["На входе", "На выходе"],
                categoriesName: "Вопрос", scale: 0...10, height: 210)

            section("4. Сильные и слабые стороны программы")
            Paragraph.body(Run("Сильные стороны (самые высокие средние оценки \(Field.value("report.scores_stage"))):"))
            Paragraph.plain("{{#report.strengths}}")
            Paragraph.item(Run("\(Field.value("text"))\(Typography.dash)\(Field.value("mean"))"))
            Paragraph.plain("{{/report.strengths}}")
            Paragraph.body(Run("Слабые стороны (самые низкие средние оценки):")).spaced(before: 6)
            Paragraph.plain("{{#report.weaknesses}}")
            Paragraph.item(Run("\(Field.value("text"))\(Typography.dash)\(Field.value("mean"))"))
            Paragraph.plain("{{/report.weaknesses}}")

            section("5. Ответы участников словами")
            Paragraph.plain("{{#report.open}}")
            Paragraph.plain(Run.italic("\(Field.value("text")) (\(Field.value("stage")))")).spaced(before: 6, after: 2).keptWithNext()
            Paragraph.plain("{{#answers}}")
            Paragraph.item(Run("\(Field.value("text")) (\(Field.value("who")))"))
            Paragraph.plain("{{/answers}}")
            Paragraph.plain("{{/report.open}}")
            Paragraph.body(Run(Field.unless("report.has_open", "Ответов словами нет.")))

            SignatureLine(leading: [Run("Куратор программы наставничества")], transcript: [Run(Field.value("org.curator.full_name", "initials_first"))])
            Paragraph.plain(Run(Field.value("report.date", "date_quoted"))).spaced(before: 8)
        }
    }()
}
