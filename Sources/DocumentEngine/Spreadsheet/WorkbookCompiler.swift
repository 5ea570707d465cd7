/// Compiles the sheets of a workbook (XLSX) with the engine's one compiler: each sheet whose cells
/// hold tags is prepared (`SheetPreparation`) and compiled as a part of the spreadsheet dialect;
/// then every formula and range that refers to rows that may repeat is checked (`FormulaSafety`),
/// and what each rendering must finish is written down (`SpreadsheetFinishing`).
struct WorkbookCompiler {
    let reader: ArchiveReader
    let mainPart: String
    let filters: FilterRegistry
    /// For a workbook with a sheet per item: the list, and the pattern copies are named by.
    var sheetPerItem: (path: DataPath, names: TextTemplate?)?

    struct Output {
        var parts: [String: [TemplateNode]] = [:]
        var tags: [TagUse] = []
        var finishing: SpreadsheetFinishing?
    }

    private struct ReadSheet {
        var sheet: WorkbookParts.Sheet
        var document: XMLDocument
        var preparation: SheetPreparation
        var nodes: [TemplateNode]?
        var blocks: [RowBlock] = []
        var hasFormulas = false
    }

    private static let chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    private static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"

    func compile(conversion: inout DocumentConversion, problems: inout [TemplateProblem]) -> Output {
        var output = Output()
        let workbook = WorkbookParts(workbookPart: mainPart, reader: reader, problems: &problems)
        var strings = SharedStrings()
        if let part = workbook.sharedStringsPart, let document = document(part, problems: &problems) {
            strings = SharedStrings(document, part: part, problems: &problems)
        }
        guard problems.isEmpty else { return output }

        var sheets: [ReadSheet] = []
        for sheet in workbook.sheets {
            guard let entry = reader.entry(named: sheet.part), let bytes = bytes(of: entry, problems: &problems) else { continue }
            let mayHoldTags = !strings.tagged.isEmpty || bytes.contains(UInt8(ascii: "{"))
            let hasFormulas = Self.contains(Array("<f".utf8), in: bytes) || Self.contains(Array(":f".utf8), in: bytes)
            guard mayHoldTags || hasFormulas, let document = parse(bytes, part: sheet.part, problems: &problems) else { continue }
            var read = ReadSheet(sheet: sheet, document: document, preparation: SheetPreparation(part: sheet.part, document: document),
                hasFormulas: hasFormulas)
            let known = problems.count
            read.preparation.prepare(strings: strings, problems: &problems)
            if sheetPerItem != nil, read.preparation.holdsTags { prepareForCopies(read, problems: &problems) }
            if read.preparation.holdsTags, problems.count == known {
                var compiler = PartCompiler(part: sheet.part, dialect: .spreadsheet, filters: filters)
                read.nodes = compiler.compile(document)
                output.tags += compiler.occurrences.map { TagUse(tag: $0.tag, source: $0.source, location: $0.location) }
                problems += compiler.problems
                read.blocks = RepeatedRows.blocks(in: document)
            }
            sheets.append(read)
        }
        guard problems.isEmpty else { return output }

        var blocks: [String: [RowBlock]] = [:]
        for sheet in sheets where !sheet.blocks.isEmpty { blocks[sheet.sheet.name.lowercased()] = sheet.blocks }
        var safety = FormulaSafety(blocks: blocks)
        for sheet in sheets where sheet.hasFormulas || !sheet.blocks.isEmpty {
            safety.check(sheet: sheet.sheet.name, part: sheet.sheet.part, document: sheet.document)
        }
        let workbookDocument = document(mainPart, problems: &problems)
        if let workbookDocument { safety.checkDefinedNames(of: workbookDocument, part: mainPart) }
        let (tables, anchored) = checkPartsOfRepeatingSheets(sheets, safety: &safety, problems: &problems)
        problems += safety.problems
        if sheetPerItem != nil { checkCopies(sheets, workbook: workbookDocument, problems: &problems) }
        guard problems.isEmpty else { return output }

        var styles: CellStyles?
        if let part = workbook.stylesPart, let document = document(part, problems: &problems) {
            styles = CellStyles(document, datesFor: sheets.reduce(into: Set<Int>()) { $0.formUnion($1.preparation.valueStyles) })
            if styles!.addedTwins { conversion.replace(part, with: document.serialized()) }
        }

        var finishing = SpreadsheetFinishing(sheets: [], workbookPart: nil, styles: styles, date1904: workbook.date1904)
        for sheet in sheets {
            if let nodes = sheet.nodes {
                var finished = SpreadsheetFinishing.Sheet(name: sheet.sheet.name, part: sheet.sheet.part,
                    repeatsColumns: sheet.preparation.repeatedColumns != nil)
                let numbering = SheetNodeCompiler(styles: styles, date1904: workbook.date1904, keepsMarks: sheet.hasFormulas)
                if !finished.repeatsColumns, let numbered = numbering.compile(nodes) {
                    output.parts[sheet.sheet.part] = numbered
                    finished.numberedWhenRendered = true
                    finished.rowsHoldFormulas = sheet.hasFormulas
                } else {
                    output.parts[sheet.sheet.part] = nodes
                }
                finishing.sheets.append(finished)
            } else if sheet.hasFormulas {
                let bytes = sheet.document.serialized()
                if !blocks.isEmpty && Self.refersToRepeatingSheets(sheet.document, blocks: blocks) {
                    output.parts[sheet.sheet.part] = [.literal(bytes)]
                    finishing.sheets.append(.init(name: sheet.sheet.name, part: sheet.sheet.part))
                } else {
                    // Only the values saved for its formulas go: they may have been computed from cells now filled.
                    var rewriter = SheetRewriter(part: sheet.sheet.part, layout: SheetLayout(),
                        mover: ReferenceMover(sheet: sheet.sheet.name, layouts: [:]), styles: styles, date1904: workbook.date1904)
                    conversion.replace(sheet.sheet.part, with: rewriter.rewrite(bytes))
                }
            }
        }
        if let workbookDocument {
            Self.computeOnOpening(workbookDocument)
            let bytes = workbookDocument.serialized()
            let hasNames = workbookDocument.root?.children.contains { $0.is(SheetPreparation.name("definedNames")) } ?? false
            if !blocks.isEmpty && hasNames || sheetPerItem != nil {
                output.parts[mainPart] = [.literal(bytes)]
                finishing.workbookPart = mainPart
            } else {
                conversion.replace(mainPart, with: bytes)
            }
        }
        for table in tables {
            output.parts[table.part] = [.literal(table.document.serialized())]
            finishing.tables.append(.init(name: table.sheet, part: table.part))
        }
        for (part, bytes) in anchored {
            output.parts[part.part] = [.literal(bytes)]
            finishing.anchored.parts.append(part)
        }
        if let sheetPerItem {
            let relationshipsPart = PackageRelationships.partName(for: mainPart)
            let relationships = conversion.replacedParts[relationshipsPart] ?? (try? reader.read(relationshipsPart)) ?? []
            let types = conversion.replacedParts[PackageLayout.contentTypesPart] ?? (try? reader.read(PackageLayout.contentTypesPart)) ?? []
            finishing.copies = SheetCopies(path: sheetPerItem.path, names: sheetPerItem.names,
                sheets: finishing.sheets.filter { sheet in sheets.contains { $0.nodes != nil && $0.sheet.part == sheet.part } },
                allNames: workbook.sheets.map(\.name), workbookPart: mainPart, relationships: (relationshipsPart, relationships),
                contentTypes: types)
        }
        output.finishing = finishing
        return output
    }

