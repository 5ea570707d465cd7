extension StringProtocol {
    /// The text without the white space at its two ends: spaces (of every width, the no-break one too),
    /// tabs and line breaks. What a person typed around a value in a spec, a CSV field or a form is not
    /// part of the value.
    public func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
