/// The chart objects of an ODS that draw from sheets whose rows repeat (`Object 1/content.xml`):
/// their ranges — the plot area's, the categories', each series' values and name, error bars' —
/// move with the rows at each rendering, as the sheets' formulas do. A range over the repeated
/// rows grows with them (`Статистика.C6:Статистика.C6` becomes `Статистика.C6:Статистика.C9`), one
/// whose rows are all gone becomes `#REF!`;
/// `FormulaSafety` has made sure at compile time that every range can be moved.
enum OpenDocumentSheetCharts {
    /// The attributes of a chart object that hold addresses of cells: as LibreOffice writes them,
    /// and their names.
    private static let rangeAttributes: [(written: StaticString, name: QualifiedName)] = [
        ("table:cell-range-address", QualifiedName(Dialect.tableNamespace, "cell-range-address")),
        ("chart:values-cell-range-address", QualifiedName(OpenDocumentChart.namespace, "values-cell-range-address")),
        ("chart:label-cell-address", QualifiedName(OpenDocumentChart.namespace, "label-cell-address")),
        ("chart:error-lower-range", QualifiedName(OpenDocumentChart.namespace, "error-lower-range")),
        ("chart:error-upper-range", QualifiedName(OpenDocumentChart.namespace, "error-upper-range")),
    ]

    /// Checks the ranges of the chart objects `spreadsheet` embeds, and returns those of the objects
    /// that refer to a sheet whose rows repeat, to be rewritten by each rendering.
    static func compile(_ spreadsheet: XMLNode, reader: ArchiveReader, safety: inout FormulaSafety, problems: inout [TemplateProblem])
        -> [(part: String, bytes: [UInt8])]
    {
        guard !safety.blocks.isEmpty else { return [] }
        var found: [(part: String, bytes: [UInt8])] = []
        for part in Set(BoundCharts.objectParts(under: spreadsheet)).sorted() where reader.entry(named: part) != nil {
            guard let document = PackageXML.read(part, in: reader, problems: &problems), let root = document.root else { continue }
            var moves = false
            root.forEachDescendant { node in
                guard node.isElement else { return .skipChildren }
                for value in rangeAttributes.compactMap({ node.attribute($0.name) }) {
                    safety.checkChartRanges(value, part: part, place: "the chart's range \(value)")
                    moves = moves || OpenDocumentAddress.list(value).contains { item in
                        OpenDocumentAddress(item)?.start.sheet.map { safety.blocks[$0.lowercased()] != nil } ?? false
                    }
                }
                return .descend
            }
            if moves { found.append((part, document.serialized())) }
        }
        return found
    }

    /// The chart object's part with every range moved by `mover` (the workbook's: ranges name their sheets).
    static func move(_ bytes: [UInt8], mover: ReferenceMover) -> [UInt8] {
        var scanner = MarkupScanner(bytes)
        var edits = ByteEdits(bytes)
        while let tag = scanner.next() {
            guard tag.kind != .closing else { continue }
            for name in rangeAttributes {
                guard let attribute = scanner.attribute(name.written, of: tag) else { continue }
                let text = XMLText.unescaped(attribute.value)
                let moved = OpenDocumentAddress.list(text).map { Self.moved(String($0), mover: mover) }.joined(separator: " ")
                if moved != text { edits.replace(attribute.range, with: Array(XMLText.escapedAttribute(moved).utf8)) }
            }
        }
        return edits.finish()
    }

    /// One range moved; `#REF!` when its rows are all gone (an empty list), as a workbook's chart
    /// series becomes: LibreOffice then draws the chart without bars rather than from the rows below.
    private static func moved(_ text: String, mover: ReferenceMover) -> String {
        guard let address = OpenDocumentAddress(text[...]), !address.spansSheets else { return text }
        guard mover.move(address.reference) != nil else { return "#REF!" }
        return OpenDocumentSheetRewriter.address(text, mover: mover)
    }
}
