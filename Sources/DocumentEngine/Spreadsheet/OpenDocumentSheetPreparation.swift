/// Makes the tables of an ODS `content.xml` ready for the compiler, which reads cells as paragraphs:
///
/// - every row gets its number in the template (`r`, the first of the rows it stands for), counting
///   `table:number-rows-repeated`, so that `RepeatedRows` knows which rows a section repeats;
/// - a row or cell with a tag that stands for several (`number-rows-repeated`, `number-columns-repeated`)
///   is written out as that many, each with its own copy of the tags; a row standing for many
///   without tags (LibreOffice's empty tail of a million rows) is left as it is;
/// - each cell with a tag is marked for `OpenDocumentSheetRewriter`: `value` when its whole text is
///   one value tag (it becomes a number or a date when the value is one), `text` otherwise or when
///   the cell is formatted as Text, with its place (`Ведомость.B5`) for messages; a value cell whose
///   style shows no date is given the twin of its style that does, for when its value is a date.
struct OpenDocumentSheetPreparation {
    struct Table {
        var name: String
        var node: XMLNode
        /// Whether any of its cells holds a tag.
        var holdsTags = false
        /// The columns a section `{{#… across}}` repeats, when one does (every such section of a sheet spans the same).
        var repeatedColumns: RepeatedColumns.Span?
    }

    let part: String
    let document: XMLDocument
    private(set) var tables: [Table] = []
    private var tags = 0
    /// Nodes written out for rows and cells that stood for several: a bound on what a small file may make.
    private var copiedNodes = 0
    static let maximumCopiedNodes = 2_000_000

    /// Groups of rows that only structure a table: their rows count as the table's own.
    static let rowGroups: Set<String> = ["table-rows", "table-header-rows", "table-row-group"]

    init(part: String, document: XMLDocument) {
        self.part = part
        self.document = document
    }

    static func table(_ local: String) -> QualifiedName { QualifiedName(Dialect.tableNamespace, local) }

    /// The `office:spreadsheet` element.
    static func spreadsheet(of document: XMLDocument) -> XMLNode? {
        document.root?.children.first { $0.is(QualifiedName(Dialect.officeNamespace, "body")) }?
            .children.first { $0.is(QualifiedName(Dialect.officeNamespace, "spreadsheet")) }
    }

    var holdsTags: Bool { tables.contains { $0.holdsTags } }

    mutating func prepare(styles: inout OpenDocumentCellStyles, problems: inout [TemplateProblem]) {
        guard let spreadsheet = Self.spreadsheet(of: document) else {
            problems.append(TemplateProblem(.notADocument, part: part, "no office:spreadsheet in the body: not an ODS spreadsheet"))
            return
        }
        for node in spreadsheet.children where node.is(Self.table("table")) {
            var table = Table(name: node.attribute(Self.table("name")) ?? "Лист\(tables.count + 1)", node: node)
            let columns = ColumnStyles(table: node)
            var row = 1
            guard prepareRows(in: node, table: &table, columns: columns, styles: &styles, row: &row, problems: &problems) else { return }
            if let span = table.repeatedColumns { OpenDocumentColumnCheck(part: part, table: table.name, span: span).check(node, problems: &problems) }
            tables.append(table)
        }
    }

    /// Numbers and prepares the rows among `container`'s children (and in its groups of rows); false
    /// once the sheet holds more tags than a part may.
    private mutating func prepareRows(in container: XMLNode, table: inout Table, columns: ColumnStyles,
        styles: inout OpenDocumentCellStyles, row: inout Int, problems: inout [TemplateProblem]) -> Bool
    {
        var next = container.firstChild
        while let child = next {
            next = child.next
            guard child.isElement else { continue }
            if child.is(Self.table("table-row")) {
                var repeated = Self.count(child, "number-rows-repeated")
                if repeated > 1, Self.holdsTag(child) {
                    // Each of the rows it stands for is a row of its own, with its own copy of the tags.
                    child.removeAttribute(Self.table("number-rows-repeated"))
                    guard unfold(child, into: repeated, table: table, row: row, problems: &problems) else { return false }
                    next = child.next
                    repeated = 1
                }
                child.setPlainAttribute(Dialect.openDocumentRowMark, String(row))
                if repeated == 1, Self.holdsTag(child) {
                    guard prepareCells(of: child, row: row, table: &table, columns: columns, styles: &styles, problems: &problems) else { return false }
                }
                row += repeated
            } else if Self.rowGroups.contains(child.localName), child.namespaceURI == Dialect.tableNamespace {
                guard prepareRows(in: child, table: &table, columns: columns, styles: &styles, row: &row, problems: &problems) else { return false }
            }
        }
        return true
    }

