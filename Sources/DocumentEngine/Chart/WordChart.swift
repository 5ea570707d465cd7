/// A DrawingML chart of a Word document (`word/charts/chart1.xml`) whose title binds it to data:
/// each rendering writes the categories, values and series names into the chart's caches (what
/// Word and LibreOffice draw), resizes the formulas that point into its embedded workbook, and
/// writes the same data into that workbook, so Word's «Изменить данные» shows what the chart does.
struct WordChart: Sendable {
    let part: String
    let binding: ChartBinding
    let seriesCount: Int
    private let template: [UInt8]
    private let workbook: EmbeddedChartWorkbook?

    static let namespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    private static func c(_ local: String) -> QualifiedName { QualifiedName(namespace, local) }
    private static func a(_ local: String) -> QualifiedName { QualifiedName(drawingNamespace, local) }

    /// The chart part `part` if its title binds it to data; nil for a chart left as it is, and for
    /// one that cannot be filled (`problems` says why).
    static func compile(part: String, reader: ArchiveReader, problems: inout [TemplateProblem]) -> WordChart? {
        guard let document = PackageXML.read(part, in: reader, problems: &problems), let root = document.root else { return nil }
        let title = root.child(c("chart"))?.child(c("title"))?.child(c("tx"))?.child(c("rich"))
        let text = title.map { Self.paragraphs(of: $0).map(\.text).joined(separator: "\n") } ?? ""
        let binding: ChartBinding
        switch ChartBinding.read(title: text) {
        case .unbound: return nil
        case .problem(let message):
            problems.append(TemplateProblem(.syntax(.invalidPath), part: part, message))
            return nil
        case .bound(let found): binding = found
        }
        let series = Self.series(of: root)
        var found: [TemplateProblem] = []
        if series.isEmpty {
            found.append(TemplateProblem(.unfillableChart, part: part, "the chart bound by “{{#chart \(binding.path)}}” has no series to fill"))
        }
        for (index, node) in series.enumerated() {
            if node.child(c("xVal")) != nil || node.child(c("yVal")) != nil {
                found.append(TemplateProblem(.unfillableChart, part: part,
                    "series \(index + 1) is of a scatter or bubble chart, whose points are pairs of numbers; a chart bound to data takes categories: use a bar, column, line, area or pie chart"))
            } else if !Self.hasNumbers(node) {
                found.append(TemplateProblem(.unfillableChart, part: part,
                    "series \(index + 1) has no numbers kept with the chart (c:val with c:numCache or c:numLit) to fill"))
            }
        }
        var workbook: EmbeddedChartWorkbook?
        let relationships = PackageRelationships.read(of: part, in: reader, problems: &found)
        if let target = relationships?.targets(ofKind: "package").first, reader.entry(named: target) != nil {
            workbook = EmbeddedChartWorkbook(part: target, reader: reader, problems: &found)
        }
        problems += found
        guard found.isEmpty, let template = try? reader.read(part) else { return nil }
        return WordChart(part: part, binding: binding, seriesCount: series.count, template: template, workbook: workbook)
    }

    /// The chart part and its workbook filled with `data`.
    func render(_ data: ChartData) throws(ArchiveError) -> [String: [UInt8]] {
        guard let document = try? XMLDocument(bytes: template, part: part), let root = document.root else { return [:] }
        writeTitle(in: root)
        var cleared: [SheetRange] = []
        var cells: [EmbeddedChartWorkbook.Cell] = []
        for (index, series) in Self.series(of: root).enumerated() {
            let name = data.seriesNames?[index]
            if let name { writeName(name, of: series, cleared: &cleared, cells: &cells) }
            writeCategories(data.categories, of: series, writesCells: index == 0, cleared: &cleared, cells: &cells)
            writeValues(data.values[index], of: series, cleared: &cleared, cells: &cells)
        }
        var rendered = [part: document.serialized()]
        if let workbook { rendered[workbook.part] = try workbook.filled(clearing: cleared, writing: cells) }
        return rendered
    }

    // MARK: Reading the chart

    /// Every series of every chart group of the plot area, in order.
    private static func series(of root: XMLNode) -> [XMLNode] {
        guard let plotArea = root.child(c("chart"))?.child(c("plotArea")) else { return [] }
        return plotArea.elementChildren.filter { $0.localName.hasSuffix("Chart") }.flatMap { $0.children(c("ser")) }
    }

    private static func hasNumbers(_ series: XMLNode) -> Bool {
        guard let values = series.child(c("val")) else { return false }
        return values.child(c("numRef"))?.child(c("numCache")) != nil || values.child(c("numLit")) != nil
    }

    /// The title's paragraphs with their text, runs and fields joined.
    private static func paragraphs(of rich: XMLNode) -> [(node: XMLNode, text: String)] {
        rich.children(a("p")).map { paragraph in
            (paragraph, paragraph.elementChildren.filter { $0.is(a("r")) || $0.is(a("fld")) }
                .compactMap { $0.child(a("t"))?.textContent() }.joined())
        }
    }

    // MARK: Writing it

