/// The registers as a workbook for the curator to keep, sort and filter: a sheet per base, the
/// journal of consents, and the statistics, with the columns of the printed registers. Each
/// table's header row stays in view and carries a filter; dates are date cells and counts numbers.
extension AuthoredWorkbook {
    static let registers = AuthoredWorkbook(title: "Реестры наставнической деятельности", sheets: [
        base(name: "Наставляемые", list: "registers.mentees",
            columns: [("№", 5), ("ФИО наставляемого", 32), ("Контакты", 26), ("Класс, должность", 18), ("Запрос", 40),
                ("Форма наставничества", 22), ("Наставник", 30), ("Дата вхождения", 12), ("Дата завершения", 12),
                ("Результаты", 24), ("Ссылка на кейс", 20)],
            fields: ["class_or_position", "request", "forms", "partners"]),
        base(name: "Наставники", list: "registers.mentors",
            columns: [("№", 5), ("ФИО наставника", 32), ("Контакты", 26), ("Место работы, должность, класс", 30), ("Компетенции", 34),
                ("Форма наставничества", 22), ("Наставляемые", 34), ("Дата вхождения", 12), ("Дата завершения", 12),
                ("Результаты", 24), ("Ссылка на кейс", 20)],
            fields: ["place", "competences", "forms", "partners"]),
        consents,
        statistics,
    ])

    /// A base: number, name, contacts, four columns of its own, the dates of entry and completion,
    /// and two for the curator to fill in (the results, a link to the case).
    private static func base(name: String, list: String, columns: [(String, Double)], fields: [String]) -> AuthoredSheet {
        let row = [SheetCell.text("{{#\(list)}}\(Field.value("number"))", .number), .text(Field.value("full_name")), .text(Field.value("contacts"))]
            + fields.map { SheetCell.text(Field.value($0)) }
            + [.text(Field.value("entered"), .date), .text(Field.value("completed"), .date), .text(""), .text("{{/\(list)}}")]
        return AuthoredSheet(name: name, columnWidths: columns.map(\.1), rows: [SheetRow(columns.map { .header($0.0) }), SheetRow(row)],
            frozenRows: 1, filterRow: 1)
    }

    /// The journal of consents; its «id», «Вид согласия» and date columns are what
    /// `mentordocs status --read-journal` reads back.
    private static let consents = AuthoredSheet(name: "Согласия", columnWidths: [5, 8, 34, 48, 12, 14, 12, 22], rows: [
        SheetRow(.header("№"), .header("id"), .header("Чьи данные"), .header("Вид согласия"), .header("Дата выдачи"),
            .header("Дата возврата подписанного"), .header("Дата отзыва"), .header("Подпись принявшего")),
        SheetRow(.text("{{#registers.consents}}\(Field.value("number"))", .number), .text(Field.value("id")), .text(Field.value("full_name")),
            .text(Field.value("kind")), .text(Field.value("issued_on"), .date), .text(Field.value("returned_on"), .date),
            .text(Field.value("withdrawn_on"), .date), .text("{{/registers.consents}}")),
    ], frozenRows: 1, filterRow: 1)

    /// The figures by form and by category, the target model's indicators, whose shares are
    /// formulas over the counts beside them, and under them a chart of the participants by form.
    private static let statistics: AuthoredSheet = {
        let stats = "registers.statistics"
        let nb = Typography.noBreakSpace
        var counts = Chart(title: "Участники по формам наставничества", series: [], step: nil, width: 160, height: 85)
        counts.showsValueAxis = false
        func share(row: Int) -> SheetCell { .formula("IF(AND(ISNUMBER(C\(row)),C\(row)>0),B\(row)/C\(row),\"—\")", .percent) }
        return AuthoredSheet(name: "Статистика", columnWidths: [70, 16, 16, 16], rows: [
            SheetRow(.text("Статистика участников целевой модели наставничества", .title)),
            SheetRow(.text("\(Field.value("org.short_name")), \(Field.value("programme.school_year")), на \(Field.value("document.date", "date_quoted"))", .plain)),
            .blank,
            SheetRow(.text("По формам наставничества", .caption)),
            SheetRow(.header("Форма наставничества"), .header("Пар и групп"), .header("Наставников"), .header("Наставляемых")),
            SheetRow(.text("{{#\(stats).by_form}}\(Field.value("form"))"), .text(Field.value("pairs"), .number),
                .text(Field.value("mentors"), .number), .text("\(Field.value("mentees")){{/\(stats).by_form}}", .number)),
            // Pairs add up; a person in two forms is one mentor or mentee, so those totals are counted, not summed.
            SheetRow(.header("Всего"), .formula("SUM(B5:B6)", .number), .text(Field.value("\(stats).mentors"), .number),
                .text(Field.value("\(stats).mentees"), .number)),
            .blank,
            SheetRow(.text("По категориям участников", .caption)),
            SheetRow(.header("Категория"), .header("Наставников"), .header("Наставляемых")),
            SheetRow(.text("{{#\(stats).by_category}}\(Field.value("category"))"), .text(Field.value("mentors"), .number),
                .text("\(Field.value("mentees")){{/\(stats).by_category}}", .number)),
            .blank,
            SheetRow(.text("Показатели целевой модели", .caption)),
            SheetRow(.header("Показатель"), .header("Наставляемых"), .header("Всего в организации"), .header("Доля"), height: 30),
            SheetRow(.text("Доля обучающихся в возрасте от\(nb)10 до\(nb)19\(nb)лет, вошедших в программы наставничества в роли наставляемого"),
                .text(Field.value("\(stats).pupils.mentees"), .number), .text(Field.value("\(stats).pupils.total"), .number), share(row: 15),
                height: 30),
            SheetRow(.text("Доля педагогов — молодых специалистов (стаж от\(nb)0 до\(nb)3\(nb)лет), вошедших в программы наставничества в роли наставляемого"),
                .text(Field.value("\(stats).young_teachers.mentees"), .number), .text(Field.value("\(stats).young_teachers.total"), .number),
                share(row: 16), height: 30),
            .blank,
            SheetRow(.text("Куратор \(Field.value("org.curator.full_name", "initials_first"))", .plain)),
        ], landscape: false, charts: [
            // The mentors' and mentees' columns of the table by form; its one body row repeats for each form.
            SheetChart(counts, headerRow: 5, rows: 6...6, seriesColumns: [3, 4], row: 20),
        ])
    }()
}
