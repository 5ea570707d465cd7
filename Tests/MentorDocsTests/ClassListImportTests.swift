import SpecSyntax
import Testing

@testable import MentorDocs

@Suite struct ClassListImportTests {
    @Test func aClassListBecomesParticipantsTheParserReads() throws {
        let csv = "Фамилия;Имя;Отчество;Дата рождения;Класс;Родитель;Кем приходится;Серия;Номер;Документ;Любимый цвет\n"
            + "Белова;Дарья;Сергеевна;15.06.2010;10 «А»;Белова Марина Олеговна;мать;00 00;000011;паспорт;синий\n"
            + "Лебедев;Лев;Романович;2014-03-09;6 «В»;Зимина Галина Ивановна;опекун;0-ОО;000021;свидетельство о рождении;\n"
        var importer = ClassListImport()
        let spec = importer.spec(from: try CSVReader.read(Array(csv.utf8), file: "class.csv"))
        #expect(importer.warnings == ["column «Любимый цвет» is not recognised and is left out"])
        let root = try SpecParser.parse(Array(spec.utf8), file: "imported.spec")
        let people = try #require(root["participants"]?.items)
        #expect(people.count == 2)
        #expect(people[0]["full_name"]?.scalar?.text == "Белова Дарья Сергеевна")
        #expect(people[0]["representative"]?["relation"]?.scalar?.text == "mother")
        #expect(people[0]["document"]?["series"]?.scalar?.text == "00 00")
        #expect(people[1]["document"]?["kind"]?.scalar?.text == "birth_certificate")
        #expect(people[1]["representative"]?["relation"]?.scalar?.text == "guardian")
        #expect(people[1]["id"]?.scalar?.text == "s2")
    }

    @Test func valuesThatWouldConfuseTheParserAreQuoted() {
        #expect(ClassListImport.quoted("Цель: успеваемость") == "\"Цель: успеваемость\"")
        #expect(ClassListImport.quoted("- первый") == "\"- первый\"")
        #expect(ClassListImport.quoted("10 «А»") == "10 «А»")
    }
}
