/// Rows of a sheet that one section repeats: the template's rows `first...last` (numbered as in
/// the template, counting from 1), and the row sections nested inside them.
struct RowBlock: Sendable, Equatable {
    var first: Int
    var last: Int
    var inner: [RowBlock] = []

    var height: Int { last - first + 1 }

    func contains(_ row: Int) -> Bool { first <= row && row <= last }

    /// The blocks of `blocks` (and their inner blocks) that hold `row`, outermost first.
    static func chain(of row: Int, in blocks: [RowBlock]) -> [RowBlock] {
        var chain: [RowBlock] = []
        var level = blocks
        while let block = level.first(where: { $0.contains(row) }) {
            chain.append(block)
            level = block.inner
        }
        return chain
    }
}
