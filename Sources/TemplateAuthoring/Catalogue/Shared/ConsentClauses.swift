/// The conditions every consent to personal data processing states (part 4 of article 9 of 152-ФЗ
/// as in force from 01.09.2025): the operator, the purpose, the data, the actions, the ways, the
/// period and how to withdraw. The consents differ in who gives them and for whose data.
enum ConsentClauses {
    static let nb = Typography.noBreakSpace
    static let dash = Typography.dash
    static let law = "Федерального закона от 27.07.2006 \(Typography.number("152-ФЗ")) «О персональных данных»"
    static let lawShort = "Закон \(Typography.number("152-ФЗ"))"
    static let lawShortGenitive = "Закона \(Typography.number("152-ФЗ"))"

    /// «являюсь ... (программа наставничества ...; далее — программа наставничества)».
    static var programme: String {
        "целевой модели наставничества (\(Field.value("programme.name")), \(Field.value("programme.school_year")); далее\(dash)программа наставничества)"
    }

    /// Points 1 to 7. `whose` completes «обработку … персональных данных» where the data are named
    /// again (`моих`, `моих и моего ребёнка`); `documents` lists the identity documents concerned.
    static func clauses(documents: String) -> [Block] {
        [
            .paragraph(Paragraph.body("""
                1.\(nb)Оператор, получающий согласие: \(Field.value("org.full_name")) (ИНН\(nb)\(Field.value("org.inn")), \
                ОГРН\(nb)\(Field.value("org.ogrn"))), адрес: \(Field.value("org.address")).
                """)),
            .paragraph(Paragraph.plain("{{#org.has_processors}}")),
            .paragraph(Paragraph.body(Run(processors))),
            .paragraph(Paragraph.plain("{{/org.has_processors}}")),
            .paragraph(Paragraph.body("""
                2.\(nb)Цель обработки: организация участия в\(nb)программе наставничества (формирование \
                наставнических пар и\(nb)групп, проведение мероприятий, ведение базы наставников и\(nb)наставляемых, \
                оформление документов, мониторинг и\(nb)оценка результатов).
                """)),
            .paragraph(Paragraph.body("3.\(nb)Перечень персональных данных, на\(nb)обработку которых даётся согласие:").keptWithNext()),
            .paragraph(Paragraph.item("фамилия, имя, отчество; дата рождения; адрес места жительства; номер телефона;")),
            .paragraph(Paragraph.item("данные \(documents) (серия, номер, дата выдачи, кем выдан);")),
            .paragraph(Paragraph.item("место учёбы или работы, класс (группа) или должность;")),
            .paragraph(Paragraph.item("сведения об\(nb)участии в\(nb)мероприятиях программы наставничества и\(nb)их результатах.")),
            .paragraph(Paragraph.body("4.\(nb)Перечень действий с\(nb)персональными данными:").keptWithNext()),
            .paragraph(Paragraph.item("сбор, запись, систематизация, накопление, хранение, уточнение (обновление, изменение);")),
            .paragraph(Paragraph.item("""
                извлечение, использование, \(Field.when("org.has_processors", transferToProcessors))обезличивание, \
                блокирование, удаление, уничтожение.
                """)),
            .paragraph(Paragraph.body("""
                Распространение персональных данных не\(nb)предусмотрено; предоставление третьим лицам\(dash)только \
                в\(nb)случаях, предусмотренных федеральными законами.
                """)),
            .paragraph(Paragraph.body("""
                5.\(nb)Общее описание способов обработки: смешанная обработка (с\(nb)использованием средств \
                автоматизации и\(nb)без их использования) на\(nb)бумажных и\(nb)электронных носителях с\(nb)соблюдением \
                требований \(lawShortGenitive) к\(nb)защите персональных данных.
                """)),
            .paragraph(Paragraph.body("""
                6.\(nb)Срок действия согласия: со\(nb)дня подписания по\(nb)\(Field.value("consent.valid_until", "date_words")) \
                включительно. По\(nb)истечении срока или при отзыве согласия Оператор прекращает обработку \
                персональных данных и\(nb)уничтожает их в\(nb)течение 30\(nb)дней, если иное не\(nb)предусмотрено \
                федеральными законами.
                """)),
            .paragraph(Paragraph.body("""
                7.\(nb)Порядок отзыва: согласие может быть отозвано в\(nb)любое время письменным заявлением (отзывом), \
                врученным Оператору или направленным ему по\(nb)почте. После отзыва Оператор вправе продолжить \
                обработку персональных данных без согласия лишь при наличии оснований, указанных в\(nb)пунктах\(nb)2–11 \
                части\(nb)1 статьи\(nb)6 \(lawShortGenitive) (часть\(nb)2 статьи\(nb)9 \(lawShortGenitive)).
                """)),
        ]
    }

