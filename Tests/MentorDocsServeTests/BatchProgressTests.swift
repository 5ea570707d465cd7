import Foundation
import Hummingbird
import MentorDocs
@testable import MentorDocsServe
import NIOCore
import Testing

/// The progress bar of `/documents`: the route its script asks, and the script allowed by its hash alone.
@Suite struct BatchProgressTests {
    static let batch = String(repeating: "b3", count: 32)

    @Test func theProgressRouteFollowsABatchToItsEnd() async throws {
        let school = try TestSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let expected = DocumentPlanner.records(for: programme, selection: .init(kinds: [.agreement, .plan], pairs: ["p1"])).count
        let form = TestSchool.form([("form_token", TestSchool.formToken), ("batch", Self.batch), ("kind", "agreement"),
            ("kind", "plan"), ("who", "pair"), ("pair", "p1"), ("format", "docx"), ("files", "separate")])
        let (before, download, after, other, wrong) = try await school.withClient { client in
            let before = try await client.execute(uri: "/documents/progress/\(Self.batch)", method: .get, headers: client.cookie)
            let download = try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form)
            let after = try await client.execute(uri: "/documents/progress/\(Self.batch)", method: .get, headers: client.cookie)
            let other = try await client.execute(uri: "/documents/progress/" + String(repeating: "0", count: 64), method: .get, headers: client.cookie)
            let wrong = try await client.execute(uri: "/documents/progress/..%2Fetc", method: .get, headers: client.cookie)
            return (before, download, after, other, wrong)
        }
        #expect(before.status == .ok)
        #expect(try Self.answer(before).state == "waiting")
        #expect(download.status == .ok)
        let done = try Self.answer(after)
        #expect(after.headers[.contentType] == "application/json")
        #expect(done.state == "done")
        #expect(done.done == expected && done.total == expected)
        #expect(done.text.hasPrefix("Готово"))
        #expect(try Self.answer(other).state == "waiting")
        #expect(wrong.status == .notFound)
    }

    @Test func theProgressRouteIsBehindTheToken() async throws {
        let school = try TestSchool()
        let response = try await school.withClient { client in
            try await client.execute(uri: "/documents/progress/\(Self.batch)", method: .get)
        }
        #expect(response.status == .forbidden)
    }

    @Test func theWordsAgreeWithTheirCounts() {
        let running = BatchProgressAnswer(.init(done: 3, total: 21, state: .running))
        #expect(running.text == "В архиве 3 из 21 документа")
        #expect(BatchProgressAnswer(.init(done: 5, total: 12, state: .running)).text == "В архиве 5 из 12 документов")
        #expect(BatchProgressAnswer(.init(done: 21, total: 21, state: .done)).text.contains("в нём 21 документ."))
        #expect(BatchProgressAnswer(.init(done: 2, total: 5, state: .failed)).text.contains(DocumentsDownload.failureFileName))
        #expect(BatchProgressAnswer(nil).state == "waiting")
    }

    /// The documents page holds the script, and the policy on every answer allows that script by its
    /// hash and nothing else: the hash is taken here anew from what the page sends.
    @Test func thePageScriptIsAllowedByItsHashAlone() async throws {
        let school = try TestSchool()
        let page = try await school.withClient { client in
            try await client.execute(uri: "/documents", method: .get, headers: client.cookie)
        }
        let html = String(buffer: page.body)
        let start = try #require(html.range(of: "<script>"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let script = String(html[start.upperBound..<end.lowerBound])
        #expect(script.contains("/documents/progress/"))
        let hex = Array(SHA256.hex(of: Array(script.utf8)).utf8)
        let digest = stride(from: 0, to: hex.count, by: 2).map { UInt8(String(decoding: hex[$0...$0 + 1], as: UTF8.self), radix: 16)! }
        let policy = try #require(page.headers[.contentSecurityPolicy])
        let scripts = try #require(policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix("script-src ") })
        #expect(scripts == "script-src 'sha256-\(Data(digest).base64EncodedString())'")
        #expect(html.contains("name=\"batch\""))
        #expect(html.contains("id=\"batch-progress\""))
    }

    private static func answer(_ response: SchoolClient.Response) throws -> BatchProgressAnswer.Decoded {
        try JSONDecoder().decode(BatchProgressAnswer.Decoded.self, from: Data(Array(buffer: response.body)))
    }
}

extension BatchProgressAnswer {
    /// The JSON as the page's script reads it.
    struct Decoded: Decodable {
        var state: String
        var done: Int
        var total: Int
        var text: String
    }
}
