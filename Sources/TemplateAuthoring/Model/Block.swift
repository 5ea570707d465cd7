/// One block of a document's body, in reading order.
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case table(Table)
    /// A chart filled from data when the template is.
    case chart(Chart)
    /// The next block starts a new page. Page breaks in a row count as one; one at the end is dropped.
    case pageBreak
}

/// Lets a document's blocks be listed one per line, with `if` and `for` among them.
@resultBuilder
public enum BlockBuilder {
    public static func buildExpression(_ paragraph: Paragraph) -> [Block] { [.paragraph(paragraph)] }
    public static func buildExpression(_ table: Table) -> [Block] { [.table(table)] }
    public static func buildExpression(_ chart: Chart) -> [Block] { [.chart(chart)] }
    public static func buildExpression(_ line: SignatureLine) -> [Block] { [.table(line.table)] }
    public static func buildExpression(_ block: Block) -> [Block] { [block] }
    public static func buildExpression(_ blocks: [Block]) -> [Block] { blocks }
    public static func buildBlock(_ parts: [Block]...) -> [Block] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Block]?) -> [Block] { part ?? [] }
    public static func buildEither(first part: [Block]) -> [Block] { part }
    public static func buildEither(second part: [Block]) -> [Block] { part }
    public static func buildArray(_ parts: [[Block]]) -> [Block] { parts.flatMap { $0 } }
}
