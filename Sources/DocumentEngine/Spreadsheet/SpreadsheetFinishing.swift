/// What a rendered workbook needs done to its parts before they are packaged, known since it was
/// compiled: the sheets to finish (their rows numbered anew, references moved, values typed) and
/// the workbook part, whose defined names (the print area) move with the rows.
struct SpreadsheetFinishing: Sendable {
    struct Sheet: Sendable {
        var name: String
        var part: String
        /// Whether a section repeats its columns (`ColumnCopies` finishes them first).
        var repeatsColumns = false
        /// Whether its rows and cells were numbered and typed as it was rendered (`SheetNodeCompiler`).
        var numberedWhenRendered = false
        /// Whether its cells hold formulas: only then are the rows of a sheet numbered as printed read again
        /// (and the marks of repeated rows printed to tell each formula its copy).
        var rowsHoldFormulas = true
    }

    /// The parts of sheets whose rows may go to a temporary file as they are printed (`SheetSpool`):
    /// numbered as printed, without formulas in their rows, not copied per item.
    var spoolableParts: Set<String> {
        guard copies == nil else { return [] }
        return Set(sheets.filter { $0.numberedWhenRendered && !$0.rowsHoldFormulas }.map(\.part))
    }

    /// Sheets compiled from tags, and sheets whose formulas refer to rows that may repeat.
    var sheets: [Sheet]
    /// The workbook part, when its defined names refer to rows that may repeat (or sheets are copied).
    var workbookPart: String?
    var styles: CellStyles?
    var date1904: Bool
    /// For a workbook filled with a sheet per item, the sheets copied.
    var copies: SheetCopies?
    /// Tables (ranges formatted as tables) of sheets whose rows repeat: the sheet's name and the table's part.
    var tables: [Sheet] = []
    /// Drawings, comments and charts of sheets whose rows repeat, moved with the rows.
    var anchored = AnchoredParts()

    /// Finishes the rendered parts in place; `copied` are the sheets rendered once per item, and
    /// `printed` where the rows of sheets numbered as they were printed went (by part).
    func finish(_ rendered: inout [String: [UInt8]], copied: [SheetCopies.Copied] = [], layouts printed: [String: SheetLayout] = [:])
        -> [RenderError.Problem]
    {
        // Each copy is a sheet of its own, named anew; what refers to the template sheet by name refers to it.
        var finished: [(sheet: Sheet, renamed: [String: String])] = []
        for sheet in sheets {
            if let copy = copied.first(where: { $0.template.part == sheet.part }) {
                finished += copy.copies.map { ($0, [sheet.name.lowercased(): $0.name]) }
            } else {
                finished.append((sheet, [:]))
            }
        }
        var problems: [RenderError.Problem] = []
        for (sheet, _) in finished where sheet.repeatsColumns {
            guard let bytes = rendered[sheet.part] else { continue }
            var columns = ColumnCopies(part: sheet.part)
            rendered[sheet.part] = columns.rewrite(bytes)
            problems += columns.problems
        }
        var layouts: [String: SheetLayout] = [:]
        var sheetLayouts: [String: SheetLayout] = [:]
        for (sheet, _) in finished {
            guard let bytes = rendered[sheet.part] else { continue }
            // Marks are printed only where formulas in the rows need them; elsewhere the printing told where the rows went.
            let layout = sheet.numberedWhenRendered && !sheet.rowsHoldFormulas ? printed[sheet.part] ?? SheetLayout() : SheetLayout(rendered: bytes)
            sheetLayouts[sheet.part] = layout
            if layout.repeatsRows { layouts[sheet.name.lowercased()] = layout }
        }
        for (sheet, renamed) in finished where rendered[sheet.part] != nil {
            var rewriter = SheetRewriter(part: sheet.part, layout: sheetLayouts[sheet.part] ?? SheetLayout(),
                mover: ReferenceMover(sheet: sheet.name, layouts: layouts, renamed: renamed), styles: styles, date1904: date1904)
            rewriter.rowsNumbered = sheet.numberedWhenRendered
            rewriter.readsRows = !sheet.numberedWhenRendered || sheet.rowsHoldFormulas
            // In place: a sheet numbered as printed changes only around its rows.
            rewriter.rewrite(&rendered[sheet.part]!)
            problems += rewriter.problems
        }
        for table in tables {
            guard let bytes = rendered[table.part] else { continue }
            var rewriter = SheetRewriter(part: table.part, layout: SheetLayout(), mover: ReferenceMover(sheet: table.name, layouts: layouts),
                styles: nil, date1904: date1904)
            rendered[table.part] = rewriter.rewrite(bytes)
        }
        anchored.finish(&rendered, layouts: layouts)
        if let workbookPart, let bytes = rendered[workbookPart] {
            if !copied.isEmpty {
                rendered[workbookPart] = WorkbookSheets.rewrite(bytes, copied: copied, layouts: layouts)
            } else if !layouts.isEmpty {
                rendered[workbookPart] = DefinedNames.rewrite(bytes, mover: ReferenceMover(sheet: nil, layouts: layouts))
            }
        }
        return problems
    }
}

/// The defined names of `workbook.xml` (`_xlnm.Print_Area`, `_xlnm.Print_Titles`, named ranges),
/// whose formulas move with the rows they name.
enum DefinedNames {
    static func rewrite(_ bytes: [UInt8], mover: ReferenceMover) -> [UInt8] {
        var scanner = MarkupScanner(bytes)
        var output: [UInt8] = []
        var copied = 0
        while let tag = scanner.next() {
            guard tag.kind == .opening, scanner.localName(of: tag, is: "definedName"), let closing = scanner.next() else { continue }
            let range = tag.range.upperBound..<closing.range.lowerBound
            output += bytes[copied..<range.lowerBound]
            output += Array(XMLText.escaped(mover.formula(XMLText.unescaped(bytes[range]))).utf8)
            copied = range.upperBound
        }
        output += bytes[copied...]
        return output
    }
}