    /// Puts copies of `node` after it until there are `count`, counting the tags and nodes they add
    /// against the limits; false (with the problem) once a limit is passed.
    private mutating func unfold(_ node: XMLNode, into count: Int, table: Table, row: Int, problems: inout [TemplateProblem]) -> Bool {
        let size = Self.nodeCount(node)
        for _ in 1..<count {
            tags += Self.tagCount(node)
            copiedNodes += size
            guard tags <= PartCompiler.maximumTags, copiedNodes <= Self.maximumCopiedNodes else {
                return tooManyTags(table: table, row: row, problems: &problems)
            }
            node.insertAfter(node.deepCopy())
        }
        return true
    }

    private mutating func prepareCells(of row: XMLNode, row number: Int, table: inout Table, columns: ColumnStyles,
        styles: inout OpenDocumentCellStyles, problems: inout [TemplateProblem]) -> Bool
    {
        var column = 1
        var cell = row.firstChild
        while let current = cell {
            cell = current.next
            guard current.is(Self.table("table-cell")) || current.is(Self.table("covered-table-cell")) else { continue }
            let repeated = Self.count(current, "number-columns-repeated")
            guard Self.holdsTag(current) else {
                column += repeated
                continue
            }
            if repeated > 1 {
                guard column + repeated - 1 <= CellReference.lastColumn else {
                    problems.append(TemplateProblem(.unsupported, part: part,
                        "«\(table.name)», row \(number): a cell with a tag is repeated past the sheet's last column"))
                    return false
                }
                current.removeAttribute(Self.table("number-columns-repeated"))
                guard unfold(current, into: repeated, table: table, row: number, problems: &problems) else { return false }
                cell = current.next
            }
            tags += Self.tagCount(current)
            guard tags <= PartCompiler.maximumTags else { return tooManyTags(table: table, row: number, problems: &problems) }
            let place = table.name + "." + CellReference(column: column, row: number).description
            table.holdsTags = true
            let style = current.attribute(Self.table("style-name")) ?? columns.style(of: column)
            let shows = styles.shows(style)
            if shows != .text, SheetPreparation.isOneValueTag(Self.text(of: current)) {
                current.setPlainAttribute(Dialect.openDocumentCellMark, "value " + place)
                if shows == .other, let twin = styles.dateTwin(of: style) { current.setPlainAttribute(OpenDocumentCellStyles.dateStyleMark, twin) }
            } else {
                current.setPlainAttribute(Dialect.openDocumentCellMark, "text " + place)
            }
            column += 1
        }
        wrapColumnSections(of: row, number: number, table: &table, columns: columns, styles: &styles, problems: &problems)
        return true
    }

