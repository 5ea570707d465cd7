/// `content.xml`: the body is written first, collecting the automatic styles it uses,
/// then both are put into the part.
struct OdtContent {
    let document: AuthoredDocument
    private var styles = OdtAutomaticStyles()
    private var body = XMLBuilder(declaration: false)
    private var tableCount = 0
    /// The charts written so far, each an object of its own beside `content.xml`.
    private(set) var charts: [OdtChart] = []

    init(document: AuthoredDocument) { self.document = document }

    /// `content.xml` and the chart objects its frames show.
    static func parts(_ document: AuthoredDocument) throws(AuthoringError) -> (content: [UInt8], charts: [OdtChart]) {
        var content = OdtContent(document: document)
        // The first block opens the “First Page” master, which leaves the page number off.
        var master = document.pageNumbers == .fromSecondPage ? OdtParts.firstPageMaster : nil
        let items = BodyFlow.items(document.blocks)
        for item in items {
            switch item {
            case .paragraph(let paragraph): content.write(paragraph, masterPage: master)
            case .table(let table): try content.write(table, masterPage: master)
            case .chart(let chart): content.write(chart, masterPage: master)
            }
            master = nil
        }
        // LibreOffice puts a paragraph after a table that ends the text; a hairline one takes no room.
        if case .table? = items.last { content.writeHairline() }
        var x = XMLBuilder()
        x.open("office:document-content", OdtNamespaces.document + [OdtNamespaces.version])
        OdtParts.fontFaces(document.font, into: &x)
        x.element("office:automatic-styles") { x in x.raw(content.styles.text) }
        x.element("office:body") { x in
            x.element("office:text") { x in x.raw(content.body.text) }
        }
        x.close("office:document-content")
        return (x.bytes, content.charts)
    }

    // MARK: Charts

    /// A centred paragraph holding the chart's frame.
    private mutating func write(_ chart: Chart, masterPage: String?) {
        var holder = Paragraph([], alignment: .center, firstLineIndent: 0).spaced(before: 6, after: 6).keptWithNext()
        holder.pageBreakBefore = chart.pageBreakBefore
        let written = OdtChart(chart: chart, number: charts.count + 1)
        charts.append(written)
        body.open("text:p", [("text:style-name", paragraphStyle(holder, masterPage: masterPage))])
        written.frame(into: &body)
        body.close("text:p")
    }

    // MARK: Paragraphs

    private mutating func write(_ paragraph: Paragraph, masterPage: String? = nil) {
        let style = paragraphStyle(paragraph, masterPage: masterPage)
        body.open("text:p", [("text:style-name", style)])
        var text = OdtText()
        for run in paragraph.runs where !run.text.isEmpty {
            if run.isPlain {
                text.write(run.text, into: &body)
            } else {
                body.open("text:span", [("text:style-name", textStyle(run))])
                text.write(run.text, into: &body)
                body.close("text:span")
            }
        }
        body.close("text:p")
    }

    private mutating func writeHairline() {
        var x = XMLBuilder(declaration: false)
        x.leaf("style:paragraph-properties", [("fo:margin-top", "0cm"), ("fo:margin-bottom", "0cm"), ("fo:line-height", "0.035cm")])
        x.leaf("style:text-properties", Self.size(1))
        let style = styles.name(family: "paragraph", prefix: "P", attributes: [("style:parent-style-name", "Standard")], content: x.text)
        body.leaf("text:p", [("text:style-name", style)])
    }

    private mutating func paragraphStyle(_ p: Paragraph, masterPage: String?) -> String {
        var properties: XMLBuilder.Attributes = [
            ("fo:margin-left", Units.cm(p.leftIndent)), ("fo:margin-right", Units.cm(p.rightIndent)),
            ("fo:text-indent", Units.cm(p.firstLineIndent)),
            ("fo:margin-top", Units.pt(p.spaceBefore)), ("fo:margin-bottom", Units.pt(p.spaceAfter)),
            ("fo:line-height", OdtParts.percent(p.lineSpacing ?? document.lineSpacing)),
            ("fo:text-align", Self.textAlign(p.alignment)), ("style:justify-single-word", "false"),
        ]
        if p.keepWithNext { properties.append(("fo:keep-with-next", "always")) }
        if p.keepTogether { properties.append(("fo:keep-together", "always")) }
        if p.pageBreakBefore { properties.append(("fo:break-before", "page")) }
        var x = XMLBuilder(declaration: false)
        if p.tabStops.isEmpty {
            x.leaf("style:paragraph-properties", properties)
        } else {
            x.element("style:paragraph-properties", properties) { x in
                x.element("style:tab-stops") { x in
                    for stop in p.tabStops { x.leaf("style:tab-stop", Self.attributes(of: stop)) }
                }
            }
        }
        if let size = p.fontSize { x.leaf("style:text-properties", Self.size(size)) }
        var attributes: XMLBuilder.Attributes = [("style:parent-style-name", "Standard")]
        if let masterPage { attributes.append(("style:master-page-name", masterPage)) }
        return styles.name(family: "paragraph", prefix: "P", attributes: attributes, content: x.text)
    }

    private mutating func textStyle(_ run: Run) -> String {
        var properties: XMLBuilder.Attributes = []
        if run.bold {
            properties += [("fo:font-weight", "bold"), ("style:font-weight-asian", "bold"), ("style:font-weight-complex", "bold")]
        }
        if run.italic {
            properties += [("fo:font-style", "italic"), ("style:font-style-asian", "italic"), ("style:font-style-complex", "italic")]
        }
        if run.underline {
            properties += [("style:text-underline-style", "solid"), ("style:text-underline-width", "auto"),
                ("style:text-underline-color", "font-color")]
        }
        if let size = run.size { properties += Self.size(size) }
        var x = XMLBuilder(declaration: false)
        x.leaf("style:text-properties", properties)
        return styles.name(family: "text", prefix: "T", content: x.text)
    }

