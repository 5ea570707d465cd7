/// A chart object of an ODF document (`Object 1/content.xml`) whose title binds it to data: each
/// rendering writes the categories, series names and values into the object's own table
/// (`local-table`) and makes the series' ranges cover them. LibreOffice draws the chart from that
/// table whenever it opens the document, whatever its replacement image shows.
struct OpenDocumentChart: Sendable {
    let part: String
    let binding: ChartBinding
    let seriesCount: Int
    private let template: [UInt8]

    static let namespace = "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"
    private static func chart(_ local: String) -> QualifiedName { QualifiedName(namespace, local) }
    private static func table(_ local: String) -> QualifiedName { QualifiedName(Dialect.tableNamespace, local) }
    private static func text(_ local: String) -> QualifiedName { QualifiedName(Dialect.textNamespace, local) }
    private static let rangeAttribute = QualifiedName(Dialect.tableNamespace, "cell-range-address")

    /// The object's content part `part` if its title binds it to data; nil for a chart left as it
    /// is, for an object that is not a chart, and for one that cannot be filled (`problems` says why).
    static func compile(part: String, reader: ArchiveReader, problems: inout [TemplateProblem]) -> OpenDocumentChart? {
        guard reader.entry(named: part) != nil, let document = PackageXML.read(part, in: reader, problems: &problems),
            let chart = Self.chartElement(of: document)
        else { return nil }
        let title = chart.child(Self.chart("title"))?.children(Self.text("p")).map { $0.textContent() }.joined(separator: "\n") ?? ""
        let binding: ChartBinding
        switch ChartBinding.read(title: title) {
        case .unbound: return nil
        case .problem(let message):
            problems.append(TemplateProblem(.syntax(.invalidPath), part: part, message))
            return nil
        case .bound(let found): binding = found
        }
        let series = chart.child(Self.chart("plot-area"))?.children(Self.chart("series")) ?? []
        var found: [TemplateProblem] = []
        let kind = chart.attribute(Self.chart("class")) ?? ""
        if kind == "chart:scatter" || kind == "chart:bubble" {
            found.append(TemplateProblem(.unfillableChart, part: part,
                "the chart bound by “{{#chart \(binding.path)}}” is a scatter or bubble chart, whose points are pairs of numbers; a chart bound to data takes categories: use a bar, column, line, area or pie chart"))
        } else if series.isEmpty {
            found.append(TemplateProblem(.unfillableChart, part: part, "the chart bound by “{{#chart \(binding.path)}}” has no series to fill"))
        } else if Self.localTable(of: chart) == nil {
            found.append(TemplateProblem(.unfillableChart, part: part,
                "the chart bound by “{{#chart \(binding.path)}}” has no data table of its own (it shows cells of a spreadsheet): insert the chart in the text document"))
        }
        problems += found
        guard found.isEmpty, let template = try? reader.read(part) else { return nil }
        return OpenDocumentChart(part: part, binding: binding, seriesCount: series.count, template: template)
    }

    /// The object's content filled with `data`.
    func render(_ data: ChartData) -> [String: [UInt8]] {
        guard let document = try? XMLDocument(bytes: template, part: part), let chart = Self.chartElement(of: document),
            let table = Self.localTable(of: chart)
        else { return [:] }
        writeTitle(in: chart)
        let tableName = table.attribute(Self.table("name")) ?? "local-table"
        let rowCount = max(data.categories.count, 1)
        let lastRow = rowCount + 1
        func column(_ index: Int) -> String { CellReference.letters(ofColumn: index + 1) }
        func range(_ column: String, _ first: Int, _ last: Int) -> String { "\(tableName).$\(column)$\(first):.$\(column)$\(last)" }

        let headers = Self.headerTexts(of: table)
        let names = (0..<seriesCount).map { data.seriesNames?[$0] ?? (headers.indices.contains($0 + 1) ? headers[$0 + 1] : "") }
        let corner = headers.first ?? ""
        writeTable(table, corner: corner, names: names, data: data)

        guard let plotArea = chart.child(Self.chart("plot-area")) else { return [part: document.serialized()] }
        if plotArea.attribute(Self.rangeAttribute) != nil {
            plotArea.setAttribute(Self.rangeAttribute, prefix: "table", "\(tableName).$A$1:.$\(column(seriesCount))$\(lastRow)")
        }
        for axis in plotArea.children(Self.chart("axis")) {
            axis.child(Self.chart("categories"))?.setAttribute(Self.rangeAttribute, prefix: "table", range("A", 2, lastRow))
        }
        for (index, series) in plotArea.children(Self.chart("series")).enumerated() {
            series.setAttribute(Self.chart("values-cell-range-address"), prefix: "chart", range(column(index + 1), 2, lastRow))
            series.setAttribute(Self.chart("label-cell-address"), prefix: "chart", "\(tableName).$\(column(index + 1))$1")
            let points = series.children(Self.chart("data-point"))
            let style = points.first?.attribute(Self.chart("style-name"))
            for point in points { point.remove() }
            guard !data.categories.isEmpty else { continue }
            let styleAttribute = style.map { " chart:style-name=\"\(XMLText.escapedAttribute($0))\"" } ?? ""
            series.appendMarkup("<chart:data-point xmlns:chart=\"\(Self.namespace)\"\(styleAttribute) chart:repeated=\"\(data.categories.count)\"/>")
        }
        return [part: document.serialized()]
    }

