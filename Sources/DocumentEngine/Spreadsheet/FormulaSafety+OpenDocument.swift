/// The checks of `FormulaSafety` for an ODS, whose sheets are the tables of one part and whose
/// formulas and ranges are ODF's: cells' formulas and merges, each table's print ranges and
/// conditional formatting, and the spreadsheet's validations, named ranges and database ranges.
/// Pictures, charts and shapes stand in cells, which move with the rows; the ranges of charts
/// (`OpenDocumentSheetCharts`) are checked as references.
extension FormulaSafety {
    private static func table(_ local: String) -> QualifiedName { QualifiedName(Dialect.tableNamespace, local) }
    private static let calcext = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
    private static let drawNamespace = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

    /// Checks `office:spreadsheet` of `part`, its tables' rows numbered by `OpenDocumentSheetPreparation`.
    mutating func checkOpenDocument(_ spreadsheet: XMLNode, part: String) {
        guard !blocks.isEmpty else { return }
        checkCharts(in: spreadsheet, part: part)
        for node in spreadsheet.children where node.isElement {
            if node.is(Self.table("table")) {
                checkTable(node, part: part)
            } else {
                checkSpreadsheetWide(node, part: part)
            }
        }
    }

    private mutating func checkTable(_ table: XMLNode, part: String) {
        let name = table.attribute(Self.table("name")) ?? ""
        let own = blocks[name.lowercased()] ?? []
        if let ranges = table.attribute(Self.table("print-ranges")) {
            checkAddresses(ranges, sheet: name, part: part, place: "the print range of «\(name)»", what: "the print range takes")
        }
        table.forEachDescendant { node in
            guard node.isElement else { return .skipChildren }
            if node.is(Self.table("table-row")) {
                checkRow(node, sheet: name, blocks: own, part: part)
                return .skipChildren
            }
            if node.namespaceURI == Self.calcext, node.localName == "conditional-format" {
                let target = node.attribute(QualifiedName(Self.calcext, "target-range-address")) ?? ""
                checkAddresses(target, sheet: name, part: part, place: "conditional formatting of \(target)", what: "the range takes")
                node.forEachDescendant { condition in
                    if let value = condition.attribute(QualifiedName(Self.calcext, "value")) {
                        let base = condition.attribute(QualifiedName(Self.calcext, "base-cell-address")).flatMap { OpenDocumentAddress($0[...]) }
                        check(OpenDocumentFormula(value).formula, text: value, sheet: name, row: base?.start.cell.row, part: part,
                            place: "conditional formatting of \(target)")
                    }
                    return .descend
                }
                return .skipChildren
            }
            return .descend
        }
    }

    private mutating func checkRow(_ row: XMLNode, sheet: String, blocks own: [RowBlock], part: String) {
        guard let number = row.plainAttribute(Dialect.openDocumentRowMark).flatMap({ Int($0) }) else { return }
        var column = 1
        for cell in row.children where cell.is(Self.table("table-cell")) || cell.is(Self.table("covered-table-cell")) {
            let place = sheet + "." + CellReference(column: column, row: number).description
            if let formula = cell.attribute(Self.table("formula")) {
                check(OpenDocumentFormula(formula).formula, text: formula, sheet: sheet, row: number, part: part, place: "cell \(place)")
            }
            let down = OpenDocumentSheetPreparation.count(cell, "number-rows-spanned")
            let across = OpenDocumentSheetPreparation.count(cell, "number-columns-spanned")
            if down > 1 {
                let area = CellRange(start: CellReference(column: column, row: number),
                    end: CellReference(column: column + across - 1, row: number + down - 1))
                checkArea(area, of: own, part: part, place: "merged cells \(sheet).\(area.description)", what: "the merged cells take", must: "they must")
            }
            if let block = own.first(where: { $0.first <= number && number <= $0.last }), Self.holdsDrawing(cell) {
                problems.append(TemplateProblem(.unsupported, part: part,
                    "a picture, chart or shape anchored to cell \(place) lies in rows \(block.first)–\(block.last), which repeat for each item of a list; it cannot be repeated with them: put it above or below them"))
            }
            column += OpenDocumentSheetPreparation.count(cell, "number-columns-repeated")
        }
    }

