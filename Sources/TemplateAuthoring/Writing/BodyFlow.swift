/// The body's paragraphs and tables with each page break folded into the block after it,
/// which is how both formats express it (`w:pageBreakBefore`, `fo:break-before`).
enum BodyFlow {
    enum Item {
        case paragraph(Paragraph)
        case table(Table)
        case chart(Chart)
    }

    static func items(_ blocks: [Block]) -> [Item] {
        var items: [Item] = []
        var breakPending = false
        for block in blocks {
            switch block {
            case .pageBreak:
                breakPending = !items.isEmpty
            case .paragraph(var paragraph):
                if breakPending { paragraph.pageBreakBefore = true }
                breakPending = false
                items.append(.paragraph(paragraph))
            case .table(var table):
                if breakPending { table.pageBreakBefore = true }
                breakPending = false
                items.append(.table(table))
            case .chart(var chart):
                if breakPending { chart.pageBreakBefore = true }
                breakPending = false
                items.append(.chart(chart))
            }
        }
        return items
    }
}
