@testable import MentorDocsServe
import MentorDocs
import Testing

/// The small parts the pages are made of: the HTML builder, links, forms, the ZIP's checksum.
@Suite struct BuildingBlockTests {
    @Test func countsAgreeWithTheirNumberAndCase() {
        #expect(Words.count(1, Words.problem, .accusative) == "1 ошибку") // «исправьте 1 ошибку»
        #expect(Words.count(3, Words.problem, .accusative) == "3 ошибки")
        #expect(Words.count(5, Words.problem, .accusative) == "5 ошибок")
        #expect(Words.count(21, RussianNumber.NounForms.participant, .genitive) == "21 участника") // «из 21 участника»
        #expect(Words.count(24, RussianNumber.NounForms.participant, .genitive) == "24 участников")
        #expect(Words.count(2, Words.warning) == "2 предупреждения")
    }

    @Test func textAndAttributeValuesAreEscaped() {
        let html = element("a", .href(Link("/participants", query: [("q", "\"><script>")])), .class("x\" onclick=\"y")) {
            "<script>alert('1') & co</script>"
        }
        #expect(html.markup == #"<a href="/participants?q=%22%3E%3Cscript%3E" class="x&quot; onclick=&quot;y">"#
            + "&lt;script&gt;alert(&#39;1&#39;) &amp; co&lt;/script&gt;</a>")
    }

    @Test func booleanAttributesAndStatementsBuildMarkup() {
        let items = ["а", "б"]
        let html = element("ul") {
            for item in items { element("li") { item } }
            if items.isEmpty { "пусто" } else { void("input", .type("checkbox"), .checked(true), .selected(false)) }
        }
        #expect(html.markup == "<ul><li>а</li><li>б</li><input type=\"checkbox\" checked></ul>")
    }

    @Test func formFieldsAreDecoded() {
        let form = FormFields(encoded: "kind=plan&kind=agreement&class=6+%C2%AB%D0%92%C2%BB&empty=&bad=%zz&flag")
        #expect(form.all("kind") == ["plan", "agreement"])
        #expect(form["class"] == "6 «В»")
        #expect(form["empty"] == "")
        #expect(form["bad"] == "%zz")
        #expect(form["flag"] == "")
        #expect(form["missing"] == nil)
    }

    @Test func linksEncodeTheirValuesAndFragment() {
        #expect(Link("/pairs", query: [("form", "ученик – ученик")]).address == "/pairs?form=%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D0%BA%20%E2%80%93%20%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D0%BA")
        #expect(Link.participant("s1").address == "/participants#participant-s1")
    }

    @Test func theChecksumIsZipsCRC32() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func aZipOfTooManyEntriesIsRefused() throws {
        var zip = ZipStreamWriter(modified: (2026, 9, 1, 10, 30, 0))
        for index in 0..<ZipStreamWriter.maximumEntries { _ = try zip.header(name: "\(index)", bytes: []) }
        #expect(throws: ZipLimitError.tooManyEntries) { try zip.header(name: "one more", bytes: []) }
        let archive = zip.finish()
        #expect(Array(archive.suffix(22).prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
    }

    @Test func theCheckOfTheHostKnowsOnlyOurNamesAndPort() {
        let guardOf = { (port: Int?) in AccessGuard(secrets: .random(), port: BoundPort(port)) }
        #expect(guardOf(8080).isOwnHost("127.0.0.1:8080"))
        #expect(guardOf(8080).isOwnHost("localhost:8080"))
        #expect(guardOf(8080).isOwnHost("localhost"))
        #expect(!guardOf(8080).isOwnHost("localhost:8081"))
        #expect(!guardOf(nil).isOwnHost("localhost:8080"))
        #expect(!guardOf(8080).isOwnHost("127.0.0.2:8080"))
        #expect(!guardOf(8080).isOwnHost("evil.example:8080"))
        #expect(!guardOf(8080).isOwnHost("localhost:8080:1"))
        #expect(!guardOf(8080).isOwnHost(""))
    }

    @Test func tokensAreRandomAndLong() {
        let one = ServeSecrets.random(), two = ServeSecrets.random()
        #expect(one.accessToken.count == 64)
        #expect(one.accessToken != two.accessToken)
        #expect(one.accessToken != one.formToken)
        #expect(AccessGuard.same(one.accessToken, one.accessToken))
        #expect(!AccessGuard.same(one.accessToken, two.accessToken))
        #expect(!AccessGuard.same("", one.accessToken))
    }
}
