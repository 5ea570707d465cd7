/// The named values of a group in the data (`mentor` → `full_name`, `is_minor`, …), in the order
/// they were set.
///
/// Groups are small (a person has about twenty fields), so a look-up compares the names' stored
/// hashes one after another instead of hashing the name again; a group that grows past
/// `indexedCount` also keeps an index.
public struct TemplateFields: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (name: FieldName, value: TemplateValue)

    private var entries: [Element] = []
    private var index: [FieldName: Int]?

    static let indexedCount = 32

    /// A group with no fields.
    public init() {}

    /// The fields in order; a name given twice keeps its last value.
    public init(_ elements: some Sequence<(FieldName, TemplateValue)>) {
        for (name, value) in elements { self[name] = value }
    }

    public init(dictionaryLiteral elements: (FieldName, TemplateValue)...) { self.init(elements) }

    /// The fields in order, when the caller knows no name is given twice (a row of thousands built
    /// the same way): the names are not compared. Giving a name twice is a mistake; which of its
    /// values would be found is not said.
    public init(uniqueNames elements: [(FieldName, TemplateValue)]) {
        entries = elements.map { (name: $0.0, value: $0.1) }
        if entries.count > Self.indexedCount { rebuildIndex() }
    }

    /// How many fields the group has.
    public var count: Int { entries.count }
    /// Whether it has no fields.
    public var isEmpty: Bool { entries.isEmpty }
    /// The names of the fields, in the order they were set.
    public var names: [FieldName] { entries.map(\.name) }

    public func makeIterator() -> IndexingIterator<[Element]> { entries.makeIterator() }

    /// The value of the field `name`, or nil when it is not set. Setting a new name adds the field at
    /// the end; setting nil removes it.
    public subscript(name: FieldName) -> TemplateValue? {
        get { position(of: name).map { entries[$0].value } }
        set {
            if let position = position(of: name) {
                if let newValue {
                    entries[position].value = newValue
                } else {
                    entries.remove(at: position)
                    rebuildIndex()
                }
            } else if let newValue {
                entries.append((name, newValue))
                if index != nil {
                    index![name] = entries.count - 1
                } else if entries.count > Self.indexedCount {
                    rebuildIndex()
                }
            }
        }
    }

    /// The same field by its name's text: `fields["full_name"]`.
    public subscript(name: String) -> TemplateValue? {
        get { self[FieldName(name)] }
        set { self[FieldName(name)] = newValue }
    }

    private func position(of name: FieldName) -> Int? {
        if let index { return index[name] }
        return entries.firstIndex { $0.name == name }
    }

    private mutating func rebuildIndex() {
        guard entries.count > Self.indexedCount else {
            index = nil
            return
        }
        var index: [FieldName: Int] = [:]
        index.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() { index[entry.name] = position }
        self.index = index
    }

    /// Equal when they hold the same names with equal values, in any order.
    public static func == (left: TemplateFields, right: TemplateFields) -> Bool {
        left.count == right.count && left.entries.allSatisfy { right[$0.name] == $0.value }
    }
}
