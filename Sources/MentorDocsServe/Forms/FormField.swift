/// A field of an entry's form, named by its path in the spec: `full_name`, `representative.relation`,
/// `plan.0.when`. The name is the input's `name`, so what is sent goes back to the same place.
struct FormField: Sendable {
    enum Input: Sendable {
        /// A line of text.
        case text
        /// A day, typed as the spec takes it (`09.03.2014` or `2014-03-09`): the library says whether it is one.
        case date
        /// A whole number.
        case number
        /// One of a list: the values as the spec writes them, and their words.
        case choice([(value: String, label: String)])
        /// Several of a list, sent as the same name repeated.
        case many([(value: String, label: String)])
        /// Yes or no: `true` when ticked, left out otherwise.
        case flag
        /// Text on several lines; with `asList`, each line is an item of a list.
        case lines(asList: Bool)
    }

    let name: String
    let label: String
    let input: Input
    var hint: String?

    init(_ name: String, _ label: String, _ input: Input = .text, hint: String? = nil) {
        self.name = name
        self.label = label
        self.input = input
        self.hint = hint
    }

    /// The input's id, for its label and its error: names hold dots, which an id may hold too.
    var id: String { "field-" + name }

    /// The field's value in the spec, from what was sent: empty leaves the field out.
    func value(from form: FormFields) -> SpecValue {
        switch input {
        case .flag:
            return .text(form[name] == nil ? "" : "true")
        case .many:
            return .list(form.all(name).filter { !$0.isEmpty }.map(SpecValue.text), .inline)
        case .lines(asList: true):
            let lines = (form[name] ?? "").split(whereSeparator: \.isNewline).map { SpecValue.text(String($0)) }.filter { !$0.isEmpty }
            return .list(lines, .block)
        case .lines(asList: false):
            return .text((form[name] ?? "").replacing("\r\n", with: "\n").trimmingWhitespace())
        default:
            // Spaces at the ends mean nothing to the spec; kept, they would only be quoted.
            return .text((form[name] ?? "").trimmingWhitespace())
        }
    }

    /// What the form shows of `value`, the spec's value at the field's path.
    func shown(_ value: SpecValue?) -> [String] {
        switch (input, value) {
        case (_, nil): return []
        case (.many, .list(let items, _)?): return items.compactMap(\.text)
        case (.lines(asList: true), .list(let items, _)?): return [items.compactMap(\.text).joined(separator: "\n")]
        case (.flag, .text(let text)?): return ["true", "yes", "да"].contains(text.lowercased()) ? ["true"] : []
        case (_, .text(let text)?): return text.isEmpty ? [] : [text]
        default: return []
        }
    }
}

/// Fields shown together under a legend: «Законный представитель», «Документ».
struct FormSection: Sendable {
    let legend: String
    var hint: String?
    let fields: [FormField]

    init(_ legend: String, hint: String? = nil, _ fields: [FormField]) {
        self.legend = legend
        self.hint = hint
        self.fields = fields
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MentorDocs
