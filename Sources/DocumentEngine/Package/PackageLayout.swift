/// What a template's package holds: its kind of file, the part that is the document, and the
/// other parts that show text — found the way Word and LibreOffice find them (the relationships
/// and content types of a Word package, the media type of an ODF one), with the usual part
/// names as a fallback for packages made by other tools.
struct PackageLayout: Sendable {
    var kind: DocumentFileKind
    var mainPart: String
    /// Parts of paragraphs: the body, headers, footers, notes, comments; ODF's `styles.xml`.
    var flowingParts: Set<String>
    /// Parts of named values that editors show as text: document properties, Word's custom XML data.
    var propertyParts: Set<String>

    var format: DocumentFormat { kind.format }

    func carriesText(_ part: String) -> Bool { flowingParts.contains(part) || propertyParts.contains(part) }

    static let contentTypesPart = "[Content_Types].xml"
    static let contentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let manifestPart = "META-INF/manifest.xml"
    static let manifestNamespace = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    /// Relationships of the main part to parts of paragraphs.
    private static let flowingRelationships: Set<String> = ["header", "footer", "footnotes", "endnotes", "comments"]
    /// Relationships of the package to its properties.
    private static let propertyRelationships: Set<String> = ["core-properties", "extended-properties", "custom-properties"]

    private init(kind: DocumentFileKind, mainPart: String, flowingParts: Set<String>, propertyParts: Set<String>) {
        self.kind = kind
        self.mainPart = mainPart
        self.flowingParts = flowingParts
        self.propertyParts = propertyParts
    }

    init(_ reader: ArchiveReader) throws(TemplateError) {
        var problems: [TemplateProblem] = []
        let packageRelationships = PackageRelationships.read(of: "", in: reader, problems: &problems)
        if let main = packageRelationships?.targets(ofKind: "officeDocument").first {
            guard reader.entry(named: main) != nil else {
                throw TemplateError(file: reader.file, problems: [TemplateProblem(.notADocument, part: "_rels/.rels",
                    "the document part it names, \(main), is not in the archive: not a DOCX or XLSX document")])
            }
            let type = Self.contentType(of: main, in: reader, problems: &problems)
            if type.map(Self.isSpreadsheetType) ?? main.hasPrefix("xl/") {
                guard type == nil || DocumentFileKind(mediaType: type!) == .xlsx else {
                    throw TemplateError(file: reader.file, problems: [TemplateProblem(.notADocument, part: main,
                        "the workbook is an Excel template or holds macros; mentordocs reads workbooks saved as .xlsx: save it as an Excel Workbook (.xlsx)")])
                }
                self = Self.spreadsheet(main: main, packageRelationships: packageRelationships, reader: reader)
            } else {
                self = Self.word(main: main, packageRelationships: packageRelationships, reader: reader, problems: &problems)
            }
        } else if reader.entry(named: Dialect.spreadsheet.mainPart) != nil {
            self = Self.spreadsheet(main: Dialect.spreadsheet.mainPart, packageRelationships: packageRelationships, reader: reader)
        } else if reader.entry(named: Dialect.word.mainPart) != nil {
            self = Self.word(main: Dialect.word.mainPart, packageRelationships: packageRelationships, reader: reader, problems: &problems)
        } else if reader.entry(named: Dialect.openDocument.mainPart) != nil {
            self = Self.openDocument(reader: reader, problems: &problems)
        } else {
            throw TemplateError(file: reader.file, problems: [TemplateProblem(.notADocument,
                "neither word/document.xml, xl/workbook.xml nor content.xml is in the archive: not a DOCX, XLSX, ODT or ODS document")])
        }
        guard problems.isEmpty else { throw TemplateError(file: reader.file, problems: problems) }
    }

    private static func word(main: String, packageRelationships: PackageRelationships?, reader: ArchiveReader,
        problems: inout [TemplateProblem]) -> PackageLayout
    {
        var flowing: Set<String> = [main]
        var properties: Set<String> = []
        for entry in reader.entries {
            if Dialect.word.carriesText(entry.name) { flowing.insert(entry.name) }
            if isWordPropertyPartName(entry.name) { properties.insert(entry.name) }
        }
        for relationship in packageRelationships?.relationships ?? [] where propertyRelationships.contains(relationship.kind) {
            properties.insert(relationship.target)
        }
        for relationship in PackageRelationships.read(of: main, in: reader, problems: &problems)?.relationships ?? [] {
            if flowingRelationships.contains(relationship.kind) { flowing.insert(relationship.target) }
            if relationship.kind == "customXml" { properties.insert(relationship.target) }
        }
        var kind = DocumentFileKind.docx
        if reader.entry(named: contentTypesPart) != nil, let types = PackageXML.read(contentTypesPart, in: reader, problems: &problems) {
            let override = types.root?.children.first {
                $0.is(QualifiedName(contentTypesNamespace, "Override")) && $0.plainAttribute("PartName") == "/" + main
            }
            if let type = override?.plainAttribute("ContentType"), let named = DocumentFileKind(mediaType: type), named.format == .docx {
                kind = named
            }
        }
        let present = Set(reader.entries.map(\.name))
        return PackageLayout(kind: kind, mainPart: main, flowingParts: flowing.intersection(present),
            propertyParts: properties.intersection(present).subtracting(flowing))
    }

