/// Writes an authored workbook as a complete spreadsheet package, the same bytes on every run.
public protocol WorkbookWriter: Sendable {
    /// Without the dot: "xlsx".
    var fileExtension: String { get }
    /// `name` is the file name, for messages.
    func write(_ workbook: AuthoredWorkbook, name: String) throws(AuthoringError) -> [UInt8]
}
