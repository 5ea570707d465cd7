public import MentorDocs

/// What reading an edited journal of consents back did: the days recorded, the days the journal
/// had already, and everything typed that was not applied, with its cell.
public struct ConsentSheetReading: Sendable {
    /// A day typed in the sheet, recorded in the journal.
    public struct Applied: Sendable, Equatable {
        /// Where it was typed.
        public var place: SheetPlace
        /// What was recorded.
        public var request: MarkRequest
    }

    /// What was recorded, in the sheet's order.
    public var applied: [Applied] = []
    /// Days typed that the journal holds already.
    public var alreadyKnown = 0
    /// What was typed and not applied: unreadable, in conflict with the journal, or refused as a
    /// mark would be (a day before the consent was issued, a withdrawal of what never came back).
    public var notApplied: [ConsentSheet.Problem] = []
}

extension Journal {
    /// Records the days typed in `sheet` as returns and withdrawals of the consents they stand
    /// beside, in one transaction: those the journal lacks are recorded, those it has are left,
    /// and a day that differs from the journal's, an unknown id or a mark that cannot be right is
    /// listed as not applied (the journal keeps what it had).
    ///
    /// With `recording` false nothing is kept: the reading says what would be recorded and what not,
    /// for a page to show before the person confirms (the transaction is rolled back).
    public func readBack(_ sheet: ConsentSheet, in programme: Programme, recording: Bool = true) throws -> ConsentSheetReading {
        do {
            return try transaction {
                let reading = try readBackInTransaction(sheet, in: programme)
                if !recording { throw RolledBack(reading: reading) }
                return reading
            }
        } catch let rolledBack as RolledBack {
            return rolledBack.reading
        }
    }

    /// Ends a trial reading's transaction without committing it.
    private struct RolledBack: Error {
        var reading: ConsentSheetReading
    }

    private func readBackInTransaction(_ sheet: ConsentSheet, in programme: Programme) throws -> ConsentSheetReading {
        var reading = ConsentSheetReading(notApplied: sheet.problems)
        var papers: [PaperKey: Paper] = [:]
        for paper in try self.papers() { papers[paper.key] = paper }
        var firstRow: [PaperKey: Int] = [:]
        var requests: [(place: SheetPlace, request: MarkRequest)] = []
        for entry in sheet.entries {
            let id = entry.personID
            guard programme.participant(id) != nil else {
                reading.notApplied.append(.init(place: entry.place, message: "there is no participant “\(id)” in \(programme.file)",
                    russianMessage: "Участника с кодом «\(id)» нет в файле школы, поэтому строка не учтена. Проверьте код."))
                continue
            }
            let key = PaperKey(kind: entry.paper, pairID: nil, personIDs: [id])
            if let row = firstRow[key] {
                reading.notApplied.append(.init(place: entry.place, message: "\(id)'s \(entry.paper.rawValue) is in row \(row) already; this row is not applied",
                    russianMessage: "\(id): «\(entry.paper.russianName)» уже указано в строке \(row), поэтому эта строка не учтена. Оставьте одну строку."))
                continue
            }
            firstRow[key] = entry.place.row
            let paper = papers[key]
            let events: [(PaperEvent.Kind, ConsentSheet.TypedDay?, CalendarDay?)] = [
                (.returned, entry.returned, paper?.changedSinceReturned == true ? nil : paper?.returned),
                (.withdrawn, entry.withdrawn, paper?.withdrawn),
            ]
            for (event, typed, recorded) in events {
                guard let typed else { continue }
                switch recorded {
                case typed.day?:
                    reading.alreadyKnown += 1
                case let recorded?:
                    reading.notApplied.append(.init(place: typed.place,
                        message: "\(id)'s \(entry.paper.rawValue): the journal has it \(event.rawValue) on \(recorded.iso), the sheet on \(typed.day.iso); the journal's day is kept",
                        russianMessage: "\(id), «\(entry.paper.russianName)»: в журнале \(event == .returned ? "возврат" : "отзыв") отмечен \(recorded.formatted("dd.MM.yyyy")), а в таблице — \(typed.day.formatted("dd.MM.yyyy")). Оставлена дата из журнала."))
                case nil:
                    requests.append((typed.place, MarkRequest(personID: id, paper: entry.paper, event: event, day: typed.day)))
                }
            }
        }
        let refused = try recordMarks(requests.map(\.request), in: programme)
        let refusedIndices = Set(refused.map(\.index))
        for (index, problem) in refused {
            reading.notApplied.append(.init(place: requests[index].place, message: problem.message,
                russianMessage: problem.kind.russianExplanation))
        }
        reading.applied = requests.indices.filter { !refusedIndices.contains($0) }.map {
            ConsentSheetReading.Applied(place: requests[$0].place, request: requests[$0].request)
        }
        reading.notApplied.sort { ($0.place.row, $0.place.column) < ($1.place.row, $1.place.column) }
        return reading
    }
}
