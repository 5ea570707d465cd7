/// A cell's place by numbers, row first: `B5` is row 5, column 2.
struct CellPlace: Hashable, Comparable {
    var row: Int
    var column: Int

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    init?(_ reference: CellReference) {
        guard let row = reference.row, let column = reference.column else { return nil }
        self.init(row: row, column: column)
    }

    static func < (left: CellPlace, right: CellPlace) -> Bool { (left.row, left.column) < (right.row, right.column) }

    var reference: CellReference { CellReference(column: column, row: row) }
}

/// Writes cells into one sheet's XML (`sheetData`): values replaced in place, keeping each cell's
/// style; rows and cells added in order where the sheet has none; the dimension made to fit.
struct SheetCellWriter {
    let document: XMLDocument
    private static let namespace = Dialect.spreadsheetNamespace

    /// Takes out the cells of `cleared`, writes `cells`, and returns what was written where: the text
    /// of a text cell, nil for a number or an empty cell.
    func write(clearing cleared: [SheetRange], cells: [EmbeddedChartWorkbook.Cell]) -> [CellPlace: String?] {
        guard let root = document.root, let data = root.child(QualifiedName(Self.namespace, "sheetData")) else { return [:] }
        var rows = Self.rows(of: data)
        var written: [CellPlace: String?] = [:]
        // The template's data goes; cells written again keep their style.
        let rewritten = Set(cells.compactMap { CellPlace($0.reference) })
        for (number, row) in rows {
            for (place, cell) in row.cells where cleared.contains(where: { $0.contains(place.reference) }) {
                if rewritten.contains(place) {
                    Self.empty(cell)
                } else {
                    cell.remove()
                    rows[number]?.cells[place] = nil
                }
            }
        }
        for cell in cells {
            guard let place = CellPlace(cell.reference) else { continue }
            let node = Self.cell(at: place, in: data, rows: &rows)
            Self.empty(node)
            switch cell.content {
            case .text(let text):
                node.setPlainAttribute("t", "inlineStr")
                node.appendMarkup("<is xmlns=\"\(Self.namespace)\"><t>\(chartText(text))</t></is>")
                written[place] = .some(text)
            case .number(let number):
                node.appendMarkup("<v xmlns=\"\(Self.namespace)\">\(number)</v>")
                written[place] = .some(nil)
            case .empty:
                written[place] = .some(nil)
            }
        }
        Self.fitDimension(of: root, rows: rows)
        return written
    }

    /// A row as found: its element and its cells by place.
    private struct Row {
        var node: XMLNode
        var cells: [CellPlace: XMLNode] = [:]
    }

    /// The rows by number; a row or cell without its own number follows the one before it.
    private static func rows(of data: XMLNode) -> [Int: Row] {
        var rows: [Int: Row] = [:]
        var number = 0
        for node in data.children(QualifiedName(namespace, "row")) {
            number = node.plainAttribute("r").flatMap(Int.init) ?? number + 1
            var row = Row(node: node)
            var column = 0
            for cell in node.children(QualifiedName(namespace, "c")) {
                column = cell.plainAttribute("r").flatMap { CellReference($0)?.column } ?? column + 1
                row.cells[CellPlace(row: number, column: column)] = cell
            }
            rows[number] = row
        }
        return rows
    }

    /// The cell element at `place`, added (with its row) in order when the sheet has none there.
    private static func cell(at place: CellPlace, in data: XMLNode, rows: inout [Int: Row]) -> XMLNode {
        if let found = rows[place.row]?.cells[place] { return found }
        if rows[place.row] == nil {
            let markup = "<row xmlns=\"\(namespace)\" r=\"\(place.row)\"/>"
            let next = rows.keys.filter { $0 > place.row }.min().flatMap { rows[$0]?.node }
            let node = next.map { $0.insertMarkupBefore(markup) } ?? data.appendMarkup(markup)
            rows[place.row] = Row(node: node!)
        }
        var row = rows[place.row]!
        let markup = "<c xmlns=\"\(namespace)\" r=\"\(place.reference.description)\"/>"
        let next = row.cells.keys.filter { $0.column > place.column }.min().flatMap { row.cells[$0] }
        let node = (next.map { $0.insertMarkupBefore(markup) } ?? row.node.appendMarkup(markup))!
        row.cells[place] = node
        rows[place.row] = row
        return node
    }

    /// Takes a cell's value, formula and type, keeping its style.
    private static func empty(_ cell: XMLNode) {
        cell.removePlainAttribute("t")
        for child in cell.children { child.remove() }
    }

    /// Sets `dimension` to the rectangle the sheet's cells take.
    private static func fitDimension(of root: XMLNode, rows: [Int: Row]) {
        guard let dimension = root.child(QualifiedName(namespace, "dimension")) else { return }
        let places = rows.values.flatMap { $0.cells.keys }
        guard let top = places.map(\.row).min(), let bottom = places.map(\.row).max(),
            let left = places.map(\.column).min(), let right = places.map(\.column).max()
        else { return }
        dimension.setPlainAttribute("ref", CellRange(start: CellPlace(row: top, column: left).reference,
            end: CellPlace(row: bottom, column: right).reference).description)
    }
}
