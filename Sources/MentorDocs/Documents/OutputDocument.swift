import DocumentEngine

/// One document to make as one file: a record, or all records of a kind merged into a print file.
struct OutputDocument: Sendable {
    var kind: DocumentKind
    var records: [DocumentRecord]
    var merged: Bool

    /// The documents `records` make: a file per record, or with `merge` a print file per kind,
    /// the kinds in their usual order and each kind's records in theirs.
    static func documents(for records: [DocumentRecord], merge: Bool) -> [OutputDocument] {
        guard merge else { return records.map { OutputDocument(kind: $0.kind, records: [$0], merged: false) } }
        return DocumentKind.allCases.compactMap { kind in
            let ofKind = records.filter { $0.kind == kind }
            return ofKind.isEmpty ? nil : OutputDocument(kind: kind, records: ofKind, merged: true)
        }
    }

    /// The file name without extension, inside the kind's folder.
    var name: String {
        merged ? FileNaming.safe(kind.printFileName) : records[0].baseName
    }

    /// Where the file goes, relative to the output folder: the kind's folder, the name, the extension.
    func path(extension fileExtension: String) -> String { "\(kind.folder)/\(name).\(fileExtension)" }

    /// What the file is for, as messages name it: a kind and an id and surname, or all of a kind.
    var owner: String {
        merged ? "all \(kind.rawValue) records" : "\(kind.rawValue) for \(records[0].subject)"
    }

    /// Who a failure is reported for: an id and a surname, or all records.
    var subject: String { merged ? "all records" : records[0].subject }

    /// The data the template is filled with; built now, so it is held only while rendering.
    var data: TemplateValue {
        merged ? .map([Self.mergedList: .list(records.map(\.data))]) : records[0].data
    }

    /// The list a merged print file repeats its body over.
    static let mergedList: FieldName = "records"
}
