/// Согласие на обработку персональных данных, разрешённых субъектом для распространения
/// (article 10.1 of 152-ФЗ; the content set by Roskomnadzor order № 18 of 24.02.2021): a document of
/// its own naming the subject and their contacts, the operator and its information resources, the
/// purpose, a table of the data with the permission for each and room for conditions and
/// prohibitions, the conditions of transfer, and the term.
///
/// An adult gives it alone; a 14–17-year-old gives it with the written consent of their parent or
/// попечитель (article 26 of the Civil Code), both identified and both signing, as in the
/// processing consent; for a child under 14 the parent or опекун gives it, identifying the child.
extension AuthoredDocument {
    static let consentPublication: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let clauses = ConsentClauses.self
        func cell(_ text: String, bold: Bool = false) -> TableCell {
            TableCell(Paragraph([Run(text, bold: bold, size: 10)], alignment: .left, firstLineIndent: 0))
        }
        let general = "персональные данные"
        let data = [
            "фамилия, имя, отчество",
            "место учёбы или работы, класс (группа) или должность",
            "сведения об\(nb)участии в\(nb)мероприятиях программы наставничества и\(nb)их результатах",
            "фотографическое изображение (не\(nb)используемое для установления личности)",
            "видеоизображение (не\(nb)используемое для установления личности)",
        ]
        let header = TableRow(
            cell("Категория персональных данных", bold: true), cell("Перечень персональных данных", bold: true),
            cell("Разрешаю к\(nb)распространению (да/нет)", bold: true),
            cell("Разрешаю к\(nb)распространению неограниченному кругу лиц (да/нет)", bold: true),
            cell("Условия и\(nb)запреты", bold: true))
        // The category cell spans its rows; the rows below it start from the second column.
        let rows = data.enumerated().map { index, item in
            TableRow((index == 0 ? [TableCell(Paragraph([Run(general, size: 10)], alignment: .left, firstLineIndent: 0), rowSpan: data.count)] : [])
                + [cell(item), cell(""), cell(""), cell("")], cantSplit: true)
        }
        let blank = { (count: Int) -> Table in
            Table(columns: [.flexible(1)], borders: false, rows: (0..<count).map { _ in
                TableRow(TableCell(Paragraph.empty.spaced(before: 10), bottomRule: true))
            })
        }
        return AuthoredDocument(title: "Согласие на обработку персональных данных, разрешённых для распространения", font: .form) {
            Paragraph.heading("СОГЛАСИЕ").spaced(before: 0)
            Paragraph.heading("на обработку персональных данных, разрешённых субъектом персональных данных для распространения").spaced(after: 6)

            // An adult or a 14–17-year-old: the subject gives it.
            Paragraph.plain("{{^person.is_under_14}}")
            Paragraph.body("""
                Я, \(Field.value("person.full_name")), \(Field.value("person.birth_date", #"date: "dd.MM.yyyy""#))\(nb)года рождения\
                \(Field.when("person.is_minor", ", обучающ\(Field.choice("person.is_female", "аяся", "ийся")) (\(Field.value("person.class_or_position")))")), \
                \(clauses.identity("person")); контактная информация: \(Field.value("person.contacts")), \
                в\(nb)соответствии со\(nb)статьёй\(nb)10.1 \(clauses.law) (далее\(clauses.dash)\(clauses.lawShort))\
                \(Field.when("person.is_minor", " с\(nb)письменного согласия моего законного представителя")) даю согласие \
                на\(nb)обработку в\(nb)форме распространения моих персональных данных на\(nb)следующих условиях.
                """)
            Paragraph.plain("{{/person.is_under_14}}")
            // Under 14: the parent or опекун gives it for the child.
            Paragraph.plain("{{#person.is_under_14}}")
            Paragraph.body("""
                Я, \(Field.value("representative.full_name")), \(clauses.identity("representative")); контактная информация: \
                \(Field.value("representative.contacts")), являясь \(clauses.relationInstrumental("representative")) \
                \(clauses.minor("person")) \(Field.value("person.full_name", "genitive")), \
                \(Field.value("person.birth_date", #"date: "dd.MM.yyyy""#))\(nb)года рождения, \(clauses.birthCertificate("person")); \
                \(clauses.authority(representative: "representative", child: "person", citedAbove: true)), в\(nb)соответствии со\(nb)статьёй\(nb)10.1 \
                \(clauses.law) (далее\(clauses.dash)\(clauses.lawShort)) даю согласие на\(nb)обработку в\(nb)форме распространения \
                персональных данных ребёнка на\(nb)следующих условиях.
                """)
            Paragraph.plain("{{/person.is_under_14}}")

            Paragraph.body("""
                1.\(nb)Оператор: \(Field.value("org.full_name")) (ИНН\(nb)\(Field.value("org.inn")), ОГРН\(nb)\(Field.value("org.ogrn")), \
                адрес: \(Field.value("org.address")); далее\(clauses.dash)Оператор).
                """)
            Paragraph.body("""
                2.\(nb)Информационные ресурсы Оператора, посредством которых предоставляется доступ неограниченному кругу \
                лиц и\(nb)совершаются иные действия с\(nb)персональными данными:
                """).keptWithNext()
            Paragraph.plain("{{#org.websites}}")
            Paragraph.item(Run(Field.value(".") + "{{^@last}};{{/@last}}{{#@last}}.{{/@last}}"))
            Paragraph.plain("{{/org.websites}}")
            Paragraph.body("""
                3.\(nb)Цель обработки: информирование о\(nb)ходе и\(nb)результатах \(clauses.programme).
                """)
            Paragraph.body("""
                4.\(nb)Категории и\(nb)перечень персональных данных, на\(nb)обработку которых в\(nb)форме распространения даётся \
                согласие, разрешение на\(nb)распространение каждой из них, условия и\(nb)запреты (графа «Условия и\(nb)запреты» \
                заполняется по\(nb)желанию субъекта персональных данных):
                """).keptWithNext()
            Table(columns: [2.6, .flexible(3.4), 3.5, 3.6, .flexible(2.6)], headerRows: 1, rows: [header] + rows)
            Paragraph.body("""
                Специальные категории персональных данных и\(nb)биометрические персональные данные для распространения \
                не\(nb)запрашиваются и\(nb)не\(nb)распространяются.
                """).spaced(before: 6)
            Paragraph.body("""
                5.\(nb)Условия, при которых полученные персональные данные могут передаваться Оператором только по\(nb)его \
                внутренней сети, обеспечивающей доступ к\(nb)информации лишь для строго определённых сотрудников, либо \
                с\(nb)использованием информационно-телекоммуникационных сетей, либо без передачи полученных персональных \
                данных (заполняется по\(nb)желанию субъекта персональных данных):
                """).keptWithNext()
            blank(2)
            Paragraph.body("""
                6.\(nb)Срок действия согласия: со\(nb)дня подписания по\(nb)\(Field.value("consent.valid_until", "date_words")) включительно.
                """).spaced(before: 6)
            Paragraph.body("""
                7.\(nb)Я\(nb)вправе в\(nb)любое время потребовать прекратить передачу (распространение, предоставление, доступ) \
                персональных данных, разрешённых для распространения, направив Оператору требование с\(nb)фамилией, именем, \
                отчеством, контактной информацией и\(nb)перечнем персональных данных, обработка которых подлежит \
                прекращению (часть\(nb)12 статьи\(nb)10.1 \(clauses.lawShortGenitive)); Оператор прекращает их передачу \
                в\(nb)течение трёх рабочих дней с\(nb)момента получения требования (часть\(nb)13 статьи\(nb)10.1 \
                \(clauses.lawShortGenitive)). Согласие может быть отозвано письменным заявлением (отзывом), врученным \
                Оператору или направленным ему по\(nb)почте.
                """).keptWithNext()

            Paragraph.plain("{{^person.is_under_14}}")
            SignatureLine(leading: Field.value("document.date", "date_quoted"), transcript: Field.value("person.full_name", "initials_first"))
            Paragraph.plain("{{/person.is_under_14}}")
            Paragraph.plain("{{#person.is_14_to_17}}")
            Paragraph.heading("Согласие законного представителя").spaced(before: 12, after: 4)
            Paragraph.body("""
                Я, \(Field.value("representative.full_name")), \(clauses.identity("representative")); контактная информация: \
                \(Field.value("representative.contacts")), являясь \(clauses.relationInstrumental("representative")) \
                \(clauses.minor("person")) \(Field.value("person.full_name", "genitive")); \
                \(clauses.authority(representative: "representative", child: "person")), в\(nb)соответствии со\(nb)статьёй\(nb)26 \
                Гражданского кодекса Российской Федерации даю согласие на\(nb)то, чтобы \(Field.choice("person.is_female", "она", "он")) \
                дал\(Field.when("person.is_female", "а")) настоящее согласие на\(nb)изложенных выше условиях.
                """).keptWithNext()
            SignatureLine(leading: Field.value("document.date", "date_quoted"), transcript: Field.value("representative.full_name", "initials_first"))
            Paragraph.plain("{{/person.is_14_to_17}}")
            Paragraph.plain("{{#person.is_under_14}}")
            SignatureLine(leading: Field.value("document.date", "date_quoted"), transcript: Field.value("representative.full_name", "initials_first"))
            Paragraph.plain("{{/person.is_under_14}}")
        }
    }()
}
