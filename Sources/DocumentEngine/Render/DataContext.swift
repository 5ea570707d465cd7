/// The stack of values a tag's path is looked up in: the record at the bottom, the items of the
/// sections being repeated above it. A name is looked for from the innermost item outwards,
/// so the root stays reachable inside every loop.
struct DataContext {
    struct Frame {
        var value: TemplateValue
        var loop: (index: Int, count: Int)?
    }

    private(set) var frames: [Frame]

    init(root: TemplateValue) { frames = [Frame(value: root, loop: nil)] }

    mutating func push(_ value: TemplateValue, loop: (index: Int, count: Int)? = nil) {
        frames.append(Frame(value: value, loop: loop))
    }

    mutating func pop() { frames.removeLast() }

    /// The value at `path`, or nil when there is none; a null value counts as none, so that data
    /// left empty is reported like data left out.
    func resolve(_ path: DataPath) -> TemplateValue? {
        let value = lookUp(path)
        if case .null? = value { return nil }
        return value
    }

    /// The value a section is shown for: nil only when the data has no such name (absent), while a
    /// null value is there and counts as false.
    func resolveSection(_ path: DataPath) -> TemplateValue? { lookUp(path) }

    private func lookUp(_ path: DataPath) -> TemplateValue? {
        guard let first = path.segments.first else { return frames.last?.value }
        var value: TemplateValue
        switch first {
        case .loop(let name):
            guard let loop = frames.last(where: { $0.loop != nil })?.loop else { return nil }
            value = switch name {
            case "index": .text(String(loop.index + 1))
            case "first": .bool(loop.index == 0)
            case "last": .bool(loop.index == loop.count - 1)
            default: .text(String(loop.count))
            }
        case .key(let name):
            guard let found = innermost(name) else { return nil }
            value = found
        case .position:
            guard let current = frames.last?.value, let found = Self.step(current, first) else { return nil }
            value = found
        }
        for segment in path.segments.dropFirst() {
            guard let next = Self.step(value, segment) else { return nil }
            value = next
        }
        return value
    }

    /// The value of `name` in the innermost frame that has it.
    private func innermost(_ name: FieldName) -> TemplateValue? {
        var level = frames.count - 1
        while level >= 0 {
            if case .map(let fields) = frames[level].value, let found = fields[name] { return found }
            level -= 1
        }
        return nil
    }

    private static func step(_ value: TemplateValue, _ segment: DataPath.Segment) -> TemplateValue? {
        switch (value, segment) {
        case (.map(let fields), .key(let name)): fields[name]
        case (.list(let items), .position(let position)): items.indices.contains(position - 1) ? items[position - 1] : nil
        case (.lazyList(let list), .position(let position)): list.indices.contains(position - 1) ? list[position - 1] : nil
        default: nil
        }
    }
}
