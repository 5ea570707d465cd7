package import DocumentEngine
import CalendarDays

/// A class list as Excel saves one (a workbook whose names and classes are shared strings, birth
/// dates numbers in a date format, phones text) or as LibreOffice Calc does: what `mentordocs import` reads.
package enum SyntheticClassList {
    static let surnames = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков", "Лебедев"]
    static let firstNames = ["Иван", "Пётр", "Артём", "Лев", "Михаил", "Илья"]

    /// The columns' headings, as a class teacher types them.
    static let headings = ["ФИО", "Дата рождения", "Класс", "Телефон", "Родитель", "Телефон родителя"]

    /// One row of the list.
    struct Pupil {
        var name: String
        var birthday: CalendarDay
        var form: String
        var phone: String
        var parent: String
        var parentPhone: String
    }

    /// `rows` pupils (at least one), the same for every format.
    static func pupils(rows: Int) -> [Pupil] {
        let firstBirthday = CalendarDay(year: 2009, month: 9, day: 1)!
        return (1...max(1, rows)).map { number in
            let surname = surnames[number % surnames.count]
            let phone = String(number).leftPadded(to: 7)
            return Pupil(name: "\(surname) \(firstNames[number % firstNames.count]) Иванович",
                birthday: firstBirthday.adding(days: number % 2500), form: "\(5 + number % 7) «\(["А", "Б", "В"][number % 3])» класс",
                phone: "+7 900 \(phone)", parent: "\(surname)а Мария Петровна", parentPhone: "+7 901 \(phone)")
        }
    }

    package static func xlsx(rows: Int) throws(ArchiveError) -> [UInt8] {
        var strings = headings
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
        for (number, pupil) in pupils(rows: rows).enumerated() {
            let row = number + 2
            let name = shared(pupil.name), parent = shared(pupil.parent), form = shared(pupil.form)
            let birthday = pupil.birthday.spreadsheetSerial(in: .from1900)!
            sheet += #"<row r="\#(row)"><c r="A\#(row)" t="s"><v>\#(name)</v></c><c r="B\#(row)" s="1"><v>\#(birthday)</v></c>"#
                + #"<c r="C\#(row)" t="s"><v>\#(form)</v></c><c r="D\#(row)" t="inlineStr"><is><t>\#(pupil.phone)</t></is></c>"#
                + #"<c r="E\#(row)" t="s"><v>\#(parent)</v></c><c r="F\#(row)" t="inlineStr"><is><t>\#(pupil.parentPhone)</t></is></c></row>"#
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

    /// The same list as LibreOffice Calc saves it: every cell a `text:p` with its value type, birth
    /// dates as date values in a date style.
    package static func ods(rows: Int) throws(ArchiveError) -> [UInt8] {
        func text(_ value: String) -> String {
            #"<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>\#(value)</text:p></table:table-cell>"#
        }
        var table = "<table:table-row>" + headings.map(text).joined() + "</table:table-row>"
        for pupil in pupils(rows: rows) {
            let day = pupil.birthday
            table += "<table:table-row>" + text(pupil.name)
                + #"<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="\#(day.iso)" calcext:value-type="date"><text:p>\#(day.formatted("dd.MM.yyyy"))</text:p></table:table-cell>"#
                + text(pupil.form) + text(pupil.phone) + text(pupil.parent) + text(pupil.parentPhone) + "</table:table-row>"
        }
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"><office:automatic-styles><number:date-style style:name="N37"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style><style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/></office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Класс"><table:table-column table:number-columns-repeated="6"/>\(table)</table:table></office:spreadsheet></office:body></office:document-content>
            """
        let writer = try ArchiveWriter(name: "class-list.ods")
        try writer.add("mimetype", bytes: Array("application/vnd.oasis.opendocument.spreadsheet".utf8), compression: .store)
        try writer.add("META-INF/manifest.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
            """.utf8))
        try writer.add("content.xml", bytes: Array(content.utf8))
        return try writer.finish()
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
