import SpecSyntax

/// When a questionnaire is filled in: «на входе», as a pair starts, or «на выходе», as it ends.
public enum MonitoringStage: String, Sendable, CaseIterable, Comparable {
    /// «на входе»: the starting point the exit is compared with.
    case entry
    /// «на выходе»: the end of the programme year.
    case exit

    /// As the documents print it: «на входе», «на выходе».
    public var title: String {
        switch self {
        case .entry: "на входе"
        case .exit: "на выходе"
        }
    }

    /// Reads a stage as a catalogue, an answer sheet or the command line writes it: `entry`, `exit`,
    /// «на входе», «вход», «на выходе», «выход», in any letter case.
    public init?(spelling: String) {
        switch spelling.trimmingWhitespace().lowercased() {
        case "entry", "на входе", "вход", "входная": self = .entry
        case "exit", "на выходе", "выход", "выходная", "итоговая": self = .exit
        default: return nil
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .entry && rhs == .exit }
}
