/// A bar chart whose bars come from data: its title carries the tag that binds it
/// (`Оценки {{#chart report.charts.quality}}`), and the engine writes the categories and values
/// of that group into it when the template is filled. The template itself holds no bars.
public struct Chart: Sendable, Equatable {
    /// Which way the bars run.
    public enum Direction: Sendable, Equatable {
        /// Bars across the page, their categories' names on the left: for long names.
        case horizontal
        /// Columns standing up, their categories' names underneath.
        case vertical
    }

    /// The title with its `{{#chart NAME}}` tag; what is around the tag stays as the chart's title.
    public var title: String
    /// One name per series (a bar of each category), as the legend shows them.
    public var series: [String]
    /// The name of the categories' column in the chart's data (its corner cell).
    public var categoriesName: String
    /// Which way the bars run.
    public var direction: Direction
    /// The value axis's ends (a 1–10 scale from 0 to 10); nil lets the editor choose them from the data.
    public var scale: ClosedRange<Double>?
    /// The distance between the value axis's gridlines (1 for a scale of marks); nil lets the editor choose it.
    public var step: Double?
    /// The value axis is shown, with its gridlines; a chart of counts, whose bars carry their
    /// values, may go without it (an editor would mark a scale of 1 or 2 in halves).
    public var showsValueAxis = true
    /// In millimetres.
    public var width: Double
    /// In millimetres.
    public var height: Double
    /// The chart starts a new page (set by `Block.pageBreak`).
    public var pageBreakBefore = false

    /// A chart titled `title` of these series.
    public init(title: String, series: [String], categoriesName: String = "", direction: Direction = .horizontal,
        scale: ClosedRange<Double>? = nil, step: Double? = 1, width: Double = 165, height: Double = 110)
    {
        self.title = title
        self.series = series
        self.categoriesName = categoriesName
        self.direction = direction
        self.scale = scale
        self.step = step
        self.width = width
        self.height = height
    }
}