    // MARK: Tables

    private mutating func write(_ table: Table, masterPage: String?) throws(AuthoringError) {
        let layout = try TableLayout(table, textWidth: document.page.textWidth, fontSize: document.font.size)
        tableCount += 1
        body.open("table:table", [("table:name", "Table\(tableCount)"), ("table:style-name", tableStyle(table, layout, masterPage))])
        for width in layout.widths {
            var x = XMLBuilder(declaration: false)
            x.leaf("style:table-column-properties", [("style:column-width", Units.cm(width))])
            body.leaf("table:table-column", [("table:style-name", styles.name(family: "table-column", prefix: "Co", content: x.text))])
        }
        for (index, slots) in layout.rows.enumerated() {
            if index == 0, table.headerRows > 0 { body.open("table:table-header-rows") }
            var rowAttributes: XMLBuilder.Attributes = []
            if table.rows[index].cantSplit {
                var x = XMLBuilder(declaration: false)
                x.leaf("style:table-row-properties", [("fo:keep-together", "always")])
                rowAttributes.append(("table:style-name", styles.name(family: "table-row", prefix: "Ro", content: x.text)))
            }
            body.open("table:table-row", rowAttributes)
            for slot in slots { write(slot, of: table) }
            body.close("table:table-row")
            if index + 1 == table.headerRows { body.close("table:table-header-rows") }
        }
        body.close("table:table")
    }

    private mutating func tableStyle(_ table: Table, _ layout: TableLayout, _ masterPage: String?) -> String {
        var properties: XMLBuilder.Attributes = [("style:width", Units.cm(layout.totalWidth))]
        switch table.alignment {
        case .left: properties += [("table:align", "left"), ("fo:margin-left", "0cm")]
        case .center: properties += [("table:align", "center")]
        case .right: properties += [("table:align", "right"), ("fo:margin-right", "0cm")]
        }
        properties.append(("table:border-model", "collapsing"))
        if table.keepTogether { properties.append(("style:may-break-between-rows", "false")) }
        if table.pageBreakBefore { properties.append(("fo:break-before", "page")) }
        var x = XMLBuilder(declaration: false)
        x.leaf("style:table-properties", properties)
        let attributes: XMLBuilder.Attributes = masterPage.map { [("style:master-page-name", $0)] } ?? []
        return styles.name(family: "table", prefix: "Tb", attributes: attributes, content: x.text)
    }

    private mutating func write(_ slot: TableLayout.Slot, of table: Table) {
        switch slot {
        case .cell(let cell, _):
            var attributes: XMLBuilder.Attributes = [("table:style-name", cellStyle(cell, of: table)), ("office:value-type", "string")]
            if cell.columnSpan > 1 { attributes.append(("table:number-columns-spanned", String(cell.columnSpan))) }
            if cell.rowSpan > 1 { attributes.append(("table:number-rows-spanned", String(cell.rowSpan))) }
            body.open("table:table-cell", attributes)
            for paragraph in cell.paragraphs.isEmpty ? [.empty] : cell.paragraphs { write(paragraph) }
            body.close("table:table-cell")
            for _ in 1..<cell.columnSpan { body.leaf("table:covered-table-cell") }
        case .continuation(let cell, _, _):
            for _ in 0..<cell.columnSpan { body.leaf("table:covered-table-cell") }
        }
    }

    private mutating func cellStyle(_ cell: TableCell, of table: Table) -> String {
        let line = "0.5pt solid #000000"
        let alignment = switch cell.verticalAlignment {
        case .top: "top"
        case .center: "middle"
        case .bottom: "bottom"
        }
        var properties: XMLBuilder.Attributes = [
            ("style:vertical-align", alignment),
            ("fo:padding-left", Units.cm(table.cellPadding)), ("fo:padding-right", Units.cm(table.cellPadding)),
            ("fo:padding-top", "0cm"), ("fo:padding-bottom", "0cm"),
        ]
        if table.borders {
            properties.append(("fo:border", line))
        } else {
            properties += [("fo:border-left", "none"), ("fo:border-right", "none"), ("fo:border-top", "none"),
                ("fo:border-bottom", cell.bottomRule ? line : "none")]
        }
        var x = XMLBuilder(declaration: false)
        x.leaf("style:table-cell-properties", properties)
        return styles.name(family: "table-cell", prefix: "Ce", content: x.text)
    }

    // MARK: Property values

    private static func textAlign(_ alignment: Paragraph.Alignment) -> String {
        switch alignment {
        case .left: "start"
        case .center: "center"
        case .right: "end"
        case .justify: "justify"
        }
    }

    private static func size(_ points: Double) -> XMLBuilder.Attributes {
        let size = Units.pt(points)
        return [("fo:font-size", size), ("style:font-size-asian", size), ("style:font-size-complex", size)]
    }

    private static func attributes(of stop: TabStop) -> XMLBuilder.Attributes {
        var attributes: XMLBuilder.Attributes = [("style:position", Units.cm(stop.position))]
        switch stop.alignment {
        case .left: break
        case .center: attributes.append(("style:type", "center"))
        case .right: attributes.append(("style:type", "right"))
        }
        switch stop.leader {
        case .none: break
        case .dots: attributes += [("style:leader-style", "dotted"), ("style:leader-text", ".")]
        case .underscore: attributes += [("style:leader-style", "solid"), ("style:leader-text", "_")]
        }
        return attributes
    }
}
