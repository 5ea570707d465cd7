/// Walks a compiled part for one record, appending the output bytes.
struct PartRenderer {
    let part: String
    let dialect: Dialect
    let evaluator: ExpressionEvaluator
    var problems: [RenderError.Problem] = []
    private var context: DataContext
    private let memo: FilterMemo
    /// In a sheet: where its rows stand among the copies of repeated rows.
    var rows = SheetRowCursor()
    /// A cell's text rendered before the cell is written (reused from cell to cell).
    var cellText: [UInt8] = []
    /// In a sheet that may be spooled: the size past which its rows go to `spool`.
    var spoolingFrom: Int?
    /// Where the rows of a large sheet went, once they went.
    private(set) var spool: SheetSpool?

    init(part: String, context: DataContext, dialect: Dialect, filters: FilterRegistry, options: RenderOptions, memo: FilterMemo) {
        self.part = part
        self.dialect = dialect
        self.memo = memo
        self.evaluator = ExpressionEvaluator(filters: filters, options: options)
        self.context = context
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
            case .sheet(let node):
                render(node, into: &output)
            }
        }
    }

    private mutating func renderSection(_ slot: SectionSlot, into output: inout [UInt8]) {
        let value: TemplateValue
        if let found = context.resolveSection(slot.path) {
            value = found
        } else {
            if !evaluator.options.allowMissing {
                problems.append(RenderError.Problem(.missingSection, location: slot.location,
                    "no data for “\(slot.path)” (in “\(slot.source)”): the section's name is not in the data; a section is hidden for false, null or an empty list, but a name that is not there at all is a mistake (misspelt?)"))
            }
            value = .null
        }
        if slot.inverted || !slot.repeats {
            if value.isTruthy != slot.inverted { render(slot.body, into: &output) }
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
        case .lazyList(let list):
            // Each item is made, printed and let go before the next.
            for index in list.indices {
                if index > 0, let separator = slot.separator { output.append(contentsOf: separator) }
                context.push(list[index], loop: (index, list.count))
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

    /// At the end of repeated rows: hands what was printed to the spool once it is large enough.
    mutating func spoolRows(_ output: inout [UInt8]) {
        guard let limit = spoolingFrom, output.count >= limit else { return }
        if spool == nil { spool = SheetSpool(threshold: limit) }
        guard let spool else {
            spoolingFrom = nil  // no temporary file can be made: the sheet stays in memory
            return
        }
        spool.take(&output)
        if spool.failure != nil, !spool.holdsRows {
            // Nothing went to the file (the sheet's start was too large): it stays in memory.
            self.spool = nil
            spoolingFrom = nil
        }
    }

    mutating func evaluate(_ slot: ValueSlot) -> String? {
        switch evaluator.evaluate(slot.expression, source: slot.source, in: context, memo: (memo, slot.index)) {
        case .text(let text):
            return text
        case .problem(let kind, let message):
            problems.append(RenderError.Problem(kind, location: slot.location, message))
            return nil
        }
    }
}
