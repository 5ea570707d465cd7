import MentorDocs

/// The errors of a saved entry, each beside the field it is about: found by where it stands in the
/// edited spec, so the library alone decides what is wrong.
struct FormProblems: Sendable {
    /// By form field name, in the order found.
    private(set) var byField: [String: [String]] = [:]
    /// About the entry as a whole («a minor needs a representative»), or about another entry the
    /// change touches: shown above the form.
    private(set) var general: [String] = []

    var isEmpty: Bool { byField.isEmpty && general.isEmpty }
    var count: Int { byField.values.map(\.count).reduce(0, +) + general.count }

    init() {}

    /// `diagnostics` placed in `entry` (the entry as the edited spec has it); `fieldName` turns a path
    /// in the spec into the name of the form's field, and `names` are the fields the form has.
    init(_ diagnostics: [SpecDiagnostic], entry: SpecNode?, names: [String], fieldName: ([String]) -> String) {
        for diagnostic in diagnostics {
            let message = diagnostic.russianMessage
            // A field missing, or the entry's own problem, stands at its group's start and names the field.
            let named = Self.namedField(in: diagnostic.message).flatMap { name in
                entry.flatMap { Self.mappingPath(at: diagnostic.location, in: $0) }.map { $0 + name }
            }
            guard let entry, let path = named ?? (diagnostic.location == entry.location ? nil : Self.path(to: diagnostic.location, in: entry))
            else {
                general.append(message)
                continue
            }
            let name = fieldName(path)
            if let field = names.first(where: { $0 == name }) ?? names.first(where: { $0.hasPrefix(name + ".") }) {
                byField[field, default: []].append(message)
            } else {
                general.append(message)
            }
        }
    }

    func messages(for name: String) -> [String] { byField[name] ?? [] }

    /// The field a problem of a whole group names in its words:
    /// «“full_name” is required here», «add a “representative”», «the id “s3” is used twice».
    static func namedField(in message: String) -> [String]? {
        if message.hasPrefix("the id “") { return ["id"] }
        guard let open = message.firstIndex(of: "“"), let close = message[open...].firstIndex(of: "”") else { return nil }
        let name = message[message.index(after: open)..<close]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }), name.allSatisfy(\.isASCII) else { return nil }
        return [String(name)]
    }

    /// The keys and indices down to the group of fields that starts at `location`; nil when none does.
    static func mappingPath(at location: SourceLocation, in node: SpecNode) -> [String]? {
        switch node.kind {
        case .mapping(let entries):
            if node.location == location { return [] }
            for entry in entries {
                if let path = mappingPath(at: location, in: entry.value) { return [entry.key] + path }
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                if let path = mappingPath(at: location, in: item) { return ["\(index)"] + path }
            }
        default:
            break
        }
        return nil
    }

    /// The keys and indices down to the field that holds `location`; nil when it is outside the entry.
    static func path(to location: SourceLocation, in node: SpecNode) -> [String]? {
        func before(_ left: SourceLocation, _ right: SourceLocation) -> Bool { (left.line, left.column) <= (right.line, right.column) }
        guard location.file == node.location.file else { return nil }
        switch node.kind {
        case .mapping(let entries):
            guard let entry = entries.last(where: { before($0.keyLocation, location) }) else { return [] }
            return [entry.key] + (path(to: location, in: entry.value) ?? [])
        case .sequence(let items):
            guard let index = items.lastIndex(where: { before($0.location, location) }) else { return [] }
            return ["\(index)"] + (path(to: location, in: items[index]) ?? [])
        default:
            return []
        }
    }
}
