/// The workbook Word keeps beside a chart (`word/embeddings/Microsoft_Excel_Worksheet.xlsx`), which
/// «Изменить данные» opens: its cells are rewritten to hold the chart's data, so that the chart and
/// the workbook it says it shows agree.
struct EmbeddedChartWorkbook: Sendable {
    /// One cell the chart's data goes into.
    struct Cell {
        enum Content { case text(String), number(String), empty }
        var sheet: String
        var reference: CellReference
        var content: Content
    }

    /// The part the workbook is in.
    let part: String
    private let bytes: [UInt8]
    /// The sheets by name (as the chart's formulas name them), with their parts.
    private let sheets: [WorkbookParts.Sheet]

    private static let namespace = Dialect.spreadsheetNamespace

    /// Reads the workbook at `part`; a workbook that cannot be read is a problem of the template.
    init?(part: String, reader: ArchiveReader, problems: inout [TemplateProblem]) {
        let bytes: [UInt8]
        let workbook: ArchiveReader
        do {
            bytes = try reader.read(part)
            workbook = try ArchiveReader(bytes: bytes, file: part)
        } catch {
            problems.append(TemplateProblem(.archive(error.kind), part: part, "the chart's embedded workbook cannot be read: \(error.message)"))
            return nil
        }
        var found: [TemplateProblem] = []
        let main = PackageRelationships.read(of: "", in: workbook, problems: &found)?.targets(ofKind: "officeDocument").first
            ?? Dialect.spreadsheet.mainPart
        let sheets = WorkbookParts(workbookPart: main, reader: workbook, problems: &found).sheets
        guard found.isEmpty else {
            problems += found.map { TemplateProblem($0.kind, part: part, "the chart's embedded workbook: \($0)") }
            return nil
        }
        self.part = part
        self.bytes = bytes
        self.sheets = sheets
    }

    /// The workbook with the cells of `cleared` emptied and `cells` written; a table over the cleared
    /// cells is made to end where the new data ends.
    func filled(clearing cleared: [SheetRange], writing cells: [Cell]) throws(ArchiveError) -> [UInt8] {
        let reader = try ArchiveReader(bytes: bytes, file: part)
        var replaced: [String: [UInt8]] = [:]
        for sheet in sheets {
            let clearedHere = cleared.filter { $0.sheet.lowercased() == sheet.name.lowercased() }
            let cellsHere = cells.filter { $0.sheet.lowercased() == sheet.name.lowercased() }
            guard !clearedHere.isEmpty || !cellsHere.isEmpty else { continue }
            var problems: [TemplateProblem] = []
            guard let document = PackageXML.read(sheet.part, in: reader, problems: &problems) else {
                throw ArchiveError(.damaged, file: part, part: sheet.part, "the chart's embedded workbook cannot be read")
            }
            let written = SheetCellWriter(document: document).write(clearing: clearedHere, cells: cellsHere)
            replaced[sheet.part] = document.serialized()
            for table in PackageRelationships.read(of: sheet.part, in: reader, problems: &problems)?.targets(ofKind: "table") ?? [] {
                guard reader.entry(named: table) != nil, let tableDocument = PackageXML.read(table, in: reader, problems: &problems) else { continue }
                if Self.fit(tableDocument, over: clearedHere, to: written) { replaced[table] = tableDocument.serialized() }
            }
        }
        let writer = try ArchiveWriter(name: part)
        for entry in reader.entries {
            if let bytes = replaced[entry.name] { try writer.add(entry.name, bytes: bytes) } else { try writer.copy(entry, from: reader) }
        }
        return try writer.finish()
    }

    /// Makes a table that takes in cleared cells end at the last row written in its columns (keeping
    /// a row under its header), with its columns named as the header cells now read.
    private static func fit(_ document: XMLDocument, over cleared: [SheetRange], to written: [CellPlace: String?]) -> Bool {
        guard let root = document.root, let reference = root.plainAttribute("ref"), var range = CellRange(reference),
            let top = range.start.row, let bottom = range.end.row, let left = range.start.column, let right = range.end.column,
            cleared.contains(where: { $0.overlaps(rows: top...bottom, columns: left...right) })
        else { return false }
        let lastRow = written.keys.filter { (left...right).contains($0.column) }.map(\.row).max() ?? top
        range.end = CellReference(column: right, row: max(lastRow, top + 1))
        root.setPlainAttribute("ref", range.description)
        root.child(QualifiedName(namespace, "autoFilter"))?.setPlainAttribute("ref", range.description)
        if let columns = root.child(QualifiedName(namespace, "tableColumns")) {
            for (offset, column) in columns.children(QualifiedName(namespace, "tableColumn")).enumerated() {
                if case let name?? = written[CellPlace(row: top, column: left + offset)], !name.isEmpty {
                    column.setPlainAttribute("name", name)
                }
            }
        }
        return true
    }
}
