/// A participant's place in one pair or group: who answers the questionnaire, and about what.
public struct Membership: Sendable, Equatable, Hashable {
    /// The pair's or group's id.
    public var pairID: String
    /// Mentor or mentee.
    public var role: RespondentRole
    /// The pair's form of mentoring.
    public var form: MentoringForm

    /// The place of someone who is `role` in the pair `pairID` of `form`.
    public init(pairID: String, role: RespondentRole, form: MentoringForm) {
        self.pairID = pairID
        self.role = role
        self.form = form
    }
}

extension Programme {
    /// Each participant's places in the pairs and groups, by id, in the order of the spec's pairs.
    public var memberships: [String: [Membership]] {
        var result: [String: [Membership]] = [:]
        for pair in pairs {
            result[pair.mentorID, default: []].append(Membership(pairID: pair.id, role: .mentor, form: pair.form))
            for mentee in pair.menteeIDs {
                result[mentee, default: []].append(Membership(pairID: pair.id, role: .mentee, form: pair.form))
            }
        }
        return result
    }
}
