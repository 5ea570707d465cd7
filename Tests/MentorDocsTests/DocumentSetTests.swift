import DocumentEngine
import Foundation
import Testing
import TestSupport

@testable import MentorDocs

/// The whole set for the example school (adults, 14–17-year-olds, under-14s, a pair with a minor
/// mentor, a group), in DOCX and ODT, opened by LibreOffice and read back.
@Suite(.serialized) struct DocumentSetTests {
    @Test(arguments: DocumentFormat.textDocuments)
    func everyDocumentOfTheExampleSchool(format: DocumentFormat) throws {
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let folder = Paths.temporaryFolder("set-\(format.rawValue)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = DocumentPlanner.records(for: programme)
        let written = try Generator(format: format).generate(records, into: OutputFolder(path: folder))
        #expect(Set(written.map(\.record.kind)) == Set(DocumentKind.allCases.filter(\.isMadeFromSpec)), "every kind of document is made")
        let texts = try Office.text(of: written.map(\.path))
        #expect(texts.count == written.count, "LibreOffice opened every file")
        func text(_ kind: DocumentKind, _ subject: String) -> String {
            let file = written.first { $0.record.kind == kind && $0.record.subject.hasPrefix(subject) }
            return Office.folded(file.flatMap { texts[$0.path] } ?? "")
        }
        for file in written {
            let content = texts[file.path] ?? ""
            #expect(!content.contains("{{") && !content.contains("}}"), "\(file.path): a tag is left")
            #expect(!content.contains("нужное подчеркнуть"), "\(file.path)")
        }

        // The consent is picked by age on the document date.
        #expect(written.filter { $0.record.kind == .consentAdult }.map(\.record.participantIDs) == [["t1"], ["t2"], ["e1"]])
        #expect(Set(written.filter { $0.record.kind == .consentMinor }.flatMap(\.record.participantIDs)) == ["s1", "s2"])
        #expect(Set(written.filter { $0.record.kind == .consentRepresentative }.flatMap(\.record.participantIDs)) == ["s3", "s4"])
        #expect(text(.consentAdult, "t1").contains("от Кравченко Елены Викторовны"))
        #expect(text(.consentMinor, "s2").contains("Согласие законного представителя"))
        #expect(text(.consentMinor, "s2").contains("являясь отцом несовершеннолетнего Гончаренко Артёма Ильича"))
        #expect(text(.consentRepresentative, "s3").contains("являюсь матерью несовершеннолетнего Лебедева Льва Романовича"))
        #expect(text(.consentRepresentative, "s3").contains("свидетельство о рождении ребёнка"))
        #expect(text(.consentRepresentative, "s4").contains("являюсь опекуном несовершеннолетней Орловой Веры Денисовны"))
        #expect(text(.consentRepresentative, "s4").contains("от 18.04.2022 № 00-ТЕСТ"))
        #expect(text(.consentPublication, "s1").contains("Я, Белова Дарья Сергеевна"))
        #expect(text(.consentPublication, "s1").contains("являясь матерью несовершеннолетней Беловой Дарьи Сергеевны"))
        #expect(text(.consentWithdrawal, "s4").contains("от Зиминой Галины Ивановны"))

        // A minor mentor and a minor mentee are the parties, with their parents in the right case; two copies.
        let minors = text(.agreement, "p2")
        #expect(minors.contains("Белова Дарья Сергеевна, 15.06.2010 года рождения, действующая с письменного согласия законного представителя — матери Беловой Марины Олеговны"))
        #expect(minors.contains("Лебедев Лев Романович, 09.03.2014 года рождения, в лице законного представителя — матери Лебедевой Ольги Павловны"))
        #expect(minors.contains("на 6 (шесть) месяцев"))
        #expect(minors.components(separatedBy: "Экземпляр №").count == 3)

        // The group's plan and the pairs order list both mentees.
        #expect(text(.plan, "g1").contains("Гончаренко А.И. (9 «Б» класс), Орлова В.Д. (6 «В» класс)"))
        #expect(text(.plan, "g1").contains("Экскурсия на предприятие"))
        #expect(text(.orderPairs, "организация").contains("Гончаренко А.И., Орлова В.Д."))
        #expect(text(.orderCurator, "организация").contains("Ветрова Олега Игоревича, заместителя директора"))
        #expect(text(.orderIntroduction, "организация").contains("№ 101-о"))
        #expect(text(.labourSupplement, "p1").contains("в отношении наставляемого: Ильина Павла Андреевича"))
        #expect(text(.roadmap, "организация").contains("Этап 7. Завершение наставничества"))
        #expect(text(.regulation, "организация").contains("«работодатель – ученик»"))
        #expect(text(.mentoringProgramme, "организация").contains("ПРОГРАММА НАСТАВНИЧЕСТВА"))
        #expect(text(.orderClosing, "организация").contains("Шевчуку Игорю Николаевичу"))
    }

    @Test func onlyPersonAndPairNarrowTheSet() throws {
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let consents = Set(DocumentKind.allCases.filter { $0.group == .consents })
        let forS3 = DocumentPlanner.records(for: programme, selection: .init(kinds: consents, people: ["s3"]))
        #expect(forS3.map(\.kind) == [.consentRepresentative, .consentWithdrawal])
        let forG1 = DocumentPlanner.records(for: programme, selection: .init(pairs: ["g1"]))
        // With the answer sheets of the group's people, one per stage.
        #expect(Set(forG1.map(\.kind)) == [.agreement, .plan, .questionnaire, .answerSheet])
        #expect(forG1.filter { $0.kind == .answerSheet }.count == 2)
        #expect(forG1.filter { $0.kind == .agreement }.count == 2, "one agreement per member of the group")
        // A questionnaire asks about each pair its participant is in: the group's people's, at both stages.
        let questionnaires = forG1.filter { $0.kind == .questionnaire }
        #expect(questionnaires.count == 6)
        #expect(Set(questionnaires.flatMap(\.participantIDs)) == ["e1", "s2", "s4"])
    }

    @Test func mergedPrintFilesAndTheManifest() throws {
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let folder = Paths.temporaryFolder("merged")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = DocumentPlanner.records(for: programme, kinds: [.agreement, .consentAdult])
        _ = try Generator(merge: true).generate(records, into: OutputFolder(path: folder))
        let files = Paths.files(in: folder)
        #expect(files == ["agreements/соглашение — все.docx", "consents/согласие на обработку ПДн — все от 18 лет.docx", "manifest.csv"])
        let text = Office.folded(try Office.text(of: [folder + "/agreements/соглашение — все.docx"]).values.first ?? "")
        #expect(text.components(separatedBy: "Экземпляр №").count == 9, "four agreements, two copies each")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/manifest.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a byte-order mark, for spreadsheets")
        let manifest = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(manifest.hasPrefix("Файл;Документ;Участники;Пара или группа;Подписан"))
        #expect(manifest.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + records.count)
    }
}
