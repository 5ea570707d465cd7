/// The paper and the margins, in millimetres.
public struct PageSetup: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var margins: Margins
    /// From the top edge of the paper to the page-number header; it sits inside the top margin.
    public var headerDistance: Double

    public init(width: Double = 210, height: Double = 297, margins: Margins = .gost, headerDistance: Double = 10) {
        self.width = width
        self.height = height
        self.margins = margins
        self.headerDistance = headerDistance
    }

    /// A4 portrait with the ГОСТ Р 7.0.97 margins.
    public static let a4 = PageSetup()

    /// The width text runs in, in centimetres: what flexible table columns share.
    public var textWidth: Double { (width - margins.left - margins.right) / 10 }
}

/// Page margins in millimetres.
public struct Margins: Sendable, Equatable {
    public var left: Double
    public var top: Double
    public var right: Double
    public var bottom: Double

    public init(left: Double, top: Double, right: Double, bottom: Double) {
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
    }

    /// ГОСТ Р 7.0.97-2016: left 20, top 20, right 10, bottom 20.
    public static let gost = Margins(left: 20, top: 20, right: 10, bottom: 20)
}
