/// The kinds of file Word, Excel and LibreOffice save that mentordocs fills: documents, templates and
/// macro-enabled files of the text formats, and workbooks. What is written is always a document
/// (`.docx`, `.odt`, `.xlsx`, `.ods`).
public enum DocumentFileKind: String, Sendable, CaseIterable {
    /// Word's: a document, a macro-enabled document, a template, a macro-enabled template.
    case docx, docm, dotx, dotm
    /// LibreOffice's: a document and a template.
    case odt, ott
    /// An Excel workbook (templates and macro-enabled workbooks are asked to be saved as one).
    case xlsx
    /// LibreOffice Calc's: a spreadsheet and a spreadsheet template.
    case ods, ots

    /// The format the file is read in: DOCX for Word's four kinds, ODT for LibreOffice's two.
    public var format: DocumentFormat {
        switch self {
        case .docx, .docm, .dotx, .dotm: .docx
        case .odt, .ott: .odt
        case .xlsx: .xlsx
        case .ods, .ots: .ods
        }
    }

    /// The extension of a file of this kind, without its dot: `dotx`.
    public var fileExtension: String { rawValue }

    /// A template (`.dotx`, `.dotm`, `.ott`): the filled output is written as a document instead.
    public var isTemplate: Bool { self == .dotx || self == .dotm || self == .ott || self == .ots }

    /// A `.docx`, `.odt`, `.xlsx` or `.ods`: what mentordocs writes.
    public var isPlainDocument: Bool { self == .docx || self == .odt || self == .xlsx || self == .ods }

    /// The kind a file name suggests, by its extension.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), let kind = Self(rawValue: fileName[dot...].dropFirst().lowercased()) else {
            return nil
        }
        self = kind
    }

    /// Why a file of another kind is not read, and what to do about it.
    public static func refusal(of fileName: String) -> String {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let kinds = Self.allCases.map { "." + $0.rawValue }
        let list = kinds.dropLast().joined(separator: ", ") + " and " + kinds.last!
        let what = name.contains(".") && name.last != "." && name.first != "."
            ? "is a .\(name.split(separator: ".").last!.lowercased()) file" : "has no extension that tells its kind"
        return "\(fileName) \(what); mentordocs reads \(list); save it in one of those in Word, Excel or LibreOffice"
    }

    /// The kinds of file read as `format`, the document first.
    public static func kinds(of format: DocumentFormat) -> [DocumentFileKind] {
        allCases.filter { $0.format == format }
    }

    /// The kind the main part's content type (Word, Excel) or the package's media type (ODF) names.
    init?(mediaType: String) {
        switch mediaType {
        case "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": self = .docx
        case "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": self = .dotx
        case "application/vnd.ms-word.document.macroEnabled.main+xml": self = .docm
        case "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": self = .dotm
        case "application/vnd.oasis.opendocument.text": self = .odt
        case "application/vnd.oasis.opendocument.text-template": self = .ott
        case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": self = .xlsx
        case "application/vnd.oasis.opendocument.spreadsheet": self = .ods
        case "application/vnd.oasis.opendocument.spreadsheet-template": self = .ots
        default: return nil
        }
    }

    /// The media type of the main part (Word, Excel) or of the package (ODF) for a document of this format.
    static func documentMediaType(of format: DocumentFormat) -> String {
        switch format {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        }
    }
}
