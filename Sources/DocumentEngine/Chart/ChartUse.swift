/// One chart bound to data, as `inspect` reports it: `word/charts/chart1.xml: {{#chart satisfaction}}`.
public struct ChartUse: Sendable, Equatable {
    /// The chart's part: `word/charts/chart1.xml`, `Object 1/content.xml`.
    public var part: String
    /// The data path the chart is filled from.
    public var path: DataPath
    /// The title the chart keeps once the tag is taken out; empty when the tag was all of it.
    public var title: String
    /// How many series the chart has, each filled from one value of every category.
    public var seriesCount: Int
}

extension BoundCharts {
    /// Every bound chart, Word's and ODF's, in the order they were found.
    var uses: [ChartUse] {
        word.map { ChartUse(part: $0.part, path: $0.binding.path, title: $0.binding.title, seriesCount: $0.seriesCount) }
            + openDocument.map { ChartUse(part: $0.part, path: $0.binding.path, title: $0.binding.title, seriesCount: $0.seriesCount) }
    }
}
