import Foundation
import Hummingbird
import MentorDocs
import ServiceLifecycle
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
    var server: MentorDocsServer

    /// The example school, or its text changed by `edit`, copied to a temporary folder.
    init(_ edit: (String) -> String = { $0 }) throws {
        folder = Paths.temporaryFolder("serve")
        spec = folder + "/school.spec"
        let text = try String(contentsOfFile: Paths.exampleSpec, encoding: .utf8)
        try edit(text).write(toFile: spec, atomically: true, encoding: .utf8)
        server = MentorDocsServer(spec: spec, secrets: ServeSecrets(accessToken: Self.accessToken, formToken: Self.formToken))
    }

    /// Requests to the server, started as `mentordocs serve` starts it on a free port and stopped when
    /// `test` ends. They are written byte for byte (`RawHTTP`) rather than sent by a test client, which
    /// would give up after 20 seconds: when the whole suite runs, tests waiting for LibreOffice hold
    /// Swift's cooperative threads, on which the server answers, for longer than that. (HummingbirdTesting
    /// is not used: its clients bring AsyncHTTPClient and NIOSSL, minutes of every CI build, and its
    /// `.router` framework leaves a testing channel behind for every request, which LeakSanitizer reports.)
    /// The `Host` is `localhost`.
    func withClient<Value: Sendable>(_ test: @Sendable (SchoolClient) async throws -> Value) async throws -> Value {
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        let application = server.application { address in
            announce.yield(Int(address.split(separator: ":").last?.split(separator: "/").first ?? "") ?? 0)
        }
        let services = ServiceGroup(configuration: .init(services: [application], logger: application.logger))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            do {
                var waiting = ports.makeAsyncIterator()
                let value = try await test(SchoolClient(port: try #require(await waiting.next())))
                await services.triggerGracefulShutdown()
                return value
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
        }
    }

    /// A `multipart/form-data` body as a browser sends a form with files: each part's name, its file
    /// name (nil for a field) and bytes, in order; the headers name its boundary.
    static func multipart(_ parts: [(name: String, fileName: String?, bytes: [UInt8])]) -> (HTTPFields, ByteBuffer) {
        let boundary = "----mentordocs-test-parts"
        var body: [UInt8] = []
        for part in parts {
            let file = part.fileName.map { "; filename=\"\($0)\"\r\nContent-Type: application/octet-stream" } ?? ""
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\"\(file)\r\n\r\n".utf8) + part.bytes + [13, 10]
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: fields.map { Link.encoded($0.0) + "=" + Link.encoded($0.1) }.joined(separator: "&"))
    }
}

/// A client of the live server, with the headers a browser of the page sends.
struct SchoolClient: Sendable {
    let port: Int

    /// The cookie the page keeps: its name carries the port.
    var cookie: HTTPFields { [.cookie: "mentordocs-\(port)=\(TestSchool.accessToken)"] }

    /// The cookie and the `Origin` of a page of this server, as a browser sends them with a form.
    var sameOrigin: HTTPFields {
        [.cookie: "mentordocs-\(port)=\(TestSchool.accessToken)", .origin: "http://localhost",
            .contentType: "application/x-www-form-urlencoded"]
    }

    struct Response: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer
    }

    /// A request with `Host: localhost` and `headers` (another `Host` among them is sent as a second one).
    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> Response {
        let bytes = body.map { Array(buffer: $0) } ?? []
        var lines = [("Host", "localhost")] + headers.map { ($0.name.rawName, $0.value) }
        if method == .post || !bytes.isEmpty { lines.append(("Content-Length", "\(bytes.count)")) }
        let answer = try await RawHTTP.request(port: port, head: "\(method.rawValue) \(uri) HTTP/1.1", headers: lines, body: bytes)
        var fields = HTTPFields()
        for line in answer.head.split(separator: "\r\n").dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let name = HTTPFields.Element.Name(String(parts[0])) else { continue }
            fields.append(HTTPFields.Element(name: name, value: parts[1].trimmingCharacters(in: .whitespaces)))
        }
        return Response(status: HTTPResponse.Status(code: answer.status), headers: fields, body: ByteBuffer(bytes: answer.body))
    }
}

/// Requests written byte for byte to a live server, on a thread of their own, waiting up to ten minutes:
/// they can send what a test client cannot (another `Host`), and they wait out a busy machine.
enum RawHTTP {
    struct Answer {
        var status: Int
        /// The status line and the headers.
        var head: String
        /// The body, with any chunked transfer coding undone.
        var body: [UInt8]
        /// The head and the body, as text.
        var text: String { head + "\r\n\r\n" + String(decoding: body, as: UTF8.self) }

        func header(_ name: String) -> String? {
            head.split(separator: "\r\n").dropFirst().first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
                .map { String($0.dropFirst(name.count + 1).drop { $0 == " " }) }
        }
    }

    static func get(port: Int, path: String, host: String, cookie: String?) async throws -> Answer {
        var headers = [("Host", host)]
        if let cookie { headers.append(("Cookie", cookie)) }
        return try await request(port: port, head: "GET \(path) HTTP/1.1", headers: headers, body: [])
    }

    static func request(port: Int, head: String, headers: [(String, String)], body: [UInt8]) async throws -> Answer {
        let request = Array((([head] + headers.map { "\($0.0): \($0.1)" } + ["Connection: close", "", ""]).joined(separator: "\r\n")).utf8) + body
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try exchange(request, port: port) })
            }
        }
    }

    private static func exchange(_ request: [UInt8], port: Int) throws -> Answer {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 600, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        guard send(descriptor, request, request.count, 0) == request.count else { throw POSIXError(.EIO) }
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count < 0 { throw POSIXError(.ETIMEDOUT) }
            if count == 0 { break }
            answer += chunk[0..<count]
        }
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = answer.indices.first(where: { answer[$0...].starts(with: separator) }) else { throw POSIXError(.EBADMSG) }
        let head = String(decoding: answer[..<end], as: UTF8.self)
        var result = Answer(status: head.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0,
            head: head, body: Array(answer[(end + 4)...]))
        if result.header("Transfer-Encoding")?.lowercased() == "chunked" { result.body = try unchunked(result.body) }
        return result
    }

    /// The body of a chunked answer: each chunk's size in hex, a line end, its bytes, a line end; size 0 ends it.
    private static func unchunked(_ bytes: [UInt8]) throws -> [UInt8] {
        var body: [UInt8] = []
        var index = 0
        while true {
            guard let lineEnd = bytes[index...].firstIndex(of: 13), lineEnd + 1 < bytes.count else { throw POSIXError(.EBADMSG) }
            let sizeText = String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { throw POSIXError(.EBADMSG) }
            if size == 0 { return body }
            let start = lineEnd + 2
            guard start + size <= bytes.count else { throw POSIXError(.EBADMSG) }
            body += bytes[start..<(start + size)]
            index = start + size + 2
        }
    }
}
