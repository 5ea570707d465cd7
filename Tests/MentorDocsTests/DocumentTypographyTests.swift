import DocumentEngine
import Foundation
import RussianLanguage
import Testing
import TestSupport

@testable import MentorDocs
@testable import TemplateAuthoring

/// The typography of the pair documents (agreement, plan, consent to mentoring, labour
/// supplement), checked on every record of the example school and of the starter spec, in both
/// formats; and table columns wide enough for their words, in every built-in document.
@Suite struct DocumentTypographyTests {
    static let kinds: Set<DocumentKind> = [.agreement, .plan, .mentorConsent, .labourSupplement]

    static func programmes() throws -> [Programme] {
        let starter = Paths.temporaryFolder("starter") + ".spec"
        try StarterSpec.text.write(toFile: starter, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: starter) }
        return [try SpecReader.read(contentsOf: Paths.exampleSpec).0, try SpecReader.read(contentsOf: starter).0]
    }

    /// Every form of every name of the programme's people: text after a colon may start with one.
    static func properNames(_ programme: Programme) -> [String] {
        var people = programme.participants.map(\.person) + programme.participants.compactMap(\.representative?.person)
        people += [programme.organisation.director.person, programme.organisation.curator.person]
        return people.flatMap { person in
            GrammaticalCase.allCases.compactMap { PersonName(parsing: person.fullName)?.declined(to: $0, gender: person.gender).fullName }
        }
    }

    @Test(arguments: DocumentFormat.textDocuments)
    func noDoubleSpacesAndLowerCaseAfterAColon(format: DocumentFormat) throws {
        for programme in try Self.programmes() {
            let names = Self.properNames(programme)
            for record in DocumentPlanner.records(for: programme, kinds: Self.kinds) {
                for paragraph in try RenderedParagraphs.render(record, format: format).paragraphs {
                    let line = paragraph.replacingOccurrences(of: "\u{00A0}", with: " ")
                    #expect(!line.contains("  "), "\(record.subject): a double space in «\(paragraph)»")
                    #expect(!line.contains(" ,") && !line.contains(" ."), "\(record.subject): a space before a comma or full stop in «\(paragraph)»")
                    var rest = Substring(line)
                    while let colon = rest.range(of: ": ") {
                        rest = rest[colon.upperBound...]
                        let word = rest.prefix { $0.isLetter }
                        guard let first = word.first, first.isUppercase else { continue }
                        let abbreviation = word.dropFirst().first?.isUppercase ?? true
                        let name = names.contains { rest.hasPrefix($0) }
                        #expect(abbreviation || name, "\(record.subject): a capital after a colon in «\(paragraph)»")
                    }
                }
            }
        }
    }

    @Test func signatureLinesDoNotRepeatTheNameAndDateSlotsAreCaptioned() throws {
        for programme in try Self.programmes() {
            let surnames = (programme.participants.map(\.person) + programme.participants.compactMap(\.representative?.person)
                + [programme.organisation.director.person]).map(\.surname)
            for record in DocumentPlanner.records(for: programme, kinds: Self.kinds) {
                for table in try RenderedParagraphs.render(record, format: .docx).tables {
                    for (index, row) in table.enumerated() {
                        for surname in surnames {
                            #expect(row.filter { $0.contains(surname) }.count <= 1, "\(record.subject): «\(surname)» twice in a row: \(row)")
                        }
                        // A date over a caption row: the caption says what it is.
                        guard index + 1 < table.count, table[index + 1].count == row.count else { continue }
                        for (column, cell) in row.enumerated() where cell.range(of: #"«(\d\d|___)»\s\S+\s(\d{4}|20__)\sг\."#, options: .regularExpression) != nil {
                            #expect(table[index + 1][column] == "(дата)", "\(record.subject): the date «\(cell)» is captioned «\(table[index + 1][column])»")
                        }
                    }
                }
            }
        }
    }

    @Test func theDirectorIsAddressedWithInitialsFirst() throws {
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let record = try #require(DocumentPlanner.records(for: programme, kinds: [.mentorConsent]).first)
        let text = try RenderedParagraphs.render(record, format: .odt).plain
        #expect(text.contains("Директору МБОУ «СОШ № 99»\nА.П. Соколовой\n"))
        #expect(!text.contains("Соколовой А.П."))
    }

    /// A column of a fixed width narrower than a word of its header is widened from its neighbours.
    @Test func tableColumnsFitTheirLongestWord() throws {
        let header = { (text: String) in TableCell(Paragraph([Run(text, bold: true)], alignment: .left, firstLineIndent: 0)) }
        let table = Table(columns: [1, .flexible(1), 2], rows: [
            TableRow(header("№"), header("Персональные данные"), header("Разрешаю к распространению")),
            TableRow(TableCell(text: "{{ a_very_long_tag_that_prints_something_short }}"), .empty, .empty),
        ])
        let layout = try TableLayout(table, textWidth: 17, fontSize: 12)
        let word = WordWidths.width(of: "распространению", bold: true, fontSize: 12)
        #expect(layout.widths[2] >= word + 2 * table.cellPadding)
        #expect(layout.widths[0] < 1, "a tag is not measured (what it prints is not known); the column gives up room it spares")
        #expect(layout.widths[0] >= WordWidths.width(of: "№", bold: true, fontSize: 12) + 2 * table.cellPadding)
        #expect(abs(layout.totalWidth - 17) < 0.0001, "the table keeps its width")
        // Every built-in table, laid out, fits its words.
        for entry in Catalogue.entries {
            for case .table(let table) in entry.document.blocks {
                let layout = try TableLayout(table, textWidth: entry.document.page.textWidth, fontSize: entry.document.font.size)
                for case .cell(let cell, let column) in layout.rows.joined() where cell.columnSpan == 1 {
                    let needed = WordWidths.widest(in: cell.paragraphs, fontSize: entry.document.font.size) + 2 * table.cellPadding
                    #expect(layout.widths[column] + 0.0001 >= needed, "\(entry.name): column \(column + 1)")
                }
            }
        }
    }

    /// Read back from LibreOffice's PDF: the header words of the plan and of the publication consent
    /// are whole on their lines.
    @Test func tableHeadersDoNotBreakInsideAWordOnThePage() throws {
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let folder = Paths.temporaryFolder("headers")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.plan], pairs: ["p1"]))
        records += DocumentPlanner.records(for: programme, selection: .init(kinds: [.consentPublication], people: ["t1"]))
        var paths: [String] = []
        for format in DocumentFormat.textDocuments {
            let written = try Generator(format: format).generate(records, into: OutputFolder(path: folder + "/" + format.rawValue))
            paths += written.map(\.path)
        }
        let texts = try Office.text(of: paths)
        #expect(texts.count == 4)
        for (path, text) in texts {
            let words = Set(text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).map(String.init))
            if path.contains("план") {
                #expect(words.isSuperset(of: ["Отметка", "выполнении", "Мероприятие", "Ожидаемый", "результат"]), "\(path)")
            } else {
                #expect(words.isSuperset(of: ["Категория", "распространению", "неограниченному", "Перечень", "Условия", "запреты"]), "\(path)")
            }
        }
    }
}
