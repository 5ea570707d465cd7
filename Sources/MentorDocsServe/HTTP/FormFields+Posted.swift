import Hummingbird

extension FormFields {
    /// The fields of a form posted from one of the server's pages: the body read up to `maximum` bytes
    /// (more is an error, answered 413), and nil unless its `form_token` is the server's (CSRF), to be
    /// answered with `AccessGuard.refusal`.
    static func posted(_ request: Request, upTo maximum: Int, formToken: String) async throws -> FormFields? {
        let body = try await request.body.collect(upTo: maximum)
        let form = FormFields(encoded: String(buffer: body))
        guard let token = form["form_token"], AccessGuard.same(token, formToken) else { return nil }
        return form
    }
}
