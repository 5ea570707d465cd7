/// Writes a paragraph's text the way ODF keeps it: spaces that ODF would collapse (at the start
/// of the paragraph or a line, or after another space) as `text:s`, line breaks and tabs as
/// elements. One value per paragraph: it remembers what came last across the paragraph's spans.
struct OdtText {
    private var collapsesSpace = true

    mutating func write(_ text: String, into x: inout XMLBuilder) {
        var pending = ""
        func flush(_ x: inout XMLBuilder) {
            guard !pending.isEmpty else { return }
            x.text(pending)
            pending = ""
        }
        for character in text {
            switch character {
            case "\n", "\r\n":
                flush(&x)
                x.leaf("text:line-break")
                collapsesSpace = true
            case "\t":
                flush(&x)
                x.leaf("text:tab")
                collapsesSpace = true
            case " ":
                if collapsesSpace {
                    flush(&x)
                    x.leaf("text:s")
                } else {
                    pending.append(" ")
                    collapsesSpace = true
                }
            default:
                pending.append(character)
                collapsesSpace = false
            }
        }
        flush(&x)
    }
}
