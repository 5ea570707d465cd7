import DocumentEngine

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
    }

    public struct Activity: Sendable, Equatable {
        public var what: String
        /// When, as the document prints it: «сентябрь 2026 г.», «01.09.2026 – 30.09.2026».
        public var when: String
        public var responsible: String
        public var result: String

        public init(what: String, when: String, responsible: String, result: String) {
            self.what = what
            self.when = when
            self.responsible = responsible
            self.result = result
        }
    }
}
