#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the rows of one rendered sheet went, read from the marks `RepeatedRows` put around each
/// section over rows: which blocks of template rows were printed how many times, and so the row
/// each template row became — in each copy of the blocks it is in.
///
/// A block printed in place of template rows F…L is an *instance*; each of its copies is a
/// *region* of output rows holding the rows F…L once (and the instances of sections nested in
/// them). The sheet itself is the root region.
struct SheetLayout {
    struct Instance {
        var first: Int
        var last: Int
        /// Its copies, as regions, in order.
        var copies: [Int] = []
        /// How many rows the instance adds to the sheet (fewer when negative).
        var delta = 0
    }

    struct Region {
        /// The template row the region's first output row stands for (1 for the sheet).
        var templateStart: Int
        var outputStart = 1
        /// The instances printed in it, in order of their rows.
        var instances: [Int] = []
        /// `deltas[i]`: rows added by the instances before the i-th.
        var deltas: [Int] = [0]
    }

    /// A copy of a block that a cell or formula stands in.
    struct Place: Equatable {
        var instance: Int
        var copy: Int
    }

    /// One mark in the rendered sheet and what it does to the place rows stand in.
    struct Mark {
        enum Kind { case block(Int), copy(Int, region: Int), end }
        var kind: Kind
        var bytes: Range<Int>
    }

    private(set) var instances: [Instance] = []
    private(set) var regions: [Region] = [Region(templateStart: 1)]
    private(set) var marks: [Mark] = []
    /// While marks are passed: the instance and region each open section stands in.
    private var open: [(instance: Int?, region: Int)] = [(nil, 0)]

    /// Which end of a range a row is, for a row in a block printed a number of times other than once.
    enum Side { case start, end, single }

    init() {}

    /// Reads the marks of a rendered sheet.
    init(rendered bytes: [UInt8]) { self.init(rendered: bytes[...]) }

    /// Reads the marks of a rendered sheet that is a stretch of a part (an ODF table of `content.xml`);
    /// the marks' places are the part's.
    init(rendered bytes: ArraySlice<UInt8>) {
        let opening = Array("<?\(RepeatedRows.markName) ".utf8)
        var index = bytes.startIndex
        while let start = Self.find(opening, in: bytes, from: index) {
            guard let close = Self.find(Array("?>".utf8), in: bytes, from: start) else { break }
            index = close + 2
            guard let mark = RowsMark(text: String(decoding: bytes[(start + opening.count)..<close], as: UTF8.self)) else { continue }
            pass(mark, at: start..<index)
        }
        finishPassing()
    }

    /// Follows one mark of the sheet, in the order printed; `bytes`, where it stands in the rendered
    /// sheet (to be taken out), or nil when the sheet was printed without marks (`SheetRowCursor`).
    mutating func pass(_ mark: RowsMark, at bytes: Range<Int>?) {
        switch mark {
        case .copy:
            if open.last?.instance == nil, open.count > 1 { open.removeLast() }
            guard let instance = open.last?.instance else { return }
            let region = regions.count
            regions.append(Region(templateStart: instances[instance].first))
            instances[instance].copies.append(region)
            open.append((nil, region))
            if let bytes { marks.append(Mark(kind: .copy(instance, region: region), bytes: bytes)) }
        case .end:
            if open.last?.instance == nil, open.count > 1 { open.removeLast() }
            if open.last?.instance != nil { open.removeLast() }
            if let bytes { marks.append(Mark(kind: .end, bytes: bytes)) }
        case .block(let first, let last):
            guard let region = open.last?.region, open.last?.instance == nil else { return }
            let instance = instances.count
            instances.append(Instance(first: first, last: last))
            regions[region].instances.append(instance)
            open.append((instance, region))
            if let bytes { marks.append(Mark(kind: .block(instance), bytes: bytes)) }
        }
    }

    /// Works out every region's rows once the last mark is passed.
    mutating func finishPassing() {
        open = [(nil, 0)]
        _ = layOut(region: 0, from: 1, height: 0)
    }