    /// «матерью», «отцом», «опекуном», «попечителем» of the representative at `path`.
    static func relationInstrumental(_ path: String) -> String {
        Field.when("\(path).is_parent", Field.choice("\(path).is_female", "матерью", "отцом"))
            + Field.when("\(path).is_guardian", "опекуном") + Field.when("\(path).is_trustee", "попечителем")
    }

    static let transferToProcessors = "передача (предоставление, доступ) лицам, осуществляющим обработку по\(nb)поручению Оператора, "

    /// Item 6 of part 4 of article 9: those who process the data on the operator's behalf, each
    /// with their address. Shown only when the spec names any.
    static var processors: String {
        """
        Лица, осуществляющие обработку персональных данных по\(nb)поручению Оператора,\(dash)\
        {{#org.processors}}\(Field.value("name"))\(Field.when("purpose", " (\(Field.value("purpose")))")), \
        адрес: \(Field.value("address")){{^@last}}; {{/@last}}{{/org.processors}}.
        """
    }

    /// The child's birth certificate: «свидетельство о рождении серия 0-ОО №\u{a0}000021, выдано 20.03.2014 …».
    static func birthCertificate(_ child: String) -> String {
        let certificate = "\(child).birth_certificate"
        return """
            свидетельство о\(nb)рождении серия\(nb)\(Field.value("\(certificate).series")) \
            №\(nb)\(Field.value("\(certificate).number")), выдано \(Field.value("\(certificate).issued_on", #"date: "dd.MM.yyyy""#)) \
            \(Field.value("\(certificate).issued_by", #"phrase: "instrumental""#))
            """
    }

    /// What gives a representative their authority (item 2 of part 4 of article 9): a parent is
    /// named in the child's birth certificate; an опекун or попечитель is appointed by the
    /// guardianship authority's act, named by its kind, date, number and issuer.
    /// `citedAbove`: the child's certificate stands just before, so a parent's refers to it.
    static func authority(representative: String, child: String, citedAbove: Bool = false) -> String {
        let act = "\(representative).authority"
        return "документ, подтверждающий полномочия законного представителя,\(dash)"
            + Field.when("\(representative).is_parent", citedAbove ? "свидетельство о\(nb)рождении ребёнка, указанное выше" : birthCertificate(child))
            + Field.unless("\(representative).is_parent", """
                \(Field.value("\(act).kind", #"default: "акт""#)) органа опеки и\(nb)попечительства \
                от\(nb)\(Field.value("\(act).date", "date_numeric")) №\(nb)\(Field.value("\(act).number")) \
                (\(Field.value("\(act).issuer")))
                """)
    }

    /// «проживающей по адресу: …, паспорт …: серия … № …, выдан …» of the person at `path`.
    static func identity(_ path: String) -> String {
        let document = "\(path).document"
        return """
            проживающ\(Field.choice("\(path).is_female", "ая", "ий")) по\(nb)адресу: \(Field.value("\(path).address")), \
            \(Field.value("\(document).title")) серия\(nb)\(Field.value("\(document).series")) №\(nb)\(Field.value("\(document).number")), \
            выдан \(Field.value("\(document).issued_on", #"date: "dd.MM.yyyy""#)) \(Field.value("\(document).issued_by", #"phrase: "instrumental""#))
            """
    }

    /// «несовершеннолетнего» or «несовершеннолетней» for the child at `path`.
    static func minor(_ path: String) -> String { Field.choice("\(path).is_female", "несовершеннолетней", "несовершеннолетнего") }
}
