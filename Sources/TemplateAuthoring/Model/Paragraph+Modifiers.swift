/// Adjustments that return a changed copy, so a paragraph is described in one expression.
extension Paragraph {
    public func aligned(_ alignment: Alignment) -> Paragraph {
        var copy = self
        copy.alignment = alignment
        return copy
    }

    /// Centimetres; arguments left out keep their value.
    public func indented(left: Double? = nil, firstLine: Double? = nil, right: Double? = nil) -> Paragraph {
        var copy = self
        if let left { copy.leftIndent = left }
        if let firstLine { copy.firstLineIndent = firstLine }
        if let right { copy.rightIndent = right }
        return copy
    }

    /// Points; arguments left out keep their value.
    public func spaced(before: Double? = nil, after: Double? = nil) -> Paragraph {
        var copy = self
        if let before { copy.spaceBefore = before }
        if let after { copy.spaceAfter = after }
        return copy
    }

    public func keptWithNext(_ keep: Bool = true) -> Paragraph {
        var copy = self
        copy.keepWithNext = keep
        return copy
    }

    public func keptTogether(_ keep: Bool = true) -> Paragraph {
        var copy = self
        copy.keepTogether = keep
        return copy
    }

    /// The font size in points of the runs that set none.
    public func sized(_ points: Double) -> Paragraph {
        var copy = self
        copy.fontSize = points
        return copy
    }

    public func lineSpacing(_ multiple: Double) -> Paragraph {
        var copy = self
        copy.lineSpacing = multiple
        return copy
    }

    public func tabs(_ stops: TabStop...) -> Paragraph {
        var copy = self
        copy.tabStops = stops
        return copy
    }

    /// Every run in bold.
    public func bold() -> Paragraph {
        var copy = self
        for index in copy.runs.indices { copy.runs[index].bold = true }
        return copy
    }
}
