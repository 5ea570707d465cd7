/// An address on this server: a path of ours and query values, each percent-encoded, and an optional
/// fragment (an element's id). Links are made only this way, so no value from a spec can become a
/// `javascript:` address or leave the page's own origin.
struct Link: Sendable, Equatable {
    /// One of the server's own paths: "/", "/participants".
    let path: StaticString
    /// Segments after the path, each percent-encoded: an id and `edit` make `/participants/s3/edit`.
    var segments: [String] = []
    var query: [(name: String, value: String)] = []
    var fragment: String?

    init(_ path: StaticString, segments: [String] = [], query: [(name: String, value: String)] = [], fragment: String? = nil) {
        self.path = path
        self.segments = segments
        self.query = query
        self.fragment = fragment
    }

    /// The address as an `href` holds it (escaped again, as any attribute value, when written).
    var address: String {
        var address = "\(path)" + segments.map { "/" + Self.encoded($0) }.joined()
        if !query.isEmpty {
            address += "?" + query.map { Self.encoded($0.name) + "=" + Self.encoded($0.value) }.joined(separator: "&")
        }
        if let fragment { address += "#" + Self.encoded(fragment) }
        return address
    }

    static func == (left: Link, right: Link) -> Bool { left.address == right.address }

    /// Percent-encodes everything but the unreserved characters of RFC 3986.
    static func encoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return result
    }
}

extension Link {
    /// A participant's row in the table of participants.
    static func participant(_ id: String) -> Link { Link("/participants", fragment: Anchor.participant(id)) }
    /// A pair's row in the table of pairs and groups.
    static func pair(_ id: String) -> Link { Link("/pairs", fragment: Anchor.pair(id)) }
    /// The form of a participant.
    static func editParticipant(_ id: String) -> Link { Link("/participants", segments: [id, "edit"]) }
    /// The form of a pair or group.
    static func editPair(_ id: String) -> Link { Link("/pairs", segments: [id, "edit"]) }
}

/// The ids of rows that links point at.
enum Anchor {
    static func participant(_ id: String) -> String { "participant-\(id)" }
    static func pair(_ id: String) -> String { "pair-\(id)" }
}
