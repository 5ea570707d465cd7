/// The closing line of a form: something on the left (a date, a position), then a blank to sign
/// on, a slash and the transcript, with small captions under the blanks:
///
///     «19» ноября 2026 г.          ____________ / А.П. Соколова________
///                                    (подпись)    (расшифровка подписи)
///
/// It is a borderless table whose blanks are cell rules, so the lines are exact in both formats
/// and the transcript sits on its line whatever its length.
public struct SignatureLine: Sendable, Equatable {
    public var leading: [Run]
    public var transcript: [Run]
    public var signatureCaption: String
    public var transcriptCaption: String
    /// Under the left part: «(дата)» where it is a date slot; nothing where it holds a role.
    public var leadingCaption: String
    /// Between the signature and the transcript; empty where the right part is a date slot.
    public var separator: String
    /// Centimetres.
    public var signatureWidth: Double
    /// Centimetres.
    public var transcriptWidth: Double
    /// Points.
    public var captionSize: Double
    /// Points of room above the blanks for a handwritten signature.
    public var spaceBefore: Double

    public init(
        leading: [Run] = [],
        transcript: [Run],
        signatureCaption: String = "(подпись)",
        transcriptCaption: String = "(расшифровка подписи)",
        leadingCaption: String = "",
        separator: String = "/",
        signatureWidth: Double = 4,
        transcriptWidth: Double = 5.5,
        captionSize: Double = 8,
        spaceBefore: Double = 14
    ) {
        self.leading = leading
        self.transcript = transcript
        self.signatureCaption = signatureCaption
        self.transcriptCaption = transcriptCaption
        self.leadingCaption = leadingCaption
        self.separator = separator
        self.signatureWidth = signatureWidth
        self.transcriptWidth = transcriptWidth
        self.captionSize = captionSize
        self.spaceBefore = spaceBefore
    }

    /// Plain text on the left (a date tag, a position) and the transcript (a name tag).
    public init(leading: String, transcript: String) {
        self.init(leading: leading.isEmpty ? [] : [Run(leading)], transcript: [Run(transcript)])
    }

    /// A date on the left, captioned «(дата)», then the signature and its transcript.
    public static func dated(_ date: String, transcript: String) -> SignatureLine {
        SignatureLine(leading: [Run(date)], transcript: [Run(transcript)], leadingCaption: "(дата)")
    }

    /// Words on the left, a blank to sign on and a blank for the date, captioned «(дата)»: a
    /// receipt such as «Экземпляр получил(а)».
    public static func receipt(_ words: String) -> SignatureLine {
        SignatureLine(leading: [Run(words)], transcript: [], transcriptCaption: "(дата)", separator: "", transcriptWidth: 4)
    }

    public var table: Table {
        func line(_ runs: [Run], _ alignment: Paragraph.Alignment) -> Paragraph {
            Paragraph(runs, alignment: alignment, firstLineIndent: 0, spaceBefore: spaceBefore)
        }
        func caption(_ text: String, _ alignment: Paragraph.Alignment = .center) -> TableCell {
            TableCell(Paragraph([Run(text)], alignment: alignment, firstLineIndent: 0, fontSize: captionSize))
        }
        let slash = separator.isEmpty ? [] : [Run(separator)]
        return Table(
            columns: [.flexible(1), .fixed(signatureWidth), .fixed(0.6), .fixed(transcriptWidth)],
            borders: false,
            cellPadding: 0.05,
            keepTogether: true,
            rows: [
                TableRow([
                    TableCell(line(leading, .left), verticalAlignment: .bottom),
                    TableCell(line([], .center), verticalAlignment: .bottom, bottomRule: true),
                    TableCell(line(slash, .center), verticalAlignment: .bottom),
                    TableCell(line(transcript, .center), verticalAlignment: .bottom, bottomRule: true),
                ], cantSplit: true),
                TableRow([caption(leadingCaption, leadingCaption.isEmpty ? .center : .left), caption(signatureCaption), caption(""), caption(transcriptCaption)], cantSplit: true),
            ]
        )
    }
}
