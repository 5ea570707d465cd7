/// A template's data can be written out (as JSON, say) and can stand inside an `Encodable` model
/// given to `TemplateValue(encoding:)`: text and yes/no as themselves, null as nil, a list as an
/// array, a group as keyed values in its order.
extension TemplateValue: Encodable {
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .text(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .list(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .lazyList(let list):
            var container = encoder.unkeyedContainer()
            for item in list { try container.encode(item) }
        case .map(let fields):
            var container = encoder.container(keyedBy: TemplateValueEncoder.NameKey.self)
            for (name, value) in fields { try container.encode(value, forKey: TemplateValueEncoder.NameKey(name.text)) }
        }
    }
}
