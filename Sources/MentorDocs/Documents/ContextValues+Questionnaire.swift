import DocumentEngine
import CalendarDays

/// The data paths of a monitoring questionnaire.
extension ContextValues {
    /// `questionnaire.stage`, `.is_entry`, `.pairs` (each with `id`, `form`, `role`, `partners`, `start`, `end`),
    /// `.blocks` (each with `title` and `questions`: `number`, `id`, `text`, `is_scale`, `is_text`), `.scale`
    /// (the marks 1…10 as `value`), and `.scale_low`, `.scale_high`, what the ends of the scale mean.
    static func questionnaire(for participant: Participant, memberships: [Membership], stage: MonitoringStage,
        questions: QuestionCatalogue, in programme: Programme) -> TemplateValue
    {
        let asked = questions.questions(at: stage, for: memberships.map { ($0.role, $0.form) })
        var number = 0
        let blocks: [TemplateValue] = questions.blocks.compactMap { block in
            let ofBlock = asked.filter { $0.blockID == block.id }
            guard !ofBlock.isEmpty else { return nil }
            return .map(["title": .text(block.title), "questions": .list(ofBlock.map { question in
                number += 1
                return .map(["number": .text(String(number)), "id": .text(question.id), "text": .text(question.text),
                    "is_scale": .bool(question.answer == .scale), "is_text": .bool(question.answer == .text)])
            })])
        }
        let pairs: [TemplateValue] = memberships.compactMap { membership in
            guard let pair = programme.pairs.first(where: { $0.id == membership.pairID }) else { return nil }
            let partners = membership.role == .mentor ? pair.menteeIDs : [pair.mentorID]
            let names = partners.compactMap { programme.participant($0)?.person.fullName }
            return .map(["id": .text(pair.id), "form": .text(pair.form.rawValue), "role": .text(membership.role.title),
                "is_mentor": .bool(membership.role == .mentor), "partners": .text(names.joined(separator: ", ")),
                "start": date(pair.start), "end": date(pair.start.adding(months: pair.months))])
        }
        return .map([
            "stage": .text(stage.title),
            "is_entry": .bool(stage == .entry),
            "pairs": .list(pairs),
            "blocks": .list(blocks),
            "scale": .list(QuestionCatalogue.scale.map { .map(["value": .text(String($0))]) }),
            "scale_low": .text("совсем нет"),
            "scale_high": .text("полностью"),
        ])
    }
}
