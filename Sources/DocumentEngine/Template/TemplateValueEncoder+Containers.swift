/// The three containers of `TemplateValueEncoder`. Each kind of value has its own method, as
/// `Encoder` asks; all of them go through `put`, and so through the encoder's one `encode(_:into:at:)`.
extension TemplateValueEncoder {
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: TemplateValueEncoder
        let fields: EncodedSlot.Fields
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws { try put(value, key) }

        mutating func encodeNil(forKey key: Key) { fields.slot(key.stringValue).content = .value(.null) }

        mutating func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key) throws { try putIfPresent(value, key) }

        mutating func encode(_ value: Bool, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: String, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(value, key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(value, key) }

        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try putIfPresent(value, key) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try putIfPresent(value, key) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            nested(key).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { nested(key).unkeyedContainer() }

        mutating func superEncoder() -> any Encoder { nested(NameKey.superKey) }

        mutating func superEncoder(forKey key: Key) -> any Encoder { nested(key) }

        private func put<Value: Encodable>(_ value: Value, _ key: Key) throws {
            try encoder.encode(value, into: fields.slot(key.stringValue), at: codingPath + [key])
        }

        /// An optional property left nil is null, not left out: see `TemplateValue(encoding:)`.
        private func putIfPresent<Value: Encodable>(_ value: Value?, _ key: Key) throws {
            if let value { try put(value, key) } else { fields.slot(key.stringValue).content = .value(.null) }
        }

        private func nested(_ key: any CodingKey) -> TemplateValueEncoder {
            TemplateValueEncoder(slot: fields.slot(key.stringValue), codingPath: codingPath + [key], timeZone: encoder.timeZone)
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: TemplateValueEncoder
        let items: EncodedSlot.Items
        var codingPath: [any CodingKey] { encoder.codingPath }
        var count: Int { items.slots.count }

        mutating func encode<Value: Encodable>(_ value: Value) throws { try put(value) }

        mutating func encodeNil() { items.append().content = .value(.null) }

        mutating func encode(_ value: Bool) throws { try put(value) }
        mutating func encode(_ value: String) throws { try put(value) }
        mutating func encode(_ value: Double) throws { try put(value) }
        mutating func encode(_ value: Float) throws { try put(value) }
        mutating func encode(_ value: Int) throws { try put(value) }
        mutating func encode(_ value: Int8) throws { try put(value) }
        mutating func encode(_ value: Int16) throws { try put(value) }
        mutating func encode(_ value: Int32) throws { try put(value) }
        mutating func encode(_ value: Int64) throws { try put(value) }
        mutating func encode(_ value: UInt) throws { try put(value) }
        mutating func encode(_ value: UInt8) throws { try put(value) }
        mutating func encode(_ value: UInt16) throws { try put(value) }
        mutating func encode(_ value: UInt32) throws { try put(value) }
        mutating func encode(_ value: UInt64) throws { try put(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            nested().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nested().unkeyedContainer() }

        mutating func superEncoder() -> any Encoder { nested() }

        private func put<Value: Encodable>(_ value: Value) throws {
            let key = NameKey(position: count)
            try encoder.encode(value, into: items.append(), at: codingPath + [key])
        }

        private func nested() -> TemplateValueEncoder {
            let key = NameKey(position: count)
            return TemplateValueEncoder(slot: items.append(), codingPath: codingPath + [key], timeZone: encoder.timeZone)
        }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let encoder: TemplateValueEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encode<Value: Encodable>(_ value: Value) throws { try put(value) }

        mutating func encodeNil() { encoder.slot.content = .value(.null) }

        private func put<Value: Encodable>(_ value: Value) throws {
            try encoder.encode(value, into: encoder.slot, at: codingPath)
        }

        mutating func encode(_ value: Bool) throws { try put(value) }
        mutating func encode(_ value: String) throws { try put(value) }
        mutating func encode(_ value: Double) throws { try put(value) }
        mutating func encode(_ value: Float) throws { try put(value) }
        mutating func encode(_ value: Int) throws { try put(value) }
        mutating func encode(_ value: Int8) throws { try put(value) }
        mutating func encode(_ value: Int16) throws { try put(value) }
        mutating func encode(_ value: Int32) throws { try put(value) }
        mutating func encode(_ value: Int64) throws { try put(value) }
        mutating func encode(_ value: UInt) throws { try put(value) }
        mutating func encode(_ value: UInt8) throws { try put(value) }
        mutating func encode(_ value: UInt16) throws { try put(value) }
        mutating func encode(_ value: UInt32) throws { try put(value) }
        mutating func encode(_ value: UInt64) throws { try put(value) }
    }
}
