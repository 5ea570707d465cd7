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
        fields["is_employer"] = .bool(participant.category == .employer)
        fields["class_or_position"] = text(participant.classOrPosition)
        fields["role"] = text(participant.role)
        fields["workplace"] = text(participant.workplace)
        fields["age"] = age.map { .text(String($0)) } ?? .null
        let band = participant.ageBand(on: date)
        fields["is_minor"] = band.map { .bool($0.isMinor) } ?? .null
        fields["is_under_14"] = band.map { .bool($0 == .child) } ?? .null
        fields["is_14_to_17"] = band.map { .bool($0 == .adolescent) } ?? .null
        fields["representative"] = participant.representative.map(representative) ?? .null
        fields["labour_contract"] = participant.labourContract.map { contract in
            .map(["number": .text(contract.number), "date": ContextValues.date(contract.date)])
        } ?? .null
        fields["birth_certificate"] = participant.childsBirthCertificate.map(identityDocument) ?? blankDocument
        return .map(fields)
    }

    static func representative(_ representative: Representative) -> TemplateValue {
        guard case .map(var fields) = person(representative.person) else { return .null }
        fields["relation"] = .text(representative.relation.rawValue)
        fields["relation_title"] = .text(representative.relation.title)
        fields["is_parent"] = .bool(representative.relation.isParent)
        fields["is_guardian"] = .bool(representative.relation == .guardian)
        fields["is_trustee"] = .bool(representative.relation == .trustee)
        let act: TemplateValue = representative.authorityAct.map { act in
            .map(["kind": act.kind.map(TemplateValue.text) ?? handwritten, "issuer": act.issuer.map(TemplateValue.text) ?? handwritten,
                "number": .text(act.number), "date": date(act.date)])
        } ?? .map(["kind": handwritten, "issuer": handwritten, "number": handwritten, "date": .text("")])
        fields["authority"] = act
        fields["act"] = act
        fields["has_authority"] = .bool(representative.authorityAct != nil)
        return .map(fields)
    }

    /// The people of a pair, each one's data made once: a pair's documents name them in the pair
    /// and on their own.
    struct PairPeople {
        var mentor: TemplateValue = .null
        var mentees: [TemplateValue] = []
        var menteesByID: [String: TemplateValue] = [:]
        var menteeNames: [String] = []
    }

    static func people(of pair: MentoringPair, in programme: Programme) -> PairPeople {
        let date = programme.documentDate
        var people = PairPeople()
        people.mentor = programme.participant(pair.mentorID).map { participant($0, on: date) } ?? .null
        for id in pair.menteeIDs {
            guard let mentee = programme.participant(id) else { continue }
            let value = participant(mentee, on: date)
            people.mentees.append(value)
            people.menteesByID[id] = value
            people.menteeNames.append(mentee.person.fullName)
        }
        return people
    }

    static func pair(_ pair: MentoringPair, in programme: Programme) -> TemplateValue {
        self.pair(pair, people: people(of: pair, in: programme))
    }

    static func pair(_ pair: MentoringPair, people: PairPeople) -> TemplateValue {
        let end = pair.start.adding(months: pair.months)
        let plan: [TemplateValue] = pair.plan.map { item in
            .map(["what": .text(item.activity), "when": .text(item.when), "result": .text(item.result)])
        }
        return .map([
            "id": .text(pair.id),
            "form": .text(pair.form.rawValue),
            "start": date(pair.start),
            "end": date(end),
            "months": .text(String(pair.months)),
            "months_words": .text(Wording.months(pair.months)),
            "goal": text(pair.goal),
            "tasks": .list(pair.tasks.map(TemplateValue.text)),
            "plan": .list(plan),
            "mentor": people.mentor,
            "mentees": .list(people.mentees),
            "mentee_names": .text(people.menteeNames.joined(separator: ", ")),
            "is_group": .bool(pair.isGroup),
            "mentor_pay": pair.mentorPay.map { .text(Wording.roubles($0)) } ?? .null,
            "mentor_workload": text(pair.mentorWorkload),
        ])
    }

    static func roadmap(_ roadmap: Roadmap) -> TemplateValue {
        .map(["stages": .list(roadmap.stages.enumerated().map { index, stage in
            .map([
                "number": .text(String(index + 1)),
                "title": .text(stage.title),
                "when": .text(stage.period.map { period in
                    let first = period.lowerBound.formatted("dd.MM.yyyy")
                    return period.lowerBound == period.upperBound ? first : "\(first)\u{00A0}– \(period.upperBound.formatted("dd.MM.yyyy"))"
                } ?? stage.activities.map(\.when).joined(separator: "; ")),
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
