import DocumentEngine

/// The data paths of an answer sheet, the workbook the answers to one stage's questionnaires are typed
/// into (or an online form's export pasted into) and `mentordocs monitoring --answers` reads back.
extension ContextValues {
    /// `answers.stage`; `answers.questions` (each with `id`, `text`, `is_scale`, `is_text`): every
    /// question asked at `stage` of someone in the programme, in the catalogue's order, one column
    /// each; `answers.respondents` (each with `id`, `full_name`, `role`, `class_or_position`, `pairs`,
    /// `forms`, `stage`): a row per participant of a pair or group (of `respondents`, when given), in
    /// the order of the spec; the questions are those asked of them.
    static func answerSheet(_ programme: Programme, stage: MonitoringStage, questions: QuestionCatalogue,
        respondents chosen: Set<String>? = nil) -> TemplateValue
    {
        let memberships = programme.memberships.filter { chosen?.contains($0.key) ?? true }
        let asked = questions.questions(at: stage, for: memberships.values.flatMap { $0.map { ($0.role, $0.form) } })
        let respondents: [TemplateValue] = programme.participants.compactMap { participant in
            guard let ofParticipant = memberships[participant.id] else { return nil }
            return .map([
                "id": .text(participant.id),
                "full_name": .text(participant.person.fullName),
                "role": .text(distinct(ofParticipant.map(\.role.title))),
                "class_or_position": .text(participant.classOrPosition ?? ""),
                "pairs": .text(distinct(ofParticipant.map(\.pairID))),
                "forms": .text(distinct(ofParticipant.map(\.form.rawValue))),
                "stage": .text(stage.title),
            ])
        }
        return .map([
            "stage": .text(stage.title),
            "questions": .list(asked.map { question in
                .map(["id": .text(question.id), "text": .text(question.text),
                    "is_scale": .bool(question.answer == .scale), "is_text": .bool(question.answer == .text)])
            }),
            "respondents": .list(respondents),
        ])
    }

    /// The values once each, in order, joined by «; ».
    private static func distinct(_ values: [String]) -> String {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }.joined(separator: "; ")
    }
}
