#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import Synchronization

/// The secrets of one run of the server, made anew at each start.
public struct ServeSecrets: Sendable {
    /// Carried by the printed address (`/?token=…`) and kept by the browser in an HttpOnly cookie.
    let accessToken: String
    /// Carried by every form as a hidden field and checked on every POST (CSRF).
    let formToken: String

    init(accessToken: String, formToken: String) {
        self.accessToken = accessToken
        self.formToken = formToken
    }

    /// 256 random bits each, from the system's generator (getrandom on Linux).
    public static func random() -> ServeSecrets {
        ServeSecrets(accessToken: randomToken(), formToken: randomToken())
    }

    /// 256 random bits as 64 hex digits.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let word = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - word.count) + word
        }.joined()
    }
}

/// The port the server is bound to, known once it runs (the system picks one for `--port 0`).
final class BoundPort: Sendable {
    private let port: Mutex<Int?>

    init(_ port: Int? = nil) { self.port = Mutex(port) }

    var value: Int? {
        get { port.withLock { $0 } }
        set { port.withLock { $0 = newValue } }
    }
}

/// Who may use the page, checked before any route: the steps of README's security model.
///
/// 1. The `Host` must be the server's own: `127.0.0.1` or `localhost`, or a name or address it was
///    started to answer to (`ServeNetwork.hostNames`), with the server's port if any is given. A page on
///    another site whose name was rebound to the server's address (DNS rebinding) sends its own name,
///    and is refused.
/// 2. The request must carry the access token: in the address (`?token=…`, once, which sets the
///    cookie and redirects to the same page without it) or in the cookie. Without it every route,
///    the stylesheet and an unknown address alike, answers 403 with a page that tells nothing of the
///    school.
/// 3. A request that is not GET or HEAD must come from a page of this server: its `Origin` is the
///    server's own (`http://` and the `Host`). The form token, the other half of the CSRF check, is
///    read with the form, by the route (`DocumentsRoute`).
///
/// With a password (`ServeNetwork`), `/login` is the way in besides the token: the right password sets
/// the same cookie, and a request without it is sent there rather than refused.
struct AccessGuard: RouterMiddleware {
    typealias Context = ServeRequestContext

    let secrets: ServeSecrets
    let port: BoundPort
    /// The names the server answers to (`ServeNetwork.hostNames`).
    let hostNames: Set<String>
    /// The login page, when the server has a password.
    let login: PasswordLogin?

    init(secrets: ServeSecrets, port: BoundPort, network: ServeNetwork = .loopback) {
        self.secrets = secrets
        self.port = port
        self.hostNames = network.hostNames
        self.login = network.password.map { PasswordLogin(password: $0, throttle: network.throttle) }
    }

    /// `Host`, which HTTP/1 turns into the authority; a second one stays among the fields.
    static let hostField = HTTPFields.Element.Name("Host")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // A second `Host` stays among the fields when the first became the authority: each must be ours.
        guard let host = request.head.authority, isOwnHost(host), request.headers[values: Self.hostField].allSatisfy(isOwnHost) else {
            return Self.refusal
        }
        if let offered = FormFields(encoded: request.uri.query ?? "")["token"] {
            guard request.method == .get || request.method == .head, Self.same(offered, secrets.accessToken) else { return Self.refusal }
            return admission(to: request)
        }
        let isRead = request.method == .get || request.method == .head
        if !isRead {
            guard let origin = request.headers[.origin], origin == "http://" + host else { return Self.refusal }
        }
        // The login page's look, which tells nothing of the school.
        if login != nil, isRead, request.uri.path == "/style.css" { return try await next(request, context) }
        if let login, request.uri.path == PasswordLogin.path {
            switch try await login.answer(request, client: context.remoteAddress?.ipAddress ?? "") {
            case .admitted: return admission(to: "/")
            case .page(let response): return response
            }
        }
        guard let cookie = request.cookies[cookieName]?.value, Self.same(cookie, secrets.accessToken) else {
            return login != nil && isRead ? Response(status: .seeOther, headers: [.location: PasswordLogin.path]) : Self.refusal
        }
        return try await next(request, context)
    }

    /// A host name of ours, and the port we are bound to if the `Host` names one.
    func isOwnHost(_ host: String) -> Bool {
        // An IPv6 address is written in brackets, its colons before the port's.
        let nameEnd = host.hasPrefix("[") ? host.firstIndex(of: "]").map(host.index(after:)) ?? host.endIndex
            : host.firstIndex(of: ":") ?? host.endIndex
        guard hostNames.contains(host[..<nameEnd].lowercased()) else { return false }
        guard nameEnd < host.endIndex else { return true }
        guard host[nameEnd] == ":", let given = Int(host[host.index(after: nameEnd)...]), let bound = port.value else { return false }
        return given == bound
    }

    /// The cookie's name carries the port: cookies are shared by all ports of a host, and two
    /// servers on one computer should not log each other out.
    var cookieName: String { port.value.map { "mentordocs-\($0)" } ?? "mentordocs" }

    /// The token was right: the cookie is set and the browser sent to the same page without the
    /// token in its address, so it stays out of the history and of what the page links to.
    private func admission(to request: Request) -> Response {
        let rest = FormFields(encoded: request.uri.query ?? "").fields.filter { $0.name != "token" }
        var location = request.uri.path
        if !rest.isEmpty { location += "?" + rest.map { Link.encoded($0.name) + "=" + Link.encoded($0.value) }.joined(separator: "&") }
        return admission(to: location)
    }

    /// The cookie set, and the browser sent to `location`.
    private func admission(to location: String) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location])
        response.setCookie(Cookie(name: cookieName, value: secrets.accessToken, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }

    /// The one answer to every refused request: 403, the same words whatever the reason.
    static var refusal: Response {
        Response(status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: refusalText)))
    }

    static let refusalText = """
        Доступ закрыт. Откройте адрес, который показала команда mentordocs serve при запуске.
        Access denied. Open the address that mentordocs serve printed when it started.

        """

    /// Compares in time that depends on the length only, not on where the first difference is.
    static func same(_ offered: String, _ secret: String) -> Bool {
        let left = Array(offered.utf8), right = Array(secret.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}

/// Headers on every answer, refusals and error pages included.
///
/// The page runs only the module's own scripts, each allowed by its hash (`PageScript`),
/// loads only the server's own stylesheet, cannot be framed, sends a referrer only to itself, and is never cached:
/// it shows children's personal data. Errors that reach it are answered by an error page here, so
/// nothing leaves the server without these headers, and nothing is logged.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = ServeRequestContext

    /// Headers HTTPTypes has no name for.
    static let otherHeaders: [(HTTPFields.Element.Name, String)] = [
        // Not `no-referrer`: under it a browser sends `Origin: null` with every form, and the CSRF check
        // (`AccessGuard`) would refuse them all. `same-origin` still tells other sites nothing.
        (.init("Referrer-Policy")!, "same-origin"),
        (.init("X-Frame-Options")!, "DENY"),
        (.init("Cross-Origin-Opener-Policy")!, "same-origin"),
    ]

    static let contentSecurityPolicy = "default-src 'self'; script-src \(PageScript.all.map(\.hashSource).joined(separator: " ")); "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = ErrorPage.response(for: error)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        response.headers[.crossOriginResourcePolicy] = "same-origin"
        for (name, value) in Self.otherHeaders { response.headers[name] = value }
        return response
    }
}
