/// The filters a template may use, looked up by name when it is compiled.
///
/// The engine brings the general ones; other modules register their own (the Russian cases, say).
public struct FilterRegistry: Sendable {
    private var filters: [String: Filter] = [:]

    /// A registry of `filters`; of two with the same name, the last is kept.
    public init(_ filters: [Filter] = []) {
        for filter in filters { register(filter) }
    }

    /// Adds `filter`, in place of one of the same name.
    public mutating func register(_ filter: Filter) { filters[filter.name] = filter }

    /// Registers the same filter under another name (a Russian alias, say).
    public mutating func alias(_ alias: String, for name: String) {
        guard var filter = filters[name] else { return }
        filter.name = alias
        filters[alias] = filter
    }

    /// The filter called `name`, or nil when none is registered.
    public subscript(name: String) -> Filter? { filters[name] }

    /// The names of every registered filter, aliases included, in alphabetical order.
    public var names: [String] { filters.keys.sorted() }

    /// These filters together with `other`'s; where both have a name, `other`'s filter is kept.
    public func merging(_ other: FilterRegistry) -> FilterRegistry {
        var merged = self
        for filter in other.filters.values { merged.register(filter) }
        return merged
    }

    /// `upper`, `lower`, `capitalize`, `default`, `date`, `trim`.
    public static let standard = FilterRegistry(StandardFilters.all)
}
