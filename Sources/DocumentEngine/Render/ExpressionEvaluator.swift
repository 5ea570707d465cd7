/// Evaluates a tag's expression against the data: looks up the path, applies the filters,
/// and says what went wrong in words for the person who wrote the template.
struct ExpressionEvaluator {
    let filters: FilterRegistry
    let options: RenderOptions

    enum Outcome {
        case text(String)
        case problem(RenderError.Kind, String)
    }

    /// `memo` remembers the result of a tag's filters under `slot`, the tag's number in its part.
    func evaluate(_ expression: Expression, source: String, in context: DataContext, memo: (FilterMemo, slot: Int)? = nil) -> Outcome {
        var value = context.resolve(expression.path)
        if value == nil {
            let tolerated = options.allowMissing || expression.filters.contains { filters[$0.name]?.acceptsMissing == true }
            guard tolerated else { return .problem(.missingValue, "no data for “\(expression.path)” (in “\(source)”)") }
            value = .null
        }
        guard !expression.filters.isEmpty else { return printed(value!, source: source, path: expression.path) }
        let pathArguments = expression.hasPathArguments ? expression.filters.flatMap { values(of: $0.arguments, in: context) } : []
        // Only text is remembered: it is what filters are given, and cheap to compare.
        let remembered: (memo: FilterMemo, slot: Int, input: String)? =
            if let (memo, slot) = memo, case .text(let input) = value! { (memo, slot, input) } else { nil }
        if let remembered, let known = remembered.memo.output(slot: remembered.slot, input: remembered.input, arguments: pathArguments) {
            return .text(known)
        }
        var current = value!
        for call in expression.filters {
            guard let filter = filters[call.name] else { return .problem(.unknownFilter, "unknown filter “\(call.name)” in “\(source)”") }
            do throws(FilterFailure) {
                current = try filter.apply(current, values(of: call.arguments, in: context))
            } catch {
                return .problem(.filterFailed(error.kind), "“\(source)”: \(error.message)")
            }
        }
        let outcome = printed(current, source: source, path: expression.path)
        if let remembered, case .text(let output) = outcome {
            remembered.memo.remember(slot: remembered.slot, input: remembered.input, arguments: pathArguments, output: output)
        }
        return outcome
    }

    private func values(of arguments: [FilterArgument], in context: DataContext) -> [TemplateValue] {
        arguments.map { argument in
            switch argument {
            case .text(let text): .text(text)
            case .path(let path): context.resolve(path) ?? .null
            }
        }
    }

    private func printed(_ value: TemplateValue, source: String, path: DataPath) -> Outcome {
        guard let text = value.printed else {
            return .problem(.wrongValueType, "“\(source)” is a group of values; print one of its fields, such as “\(path).full_name”")
        }
        return .text(text)
    }
}
