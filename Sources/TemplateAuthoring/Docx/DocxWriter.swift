import DocumentEngine

/// Writes an authored document as a WordprocessingML package (DOCX).
///
/// Page numbers from the second page on: the section has `w:titlePg` and only a default header
/// (with a PAGE field); a first section with `w:titlePg` and no first-page header gets a blank one.
public struct DocxWriter: DocumentWriter {
    public init() {}

    public var fileExtension: String { "docx" }

    public func write(_ document: AuthoredDocument, name: String) throws(AuthoringError) -> [UInt8] {
        try TagCheck.check(document)
        let hasHeader = document.pageNumbers != .none
        let writtenBody = DocxBody(document: document)
        let body = try writtenBody.xml(header: hasHeader)
        let charts = writtenBody.charts
        let workbooks = try charts.map { chart throws(AuthoringError) in try chart.workbook() }
        do {
            let writer = try ArchiveWriter(name: name, deflateLevel: ArchiveWriter.compactDeflate)
            try writer.add("[Content_Types].xml", bytes: DocxParts.contentTypes(header: hasHeader, charts: charts))
            try writer.add("_rels/.rels", bytes: DocxParts.packageRelationships)
            try writer.add("word/document.xml", bytes: body)
            try writer.add("word/styles.xml", bytes: DocxParts.styles(document))
            try writer.add("word/settings.xml", bytes: DocxParts.settings)
            try writer.add("word/fontTable.xml", bytes: DocxParts.fontTable(document.font))
            if hasHeader { try writer.add("word/header1.xml", bytes: DocxParts.pageNumberHeader) }
            for (chart, workbook) in zip(charts, workbooks) {
                try writer.add(chart.part, bytes: chart.xml)
                try writer.add(chart.relationshipsPart, bytes: chart.relationships)
                try writer.add(chart.workbookPart, bytes: workbook)
            }
            try writer.add("word/_rels/document.xml.rels", bytes: DocxParts.documentRelationships(header: hasHeader, charts: charts))
            try writer.add("docProps/core.xml", bytes: DocxParts.core(title: document.title))
            try writer.add("docProps/app.xml", bytes: DocxParts.app)
            return try writer.finish()
        } catch {
            throw AuthoringError(packaging: error)
        }
    }
}
