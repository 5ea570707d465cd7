import DocumentEngine

/// Writes an authored document as an OpenDocument text package (ODT).
///
/// Page numbers from the second page on: the first paragraph (or table) names the “First Page”
/// master, which has no header and whose next master is Standard, the one with the page number.
public struct OdtWriter: DocumentWriter {
    public init() {}

    public var fileExtension: String { "odt" }

    public func write(_ document: AuthoredDocument, name: String) throws(AuthoringError) -> [UInt8] {
        try TagCheck.check(document)
        let (content, charts) = try OdtContent.parts(document)
        do {
            let writer = try ArchiveWriter(name: name, deflateLevel: ArchiveWriter.compactDeflate)
            try writer.add("mimetype", bytes: Array(OdtParts.mimeType.utf8), compression: .store)
            try writer.add("META-INF/manifest.xml", bytes: OdtParts.manifest(charts: charts.map(\.folder)))
            try writer.add("content.xml", bytes: content)
            for chart in charts { try writer.add(chart.part, bytes: chart.xml) }
            try writer.add("styles.xml", bytes: OdtParts.styles(document))
            try writer.add("meta.xml", bytes: OdtParts.meta(title: document.title))
            try writer.add("settings.xml", bytes: OdtParts.settings)
            return try writer.finish()
        } catch {
            throw AuthoringError(packaging: error)
        }
    }
}
