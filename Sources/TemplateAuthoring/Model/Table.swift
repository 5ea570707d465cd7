/// A table: columns of set widths, rows of cells holding paragraphs.
public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case left, center, right }

    public var columns: [ColumnWidth]
    public var rows: [TableRow]
    /// Lines around and between all cells; without them only cells' own rules print.
    public var borders: Bool
    /// The first this many rows repeat at the top of every page the table runs onto.
    public var headerRows: Int
    public var alignment: Alignment
    /// Centimetres of space left and right of the text in each cell.
    public var cellPadding: Double
    /// The whole table stays on one page (a signature with its captions).
    public var keepTogether: Bool
    /// The table starts a new page (set by `Block.pageBreak`).
    public var pageBreakBefore: Bool

    public init(
        columns: [ColumnWidth],
        borders: Bool = true,
        headerRows: Int = 0,
        alignment: Alignment = .left,
        cellPadding: Double = 0.1,
        keepTogether: Bool = false,
        pageBreakBefore: Bool = false,
        rows: [TableRow]
    ) {
        self.columns = columns
        self.rows = rows
        self.borders = borders
        self.headerRows = headerRows
        self.alignment = alignment
        self.cellPadding = cellPadding
        self.keepTogether = keepTogether
        self.pageBreakBefore = pageBreakBefore
    }
}

/// A column's width: fixed in centimetres, or a share of what the fixed ones leave of the text width.
public enum ColumnWidth: Sendable, Equatable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case fixed(Double)
    case flexible(Double)

    public init(floatLiteral value: Double) { self = .fixed(value) }
    public init(integerLiteral value: Int) { self = .fixed(Double(value)) }

    /// Widths in centimetres; flexible columns share `textWidth` less the fixed ones by weight.
    static func resolve(_ columns: [ColumnWidth], textWidth: Double) throws(AuthoringError) -> [Double] {
        var fixed = 0.0
        var weights = 0.0
        for column in columns {
            switch column {
            case .fixed(let width): fixed += width
            case .flexible(let weight): weights += weight
            }
        }
        let rest = textWidth - fixed
        if weights > 0, rest <= 0 {
            throw AuthoringError(.tableTooNarrow, "the fixed columns take \(Units.decimal(fixed)) cm of \(Units.decimal(textWidth)) cm; nothing is left for the flexible ones")
        }
        return columns.map { column in
            switch column {
            case .fixed(let width): width
            case .flexible(let weight): rest * weight / weights
            }
        }
    }
}

public struct TableRow: Sendable, Equatable {
    /// The cells that start in this row, left to right; places covered by a cell above spanning
    /// rows are skipped, as in HTML.
    public var cells: [TableCell]
    /// Keeps the row from breaking across pages.
    public var cantSplit: Bool

    public init(_ cells: [TableCell], cantSplit: Bool = false) {
        self.cells = cells
        self.cantSplit = cantSplit
    }

    public init(_ cells: TableCell..., cantSplit: Bool = false) { self.init(cells, cantSplit: cantSplit) }
}

public struct TableCell: Sendable, Equatable {
    public enum VerticalAlignment: Sendable, Equatable { case top, center, bottom }

    /// At least one; an empty cell gets an empty paragraph.
    public var paragraphs: [Paragraph]
    public var columnSpan: Int
    public var rowSpan: Int
    public var verticalAlignment: VerticalAlignment
    /// A line under the cell even in a table without borders: the blank of a signature.
    public var bottomRule: Bool

    public init(
        _ paragraphs: [Paragraph],
        columnSpan: Int = 1,
        rowSpan: Int = 1,
        verticalAlignment: VerticalAlignment = .top,
        bottomRule: Bool = false
    ) {
        self.paragraphs = paragraphs
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.verticalAlignment = verticalAlignment
        self.bottomRule = bottomRule
    }

    public init(
        _ paragraphs: Paragraph...,
        columnSpan: Int = 1,
        rowSpan: Int = 1,
        verticalAlignment: VerticalAlignment = .top,
        bottomRule: Bool = false
    ) {
        self.init(paragraphs, columnSpan: columnSpan, rowSpan: rowSpan, verticalAlignment: verticalAlignment, bottomRule: bottomRule)
    }

    /// A cell of plain flush-left text.
    public init(text runs: Run..., columnSpan: Int = 1, rowSpan: Int = 1) {
        self.init([Paragraph(runs, alignment: .left, firstLineIndent: 0)], columnSpan: columnSpan, rowSpan: rowSpan)
    }

    public static let empty = TableCell([Paragraph.empty])
}
