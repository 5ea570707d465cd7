public import MentorDocs

extension Journal {
    /// Records each request against the paper it names, all in one transaction. The spec tells
    /// who is who and which papers it makes; the journal tells what was handed out. If any request
    /// cannot be recorded, none is, and the `MarkingError` lists every problem.
    public func mark(_ requests: [MarkRequest], in programme: Programme) throws {
        try transaction {
            let refused = try recordMarks(requests, in: programme)
            if !refused.isEmpty { throw MarkingError(refused.map(\.problem)) }
        }
    }

    /// Records the requests one by one inside the caller's transaction (`mark`, `readBack`); the refused ones, with their index.
    func recordMarks(_ requests: [MarkRequest], in programme: Programme) throws -> [(index: Int, problem: MarkingError.Problem)] {
        let planned = Set(DocumentPlanner.records(for: programme, kinds: PaperKind.allDocumentKinds).compactMap(PaperKey.init))
        var papers = try self.papers()
        var refused: [(index: Int, problem: MarkingError.Problem)] = []
        var recorded: Set<Recorded> = []
        for (requestIndex, request) in requests.enumerated() {
            let index: Int
            switch Self.paper(for: request, among: papers, planned: planned, in: programme) {
            case .success(let found): index = found
            case .failure(let problem):
                refused.append((requestIndex, problem))
                continue
            }
            // The same paper named twice in one command (by both people of an agreement, say) is marked once.
            guard recorded.insert(Recorded(key: papers[index].key, event: request.event)).inserted else { continue }
            if let problem = Self.problem(marking: request, papers[index], in: programme) {
                refused.append((requestIndex, problem))
                continue
            }
            try recordEvent(request.event, on: request.day, to: papers[index])
            papers[index].events.append(PaperEvent(kind: request.event, day: request.day, issueIndex: papers[index].issues.count - 1))
        }
        return refused
    }

    private struct Recorded: Hashable {
        var key: PaperKey
        var event: PaperEvent.Kind
    }

    /// The index of the one paper the request names, or why there is none.
    private static func paper(for request: MarkRequest, among papers: [Paper], planned: Set<PaperKey>,
        in programme: Programme) -> Result<Int, MarkingError.Problem>
    {
        let id = request.personID
        let kind = request.paper.rawValue
        guard let participant = programme.participant(id) else {
            return .failure(.init(.unknownPerson, "there is no participant “\(id)” in \(programme.file)"))
        }
        if let pairID = request.pairID {
            guard let pair = programme.pairs.first(where: { $0.id == pairID }) else {
                return .failure(.init(.unknownPair, "there is no pair or group “\(pairID)” in \(programme.file)"))
            }
            guard pair.mentorID == id || pair.menteeIDs.contains(id) else {
                return .failure(.init(.unknownPair, "\(id) is not in \(pairID)", at: pair.location))
            }
        }
        if request.event == .withdrawn && !request.paper.canBeWithdrawn {
            let consents = PaperKind.allCases.filter(\.canBeWithdrawn).map(\.rawValue).joined(separator: ", ")
            return .failure(.init(.notWithdrawable, "\(id): the \(kind) cannot be withdrawn, only a consent can (\(consents))",
                at: participant.location))
        }
        let matches: (PaperKey) -> Bool = { key in
            key.kind == request.paper && key.personIDs.contains(id) && (request.pairID == nil || key.pairID == request.pairID)
        }
        let candidates = papers.indices.filter { matches(papers[$0].key) }
        switch candidates.count {
        case 1:
            return .success(candidates[0])
        case 0 where planned.contains(where: matches):
            return .failure(.init(.neverIssued, "\(id): the \(kind) has never been issued; generate it first", at: participant.location))
        case 0:
            return .failure(.init(.notMadeForPerson, "\(id): no \(kind) is made for \(id) from this spec", at: participant.location))
        default:
            let which = candidates.map { index in
                let key = papers[index].key
                let others = key.personIDs.filter { $0 != id }
                return (key.pairID ?? "") + (others.isEmpty ? "" : " with \(others.joined(separator: ", "))")
            }
            return .failure(.init(.ambiguous,
                "\(id) has \(candidates.count) \(kind) papers (\(which.joined(separator: "; "))): say which by the pair or by the other person's id",
                at: participant.location))
        }
    }

    /// Why `request` cannot be recorded on `paper` as it stands, or nil.
    private static func problem(marking request: MarkRequest, _ paper: Paper, in programme: Programme) -> MarkingError.Problem? {
        let location = programme.participant(request.personID)?.location
        let name = "\(request.personID)'s \(paper.key.kind.rawValue)" + (paper.key.pairID.map { " in \($0)" } ?? "")
        let day = request.day
        switch (request.event, paper.state) {
        case (.returned, .returned) where !paper.changedSinceReturned:
            return .init(.alreadyReturned, "\(name) is marked returned already, on \(paper.returned!.iso)", at: location)
        case (.returned, .withdrawn) where paper.events.last!.issueIndex == paper.issues.count - 1:
            return .init(.alreadyWithdrawn, "\(name) was withdrawn on \(paper.withdrawn!.iso); generate it again to ask for it anew",
                at: location)
        case (.returned, _) where day < paper.latest.day:
            return .init(.dayTooEarly, "\(name) was issued on \(paper.latest.day.iso), after \(day.iso)", at: location)
        case (.returned, _):
            return nil
        case (.withdrawn, .withdrawn):
            return .init(.alreadyWithdrawn, "\(name) is marked withdrawn already, on \(paper.withdrawn!.iso)", at: location)
        case (.withdrawn, .missing):
            return .init(.notReturned, "\(name) has not come back signed, so there is nothing to withdraw; mark it returned first",
                at: location)
        case (.withdrawn, .returned) where day < paper.returned!:
            return .init(.dayTooEarly, "\(name) came back on \(paper.returned!.iso), after \(day.iso)", at: location)
        case (.withdrawn, .returned):
            return nil
        }
    }
}