    // MARK: Reading the object

    private static func chartElement(of document: XMLDocument) -> XMLNode? {
        let office = QualifiedName(Dialect.officeNamespace, "body")
        return document.root?.child(office)?.child(QualifiedName(Dialect.officeNamespace, "chart"))?.child(chart("chart"))
    }

    /// The chart's own data table, which LibreOffice keeps in the chart element.
    private static func localTable(of chart: XMLNode) -> XMLNode? {
        chart.child(table("table")) ?? chart.parent?.child(table("table"))
    }

    /// The texts of the header row's cells: the corner, then each series' name.
    private static func headerTexts(of table: XMLNode) -> [String] {
        guard let row = table.child(Self.table("table-header-rows"))?.child(Self.table("table-row")) else { return [] }
        return row.elementChildren.filter { $0.is(Self.table("table-cell")) }.map { cell in
            cell.children(text("p")).map { $0.textContent() }.joined(separator: "\n")
        }
    }

    // MARK: Writing it

    /// Takes the binding tag out of the title; a title that was only the tag goes.
    private func writeTitle(in chart: XMLNode) {
        guard let title = chart.child(Self.chart("title")) else { return }
        if binding.title.isEmpty {
            title.remove()
            return
        }
        for paragraph in title.children(Self.text("p")) {
            guard case .bound(let own) = ChartBinding.read(title: paragraph.textContent()) else { continue }
            if own.title.isEmpty { paragraph.remove() } else { paragraph.setText(own.title) }
        }
    }

    /// The header row (the corner, the series' names) and one row per category; with no
    /// categories, one empty row, so that the series' ranges still name cells.
    private func writeTable(_ table: XMLNode, corner: String, names: [String], data: ChartData) {
        let declarations = "xmlns:table=\"\(Dialect.tableNamespace)\" xmlns:text=\"\(Dialect.textNamespace)\" xmlns:office=\"\(Dialect.officeNamespace)\""
        func textCell(_ text: String) -> String {
            text.isEmpty ? "<table:table-cell><text:p/></table:table-cell>"
                : "<table:table-cell office:value-type=\"string\"><text:p>\(chartText(text))</text:p></table:table-cell>"
        }
        func numberCell(_ number: String?) -> String {
            guard let number else { return "<table:table-cell><text:p/></table:table-cell>" }
            return "<table:table-cell office:value-type=\"float\" office:value=\"\(number)\"><text:p>\(number)</text:p></table:table-cell>"
        }
        let header = "<table:table-header-rows \(declarations)><table:table-row>\(textCell(corner))\(names.map(textCell).joined())</table:table-row></table:table-header-rows>"
        var rows = ""
        for (index, category) in data.categories.enumerated() {
            rows += "<table:table-row>\(textCell(category))\((0..<seriesCount).map { numberCell(data.values[$0][index]) }.joined())</table:table-row>"
        }
        if data.categories.isEmpty {
            rows = "<table:table-row>\(textCell(""))\(String(repeating: numberCell(nil), count: seriesCount))</table:table-row>"
        }
        let body = "<table:table-rows \(declarations)>\(rows)</table:table-rows>"
        if let existing = table.child(Self.table("table-header-rows")) { existing.replace(withMarkup: header) } else { table.appendMarkup(header) }
        // Rows may stand bare in the table (ODF allows it): they all go, and the new ones come after the header.
        for row in table.children(Self.table("table-row")) { row.remove() }
        if let existing = table.child(Self.table("table-rows")) { existing.replace(withMarkup: body) } else { table.appendMarkup(body) }
    }
}
