/// A tag found in a part: what it says, where it stands, and the text node now holding it alone.
struct TagOccurrence {
    var tag: Tag
    var source: String
    var location: TagLocation
    var paragraph: XMLNode
    var node: XMLNode
    /// The marker that replaces the tag in the tree, once placed.
    var marker: XMLNode?
}

/// An opening and a closing tag that belong together.
struct SectionPair {
    var open: Int
    var close: Int
}