    /// A sheet copied per item may use no other part: two sheets cannot share a picture or table.
    /// Only its printer settings are let go (the copies print with the defaults).
    private func prepareForCopies(_ sheet: ReadSheet, problems: inout [TemplateProblem]) {
        let namespace = WorkbookParts.relationshipsNamespace
        var using: [String] = []
        sheet.document.root?.forEachDescendant { node in
            guard node.isElement, node.attributeNames(inNamespace: namespace).contains("id") else { return .descend }
            if node.localName == "pageSetup" { node.removeAttribute(QualifiedName(namespace, "id")) } else { using.append(node.localName) }
            return .descend
        }
        if let element = using.first {
            problems.append(TemplateProblem(.unsupported, part: sheet.sheet.part,
                "«\(sheet.sheet.name)» uses another part of the workbook (its <\(element)>: a picture, table, comment or link); such a sheet cannot be copied per item yet: fill a workbook per item instead"))
        }
    }

    /// Nothing outside the copied sheets may refer to them: which item's copy would it mean?
    private func checkCopies(_ sheets: [ReadSheet], workbook: XMLDocument?, problems: inout [TemplateProblem]) {
        let copied = Set(sheets.filter { $0.nodes != nil }.map { $0.sheet.name.lowercased() })
        guard !copied.isEmpty else {
            problems.append(TemplateProblem(.nothingToRepeat, part: mainPart, "no sheet holds a tag: there is nothing to fill for each item"))
            return
        }
        func refersToCopies(_ text: String) -> String? {
            Formula(text).references.compactMap(\.sheet).first { copied.contains($0.lowercased()) }
        }
        for sheet in sheets where sheet.nodes == nil && sheet.hasFormulas {
            var found: String?
            sheet.document.root?.forEachDescendant { node in
                if found == nil, node.isElement, ["f", "formula", "formula1", "formula2"].contains(node.localName) {
                    found = refersToCopies(node.textContent()).map { "the formula “=\(node.textContent())” refers to «\($0)»" }
                }
                return found == nil ? .descend : .skipChildren
            }
            if let found {
                problems.append(TemplateProblem(.unsupported, part: sheet.sheet.part,
                    "\(found), a sheet copied for each item: it cannot tell which item's copy it means"))
            }
        }
        let names = workbook?.root?.children.first { $0.is(SheetPreparation.name("definedNames")) }?.children ?? []
        for name in names where name.is(SheetPreparation.name("definedName")) && name.plainAttribute("localSheetId") == nil {
            if let sheet = refersToCopies(name.textContent()) {
                problems.append(TemplateProblem(.unsupported, part: mainPart,
                    "the name «\(name.plainAttribute("name") ?? "")» refers to «\(sheet)», a sheet copied for each item: it cannot tell which item's copy it means; define it for that sheet only"))
            }
        }
    }