    private mutating func checkSpreadsheetWide(_ node: XMLNode, part: String) {
        node.forEachDescendant { element in
            guard element.isElement else { return .skipChildren }
            let base = element.attribute(Self.table("base-cell-address")).flatMap { OpenDocumentAddress($0[...]) }
            switch element.localName {
            case "content-validation":
                if let condition = element.attribute(Self.table("condition")) {
                    let name = element.attribute(Self.table("name")) ?? ""
                    check(OpenDocumentFormula(condition).formula, text: condition, sheet: base?.start.sheet, row: base?.start.cell.row,
                        part: part, place: "the validation «\(name)»")
                }
            case "named-range":
                let name = element.attribute(Self.table("name")) ?? ""
                if let range = element.attribute(Self.table("cell-range-address")) {
                    checkReference(range, part: part, place: "the named range «\(name)»")
                }
            case "named-expression":
                let name = element.attribute(Self.table("name")) ?? ""
                if let expression = element.attribute(Self.table("expression")) {
                    check(OpenDocumentFormula(expression).formula, text: expression, sheet: nil, row: nil, part: part, place: "the name «\(name)»")
                }
            case "source-cell-range":
                if let range = element.attribute(Self.table("cell-range-address")) {
                    checkAddresses(range, sheet: nil, part: part, place: "the source of a pivot table", what: "the range takes")
                }
            case "database-range":
                let name = element.attribute(Self.table("name")) ?? ""
                if let range = element.attribute(Self.table("target-range-address")) {
                    checkAddresses(range, sheet: nil, part: part, place: "the database range «\(name)» (a filter)", what: "the range takes")
                }
            default:
                break
            }
            return .descend
        }
    }

    /// The ranges a chart object is told to watch (`draw:notify-on-update-of-ranges`), which move
    /// with the rows as its own ranges do: each must be above, below, or over the whole repeated rows.
    private mutating func checkCharts(in spreadsheet: XMLNode, part: String) {
        spreadsheet.forEachDescendant { node in
            guard node.isElement else { return .skipChildren }
            guard node.namespaceURI == Self.drawNamespace, node.localName == "object",
                let ranges = node.attribute(QualifiedName(Self.drawNamespace, "notify-on-update-of-ranges"))
            else { return .descend }
            checkChartRanges(ranges, part: part, place: "the ranges a chart watches")
            return .skipChildren
        }
    }

    /// A chart's list of ranges (a series' values, the categories): each is checked as a reference,
    /// which may be a range over rows that repeat but not one cell of them.
    mutating func checkChartRanges(_ text: String, part: String, place: String) {
        for item in OpenDocumentAddress.list(text) { checkReference(String(item), part: part, place: place) }
    }

    /// An address that is a reference (a named range's): checked as a formula of it.
    private mutating func checkReference(_ text: String, part: String, place: String) {
        guard let address = OpenDocumentAddress(text[...]) else { return }
        let formula = Formula(pieces: [.reference(address.reference)], sheetSpans: address.spansSheets ? [[text]] : [], functions: [])
        check(formula, text: text, sheet: nil, row: nil, part: part, place: place)
    }

    /// Ranges of a sheet (its print ranges, formatted ranges): each may lie inside repeated rows or take them in whole.
    private mutating func checkAddresses(_ text: String, sheet: String?, part: String, place: String, what: String) {
        for item in OpenDocumentAddress.list(text) {
            guard let address = OpenDocumentAddress(item), let name = address.start.sheet ?? sheet, let own = blocks[name.lowercased()] else { continue }
            checkArea(address.range, of: own, part: part, place: place, what: what, must: "it must")
        }
    }

    private static func holdsDrawing(_ cell: XMLNode) -> Bool {
        cell.children.contains { $0.namespaceURI == drawNamespace }
    }
}
