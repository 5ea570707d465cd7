import DocumentEngine
import Foundation
import Testing
import TestSupport

@testable import MentorDocs

/// What each consent and withdrawal of the example school says, read from the rendered Word
/// document's paragraphs (no office software needed): the documents of item 1 and 2 of part 4 of
/// article 9 of 152-ФЗ, the processors, Roskomnadzor order № 18's items, and the typography.
@Suite struct ConsentWordingTests {
    let programme: Programme

    init() throws { programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0 }

    static let consentKinds: [DocumentKind] = DocumentKind.allCases.filter { $0.group == .consents }

    /// The paragraphs of the record's rendered DOCX, each as plain text with no-break spaces made plain.
    func paragraphs(_ kind: DocumentKind, _ id: String) throws -> [String] {
        let record = try #require(DocumentPlanner.records(for: programme, selection: .init(kinds: [kind], people: [id])).first)
        let template = try TemplateSource().bytes(for: kind, format: .docx)
        let compiled = try CompiledTemplate.compile(bytes: template.bytes, file: template.file, filters: .mentordocs)
        let output = try DocumentRenderer(compiled, filters: .mentordocs).render(record.data)
        let archive = try ArchiveReader(bytes: output, file: "output")
        let xml = String(decoding: try archive.read(try #require(archive.entry(named: "word/document.xml"))), as: UTF8.self)
        return xml.components(separatedBy: "</w:p>").map { paragraph in
            var text = ""
            var rest = Substring(paragraph)
            while let open = rest.range(of: "<w:t(>| )", options: .regularExpression) {
                guard let start = rest[open.lowerBound...].range(of: ">"), let end = rest[start.upperBound...].range(of: "</w:t>") else { break }
                text += rest[start.upperBound..<end.lowerBound]
                rest = rest[end.upperBound...]
            }
            return text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{2011}", with: "-")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        }.filter { !$0.isEmpty }
    }

    func text(_ kind: DocumentKind, _ id: String) throws -> String { try paragraphs(kind, id).joined(separator: "\n") }

    @Test func aGuardiansConsentCarriesTheChildsCertificateAndTheActApart() throws {
        let text = try text(.consentRepresentative, "s4")
        #expect(text.contains("свидетельство о рождении серия 0-ОО № 000023, выдано 01.09.2014"), "the child's own document")
        #expect(text.contains("документ, подтверждающий полномочия законного представителя, — распоряжение органа опеки и попечительства от 18.04.2022 № 00-ТЕСТ (Отдел опеки"))
        #expect(text.contains("серия 00 00 № 000024"), "the guardian's passport")
        #expect(text.contains("проживающей по адресу: г. Примерск, ул. Полевая"), "the guardian's address")
    }

    @Test func aParentsConsentCitesTheCertificateOnceAsTheirAuthority() throws {
        let text = try text(.consentRepresentative, "s3")
        #expect(text.contains("свидетельство о рождении серия 0-ОО № 000021"))
        #expect(text.contains("полномочия законного представителя, — свидетельство о рождении ребёнка, указанное выше"))
        #expect(text.components(separatedBy: "000021").count == 2)
    }

    @Test func theFourteenToSeventeenConsentGivesTheParentsAddressAndAuthority() throws {
        let text = try text(.consentMinor, "s1")
        #expect(text.contains("Я, Белова Марина Олеговна, проживающая по адресу: г. Примерск, ул. Лесная, д. 2, кв. 8, паспорт гражданина Российской Федерации серия 00 00 № 000012"))
        #expect(text.contains("полномочия законного представителя, — свидетельство о рождении серия 0-ОО № 000015"))
        #expect(!text.contains("Российской Федерации ребёнка"), "the child's passport is not the parent's authority")
    }

    @Test func processorsAreNamedWithTheirAddress() throws {
        for (kind, id) in [(DocumentKind.consentAdult, "t1"), (.consentMinor, "s2"), (.consentRepresentative, "s3")] {
            let text = try text(kind, id)
            #expect(text.contains("Лица, осуществляющие обработку персональных данных по поручению Оператора, — Государственное автономное учреждение «Условный региональный центр наставничества» (ведение региональной базы наставников и наставляемых), адрес: 000000, Условная область"), "\(kind) \(id)")
            #expect(text.contains("«Условный электронный журнал» (ведение электронного журнала), адрес: 000000, г. Условный"))
            #expect(text.contains("передача (предоставление, доступ) лицам, осуществляющим обработку по поручению Оператора"))
        }
        var without = programme
        without.organisation.processors = []
        let record = DocumentPlanner.records(for: without, kinds: [.consentAdult])[0]
        guard case .map(let data) = record.data, case .map(let org)? = data["org"] else { Issue.record("no org"); return }
        #expect(org["has_processors"] == .bool(false))
    }

    @Test func theDisseminationConsentFollowsOrderEighteen() throws {
        let adult = try text(.consentPublication, "t1")
        #expect(adult.contains("контактная информация: телефон +7 900 000-00-01; адрес электронной почты kravchenko@school99.example.ru; почтовый адрес г. Примерск"))
        #expect(adult.contains("ИНН 0000000000, ОГРН 0000000000000"))
        #expect(adult.contains("https://school99.example.ru;") && adult.contains("https://vk.com/school99_example."))
        #expect(adult.contains("Разрешаю к распространению неограниченному кругу лиц (да/нет)"))
        #expect(adult.contains("Условия и запреты"))
        #expect(adult.contains("либо без передачи полученных персональных данных"))
        #expect(adult.contains("Срок действия согласия: со дня подписания по 31 мая 2027 г. включительно"))
        #expect(!adult.contains("Согласие законного представителя"))
        let minor = try text(.consentPublication, "s1")
        #expect(minor.contains("Я, Белова Дарья Сергеевна, 15.06.2010 года рождения"), "a 14–17-year-old gives it")
        #expect(minor.contains("с письменного согласия моего законного представителя даю согласие"))
        #expect(minor.contains("Согласие законного представителя"))
        #expect(minor.contains("контактная информация: телефон +7 900 000-00-11"), "the parent identified with contacts")
        #expect(minor.contains("— свидетельство о рождении серия 0-ОО № 000015"))
    }

    @Test func aWithdrawalIsMadeForEachConsent() throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.consentWithdrawal, .publicationWithdrawal])
        #expect(records.filter { $0.kind == .consentWithdrawal }.count == programme.participants.count)
        #expect(Set(records.filter { $0.kind == .publicationWithdrawal }.flatMap(\.participantIDs)) == ["t1", "s1"])
        #expect(try text(.consentWithdrawal, "t2").contains("отзываю согласие на обработку моих персональных данных, данное «01» сентября 2026 г. оператору Муниципальному бюджетному общеобразовательному учреждению"))
        #expect(try text(.consentWithdrawal, "t2").contains("Директору МБОУ «СОШ № 99»"))
        let minor = try text(.consentWithdrawal, "s1")
        #expect(minor.contains("С отзывом ознакомлена законный представитель Белова Марина Олеговна"))
        let child = try text(.consentWithdrawal, "s4")
        #expect(child.contains("от Зиминой Галины Ивановны"), "the guardian writes it")
        #expect(child.contains("отзываю согласие на обработку персональных данных ребёнка и моих персональных данных"))
        #expect(child.contains("распоряжение органа опеки и попечительства от 18.04.2022 № 00-ТЕСТ"))
        #expect(child.contains("обеспечить прекращение их обработки лицами, осуществляющими её по поручению Оператора"))
        let publication = try text(.publicationWithdrawal, "t1")
        #expect(publication.contains("требую прекратить передачу (распространение, предоставление, доступ) моих персональных данных"))
        #expect(publication.contains("в течение трёх рабочих дней"))
    }

