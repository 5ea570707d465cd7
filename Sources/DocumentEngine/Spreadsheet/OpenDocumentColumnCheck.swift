/// What an ODS sheet whose columns repeat (`{{#… across}}`) cannot hold yet, refused when the
/// template is compiled with the sheet and cell: formulas (their references would not follow the
/// columns), and, in a row that does not repeat the columns, a cell with content to their right
/// (an ODF row places its cells one after another, so it would stay where the rows that repeat
/// them have moved on).
struct OpenDocumentColumnCheck {
    let part: String
    let table: String
    let span: RepeatedColumns.Span

    func check(_ node: XMLNode, problems: inout [TemplateProblem]) {
        var row = 1
        var found: [String] = []
        func place(_ column: Int) -> String { table + "." + CellReference(column: column, row: row).description }
        func rows(in container: XMLNode) {
            for child in container.children where child.isElement {
                if child.is(OpenDocumentSheetPreparation.table("table-row")) {
                    check(row: child, place: place)
                    row += OpenDocumentSheetPreparation.count(child, "number-rows-repeated")
                } else if OpenDocumentSheetPreparation.rowGroups.contains(child.localName) {
                    rows(in: child)
                }
            }
        }
        func check(row: XMLNode, place: (Int) -> String) {
            let repeats = row.children.contains { $0.isElement && $0.localName == RepeatedColumns.wrapperName }
            var column = 1
            for cell in row.children where cell.isElement {
                guard cell.localName != RepeatedColumns.wrapperName else {
                    column = span.last + 1
                    continue
                }
                if cell.attribute(OpenDocumentSheetPreparation.table("formula")) != nil {
                    found.append("«\(table)», cell \(place(column)): a sheet whose columns \(span.description) repeat cannot hold formulas yet (they would not follow the columns); put the formulas on another sheet, or fill without {{#… across}}")
                } else if !repeats, column > span.last, !OpenDocumentSheetPreparation.text(of: cell).isEmpty {
                    found.append("«\(table)», cell \(place(column)): a row that does not repeat the columns \(span.description) cannot have cells with content to their right yet (they would not move with the columns); move it into a row that repeats them, or left of them")
                }
                column += OpenDocumentSheetPreparation.count(cell, "number-columns-repeated")
            }
        }
        rows(in: node)
        problems += found.map { TemplateProblem(.unsupported, part: part, $0) }
    }
}
