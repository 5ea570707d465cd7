/// Evaluates a tag's expression against the data: looks up the path, applies the filters,
/// and says what went wrong in words for the person who wrote the template.
struct ExpressionEvaluator {
    let filters: FilterRegistry
    let options: RenderOptions

    enum Outcome {
        case text(String)
        case problem(String)
    }

    func evaluate(_ expression: Expression, source: String, in context: DataContext) -> Outcome {
        var value = context.resolve(expression.path)
        if value == nil {
            let tolerated = options.allowMissing || expression.filters.contains { filters[$0.name]?.acceptsMissing == true }
            guard tolerated else { return .problem("no data for “\(expression.path)” (in “\(source)”)") }
            value = .null
        }
        var current = value!
        for call in expression.filters {
            guard let filter = filters[call.name] else { return .problem("unknown filter “\(call.name)” in “\(source)”") }
            let arguments = call.arguments.map { argument -> TemplateValue in
                switch argument {
                case .text(let text): .text(text)
                case .path(let path): context.resolve(path) ?? .null
                }
            }
            do throws(FilterFailure) {
                current = try filter.apply(current, arguments)
            } catch {
                return .problem("“\(source)”: \(error.message)")
            }
        }
        guard let text = current.printed else {
            return .problem("“\(source)” is a group of values; print one of its fields, such as “\(expression.path).full_name”")
        }
        return .text(text)
    }
}