    /// Wraps the row's sections over columns (`RepeatedColumns`).
    private func wrapColumnSections(of row: XMLNode, number: Int, table: inout Table, columns: ColumnStyles,
        styles: inout OpenDocumentCellStyles, problems: inout [TemplateProblem])
    {
        var column = 1
        var cells: [RepeatedColumns.Cell] = []
        for cell in row.children where cell.is(Self.table("table-cell")) || cell.is(Self.table("covered-table-cell")) {
            var texts: [XMLNode] = []
            for paragraph in cell.children where paragraph.is(QualifiedName(Dialect.textNamespace, "p")) {
                paragraph.forEachDescendant { node in
                    if node.isElement, ["annotation", "note"].contains(node.localName) { return .skipChildren }
                    if node.isText { texts.append(node) }
                    return .descend
                }
            }
            cells.append(RepeatedColumns.Cell(node: cell, column: column, texts: texts))
            column += Self.count(cell, "number-columns-repeated")
        }
        guard cells.contains(where: { RepeatedColumns.openingTag(in: $0.texts.map(\.text).joined()) != nil }) else { return }
        let (part, name) = (self.part, table.name)
        var found: [String] = []
        let spans = RepeatedColumns.wrap(row: cells, document: document,
            paragraph: { Array(Dialect.openDocumentSpreadsheet.paragraphMarkup($0).utf8) },
            place: { name + "." + CellReference(column: $0, row: number).description }, problem: { found.append($0) })
        problems += found.map { TemplateProblem(.misplacedSection, part: part, $0) }
        for span in spans {
            if let known = table.repeatedColumns, known != span {
                problems.append(TemplateProblem(.misplacedSection, part: part,
                    "«\(name)», row \(number): its section {{#… across}} repeats columns \(span.description), another row's \(known.description); every section over columns of a sheet must span the same columns"))
            }
            table.repeatedColumns = table.repeatedColumns ?? span
        }
        // A cell left with one value tag once the section's tags are out is typed by its value.
        for cell in cells where !spans.isEmpty {
            guard let mark = cell.node.plainAttribute(Dialect.openDocumentCellMark), mark.hasPrefix("text "),
                SheetPreparation.isOneValueTag(Self.text(of: cell.node))
            else { continue }
            let style = cell.node.attribute(Self.table("style-name")) ?? columns.style(of: cell.column)
            let shows = styles.shows(style)
            guard shows != .text else { continue }
            cell.node.setPlainAttribute(Dialect.openDocumentCellMark, "value " + mark.dropFirst(5))
            if shows == .other, let twin = styles.dateTwin(of: style) { cell.node.setPlainAttribute(OpenDocumentCellStyles.dateStyleMark, twin) }
        }
    }

    private func tooManyTags(table: Table, row: Int, problems: inout [TemplateProblem]) -> Bool {
        problems.append(TemplateProblem(.tooManyTags, part: part,
            "the sheets' cells hold more than \(PartCompiler.maximumTags) tags, or rows and cells with tags that stand for more than \(Self.maximumCopiedNodes) elements written out («\(table.name)», row \(row) passes that, its repeated rows and cells counted); no real form needs so many: is it generated by mistake?"))
        return false
    }

    /// How many rows or columns an element stands for (`table:number-rows-repeated`), at least one.
    static func count(_ node: XMLNode, _ attribute: String) -> Int {
        max(1, node.attribute(table(attribute)).flatMap { Int($0) } ?? 1)
    }

    private static func holdsTag(_ node: XMLNode) -> Bool {
        var found = false
        node.forEachDescendant { child in
            if found { return .skipChildren }
            if child.isText, child.text.contains("{{") { found = true }
            return .descend
        }
        return found
    }

    private static func nodeCount(_ node: XMLNode) -> Int {
        var count = 0
        node.forEachDescendant { _ in
            count += 1
            return .descend
        }
        return count
    }

    private static func tagCount(_ node: XMLNode) -> Int {
        var count = 0
        node.forEachDescendant { child in
            if child.isText {
                var previous: UInt8 = 0
                for byte in child.text.utf8 {
                    if byte == UInt8(ascii: "{"), previous == byte {
                        count += 1
                        previous = 0
                    } else {
                        previous = byte
                    }
                }
            }
            return .descend
        }
        return count
    }

    /// The text of a cell's paragraphs, notes left out.
    static func text(of cell: XMLNode) -> String {
        cell.children.filter { $0.is(QualifiedName(Dialect.textNamespace, "p")) }
            .map { $0.textContent(skipping: ["annotation", "note"]) }.joined(separator: "\n")
    }
}

/// The default cell style of each column of a table (`table:default-cell-style-name`), which a cell
/// without a style of its own shows its value in.
struct ColumnStyles {
    private var spans: [(columns: ClosedRange<Int>, style: String)] = []

    init(table: XMLNode) {
        var column = 1
        func read(_ container: XMLNode) {
            for child in container.children where child.isElement && child.namespaceURI == Dialect.tableNamespace {
                if child.localName == "table-column" {
                    let count = OpenDocumentSheetPreparation.count(child, "number-columns-repeated")
                    guard column <= CellReference.lastColumn else { return }
                    if let style = child.attribute(OpenDocumentSheetPreparation.table("default-cell-style-name")) {
                        spans.append((column...(column + count - 1), style))
                    }
                    column += count
                } else if ["table-columns", "table-header-columns", "table-column-group"].contains(child.localName) {
                    read(child)
                }
            }
        }
        read(table)
    }

    func style(of column: Int) -> String? { spans.first { $0.columns.contains(column) }?.style }
}
