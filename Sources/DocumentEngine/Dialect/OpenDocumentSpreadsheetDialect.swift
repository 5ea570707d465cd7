extension Dialect {
    /// A cell's temporary attribute, put by `OpenDocumentSheetPreparation` on each cell with a tag and
    /// taken out by `OpenDocumentSheetRewriter`: `value Ведомость.B5` or `text Ведомость.B5`.
    static let openDocumentCellMark = "mentordocs-cell"
    /// A row's temporary attribute: its number in the template (of its first row, when it stands for several).
    static let openDocumentRowMark = "r"

    /// OpenDocument spreadsheets (ODS) as the engine sees `content.xml`: each cell's paragraphs are
    /// paragraphs, a `table:table` (and each group of its rows) is a table, its rows are table rows,
    /// so tags in cells of one row repeat the row and tags in different rows repeat those rows.
    /// What a sheet needs beyond that (references moved, values typed) is done by
    /// `OpenDocumentSheetRewriter` after rendering.
    static let openDocumentSpreadsheet: Dialect = {
        func table(_ local: String) -> QualifiedName { QualifiedName(tableNamespace, local) }
        let tables = [table("table"), table("table-rows"), table("table-header-rows"), table("table-row-group")]
        let rows: Set = [table("table-row")]
        var dialect = Dialect.openDocument
        dialect.tables = Set(tables)
        dialect.tableRows = rows
        dialect.tableCells = [table("table-cell"), table("covered-table-cell")]
        dialect.tablesNeedRows = false
        dialect.sectionBreaks = .none
        dialect.body = QualifiedName(officeNamespace, "spreadsheet")
        dialect.pageBreak = []
        dialect.prepare = { _ in }
        dialect.placed = { document in
            document.root?.forEachDescendant { node in
                guard node.isElement else { return .skipChildren }
                if tables.contains(where: node.is) { RepeatedRows.mark(rowsIn: node, of: document) }
                return node.isAny(rows) ? .skipChildren : .descend
            }
            RepeatedColumns.mark(document)
        }
        dialect.placeName = { paragraph in
            guard let mark = paragraph.parent?.plainAttribute(openDocumentCellMark), let space = mark.firstIndex(of: " ") else { return nil }
            return String(mark[mark.index(after: space)...])
        }
        return dialect
    }()
}
