import CalendarDays
#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

extension TemplateValue {
    /// A template's data from any `Encodable` value, as its `encode(to:)` writes it, with no JSON
    /// on the way: a struct's properties become a group in the order they are declared (or coded),
    /// arrays lists, strings text, `Bool` yes/no, numbers their text (as `init(_:)` writes them).
    ///
    /// - `nil` (an optional property, an absent element) is null: the name is there, so a section
    ///   over it is hidden without complaint, and a tag printing it is reported as missing data
    ///   unless rendering allows missing values — as the engine treats a null everywhere.
    /// - `CalendarDay` and Foundation's `Date` become a day, `YYYY-MM-DD`; a `Date` is the day it
    ///   falls on in `timeZone`.
    /// - A `[String: …]` dictionary has its names sorted, as it has no order of its own.
    /// - `Decimal` is its number, `URL` its text, and a `TemplateValue` is kept as it is.
    ///
    /// Throws what the value's `encode(to:)` throws, or an `EncodingError` when it writes nothing.
    public init(encoding value: some Encodable, timeZone: TimeZone = .current) throws {
        let root = EncodedSlot()
        try TemplateValueEncoder(slot: root, codingPath: [], timeZone: timeZone).encode(value, into: root, at: [])
        guard let encoded = root.finished else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [],
                debugDescription: "\(type(of: value)) encoded no value"))
        }
        self = encoded
    }
}

/// Where one value is written while encoding: nothing yet, a value, named fields or items.
final class EncodedSlot {
    enum Content {
        case empty
        case value(TemplateValue)
        case fields(Fields)
        case items(Items)
    }

    /// The fields of a group, in the order first written; writing a name again replaces its value.
    final class Fields {
        private(set) var names: [String] = []
        private(set) var slots: [String: EncodedSlot] = [:]

        func slot(_ name: String) -> EncodedSlot {
            if let slot = slots[name] { return slot }
            let slot = EncodedSlot()
            names.append(name)
            slots[name] = slot
            return slot
        }
    }

    final class Items {
        private(set) var slots: [EncodedSlot] = []

        func append() -> EncodedSlot {
            let slot = EncodedSlot()
            slots.append(slot)
            return slot
        }
    }

    var content = Content.empty

    /// The slot's fields, made a group if it is not one yet.
    var fields: Fields {
        if case .fields(let fields) = content { return fields }
        let fields = Fields()
        content = .fields(fields)
        return fields
    }

    /// The slot's items, made a list if it is not one yet.
    var items: Items {
        if case .items(let items) = content { return items }
        let items = Items()
        content = .items(items)
        return items
    }

    /// The value written, or nil when nothing was; inside a group or a list that is null.
    var finished: TemplateValue? {
        switch content {
        case .empty: nil
        case .value(let value): value
        case .fields(let fields): .map(TemplateFields(fields.names.map { (FieldName($0), fields.slots[$0]!.finished ?? .null) }))
        case .items(let items): .list(items.slots.map { $0.finished ?? .null })
        }
    }
}

/// The `Encoder` behind `TemplateValue(encoding:)`: each value is written into a slot of a tree
/// that becomes the `TemplateValue` when encoding is done.
struct TemplateValueEncoder: Encoder {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]
    let timeZone: TimeZone
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, fields: slot.fields))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedContainer(encoder: self, items: slot.items) }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(encoder: self) }

    /// Writes `value` into `slot`: the types a template prints as they are directly, a dictionary
    /// in the order of its names, anything else through its own `encode(to:)`.
    func encode<Value: Encodable>(_ value: Value, into slot: EncodedSlot, at path: [any CodingKey]) throws {
        if let printed = printed(value) {
            slot.content = .value(printed)
        } else if let dictionary = value as? [String: any Encodable] {
            let fields = slot.fields
            for (name, element) in dictionary.sorted(by: { $0.key < $1.key }) {
                let key = NameKey(name)
                try encode(element, into: fields.slot(name), at: path + [key])
            }
        } else {
            try value.encode(to: TemplateValueEncoder(slot: slot, codingPath: path, timeZone: timeZone))
        }
    }

    private func printed(_ value: some Encodable) -> TemplateValue? {
        switch value {
        case let text as String: .text(text)
        case let flag as Bool: .bool(flag)
        case let number as any BinaryInteger: TemplateValue(number)
        case let number as Double: TemplateValue.number(number)
        case let number as Float: TemplateValue.number(number)
        case let number as Decimal: TemplateValue(number)
        case let day as CalendarDay: TemplateValue(day)
        case let date as Date: TemplateValue(date, in: timeZone)
        case let url as URL: .text(url.absoluteString)
        case let value as TemplateValue: value
        default: nil
        }
    }

    /// A name in a group, or a position in a list, for `codingPath`.
    struct NameKey: CodingKey {
        let stringValue: String
        let intValue: Int?

        init(_ name: String) {
            stringValue = name
            intValue = nil
        }

        init(position: Int) {
            stringValue = String(position)
            intValue = position
        }

        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { self.init(position: intValue) }

        static let superKey = NameKey("super")
    }
}
