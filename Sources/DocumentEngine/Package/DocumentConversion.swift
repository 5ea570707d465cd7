/// What changes when a template (`.dotx`, `.dotm`, `.ott`) or a macro-enabled file (`.docm`) is
/// filled: the output is a plain document (`.docx`, `.odt`), so the main part's content type or
/// the package's media type becomes a document's, and macros are left out — Word refuses a
/// `.docx` that holds a VBA project, and generated paperwork has no use for code that runs.
struct DocumentConversion: Sendable {
    /// Parts written with new content in place of the template's.
    private(set) var replacedParts: [String: [UInt8]] = [:]
    /// Parts left out of the output.
    private(set) var removedParts: Set<String> = []

    /// Relationships of the main part to macros and to what only macro-enabled files may hold.
    static let macroRelationships: Set<String> = ["vbaProject", "keyMapCustomizations", "attachedToolbars"]
    static let macroContentTypes: Set<String> = [
        "application/vnd.ms-office.vbaProject", "application/vnd.ms-word.vbaData+xml",
        "application/vnd.ms-word.keyMapCustomizations+xml", "application/vnd.ms-word.attachedToolbars",
    ]

    init() {}

    init(_ layout: PackageLayout, reader: ArchiveReader) throws(TemplateError) {
        var problems: [TemplateProblem] = []
        switch layout.format {
        case .docx: convertWord(layout, reader: reader, problems: &problems)
        case .odt, .ods: convertOpenDocument(layout, reader: reader, problems: &problems)
        case .xlsx: convertSpreadsheet(layout, reader: reader, problems: &problems)
        }
        guard problems.isEmpty else { throw TemplateError(file: reader.file, problems: problems) }
    }

    private mutating func convertWord(_ layout: PackageLayout, reader: ArchiveReader, problems: inout [TemplateProblem]) {
        let mainRelationships = PackageRelationships.read(of: layout.mainPart, in: reader, problems: &problems)
        var pending = mainRelationships?.relationships.filter { Self.macroRelationships.contains($0.kind) }.map(\.target) ?? []
        // A macro part's own relationships (its VBA data, its signature) go with it.
        while let part = pending.popLast() {
            guard !removedParts.contains(part) else { continue }
            removedParts.insert(part)
            let relationshipsPart = PackageRelationships.partName(for: part)
            guard reader.entry(named: relationshipsPart) != nil else { continue }
            removedParts.insert(relationshipsPart)
            pending += PackageRelationships.read(of: part, in: reader, problems: &problems)?.relationships.map(\.target) ?? []
        }
        if !removedParts.isEmpty, let mainRelationships {
            let name = PackageRelationships.partName(for: mainRelationships.source)
            if let document = PackageXML.read(name, in: reader, problems: &problems) {
                for node in document.root?.children ?? [] where node.isElement {
                    guard let target = node.plainAttribute("Target"), node.plainAttribute("TargetMode") != "External" else { continue }
                    if removedParts.contains(PackageRelationships.resolve(target, from: mainRelationships.source)) { node.remove() }
                }
                replacedParts[name] = document.serialized()
            }
        }
        guard layout.kind != .docx || !removedParts.isEmpty, reader.entry(named: PackageLayout.contentTypesPart) != nil,
            let types = PackageXML.read(PackageLayout.contentTypesPart, in: reader, problems: &problems)
        else { return }
        for node in types.root?.children ?? [] where node.isElement {
            if node.is(QualifiedName(PackageLayout.contentTypesNamespace, "Override")), let name = node.plainAttribute("PartName") {
                let part = PackageRelationships.resolve(name, from: "")
                if part == layout.mainPart {
                    node.setPlainAttribute("ContentType", DocumentFileKind.documentMediaType(of: .docx))
                } else if removedParts.contains(part) {
                    node.remove()
                }
            } else if node.is(QualifiedName(PackageLayout.contentTypesNamespace, "Default")),
                let type = node.plainAttribute("ContentType"), Self.macroContentTypes.contains(type)
            {
                node.remove()
            }
        }
        replacedParts[PackageLayout.contentTypesPart] = types.serialized()
    }

    /// Puts new content in place of a part (a workbook's styles with a date format added).
    mutating func replace(_ part: String, with bytes: [UInt8]) { replacedParts[part] = bytes }

    /// A filled workbook's formulas are computed anew: Excel's calculation chain, which names the cells
    /// with formulas by their place, is left out (rows move and repeat; Excel makes a new one).
    private mutating func convertSpreadsheet(_ layout: PackageLayout, reader: ArchiveReader, problems: inout [TemplateProblem]) {
        let relationships = PackageRelationships.read(of: layout.mainPart, in: reader, problems: &problems)
        guard let chain = relationships?.targets(ofKind: "calcChain").first else { return }
        removedParts.insert(chain)
        let relationshipsPart = PackageRelationships.partName(for: layout.mainPart)
        if let document = PackageXML.read(relationshipsPart, in: reader, problems: &problems) {
            for node in document.root?.children ?? [] where node.isElement {
                guard let target = node.plainAttribute("Target"), node.plainAttribute("TargetMode") != "External" else { continue }
                if PackageRelationships.resolve(target, from: layout.mainPart) == chain { node.remove() }
            }
            replacedParts[relationshipsPart] = document.serialized()
        }
        guard reader.entry(named: PackageLayout.contentTypesPart) != nil,
            let types = PackageXML.read(PackageLayout.contentTypesPart, in: reader, problems: &problems)
        else { return }
        for node in types.root?.children ?? [] where node.is(QualifiedName(PackageLayout.contentTypesNamespace, "Override")) {
            if let name = node.plainAttribute("PartName"), PackageRelationships.resolve(name, from: "") == chain { node.remove() }
        }
        replacedParts[PackageLayout.contentTypesPart] = types.serialized()
    }

    private mutating func convertOpenDocument(_ layout: PackageLayout, reader: ArchiveReader, problems: inout [TemplateProblem]) {
        guard layout.kind.isTemplate else { return }
        let mediaType = DocumentFileKind.documentMediaType(of: layout.format)
        if reader.entry(named: Dialect.openDocument.firstEntry) != nil {
            replacedParts[Dialect.openDocument.firstEntry] = Array(mediaType.utf8)
        }
        guard reader.entry(named: PackageLayout.manifestPart) != nil,
            let manifest = PackageXML.read(PackageLayout.manifestPart, in: reader, problems: &problems),
            let root = PackageLayout.manifestRoot(of: manifest)
        else { return }
        root.setAttribute(QualifiedName(PackageLayout.manifestNamespace, "media-type"), prefix: "manifest", mediaType)
        replacedParts[PackageLayout.manifestPart] = manifest.serialized()
    }
}
