/// The filters a template may use, looked up by name when it is compiled.
///
/// The engine brings the general ones; other modules register their own (the Russian cases, say).
public struct FilterRegistry: Sendable {
    private var filters: [String: Filter] = [:]

    public init(_ filters: [Filter] = []) {
        for filter in filters { register(filter) }
    }

    public mutating func register(_ filter: Filter) { filters[filter.name] = filter }

    /// Registers the same filter under another name (a Russian alias, say).
    public mutating func alias(_ alias: String, for name: String) {
        guard var filter = filters[name] else { return }
        filter.name = alias
        filters[alias] = filter
    }

    public subscript(name: String) -> Filter? { filters[name] }

    public var names: [String] { filters.keys.sorted() }

    public func merging(_ other: FilterRegistry) -> FilterRegistry {
        var merged = self
        for filter in other.filters.values { merged.register(filter) }
        return merged
    }

    /// `upper`, `lower`, `capitalize`, `default`, `date`, `trim`.
    public static let standard = FilterRegistry(StandardFilters.all)
}
