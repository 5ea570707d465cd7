/// What one cell holds and how it looks.
public struct SheetCell: Sendable, Equatable {
    /// What is typed in a cell.
    public enum Content: Sendable, Equatable {
        /// Text, tags included (`{{ full_name }}`): a cell whose whole text is one value tag is
        /// typed by its value when filled (a number, a date, or text).
        case text(String)
        /// A formula as typed after `=`, in Excel's English names: `SUM(B5:B6)`.
        case formula(String)
    }

    /// What the cell holds.
    public var content: Content
    /// How it looks and shows numbers.
    public var style: SheetCellStyle

    /// A cell of `style` holding `content`.
    public init(_ content: Content, style: SheetCellStyle) {
        self.content = content
        self.style = style
    }

    /// Text (or tags) in a cell of the table's body.
    public static func text(_ text: String, _ style: SheetCellStyle = .text) -> SheetCell { SheetCell(.text(text), style: style) }

    /// A column's name in a table's header.
    public static func header(_ text: String) -> SheetCell { SheetCell(.text(text), style: .header) }

    /// A formula (without its `=`) in a cell of `style`.
    public static func formula(_ formula: String, _ style: SheetCellStyle) -> SheetCell { SheetCell(.formula(formula), style: style) }

    /// A cell with nothing in it and no style.
    public static let empty = SheetCell(.text(""), style: .plain)
}

/// The looks of a cell, a few for all the catalogue's sheets: each writer maps them to its format's styles.
public enum SheetCellStyle: Int, Sendable, CaseIterable {
    /// As a new sheet's cells: no border, the general number format.
    case plain
    /// The sheet's title: bold and larger.
    case title
    /// A caption above a table: bold.
    case caption
    /// A column's name: bold, wrapped, bordered, centred.
    case header
    /// Text in a table: bordered, wrapped, aligned to the top.
    case text
    /// A whole number in a table (a count): bordered, aligned to the top.
    case number
    /// A date in a table, shown `DD.MM.YYYY` (the Russian way, whatever the reader's settings).
    case date
    /// A share, shown as a percentage with one decimal place: 0.333 as 33,3 %.
    case percent
}
