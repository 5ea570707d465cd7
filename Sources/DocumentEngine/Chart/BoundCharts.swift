/// The charts of a template bound to data by their titles (`{{#chart satisfaction}}`), found when the
/// template is compiled and filled at each rendering.
struct BoundCharts: Sendable {
    private(set) var word: [WordChart] = []
    private(set) var openDocument: [OpenDocumentChart] = []

    var isEmpty: Bool { word.isEmpty && openDocument.isEmpty }

    init() {}

    /// Finds the charts of a Word document through the relationships of its text parts, and the
    /// chart objects an ODF document's `content.xml` and `styles.xml` embed.
    init(_ layout: PackageLayout, reader: ArchiveReader, problems: inout [TemplateProblem]) {
        switch layout.format {
        case .docx:
            var seen: Set<String> = []
            for source in layout.flowingParts.sorted() {
                for target in PackageRelationships.read(of: source, in: reader, problems: &problems)?.targets(ofKind: "chart") ?? []
                where reader.entry(named: target) != nil && seen.insert(target).inserted {
                    if let chart = WordChart.compile(part: target, reader: reader, problems: &problems) { word.append(chart) }
                }
            }
        case .odt:
            var seen: Set<String> = []
            for source in layout.flowingParts.sorted() {
                for part in Self.objectParts(in: source, reader: reader, problems: &problems) where seen.insert(part).inserted {
                    if let chart = OpenDocumentChart.compile(part: part, reader: reader, problems: &problems) { openDocument.append(chart) }
                }
            }
        case .xlsx, .ods:
            // A workbook's charts read their cells, which the spreadsheet dialects move with the rows.
            break
        }
    }

    /// The content parts of the objects a part embeds: `./Object 1` is `Object 1/content.xml`.
    private static func objectParts(in source: String, reader: ArchiveReader, problems: inout [TemplateProblem]) -> [String] {
        guard let document = PackageXML.read(source, in: reader, problems: &problems), let root = document.root else { return [] }
        return objectParts(under: root)
    }

    /// The content parts of the objects embedded under `root`.
    static func objectParts(under root: XMLNode) -> [String] {
        let object = QualifiedName(Dialect.drawNamespace, "object")
        let link = QualifiedName("http://www.w3.org/1999/xlink", "href")
        var parts: [String] = []
        root.forEachDescendant { node in
            guard node.is(object), var target = node.attribute(link) else { return .descend }
            if target.hasPrefix("./") { target.removeFirst(2) }
            if !target.isEmpty, !target.contains(":"), !target.hasPrefix("/") {
                parts.append(PackageRelationships.resolve(target + "/content.xml", from: ""))
            }
            return .skipChildren
        }
        return parts
    }

    /// Fills every bound chart from the data `context` holds, adding the rewritten parts to `rendered`.
    func render(context: DataContext, options: RenderOptions, rendered: inout [String: [UInt8]], problems: inout [RenderError.Problem]) {
        for chart in word {
            guard let data = Self.data(for: chart.binding, seriesCount: chart.seriesCount, part: chart.part, context: context,
                options: options, problems: &problems)
            else { continue }
            do { rendered.merge(try chart.render(data)) { $1 } } catch {
                problems.append(RenderError.Problem(.packagingFailed, part: error.part ?? chart.part, error.message))
            }
        }
        for chart in openDocument {
            guard let data = Self.data(for: chart.binding, seriesCount: chart.seriesCount, part: chart.part, context: context,
                options: options, problems: &problems)
            else { continue }
            rendered.merge(chart.render(data)) { $1 }
        }
    }

    /// The data a chart's binding names; a chart whose data is missing is left as the template
    /// has it when missing data is allowed.
    private static func data(for binding: ChartBinding, seriesCount: Int, part: String, context: DataContext,
        options: RenderOptions, problems: inout [RenderError.Problem]) -> ChartData?
    {
        guard let value = context.resolve(binding.path) else {
            if !options.allowMissing {
                problems.append(RenderError.Problem(.missingValue, part: part,
                    "no data for the chart “{{#chart \(binding.path)}}”: “\(binding.path)” is not in the data"))
            }
            return nil
        }
        switch ChartData.read(value, path: binding.path, seriesCount: seriesCount) {
        case .success(let data):
            return data
        case .failure(let error):
            problems.append(RenderError.Problem(.invalidChartData, part: part, "the chart “{{#chart \(binding.path)}}”: \(error.message)"))
            return nil
        }
    }
}
