/// The relationships of one OPC part (`_rels/.rels`, `word/_rels/document.xml.rels`): how a Word
/// package says which part is the document and which parts belong to it, whatever they are named.
struct PackageRelationships {
    struct Relationship {
        var id: String
        /// The type's last segment (`officeDocument`, `header`, `core-properties`), the same in
        /// transitional and strict OOXML.
        var kind: String
        /// The target part's name in the archive (no leading slash), resolved against the source.
        var target: String
    }

    static let namespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The part that lists `source`'s relationships; `""` stands for the package itself.
    static func partName(for source: String) -> String {
        guard let slash = source.lastIndex(of: "/") else { return "_rels/\(source).rels" }
        return "\(source[..<slash])/_rels/\(source[source.index(after: slash)...]).rels"
    }

    let source: String
    let relationships: [Relationship]

    /// Reads `source`'s relationships; nil when the package has none for it, or they cannot be read.
    static func read(of source: String, in reader: ArchiveReader, problems: inout [TemplateProblem]) -> PackageRelationships? {
        let name = partName(for: source)
        guard reader.entry(named: name) != nil else { return nil }
        guard let document = PackageXML.read(name, in: reader, problems: &problems) else { return nil }
        let relationships: [Relationship] = (document.root?.children ?? []).compactMap { node in
            guard node.is(QualifiedName(namespace, "Relationship")), node.plainAttribute("TargetMode") != "External",
                let type = node.plainAttribute("Type"), let target = node.plainAttribute("Target")
            else { return nil }
            return Relationship(id: node.plainAttribute("Id") ?? "", kind: String(type.split(separator: "/").last ?? ""),
                target: resolve(target, from: source))
        }
        return PackageRelationships(source: source, relationships: relationships)
    }

    func targets(ofKind kind: String) -> [String] {
        relationships.filter { $0.kind == kind }.map(\.target)
    }

    /// A target as a part name: absolute ones from the package root, others from the source's folder.
    static func resolve(_ target: String, from source: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : source.split(separator: "/").dropLast()
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
