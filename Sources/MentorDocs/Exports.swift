// MentorDocs' public API speaks in the types of the modules below (`TemplateValue`, `DocumentFormat`,
// `CalendarDay`, `SpecDiagnostic`, `Gender` …). Re-exported, they can be named by a client that imports
// MentorDocs alone. SpecSyntax is no product of its own, so this is the only way to reach its types.
@_exported public import CalendarDays
@_exported public import DocumentEngine
@_exported public import RussianLanguage
@_exported public import SpecSyntax
