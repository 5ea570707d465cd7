/// A workbook's parts, found the way Excel finds them: the sheets in `workbook.xml` in their order
/// with the parts their relationships name, the shared strings and the styles.
struct WorkbookParts {
    struct Sheet {
        var name: String
        var part: String
    }

    let workbookPart: String
    let sheets: [Sheet]
    let sharedStringsPart: String?
    let stylesPart: String?
    /// Dates count from 1904 (`workbookPr/@date1904`), as some Mac workbooks do, instead of 1900.
    let date1904: Bool
    /// `calcChain.xml`: Excel's order of computing formulas, which names cells by their place.
    let calculationChainPart: String?

    init(workbookPart: String, reader: ArchiveReader, problems: inout [TemplateProblem]) {
        self.workbookPart = workbookPart
        let namespace = Dialect.spreadsheetNamespace
        let relationships = PackageRelationships.read(of: workbookPart, in: reader, problems: &problems)
        var targets: [String: String] = [:]
        for relationship in relationships?.relationships ?? [] { targets[relationship.id] = relationship.target }
        sharedStringsPart = relationships?.targets(ofKind: "sharedStrings").first { reader.entry(named: $0) != nil }
        stylesPart = relationships?.targets(ofKind: "styles").first { reader.entry(named: $0) != nil }
        calculationChainPart = relationships?.targets(ofKind: "calcChain").first { reader.entry(named: $0) != nil }
        var sheets: [Sheet] = []
        var date1904 = false
        if let document = PackageXML.read(workbookPart, in: reader, problems: &problems), let root = document.root {
            for child in root.children {
                if child.is(QualifiedName(namespace, "workbookPr")) {
                    date1904 = ["1", "true"].contains(child.plainAttribute("date1904") ?? "")
                } else if child.is(QualifiedName(namespace, "sheets")) {
                    for sheet in child.children where sheet.is(QualifiedName(namespace, "sheet")) {
                        guard let name = sheet.plainAttribute("name"),
                            let id = sheet.attribute(QualifiedName(Self.relationshipsNamespace, "id")),
                            let part = targets[id], reader.entry(named: part) != nil
                        else { continue }
                        sheets.append(Sheet(name: name, part: part))
                    }
                }
            }
        }
        self.sheets = sheets
        self.date1904 = date1904
    }

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The sheet a formula's prefix names, matched as Excel matches names: letter case aside.
    func sheet(named name: String) -> Sheet? {
        let lowered = name.lowercased()
        return sheets.first { $0.name.lowercased() == lowered }
    }
}
