public import MentorDocs

extension Journal {
    /// Keeps `responses` in one transaction: each participant's answers to a stage replace those
    /// kept before, so a file read twice is kept once, and a corrected one replaces the first.
    public func store(_ responses: [Response]) throws {
        try transaction {
            let clear = try database.prepare("DELETE FROM answer WHERE person_id = ? AND stage = ?")
            let insert = try database.prepare("INSERT INTO answer (person_id, stage, question_id, score, words) VALUES (?, ?, ?, ?, ?)")
            for response in responses {
                try clear.run([.text(response.participantID), .text(response.stage.rawValue)])
                for (question, score) in response.scores.sorted(by: { $0.key < $1.key }) {
                    try insert.run([.text(response.participantID), .text(response.stage.rawValue), .text(question), .integer(Int64(score)), .null])
                }
                for (question, words) in response.texts.sorted(by: { $0.key < $1.key }) {
                    try insert.run([.text(response.participantID), .text(response.stage.rawValue), .text(question), .null, .text(words)])
                }
            }
        }
    }

    /// Every participant's answers kept, one response per participant and stage.
    public func responses() throws -> [Response] {
        let statement = try database.prepare("SELECT person_id, stage, question_id, score, words FROM answer ORDER BY person_id, stage, question_id")
        var order: [String] = []
        var byKey: [String: Response] = [:]
        for row in try statement.rows(read: { ($0.text(0) ?? "", $0.text(1) ?? "", $0.text(2) ?? "", $0.integer(3), $0.text(4)) }) {
            guard let stage = MonitoringStage(rawValue: row.1) else { continue }
            let key = "\(row.0) \(row.1)"
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = Response(participantID: row.0, stage: stage)
            }
            if let words = row.4 { byKey[key]!.texts[row.2] = words } else { byKey[key]!.scores[row.2] = Int(row.3) }
        }
        return order.map { byKey[$0]! }
    }
}
