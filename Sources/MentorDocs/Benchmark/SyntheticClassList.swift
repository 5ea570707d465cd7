package import DocumentEngine
import CalendarDays

/// A class list as Excel saves one: a workbook whose names and classes are shared strings, birth
/// dates numbers in a date format, phones text; what `mentordocs import` reads.
package enum SyntheticClassList {
    static let surnames = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков", "Лебедев"]
    static let firstNames = ["Иван", "Пётр", "Артём", "Лев", "Михаил", "Илья"]

    package static func xlsx(rows: Int) throws(ArchiveError) -> [UInt8] {
        var strings: [String] = ["ФИО", "Дата рождения", "Класс", "Телефон", "Родитель", "Телефон родителя"]
        var index: [String: Int] = [:]
        for (position, text) in strings.enumerated() { index[text] = position }
        func shared(_ text: String) -> Int {
            if let known = index[text] { return known }
            strings.append(text)
            index[text] = strings.count - 1
            return strings.count - 1
        }
        var sheet = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">"#
        for (column, letter) in ["A", "B", "C", "D", "E", "F"].enumerated() { sheet += #"<c r="\#(letter)1" t="s"><v>\#(column)</v></c>"# }
        sheet += "</row>"
        let firstBirthday = CalendarDay(year: 2009, month: 9, day: 1)!
        for number in 1...max(1, rows) {
            let row = number + 1
            let surname = surnames[number % surnames.count]
            let name = shared("\(surname) \(firstNames[number % firstNames.count]) Иванович")
            let parent = shared("\(surname)а Мария Петровна")
            let form = shared("\(5 + number % 7) «\(["А", "Б", "В"][number % 3])» класс")
            let birthday = firstBirthday.adding(days: number % 2500).spreadsheetSerial(in: .from1900)!
            let phone = String(number).leftPadded(to: 7)
            sheet += #"<row r="\#(row)"><c r="A\#(row)" t="s"><v>\#(name)</v></c><c r="B\#(row)" s="1"><v>\#(birthday)</v></c>"#
                + #"<c r="C\#(row)" t="s"><v>\#(form)</v></c><c r="D\#(row)" t="inlineStr"><is><t>+7 900 \#(phone)</t></is></c>"#
                + #"<c r="E\#(row)" t="s"><v>\#(parent)</v></c><c r="F\#(row)" t="inlineStr"><is><t>+7 901 \#(phone)</t></is></c></row>"#
        }
        sheet += "</sheetData></worksheet>"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let writer = try ArchiveWriter(name: "class-list.xlsx")
        try writer.add("[Content_Types].xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """.utf8))
        try writer.add("_rels/.rels", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """.utf8))
        try writer.add("xl/workbook.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="\(main)" xmlns:r="\(relationships)"><sheets><sheet name="Класс" sheetId="1" r:id="rId1"/></sheets></workbook>
            """.utf8))
        try writer.add("xl/_rels/workbook.xml.rels", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="\(relationships)/styles" Target="styles.xml"/></Relationships>
            """.utf8))
        try writer.add("xl/styles.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="\(main)"><numFmts count="1"><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>
            """.utf8))
        let items = strings.map { "<si><t>\($0)</t></si>" }.joined()
        try writer.add("xl/sharedStrings.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="\(main)" count="\(strings.count)" uniqueCount="\(strings.count)">\(items)</sst>
            """.utf8))
        try writer.add("xl/worksheets/sheet1.xml", bytes: Array(sheet.utf8))
        return try writer.finish()
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
