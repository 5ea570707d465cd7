/// A day is coded as the text specs and templates' data carry it, `YYYY-MM-DD`, so that it reads
/// the same in JSON and in a template's data; `DD.MM.YYYY` is read too.
extension CalendarDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "not a date; write YYYY-MM-DD or DD.MM.YYYY (a real day of a real month)")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
