import DocumentEngine

/// An XLSX workbook with values typed into empty cells of its first sheet, as a person types them in
/// Excel: a number as a number, words as an inline string, each cell keeping its style.
public enum TypedCells {
    /// A value typed into a cell.
    public enum Value: Sendable {
        case number(Int)
        case text(String)
    }

    /// A cell to type into is not an empty cell of the sheet.
    public struct NoSuchCell: Error, CustomStringConvertible {
        public let place: String
        public var description: String { "no empty cell \(place) in the first sheet" }
    }

    /// `bytes` with each of `values` typed into its cell (`B3`) of `xl/worksheets/sheet1.xml`.
    public static func typing(_ values: [String: Value], into bytes: [UInt8]) throws -> [UInt8] {
        let reader = try ArchiveReader(bytes: bytes, file: "answers.xlsx")
        var xml = String(decoding: try reader.read("xl/worksheets/sheet1.xml"), as: UTF8.self)
        for (place, value) in values {
            guard let cell = xml.firstRange(of: try Regex("<c r=\"\(place)\"( s=\"[0-9]+\")?/>")) else { throw NoSuchCell(place: place) }
            let style = xml[cell].firstMatch(of: /\ s="[0-9]+"/).map { String($0.output) } ?? ""
            switch value {
            case .number(let number):
                xml.replaceSubrange(cell, with: "<c r=\"\(place)\"\(style)><v>\(number)</v></c>")
            case .text(let text):
                let escaped = text.replacing("&", with: "&amp;").replacing("<", with: "&lt;")
                xml.replaceSubrange(cell, with: "<c r=\"\(place)\"\(style) t=\"inlineStr\"><is><t>\(escaped)</t></is></c>")
            }
        }
        let writer = try ArchiveWriter(name: "answers.xlsx")
        for entry in reader.entries {
            if entry.name == "xl/worksheets/sheet1.xml" { try writer.add(entry.name, bytes: Array(xml.utf8)) } else { try writer.copy(entry, from: reader) }
        }
        return try writer.finish()
    }

    /// A cell's place: column 1 and row 2 are `A2`.
    public static func place(column: Int, row: Int) -> String {
        var column = column
        var letters = ""
        while column > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (column - 1) % 26))) + letters
            column = (column - 1) / 26
        }
        return letters + String(row)
    }
}
