/// A parsed value of a spec, with where it stands in the file.
public struct SpecNode: Sendable {
    public enum Kind: Sendable {
        case null
        case scalar(SpecScalar)
        case sequence([SpecNode])
        case mapping([SpecEntry])
    }

    public var location: SourceLocation
    public var kind: Kind

    public init(location: SourceLocation, kind: Kind) {
        self.location = location
        self.kind = kind
    }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> SpecNode? {
        guard case .mapping(let entries) = kind else { return nil }
        return entries.first { $0.key == key }?.value
    }

    public var entries: [SpecEntry] {
        if case .mapping(let entries) = kind { return entries }
        return []
    }

    public var items: [SpecNode] {
        if case .sequence(let items) = kind { return items }
        return []
    }

    public var scalar: SpecScalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    /// `null`, `~` or nothing at all.
    public var isNull: Bool {
        switch kind {
        case .null: return true
        case .scalar(let scalar): return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.text)
        default: return false
        }
    }
}

/// One `key: value` of a mapping.
public struct SpecEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: SpecNode

    public init(key: String, keyLocation: SourceLocation, value: SpecNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// A value as written: the text, and how it was quoted.
public struct SpecScalar: Sendable, Equatable {
    public enum Style: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style

    public init(text: String, style: Style) {
        self.text = text
        self.style = style
    }
}
