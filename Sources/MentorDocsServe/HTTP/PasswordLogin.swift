import DocumentEngine
import Hummingbird

/// `/login`: the password form for colleagues on the school's network, and its check.
///
/// The password is compared as SHA-256 digests in time that does not depend on where they differ (nor on
/// the length of what was typed), and wrong passwords slow their sender down (`LoginThrottle`).
struct PasswordLogin: Sendable {
    enum Outcome {
        /// The right password: the access cookie is to be set.
        case admitted
        /// The form again, or a wait.
        case page(Response)
    }

    static let path = "/login"
    /// The login form is a password and a little more.
    static let maximumFormSize = 4 * 1024

    /// The password's SHA-256, in hex: what is compared, so that the time taken tells nothing of its length.
    let digest: String
    let throttle: LoginThrottle

    init(password: String, throttle: LoginThrottle) {
        digest = SHA256.hex(of: Array(password.utf8))
        self.throttle = throttle
    }

    /// GET shows the form; POST checks the password from `client` (its address), unless it must wait.
    func answer(_ request: Request, client: String) async throws -> Outcome {
        guard request.method == .post else { return .page(LoginPage.response(.none)) }
        if let left = throttle.wait(for: client) {
            return .page(LoginPage.response(.wait(seconds: Int(left.components.seconds) + 1)))
        }
        let body = try await request.body.collect(upTo: Self.maximumFormSize)
        let offered = FormFields(encoded: String(buffer: body))["password"] ?? ""
        guard AccessGuard.same(SHA256.hex(of: Array(offered.utf8)), digest) else {
            throttle.fail(client)
            return .page(LoginPage.response(.wrongPassword))
        }
        throttle.succeed(client)
        return .admitted
    }
}