    /// The parts beside a sheet whose rows repeat, which move with its rows when each rendering is
    /// finished: its tables (each must take in the repeated rows whole or stand apart from them), its
    /// drawings and comments (nothing in them may lie inside the repeated rows: it cannot be
    /// repeated), its comments' VML anchors, and every chart whose series refer to such a sheet.
    /// Returned as they are, to be rewritten by each rendering.
    private func checkPartsOfRepeatingSheets(_ sheets: [ReadSheet], safety: inout FormulaSafety, problems: inout [TemplateProblem])
        -> (tables: [(sheet: String, part: String, document: XMLDocument)], anchored: [(part: AnchoredParts.Part, bytes: [UInt8])])
    {
        var tables: [(sheet: String, part: String, document: XMLDocument)] = []
        var anchored: [(part: AnchoredParts.Part, bytes: [UInt8])] = []
        guard !safety.blocks.isEmpty else { return (tables, anchored) }
        for sheet in sheets where !sheet.blocks.isEmpty {
            let relationships = PackageRelationships.read(of: sheet.sheet.part, in: reader, problems: &problems)?.relationships ?? []
            for relationship in relationships {
                if relationship.kind == "vmlDrawing", let entry = reader.entry(named: relationship.target), let bytes = bytes(of: entry, problems: &problems) {
                    anchored.append((.init(kind: .legacyDrawing, part: relationship.target, sheet: sheet.sheet.name), bytes))
                    continue
                }
                guard let document = ["table", "comments", "drawing"].contains(relationship.kind) ? document(relationship.target, problems: &problems) : nil,
                    let root = document.root
                else { continue }
                var rows: [ClosedRange<Int>] = []
                switch relationship.kind {
                case "table":
                    if let area = root.plainAttribute("ref").flatMap({ CellRange($0) }) {
                        safety.checkTable(area, of: sheet.sheet.name, part: relationship.target)
                        tables.append((sheet.sheet.name, relationship.target, document))
                    }
                    continue
                case "comments":
                    root.forEachDescendant { node in
                        if node.isElement, node.localName == "comment", let row = node.plainAttribute("ref").flatMap({ CellReference($0) })?.row {
                            rows.append(row...row)
                        }
                        return .descend
                    }
                default:
                    for anchor in root.children where anchor.isElement {
                        let ends = ["from", "to"].compactMap { end in
                            anchor.children.first { $0.is(QualifiedName(Self.drawingNamespace, end)) }?
                                .children.first { $0.is(QualifiedName(Self.drawingNamespace, "row")) }.flatMap { Int($0.textContent()) }
                        }
                        if let first = ends.first { rows.append((first + 1)...((ends.last ?? first) + 1)) }
                    }
                }
                let checked = safety
                if let (found, block) = rows.lazy.compactMap({ rows in checked.blockTakenInPart(by: rows, of: sheet.sheet.name).map { (rows, $0) } }).first {
                    let what = relationship.kind == "comments" ? "a comment" : "a picture, chart or shape"
                    problems.append(TemplateProblem(.unsupported, part: relationship.target,
                        "\(what) of «\(sheet.sheet.name)» (\(sheet.sheet.part)) at row \(found.lowerBound) lies in rows \(block.first)–\(block.last), which repeat for each item of a list; it cannot be repeated with them: put it above or below them"))
                    continue
                }
                anchored.append((.init(kind: relationship.kind == "comments" ? .comments : .drawing, part: relationship.target,
                    sheet: sheet.sheet.name), document.serialized()))
            }
        }
        for entry in reader.entries where entry.name.hasPrefix("xl/charts/chart") && entry.name.hasSuffix(".xml") {
            guard let document = document(entry.name, problems: &problems) else { continue }
            var moves = false
            document.root?.forEachDescendant { node in
                if node.is(QualifiedName(Self.chartNamespace, "f")) {
                    let text = node.textContent()
                    let formula = Formula(text)
                    safety.check(formula, text: text, sheet: nil, row: nil, part: entry.name, place: "a series")
                    if formula.references.contains(where: { $0.sheet.map { safety.blocks[$0.lowercased()] != nil } ?? false }) { moves = true }
                }
                return .descend
            }
            if moves { anchored.append((.init(kind: .chart, part: entry.name, sheet: ""), document.serialized())) }
        }
        return (tables, anchored)
    }

