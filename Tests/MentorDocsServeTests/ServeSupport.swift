import Foundation
import Hummingbird
import HummingbirdTesting
import MentorDocs
@testable import MentorDocsServe
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A server over a copy of a spec in a folder of its own, with known secrets.
struct TestSchool {
    static let accessToken = String(repeating: "a1", count: 32)
    static let formToken = String(repeating: "f2", count: 32)

    let folder: String
    let spec: String
    let server: MentorDocsServer

    /// The example school, or its text changed by `edit`, copied to a temporary folder.
    init(_ edit: (String) -> String = { $0 }) throws {
        folder = Paths.temporaryFolder("serve")
        spec = folder + "/school.spec"
        let text = try String(contentsOfFile: Paths.exampleSpec, encoding: .utf8)
        try edit(text).write(toFile: spec, atomically: true, encoding: .utf8)
        server = MentorDocsServer(spec: spec, secrets: ServeSecrets(accessToken: Self.accessToken, formToken: Self.formToken))
    }

    /// Requests to the server running on a free port. (HummingbirdTesting's `.router` framework would
    /// do without one, but it leaves a testing channel behind for every request, which LeakSanitizer
    /// reports in CI; the live server leaves nothing.) Its client names the host `localhost`.
    func withClient<Value: Sendable>(_ test: @Sendable (SchoolClient) async throws -> Value) async throws -> Value {
        try await server.application().test(.live) { client in
            try await test(SchoolClient(base: client, port: try #require(client.port)))
        }
    }
    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: fields.map { Link.encoded($0.0) + "=" + Link.encoded($0.1) }.joined(separator: "&"))
    }
}

/// The test client with the headers a browser of the page sends.
struct SchoolClient: Sendable {
    let base: any TestClientProtocol
    let port: Int

    /// The cookie the page keeps: its name carries the port.
    var cookie: HTTPFields { [.cookie: "mentordocs-\(port)=\(TestSchool.accessToken)"] }

    /// The cookie and the `Origin` of a page of this server, as a browser sends them with a form.
    var sameOrigin: HTTPFields {
        [.cookie: "mentordocs-\(port)=\(TestSchool.accessToken)", .origin: "http://localhost",
            .contentType: "application/x-www-form-urlencoded"]
    }

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> TestResponse {
        try await base.execute(uri: uri, method: method, headers: headers, body: body)
    }
}

/// A request written byte for byte to a live server, for what a test client cannot send: another
/// `Host`. Reads the answer until the server closes the connection.
enum RawHTTP {
    static func get(port: Int, path: String, host: String, cookie: String?) throws -> (status: Int, text: String) {
        var request = "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n"
        if let cookie { request += "Cookie: \(cookie)\r\n" }
        request += "\r\n"
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        let bytes = Array(request.utf8)
        guard send(descriptor, bytes, bytes.count, 0) == bytes.count else { throw POSIXError(.EIO) }
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count <= 0 { break }
            answer += chunk[0..<count]
        }
        let text = String(decoding: answer, as: UTF8.self)
        let status = text.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0
        return (status, text)
    }
}
