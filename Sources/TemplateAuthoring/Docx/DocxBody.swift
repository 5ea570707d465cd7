/// `word/document.xml`: the body's paragraphs, tables and charts, then the section's page setup.
struct DocxBody {
    let document: AuthoredDocument

    /// The document's charts in order, numbered from 1: each is a part of its own beside the body.
    var charts: [DocxChart] {
        var charts: [DocxChart] = []
        for case .chart(let chart) in BodyFlow.items(document.blocks) { charts.append(DocxChart(chart: chart, number: charts.count + 1)) }
        return charts
    }

    func xml(header: Bool) throws(AuthoringError) -> [UInt8] {
        var x = XMLBuilder()
        x.open("w:document", [("xmlns:w", DocxParts.wordNamespace), ("xmlns:r", DocxParts.relationshipNamespace)])
        x.open("w:body")
        let items = BodyFlow.items(document.blocks)
        var charts = self.charts.makeIterator()
        for item in items {
            switch item {
            case .paragraph(let paragraph):
                DocxParagraph(paragraph, document: document).write(into: &x)
            case .table(let table):
                // Word has no page break before a table: a hairline paragraph carries it.
                if table.pageBreakBefore { Self.hairline(pageBreak: true, into: &x) }
                try DocxTable(table, document: document).write(into: &x)
            case .chart(let chart):
                guard let written = charts.next() else { break }
                x.element("w:p") { x in
                    x.element("w:pPr") { x in
                        if chart.pageBreakBefore { x.leaf("w:pageBreakBefore") }
                        x.leaf("w:keepNext")
                        x.leaf("w:spacing", [("w:before", "120"), ("w:after", "120")])
                        x.leaf("w:jc", [("w:val", "center")])
                    }
                    written.drawing(into: &x)
                }
            }
        }
        // Word wants a paragraph after a table that ends the body.
        if case .table? = items.last { Self.hairline(pageBreak: false, into: &x) }
        sectionProperties(header: header, into: &x)
        x.close("w:body")
        x.close("w:document")
        return x.bytes
    }

    private static func hairline(pageBreak: Bool, into x: inout XMLBuilder) {
        x.element("w:p") { x in
            x.element("w:pPr") { x in
                if pageBreak { x.leaf("w:pageBreakBefore") }
                x.leaf("w:spacing", [("w:before", "0"), ("w:after", "0"), ("w:line", "20"), ("w:lineRule", "exact")])
                x.element("w:rPr") { x in x.leaf("w:sz", [("w:val", "2")]); x.leaf("w:szCs", [("w:val", "2")]) }
            }
        }
    }

    private func sectionProperties(header: Bool, into x: inout XMLBuilder) {
        let page = document.page
        x.element("w:sectPr") { x in
            if header { x.leaf("w:headerReference", [("w:type", "default"), ("r:id", DocxParts.headerRelationship)]) }
            x.leaf("w:pgSz", [("w:w", String(Units.twips(mm: page.width))), ("w:h", String(Units.twips(mm: page.height)))])
            x.leaf("w:pgMar", [
                ("w:top", String(Units.twips(mm: page.margins.top))),
                ("w:right", String(Units.twips(mm: page.margins.right))),
                ("w:bottom", String(Units.twips(mm: page.margins.bottom))),
                ("w:left", String(Units.twips(mm: page.margins.left))),
                ("w:header", String(Units.twips(mm: page.headerDistance))),
                ("w:footer", String(Units.twips(mm: page.headerDistance))),
                ("w:gutter", "0"),
            ])
            x.leaf("w:cols", [("w:space", "708")])
            // The first page takes the (absent, so blank) first-page header.
            if document.pageNumbers == .fromSecondPage { x.leaf("w:titlePg") }
            x.leaf("w:docGrid", [("w:linePitch", "360")])
        }
    }
}
