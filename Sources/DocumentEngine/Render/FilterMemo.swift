/// The last text each filtered value tag printed, and what it printed it from, kept across the
/// documents one renderer makes.
///
/// A batch prints the director's name and the document date through the same filters in every
/// document, and the agreement prints each name twice (one copy for each side). Filters are pure
/// (see `Filter`), so the same input and arguments give the same text: one comparison of
/// strings replaces parsing, declining and formatting again.
final class FilterMemo {
    private struct Entry {
        var input: String
        var arguments: [TemplateValue]
        var output: String
    }

    private var entries: [Entry?] = []

    /// What slot `slot` printed last time, if it was for this input and these arguments.
    func output(slot: Int, input: String, arguments: [TemplateValue]) -> String? {
        guard slot < entries.count, let entry = entries[slot], entry.input == input, entry.arguments == arguments else {
            return nil
        }
        return entry.output
    }

    func remember(slot: Int, input: String, arguments: [TemplateValue], output: String) {
        if slot >= entries.count { entries += repeatElement(nil, count: slot - entries.count + 1) }
        entries[slot] = Entry(input: input, arguments: arguments, output: output)
    }
}
