/// Compiles the sheets of an ODS with the engine's one compiler: `content.xml`, which holds every
/// sheet as a `table:table`, is prepared (`OpenDocumentSheetPreparation`) and compiled as a part of
/// the ODS dialect; then every formula and range that refers to rows that may repeat is checked
/// (`FormulaSafety`), and what each rendering must finish is written down (`OpenDocumentSheetFinishing`).
struct OpenDocumentSpreadsheetCompiler {
    let reader: ArchiveReader
    let filters: FilterRegistry
    /// For a spreadsheet with a sheet per item: the list, and the pattern copies are named by.
    var sheetPerItem: (path: DataPath, names: TextTemplate?)?

    static let part = "content.xml"
    static let stylesPart = "styles.xml"

    struct Output {
        var nodes: [TemplateNode]?
        var mending: PartMending = []
        var tags: [TagUse] = []
        var finishing: OpenDocumentSheetFinishing?
        /// Parts beside `content.xml` each rendering rewrites (chart objects), as the template has them.
        var parts: [(part: String, bytes: [UInt8])] = []
    }

    func compile(problems: inout [TemplateProblem]) -> Output {
        var output = Output()
        let part = Self.part
        guard let content = PackageXML.read(part, in: reader, problems: &problems) else { return output }
        let styles = reader.entry(named: Self.stylesPart) != nil ? PackageXML.read(Self.stylesPart, in: reader, problems: &problems) : nil
        guard problems.isEmpty else { return output }
        var cellStyles = OpenDocumentCellStyles(content: content, styles: styles)
        var preparation = OpenDocumentSheetPreparation(part: part, document: content)
        preparation.prepare(styles: &cellStyles, problems: &problems)
        guard problems.isEmpty else { return output }
        guard preparation.holdsTags else {
            if sheetPerItem != nil {
                problems.append(TemplateProblem(.nothingToRepeat, part: part, "no sheet holds a tag: there is nothing to fill for each item"))
            }
            return output
        }
        if let sheetPerItem { repeatSheets(preparation.tables, over: sheetPerItem.path, in: content, problems: &problems) }
        guard problems.isEmpty else { return output }

        var compiler = PartCompiler(part: part, dialect: .openDocumentSpreadsheet, filters: filters)
        let nodes = compiler.compile(content)
        output.tags = compiler.occurrences.map { TagUse(tag: $0.tag, source: $0.source, location: $0.location) }
        problems += compiler.problems
        guard problems.isEmpty, let nodes, let spreadsheet = OpenDocumentSheetPreparation.spreadsheet(of: content) else { return output }

        var blocks: [String: [RowBlock]] = [:]
        for table in preparation.tables {
            let found = Self.blocks(in: table.node)
            if !found.isEmpty { blocks[table.name.lowercased()] = found }
        }
        var safety = FormulaSafety(blocks: blocks)
        safety.checkOpenDocument(spreadsheet, part: part)
        let charts = OpenDocumentSheetCharts.compile(spreadsheet, reader: reader, safety: &safety, problems: &problems)
        problems += safety.problems
        guard problems.isEmpty else { return output }

        output.nodes = nodes
        output.mending = compiler.mending
        var finishing = OpenDocumentSheetFinishing(part: part)
        finishing.charts = charts.map(\.part)
        output.parts = charts
        finishing.repeatsColumns = preparation.tables.contains { $0.repeatedColumns != nil }
        if let sheetPerItem {
            finishing.copies = .init(path: sheetPerItem.path, names: sheetPerItem.names,
                sheets: preparation.tables.filter(\.holdsTags).map(\.name), allNames: preparation.tables.map(\.name))
        }
        output.finishing = finishing
        return output
    }

    /// The row sections of a table, in its own rows and in its groups of rows, in order.
    private static func blocks(in table: XMLNode) -> [RowBlock] {
        var found = RepeatedRows.blocks(inRowsOf: table)
        for child in table.children where child.isElement && OpenDocumentSheetPreparation.rowGroups.contains(child.localName) {
            found += blocks(in: child)
        }
        return found.sorted { $0.first < $1.first }
    }

    /// Puts each sheet with tags in a section over the list, so that it is printed once per item, and
    /// marks it with its name for `OpenDocumentSheetRewriter`, which names the copies. Nothing outside
    /// the copied sheets may refer to them: which item's copy would it mean?
    private func repeatSheets(_ tables: [OpenDocumentSheetPreparation.Table], over path: DataPath, in document: XMLDocument,
        problems: inout [TemplateProblem])
    {
        let copied = Set(tables.filter(\.holdsTags).map { $0.name.lowercased() })
        func refersToCopies(_ formula: Formula) -> String? {
            formula.references.compactMap(\.sheet).first { copied.contains($0.lowercased()) }
                ?? formula.sheetSpans.joined().first { copied.contains($0.lowercased()) }
        }
        for table in tables where !table.holdsTags {
            table.node.forEachDescendant { node in
                if node.isElement, let text = node.attribute(QualifiedName(Dialect.tableNamespace, "formula")),
                    let sheet = refersToCopies(OpenDocumentFormula(text).formula)
                {
                    problems.append(TemplateProblem(.unsupported, part: Self.part,
                        "«\(table.name)»: the formula “\(text)” refers to «\(sheet)», a sheet copied for each item: it cannot tell which item's copy it means"))
                }
                return .descend
            }
        }
        if let spreadsheet = OpenDocumentSheetPreparation.spreadsheet(of: document) {
            for node in spreadsheet.children where node.isElement && !node.is(QualifiedName(Dialect.tableNamespace, "table")) {
                node.forEachDescendant { element in
                    guard element.isElement, ["named-range", "named-expression", "database-range"].contains(element.localName) else { return .descend }
                    let text = ["cell-range-address", "expression", "target-range-address"].lazy
                        .compactMap { element.attribute(QualifiedName(Dialect.tableNamespace, $0)) }.first ?? ""
                    let formula = OpenDocumentAddress(text[...]).map { Formula(pieces: [.reference($0.reference)], sheetSpans: [], functions: []) }
                        ?? OpenDocumentFormula(text).formula
                    if let sheet = refersToCopies(formula) {
                        let name = element.attribute(QualifiedName(Dialect.tableNamespace, "name")) ?? ""
                        let what = element.localName == "database-range" ? "the database range (a filter or sorting)" : "the name"
                        problems.append(TemplateProblem(.unsupported, part: Self.part,
                            "\(what) «\(name)» refers to «\(sheet)», a sheet copied for each item: it cannot tell which item's copy it means; remove it, or fill a spreadsheet per item instead"))
                    }
                    return .skipChildren
                }
            }
        }
        for table in tables where table.holdsTags {
            guard let parent = table.node.parent,
                let opening = document.parseFragment(Array(Dialect.openDocumentSpreadsheet.paragraphMarkup("{{#\(path)}}").utf8), in: parent),
                let closing = document.parseFragment(Array(Dialect.openDocumentSpreadsheet.paragraphMarkup("{{/\(path)}}").utf8), in: parent)
            else { continue }
            table.node.setPlainAttribute(OpenDocumentSheetRewriter.sheetMark, table.name)
            table.node.insertBefore(opening)
            table.node.insertAfter(closing)
        }
    }
}
