/// Where a scan of a rendered sheet stands among the copies of its repeated rows: the marks
/// `RepeatedRows` left in the bytes are passed in order, each taken out by an edit, and tell which copy
/// of which section the rows that follow belong to (`places`, what `SheetLayout.row(_:from:)` reads).
struct RowCopyTracker {
    private var marks: ArraySlice<SheetLayout.Mark>
    private var openBlocks: [Int] = []
    /// The copy of each section the scan is in, outermost first.
    private(set) var places: [SheetLayout.Place] = []

    init(_ marks: [SheetLayout.Mark]) { self.marks = marks[...] }

    /// Passes the marks that stand before `offset`, adding an edit that takes each out.
    mutating func pass(to offset: Int, edits: inout [ByteEdit]) {
        while let mark = marks.first, mark.bytes.lowerBound < offset {
            marks.removeFirst()
            edits.append(ByteEdit(range: mark.bytes, bytes: []))
            switch mark.kind {
            case .block(let instance):
                openBlocks.append(instance)
            case .copy(let instance, _):
                if places.last?.instance == instance { places[places.count - 1].copy += 1 } else { places.append(.init(instance: instance, copy: 0)) }
            case .end:
                if let instance = openBlocks.popLast(), places.last?.instance == instance { places.removeLast() }
            }
        }
    }

    /// Takes out the marks left after the last tag.
    mutating func passAll(edits: inout [ByteEdit]) { pass(to: .max, edits: &edits) }
}
