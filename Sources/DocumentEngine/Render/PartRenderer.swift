/// Walks a compiled part for one record, appending the output bytes.
struct PartRenderer {
    let dialect: Dialect
    let filters: FilterRegistry
    let options: RenderOptions
    private(set) var problems: [RenderError.Problem] = []
    private var context: DataContext

    init(data: TemplateValue, dialect: Dialect, filters: FilterRegistry, options: RenderOptions) {
        self.dialect = dialect
        self.filters = filters
        self.options = options
        self.context = DataContext(root: data)
    }

    mutating func render(_ nodes: [TemplateNode], into output: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .literal(let bytes):
                output.append(contentsOf: bytes)
            case .value(let slot):
                if let text = evaluate(slot) { dialect.encode(text, &output) }
            case .section(let slot):
                renderSection(slot, into: &output)
            }
        }
    }

    private mutating func renderSection(_ slot: SectionSlot, into output: inout [UInt8]) {
        let value = context.resolve(slot.path) ?? .null
        if slot.inverted {
            if !value.isTruthy { render(slot.body, into: &output) }
            return
        }
        switch value {
        case .list(let items):
            for (index, item) in items.enumerated() {
                if index > 0, let separator = slot.separator { output.append(contentsOf: separator) }
                context.push(item, loop: (index, items.count))
                render(slot.body, into: &output)
                context.pop()
            }
        case _ where value.isTruthy:
            context.push(value)
            render(slot.body, into: &output)
            context.pop()
        default:
            break
        }
    }

    private mutating func evaluate(_ slot: ValueSlot) -> String? {
        let expression = slot.expression
        var value = context.resolve(expression.path)
        if value == nil {
            let tolerated = options.allowMissing || expression.filters.contains { filters[$0.name]?.acceptsMissing == true }
            guard tolerated else {
                problems.append(.init(location: slot.location, message: "no data for “\(expression.path)” (in “\(slot.source)”)"))
                return nil
            }
            value = .null
        }
        var current = value!
        for call in expression.filters {
            guard let filter = filters[call.name] else { return nil }
            let arguments = call.arguments.map { argument -> TemplateValue in
                switch argument {
                case .text(let text): .text(text)
                case .path(let path): context.resolve(path) ?? .null
                }
            }
            do throws(FilterFailure) {
                current = try filter.apply(current, arguments)
            } catch {
                problems.append(.init(location: slot.location, message: "“\(slot.source)”: \(error.message)"))
                return nil
            }
        }
        guard let text = current.printed else {
            problems.append(.init(location: slot.location,
                message: "“\(slot.source)” is a group of values; print one of its fields, such as “\(expression.path).full_name”"))
            return nil
        }
        return text
    }
}
