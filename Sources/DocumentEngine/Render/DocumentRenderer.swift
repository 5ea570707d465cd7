/// Renders one compiled template for many records, writing each as a complete archive in memory.
///
/// Not for sharing between threads: each thread makes its own from the same `CompiledTemplate`.
public final class DocumentRenderer {
    /// The template every document is rendered from.
    public let template: CompiledTemplate
    /// The filters the tags are applied with: the template's own unless others were given.
    public let filters: FilterRegistry
    private let reader: ArchiveReader
    /// Each part's filter results, kept from one document to the next.
    private var memos: [String: FilterMemo] = [:]

    /// Renders with the filters the template was compiled with, unless others are given.
    public init(_ template: CompiledTemplate, filters: FilterRegistry? = nil) throws(ArchiveError) {
        self.template = template
        self.filters = filters ?? template.filters
        self.reader = try ArchiveReader(bytes: template.archive, file: template.file)
    }

    /// The filled document's bytes.
    public func render(_ data: TemplateValue, options: RenderOptions = RenderOptions()) throws(RenderError) -> [UInt8] {
        try render(scope: RenderScope(root: data), options: options)
    }

    /// The document for one item of a list, with the rest of the data still reachable (mail merge).
    public func render(item: TemplateValue, of root: TemplateValue, index: Int, count: Int, options: RenderOptions = RenderOptions())
        throws(RenderError) -> [UInt8]
    {
        try render(scope: RenderScope(root: root, item: item, index: index, count: count), options: options)
    }

    private func render(scope: RenderScope, options: RenderOptions) throws(RenderError) -> [UInt8] {
        var spooled: [String: SheetSpool] = [:]
        let rendered = try renderParts(scope: scope, options: options, spooled: &spooled)
        do { return try package(rendered, spooled: spooled) } catch { throw RenderError(packaging: error) }
    }

    /// Only the parts that carry tags, filled: what `package` turns into a document (every sheet kept in memory).
    package func renderParts(_ data: TemplateValue, options: RenderOptions = RenderOptions()) throws(RenderError) -> [String: [UInt8]] {
        var spooled: [String: SheetSpool] = [:]
        var inMemory = options
        inMemory.sheetBytesInMemory = .max
        return try renderParts(scope: RenderScope(root: data), options: inMemory, spooled: &spooled)
    }

    /// The parts with tags, filled; a sheet whose rows went to a temporary file is in `spooled`, and
    /// in the parts only its start and end.
    private func renderParts(scope: RenderScope, options: RenderOptions, spooled: inout [String: SheetSpool]) throws(RenderError)
        -> [String: [UInt8]]
    {
        let dialect = template.format.dialect
        var rendered: [String: [UInt8]] = [:]
        var problems: [RenderError.Problem] = []
        var numbers = UniqueNumbers(above: template.largestID)
        // Where the rows of sheets numbered as they were printed went.
        var layouts: [String: SheetLayout] = [:]
        let copies = template.spreadsheet?.copies
        let spoolable = options.sheetBytesInMemory == .max ? [] : template.spreadsheet?.spoolableParts ?? []
        for (part, nodes) in template.parts {
            if let copies, copies.sheets.contains(where: { $0.part == part }) { continue }
            let memo = memos[part] ?? FilterMemo()
            memos[part] = memo
            let partDialect = template.propertyParts.contains(part) ? dialect.properties(holding: []) : dialect
            var renderer = PartRenderer(part: part, context: scope.context, dialect: partDialect, filters: filters, options: options, memo: memo)
            if spoolable.contains(part) { renderer.spoolingFrom = options.sheetBytesInMemory }
            var output: [UInt8] = []
            output.reserveCapacity(64 * 1024)
            renderer.render(nodes, into: &output)
            problems += renderer.problems
            if renderer.rows.passedSections { layouts[part] = renderer.rows.layout }
            if let spool = renderer.spool {
                if let kept = spool.finishRows(output) {
                    output = kept
                    spooled[part] = spool
                } else {
                    problems.append(RenderError.Problem(.packagingFailed, part: part, spool.failure ?? "the sheet's rows were lost"))
                }
            }
            if let mending = template.mending[part] { dialect.mend(&output, mending, &numbers) }
            rendered[part] = output
        }
        if let spreadsheet = template.spreadsheet {
            finish(spreadsheet, scope: scope, options: options, rendered: &rendered, layouts: &layouts, problems: &problems)
        }
        if let sheets = template.openDocumentSheets {
            let names = sheets.copyNames(root: scope.root, context: scope.context, options: options, problems: &problems)
            if problems.isEmpty { problems = sheets.finish(&rendered, copyNames: names) }
        }
        template.charts.render(context: scope.context, options: options, rendered: &rendered, problems: &problems)
        guard problems.isEmpty else {
            throw RenderError(file: template.file, problems: problems.sorted {
                ($0.part ?? "", $0.location?.paragraph ?? 0) < ($1.part ?? "", $1.location?.paragraph ?? 0)
            })
        }
        return rendered
    }

