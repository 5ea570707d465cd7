import Foundation
import Hummingbird
import MentorDocs
@testable import MentorDocsServe
import NIOCore
import Testing

/// The forms that add and edit participants and pairs: what they show, what they write into the spec
/// (its other lines left as they were), and each request they refuse.
@Suite struct EntryFormTests {
    static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// A form as the page sends it: the token, the spec's version as read now, and `fields`.
    static func post(_ client: SchoolClient, _ school: TestSchool, _ path: String, _ fields: [(String, String)],
        version: String? = nil) async throws -> SchoolClient.Response
    {
        let current = try version ?? SpecFile.version(of: bytes(school.spec))
        let form = TestSchool.form([("form_token", TestSchool.formToken), ("version", current)] + fields)
        return try await client.execute(uri: path, method: .post, headers: client.sameOrigin, body: form)
    }

    /// A pupil of 12 with her mother, as a secretary would type her.
    static let newPupil: [(String, String)] = [
        ("id", "s9"), ("full_name", " Новикова Алиса Игоревна  "), ("category", "student"), ("birth_date", "12.05.2014"),
        ("class", "6 «В» класс"), ("address", "г. Примерск, ул. Новая, д. 1"),
        ("document.kind", "birth_certificate"), ("document.series", "0-ОО"), ("document.number", "000099"),
        ("representative.full_name", "Новикова Ирина Павловна"), ("representative.relation", "mother"),
        ("representative.phone", "+7 900 000-00-99"), ("representative.address", "г. Примерск, ул. Новая, д. 1"),
    ]

