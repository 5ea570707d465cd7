public import CalendarDays

extension Participant.Category {
    /// Teachers, parents and employers' staff are adults by what they are; a student's or a
    /// graduate's age has to be counted from their birth date.
    public var isAdultByDefinition: Bool {
        switch self {
        case .teacher, .parent, .employer: true
        case .student, .graduate: false
        }
    }
}

extension Participant {
    /// Who signs for them on `date`: counted from the birth date; without one, adult only if the
    /// category says so, and otherwise unknown (never guessed: validation makes it an error).
    public func ageBand(on date: CalendarDay) -> AgeBand? {
        if let birth = person.birthDate { return AgeBand(born: birth, on: date) }
        return category.isAdultByDefinition ? .adult : nil
    }
}
