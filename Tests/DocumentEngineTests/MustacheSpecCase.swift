import Foundation
import DocumentEngine

/// One case of the official Mustache spec, read from the converted copy in `MustacheSpec/`.
struct MustacheSpecCase: Sendable {
    var spec: String
    var name: String
    var data: TemplateValue
    var template: String
    var expected: String

    /// The spec file and the case's name: `sections: Falsey` (names repeat across files).
    var id: String { "\(spec): \(name)" }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("MustacheSpec/mustache-spec.json")

    static let all: [MustacheSpecCase] = {
        do {
            let copy = try JSONDecoder().decode(ConvertedSpec.self, from: Data(contentsOf: file))
            return copy.cases.map { MustacheSpecCase(spec: $0.spec, name: $0.name, data: $0.data.templateValue,
                template: $0.template, expected: $0.expected) }
        } catch {
            fatalError("\(file.path): \(error)")
        }
    }()

    static let byID: [String: MustacheSpecCase] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
}

/// The layout of `mustache-spec.json`, as `convert.py` writes it.
private struct ConvertedSpec: Decodable {
    struct Case: Decodable {
        var spec: String
        var name: String
        var data: SpecValue
        var template: String
        var expected: String
    }

    var cases: [Case]
}

/// A JSON value of the spec's data, on its way to a `TemplateValue`.
private indirect enum SpecValue: Decodable {
    case null
    case bool(Bool)
    case integer(Int)
    case decimal(Double)
    case text(String)
    case list([SpecValue])
    case map([String: SpecValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .decimal(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let value = try? container.decode([SpecValue].self) {
            self = .list(value)
        } else {
            self = .map(try container.decode([String: SpecValue].self))
        }
    }

    /// Numbers become text the way the spec prints them: 85 as "85", 1.21 as "1.21".
    var templateValue: TemplateValue {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .integer(let value): .text(String(value))
        case .decimal(let value): .text(String(value))
        case .text(let value): .text(value)
        case .list(let items): .list(items.map(\.templateValue))
        case .map(let fields):
            .map(TemplateFields(fields.sorted { $0.key < $1.key }.map { (FieldName($0.key), $0.value.templateValue) }))
        }
    }
}
