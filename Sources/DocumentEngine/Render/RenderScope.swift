/// What a rendering starts from: the data, and for a mail merge the current item of a list
/// (with its place in the list, for `{{@index}}`).
struct RenderScope {
    var root: TemplateValue
    var item: TemplateValue?
    var index = 0
    var count = 0

    init(root: TemplateValue) { self.root = root }

    init(root: TemplateValue, item: TemplateValue, index: Int, count: Int) {
        self.root = root
        self.item = item
        self.index = index
        self.count = count
    }

    var context: DataContext {
        var context = DataContext(root: root)
        if let item { context.push(item, loop: (index, count)) }
        return context
    }
}
