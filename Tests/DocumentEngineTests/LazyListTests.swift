import DocumentEngine
import Foundation
import Synchronization
import Testing

/// A list whose items are made as they are printed renders as the same list given whole, in every
/// place a list is read; and a section over it makes each item once, in order, one at a time.
@Suite struct LazyListTests {
    static let names = ["Ильин", "Орлова", "Гончаренко"]

    /// The indices of the items made, in the order they were made.
    final class Makings: Sendable {
        let made = Mutex<[Int]>([])
    }

    /// The items `names` made on demand, each making noted in `makings`.
    static func lazyPeople(_ makings: Makings? = nil) -> TemplateValue {
        .lazyList(LazyList(count: names.count) { index in
            makings?.made.withLock { $0.append(index) }
            return ["name": .text(names[index])]
        })
    }

    static let wholePeople: TemplateValue = .list(names.map { ["name": .text($0)] })

    static let body = """
        <w:p><w:r><w:t>{{#people}}</w:t></w:r></w:p><w:p><w:r><w:t>{{@index}}. {{name}}{{#@last}} — последний из {{@count}}{{/@last}}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{{/people}}</w:t></w:r></w:p><w:p><w:r><w:t>Второй: {{people.2.name}}</w:t></w:r></w:p>\
        <w:p><w:r><w:t>{{^none}}Пусто{{/none}}</w:t></w:r></w:p>
        """

    @Test func printsAsTheWholeListDoes() throws {
        let template = try SamplePackages.docx(body: Self.body)
        let empty: TemplateValue = .lazyList(LazyList(count: 0) { _ in .null })
        let lazy = try SamplePackages.fill(template, ["people": Self.lazyPeople(), "none": empty])
        let whole = try SamplePackages.fill(template, ["people": Self.wholePeople, "none": .list([])])
        #expect(SamplePackages.text(ofXML: lazy) == SamplePackages.text(ofXML: whole))
        #expect(SamplePackages.text(ofXML: lazy) == "1. Ильин\n2. Орлова\n3. Гончаренко — последний из 3\nВторой: Орлова\nПусто\n")
    }

    @Test func aSectionMakesEachItemOnceInOrder() throws {
        let makings = Makings()
        let template = try SamplePackages.docx(body: "<w:p><w:r><w:t>{{#people}}{{name}} {{/people}}</w:t></w:r></w:p>")
        _ = try SamplePackages.fill(template, ["people": Self.lazyPeople(makings)])
        #expect(makings.made.withLock { $0 } == [0, 1, 2])
    }

    @Test func isReadAsAListElsewhere() throws {
        let lazy = Self.lazyPeople()
        #expect(lazy == Self.wholePeople)
        #expect(lazy.listItems == Self.wholePeople.listItems)
        #expect(TemplateValue.lazyList(LazyList(count: 2) { .text(String($0)) }).printed == "0, 1")
        let json = String(decoding: try JSONEncoder().encode(lazy), as: UTF8.self)
        #expect(json == #"[{"name":"Ильин"},{"name":"Орлова"},{"name":"Гончаренко"}]"#)
    }
}
