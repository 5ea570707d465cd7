/// Why a spreadsheet could not be read, and where: the file, the part or sheet, the cell.
///
/// Messages never quote the cells' values: a class list holds personal data.
public struct WorkbookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for a program to decide by.
    public let kind: Kind
    /// The spreadsheet file.
    public let file: String
    /// Where in it: a part (`xl/worksheets/sheet1.xml`), a sheet («Лист1») and cell (B5), or nil for the whole file.
    public let place: String?
    /// What went wrong, in words for the person who gave the file.
    public let message: String

    /// An error of `kind` in `file`, at `place` when known.
    public init(_ kind: Kind, file: String, place: String? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.place = place
        self.message = message
    }

    public var description: String { [file, place, message].compactMap { $0 }.joined(separator: ": ") }

    /// The kinds of failure, each a different answer for the user.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The archive is damaged, encrypted, too large or unsafe.
        case archive(ArchiveError.Kind)
        /// A part is not well-formed XML, or declares a DTD.
        case xml(XMLParseError.Kind)
        /// Neither an XLSX nor an ODS spreadsheet (a DOCX, an old binary .xls, a text file).
        case notASpreadsheet
        /// A part the format requires is missing or says something impossible (a cell reference
        /// that is not one, a shared string that does not exist).
        case malformed
        /// More cells or strings than an import of class lists can need.
        case tooLarge
        /// No sheet of the name asked for.
        case noSuchSheet
    }
}
