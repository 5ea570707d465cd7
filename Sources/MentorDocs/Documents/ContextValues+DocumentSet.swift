import DocumentEngine
import CalendarDays

/// The data paths that tie the set together: every order by its key, the councils' minutes of the
/// Положение, the mentors the closing order rewards, the forms as the Программа describes them.
extension ContextValues {
    /// `orders.introduction.number`, `orders.plans.date`…: each order as the spec gives it; the
    /// closing order dated from the programme's end when the spec leaves its date out.
    static func orders(_ programme: Programme) -> TemplateValue {
        var orders: TemplateFields = [:]
        for key in ["introduction", "curator", "pairs", "plans", "closing"] {
            orders[key] = order(programme.orders[key])
        }
        orders["closing"] = closingOrder(programme)
        return .map(orders)
    }

    static func closingOrder(_ programme: Programme) -> TemplateValue {
        let given = programme.orders["closing"]
        return .map(["number": text(given?.number), "date": date(programme.schedule.closingOrder)])
    }

    /// `councils.pedagogical.number`, `councils.students.date`…: null where the spec has none.
    static func councils(_ programme: Programme) -> TemplateValue {
        var councils: TemplateFields = [:]
        for council in Council.allCases {
            let minutes = programme.councils[council]
            councils[council.rawValue] = .map(["number": text(minutes?.number), "date": date(minutes?.date)])
        }
        return .map(councils)
    }

    /// The mentors of the programme's pairs, each once, in the closing order: the school's own
    /// people (teachers, pupils) are thanked by the order, the others get a letter of thanks.
    static func rewards(_ programme: Programme) -> TemplateValue {
        var seen = Set<String>()
        var thanked: [TemplateValue] = []
        var letters: [TemplateValue] = []
        for pair in programme.pairs {
            guard let mentor = programme.participant(pair.mentorID), seen.insert(mentor.id).inserted else { continue }
            let value = participant(mentor, on: programme.documentDate)
            if mentor.category == .teacher || mentor.category == .student { thanked.append(value) } else { letters.append(value) }
        }
        return .map(["thanked": .list(thanked), "letters": .list(letters),
            "has_thanked": .bool(!thanked.isEmpty), "has_letters": .bool(!letters.isEmpty)])
    }

    /// The programme's forms, each with its profile and the pairs and groups working in it.
    static func formProfiles(_ programme: Programme) -> TemplateValue {
        .list(programme.forms.enumerated().map { index, form in
            let profile = FormProfile.of(form)
            let pairs = programme.pairs.filter { $0.form == form }.map { pair(_: $0, in: programme) }
            return .map([
                "number": .text(String(index + 1)),
                "title": .text(form.rawValue),
                "goal": .text(profile.goal),
                "mentee": .text(profile.mentee),
                "mentor": .text(profile.mentor),
                "results": .text(profile.results),
                "pairs": .list(pairs),
            ])
        })
    }
}
