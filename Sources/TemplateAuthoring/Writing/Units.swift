/// Conversions from the model's units (mm, cm, pt) to what each format writes,
/// and number printing that does not depend on the locale.
enum Units {
    /// Word's twentieths of a point.
    static func twips(cm: Double) -> Int { Int((cm * 1440 / 2.54).rounded()) }
    static func twips(mm: Double) -> Int { twips(cm: mm / 10) }
    static func twips(pt: Double) -> Int { Int((pt * 20).rounded()) }
    /// Word's font sizes are in half-points.
    static func halfPoints(_ pt: Double) -> Int { Int((pt * 2).rounded()) }

    /// DrawingML's English metric units: 36,000 a millimetre.
    static func emu(mm: Double) -> Int { Int((mm * 36000).rounded()) }

    static func cm(_ value: Double) -> String { decimal(value) + "cm" }
    static func pt(_ value: Double) -> String { decimal(value) + "pt" }

    /// At most three decimals, a dot, no trailing zeros: 1.25 → "1.25", 20 → "20".
    static func decimal(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let magnitude = abs(thousandths)
        var result = (thousandths < 0 ? "-" : "") + String(magnitude / 1000)
        var fraction = magnitude % 1000
        if fraction != 0 {
            var digits = 3
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let text = String(fraction)
            result += "." + String(repeating: "0", count: digits - text.count) + text
        }
        return result
    }
}
