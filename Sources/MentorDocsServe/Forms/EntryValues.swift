import MentorDocs

/// An entry's fields as a form changes them: what the form shows is set at its path, the rest of the
/// entry (fields the form does not show, a comment's neighbours) stays as the spec has it.
struct EntryValues: Sendable {
    private(set) var fields: [SpecField]
    /// Groups written on one line, as the spec's example writes them: `document: { kind: passport, … }`.
    let inlineGroups: Set<String>

    init(_ entry: SpecValue?, inlineGroups: Set<String>) {
        if case .fields(let fields, _)? = entry { self.fields = fields } else { self.fields = [] }
        self.inlineGroups = inlineGroups
    }

    /// The value at a dotted path, if the entry has one.
    func value(at path: String) -> SpecValue? {
        var value = SpecValue.fields(fields, .block)
        for key in path.split(separator: ".") {
            guard let next = value[String(key)] else { return nil }
            value = next
        }
        return value
    }

    /// Sets the value at a dotted path, making the groups on the way; an empty value removes the field.
    mutating func set(_ path: String, to value: SpecValue) {
        fields = Self.setting(Array(path.split(separator: ".").map(String.init)), to: value, in: fields, prefix: "", inlineGroups: inlineGroups)
    }

    /// Removes the field at a dotted path.
    mutating func remove(_ path: String) { set(path, to: .text("")) }

    private static func setting(_ keys: [String], to value: SpecValue, in fields: [SpecField], prefix: String, inlineGroups: Set<String>) -> [SpecField] {
        var fields = fields
        let key = keys[0], path = prefix.isEmpty ? key : prefix + "." + key
        let index = fields.firstIndex { $0.key == key }
        if keys.count == 1 {
            if let index { fields[index].value = value } else if !value.isEmpty { fields.append(SpecField(key, value)) }
            return fields
        }
        var inner: [SpecField] = []
        if let index, case .fields(let existing, _) = fields[index].value { inner = existing }
        inner = setting(Array(keys.dropFirst()), to: value, in: inner, prefix: path, inlineGroups: inlineGroups)
        let group = SpecValue.fields(inner, inlineGroups.contains(path) ? .inline : .block)
        if let index { fields[index].value = group } else if !group.isEmpty { fields.append(SpecField(key, group)) }
        return fields
    }
}
