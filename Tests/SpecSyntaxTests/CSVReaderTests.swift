import Testing

@testable import SpecSyntax

@Suite struct CSVReaderTests {
    @Test func utf8WithBOMCommasAndQuotedFields() throws {
        let text = "\u{FEFF}ФИО,Класс,Примечание\r\nБелова Дарья,10 «А»,\"сказала \"\"да\"\", потом ушла\"\r\nОрлов Илья,8 «Б»,\"две\nстроки\"\r\n"
        let table = try CSVReader.read(Array(text.utf8), file: "c.csv")
        #expect(table.header == ["ФИО", "Класс", "Примечание"])
        #expect(table.rows.map(\.fields) == [["Белова Дарья", "10 «А»", "сказала \"да\", потом ушла"], ["Орлов Илья", "8 «Б»", "две\nстроки"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test func windows1251WithSemicolons() throws {
        // «Фамилия;Имя\nЁлкин;Пётр» in Windows-1251.
        let bytes: [UInt8] = [0xD4, 0xE0, 0xEC, 0xE8, 0xEB, 0xE8, 0xFF, 0x3B, 0xC8, 0xEC, 0xFF, 0x0A, 0xA8, 0xEB, 0xEA, 0xE8, 0xED, 0x3B, 0xCF, 0xB8, 0xF2, 0xF0]
        let table = try CSVReader.read(bytes, file: "c.csv")
        #expect(table.header == ["Фамилия", "Имя"])
        #expect(table.rows.first?.fields == ["Ёлкин", "Пётр"])
    }

    @Test func errorsSayWhere() {
        do throws(SpecSyntaxError) {
            _ = try CSVReader.read(Array("a;b\n1;2;3\n\"open;4\n".utf8), file: "c.csv")
            Issue.record("a broken CSV must fail")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "c.csv:3:1: error: a quoted field that starts here is never closed",
                "c.csv:2:1: error: this row has 3 fields, but the header names 2 columns",
            ])
        }
    }

    @Test func aRunawayFieldIsRefusedWhereItPassesTheLimit() {
        let long = String(repeating: "я", count: 10_000_000)
        do throws(SpecSyntaxError) {
            _ = try CSVReader.read(Array("ФИО;Класс\nБелова;\(long)\n".utf8), file: "c.csv")
            Issue.record("a runaway field must fail")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["c.csv:2:100008: error: a field longer than 100000 characters (is this a class list?)"])
        }
    }
}
