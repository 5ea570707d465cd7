/// Согласие на обработку персональных данных, разрешённых субъектом для распространения
/// (article 10.1 of 152-ФЗ; the content set by Roskomnadzor order № 18 of 24.02.2021): a document of
/// its own, with a table where the person allows or forbids each category and sets conditions.
extension AuthoredDocument {
    static let consentPublication: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let clauses = ConsentClauses.self
        func cell(_ text: String, bold: Bool = false) -> TableCell {
            TableCell(Paragraph([Run(text, bold: bold, size: 10)], alignment: .left, firstLineIndent: 0))
        }
        let signer = Field.unless("person.is_minor", Field.value("person.full_name")) + Field.when("person.is_minor", Field.value("representative.full_name"))
        let signerInitials = Field.unless("person.is_minor", Field.value("person.full_name", "initials_first"))
            + Field.when("person.is_minor", Field.value("representative.full_name", "initials_first"))
        return AuthoredDocument(title: "Согласие на обработку персональных данных, разрешённых для распространения", font: .form) {
            Paragraph.heading("СОГЛАСИЕ").spaced(before: 0)
            Paragraph.heading("на обработку персональных данных, разрешённых субъектом персональных данных для распространения").spaced(after: 6)
            Paragraph.body("""
                Я, \(signer), \(Field.when("person.is_minor", "являясь \(clauses.relationInstrumental("representative")) \(clauses.minor("person")) \(Field.value("person.full_name", "genitive")), "))\
                в\(nb)соответствии со\(nb)статьёй\(nb)10.1 \(clauses.law) даю согласие \(Field.value("org.full_name")) \
                (ИНН\(nb)\(Field.value("org.inn")), ОГРН\(nb)\(Field.value("org.ogrn")), адрес: \(Field.value("org.address")); далее\(clauses.dash)Оператор) \
                на\(nb)распространение \(Field.unless("person.is_minor", "моих")) персональных данных\(Field.when("person.is_minor", " ребёнка")) \
                с\(nb)целью информирования о\(nb)ходе и\(nb)результатах программы наставничества на\(nb)официальных информационных ресурсах Оператора:
                """).keptWithNext()
            Paragraph.plain("{{#org.websites}}")
            Paragraph.item(Run(Field.value(".")))
            Paragraph.plain("{{/org.websites}}")
            Paragraph.body("Категории и\(nb)перечень персональных данных, на\(nb)распространение которых даётся согласие, условия и\(nb)запреты:").keptWithNext()
            Table(columns: [.flexible(2.2), 2.6, 2.6, .flexible(2)], headerRows: 1, rows: [
                TableRow(cell("Персональные данные", bold: true), cell("Разрешаю к\(nb)распространению (да/нет)", bold: true),
                    cell("Неограниченному кругу лиц (да/нет)", bold: true), cell("Условия и\(nb)запреты", bold: true)),
                TableRow(cell("фамилия, имя, отчество"), cell(""), cell(""), cell("")),
                TableRow(cell("класс (группа), должность"), cell(""), cell(""), cell("")),
                TableRow(cell("фотографическое изображение"), cell(""), cell(""), cell("")),
                TableRow(cell("видеоизображение"), cell(""), cell(""), cell("")),
                TableRow(cell("сведения об\(nb)участии в\(nb)мероприятиях и\(nb)их результатах"), cell(""), cell(""), cell("")),
            ])
            Paragraph.body("Согласие действует со\(nb)дня подписания по\(nb)\(Field.value("consent.valid_until", "date_words")) включительно. Я\(nb)вправе в\(nb)любое время потребовать прекратить распространение персональных данных, направив Оператору требование (часть\(nb)12 статьи\(nb)10.1 \(clauses.lawShortGenitive)); согласие также может быть отозвано письменным заявлением.").spaced(before: 6)
            SignatureLine(leading: Field.value("document.date", "date_quoted"), transcript: signerInitials)
        }
    }()
}
