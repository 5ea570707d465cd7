/// The answer sheet of one stage's questionnaires: a header row of the respondents' columns and of
/// the questions, one column per question (`{{#answers.questions across}}`), and a row per
/// respondent with an empty cell per question for the curator to type the answer into, or to paste
/// an online form's export over. The header row is six lines high, for the questions' wrapped text. `mentordocs monitoring --answers` reads it back: «id» and «ФИО» say
/// who answered, «Этап» the stage, each question's column is named by its text; the columns between
/// say who the respondent is and are read past.
extension AuthoredWorkbook {
    static let answerSheet: AuthoredWorkbook = {
        let questions = "answers.questions"
        let respondents = "answers.respondents"
        let columns: [(String, Double)] = [("id", 6), ("ФИО", 32), ("Роль", 14), ("Класс, должность", 18), ("Пара, группа", 12),
            ("Форма наставничества", 22), ("Этап", 11)]
        let header = columns.map { SheetCell.header($0.0) } + [.header("{{#\(questions) across}}\(Field.value("text")){{/\(questions)}}")]
        let row: [SheetCell] = [.text("{{#\(respondents)}}\(Field.value("id"))"), .text(Field.value("full_name")), .text(Field.value("role")),
            .text(Field.value("class_or_position")), .text(Field.value("pairs")), .text(Field.value("forms")),
            .text("\(Field.value("stage")){{/\(respondents)}}"), .text("{{#\(questions) across}}{{/\(questions)}}")]
        return AuthoredWorkbook(title: "Лист ответов на анкеты мониторинга", sheets: [
            AuthoredSheet(name: "Ответы", columnWidths: columns.map(\.1) + [24], rows: [SheetRow(header, height: 78), SheetRow(row)], frozenRows: 1),
        ])
    }()
}
