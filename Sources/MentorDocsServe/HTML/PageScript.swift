#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentEngine

/// A script a page runs, written in this module's resources and nowhere else, so nothing from a spec
/// or a request can become one. The Content-Security-Policy allows each by its SHA-256
/// (`'sha256-…'`) and no other script, inline or fetched.
struct PageScript: Sendable {
    /// The script's text, put between `<script>` and `</script>` exactly as its hash was taken.
    let source: String
    /// The script as the Content-Security-Policy names it: `'sha256-` and the base64 of its digest.
    let hashSource: String

    private init(_ bytes: [UInt8]) {
        source = String(decoding: bytes, as: UTF8.self)
        // A `</` inside would end the script element early.
        precondition(!source.contains("</"), "a page script must not contain </")
        let hex = Array(SHA256.hex(of: bytes).utf8)
        let digest = stride(from: 0, to: hex.count, by: 2).map { UInt8(String(decoding: hex[$0...$0 + 1], as: UTF8.self), radix: 16)! }
        hashSource = "'sha256-\(Data(digest).base64EncodedString())'"
    }

    /// The progress of a batch of documents while its ZIP downloads (`/documents`).
    static let progress = PageScript(PackageResources.progress_js)

    /// Every script a page may run.
    static let all = [progress]
}
