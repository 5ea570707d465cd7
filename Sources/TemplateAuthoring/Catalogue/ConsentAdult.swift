/// Согласие на обработку персональных данных совершеннолетнего участника программы наставничества.
///
/// From the second consent of Приложение 2 to the Положение of МОУ «Щегловская СОШ» (2021), made a
/// document of its own with every item of part 4 of article 9 of 152-ФЗ (as in force from 01.09.2025):
/// the subject and their identity document, the operator, the purpose, the data, the actions and
/// the ways of processing, a definite period, how to withdraw, signature and date.
/// Consent to publication of photos and videos is a separate document and is not merged in.
extension AuthoredDocument {
    static let consentAdult: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let dash = Typography.dash
        let law = "Федерального закона от 27.07.2006 \(Typography.number("152-ФЗ")) «О персональных данных»"
        let lawShort = "Закон \(Typography.number("152-ФЗ"))"
        let lawShortGenitive = "Закона \(Typography.number("152-ФЗ"))"

        return AuthoredDocument(title: "Согласие на обработку персональных данных (совершеннолетний участник)", font: .form) {
            ApplicantHeading.blocks(subject: "person")

            Paragraph.heading("СОГЛАСИЕ").spaced(before: 12)
            Paragraph.heading("на обработку персональных данных").spaced(after: 6)

            Paragraph.body("""
                Я, \(Field.value("person.full_name")), \(Field.value("person.birth_date", #"date: "dd.MM.yyyy""#))\(nb)года рождения, \
                являюсь совершеннолетним участником мероприятий целевой модели наставничества (\(Field.value("programme.name")), \(Field.value("programme.school_year")); далее\(dash)программа \
                наставничества), и\(nb)в\(nb)соответствии со\(nb)статьёй\(nb)9 \(law) (далее\(dash)\(lawShort)) свободно, \
                своей волей и\(nb)в\(nb)своём интересе даю согласие на\(nb)обработку моих персональных данных \
                на\(nb)следующих условиях.
                """)
            Paragraph.body("""
                1.\(nb)Оператор, получающий согласие: \(Field.value("org.full_name")) (ИНН\(nb)\(Field.value("org.inn")), \
                ОГРН\(nb)\(Field.value("org.ogrn"))), адрес: \(Field.value("org.address")).
                """)
            Paragraph.body("""
                2.\(nb)Цель обработки: организация моего участия в\(nb)программе наставничества (формирование \
                наставнических пар и\(nb)групп, проведение мероприятий, ведение базы наставников и\(nb)наставляемых, \
                оформление документов, мониторинг и\(nb)оценка результатов).
                """)
            Paragraph.body("3.\(nb)Перечень персональных данных, на\(nb)обработку которых даётся согласие:").keptWithNext()
            Paragraph.item("фамилия, имя, отчество; дата рождения; адрес места жительства; номер телефона;")
            Paragraph.item("данные документа, удостоверяющего личность (серия, номер, дата выдачи, кем выдан);")
            Paragraph.item("место работы или учёбы, должность (курс, группа);")
            Paragraph.item("сведения об\(nb)образовании, квалификации, опыте работы и\(nb)интересах;")
            Paragraph.item("сведения о\(nb)моём участии в\(nb)мероприятиях программы наставничества и\(nb)их результатах.")
            Paragraph.body("4.\(nb)Перечень действий с\(nb)персональными данными:").keptWithNext()
            Paragraph.item("сбор, запись, систематизация, накопление, хранение, уточнение (обновление, изменение);")
            Paragraph.item("извлечение, использование, обезличивание, блокирование, удаление, уничтожение.")
            Paragraph.body("""
                Распространение персональных данных не\(nb)предусмотрено; предоставление третьим лицам\(dash)только \
                в\(nb)случаях, предусмотренных федеральными законами.
                """)
            Paragraph.body("""
                5.\(nb)Общее описание способов обработки: смешанная обработка (с\(nb)использованием средств \
                автоматизации и\(nb)без их использования) на\(nb)бумажных и\(nb)электронных носителях с\(nb)соблюдением \
                требований \(lawShortGenitive) к\(nb)защите персональных данных.
                """)
            Paragraph.body("""
                6.\(nb)Срок действия согласия: со\(nb)дня подписания по\(nb)\(Field.value("consent.valid_until", "date_words")) \
                включительно. По\(nb)истечении срока или при отзыве согласия Оператор прекращает обработку \
                персональных данных и\(nb)уничтожает их в\(nb)течение 30\(nb)дней, если иное не\(nb)предусмотрено \
                федеральными законами.
                """)
            Paragraph.body("""
                7.\(nb)Порядок отзыва: согласие может быть отозвано мной в\(nb)любое время письменным заявлением, \
                врученным Оператору или направленным ему по\(nb)почте.
                """)
            Paragraph.body("""
                С\(nb)положениями \(lawShortGenitive) ознакомлен\(Field.when("person.is_female", "а")), права субъекта \
                персональных данных (статья\(nb)14 \(lawShortGenitive)) мне разъяснены.
                """).keptWithNext()

            SignatureLine(
                leading: Field.value("document.date", "date_quoted"),
                transcript: Field.value("person.full_name", "initials_first")
            )
        }
    }()
}
