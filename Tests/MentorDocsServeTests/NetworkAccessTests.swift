import Foundation
import Hummingbird
@testable import MentorDocsServe
import TestSupport
import Testing

/// `mentordocs serve --host … --password-file …`: what is refused before the server starts, the login
/// page, the names a colleague's browser may send, and the slowing down of guesses.
@Suite struct NetworkAccessTests {
    static let password = "сирень-2026-весна"

    /// A password file with `text`, of `mode`.
    static func passwordFile(_ text: String, mode: Int = 0o600) throws -> String {
        let path = Paths.temporaryFolder("password") + "/password.txt"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    /// The example school served on every address with the password and the name `school-pc.local`.
    static func networkSchool() throws -> TestSchool {
        var school = try TestSchool()
        let network = try ServeNetwork(host: "0.0.0.0", names: ["school-pc.local"], passwordFile: try passwordFile(password + "\n"))
        school.server = MentorDocsServer(spec: school.spec, network: network,
            secrets: ServeSecrets(accessToken: TestSchool.accessToken, formToken: TestSchool.formToken))
        return school
    }

    static func login(_ password: String, port: Int, origin: String = "http://localhost") -> (String, HTTPRequest.Method, HTTPFields, ByteBuffer) {
        ("/login", .post, [.origin: origin, .contentType: "application/x-www-form-urlencoded"], TestSchool.form([("password", password)]))
    }

    @Test func theFirstLineOfAPrivateFileIsThePassword() throws {
        let network = try ServeNetwork(host: "0.0.0.0", passwordFile: try Self.passwordFile(Self.password + "\r\nthe rest is not read\n"))
        #expect(network.password == Self.password)
        #expect(network.hasPassword)
        #expect(!ServeNetwork.loopback.hasPassword)
        #expect(try ServeNetwork(host: "127.0.0.1", passwordFile: nil).host == "127.0.0.1")
    }

    @Test func aNetworkAddressWithoutAPasswordIsRefused() {
        for host in ["0.0.0.0", "192.168.1.10", "::"] {
            #expect {
                _ = try ServeNetwork(host: host, passwordFile: nil)
            } throws: { error in
                "\(error)".contains("--host \(host)") && "\(error)".contains("--password-file")
            }
        }
    }

