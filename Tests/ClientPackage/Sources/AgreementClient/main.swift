// A program that uses mentordocs as a library: the way a school's server would. It imports products
// only, reads a spec from text, compiles the built-in agreement once, renders four agreements at
// once in memory with progress, and tells a template error from a data error by their kinds.
// It exits with 1 and says why when anything is not as a client would expect.
import DocumentEngine
import Foundation
import MentorDocs

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("AgreementClient: \(message)\n".utf8))
    exit(1)
}

guard CommandLine.arguments.count == 2,
      let specText = try? String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
else { fail("usage: AgreementClient SPEC") }

// A spec given as text, with the name messages should use.
let programme: Programme
do throws(SpecSyntaxError) {
    programme = try SpecReader.read(text: specText, name: "school.spec").0
} catch {
    fail("the spec was not read:\n\(error)")
}
do throws(SpecSyntaxError) {
    _ = try SpecReader.read(text: specText + "\n  broken: [", name: "upload.spec")
    fail("a broken spec was read")
} catch {
    guard error.kinds.contains(.syntax), error.description.hasPrefix("upload.spec:") else { fail("unexpected spec error: \(error)") }
}

// The built-in agreement, compiled once and shared by every task below.
let agreements = DocumentPlanner.records(for: programme, kinds: [.agreement])
guard agreements.count >= 4 else { fail("the spec makes \(agreements.count) agreements, not four") }
let maker: DocumentMaker
do throws(TemplateError) {
    maker = try DocumentMaker(kinds: [.agreement], format: .docx)
} catch {
    fail("the built-in agreement did not compile:\n\(error)")
}

// Four agreements at once, in memory, with progress after each.
var seen: [BatchProgress] = []
let made = try await maker.documents(for: Array(agreements.prefix(4)), jobs: 4) { seen.append($0) }
guard made.count == 4, seen.last == BatchProgress(completed: 4, total: 4), seen.count == 4 else {
    fail("four agreements made \(made.count) documents with progress \(seen)")
}
for document in made {
    let template = try CompiledTemplate.compile(bytes: document.bytes, file: document.fileName)
    guard template.format == .docx, document.fileName.hasPrefix("agreements/") else { fail("\(document.fileName) is not an agreement") }
}

// A data error: a record whose data lacks what the template prints.
let first = agreements[0]
let empty = DocumentRecord(kind: first.kind, subject: first.subject, participantIDs: first.participantIDs,
    pairID: first.pairID, baseName: first.baseName) { [:] }
do {
    _ = try maker.document(for: empty)
    fail("an agreement was made from no data")
} catch let error as GenerationError {
    guard !error.kinds.isDisjoint(with: [.missingValue, .missingSection]), error.subject == first.subject else { fail("unexpected data error: \(error)") }
} catch {
    fail("a data error came as \(type(of: error))")
}

// A template error: a template that is not a document, and a kind the maker was not made for.
do throws(TemplateError) {
    _ = try CompiledTemplate.compile(bytes: Array("not a document".utf8), file: "upload.docx")
    fail("a text file compiled as a template")
} catch {
    guard error.kinds == [.archive(.notAZip)] else { fail("unexpected template error: \(error)") }
}
do {
    _ = try maker.document(for: DocumentPlanner.records(for: programme, kinds: [.plan])[0])
    fail("a plan was made by a maker of agreements")
} catch let error as TemplateError {
    guard error.kinds == [.noSuchTemplate] else { fail("unexpected template error: \(error)") }
} catch {
    fail("a missing template came as \(type(of: error))")
}

print("AgreementClient: \(made.count) agreements made in memory; template and data errors told apart by kind")
