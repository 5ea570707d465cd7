/// A cell's place as a spreadsheet names it: column letters and row number, «B5».
struct CellAddress: Equatable {
    /// From 0 for column A.
    var column: Int
    /// From 1, as shown.
    var row: Int

    /// Reads «B5» or «$B$5»; nil for anything else (a range, a name, a column past XFD).
    init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$") where digits == 0: continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                guard row <= 1_048_576 else { return nil }
            default: return nil
            }
        }
        guard (1...3).contains(letters), digits > 0, row >= 1, column <= 16_384 else { return nil }
        self.column = column - 1
        self.row = row
    }

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// «B5».
    var name: String {
        var letters = ""
        var number = column + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(remainder))) + letters
            number = (number - 1) / 26
        }
        return letters + String(row)
    }
}
