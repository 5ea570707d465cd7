/// The school's own head counts, which the spec cannot count from its participants: the
/// denominators of the target model's indicators (Р-145), reported to the regional centre.
public struct SchoolTotals: Sendable, Equatable {
    /// Pupils aged 10 to 19 in the school, whether in mentoring or not.
    public var pupils10To19: Int?
    /// Teachers with 0–3 years of teaching (молодые специалисты), in mentoring or not.
    public var youngTeachers: Int?

    /// Totals as the spec's `organisation.totals` gives them; nil where it does not.
    public init(pupils10To19: Int? = nil, youngTeachers: Int? = nil) {
        self.pupils10To19 = pupils10To19
        self.youngTeachers = youngTeachers
    }
}
