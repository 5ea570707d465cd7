import CalendarDays

extension DocumentKind {
    /// The name of the print file `--merge` makes of all records of this kind. Kinds that share a
    /// `fileTitle` (the consents of adults and of 14–17-year-olds) get the ages added, so no two
    /// kinds write one file.
    public var printFileName: String {
        switch self {
        case .consentAdult: "\(fileTitle) — все от \(AgeBand.adulthood) лет"
        case .consentMinor: "\(fileTitle) — все \(AgeBand.adolescentAges) лет"
        case .consentRepresentative: "\(fileTitle) — все до \(AgeBand.ownSignatureAge) лет"
        default: "\(fileTitle) — все"
        }
    }
}
