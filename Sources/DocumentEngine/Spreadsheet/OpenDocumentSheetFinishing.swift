/// What a rendered ODS needs done to its `content.xml` before it is packaged, known since it was
/// compiled: references moved with the repeated rows, values typed (`OpenDocumentSheetRewriter`),
/// and for a spreadsheet with a sheet per item, the names of the copies.
struct OpenDocumentSheetFinishing: Sendable {
    /// The sheets copied once per item of a list (`fill --each … --merge`).
    struct Copies: Sendable {
        var path: DataPath
        /// The pattern a copy is named by (`{{ surname }}`); without one, copies are numbered.
        var names: TextTemplate?
        /// The sheets with tags, copied per item, in order.
        var sheets: [String]
        /// Every sheet's name: a copy's name must differ from them all.
        var allNames: [String]
    }

    var part: String
    var copies: Copies?
    /// The chart objects' parts whose ranges refer to sheets whose rows repeat (`OpenDocumentSheetCharts`).
    var charts: [String] = []
    /// Whether a sheet's columns repeat (`OpenDocumentColumnCopies` finishes them first).
    var repeatsColumns = false

    /// The names of each copied sheet's copies, by the template sheet's name, in the items' order:
    /// as `SheetCopies` names a workbook's, made unique and as LibreOffice and Excel allow.
    func copyNames(root: TemplateValue, context: DataContext, options: RenderOptions, problems: inout [RenderError.Problem]) -> [String: [String]] {
        guard let copies else { return [:] }
        guard let items = context.resolveSection(copies.path)?.listItems, !items.isEmpty else {
            problems.append(RenderError.Problem(.missingSection, part: part,
                "“\(copies.path)” is not a list with items in the data: a spreadsheet with a sheet per item needs at least one"))
            return [:]
        }
        var taken = Set(copies.allNames.filter { !copies.sheets.contains($0) }.map { $0.lowercased() })
        var result: [String: [String]] = [:]
        for sheet in copies.sheets {
            for (index, item) in items.enumerated() {
                var label = String(index + 1)
                if let names = copies.names,
                    case .success(let text) = names.render(item: item, of: root, index: index, count: items.count, options: options)
                {
                    label = text
                }
                let wanted = copies.names == nil || copies.sheets.count > 1 ? "\(sheet) \(label)" : label
                result[sheet, default: []].append(SheetCopies.unique(SheetCopies.sheetName(wanted, fallback: "\(sheet) \(index + 1)"), taken: &taken))
            }
        }
        return result
    }

    /// Finishes the rendered part in place.
    func finish(_ rendered: inout [String: [UInt8]], copyNames: [String: [String]]) -> [RenderError.Problem] {
        guard var bytes = rendered[part] else { return [] }
        var problems: [RenderError.Problem] = []
        if repeatsColumns {
            var columns = OpenDocumentColumnCopies(part: part)
            bytes = columns.rewrite(bytes)
            problems += columns.problems
        }
        var rewriter = OpenDocumentSheetRewriter(part: part, copyNames: copyNames)
        rendered[part] = rewriter.rewrite(bytes)
        let mover = ReferenceMover(sheet: nil, layouts: rewriter.layouts)
        for chart in charts {
            if let bytes = rendered[chart] { rendered[chart] = OpenDocumentSheetCharts.move(bytes, mover: mover) }
        }
        return problems + rewriter.problems
    }
}