    @Test func aMissingCertificateOrActPrintsBlankRatherThanStopping() throws {
        var spare = programme
        for index in spare.participants.indices {
            spare.participants[index].birthCertificate = nil
            spare.participants[index].representative?.authorityAct = nil
            spare.participants[index].representative?.person.document = nil
        }
        for kind in Self.consentKinds {
            let template = try TemplateSource().bytes(for: kind, format: .docx)
            let compiled = try CompiledTemplate.compile(bytes: template.bytes, file: template.file, filters: .mentordocs)
            for record in DocumentPlanner.records(for: spare, kinds: [kind]) {
                #expect(throws: Never.self, "\(kind) \(record.subject)") { try DocumentRenderer(compiled, filters: .mentordocs).render(record.data) }
            }
        }
    }

    @Test(arguments: consentKinds)
    func typography(kind: DocumentKind) throws {
        let records = DocumentPlanner.records(for: programme, kinds: [kind])
        #expect(!records.isEmpty)
        let names = [programme.organisation.fullName] + programme.organisation.processors.map(\.name)
        for record in records {
            for paragraph in try paragraphs(kind, record.participantIDs[0]) {
                #expect(!paragraph.contains("  "), "\(kind) \(record.subject): a double space in «\(paragraph.prefix(60))…»")
                #expect(!paragraph.contains(" ,") && !paragraph.contains(" ."), "\(kind) \(record.subject): a space before a stop")
                #expect(!paragraph.contains("\"") && !paragraph.contains("{{"), "\(kind) \(record.subject): straight quotes or a tag")
                var rest = Substring(paragraph)
                while let colon = rest.range(of: ": ") {
                    let after = rest[colon.upperBound...]
                    if let first = after.first, first.isUppercase, !names.contains(where: { after.hasPrefix($0) }) {
                        Issue.record("\(kind) \(record.subject): a capital after a colon in «\(after.prefix(40))»")
                    }
                    rest = after
                }
            }
        }
    }
}
