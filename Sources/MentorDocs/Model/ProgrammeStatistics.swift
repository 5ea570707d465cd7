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

    /// Counts the programme's pairs and people, ages on its documents' date: one pass over the
    /// pairs and one over the people, as a school may have thousands of each.
    public init(_ programme: Programme) {
        let date = programme.documentDate
        let size = programme.participants.count
        var forms = programme.forms
        var pairCounts: [MentoringForm: (pairs: Int, mentors: DifferentPeople, mentees: DifferentPeople)] = [:]
        var mentoring = DifferentPeople(size)
        var mentored = DifferentPeople(size)
        for pair in programme.pairs {
            if !forms.contains(pair.form) { forms.append(pair.form) }
            pairCounts[pair.form, default: (0, DifferentPeople(size), DifferentPeople(size))].pairs += 1
            let mentor = programme.position(of: pair.mentorID)
            pairCounts[pair.form]!.mentors.insert(pair.mentorID, at: mentor)
            mentoring.insert(pair.mentorID, at: mentor)
            for id in pair.menteeIDs {
                let mentee = programme.position(of: id)
                pairCounts[pair.form]!.mentees.insert(id, at: mentee)
                mentored.insert(id, at: mentee)
            }
        }
        byForm = forms.compactMap { form in
            pairCounts[form].map { FormRow(form: form, pairs: $0.pairs, mentors: $0.mentors.count, mentees: $0.mentees.count) }
        }
        mentors = mentoring.count
        mentees = mentored.count
        var categories: [Participant.Category: CategoryRow] = [:]
        var pupils = 0
        var youngTeachers = 0
        // By index: a participant is a large value, and only a few of its fields are read here.
        let participants = programme.participants
        for index in participants.indices {
            // A participant whose id another has already is counted as that one is (the spec's check reports it).
            guard let place = programme.position(of: participants[index].id) else { continue }
            let isMentor = mentoring.contains(place), isMentee = mentored.contains(place)
            guard isMentor || isMentee else { continue }
            let category = participants[index].category
            categories[category, default: CategoryRow(category: category, mentors: 0, mentees: 0)].mentors += isMentor ? 1 : 0
            categories[category]!.mentees += isMentee ? 1 : 0
            guard isMentee else { continue }
            if category == .student, participants[index].person.age(on: date).map(Self.pupilAges.contains) == true { pupils += 1 }
            if category == .teacher, participants[index].workStart.map({ Self.youngTeacherYears.contains($0.fullYears(on: date)) }) == true {
                youngTeachers += 1
            }
        }
        byCategory = Participant.Category.allCases.compactMap { categories[$0] }
        pupils10To19 = Indicator(mentees: pupils, total: programme.organisation.totals.pupils10To19)
        self.youngTeachers = Indicator(mentees: youngTeachers, total: programme.organisation.totals.youngTeachers)
    }
}

/// Different people named by id, kept by their places among the participants: a school of a hundred
/// thousand people is counted without sets of their ids.
private struct DifferentPeople {
    private var named: [Bool]
    /// Ids a pair names that no participant has (the spec's check reports them); counted all the same.
    private var unknown: Set<String> = []
    private(set) var count = 0

    init(_ participants: Int) { named = Array(repeating: false, count: participants) }

    /// Counts the person `id`, at `position` among the participants when there is one.
    mutating func insert(_ id: String, at position: Int?) {
        if let position {
            guard !named[position] else { return }
            named[position] = true
            count += 1
        } else if unknown.insert(id).inserted {
            count += 1
        }
    }

    func contains(_ position: Int) -> Bool { named[position] }
}