    /// The page's field `name`, from its label to the end of its block.
    static func field(_ name: String, in page: String) -> String {
        guard let start = page.range(of: "<label for=\"field-\(name)\">") else { return "" }
        let rest = page[start.lowerBound...]
        let end = rest.range(of: "<div class=\"field")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func theFormsShowWhatTheSpecHas() async throws {
        let school = try TestSchool()
        let version = SpecFile.version(of: try Self.bytes(school.spec))
        try await school.withClient { client in
            let s3 = String(buffer: try await client.execute(uri: "/participants/s3/edit", method: .get, headers: client.cookie).body)
            #expect(s3.contains("<h1>Участник</h1>"))
            #expect(s3.contains("name=\"version\" value=\"\(version)\""))
            #expect(s3.contains("name=\"form_token\" value=\"\(TestSchool.formToken)\""))
            #expect(Self.field("full_name", in: s3).contains("value=\"Лебедев Лев Романович\""))
            #expect(Self.field("birth_date", in: s3).contains("value=\"2014-03-09\""))
            #expect(Self.field("representative.full_name", in: s3).contains("value=\"Лебедева Ольга Павловна\""))
            #expect(Self.field("representative.relation", in: s3).contains("<option value=\"mother\" selected>мать</option>"))
            #expect(Self.field("document.kind", in: s3).contains("<option value=\"birth_certificate\" selected>"))
            #expect(!s3.contains("<script"))
            let s4 = String(buffer: try await client.execute(uri: "/participants/s4/edit", method: .get, headers: client.cookie).body)
            #expect(Self.field("representative.authority.number", in: s4).contains("value=\"00-ТЕСТ\""))
            let g1 = String(buffer: try await client.execute(uri: "/pairs/g1/edit", method: .get, headers: client.cookie).body)
            #expect(Self.field("mentees", in: g1).contains("<option value=\"s2\" selected>"))
            #expect(Self.field("mentees", in: g1).contains("<option value=\"s4\" selected>"))
            #expect(Self.field("mentor", in: g1).contains("<option value=\"e1\" selected>"))
            #expect(Self.field("plan.0.what", in: g1).contains("value=\"Экскурсия на предприятие\""))
            #expect(g1.contains("for=\"field-plan.3.what\""), "empty rows for new items")
            let p1 = String(buffer: try await client.execute(uri: "/pairs/p1/edit", method: .get, headers: client.cookie).body)
            #expect(Self.field("tasks", in: p1).contains(">освоение методики подготовки обучающихся к ОГЭ по математике\nповышение уровня"))
            for path in ["/participants/new", "/pairs/new"] {
                let response = try await client.execute(uri: path, method: .get, headers: client.cookie)
                #expect(response.status == .ok, "\(path)")
            }
            let missing = try await client.execute(uri: "/participants/zz/edit", method: .get, headers: client.cookie)
            #expect(missing.status == .notFound)
            let list = String(buffer: try await client.execute(uri: "/participants", method: .get, headers: client.cookie).body)
            #expect(list.contains("<a href=\"/participants/s3/edit\""))
            #expect(list.contains("<a href=\"/participants/new\""))
        }
    }

    @Test func aNewPupilWithHerMotherIsWrittenAfterTheOthers() async throws {
        let school = try TestSchool()
        let before = try Self.bytes(school.spec)
        try await school.withClient { client in
            let response = try await Self.post(client, school, "/participants/new", Self.newPupil)
            #expect(response.status == .seeOther, "\(String(buffer: response.body))")
            #expect(response.headers[.location] == "/participants#participant-s9")
        }
        let after = String(decoding: try Self.bytes(school.spec), as: UTF8.self)
        let added = """
              - id: s9
                full_name: Новикова Алиса Игоревна
                category: student
                birth_date: 12.05.2014
                class: 6 «В» класс
                address: г. Примерск, ул. Новая, д. 1
                document: { kind: birth_certificate, series: 0-ОО, number: 000099 }
                representative:
                  full_name: Новикова Ирина Павловна
                  relation: mother
                  address: г. Примерск, ул. Новая, д. 1
                  phone: +7 900 000-00-99

            """
        #expect(after.contains("authority: { kind: распоряжение, number: \"00-ТЕСТ\", date: 2022-04-18, issuer: \"Отдел опеки и попечительства г. Примерска (тестовые данные)\" }\n" + added + "\npairs:"))
        #expect(after.replacingOccurrences(of: added, with: "") == String(decoding: before, as: UTF8.self), "nothing else changed")
        #expect(try Self.bytes(SpecChange.backupPath(of: school.spec)) == before)
        let programme = try SpecReader.read(contentsOf: school.spec).0
        #expect(programme.participant("s9")?.representative?.relation == .mother)
        #expect(programme.participant("s9")?.person.birthDate == CalendarDay(parsing: "2014-05-12"))
    }

    @Test func anEditChangesTheLinesOfWhatChangedOnly() async throws {
        let school = try TestSchool()
        let before = String(decoding: try Self.bytes(school.spec), as: UTF8.self)
        try await school.withClient { client in
            let page = String(buffer: try await client.execute(uri: "/participants/s3/edit", method: .get, headers: client.cookie).body)
            // What the form shows, sent back with one change: as a browser sends it.
            var fields = Self.inputs(of: page)
            fields = fields.map { $0.0 == "representative.phone" ? ($0.0, "+7 900 000-00-77") : $0 }
            let response = try await client.execute(uri: "/participants/s3/edit", method: .post, headers: client.sameOrigin, body: TestSchool.form(fields))
            #expect(response.status == .seeOther, "\(String(buffer: response.body))")
            #expect(response.headers[.location] == "/participants#participant-s3")
        }
        let after = String(decoding: try Self.bytes(school.spec), as: UTF8.self)
        #expect(after == before.replacingOccurrences(of: "      phone: +7 900 000-00-21\n", with: "      phone: +7 900 000-00-77\n"))
    }

    /// Values the form has no words for, and the older key `act`, are shown and written back as the spec has them.
    @Test func anOlderKeyAndAValueOutsideTheListsAreKept() async throws {
        let school = try TestSchool {
            $0.replacingOccurrences(of: "      authority: { kind: распоряжение", with: "      act: { kind: распоряжение")
                .replacingOccurrences(of: "    full_name: Орлова Вера Денисовна\n", with: "    full_name: Орлова Вера Денисовна\n    gender: ж   # по документам\n")
        }
        let before = String(decoding: try Self.bytes(school.spec), as: UTF8.self)
        try await school.withClient { client in
            let page = String(buffer: try await client.execute(uri: "/participants/s4/edit", method: .get, headers: client.cookie).body)
            #expect(Self.field("representative.authority.number", in: page).contains("value=\"00-ТЕСТ\""))
            #expect(Self.field("gender", in: page).contains("<option value=\"ж\" selected>ж</option>"))
            let fields = Self.inputs(of: page).map { $0.0 == "representative.authority.issuer" ? ($0.0, "Отдел опеки г. Примерска") : $0 }
            let response = try await client.execute(uri: "/participants/s4/edit", method: .post, headers: client.sameOrigin, body: TestSchool.form(fields))
            #expect(response.status == .seeOther, "\(String(buffer: response.body))")
        }
        let after = String(decoding: try Self.bytes(school.spec), as: UTF8.self)
        #expect(after == before.replacingOccurrences(
            of: "      act: { kind: распоряжение, number: \"00-ТЕСТ\", date: 2022-04-18, issuer: \"Отдел опеки и попечительства г. Примерска (тестовые данные)\" }\n",
            with: "      act: { kind: распоряжение, number: 00-ТЕСТ, date: 2022-04-18, issuer: Отдел опеки г. Примерска }\n"))
        #expect(after.contains("    gender: ж   # по документам\n"))
        #expect(after.contains("      act: { kind: распоряжение, number: 00-ТЕСТ, date: 2022-04-18, issuer: Отдел опеки г. Примерска }\n"))
    }

    @Test func aPairIsEditedAndAddedWithItsPlan() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let page = String(buffer: try await client.execute(uri: "/pairs/p2/edit", method: .get, headers: client.cookie).body)
            let typed = ["plan.1.what": "Разбор контрольной работы", "plan.1.when": "декабрь 2026", "plan.1.result": "Ошибки разобраны"]
            let fields = Self.inputs(of: page).map { ($0.0, typed[$0.0] ?? $0.1) }
            let edited = try await client.execute(uri: "/pairs/p2/edit", method: .post, headers: client.sameOrigin, body: TestSchool.form(fields))
            #expect(edited.status == .seeOther, "\(String(buffer: edited.body))")
            let added = try await Self.post(client, school, "/pairs/new", [
                ("id", "p3"), ("form", "учитель – учитель"), ("mentor", "t1"), ("mentees", "t2"), ("start", "2026-10-01"), ("months", "6"),
                ("tasks", "первая задача\r\nвторая: с двоеточием"), ("plan.0.what", "Знакомство"), ("plan.0.when", "октябрь 2026"),
            ])
            // t2 is a mentee of «учитель – учитель» in p1 already: the library says so, beside the field.
            #expect(added.status == .unprocessableContent)
            let problem = Self.field("mentees", in: String(buffer: added.body))
            #expect(problem.contains("<p class=\"field-error\" id=\"field-mentees-error\">p3: t2 уже наставляемый формы «учитель – учитель» в паре p1."))
            let group = try await Self.post(client, school, "/pairs/new", [
                ("id", "g2"), ("form", "ученик – ученик"), ("mentor", "s1"), ("mentees", "s2"), ("mentees", "s4"), ("start", "2026-10-01"),
                ("months", "6"), ("tasks", "первая задача\r\nвторая: с двоеточием"), ("plan.0.what", "Знакомство"), ("plan.0.when", "октябрь 2026"),
            ])
            #expect(group.status == .seeOther, "\(String(buffer: group.body))")
            #expect(group.headers[.location] == "/pairs#pair-g2")
        }
        let programme = try SpecReader.read(contentsOf: school.spec).0
        let p2 = try #require(programme.pairs.first { $0.id == "p2" })
        #expect(p2.plan.map(\.activity) == ["Еженедельные консультации по математике", "Разбор контрольной работы"])
        #expect(p2.menteeIDs == ["s3"])
        let g2 = try #require(programme.pairs.first { $0.id == "g2" })
        #expect(g2.menteeIDs == ["s2", "s4"])
        #expect(g2.tasks == ["первая задача", "вторая: с двоеточием"])
        #expect(g2.plan == [PlanItem(activity: "Знакомство", when: "октябрь 2026", result: "")])
        let text = String(decoding: try Self.bytes(school.spec), as: UTF8.self)
        #expect(text.contains("    mentees: [s2, s4]\n"))
        #expect(text.contains("      - \"вторая: с двоеточием\"\n"))
    }

    @Test func eachWrongFieldIsShownBesideItWithWhatWasTyped() async throws {
        let school = try TestSchool()
        let before = try Self.bytes(school.spec)
        let cases: [(path: String, change: [(String, String)], field: String, message: String)] = [
            ("/participants/new", [("birth_date", "31.02.2014")], "birth_date", "«31.02.2014» — не дата. Напишите дату так: 19.11.2026"),
            ("/participants/new", [("birth_date", "2030-01-01")], "birth_date", "дата рождения 01.01.2030 позже даты документов"),
            ("/participants/new", [("full_name", "Алиса")], "full_name", "В поле «full_name» укажите хотя бы фамилию и имя."),
            ("/participants/new", [("id", "s1")], "id", "Код «s1» встречается дважды"),
            ("/participants/new", [("id", "")], "id", "Заполните поле «id»: оно обязательно."),
            ("/participants/new", [("representative.full_name", ""), ("representative.relation", ""), ("representative.phone", ""),
                ("representative.address", "")], "representative.full_name", "участник несовершеннолетний"),
            ("/participants/new", [("representative.relation", "")], "representative.relation", "Заполните поле «relation»: оно обязательно."),
            ("/participants/new", [("document.issued_on", "вчера")], "document.issued_on", "«вчера» — не дата."),
            ("/participants/new", [("document.kind", "")], "document.kind", "Заполните поле «kind»: оно обязательно."),
            ("/participants/new", [("category", "pupil")], "category", "«pupil» — такого значения нет в поле «category»."),
            ("/participants/new", [("gender", "мальчик")], "gender", "«мальчик» — не пол. Напишите м или ж"),
        ]
        try await school.withClient { client in
            for item in cases {
                var fields = Self.newPupil.filter { field in !item.change.contains { $0.0 == field.0 } }
                fields += item.change.filter { !$0.1.isEmpty }
                let response = try await Self.post(client, school, item.path, fields)
                #expect(response.status == .unprocessableContent, "\(item.change)")
                let page = String(buffer: response.body)
                let field = Self.field(item.field, in: page)
                #expect(field.contains("<div class=\"field invalid\">") || page.contains("field invalid\"><label for=\"field-\(item.field)\""), "\(item.change)")
                #expect(field.contains("<p class=\"field-error\" id=\"field-\(item.field)-error\">") && field.contains(item.message), "\(item.change): \(field)")
                #expect(page.contains("Запись не сохранена"), "\(item.change)")
                for (name, value) in item.change where !value.isEmpty {
                    #expect(Self.field(name, in: page).contains(HTML.escaped(value)), "\(name) keeps what was typed")
                }
                #expect(Self.field("representative.full_name", in: page).contains("Новикова Ирина Павловна") || item.field.hasPrefix("representative"))
            }
            let pairCases: [([(String, String)], String, String)] = [
                ([("months", "много")], "months", "В поле «months» нужно целое число от 1 до 60"),
                ([("start", "2026-09-31")], "start", "«2026-09-31» — не дата."),
                ([("mentor_pay", "пять тысяч")], "mentor_pay", "«пять тысяч» — не сумма в рублях."),
                ([("mentor", "s3")], "mentees", "не может быть наставником самому себе"),
                ([("form", "студент – ученик")], "form", "нет среди форм наставничества программы"),
                ([("mentees", "t2")], "mentees", "должно быть от 10 до 19 лет"),
                ([("plan.0.what", "")], "plan.0.what", "Заполните поле «what»: оно обязательно."),
            ]
            for (change, name, message) in pairCases {
                let base: [(String, String)] = [("form", "ученик – ученик"), ("mentor", "s1"), ("mentees", "s3"), ("start", "2026-09-20"),
                    ("months", "6"), ("plan.0.what", "Консультации"), ("plan.0.when", "сентябрь 2026")]
                let fields = base.filter { field in !change.contains { $0.0 == field.0 } } + change.filter { !$0.1.isEmpty }
                let response = try await Self.post(client, school, "/pairs/p2/edit", fields)
                #expect(response.status == .unprocessableContent, "\(change)")
                let field = Self.field(name, in: String(buffer: response.body))
                #expect(field.contains("<p class=\"field-error\" id=\"field-\(name)-error\">") && field.contains(message), "\(change): \(field)")
            }
        }
        #expect(try Self.bytes(school.spec) == before, "nothing was written")
    }

    @Test func aSpecChangedOnDiskSinceTheFormWasOpenedIsNotWrittenOver() async throws {
        let school = try TestSchool()
        let opened = SpecFile.version(of: try Self.bytes(school.spec))
        // Meanwhile, in a text editor:
        let edited = "# исправлено в редакторе\n" + String(decoding: try Self.bytes(school.spec), as: UTF8.self)
        try edited.write(toFile: school.spec, atomically: true, encoding: .utf8)
        try await school.withClient { client in
            let response = try await Self.post(client, school, "/participants/new", Self.newPupil, version: opened)
            #expect(response.status == .conflict)
            let page = String(buffer: response.body)
            #expect(page.contains("Файл школы изменился"))
            #expect(page.contains("запись не сохранена"))
            #expect(page.contains("<a href=\"/participants/new\">Открыть форму заново</a>"))
            let edit = try await Self.post(client, school, "/participants/s3/edit", [("full_name", "Лебедев Лев")], version: opened)
            #expect(edit.status == .conflict)
            #expect(String(buffer: edit.body).contains("<a href=\"/participants/s3/edit\">"))
        }
        #expect(String(decoding: try Self.bytes(school.spec), as: UTF8.self) == edited)
    }

    @Test func aFormTooLargeOrWithoutItsTokenOrFromElsewhereIsRefused() async throws {
        let school = try TestSchool()
        let before = try Self.bytes(school.spec)
        try await school.withClient { client in
            let huge = TestSchool.form([("form_token", TestSchool.formToken), ("full_name", String(repeating: "Я", count: EntryRoutes.maximumFormSize))])
            let tooLarge = try await client.execute(uri: "/participants/new", method: .post, headers: client.sameOrigin, body: huge)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(String(buffer: tooLarge.body).contains("Слишком много данных"))
            let withoutToken = TestSchool.form([("version", SpecFile.version(of: before))] + Self.newPupil)
            for path in ["/participants/new", "/participants/s3/edit", "/pairs/new", "/pairs/p1/edit"] {
                let response = try await client.execute(uri: path, method: .post, headers: client.sameOrigin, body: withoutToken)
                #expect(response.status == .forbidden, "\(path)")
                var foreign = client.sameOrigin
                foreign[.origin] = "http://evil.example"
                let form = TestSchool.form([("form_token", TestSchool.formToken), ("version", SpecFile.version(of: before))] + Self.newPupil)
                #expect(try await client.execute(uri: path, method: .post, headers: foreign, body: form).status == .forbidden, "\(path)")
                #expect(try await client.execute(uri: path, method: .get, headers: [:]).status == .forbidden, "\(path)")
            }
        }
        #expect(try Self.bytes(school.spec) == before)
    }

    /// The fields a browser sends for a page's form: inputs with their values, ticked boxes, selected options, text areas.
    static func inputs(of page: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        let unescape = { (text: Substring) in
            String(text).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        }
        func attribute(_ name: String, in tag: Substring) -> Substring? {
            guard let start = tag.range(of: " \(name)=\"") else { return nil }
            let rest = tag[start.upperBound...]
            return rest[..<rest.firstIndex(of: "\"")!]
        }
        var rest = page[...]
        while let open = rest.firstIndex(of: "<") {
            let tagEnd = rest[open...].firstIndex(of: ">")!
            let tag = rest[open...tagEnd]
            rest = rest[rest.index(after: tagEnd)...]
            if tag.hasPrefix("<input"), let name = attribute("name", in: tag) {
                if tag.contains("type=\"checkbox\"") && !tag.contains(" checked") { continue }
                fields.append((unescape(name), unescape(attribute("value", in: tag) ?? "")))
            } else if tag.hasPrefix("<textarea"), let name = attribute("name", in: tag) {
                let close = rest.range(of: "</textarea>")!
                fields.append((unescape(name), unescape(rest[..<close.lowerBound])))
            } else if tag.hasPrefix("<select"), let name = attribute("name", in: tag) {
                let close = rest.range(of: "</select>")!
                for option in rest[..<close.lowerBound].components(separatedBy: "<option").dropFirst() where option.contains(" selected") {
                    fields.append((unescape(name), unescape(attribute("value", in: Substring(option)) ?? "")))
                }
            }
        }
        return fields
    }
}
