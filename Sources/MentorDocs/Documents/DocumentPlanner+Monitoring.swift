import DocumentEngine
import CalendarDays

extension DocumentPlanner {
    /// The monitoring report of `figures`, dated `day`: a record of its own, as answers are not in the
    /// spec and `records(for:selection:)` does not plan it.
    public static func monitoringReport(for programme: Programme, figures: MonitoringFigures, on day: CalendarDay) -> DocumentRecord {
        DocumentRecord(kind: .monitoringReport, subject: "организация", participantIDs: [], pairID: nil,
            baseName: FileNaming.safe(DocumentKind.monitoringReport.fileTitle)) {
            var data = ContextValues.common(programme)
            data["report"] = ContextValues.monitoringReport(figures, on: day)
            return .map(data)
        }
    }
}
