/// A compiled part: XML bytes to copy, values to print, sections to repeat.
indirect enum TemplateNode: Sendable {
    case literal([UInt8])
    case value(ValueSlot)
    case section(SectionSlot)
    /// What a sheet prints where its rows land or as its values turn out (a row's number, a typed cell).
    case sheet(SheetNode)
}

struct ValueSlot: Sendable {
    /// The tag's number in its part, unique there.
    var index: Int
    var expression: Expression
    var source: String
    var location: TagLocation
}

struct SectionSlot: Sendable {
    var path: DataPath
    var inverted: Bool
    var source: String
    var location: TagLocation
    var body: [TemplateNode]
    /// Bytes put between two repeated items (a page break), if asked for.
    var separator: [UInt8]?
    /// False for a guard: the body shows once when the section would show anything, and the data
    /// is not entered (a table around a row loop).
    var repeats = true
}
