#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension PDFConverter {
    /// `documents` made in memory, as PDF: each the same document with the PDF's bytes and its file
    /// name ending in `.pdf`, in the same order. They pass through a private scratch folder (0700,
    /// files 0600) that is removed before this returns, whether it succeeds or throws: nothing
    /// personal stays on disk, as for a web page's download that never writes to a folder.
    public func pdfs(of documents: [RenderedDocument]) throws(OutputError) -> [RenderedDocument] {
        guard Self.office != nil else { throw Self.missing }
        guard !documents.isEmpty else { return [] }
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let folder = OutputFolder(path: scratch.path, overwrite: true)
        // Numbered, as LibreOffice names each PDF after its source and puts them in one folder.
        var sources: [String] = []
        for (index, document) in documents.enumerated() {
            let (_, fileExtension) = Self.split(document.fileName)
            sources.append(try folder.write(document.bytes, to: "\(index).\(fileExtension)"))
        }
        let pdfs = try convert(sources)
        var converted: [RenderedDocument] = []
        for (document, pdf) in zip(documents, pdfs) {
            guard let bytes = FileManager.default.contents(atPath: pdf) else {
                throw OutputError(.conversionFailed, "cannot read the PDF made for \(document.fileName)")
            }
            let name = Self.split(document.fileName).base + ".pdf"
            converted.append(RenderedDocument(kind: document.kind, records: document.records, fileName: name, bytes: [UInt8](bytes)))
        }
        return converted
    }

    /// `consents/Ильин П.А. — согласие.docx` as `consents/Ильин П.А. — согласие` and `docx`.
    private static func split(_ fileName: String) -> (base: String, fileExtension: String) {
        let name = fileName.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (fileName, "") }
        return (String(fileName[..<dot]), String(name[name.index(after: dot)...]))
    }
}
