/// Writes an authored document as a complete office package, the same bytes on every run.
public protocol DocumentWriter: Sendable {
    /// Without the dot: "docx", "odt".
    var fileExtension: String { get }
    /// `name` is the file name, for messages.
    func write(_ document: AuthoredDocument, name: String) throws(AuthoringError) -> [UInt8]
}
