/// A list whose items are made one at a time, as they are read: a register of ten thousand rows is
/// rendered while only the row being printed is held, not all of them (`TemplateValue.lazyList`).
///
/// Each read makes the item again: `item` must give the same value for the same index.
public struct LazyList: Sendable, Equatable, RandomAccessCollection {
    public let count: Int
    private let item: @Sendable (Int) -> TemplateValue

    /// A list of `count` items, item `i` made by `item(i)` each time it is read.
    public init(count: Int, item: @escaping @Sendable (Int) -> TemplateValue) {
        self.count = Swift.max(0, count)
        self.item = item
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(index: Int) -> TemplateValue { item(index) }

    /// Equal when they have equal items (each made to be compared).
    public static func == (left: LazyList, right: LazyList) -> Bool {
        left.count == right.count && left.indices.allSatisfy { left[$0] == right[$0] }
    }
}
