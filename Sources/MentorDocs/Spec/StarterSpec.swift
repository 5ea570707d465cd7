import CalendarDays

/// The starter spec `mentordocs init` writes: every field, with a comment in Russian saying what
/// it is and where it appears in the documents. It passes `mentordocs check` as it is.
public enum StarterSpec {
    public static let text = #"""
    # Спецификация программы наставничества для mentordocs.
    # Один файл на организацию: из него делаются все документы.
    # Формат: «ключ: значение»; отступ — пробелы (не табуляция); вложенность — отступом.
    # Строки, начинающиеся с «#», — комментарии. Даты: 2026-09-01 или 01.09.2026.
    # Проверить файл: mentordocs check ЭТОТ_ФАЙЛ

    organisation:
      # Полное наименование — в шапке приказов, в согласиях (оператор персональных данных).
      full_name: Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»
      # Краткое наименование — «Директору МБОУ «СОШ № 1»», в таблицах.
      short_name: МБОУ «СОШ № 1»
      # Адрес — в согласиях (адрес оператора).
      address: 000000, Условная область, г. Примерск, ул. Школьная, д. 1
      # Город — в строке «г. …» приказов и соглашений.
      city: Примерск
      # ИНН и ОГРН — в согласии на распространение персональных данных.
      inn: "0000000000"
      ogrn: "0000000000000"
      # Сайт и официальные группы — в согласии на распространение персональных данных.
      websites: [https://school1.example.ru]
      # Директор — подписывает приказы, утверждает Положение; в согласиях «Директору …».
      director:
        full_name: Директорова Анна Петровна
        position: директор
      # Куратор — назначается приказом, согласовывает индивидуальные планы.
      curator:
        full_name: Кураторов Олег Игоревич
        position: заместитель директора по учебно-воспитательной работе

    programme:
      # Учебный год — в заголовках Положения, дорожной карты и приказов.
      school_year: 2026–2027 учебный год
      # Начало и окончание программы — сроки дорожной карты, срок действия согласий.
      start: 2026-09-01
      end: 2027-05-31
      # Дата, которой датируются документы; возраст участников считается на эту дату.
      document_date: 2026-09-01
      # Формы наставничества, принятые в организации (перечисляются в Положении и приказе).
      forms: [ученик – ученик, учитель – учитель]
      # Номера и даты приказов: о внедрении (утверждает Положение и дорожную карту),
      # о назначении куратора, о закреплении пар, об утверждении индивидуальных планов.
      orders:
        introduction: { number: 1-о, date: 2026-08-28 }
        curator: { number: 2-о, date: 2026-08-28 }
        pairs: { number: 3-о, date: 2026-09-10 }
        plans: { number: 4-о, date: 2026-09-10 }

    participants:
      # Каждый участник: id — короткое имя для ссылок из пар (t1, s1 …).
      # category: student (обучающийся), teacher (педагог), parent, graduate, employer.
      # Для взрослого — position (должность), для обучающегося — class.
      # birth_date — дата рождения; для student и graduate обязательна: по возрасту на дату
      # документов выбирается согласие на обработку ПДн (младше \#(AgeBand.ownSignatureAge) лет его даёт
      # законный представитель, с \#(AgeBand.ownSignatureAge) до \#(AgeBand.adulthood) — сам участник вместе с ним, с \#(AgeBand.adulthood) — сам).
      # document — документ, удостоверяющий личность (в согласии):
      #   kind: passport или birth_certificate; series, number, issued_by, issued_on.
      - id: t1
        full_name: Наставникова Елена Викторовна
        category: teacher
        position: учитель математики
        birth_date: 1980-04-12
        address: г. Примерск, ул. Садовая, д. 5, кв. 12
        phone: +7 900 000-00-01
        document: { kind: passport, series: "00 00", number: "000001", issued_by: "ОВД г. Примерска", issued_on: 2020-05-20 }
      - id: t2
        full_name: Молодцов Павел Андреевич
        category: teacher
        position: учитель математики
        birth_date: 2001-10-03
        address: г. Примерск, пр. Мира, д. 17, кв. 3
        phone: +7 900 000-00-02
        document: { kind: passport, series: "00 00", number: "000002", issued_by: "ОВД г. Примерска", issued_on: 2021-11-15 }
      - id: s1
        full_name: Ученикова Дарья Сергеевна
        category: student
        class: 10 «А» класс
        birth_date: 2010-06-15
        address: г. Примерск, ул. Лесная, д. 2, кв. 8
        document: { kind: passport, series: "00 00", number: "000011", issued_by: "ОВД г. Примерска", issued_on: 2024-07-01 }
        # Несовершеннолетнему нужен законный представитель: relation — mother, father,
        # guardian (опекун) или trustee (попечитель); для опекуна и попечителя — act
        # (акт органа опеки: issuer, number, date).
        representative:
          full_name: Ученикова Марина Олеговна
          relation: mother
          address: г. Примерск, ул. Лесная, д. 2, кв. 8
          phone: +7 900 000-00-11
          document: { kind: passport, series: "00 00", number: "000012", issued_by: "ОВД г. Примерска", issued_on: 2019-09-09 }
      - id: s2
        full_name: Младшев Лев Романович
        category: student
        class: 6 «В» класс
        birth_date: 2014-03-09
        address: г. Примерск, ул. Школьная, д. 3, кв. 1
        document: { kind: birth_certificate, series: "0-ОО", number: "000021", issued_by: "Отдел ЗАГС г. Примерска", issued_on: 2014-03-20 }
        representative:
          full_name: Младшева Ольга Павловна
          relation: mother
          address: г. Примерск, ул. Школьная, д. 3, кв. 1
          phone: +7 900 000-00-21
          document: { kind: passport, series: "00 00", number: "000022", issued_by: "ОВД г. Примерска", issued_on: 2016-06-06 }

    pairs:
      # Пара или группа: форма, наставник (id), наставляемый (mentee: id) или
      # наставляемые (mentees: [id, id]), начало, срок в месяцах, цель, задачи
      # (в соглашение) и пункты индивидуального плана (что, когда, результат).
      - id: p1
        form: учитель – учитель
        mentor: t1
        mentee: t2
        start: 2026-09-15
        months: 8
        goal: Адаптация молодого специалиста
        tasks:
          - освоение методики подготовки к ОГЭ
        plan:
          - what: Взаимопосещение уроков
            when: октябрь – декабрь 2026
            result: Посещено не менее 6 уроков
      - id: p2
        form: ученик – ученик
        mentor: s1
        mentee: s2
        start: 2026-09-20
        months: 6
        goal: Повышение успеваемости по математике
        tasks:
          - помощь в освоении учебного материала
        plan:
          - what: Еженедельные консультации
            when: сентябрь 2026 – февраль 2027
            result: Повышение отметки в четверти
    """#
}