    @Test func aPasswordFileOthersCanReadIsRefusedWithWhatToDo() throws {
        let path = try Self.passwordFile(Self.password, mode: 0o644)
        #expect {
            _ = try ServeNetwork(host: "0.0.0.0", passwordFile: path)
        } throws: { error in
            "\(error)" == "\(path): other users of this computer can read the password file (mode 644); make it yours only with: chmod 600 \(path)"
        }
    }

    @Test func anEmptyShortOrMissingPasswordIsRefused() throws {
        for (text, words) in [("\nsecond line", "is empty"), ("abc12\n", "shorter than 8 characters")] {
            let path = try Self.passwordFile(text)
            #expect {
                _ = try ServeNetwork(host: "0.0.0.0", passwordFile: path)
            } throws: { error in
                "\(error)".hasPrefix(path) && "\(error)".contains(words) && !"\(error)".contains(text.trimmingCharacters(in: .newlines))
            }
        }
        #expect(throws: ServeNetworkProblem.self) { _ = try ServeNetwork(host: "0.0.0.0", passwordFile: "/nonexistent/password") }
        let folder = Paths.temporaryFolder("password")
        #expect(throws: ServeNetworkProblem.self) { _ = try ServeNetwork(host: "0.0.0.0", passwordFile: folder) }
    }

    @Test func aHostOrNameThatIsNotAnAddressIsRefused() {
        #expect(throws: ServeNetworkProblem.self) { _ = try ServeNetwork(host: "evil.example/x", passwordFile: nil) }
        #expect(throws: ServeNetworkProblem.self) { _ = try ServeNetwork(host: "127.0.0.1", names: ["a b"], passwordFile: nil) }
    }

    @Test func withoutTheCookieAPageSendsToTheLoginPageWhichTellsNothingOfTheSchool() async throws {
        try await Self.networkSchool().withClient { client in
            let page = try await client.execute(uri: "/participants", method: .get)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login")
            #expect(page.headers[.setCookie] == nil)
            let login = try await client.execute(uri: "/login", method: .get)
            #expect(login.status == .ok)
            let text = String(buffer: login.body)
            #expect(text.contains("Введите пароль"))
            #expect(text.contains("type=\"password\""))
            #expect(!text.contains("СОШ"))
            #expect(try await client.execute(uri: "/style.css", method: .get).status == .ok)
            // A form sent without the cookie is still refused, not sent to log in.
            let post = try await client.execute(uri: "/documents", method: .post, headers: [.origin: "http://localhost"])
            #expect(post.status == .forbidden)
        }
    }

    @Test func theRightPasswordSetsTheTokensCookie() async throws {
        try await Self.networkSchool().withClient { client in
            let (path, method, headers, body) = Self.login(Self.password, port: client.port)
            let response = try await client.execute(uri: path, method: method, headers: headers, body: body)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/")
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("mentordocs-\(client.port)=\(TestSchool.accessToken);"))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            let page = try await client.execute(uri: "/", method: .get, headers: client.cookie)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("МБОУ «СОШ № 99»"))
            // The printed address still lets this computer in.
            #expect(try await client.execute(uri: "/?token=\(TestSchool.accessToken)", method: .get).status == .seeOther)
        }
    }

    @Test func aWrongPasswordIsRefusedAndCounted() async throws {
        let school = try Self.networkSchool()
        try await school.withClient { client in
            let (path, method, headers, body) = Self.login(Self.password + "x", port: client.port)
            let wrong = try await client.execute(uri: path, method: method, headers: headers, body: body)
            #expect(wrong.status == .unauthorized)
            #expect(String(buffer: wrong.body).contains("Пароль неверный"))
            #expect(wrong.headers[.setCookie] == nil)
            #expect(school.server.network.throttle.remembered == 1)
        }
    }

    @Test func whileAClientMustWaitEvenTheRightPasswordIsNotChecked() async throws {
        let school = try Self.networkSchool()
        try await school.withClient { client in
            // Failed once the server listens, not before: on a busy machine its start can take minutes,
            // and the longest wait (five minutes) would be over before the request came.
            for _ in 0..<20 { school.server.network.throttle.fail("127.0.0.1") }
            let (path, method, headers, body) = Self.login(Self.password, port: client.port)
            let early = try await client.execute(uri: path, method: method, headers: headers, body: body)
            #expect(early.status == .tooManyRequests)
            let seconds = try #require(early.headers[.retryAfter].flatMap { Int($0) })
            #expect((1...300).contains(seconds), "the wait is five minutes at most, less the time the request took to arrive")
            #expect(String(buffer: early.body).contains("Попробуйте снова через \(seconds) секунд"))
            #expect(early.headers[.setCookie] == nil)
        }
    }

    @Test func aLoginFromAnotherOriginIsRefused() async throws {
        try await Self.networkSchool().withClient { client in
            let (path, method, headers, body) = Self.login(Self.password, port: client.port, origin: "http://evil.example")
            let response = try await client.execute(uri: path, method: method, headers: headers, body: body)
            #expect(response.status == .forbidden)
            #expect(response.headers[.setCookie] == nil)
        }
    }

    /// A colleague's browser names the computer as it was reached: a `--name`, or one of its addresses.
    @Test func theNamesGivenAndTheComputersAddressesAreAcceptedAsHost() async throws {
        #expect(ServeNetwork.interfaceAddresses().contains("127.0.0.1"))
        try await Self.networkSchool().withClient { client in
            let port = client.port
            let cookie = "mentordocs-\(port)=\(TestSchool.accessToken)"
            let addresses = ServeNetwork.interfaceAddresses().filter { !$0.hasPrefix("[") }
            for host in ["school-pc.local:\(port)", "SCHOOL-PC.local:\(port)", "[::1]:\(port)"] + addresses.map({ "\($0):\(port)" }) {
                let answer = try await RawHTTP.get(port: port, path: "/", host: host, cookie: cookie)
                #expect(answer.status == 200, "\(host)")
            }
            for host in ["evil.example:\(port)", "school-pc.local.evil.example", "school-pc.local:\(port + 1)", "[::1"] {
                let answer = try await RawHTTP.get(port: port, path: "/", host: host, cookie: cookie)
                #expect(answer.status == 403, "\(host)")
            }
        }
    }

    @Test func colleaguesAreToldTheNamesThenTheAddressesBeyondLoopback() throws {
        let file = try Self.passwordFile(Self.password)
        let everywhere = try ServeNetwork(host: "0.0.0.0", names: ["school-pc.local"], passwordFile: file)
        #expect(everywhere.hostsForColleagues.first == "school-pc.local")
        #expect(!everywhere.hostsForColleagues.contains("127.0.0.1"))
        #expect(try ServeNetwork(host: "192.168.1.10", passwordFile: file).hostsForColleagues == ["192.168.1.10"])
    }

    @Test func eachFailureDoublesTheWaitUpToFiveMinutes() {
        #expect(LoginThrottle.wait(after: 0) == .zero)
        #expect((1...5).map(LoginThrottle.wait(after:)) == [1, 2, 4, 8, 16].map(Duration.seconds))
        #expect(LoginThrottle.wait(after: 9) == .seconds(256))
        #expect(LoginThrottle.wait(after: 10) == .seconds(300))
        #expect(LoginThrottle.wait(after: 1000) == .seconds(300))

        let throttle = LoginThrottle()
        let start = ContinuousClock.now
        #expect(throttle.wait(for: "10.0.0.5", now: start) == nil)
        throttle.fail("10.0.0.5", now: start)
        throttle.fail("10.0.0.5", now: start)
        #expect(throttle.wait(for: "10.0.0.5", now: start.advanced(by: .seconds(1))) == .seconds(1))
        #expect(throttle.wait(for: "10.0.0.5", now: start.advanced(by: .seconds(2))) == nil)
        #expect(throttle.wait(for: "10.0.0.6", now: start) == nil, "another computer is not slowed down")
        throttle.succeed("10.0.0.5")
        #expect(throttle.wait(for: "10.0.0.5", now: start) == nil)
    }

    @Test func theThrottleRemembersABoundedNumberOfAddresses() {
        let throttle = LoginThrottle(capacity: 3)
        let start = ContinuousClock.now
        for index in 0..<10 { throttle.fail("10.0.0.\(index)", now: start.advanced(by: .seconds(index))) }
        #expect(throttle.remembered == 3)
        #expect(throttle.wait(for: "10.0.0.9", now: start.advanced(by: .seconds(9))) == .seconds(1))
        #expect(throttle.wait(for: "10.0.0.0", now: start.advanced(by: .seconds(9))) == nil, "the oldest was let go")
    }
}
