/// One `w:tbl` with a fixed layout: the grid in twips, spans as `w:gridSpan` and `w:vMerge`.
struct DocxTable {
    let table: Table
    let document: AuthoredDocument
    let layout: TableLayout

    init(_ table: Table, document: AuthoredDocument) throws(AuthoringError) {
        self.table = table
        self.document = document
        self.layout = try TableLayout(table, textWidth: document.page.textWidth, fontSize: document.font.size)
    }

    func write(into x: inout XMLBuilder) {
        x.open("w:tbl")
        properties(into: &x)
        x.element("w:tblGrid") { x in
            for width in layout.widths { x.leaf("w:gridCol", [("w:w", String(Units.twips(cm: width)))]) }
        }
        for (index, slots) in layout.rows.enumerated() {
            x.open("w:tr")
            let row = table.rows[index]
            if row.cantSplit || index < table.headerRows {
                x.element("w:trPr") { x in
                    if row.cantSplit { x.leaf("w:cantSplit") }
                    if index < table.headerRows { x.leaf("w:tblHeader") }
                }
            }
            // Word keeps rows together through their paragraphs' keep-with-next.
            let keep = table.keepTogether && index + 1 < table.rows.count
            for slot in slots { write(slot, keepWithNext: keep, into: &x) }
            x.close("w:tr")
        }
        x.close("w:tbl")
    }

    private func properties(into x: inout XMLBuilder) {
        x.element("w:tblPr") { x in
            x.leaf("w:tblW", [("w:w", String(Units.twips(cm: layout.totalWidth))), ("w:type", "dxa")])
            let jc = switch table.alignment {
            case .left: "left"
            case .center: "center"
            case .right: "right"
            }
            x.leaf("w:jc", [("w:val", jc)])
            x.element("w:tblBorders") { x in
                for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                    Self.border(side, on: table.borders, into: &x)
                }
            }
            x.leaf("w:tblLayout", [("w:type", "fixed")])
            let padding = String(Units.twips(cm: table.cellPadding))
            x.element("w:tblCellMar") { x in
                x.leaf("w:top", [("w:w", "0"), ("w:type", "dxa")])
                x.leaf("w:left", [("w:w", padding), ("w:type", "dxa")])
                x.leaf("w:bottom", [("w:w", "0"), ("w:type", "dxa")])
                x.leaf("w:right", [("w:w", padding), ("w:type", "dxa")])
            }
        }
    }

    private func write(_ slot: TableLayout.Slot, keepWithNext: Bool, into x: inout XMLBuilder) {
        let cell: TableCell
        let column: Int
        let merge: String?
        let ruled: Bool
        switch slot {
        case .cell(let start, let startColumn):
            (cell, column) = (start, startColumn)
            merge = start.rowSpan > 1 ? "restart" : nil
            ruled = start.bottomRule && start.rowSpan == 1
        case .continuation(let start, let startColumn, let isLast):
            (cell, column) = (start, startColumn)
            merge = "continue"
            ruled = start.bottomRule && isLast
        }
        x.open("w:tc")
        x.element("w:tcPr") { x in
            x.leaf("w:tcW", [("w:w", String(Units.twips(cm: layout.width(of: cell, at: column)))), ("w:type", "dxa")])
            if cell.columnSpan > 1 { x.leaf("w:gridSpan", [("w:val", String(cell.columnSpan))]) }
            if let merge { x.leaf("w:vMerge", [("w:val", merge)]) }
            if ruled { x.element("w:tcBorders") { x in Self.border("w:bottom", on: true, into: &x) } }
            // Top is what a cell does without one.
            switch cell.verticalAlignment {
            case .top: break
            case .center: x.leaf("w:vAlign", [("w:val", "center")])
            case .bottom: x.leaf("w:vAlign", [("w:val", "bottom")])
            }
        }
        if case .continuation = slot {
            // A merged-away cell still needs its paragraph.
            DocxParagraph(Paragraph.empty.keptWithNext(keepWithNext), document: document).write(into: &x)
        } else {
            for paragraph in cell.paragraphs.isEmpty ? [.empty] : cell.paragraphs {
                DocxParagraph(keepWithNext ? paragraph.keptWithNext() : paragraph, document: document).write(into: &x)
            }
        }
        x.close("w:tc")
    }

    /// A 0.5 pt black line, or none.
    private static func border(_ side: String, on: Bool, into x: inout XMLBuilder) {
        if on {
            x.leaf(side, [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")])
        } else {
            x.leaf(side, [("w:val", "nil")])
        }
    }
}
