/// A DOCX, ODT, XLSX or ODS template parsed once, ready to be rendered for any number of records.
///
/// It is an immutable value: share it between threads, and give each thread its own `DocumentRenderer`.
public struct CompiledTemplate: Sendable {
    /// The name the template was compiled under, which its errors and documents' errors give.
    public let file: String
    /// The kind of file the template is; the output is always a document of its format.
    public let kind: DocumentFileKind
    /// The format of the template and of every document rendered from it.
    public var format: DocumentFormat { kind.format }
    /// The template archive as read, for copying the parts that carry no tags.
    let archive: [UInt8]
    /// Compiled parts by name; every other part is copied as it is.
    let parts: [String: [TemplateNode]]
    /// What each rendering of a compiled part needs mended; parts that need nothing are not listed.
    let mending: [String: PartMending]
    /// The largest id number the template's text parts use: ids given to copies start above it.
    let largestID: Int
    /// Every tag found, in document order, for `inspect`.
    public let tags: [TagUse]
    /// The filters the template was checked against: rendering uses the same ones.
    public let filters: FilterRegistry
    /// Parts of named values (document properties, custom XML data), written as plain text.
    let propertyParts: Set<String>
    /// How the template's package becomes a document's.
    let conversion: DocumentConversion
    /// For a workbook, what each rendering finishes in its sheets (rows numbered anew, references moved).
    let spreadsheet: SpreadsheetFinishing?
    /// For an ODS, what each rendering finishes in its sheets (references moved, values typed).
    let openDocumentSheets: OpenDocumentSheetFinishing?
    /// The charts bound to data by their titles, filled at each rendering.
    let charts: BoundCharts

    /// Compiles a template. `file` names it in errors; the format comes from its content.
    public static func compile(bytes: [UInt8], file: String, filters: FilterRegistry = .standard,
        options: CompileOptions = CompileOptions()) throws(TemplateError) -> CompiledTemplate
    {
        let reader: ArchiveReader
        do { reader = try ArchiveReader(bytes: bytes, file: file) } catch { throw TemplateError(error) }
        let layout = try PackageLayout(reader)
        var conversion = try DocumentConversion(layout, reader: reader)
        let dialect = layout.format.dialect
        var parts: [String: [TemplateNode]] = [:]
        var tags: [TagUse] = []
        var problems: [TemplateProblem] = []
        var mending: [String: PartMending] = [:]
        var largest = 0
        var spreadsheet: SpreadsheetFinishing?
        if layout.format == .xlsx {
            var compiler = WorkbookCompiler(reader: reader, mainPart: layout.mainPart, filters: filters)
            if let path = options.repeatBody { compiler.sheetPerItem = (path, options.sheetNames) }
            let output = compiler.compile(conversion: &conversion, problems: &problems)
            parts = output.parts
            tags = output.tags
            spreadsheet = output.finishing
        }
        var openDocumentSheets: OpenDocumentSheetFinishing?
        if layout.format == .ods {
            var compiler = OpenDocumentSpreadsheetCompiler(reader: reader, filters: filters)
            if let path = options.repeatBody { compiler.sheetPerItem = (path, options.sheetNames) }
            let output = compiler.compile(problems: &problems)
            if let nodes = output.nodes {
                parts[layout.mainPart] = nodes
                if !output.mending.isEmpty { mending[layout.mainPart] = output.mending }
            }
            for (part, bytes) in output.parts { parts[part] = [.literal(bytes)] }
            tags = output.tags
            openDocumentSheets = output.finishing
        }
        for entry in reader.entries where layout.carriesText(entry.name) {
            let bytes: [UInt8]
            do { bytes = try reader.read(entry) } catch {
                problems.append(TemplateProblem(.archive(error.kind), part: entry.name, error.message))
                continue
            }
            let repeatsBody = options.repeatBody != nil && entry.name == layout.mainPart && layout.format != .ods
            largest = max(largest, largestIDNumber(in: bytes))
            // A part without a single brace cannot hold a tag: copy it untouched.
            guard repeatsBody || bytes.contains(UInt8(ascii: "{")) else { continue }
            let document: XMLDocument
            do { document = try XMLDocument(bytes: bytes, part: entry.name) } catch {
                problems.append(TemplateProblem(.xml(error.kind), part: entry.name, "line \(error.line), column \(error.column): \(error.message)"))
                continue
            }
            if repeatsBody, let path = options.repeatBody, !BodyRepeater(dialect: dialect).wrap(document, over: path) {
                problems.append(TemplateProblem(.nothingToRepeat, part: entry.name, "the document body has no paragraph to repeat"))
                continue
            }
            let partDialect = layout.propertyParts.contains(entry.name)
                ? dialect.properties(holding: Dialect.textElements(of: document)) : dialect
            var compiler = PartCompiler(part: entry.name, dialect: partDialect, filters: filters)
            let nodes = compiler.compile(document)
            tags += compiler.occurrences.map { TagUse(tag: $0.tag, source: $0.source, location: $0.location) }
            problems += compiler.problems
            if let nodes, !compiler.occurrences.isEmpty {
                parts[entry.name] = nodes
                if !compiler.mending.isEmpty { mending[entry.name] = compiler.mending }
            }
        }
        let charts = BoundCharts(layout, reader: reader, problems: &problems)
        if options.repeatBody != nil, !charts.isEmpty {
            problems.append(TemplateProblem(.unsupported,
                "a chart bound to data shows one set of data and cannot be repeated for each item of one merged file; make a file per item instead"))
        }
        guard problems.isEmpty else { throw TemplateError(file: file, problems: problems) }
        return CompiledTemplate(file: file, kind: layout.kind, archive: bytes, parts: parts, mending: mending, largestID: largest,
            tags: tags, filters: filters, propertyParts: layout.propertyParts, conversion: conversion, spreadsheet: spreadsheet,
            openDocumentSheets: openDocumentSheets, charts: charts)
    }

    /// The names of the parts that carry tags.
    public var compiledParts: [String] { parts.keys.sorted() }

    /// The charts bound to data by `{{#chart NAME}}` in their titles, for `inspect`.
    public var chartUses: [ChartUse] { charts.uses }
}

/// How a template is compiled.
public struct CompileOptions: Sendable {
    /// Repeat the whole body once per item of the list at this path, a page break between items;
    /// in a workbook, each sheet with tags once per item, each copy a sheet of its own.
    public var repeatBody: DataPath?
    /// In a workbook repeated per item, what each item's sheet is named (`{{ surname }}`); without
    /// it, the template sheet's name and the item's number.
    public var sheetNames: TextTemplate?

    /// Options; with `repeatBody`, the whole body repeats for each item of that list.
    public init(repeatBody: DataPath? = nil) { self.repeatBody = repeatBody }

    /// A workbook filled with a sheet per item of the list at `repeatBody`, each named by `sheetNames`.
    public init(repeatBody: DataPath, sheetNames: TextTemplate?) {
        self.repeatBody = repeatBody
        self.sheetNames = sheetNames
    }
}

/// One tag as `inspect` reports it.
public struct TagUse: Sendable, Equatable {
    /// What the tag says.
    public var tag: Tag
    /// The tag as typed in the document, braces and all: `{{ mentor.full_name | dative }}`.
    public var source: String
    /// The part and paragraph it stands in.
    public var location: TagLocation
}
