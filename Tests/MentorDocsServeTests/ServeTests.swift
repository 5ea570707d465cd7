import Foundation
import Hummingbird
import MentorDocs
@testable import MentorDocsServe
import NIOCore
import Testing

/// The pages of `mentordocs serve` for the example school, and each request it must refuse.
@Suite struct ServePagesTests {
    @Test func everyPageRendersForTheExampleSchool() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let pages: [(String, [String])] = [
                ("/", ["МБОУ «СОШ № 99»", "2026–2027 учебный год", "Замечаний нет", "Обучающиеся", "ученик – ученик"]),
                ("/participants", ["Кравченко Елена Викторовна", "10 «А» класс", "Согласие законного представителя на обработку ПДн (до 14 лет)", "от 18 лет"]),
                ("/participants?class=6+%C2%AB%D0%92%C2%BB+%D0%BA%D0%BB%D0%B0%D1%81%D1%81", ["Лебедев Лев Романович", "Показано 2 из 7 участников"]),
                ("/participants?q=%D0%BB%D0%B5%D0%B1%D0%B5%D0%B4", ["Лебедев Лев Романович", "Показано 1 из"]),
                ("/pairs", ["p1", "g1", "Шевчук Игорь Николаевич", "(группа)"]),
                ("/documents", ["name=\"form_token\" value=\"\(TestSchool.formToken)\"", "Согласия на обработку", "value=\"consent-adult\"", "name=\"format\" value=\"pdf\""]),
            ]
            for (path, expected) in pages {
                let response = try await client.execute(uri: path, method: .get, headers: client.cookie)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(path)")
                let page = String(buffer: response.body)
                for text in expected { #expect(page.contains(text), "\(path) lacks \(text)") }
                // The documents page runs the progress bar's script, the module's own; no page runs another.
                let scripts = page.components(separatedBy: "<script").count - 1
                #expect(scripts == (path == "/documents" ? 1 : 0), "\(path)")
                if scripts == 1 { #expect(page.contains("<script>" + PageScript.progress.source + "</script>")) }
            }
            let style = try await client.execute(uri: "/style.css", method: .get, headers: client.cookie)
            #expect(style.status == .ok)
            #expect(style.headers[.contentType] == "text/css; charset=utf-8")
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            for (path, headers) in [("/", client.cookie), ("/", [:]), ("/nowhere", client.cookie)] {
                let response = try await client.execute(uri: path, method: .get, headers: headers)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'sha256-") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPFields.Element.Name("Referrer-Policy")!] == "same-origin")
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }

    @Test func theTokenInTheAddressSetsAnHttpOnlyStrictCookie() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let response = try await client.execute(uri: "/?token=\(TestSchool.accessToken)", method: .get)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/")
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("mentordocs-\(client.port)=\(TestSchool.accessToken);"))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            let kept = try await client.execute(uri: "/participants?token=\(TestSchool.accessToken)&class=x", method: .get)
            #expect(kept.headers[.location] == "/participants?class=x")
        }
    }

    @Test func withoutTheTokenEveryRouteAnswers403AndTellsNothing() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let wrongCookie: HTTPFields = [.cookie: "mentordocs-\(client.port)=\(String(repeating: "a1", count: 31))a2"]
            let requests: [(String, HTTPRequest.Method, HTTPFields)] = [
                ("/", .get, [:]), ("/participants", .get, [:]), ("/pairs", .get, [:]), ("/documents", .get, [:]),
                ("/style.css", .get, [:]), ("/nowhere", .get, [:]), ("/documents", .post, [.origin: "http://localhost"]),
                ("/", .get, wrongCookie), ("/?token=wrong", .get, [:]), ("/?token=", .get, [:]),
                ("/participants?token=\(TestSchool.accessToken)", .post, [.origin: "http://localhost"]),
            ]
            for (path, method, headers) in requests {
                let response = try await client.execute(uri: path, method: method, headers: headers)
                #expect(response.status == .forbidden, "\(method) \(path)")
                #expect(String(buffer: response.body) == AccessGuard.refusalText, "\(method) \(path)")
                #expect(response.headers[.setCookie] == nil)
            }
        }
    }

    @Test func aHostThatIsNotTheServersOwnIsRefused() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            for host in ["evil.example", "evil.example:80", "127.0.0.1.evil.example", "localhost:1"] {
                var headers = client.cookie
                headers[AccessGuard.hostField] = host
                let response = try await client.execute(uri: "/", method: .get, headers: headers)
                #expect(response.status == .forbidden, "\(host)")
            }
        }
    }

    /// On a live server the `Host` is the one a browser sends: the port it was bound to, or refused.
    @Test func aLiveServerAnswersItsOwnHostOnly() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let port = client.port
            let cookie = "mentordocs-\(port)=\(TestSchool.accessToken)"
            for host in ["127.0.0.1:\(port)", "localhost:\(port)"] {
                let answer = try await RawHTTP.get(port: port, path: "/", host: host, cookie: cookie)
                #expect(answer.status == 200, "\(host)")
                #expect(answer.text.contains("МБОУ «СОШ № 99»"))
            }
            for host in ["evil.example:\(port)", "school.example", "127.0.0.1:\(port + 1)"] {
                let answer = try await RawHTTP.get(port: port, path: "/", host: host, cookie: cookie)
                #expect(answer.status == 403, "\(host)")
                #expect(!answer.text.contains("СОШ"))
            }
            let admission = try await RawHTTP.get(port: port, path: "/?token=\(TestSchool.accessToken)", host: "127.0.0.1:\(port)", cookie: nil)
            #expect(admission.status == 303)
            #expect(admission.text.contains("Set-Cookie: mentordocs-\(port)=\(TestSchool.accessToken);"))
        }
    }

    @Test func aPostFromAnotherOriginIsRefused() async throws {
        let school = try TestSchool()
        let form = TestSchool.form([("form_token", TestSchool.formToken), ("group", "plans")])
        try await school.withClient { client in
            for origin in ["http://evil.example", "null", "http://localhost:8080", "https://localhost"] {
                var headers = client.sameOrigin
                headers[.origin] = origin
                let response = try await client.execute(uri: "/documents", method: .post, headers: headers, body: form)
                #expect(response.status == .forbidden, "\(origin)")
            }
            var withoutOrigin = client.sameOrigin
            withoutOrigin[.origin] = nil
            #expect(try await client.execute(uri: "/documents", method: .post, headers: withoutOrigin, body: form).status == .forbidden)
            #expect(try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form).status == .ok)
        }
    }

    @Test func aFormWithoutItsTokenIsRefused() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let forms = [
                TestSchool.form([("group", "plans")]),
                TestSchool.form([("form_token", ""), ("group", "plans")]),
                TestSchool.form([("form_token", TestSchool.accessToken), ("group", "plans")]),
            ]
            for form in forms {
                let response = try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form)
                #expect(response.status == .forbidden)
                #expect(response.headers[.contentType] != "application/zip")
            }
        }
    }

    @Test func namesFromTheSpecAreEscaped() async throws {
        let school = try TestSchool {
            $0.replacingOccurrences(of: "full_name: Ильин Павел Андреевич", with: "full_name: \"Ильин <script>alert('x')</script> Павел\"")
                .replacingOccurrences(of: "class: 10 «А» класс", with: "class: '10 \"А\" <b>класс</b>'")
        }
        try await school.withClient { client in
            let participants = String(buffer: try await client.execute(uri: "/participants", method: .get, headers: client.cookie).body)
            #expect(participants.contains("Ильин &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Павел"))
            #expect(participants.contains("<option value=\"10 &quot;А&quot; &lt;b&gt;класс&lt;/b&gt;\">10 &quot;А&quot; &lt;b&gt;класс&lt;/b&gt;</option>"))
            #expect(!participants.contains("<script"))
            #expect(!participants.contains("<b>"))
            let pairs = String(buffer: try await client.execute(uri: "/pairs", method: .get, headers: client.cookie).body)
            #expect(pairs.contains("Ильин &lt;script&gt;"))
            #expect(!pairs.contains("<script"))
            let search = String(buffer: try await client.execute(uri: "/participants?q=%22%3E%3Cscript%3E", method: .get, headers: client.cookie).body)
            #expect(search.contains("value=\"&quot;&gt;&lt;script&gt;\""))
            #expect(!search.contains("<script"))
        }
    }

    @Test func aPageShownAgainAfterTheSpecIsEditedOnDiskShowsTheEdit() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            func page(_ uri: String) async throws -> String {
                String(buffer: try await client.execute(uri: uri, method: .get, headers: client.cookie).body)
            }
            for uri in ["/participants", "/participants?q=%D0%98%D0%BB%D1%8C%D0%B8%D0%BD", "/pairs"] {
                #expect(try await page(uri).contains("Ильин Павел"), "\(uri)")
            }
            // The same length, so that only the bytes tell the versions apart (as a quick edit in a text editor).
            let text = try String(contentsOfFile: school.spec, encoding: .utf8)
            try text.replacingOccurrences(of: "Ильин Павел", with: "Ильич Павел").write(toFile: school.spec, atomically: true, encoding: .utf8)
            for uri in ["/participants", "/pairs"] {
                let shown = try await page(uri)
                #expect(shown.contains("Ильич Павел") && !shown.contains("Ильин Павел"), "\(uri)")
            }
            let search = try await page("/participants?q=%D0%98%D0%BB%D1%8C%D0%B8%D0%BD")
            #expect(!search.contains("Ильин Павел") && !search.contains("Ильич Павел"))
            // A spec broken on disk is its error page at once, and the pages come back when it is mended.
            try "participants: [".write(toFile: school.spec, atomically: true, encoding: .utf8)
            #expect(try await client.execute(uri: "/participants", method: .get, headers: client.cookie).status != .ok)
            try text.write(toFile: school.spec, atomically: true, encoding: .utf8)
            #expect(try await page("/participants").contains("Ильин Павел"))
        }
    }

    @Test func everyProblemCheckFindsIsListedAndLinkedToWhomItConcerns() async throws {
        // t1 without an address (a warning about a participant), p1's plan emptied (about a pair).
        let school = try TestSchool {
            $0.replacingOccurrences(of: "    address: г. Примерск, ул. Садовая, д. 5, кв. 12\n", with: "")
        }
        let report = SpecReader.report(contentsOf: school.spec)
        let warning = try #require(report.diagnostics.first { $0.message.hasPrefix("t1: no address") })
        try await school.withClient { client in
            let page = String(buffer: try await client.execute(uri: "/", method: .get, headers: client.cookie).body)
            #expect(page.contains("Предупреждение</span> <span class=\"place\">строка \(warning.location.line), столбец \(warning.location.column)</span>"))
            #expect(page.contains("<a href=\"/participants#participant-t1\">t1, Кравченко Е.В.</a>"))
            #expect(page.contains("t1: не указан адрес (поле «address»), в согласии останется пустое место."))
        }
    }

    @Test func aSpecWithErrorsIsShownWithItsPlacesAndMakesNoDocuments() async throws {
        let school = try TestSchool { $0.replacingOccurrences(of: "    mentor: t1\n", with: "    mentor: t9\n") }
        try await school.withClient { client in
            let home = try await client.execute(uri: "/", method: .get, headers: client.cookie)
            #expect(home.status == .ok)
            let page = String(buffer: home.body)
            #expect(page.contains("Пока ошибки не исправлены в файле, документы не делаются."))
            #expect(page.contains("p1: участника с кодом «t9» нет. Проверьте поле «mentor»."))
            #expect(page.contains("<a href=\"/pairs#pair-p1\">пара или группа p1</a>"))
            let form = TestSchool.form([("form_token", TestSchool.formToken), ("group", "plans")])
            let download = try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form)
            #expect(download.status == .unprocessableContent)
            #expect(String(buffer: download.body).contains("участника с кодом «t9» нет"))
        }
    }

    @Test func aSpecThatDoesNotParseIsAnErrorPageWithItsLine() async throws {
        let school = try TestSchool { $0.replacingOccurrences(of: "  city: Примерск\n", with: "  city: Примерск\n  city: Другой\n") }
        try await school.withClient { client in
            for path in ["/", "/participants", "/pairs", "/documents"] {
                let response = try await client.execute(uri: path, method: .get, headers: client.cookie)
                #expect(response.status == .unprocessableContent, "\(path)")
                let page = String(buffer: response.body)
                #expect(page.contains("Файл школы не читается"))
                #expect(page.contains("строка 9, столбец 3"))
                #expect(page.contains("Поле «city» указано дважды (первый раз — строка 8, позиция 3). Оставьте одно."))
            }
        }
    }

    @Test func aFormFilledInWronglyIsShownAgainWithWhatToDo() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let cases: [([(String, String)], String)] = [
                ([], "Отметьте хотя бы один вид документов."),
                ([("group", "plans"), ("who", "class"), ("class", "11 «Я» класс")], "Выберите класс из списка."),
                ([("group", "plans"), ("who", "pair"), ("pair", "p9")], "Выберите пару или группу из списка."),
                ([("group", "orders"), ("who", "pair"), ("pair", "p1")], "Для выбранных людей нет документов"),
                ([("kind", "passport")], "Неизвестный вид документа."),
            ]
            for (fields, message) in cases {
                let form = TestSchool.form([("form_token", TestSchool.formToken)] + fields)
                let response = try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form)
                #expect(response.status == .unprocessableContent, "\(fields)")
                #expect(String(buffer: response.body).contains(message), "\(fields)")
            }
        }
    }
}