    /// Takes the binding tag out of the title; a title that was only the tag goes, and the chart is
    /// told so (`autoTitleDeleted`), or Word would make one up from the series name.
    private func writeTitle(in root: XMLNode) {
        guard let chart = root.child(Self.c("chart")), let title = chart.child(Self.c("title")),
            let rich = title.child(Self.c("tx"))?.child(Self.c("rich"))
        else { return }
        if binding.title.isEmpty {
            if let deleted = chart.child(Self.c("autoTitleDeleted")) {
                deleted.setPlainAttribute("val", "1")
            } else {
                title.insertMarkupBefore("<c:autoTitleDeleted xmlns:c=\"\(Self.namespace)\" val=\"1\"/>")
            }
            title.remove()
            return
        }
        for (paragraph, text) in Self.paragraphs(of: rich) where text.contains("{{") {
            guard case .bound(let own) = ChartBinding.read(title: text) else { continue }
            let runs = paragraph.elementChildren.filter { $0.is(Self.a("r")) || $0.is(Self.a("fld")) }
            if own.title.isEmpty {
                paragraph.remove()
            } else if let first = runs.first, let textNode = first.child(Self.a("t")) {
                textNode.setText(own.title)
                for run in runs.dropFirst() { run.remove() }
            }
        }
    }

    private func writeName(_ name: String, of series: XMLNode, cleared: inout [SheetRange], cells: inout [EmbeddedChartWorkbook.Cell]) {
        let c = Self.namespace
        if let text = series.child(Self.c("tx")) {
            if let reference = text.child(Self.c("strRef")) {
                reference.child(Self.c("strCache"))?.remove()
                reference.appendMarkup("<c:strCache xmlns:c=\"\(c)\"><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(chartText(name))</c:v></c:pt></c:strCache>")
                if let formula = reference.child(Self.c("f")).map({ $0.textContent() }), let range = SheetRange(formula: formula) {
                    cleared.append(range)
                    cells.append(.init(sheet: range.sheet, reference: range.range.start, content: .text(name)))
                }
            } else {
                text.replace(withMarkup: "<c:tx xmlns:c=\"\(c)\"><c:v>\(chartText(name))</c:v></c:tx>")
            }
        } else if let order = series.child(Self.c("order")) ?? series.child(Self.c("idx")) {
            (order.nextElement ?? order).insertMarkupBefore("<c:tx xmlns:c=\"\(c)\"><c:v>\(chartText(name))</c:v></c:tx>")
        }
    }

    private func writeCategories(_ categories: [String], of series: XMLNode, writesCells: Bool,
        cleared: inout [SheetRange], cells: inout [EmbeddedChartWorkbook.Cell])
    {
        let c = Self.namespace
        let points = categories.enumerated().map { "<c:pt idx=\"\($0.offset)\"><c:v>\(chartText($0.element))</c:v></c:pt>" }.joined()
        let count = "<c:ptCount val=\"\(categories.count)\"/>"
        let existing = series.child(Self.c("cat"))
        let formula = existing.flatMap { Self.formula(in: $0) }
        let markup: String
        if let formula {
            let range = SheetRange(formula: formula)
            let written = range.map { $0.resized(to: categories.count).formula } ?? formula
            markup = "<c:cat xmlns:c=\"\(c)\"><c:strRef><c:f>\(chartText(written))</c:f><c:strCache>\(count)\(points)</c:strCache></c:strRef></c:cat>"
            if let range, writesCells {
                cleared.append(range)
                for (offset, category) in categories.enumerated() {
                    cells.append(.init(sheet: range.sheet, reference: range.cell(at: offset), content: .text(category)))
                }
            }
        } else {
            markup = "<c:cat xmlns:c=\"\(c)\"><c:strLit>\(count)\(points)</c:strLit></c:cat>"
        }
        if let existing {
            existing.replace(withMarkup: markup)
        } else {
            series.child(Self.c("val"))?.insertMarkupBefore(markup)
        }
    }

    private func writeValues(_ values: [String?], of series: XMLNode, cleared: inout [SheetRange], cells: inout [EmbeddedChartWorkbook.Cell]) {
        let c = Self.namespace
        guard let existing = series.child(Self.c("val")) else { return }
        let cache = existing.child(Self.c("numRef"))?.child(Self.c("numCache")) ?? existing.child(Self.c("numLit"))
        let format = cache?.child(Self.c("formatCode")).map { "<c:formatCode>\(chartText($0.textContent()))</c:formatCode>" } ?? ""
        let points = values.enumerated().compactMap { offset, value in value.map { "<c:pt idx=\"\(offset)\"><c:v>\($0)</c:v></c:pt>" } }.joined()
        let numbers = "\(format)<c:ptCount val=\"\(values.count)\"/>\(points)"
        if existing.child(Self.c("numRef")) != nil, let formula = Self.formula(in: existing) {
            let range = SheetRange(formula: formula)
            let written = range.map { $0.resized(to: values.count).formula } ?? formula
            existing.replace(withMarkup: "<c:val xmlns:c=\"\(c)\"><c:numRef><c:f>\(chartText(written))</c:f><c:numCache>\(numbers)</c:numCache></c:numRef></c:val>")
            if let range {
                cleared.append(range)
                for (offset, value) in values.enumerated() {
                    cells.append(.init(sheet: range.sheet, reference: range.cell(at: offset), content: value.map { .number($0) } ?? .empty))
                }
            }
        } else {
            existing.replace(withMarkup: "<c:val xmlns:c=\"\(c)\"><c:numLit>\(numbers)</c:numLit></c:val>")
        }
    }

    /// The formula of a category or value reference (`c:strRef/c:f`, `c:numRef/c:f`, `c:multiLvlStrRef/c:f`).
    private static func formula(in element: XMLNode) -> String? {
        element.elementChildren.first(where: { _ in true })?.child(c("f"))?.textContent()
    }
}

extension XMLNode {
    /// The next sibling that is an element.
    var nextElement: XMLNode? {
        var node = next
        while let current = node, !current.isElement { node = current.next }
        return node
    }
}
