import DocumentEngine
public import CalendarDays

/// The дорожная карта: the stages of the mentoring cycle, each with its activities.
public struct Roadmap: Sendable, Equatable {
    /// The stages in order; the documents number them from 1.
    public var stages: [Stage]

    /// A roadmap of `stages`.
    public init(stages: [Stage]) { self.stages = stages }

    /// A stage of the cycle and what is done in it.
    public struct Stage: Sendable, Equatable {
        /// The stage's name: «Отбор и обучение наставников».
        public var title: String
        /// What is done in it, in order.
        public var activities: [Activity]

        /// A stage called `title` with `activities`.
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

    /// One line of the roadmap: what is done, when, by whom, and with what result.
    public struct Activity: Sendable, Equatable {
        /// What is done: «Сбор согласий на обработку персональных данных участников».
        public var what: String
        /// When, as the document prints it: «сентябрь 2026 г.», «01.09.2026 – 30.09.2026».
        public var when: String
        /// Who answers for it: «куратор», «директор»; empty when the spec does not say.
        public var responsible: String
        /// What comes of it: «Аналитическая справка».
        public var result: String
        /// The days it takes, when the roadmap is dated from the spec (the school's own roadmap prints `when` only).
        public var period: ClosedRange<CalendarDay>?
        /// What the activity is among the steps the documents depend on, for checking their order.
        public var milestone: Milestone?

        /// An activity; the school's own roadmap leaves `period` and `milestone` out.
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
        /// `adoption`: the pedagogical council adopts the Положение; `introductionOrder`: the order introducing
        /// the model; `curatorOrder`: the curator's appointment; `informing`: teachers, pupils and parents are told.
        case adoption, introductionOrder, curatorOrder, informing
        /// `menteeBase`: the mentees' needs are surveyed; `consents`: the personal data consents are collected;
        /// `mentorBase`: possible mentors are found; `mentorSelection`: mentors are chosen; `mentorTraining`: and trained.
        case menteeBase, consents, mentorBase, mentorSelection, mentorTraining
        /// `pairsOrder`: the pairs and groups are formed and fixed by order; `plansOrder`: their plans approved;
        /// `work`: the pairs work by their plans; `interimMonitoring`: interim monitoring and feedback.
        case pairsOrder, plansOrder, work, interimMonitoring
        /// `finalMonitoring`: the final monitoring and analysis; `closingOrder`: the results summed up and the
        /// mentors rewarded by the closing order.
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
