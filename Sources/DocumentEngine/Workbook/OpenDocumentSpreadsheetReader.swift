import CalendarDays

/// Reads an ODS spreadsheet: the tables of `content.xml`, with repeated rows and cells unfolded
/// and each cell typed by its `office:value-type`.
struct OpenDocumentSpreadsheetReader {
    let reader: ArchiveReader
    let file: String

    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


    func workbook() throws(WorkbookError) -> Workbook {
        let part = "content.xml"
        let document = try WorkbookReader.document(part, in: reader, file: file)
        guard let spreadsheet = document.root?.children.first(where: { $0.localName == "body" })?
            .children.first(where: { $0.localName == "spreadsheet" })
        else {
            throw WorkbookError(.malformed, file: file, place: part, "no spreadsheet body")
        }
        let nullDate = spreadsheet.children.first { $0.localName == "calculation-settings" }?
            .children.first { $0.localName == "null-date" }?.attribute(QualifiedName(Self.table, "date-value"))
        let dateSystem: SpreadsheetDateSystem = nullDate == "1904-01-01" ? .from1904 : .from1900
        var budget = WorkbookReader.maximumCells
        var sheets: [WorkbookSheet] = []
        for table in spreadsheet.children where table.is(QualifiedName(Self.table, "table")) {
            let name = table.attribute(QualifiedName(Self.table, "name")) ?? "Лист\(sheets.count + 1)"
            sheets.append(WorkbookSheet(name: name, rows: try rows(of: table, name: name, budget: &budget)))
        }
        return Workbook(file: file, sheets: sheets, dateSystem: dateSystem)
    }

    private func rows(of table: XMLNode, name: String, budget: inout Int) throws(WorkbookError) -> [WorkbookRow] {
        var rows: [Int: [WorkbookCell]] = [:]
        var spans: [MergedCells] = []
        var number = 0
        func read(_ row: XMLNode) throws(WorkbookError) {
            let repeated = max(1, row.attribute(QualifiedName(Self.table, "number-rows-repeated")).flatMap(Int.init) ?? 1)
            var cells: [WorkbookCell] = []
            var column = 0
            for cell in row.children where cell.localName == "table-cell" || cell.localName == "covered-table-cell" {
                let times = max(1, cell.attribute(QualifiedName(Self.table, "number-columns-repeated")).flatMap(Int.init) ?? 1)
                let value = cell.localName == "covered-table-cell" ? .empty : Self.value(of: cell)
                if value != .empty {
                    budget -= times * repeated
                    guard budget >= 0, column + times <= 16_384 else {
                        throw WorkbookError(.tooLarge, file: file, place: "«\(name)»", "more than \(WorkbookReader.maximumCells) cells")
                    }
                    if cells.count < column { cells += Array(repeating: .empty, count: column - cells.count) }
                    cells += Array(repeating: value, count: times)
                    let across = cell.attribute(QualifiedName(Self.table, "number-columns-spanned")).flatMap(Int.init) ?? 1
                    let down = cell.attribute(QualifiedName(Self.table, "number-rows-spanned")).flatMap(Int.init) ?? 1
                    if across > 1 || down > 1, let span = MergedCells(rows: (number + 1)...(number + down), columns: column...(column + across - 1)) {
                        spans.append(span)
                    }
                }
                column += times
            }
            guard !cells.isEmpty else {
                number += repeated
                return
            }
            for _ in 0..<repeated {
                number += 1
                rows[number] = cells
            }
        }
        for child in table.children {
            if child.localName == "table-row" {
                try read(child)
            } else if OpenDocumentSheetPreparation.rowGroups.contains(child.localName) {
                for row in child.children where row.localName == "table-row" { try read(row) }
            }
        }
        for span in spans { span.spread(in: &rows) }
        return rows.keys.sorted().map { WorkbookRow(number: $0, cells: rows[$0]!) }
    }

    private static func value(of cell: XMLNode) -> WorkbookCell {
        let type = cell.attribute(QualifiedName(office, "value-type"))
        switch type {
        case "float", "percentage", "currency":
            if let value = cell.attribute(QualifiedName(office, "value")).flatMap(Double.init) { return .number(value) }
        case "date":
            if let text = cell.attribute(QualifiedName(office, "date-value")), let day = CalendarDay(parsing: String(text.prefix(10))) {
                return .date(day)
            }
        case "boolean":
            if let text = cell.attribute(QualifiedName(office, "boolean-value")) { return .boolean(text == "true") }
        default:
            break
        }
        let paragraphs = cell.children.filter { $0.is(QualifiedName(Self.text, "p")) }.map(paragraphText)
        let text = paragraphs.joined(separator: "\n")
        return text.isEmpty ? .empty : .text(text)
    }

    /// A paragraph's text with its spaces, tabs and line breaks; notes left out.
    private static func paragraphText(_ paragraph: XMLNode) -> String {
        var text = ""
        paragraph.forEachDescendant { node in
            if node.isText { text += node.text; return .descend }
            switch node.localName {
            case "annotation", "note": return .skipChildren
            case "s": text += String(repeating: " ", count: max(1, node.attribute(QualifiedName(Self.text, "c")).flatMap(Int.init) ?? 1))
            case "tab": text += "\t"
            case "line-break": text += "\n"
            default: break
            }
            return .descend
        }
        return text
    }
}
