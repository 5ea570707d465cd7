// DATA CONTRACT (the {CONTRACT} of your brief): the exact data paths every document is filled with
// are written out in /tmp/contract.md; read it before writing a template. (Delete this note when done.)
extension Catalogue {
    /// The school's documents (Положение, roadmap, orders) and each pair's agreement and plan.
    static let programmeEntries: [Entry] = []
}
