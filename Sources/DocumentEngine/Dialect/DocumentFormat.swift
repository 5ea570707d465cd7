/// The office formats the engine fills: Word's DOCX, OpenDocument's ODT, Excel's XLSX and
/// OpenDocument's ODS.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// Word's Office Open XML document (`.docx`).
    case docx
    /// OpenDocument text, LibreOffice's own format (`.odt`).
    case odt
    /// Excel's workbook: sheets of cells, filled cell by cell.
    case xlsx
    /// OpenDocument spreadsheet, LibreOffice Calc's own format: sheets of cells, filled cell by cell.
    case ods

    /// The extension of a document of this format, without its dot: `docx`, `odt`.
    public var fileExtension: String { rawValue }

    /// The formats of text documents, whose templates are paragraphs and tables (not sheets of cells).
    public static let textDocuments: [DocumentFormat] = [.docx, .odt]

    /// The format a file name suggests, by its extension.
    public init?(fileName: String) {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".docx") { self = .docx }
        else if lowered.hasSuffix(".odt") { self = .odt }
        else if lowered.hasSuffix(".xlsx") { self = .xlsx }
        else if lowered.hasSuffix(".ods") { self = .ods }
        else { return nil }
    }

    var dialect: Dialect {
        switch self {
        case .docx: .word
        case .odt: .openDocument
        case .xlsx: .spreadsheet
        case .ods: .openDocumentSpreadsheet
        }
    }
}