    /// The content type `[Content_Types].xml` gives a part, if it names one.
    private static func contentType(of part: String, in reader: ArchiveReader, problems: inout [TemplateProblem]) -> String? {
        guard reader.entry(named: contentTypesPart) != nil, let types = PackageXML.read(contentTypesPart, in: reader, problems: &problems) else {
            return nil
        }
        let override = types.root?.children.first {
            $0.is(QualifiedName(contentTypesNamespace, "Override")) && $0.plainAttribute("PartName") == "/" + part
        }
        return override?.plainAttribute("ContentType")
    }

    private static func isSpreadsheetType(_ type: String) -> Bool {
        type.contains("spreadsheetml") || type.hasPrefix("application/vnd.ms-excel")
    }

    /// A workbook: its sheets are compiled by `WorkbookCompiler`, not as parts of paragraphs; the
    /// document properties are parts of named values, as in Word.
    private static func spreadsheet(main: String, packageRelationships: PackageRelationships?, reader: ArchiveReader) -> PackageLayout {
        var properties: Set<String> = []
        for entry in reader.entries where entry.name == "docProps/core.xml" || entry.name == "docProps/app.xml" || entry.name == "docProps/custom.xml" {
            properties.insert(entry.name)
        }
        for relationship in packageRelationships?.relationships ?? [] where propertyRelationships.contains(relationship.kind) {
            properties.insert(relationship.target)
        }
        let present = Set(reader.entries.map(\.name))
        return PackageLayout(kind: .xlsx, mainPart: main, flowingParts: [], propertyParts: properties.intersection(present))
    }

    /// `docProps/core.xml`, `app.xml`, `custom.xml`, and `customXml/item1.xml` (not its `itemProps1.xml`).
    private static func isWordPropertyPartName(_ part: String) -> Bool {
        if part == "docProps/core.xml" || part == "docProps/app.xml" || part == "docProps/custom.xml" { return true }
        guard part.hasPrefix("customXml/item"), part.hasSuffix(".xml") else { return false }
        let number = part.dropFirst("customXml/item".count).dropLast(".xml".count)
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    /// An ODF package: a text document, or a spreadsheet, whose `content.xml` is compiled by
    /// `OpenDocumentSpreadsheetCompiler` as sheets of cells rather than as paragraphs.
    private static func openDocument(reader: ArchiveReader, problems: inout [TemplateProblem]) -> PackageLayout {
        var kind = DocumentFileKind.odt
        let isOpenDocument = { (named: DocumentFileKind) in named.format == .odt || named.format == .ods }
        if let entry = reader.entry(named: Dialect.openDocument.firstEntry), let bytes = try? reader.read(entry) {
            if let named = DocumentFileKind(mediaType: String(decoding: bytes, as: UTF8.self)), isOpenDocument(named) { kind = named }
        } else if reader.entry(named: manifestPart) != nil, let manifest = PackageXML.read(manifestPart, in: reader, problems: &problems),
            let type = manifestRoot(of: manifest)?.attribute(QualifiedName(manifestNamespace, "media-type")),
            let named = DocumentFileKind(mediaType: type), isOpenDocument(named)
        {
            kind = named
        }
        let present = Set(reader.entries.map(\.name))
        var flowing = Set(reader.entries.map(\.name).filter(Dialect.openDocument.carriesText))
        if kind.format == .ods { flowing.remove(Dialect.openDocument.mainPart) }
        return PackageLayout(kind: kind, mainPart: Dialect.openDocument.mainPart, flowingParts: flowing,
            propertyParts: present.intersection(["meta.xml"]))
    }

    /// The manifest's entry for the package itself (`manifest:full-path="/"`).
    static func manifestRoot(of manifest: XMLDocument) -> XMLNode? {
        manifest.root?.children.first {
            $0.is(QualifiedName(manifestNamespace, "file-entry")) && $0.attribute(QualifiedName(manifestNamespace, "full-path")) == "/"
        }
    }
}
