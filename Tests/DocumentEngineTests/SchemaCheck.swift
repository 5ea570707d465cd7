import Testing
import TestSupport

/// Records an issue for each schema violation that `output` has and the `template` it was filled from has
/// not: Word refuses documents LibreOffice opens, so the engine must never add one.
func assertNoNewViolations(template: [UInt8], output: [UInt8], _ what: String = "the output",
    sourceLocation: SourceLocation = #_sourceLocation) throws
{
    let added = try SchemaValidator.newViolations(template: template, output: output)
    #expect(added.isEmpty, "\(what) breaks the schema where its template does not:\n\(added.joined(separator: "\n"))",
        sourceLocation: sourceLocation)
}
