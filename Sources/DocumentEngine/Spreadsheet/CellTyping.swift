/// What a cell of one style filled from tags holds once its text is known: a number, a date (its
/// serial, shown in a style that shows a date), nothing, or text. One rule for the cells typed as
/// they are rendered (`TypedCell`) and those typed afterwards (`SheetRewriter`).
struct CellTyping: Sendable {
    enum Content {
        case empty
        case text
        /// A plain number, its digits as written.
        case number
        case date(serial: Int)
    }

    /// The style shows text as typed (`@`): nothing is made a number or a date.
    let keepsText: Bool
    /// The style a date is shown in: the cell's own when it shows dates, or its twin that does; nil
    /// when the workbook has no styles (a date then stays text).
    let dateStyle: Int?
    let date1904: Bool

    init(style: Int?, styles: CellStyles?, date1904: Bool) {
        keepsText = styles?.textStyles.contains(style ?? 0) ?? false
        if let styles {
            dateStyle = styles.dateStyles.contains(style ?? 0) ? style : styles.dateTwins[style ?? 0] ?? style
        } else {
            dateStyle = nil
        }
        self.date1904 = date1904
    }

    /// What the cell holds for `text` as written in the sheet (escaped: escaped text, `&amp;`, is
    /// never a number or a date); a cell that is not one value tag (`asValue` false) holds text.
    func content(of text: ArraySlice<UInt8>, asValue: Bool) -> Content {
        guard !text.isEmpty else { return .empty }
        guard asValue, !keepsText else { return .text }
        if CellValue.isPlainNumber(text) { return .number }
        if dateStyle != nil, let day = CellValue.isoDay(text), let serial = CellValue.serial(of: day, date1904: date1904) {
            return .date(serial: serial)
        }
        return .text
    }
}
