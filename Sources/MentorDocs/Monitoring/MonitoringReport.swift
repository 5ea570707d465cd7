import DocumentEngine
import CalendarDays

/// The monitoring report of a set of answers, made as `mentordocs monitoring --out` makes it: the
/// figures of the answers, the report's record dated `day`, its template (the school's from
/// `templates` when it has one).
public enum MonitoringReport {
    /// The report of `responses` to `questions` in `format` (DOCX or ODT).
    public static func document(for programme: Programme, questions: QuestionCatalogue = .builtIn, responses: [Response],
        format: DocumentFormat, templates: TemplateSource = TemplateSource(), on day: CalendarDay) throws -> RenderedDocument
    {
        let figures = MonitoringFigures(programme: programme, questions: questions, responses: responses)
        let record = DocumentPlanner.monitoringReport(for: programme, figures: figures, on: day)
        return try DocumentMaker(for: [record], format: format, templates: templates).document(for: record)
    }
}