    var repeatsRows: Bool { !instances.isEmpty }

    /// Gives each region its first output row; returns how many rows it takes (`height` in the template).
    private mutating func layOut(region: Int, from outputStart: Int, height: Int) -> Int {
        regions[region].outputStart = outputStart
        var added = 0
        var deltas = [0]
        for instance in regions[region].instances {
            let block = instances[instance]
            var start = outputStart + (block.first - regions[region].templateStart) + added
            var total = 0
            for copy in block.copies {
                let copyHeight = layOut(region: copy, from: start, height: block.last - block.first + 1)
                start += copyHeight
                total += copyHeight
            }
            instances[instance].delta = total - (block.last - block.first + 1)
            added += instances[instance].delta
            deltas.append(added)
        }
        regions[region].deltas = deltas
        return height + added
    }

    /// The output row of template row `row`, seen from a cell in `places` (the copies it stands in,
    /// outermost first). In a block the cell is in, a relative row is the cell's own copy's, a
    /// fixed one (`$5`) the first copy's; in a block it is not in, the start of a range is the first
    /// copy's row and the end the last copy's. Nil for a row that was printed no times, when it is
    /// not the end of a range (a range's end moves to the rows beside the missing ones).
    func row(_ row: Int, from places: [Place] = [], fixed: Bool = false, side: Side = .single) -> Int? {
        var region = 0
        while true {
            let current = regions[region]
            let found = lastInstance(in: current, startingAtOrBefore: row)
            if let found, instances[current.instances[found]].last >= row {
                let id = current.instances[found]
                let instance = instances[id]
                let base = current.outputStart + (instance.first - current.templateStart) + current.deltas[found]
                guard !instance.copies.isEmpty else {
                    switch side {
                    case .start: return base
                    case .end: return base - 1
                    case .single: return nil
                    }
                }
                let copy: Int
                if let place = places.first(where: { $0.instance == id }) {
                    copy = fixed ? 0 : place.copy
                } else {
                    copy = side == .end ? instance.copies.count - 1 : 0
                }
                region = instance.copies[copy]
                continue
            }
            let before = found.map { $0 + 1 } ?? 0
            return current.outputStart + (row - current.templateStart) + current.deltas[before]
        }
    }

    /// Every set of copies the rows `first…last` stand in together: one per copy of the blocks
    /// that hold both (for a merged range or formatting inside repeated rows, which is repeated with them).
    func placesHolding(_ first: Int, _ last: Int) -> [[Place]] {
        var result: [[Place]] = []
        func visit(_ region: Int, _ places: [Place]) {
            let current = regions[region]
            guard let found = lastInstance(in: current, startingAtOrBefore: first),
                instances[current.instances[found]].last >= last
            else {
                result.append(places)
                return
            }
            let id = current.instances[found]
            for (number, copy) in instances[id].copies.enumerated() { visit(copy, places + [Place(instance: id, copy: number)]) }
        }
        visit(0, [])
        return result
    }

    /// The number of the last instance of the region that starts at or before `row`.
    private func lastInstance(in region: Region, startingAtOrBefore row: Int) -> Int? {
        var low = 0
        var high = region.instances.count
        while low < high {
            let middle = (low + high) / 2
            if instances[region.instances[middle]].first <= row { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.endIndex - needle.count else { return nil }
        // Every byte of a sheet of 100,000 cells passes here: the C library's search, through pointers.
        return haystack.withUnsafeBufferPointer { buffer -> Int? in
            let base = haystack.startIndex
            let offset = max(start, base) - base
            return needle.withUnsafeBufferPointer { wanted -> Int? in
                var index = offset
                let limit = buffer.count - wanted.count
                while index <= limit {
                    guard let found = memchr(buffer.baseAddress! + index, Int32(wanted[0]), limit + 1 - index) else { return nil }
                    index = buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(buffer.baseAddress! + index, wanted.baseAddress!, wanted.count) == 0 { return base + index }
                    index += 1
                }
                return nil
            }
        }
    }
}
