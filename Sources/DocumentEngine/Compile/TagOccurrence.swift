/// A tag found in a part: what it says, where it stands, and the marker that replaced it in the tree
/// (`<?mentordocs v3?>`, cut out again when the part is serialized).
struct TagOccurrence {
    var tag: Tag
    var source: String
    var location: TagLocation
    var paragraph: XMLNode
    var marker: XMLNode
}

/// An opening and a closing tag that belong together.
struct SectionPair {
    var open: Int
    var close: Int
}
