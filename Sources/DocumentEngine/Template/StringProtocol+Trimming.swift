extension StringProtocol {
    /// The text without the white space at its two ends (spaces of every width, tabs, line breaks):
    /// what the `trim` filter gives, and how a cell's number or flag is read around stray spaces.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
