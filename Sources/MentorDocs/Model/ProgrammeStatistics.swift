/// The figures the curator reports to the regional mentoring centre: participants by form of
/// mentoring and by category, and the target model's two indicators (Р-145): the share of pupils
/// aged 10–19 and the share of young teachers (0–3 years of teaching) who are mentees.
///
/// A person in several pairs is counted once in each form and once in the totals.
public struct ProgrammeStatistics: Sendable, Equatable {
    /// The figures of one form of mentoring.
    public struct FormRow: Sendable, Equatable {
        /// «ученик – ученик», …
        public var form: MentoringForm
        /// Pairs and groups of the form.
        public var pairs: Int
        /// Different people mentoring in the form.
        public var mentors: Int
        /// Different people mentored in the form.
        public var mentees: Int
    }

    /// The mentors and mentees of one category of participants.
    public struct CategoryRow: Sendable, Equatable {
        /// Pupils, teachers, parents, graduates or employers' people.
        public var category: Participant.Category
        /// Those of the category who mentor.
        public var mentors: Int
        /// Those of the category who are mentored.
        public var mentees: Int
    }

    /// An indicator: how many of the school's people it counts are mentees, and the share when the
    /// spec gives the school's total (`organisation.totals`).
    public struct Indicator: Sendable, Equatable {
        /// The school's people the indicator counts who are mentees.
        public var mentees: Int
        /// The school's people the indicator counts, in mentoring or not, as the spec gives them.
        public var total: Int?
        /// Percent, one decimal place; nil without a total (or a total of 0).
        public var percent: Double? {
            guard let total, total > 0 else { return nil }
            return (Double(mentees) * 1000 / Double(total)).rounded() / 10
        }
    }

    /// In the order of the spec's `forms`, then any other form the pairs use; forms without pairs are left out.
    public var byForm: [FormRow]
    /// Categories with anyone in mentoring, in the order of `Participant.Category`.
    public var byCategory: [CategoryRow]
    /// Different people mentoring in any pair or group.
    public var mentors: Int
    /// Different people mentored in any pair or group.
    public var mentees: Int
    /// Mentees who are pupils aged 10 to 19 on the documents' date.
    public var pupils10To19: Indicator
    /// Mentees who are teachers of 0 to 3 full years of teaching on the documents' date.
    public var youngTeachers: Indicator

    /// Full years of teaching that still make a young specialist.
    public static let youngTeacherYears = 0...3
    /// The ages of pupils the first indicator counts.
    public static let pupilAges = 10...19

    /// Counts the programme's pairs and people, ages on its documents' date.
    public init(_ programme: Programme) {
        let date = programme.documentDate
        var forms = programme.forms
        for pair in programme.pairs where !forms.contains(pair.form) { forms.append(pair.form) }
        byForm = forms.compactMap { form in
            let pairs = programme.pairs.filter { $0.form == form }
            guard !pairs.isEmpty else { return nil }
            return FormRow(form: form, pairs: pairs.count, mentors: Set(pairs.map(\.mentorID)).count,
                mentees: Set(pairs.flatMap(\.menteeIDs)).count)
        }
        let mentorIDs = Set(programme.pairs.map(\.mentorID))
        let menteeIDs = Set(programme.pairs.flatMap(\.menteeIDs))
        mentors = mentorIDs.count
        mentees = menteeIDs.count
        byCategory = Participant.Category.allCases.compactMap { category in
            let people = programme.participants.filter { $0.category == category }
            let row = CategoryRow(category: category, mentors: people.filter { mentorIDs.contains($0.id) }.count,
                mentees: people.filter { menteeIDs.contains($0.id) }.count)
            return row.mentors + row.mentees > 0 ? row : nil
        }
        let mentees = programme.participants.filter { menteeIDs.contains($0.id) }
        pupils10To19 = Indicator(
            mentees: mentees.filter { $0.category == .student && $0.person.age(on: date).map(Self.pupilAges.contains) == true }.count,
            total: programme.organisation.totals.pupils10To19)
        youngTeachers = Indicator(
            mentees: mentees.filter { mentee in
                mentee.category == .teacher && mentee.workStart.map { Self.youngTeacherYears.contains($0.fullYears(on: date)) } == true
            }.count,
            total: programme.organisation.totals.youngTeachers)
    }
}
