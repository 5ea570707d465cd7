/// What one chart is filled with, read from the group its binding names:
///
/// ```
/// satisfaction:
///   series: [На входе, На выходе]        # optional: without it the template's names stay
///   categories:
///     - name: Встречи
///       values: ["6.5", "8"]              # one per series; empty for no value
/// ```
struct ChartData: Equatable {
    /// One name per series, or nil to keep the template's.
    var seriesNames: [String]?
    /// The categories' names, in order: the bars' labels.
    var categories: [String]
    /// For each series, one number per category as the caches write it (`7.5`), nil for a gap.
    var values: [[String?]]

    static let seriesField: FieldName = "series"
    static let categoriesField: FieldName = "categories"
    static let nameField: FieldName = "name"
    static let valuesField: FieldName = "values"

    /// Reads the group at `path` for a chart of `seriesCount` series; each problem names the
    /// place in the data (`satisfaction.categories.3.values.2`).
    static func read(_ value: TemplateValue, path: DataPath, seriesCount: Int) -> Result<ChartData, ChartDataError> {
        guard case .map(let group) = value else {
            return .failure(ChartDataError("“\(path)” is not a group with “series” and “categories”"))
        }
        var seriesNames: [String]?
        switch group[seriesField] {
        case nil, .null?:
            break
        case let value? where value.listItems != nil:
            let names = value.listItems!
            guard names.count == seriesCount else {
                return .failure(ChartDataError("“\(path).series” names \(names.count) series; the chart has \(seriesCount)"))
            }
            var texts: [String] = []
            for (index, name) in names.enumerated() {
                guard let text = name.printed, case .text = name else {
                    return .failure(ChartDataError("“\(path).series.\(index + 1)” is not text"))
                }
                texts.append(text)
            }
            seriesNames = texts
        default:
            return .failure(ChartDataError("“\(path).series” is not a list of names"))
        }
        let items: [TemplateValue]
        switch group[categoriesField] {
        case let value? where value.listItems != nil: items = value.listItems!
        case nil, .null?: return .failure(ChartDataError("“\(path)” has no “categories”"))
        default: return .failure(ChartDataError("“\(path).categories” is not a list"))
        }
        var categories: [String] = []
        var values = [[String?]](repeating: [], count: seriesCount)
        for (index, item) in items.enumerated() {
            let place = "\(path).categories.\(index + 1)"
            guard case .map(let fields) = item else { return .failure(ChartDataError("“\(place)” is not a group with “name” and “values”")) }
            guard case .text(let name)? = fields[nameField] else { return .failure(ChartDataError("“\(place).name” is missing or not text")) }
            guard let numbers = fields[valuesField]?.listItems else {
                return .failure(ChartDataError("“\(place).values” is missing or not a list"))
            }
            guard numbers.count == seriesCount else {
                return .failure(ChartDataError("“\(place).values” has \(numbers.count) values; the chart has \(seriesCount) series"))
            }
            categories.append(name)
            for (series, number) in numbers.enumerated() {
                switch number {
                case .null:
                    values[series].append(nil)
                case .text(let text) where text.trimmingWhitespace().isEmpty:
                    values[series].append(nil)
                case .text(let text):
                    guard let written = chartNumber(text) else {
                        return .failure(ChartDataError("“\(place).values.\(series + 1)” is “\(text)”, not a number"))
                    }
                    values[series].append(written)
                default:
                    return .failure(ChartDataError("“\(place).values.\(series + 1)” is not a number"))
                }
            }
        }
        return .success(ChartData(seriesNames: seriesNames, categories: categories, values: values))
    }

    /// A decimal number as a chart's caches and tables write it: `-3`, `7.5` (a decimal comma read
    /// as a point); nil for anything else.
    static func chartNumber(_ text: String) -> String? {
        let written = text.trimmingWhitespace().replacingComma()
        var scalars = Substring(written).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let digit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let whole = scalars.prefix(while: digit)
        guard !whole.isEmpty else { return nil }
        scalars = scalars.dropFirst(whole.count)
        if scalars.first == "." {
            let fraction = scalars.dropFirst().prefix(while: digit)
            guard !fraction.isEmpty else { return nil }
            scalars = scalars.dropFirst(1 + fraction.count)
        }
        return scalars.isEmpty ? written : nil
    }
}

/// Why the data bound to a chart cannot fill it, naming the place in the data.
struct ChartDataError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

extension String {
    fileprivate func replacingComma() -> String {
        String(unicodeScalars.map { $0 == "," ? "." : Character($0) })
    }
}
