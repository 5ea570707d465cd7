/// The two office formats the engine fills: Word's DOCX and OpenDocument's ODT.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// Word's Office Open XML document (`.docx`).
    case docx
    /// OpenDocument text, LibreOffice's own format (`.odt`).
    case odt

    /// The extension of a document of this format, without its dot: `docx`, `odt`.
    public var fileExtension: String { rawValue }

    /// The format a file name suggests, by its extension.
    public init?(fileName: String) {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".docx") { self = .docx }
        else if lowered.hasSuffix(".odt") { self = .odt }
        else { return nil }
    }

    var dialect: Dialect {
        switch self {
        case .docx: .word
        case .odt: .openDocument
        }
    }
}
