extension Catalogue {
    /// A built-in workbook, by the file name it is written under (`NAME.xlsx`).
    public struct WorkbookEntry: Sendable {
        /// The file name without its extension: `registers`.
        public let name: String
        /// What the workbook holds.
        public let workbook: AuthoredWorkbook
    }

    /// The documents that are also made as workbooks: the registers, for the curator to keep in Excel,
    /// and the answer sheet of the questionnaires, made only as a workbook.
    public static let workbookEntries: [WorkbookEntry] = [
        WorkbookEntry(name: "registers", workbook: .registers),
        WorkbookEntry(name: "answer-sheet", workbook: .answerSheet),
    ]

    /// Every workbook is written in each of these formats: XLSX for Excel, ODS for LibreOffice Calc.
    public static let workbookWriters: [any WorkbookWriter] = [XlsxWriter(), OdsWriter()]
}