    /// Renders a workbook's sheets copied per item, if it has any, and finishes its sheets.
    private func finish(_ spreadsheet: SpreadsheetFinishing, scope: RenderScope, options: RenderOptions,
        rendered: inout [String: [UInt8]], layouts: inout [String: SheetLayout], problems: inout [RenderError.Problem])
    {
        var copied: [SheetCopies.Copied] = []
        if let copies = spreadsheet.copies {
            var sheetProblems: [RenderError.Problem] = []
            copied = copies.render(root: scope.root, context: scope.context, options: options, rendered: &rendered, layouts: &layouts,
                problems: &problems)
            { part, context in
                let memo = memos[part] ?? FilterMemo()
                memos[part] = memo
                var renderer = PartRenderer(part: part, context: context, dialect: template.format.dialect, filters: filters, options: options, memo: memo)
                var output: [UInt8] = []
                renderer.render(template.parts[part] ?? [], into: &output)
                sheetProblems += renderer.problems
                return (output, renderer.rows.passedSections ? renderer.rows.layout : nil)
            }
            problems += sheetProblems
        }
        if problems.isEmpty { problems = spreadsheet.finish(&rendered, copied: copied, layouts: layouts) }
    }

    /// The archive of a document whose tag-carrying parts are `rendered`; every other part is
    /// copied from the template without being inflated.
    public func package(_ rendered: [String: [UInt8]]) throws(ArchiveError) -> [UInt8] {
        try package(rendered, spooled: [:])
    }

    /// The same, with sheets whose rows are in temporary files: their start and end in `rendered`.
    private func package(_ rendered: [String: [UInt8]], spooled: [String: SheetSpool]) throws(ArchiveError) -> [UInt8] {
        let dialect = template.format.dialect
        let writer = try ArchiveWriter(name: template.file)
        let conversion = template.conversion
        for entry in orderedEntries(dialect) where !conversion.removedParts.contains(entry.name) {
            if let spool = spooled[entry.name], let kept = rendered[entry.name] {
                guard let sheet = spool.assemble(kept) else {
                    throw ArchiveError(.writeFailed, file: template.file, part: entry.name, spool.failure ?? "cannot put the sheet together")
                }
                try writer.add(entry.name, file: sheet.file, offset: sheet.offset, length: sheet.length)
            } else if let bytes = rendered[entry.name] {
                try writer.add(entry.name, bytes: bytes)
            } else if let bytes = conversion.replacedParts[entry.name] {
                try writer.add(entry.name, bytes: bytes, compression: entry.name == dialect.firstEntry && dialect.firstEntryStored ? .store : .deflate)
            } else if entry.name == dialect.firstEntry && dialect.firstEntryStored && !entry.isStored {
                try writer.add(entry.name, bytes: try reader.read(entry), compression: .store)
            } else {
                try writer.copy(entry, from: reader)
            }
        }
        if template.spreadsheet?.copies != nil {
            // Sheets copied per item beyond the first are parts the template does not have.
            for (name, bytes) in rendered.sorted(by: { $0.key < $1.key }) where reader.entry(named: name) == nil {
                try writer.add(name, bytes: bytes)
            }
        }
        return try writer.finish()
    }

    /// The template's entries with the one the format wants first moved to the front.
    private func orderedEntries(_ dialect: Dialect) -> [ArchiveEntry] {
        var entries = reader.entries
        if let first = entries.firstIndex(where: { $0.name == dialect.firstEntry }), first != 0 {
            entries.insert(entries.remove(at: first), at: 0)
        }
        return entries
    }
}