    /// Whether a formula of the sheet refers to another sheet whose rows repeat.
    private static func refersToRepeatingSheets(_ document: XMLDocument, blocks: [String: [RowBlock]]) -> Bool {
        var found = false
        document.root?.forEachDescendant { node in
            guard !found else { return .skipChildren }
            if node.isElement, ["f", "formula", "formula1", "formula2"].contains(node.localName) {
                found = Formula(node.textContent()).references.contains { $0.sheet.map { blocks[$0.lowercased()] != nil } ?? false }
                return .skipChildren
            }
            return .descend
        }
        return found
    }

    /// `calcPr/@fullCalcOnLoad`: Excel computes every formula when it opens the file, so none shows
    /// a value computed for the template's data.
    private static func computeOnOpening(_ workbook: XMLDocument) {
        guard let root = workbook.root else { return }
        if let calculation = root.children.first(where: { $0.is(SheetPreparation.name("calcPr")) }) {
            calculation.setPlainAttribute("fullCalcOnLoad", "1")
            return
        }
        // calcPr follows these in a workbook's sequence of elements.
        let before = ["definedNames", "externalReferences", "functionGroups", "sheets"]
        guard let anchor = before.lazy.compactMap({ name in root.children.last { $0.is(SheetPreparation.name(name)) } }).first else { return }
        let calculation = anchor.newSibling(named: "calcPr")
        calculation.setPlainAttribute("fullCalcOnLoad", "1")
        anchor.insertAfter(calculation)
    }

    private func bytes(of entry: ArchiveEntry, problems: inout [TemplateProblem]) -> [UInt8]? {
        do { return try reader.read(entry) } catch {
            problems.append(TemplateProblem(.archive(error.kind), part: entry.name, error.message))
            return nil
        }
    }

    private func document(_ part: String, problems: inout [TemplateProblem]) -> XMLDocument? {
        guard let entry = reader.entry(named: part), let bytes = bytes(of: entry, problems: &problems) else { return nil }
        return parse(bytes, part: part, problems: &problems)
    }

    private func parse(_ bytes: [UInt8], part: String, problems: inout [TemplateProblem]) -> XMLDocument? {
        do { return try XMLDocument(bytes: bytes, part: part) } catch {
            problems.append(TemplateProblem(.xml(error.kind), part: part, "line \(error.line), column \(error.column): \(error.message)"))
            return nil
        }
    }

    private static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
