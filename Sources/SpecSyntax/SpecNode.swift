/// A parsed value of a spec, with where it stands in the file.
public struct SpecNode: Sendable {
    /// What a node holds.
    public enum Kind: Sendable {
        /// Nothing written: `key:` with no value, a `-` with no item. (`~` and `null` are plain
        /// scalars; `isNull` tells all three.)
        case null
        /// A single value: text, a number, a date, as written.
        case scalar(SpecScalar)
        /// A list: `- item` lines or `[a, b]`.
        case sequence([SpecNode])
        /// A group of `key: value` entries, in the order of the file.
        case mapping([SpecEntry])
    }

    /// Where the value starts in the file.
    public var location: SourceLocation
    /// What it holds.
    public var kind: Kind

    /// A node holding `kind`, found at `location`.
    public init(location: SourceLocation, kind: Kind) {
        self.location = location
        self.kind = kind
    }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> SpecNode? {
        guard case .mapping(let entries) = kind else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The entries of a mapping, in order; empty for any other node.
    public var entries: [SpecEntry] {
        if case .mapping(let entries) = kind { return entries }
        return []
    }

    /// The items of a sequence, in order; empty for any other node.
    public var items: [SpecNode] {
        if case .sequence(let items) = kind { return items }
        return []
    }

    /// The value of a scalar; nil for any other node.
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
    /// The key as written, unquoted: `full_name`.
    public var key: String
    /// Where the key stands, for messages about the entry (a duplicate key, an unknown one).
    public var keyLocation: SourceLocation
    /// The value after the colon.
    public var value: SpecNode

    /// The entry `key: value`, its key at `keyLocation`.
    public init(key: String, keyLocation: SourceLocation, value: SpecNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// A value as written: the text, and how it was quoted.
public struct SpecScalar: Sendable, Equatable {
    /// How a scalar is written.
    public enum Style: Sendable {
        /// `plain`: unquoted; `singleQuoted`: `'…'`; `doubleQuoted`: `"…"` with escapes; `literal`: a `|` block
        /// keeping line breaks; `folded`: a `>` block folding them into spaces.
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The text, quotes and escapes resolved: `Соколова Анна Петровна`.
    public var text: String
    /// How it was written; only a plain scalar can be `null`, `true` or `false`.
    public var style: Style

    /// A scalar of `text`, written in `style`.
    public init(text: String, style: Style) {
        self.text = text
        self.style = style
    }
}
