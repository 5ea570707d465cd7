import DocumentEngine
public import CalendarDays

/// The дорожная карта: the stages of the mentoring cycle, each with its activities.
public struct Roadmap: Sendable, Equatable {
    public var stages: [Stage]

    public init(stages: [Stage]) { self.stages = stages }

    public struct Stage: Sendable, Equatable {
        public var title: String
        public var activities: [Activity]

        public init(title: String, activities: [Activity]) {
            self.title = title
            self.activities = activities
        }

        /// From the first day of its activities to the last; nil when none is dated.
        public var period: ClosedRange<CalendarDay>? {
            let periods = activities.compactMap(\.period)
            guard let first = periods.map(\.lowerBound).min(), let last = periods.map(\.upperBound).max() else { return nil }
            return first...last
        }
    }

    public struct Activity: Sendable, Equatable {
        public var what: String
        /// When, as the document prints it: «сентябрь 2026 г.», «01.09.2026 – 30.09.2026».
        public var when: String
        public var responsible: String
        public var result: String
        /// The days it takes, when the roadmap is dated from the spec (the school's own roadmap prints `when` only).
        public var period: ClosedRange<CalendarDay>?
        /// What the activity is among the steps the documents depend on, for checking their order.
        public var milestone: Milestone?

        public init(what: String, when: String, responsible: String, result: String,
            period: ClosedRange<CalendarDay>? = nil, milestone: Milestone? = nil)
        {
            self.what = what
            self.when = when
            self.responsible = responsible
            self.result = result
            self.period = period
            self.milestone = milestone
        }
    }

    /// The steps of the cycle that other documents refer to or wait for.
    public enum Milestone: Sendable, Equatable, CaseIterable {
        case adoption, introductionOrder, curatorOrder, informing
        case menteeBase, consents, mentorBase, mentorSelection, mentorTraining
        case pairsOrder, plansOrder, work, interimMonitoring
        case finalMonitoring, closingOrder
    }

    /// The activity of a milestone, wherever it stands.
    public func activity(_ milestone: Milestone) -> Activity? {
        stages.lazy.flatMap(\.activities).first { $0.milestone == milestone }
    }

    /// The number (from 1) of the stage holding a milestone.
    public func stageNumber(of milestone: Milestone) -> Int? {
        stages.firstIndex { $0.activities.contains { $0.milestone == milestone } }.map { $0 + 1 }
    }
}
