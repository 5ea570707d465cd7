import CalendarDays

/// The rows of one XLSX worksheet, each cell's value typed by its `t` attribute and its style.
struct SheetCells {
    let part: String
    let name: String
    let file: String
    let strings: [String]
    let dateStyles: Set<Int>
    let dateSystem: SpreadsheetDateSystem

    func rows(of document: XMLDocument, budget: inout Int) throws(WorkbookError) -> [WorkbookRow] {
        guard let root = document.root else { return [] }
        guard let sheetData = root.elementChildren.first(where: { $0.hasLocalName("sheetData") }) else { return [] }
        var rows: [Int: [WorkbookCell]] = [:]
        var lastRow = 0
        for row in sheetData.elementChildren where row.hasLocalName("row") {
            let number = row.plainAttribute("r").flatMap(Int.init) ?? lastRow + 1
            guard (1...1_048_576).contains(number) else {
                throw WorkbookError(.malformed, file: file, place: "\(part), row \(number)", "a row number out of range")
            }
            lastRow = number
            var cells: [WorkbookCell] = []
            for cell in row.elementChildren where cell.hasLocalName("c") {
                var column = cells.count
                if let reference = cell.plainAttribute("r") {
                    guard let address = CellReference(reference), let referenced = address.column else {
                        throw WorkbookError(.malformed, file: file, place: "\(part), row \(number)", "«\(reference)» is not a cell reference")
                    }
                    column = referenced - 1
                }
                let value = try self.value(of: cell, at: CellReference(column: column + 1, row: number))
                guard value != .empty else { continue }
                budget -= 1
                guard budget >= 0 else {
                    throw WorkbookError(.tooLarge, file: file, place: "«\(name)»", "more than \(WorkbookReader.maximumCells) cells")
                }
                if column >= cells.count { cells += Array(repeating: .empty, count: column - cells.count + 1) }
                cells[column] = value
            }
            if !cells.isEmpty { rows[number, default: []] = cells }
        }
        for merged in mergedRanges(root) { merged.spread(in: &rows) }
        return rows.keys.sorted().map { WorkbookRow(number: $0, cells: rows[$0]!) }
    }

    private func value(of cell: XMLNode, at address: CellReference) throws(WorkbookError) -> WorkbookCell {
        let type = cell.plainAttribute("t") ?? "n"
        let raw = cell.elementChildren.first { $0.hasLocalName("v") }.map(ExcelWorkbookReader.text(ofElement:))
        switch type {
        case "s":
            guard let raw else { return .empty }
            guard let index = Int(raw.trimmingWhitespace()), strings.indices.contains(index) else {
                throw WorkbookError(.malformed, file: file, place: "«\(name)», \(address.description)", "refers to a shared string that does not exist")
            }
            return strings[index].isEmpty ? .empty : .text(strings[index])
        case "inlineStr":
            let text = cell.elementChildren.first { $0.hasLocalName("is") }.map(ExcelWorkbookReader.text(of:)) ?? ""
            return text.isEmpty ? .empty : .text(text)
        case "str", "e":
            return raw.map { $0.isEmpty ? .empty : .text($0) } ?? .empty
        case "b":
            return raw.map { .boolean($0.trimmingWhitespace() == "1") } ?? .empty
        case "d":
            return raw.flatMap { CalendarDay(parsing: String($0.prefix(10))) }.map { .date($0) } ?? .empty
        default:
            guard let raw, !raw.isEmpty else { return .empty }
            guard let number = Double(raw.trimmingWhitespace()) else {
                throw WorkbookError(.malformed, file: file, place: "«\(name)», \(address.description)", "a number cell that holds no number")
            }
            if let style = cell.plainAttribute("s").flatMap(Int.init), dateStyles.contains(style),
               let day = CalendarDay(spreadsheetSerial: number, system: dateSystem)
            {
                return .date(day)
            }
            return .number(number)
        }
    }

    private func mergedRanges(_ root: XMLNode) -> [MergedCells] {
        guard let merges = root.elementChildren.first(where: { $0.hasLocalName("mergeCells") }) else { return [] }
        return merges.elementChildren.compactMap { MergedCells(CellRange($0.plainAttribute("ref") ?? "")) }
    }
}

extension ExcelWorkbookReader {
    /// The text directly inside an element such as `v`.
    static func text(ofElement element: XMLNode) -> String {
        guard let only = element.firstChild, only.next == nil else {
            return element.children.filter(\.isText).map(\.text).joined()
        }
        return only.isText ? only.text : ""
    }
}
