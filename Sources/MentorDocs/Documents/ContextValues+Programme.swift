import DocumentEngine
import RussianLanguage
import CalendarDays

/// The data paths of participants, pairs, the roadmap and orders.
extension ContextValues {
    static func participant(_ participant: Participant, on date: CalendarDay) -> TemplateValue {
        guard case .map(var fields) = person(participant.person) else { return .null }
        let age = participant.person.age(on: date)
        fields["id"] = .text(participant.id)
        fields["category"] = .text(participant.category.rawValue)
        fields["category_title"] = .text(participant.category.title)
        fields["class_or_position"] = text(participant.classOrPosition)
        fields["workplace"] = text(participant.workplace)
        fields["age"] = age.map { .text(String($0)) } ?? .null
        fields["is_minor"] = .bool((age ?? 18) < 18)
        fields["is_under_14"] = .bool((age ?? 18) < 14)
        fields["representative"] = participant.representative.map(representative) ?? .null
        return .map(fields)
    }

    static func representative(_ representative: Representative) -> TemplateValue {
        guard case .map(var fields) = person(representative.person) else { return .null }
        fields["relation"] = .text(representative.relation.rawValue)
        fields["relation_title"] = .text(representative.relation.title)
        fields["is_parent"] = .bool(representative.relation.isParent)
        fields["is_guardian"] = .bool(representative.relation == .guardian)
        fields["is_trustee"] = .bool(representative.relation == .trustee)
        fields["act"] = representative.authorityAct.map { act in
            .map(["issuer": text(act.issuer), "number": .text(act.number), "date": date(act.date)])
        } ?? .null
        return .map(fields)
    }

    static func pair(_ pair: MentoringPair, in programme: Programme) -> TemplateValue {
        let date = programme.documentDate
        let mentees = pair.menteeIDs.compactMap(programme.participant).map { participant($0, on: date) }
        let end = pair.start.adding(months: pair.months)
        return .map([
            "id": .text(pair.id),
            "form": .text(pair.form.rawValue),
            "start": self.date(pair.start),
            "end": self.date(end),
            "months": .text(String(pair.months)),
            "months_words": .text(Wording.months(pair.months)),
            "goal": text(pair.goal),
            "tasks": .list(pair.tasks.map(TemplateValue.text)),
            "plan": .list(pair.plan.map { item in
                .map(["what": .text(item.activity), "when": .text(item.when), "result": .text(item.result)])
            }),
            "mentor": programme.participant(pair.mentorID).map { participant($0, on: date) } ?? .null,
            "mentees": .list(mentees),
            "mentee_names": .text(pair.menteeIDs.compactMap(programme.participant).map(\.person.fullName).joined(separator: ", ")),
            "is_group": .bool(pair.isGroup),
        ])
    }

    static func roadmap(_ roadmap: Roadmap) -> TemplateValue {
        .map(["stages": .list(roadmap.stages.enumerated().map { index, stage in
            .map([
                "number": .text(String(index + 1)),
                "title": .text(stage.title),
                "activities": .list(stage.activities.enumerated().map { activityIndex, activity in
                    .map([
                        "number": .text("\(index + 1).\(activityIndex + 1)"),
                        "what": .text(activity.what), "when": .text(activity.when),
                        "responsible": .text(activity.responsible), "result": .text(activity.result),
                    ])
                }),
            ])
        })])
    }

    static func order(_ order: Order?) -> TemplateValue {
        guard let order else { return .map(["number": .null, "date": .null]) }
        return .map(["number": .text(order.number), "date": date(order.date)])
    }
}
