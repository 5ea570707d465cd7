import Foundation
import Hummingbird
import MentorDocs
@testable import MentorDocsServe
import NIOCore
import Testing

/// Removing a participant or a pair: a confirmation first, then only the entry's lines taken out of
/// the spec, with `.bak`; a participant who is in a pair is refused, naming the pairs.
@Suite struct EntryRemovalTests {
    typealias Post = EntryFormTests

    /// The spec's text without the lines `lines` (counted from 1, both ends included) of `text`.
    static func without(_ text: String, lines: ClosedRange<Int>...) -> String {
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        return all.indices.filter { index in !lines.contains { $0.contains(index + 1) } }.map { String(all[$0]) }.joined(separator: "\n")
    }

    /// The line numbers of the entry `- id: ID` through the line before the next item or top-level key.
    static func entryLines(_ id: String, in text: String) throws -> ClosedRange<Int> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "- id: \(id)" })
        var last = first
        while last + 1 < lines.count, lines[last + 1].hasPrefix("    ") { last += 1 }
        return (first + 1)...(last + 1)
    }

    @Test func aParticipantInAPairIsNotRemovedAndThePageNamesThePair() async throws {
        let school = try TestSchool()
        let before = try Post.bytes(school.spec)
        try await school.withClient { client in
            let page = try await client.execute(uri: "/participants/s3/remove", method: .get, headers: client.cookie)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("Участника s3, Лебедев Л.Р. нельзя удалить, пока участник входит в пару или группу — сначала удалите её"))
            #expect(html.contains("<a href=\"/pairs/p2/edit\">p2: ученик – ученик</a> (наставляемый)"))
            #expect(!html.contains("<button type=\"submit\" class=\"danger\">"), "no button to remove")
            let mentor = String(buffer: try await client.execute(uri: "/participants/e1/remove", method: .get, headers: client.cookie).body)
            #expect(mentor.contains("<a href=\"/pairs/g1/edit\">g1: работодатель – ученик</a> (наставник)"))
            let post = try await Post.post(client, school, "/participants/s3/remove", [])
            #expect(post.status == .unprocessableContent)
            #expect(String(buffer: post.body).contains("сначала удалите её или замените в ней участника"))
        }
        #expect(try Post.bytes(school.spec) == before)
    }

    @Test func aPairAndThenItsMenteeAreRemovedLineByLineWithTheBackupKept() async throws {
        let school = try TestSchool()
        let original = String(decoding: try Post.bytes(school.spec), as: UTF8.self)
        let withoutPair = Self.without(original, lines: try Self.entryLines("p2", in: original))
        try await school.withClient { client in
            let list = String(buffer: try await client.execute(uri: "/pairs", method: .get, headers: client.cookie).body)
            #expect(list.contains("<a href=\"/pairs/p2/remove\" class=\"remove\" aria-label=\"Удалить: p2\">Удалить</a>"))
            let confirmation = String(buffer: try await client.execute(uri: "/pairs/p2/remove", method: .get, headers: client.cookie).body)
            #expect(confirmation.contains("Удалить пару или группу p2 из файла школы?"))
            #expect(confirmation.contains("<form method=\"post\" action=\"/pairs/p2/remove\" class=\"entry\">"))
            #expect(confirmation.contains("name=\"version\" value=\"\(SpecFile.version(of: Array(original.utf8)))\""))
            let removed = try await Post.post(client, school, "/pairs/p2/remove", [])
            #expect(removed.status == .seeOther)
            #expect(removed.headers[.location] == "/pairs")
        }
        #expect(String(decoding: try Post.bytes(school.spec), as: UTF8.self) == withoutPair, "only the pair's lines went")
        #expect(String(decoding: try Post.bytes(SpecChange.backupPath(of: school.spec)), as: UTF8.self) == original)
        let withoutBoth = Self.without(withoutPair, lines: try Self.entryLines("s3", in: withoutPair))
        try await school.withClient { client in
            let confirmation = String(buffer: try await client.execute(uri: "/participants/s3/remove", method: .get, headers: client.cookie).body)
            #expect(confirmation.contains("Удалить участника s3, Лебедев Л.Р. из файла школы?"))
            let removed = try await Post.post(client, school, "/participants/s3/remove", [])
            #expect(removed.status == .seeOther)
            #expect(removed.headers[.location] == "/participants")
            let list = String(buffer: try await client.execute(uri: "/participants", method: .get, headers: client.cookie).body)
            #expect(!list.contains("Лебедев"))
        }
        let final = String(decoding: try Post.bytes(school.spec), as: UTF8.self)
        #expect(final == withoutBoth)
        #expect(final.contains("  # Обучающиеся младше 14 лет\n  - id: s4"), "the comment above the removed entry stays")
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        #expect(programme.participant("s3") == nil && programme.participant("s4") != nil)
    }

    @Test func aRemovalOnASpecChangedOnDiskOrWithoutItsTokenOrFromElsewhereIsRefused() async throws {
        let school = try TestSchool()
        let opened = SpecFile.version(of: try Post.bytes(school.spec))
        let edited = "# исправлено в редакторе\n" + String(decoding: try Post.bytes(school.spec), as: UTF8.self)
        try edited.write(toFile: school.spec, atomically: true, encoding: .utf8)
        try await school.withClient { client in
            let changed = try await Post.post(client, school, "/pairs/p2/remove", [], version: opened)
            #expect(changed.status == .conflict)
            #expect(String(buffer: changed.body).contains("<a href=\"/pairs/p2/remove\">Открыть форму заново</a>"))
            let version = SpecFile.version(of: Array(edited.utf8))
            let withoutToken = try await client.execute(uri: "/pairs/p2/remove", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("version", version)]))
            #expect(withoutToken.status == .forbidden)
            var foreign = client.sameOrigin
            foreign[.origin] = "http://evil.example"
            let form = TestSchool.form([("form_token", TestSchool.formToken), ("version", version)])
            #expect(try await client.execute(uri: "/pairs/p2/remove", method: .post, headers: foreign, body: form).status == .forbidden)
            #expect(try await client.execute(uri: "/pairs/p2/remove", method: .get, headers: [:]).status == .forbidden)
            let huge = TestSchool.form([("form_token", TestSchool.formToken), ("version", String(repeating: "0", count: EntryRemoval.maximumFormSize))])
            #expect(try await client.execute(uri: "/pairs/p2/remove", method: .post, headers: client.sameOrigin, body: huge).status == .contentTooLarge)
            #expect(try await client.execute(uri: "/pairs/p9/remove", method: .get, headers: client.cookie).status == .notFound)
            #expect(try await Post.post(client, school, "/participants/s99/remove", []).status == .notFound)
        }
        #expect(String(decoding: try Post.bytes(school.spec), as: UTF8.self) == edited)
    }
}
