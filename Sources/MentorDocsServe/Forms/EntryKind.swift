import MentorDocs

/// What a form edits: a participant (with their representative) or a pair or group (with its plan).
enum EntryKind: Sendable {
    case participant, pair

    var list: SpecList {
        switch self {
        case .participant: .participants
        case .pair: .pairs
        }
    }

    var section: Layout.Section {
        switch self {
        case .participant: .participants
        case .pair: .pairs
        }
    }

    func title(isNew: Bool) -> String {
        switch (self, isNew) {
        case (.participant, true): "Новый участник"
        case (.participant, false): "Участник"
        case (.pair, true): "Новая пара или группа"
        case (.pair, false): "Пара или группа"
        }
    }

    /// The list the form returns to; after a save, at the entry's row.
    func listLink(at id: String? = nil) -> Link {
        switch self {
        case .participant: id.map(Link.participant) ?? Link("/participants")
        case .pair: id.map(Link.pair) ?? Link("/pairs")
        }
    }

    /// The form of an entry.
    func editLink(_ id: String) -> Link {
        switch self {
        case .participant: .editParticipant(id)
        case .pair: .editPair(id)
        }
    }

    /// The page that asks to confirm an entry's removal.
    func removeLink(_ id: String) -> Link {
        switch self {
        case .participant: Link("/participants", segments: [id, "remove"])
        case .pair: Link("/pairs", segments: [id, "remove"])
        }
    }

    /// The form of a new entry.
    var newLink: Link {
        switch self {
        case .participant: Link("/participants/new")
        case .pair: Link("/pairs/new")
        }
    }

    /// The form's fields; a pair's plan has a row for each item there is or was sent, and some empty ones.
    func sections(_ programme: Programme?, entry: SpecValue?, sent: FormFields?, isNew: Bool) -> [FormSection] {
        switch self {
        case .participant:
            return ParticipantForm.sections(isNew: isNew)
        case .pair:
            let items = max(PairForm.planCount(entry), sent.map(PairForm.planCount) ?? 0)
            return PairForm.sections(programme, planItems: items, isNew: isNew)
        }
    }

    func shown(_ entry: SpecValue?, sections: [FormSection]) -> FormFields {
        switch self {
        case .participant: ParticipantForm.shown(entry, sections: sections)
        case .pair: PairForm.shown(entry, sections: sections)
        }
    }

    func entry(_ old: SpecValue?, form: FormFields, sections: [FormSection], id: String?) -> [SpecField] {
        switch self {
        case .participant: ParticipantForm.entry(old, form: form, sections: sections, id: id)
        case .pair: PairForm.entry(old, form: form, sections: sections, id: id)
        }
    }

    func fieldName(_ path: [String]) -> String {
        switch self {
        case .participant: ParticipantForm.fieldName(path)
        case .pair: PairForm.fieldName(path)
        }
    }
}
