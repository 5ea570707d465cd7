/// Answer sheets for a synthetic school: every participant answers every question put to them, the
/// marks drawn from a fixed sequence so that every run reads the same files.
enum SyntheticAnswers {
    /// A CSV file of `stage`'s answers of everyone in `programme`'s pairs, the header naming the questions by their text.
    static func csv(for programme: Programme, questions: QuestionCatalogue, stage: MonitoringStage) -> [UInt8] {
        let memberships = programme.memberships
        let asked = questions.questions.filter { question in
            memberships.values.contains { $0.contains { question.isAsked(at: stage, of: $0.role, in: $0.form) } }
        }
        var text = (["id"] + asked.map { quoted($0.text) }).joined(separator: ",") + "\n"
        var seed: UInt64 = stage == .entry ? 7 : 11
        for participant in programme.participants {
            guard let places = memberships[participant.id] else { continue }
            var fields = [participant.id]
            for question in asked {
                guard places.contains(where: { question.isAsked(at: stage, of: $0.role, in: $0.form) }) else {
                    fields.append("")
                    continue
                }
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                let mark = Int(seed >> 60) % 6 + (stage == .entry ? 3 : 5)
                fields.append(question.answer == .scale ? String(mark) : quoted("Ответ номер \(mark), с запятой"))
            }
            text += fields.joined(separator: ",") + "\n"
        }
        return Array(text.utf8)
    }

    private static func quoted(_ text: String) -> String { "\"" + text.replacing("\"", with: "\"\"") + "\"" }
}
