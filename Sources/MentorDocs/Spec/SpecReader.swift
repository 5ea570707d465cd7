import DocumentEngine
import RussianLanguage
public import SpecSyntax
import CalendarDays

/// Reads a parsed spec into the programme model, collecting every problem with its position.
///
/// Field names are English `snake_case`; values are whatever the school writes. Unknown keys are
/// warned about (they are usually typos), never silently dropped.
public struct SpecReader {
    /// Every problem found so far, errors and warnings, each with its place in the spec.
    public private(set) var diagnostics: [SpecDiagnostic] = []
    private let file: String

    /// A reader for the spec `file`, the name its diagnostics give.
    public init(file: String) { self.file = file }

    /// Parses, reads and validates a spec file; throws every problem found when any is an error,
    /// and returns the warnings otherwise.
    public static func read(contentsOf path: String) throws(SpecSyntaxError) -> (Programme, [SpecDiagnostic]) {
        try read(try SpecParser.parse(contentsOf: path), name: path)
    }

    /// Parses, reads and validates a spec held in memory (an upload, a text field), exactly as
    /// `read(contentsOf:)` reads a file: `name` stands for the file name in every diagnostic
    /// (`name:line:col: error: …`), so give the name the user knows the spec by.
    public static func read(text: String, name: String) throws(SpecSyntaxError) -> (Programme, [SpecDiagnostic]) {
        try read(bytes: Array(text.utf8), name: name)
    }

    /// Parses, reads and validates a spec's bytes as they came (UTF-8, a byte-order mark allowed),
    /// so that bytes that are not UTF-8 are reported with their line and column, as in a file.
    public static func read(bytes: [UInt8], name: String) throws(SpecSyntaxError) -> (Programme, [SpecDiagnostic]) {
        try read(try SpecParser.parse(bytes, file: name), name: name)
    }

    /// Reads a spec file as `check` sees it: every problem, and the programme whenever the text could be
    /// read into one, even when validation finds errors in it (a page shows the school beside its
    /// problems). `read(contentsOf:)` is this, throwing on any error.
    public static func report(contentsOf path: String) -> SpecReport {
        do throws(SpecSyntaxError) {
            return report(try SpecParser.parse(contentsOf: path), name: path)
        } catch {
            return SpecReport(programme: nil, diagnostics: error.diagnostics)
        }
    }

    /// A spec's bytes as `check` sees them (see `report(contentsOf:)`), `name` standing for the file.
    public static func report(bytes: [UInt8], name: String) -> SpecReport {
        do throws(SpecSyntaxError) {
            return report(try SpecParser.parse(bytes, file: name), name: name)
        } catch {
            return SpecReport(programme: nil, diagnostics: error.diagnostics)
        }
    }

    /// What every way of reading a spec shares once it is parsed: the model, then validation.
    private static func read(_ root: SpecNode, name: String) throws(SpecSyntaxError) -> (Programme, [SpecDiagnostic]) {
        let report = report(root, name: name)
        guard let programme = report.programme, !report.hasErrors else {
            throw SpecSyntaxError(diagnostics: report.diagnostics)
        }
        return (programme, report.diagnostics)
    }

    /// The model, then validation when the model was read without errors.
    private static func report(_ root: SpecNode, name: String) -> SpecReport {
        var reader = SpecReader(file: name)
        let programme = reader.programme(from: root)
        var diagnostics = reader.diagnostics
        if let programme, !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics += Validation.check(programme)
        }
        return SpecReport(programme: programme, diagnostics: diagnostics)
    }

    /// The programme a parsed spec describes, without validation; nil when a required part is missing
    /// or wrong, and either way the problems are in `diagnostics`.
    public mutating func programme(from root: SpecNode) -> Programme? {
        guard let fields = mapping(root, what: "the spec") else { return nil }
        fields.expectOnly(["organisation", "programme", "participants", "pairs", "roadmap"], reader: &self)
        let organisation = fields.required("organisation", reader: &self).flatMap { self.organisation(from: $0) }
        let programmeFields = fields.required("programme", reader: &self).flatMap { mapping($0, what: "programme") }
        programmeFields?.expectOnly(["name", "school_year", "start", "end", "document_date", "forms", "orders", "councils"], reader: &self)
        let schoolYear = programmeFields.flatMap { text($0.required("school_year", reader: &self)) }
        let start = programmeFields.flatMap { date($0.required("start", reader: &self)) }
        let end = programmeFields.flatMap { date($0.required("end", reader: &self)) }
        let documentDate = programmeFields.flatMap { $0["document_date"] }.flatMap { date($0) } ?? start
        var forms: [MentoringForm] = []
        if let formsNode = programmeFields?.required("forms", reader: &self) {
            forms = items(formsNode, what: "forms").compactMap { form($0) }
        }
        var orders: [String: Order] = [:]
        var orderLocations: [String: SourceLocation] = [:]
        if let ordersNode = programmeFields?["orders"], let orderFields = mapping(ordersNode, what: "orders") {
            orderFields.expectOnly(["introduction", "curator", "pairs", "plans", "closing"], reader: &self)
            for entry in orderFields.entries {
                if let order = order(from: entry.value) { orders[entry.key] = order }
            }
            orderLocations = orderFields.valueLocations
        }
        let councils = programmeFields?["councils"].map { self.councils(from: $0) } ?? [:]
        let participants = fields["participants"].map { items($0, what: "participants").compactMap { participant(from: $0) } } ?? []
        if fields["participants"] == nil { error(root.location, "the spec has no “participants” list",
            russian: "В описании программы нет списка участников. Добавьте раздел «participants».") }
        let pairs = fields["pairs"].map { items($0, what: "pairs").compactMap { pair(from: $0) } } ?? []
        let roadmap = fields["roadmap"].map { Roadmap(stages: items($0, what: "roadmap").compactMap { stage(from: $0) }) }
        guard let organisation, let schoolYear, let start, let end, let documentDate else { return nil }
        var programme = Programme(file: file, organisation: organisation, schoolYear: schoolYear, start: start, end: end,
            documentDate: documentDate, forms: forms, orders: orders, participants: participants, pairs: pairs,
            roadmap: roadmap)
        programme.councils = councils
        programme.orderLocations = orderLocations
        return programme
    }

    // MARK: The parts of a spec

    private mutating func organisation(from node: SpecNode) -> Organisation? {
        guard let fields = mapping(node, what: "organisation") else { return nil }
        fields.expectOnly(["full_name", "short_name", "address", "city", "inn", "ogrn", "websites", "director", "curator", "processors", "totals"], reader: &self)
        let fullName = text(fields.required("full_name", reader: &self))
        let shortName = fields["short_name"].flatMap { text($0) } ?? fullName
        let address = text(fields.required("address", reader: &self))
        let city = text(fields.required("city", reader: &self))
        let websites = fields["websites"].map { items($0, what: "websites").compactMap { text($0) } } ?? []
        let director = fields.required("director", reader: &self).flatMap { official(from: $0, what: "director") }
        let curator = fields.required("curator", reader: &self).flatMap { official(from: $0, what: "curator") }
        let processors = fields["processors"].map { items($0, what: "processors").compactMap { processor(from: $0) } } ?? []
        guard let fullName, let shortName, let address, let city, let director, let curator else { return nil }
        var organisation = Organisation(fullName: fullName, shortName: shortName, address: address, city: city,
            inn: fields["inn"].flatMap { text($0) }, ogrn: fields["ogrn"].flatMap { text($0) }, websites: websites,
            director: director, curator: curator)
        organisation.processors = processors
        if let totals = fields["totals"].flatMap({ mapping($0, what: "totals") }) {
            totals.expectOnly(["pupils_10_19", "young_teachers"], reader: &self)
            organisation.totals = SchoolTotals(
                pupils10To19: totals["pupils_10_19"].flatMap { integer($0, in: 0...100_000, what: "pupils_10_19") },
                youngTeachers: totals["young_teachers"].flatMap { integer($0, in: 0...10_000, what: "young_teachers") })
        }
        return organisation
    }

    private mutating func processor(from node: SpecNode) -> Processor? {
        guard let fields = mapping(node, what: "a processor") else { return nil }
        fields.expectOnly(["name", "address", "purpose"], reader: &self)
        guard let name = text(fields.required("name", reader: &self)), let address = text(fields.required("address", reader: &self))
        else { return nil }
        return Processor(name: name, address: address, purpose: fields["purpose"].flatMap { text($0) })
    }

    private mutating func official(from node: SpecNode, what: String) -> Official? {
        guard let fields = mapping(node, what: what) else { return nil }
        fields.expectOnly(["full_name", "gender", "position"], reader: &self)
        guard let person = person(from: fields), let position = text(fields.required("position", reader: &self)) else { return nil }
        return Official(person: person, position: position)
    }

    private static let personKeys = ["full_name", "gender", "birth_date", "address", "phone", "email", "document"]

    private mutating func person(from fields: Fields) -> Person? {
        guard let fullName = text(fields.required("full_name", reader: &self)) else { return nil }
        if fullName.split(separator: " ").count < 2 {
            error(fields["full_name"]!.location, "“\(fullName)” needs at least a surname and a first name",
                russian: "В поле «full_name» укажите хотя бы фамилию и имя.")
        }
        return Person(
            fullName: fullName.split(whereSeparator: \.isWhitespace).joined(separator: " "),
            gender: fields["gender"].flatMap { gender($0) },
            birthDate: fields["birth_date"].flatMap { date($0) },
            address: fields["address"].flatMap { text($0) },
            phone: fields["phone"].flatMap { text($0) },
            email: fields["email"].flatMap { text($0) },
            document: fields["document"].flatMap { identityDocument(from: $0) })
    }

    private mutating func participant(from node: SpecNode) -> Participant? {
        guard let fields = mapping(node, what: "a participant") else { return nil }
        fields.expectOnly(Self.personKeys + ["id", "category", "class", "position", "workplace", "representative", "publication", "labour_contract", "birth_certificate", "work_start", "request", "competences"], reader: &self)
        let id = text(fields.required("id", reader: &self))
        let person = person(from: fields)
        let category = fields.required("category", reader: &self).flatMap {
            choice($0, Participant.Category.self, what: "category")
        }
        let representative = fields["representative"].flatMap { self.representative(from: $0) }
        guard let id, let person, let category else { return nil }
        var participant = Participant(
            id: id, person: person, category: category,
            classOrPosition: fields["class"].flatMap { text($0) } ?? fields["position"].flatMap { text($0) },
            workplace: fields["workplace"].flatMap { text($0) },
            representative: representative, location: node.location)
        participant.fieldLocations = fields.valueLocations
        participant.allowsPublication = fields["publication"].flatMap { boolean($0) } ?? false
        participant.labourContract = fields["labour_contract"].flatMap { labourContract(from: $0) }
        participant.birthCertificate = fields["birth_certificate"].flatMap { birthCertificate(from: $0) }
        participant.workStart = fields["work_start"].flatMap { date($0) }
        participant.request = fields["request"].flatMap { text($0) }
        participant.competences = fields["competences"].flatMap { text($0) }
        return participant
    }

    private mutating func representative(from node: SpecNode) -> Representative? {
        guard let fields = mapping(node, what: "representative") else { return nil }
        fields.expectOnly(Self.personKeys + ["relation", "authority", "act"], reader: &self)
        let person = person(from: fields)
        let relation = fields.required("relation", reader: &self).flatMap { choice($0, Representative.Relation.self, what: "relation") }
        // `act` is the older name of `authority`.
        let act = (fields["authority"] ?? fields["act"]).flatMap { authorityAct(from: $0) }
        guard let person, let relation else { return nil }
        var representative = Representative(person: person, relation: relation, authorityAct: act)
        representative.fieldLocations = fields.valueLocations
        return representative
    }

    private mutating func authorityAct(from node: SpecNode) -> AuthorityAct? {
        guard let fields = mapping(node, what: "authority") else { return nil }
        fields.expectOnly(["kind", "issuer", "number", "date"], reader: &self)
        guard let number = text(fields.required("number", reader: &self)), let date = date(fields.required("date", reader: &self))
        else { return nil }
        return AuthorityAct(kind: fields["kind"].flatMap { text($0) }, issuer: fields["issuer"].flatMap { text($0) }, number: number, date: date)
    }

    /// `birth_certificate: { series, number, issued_by, issued_on }`: the kind goes without saying.
    private mutating func birthCertificate(from node: SpecNode) -> IdentityDocument? {
        guard let fields = mapping(node, what: "birth_certificate") else { return nil }
        fields.expectOnly(["series", "number", "issued_by", "issued_on"], reader: &self)
        guard let number = text(fields.required("number", reader: &self)) else { return nil }
        return IdentityDocument(kind: .birthCertificate, series: fields["series"].flatMap { text($0) }, number: number,
            issuedBy: fields["issued_by"].flatMap { text($0) }, issuedOn: fields["issued_on"].flatMap { date($0) })
    }

    private mutating func identityDocument(from node: SpecNode) -> IdentityDocument? {
        guard let fields = mapping(node, what: "document") else { return nil }
        fields.expectOnly(["kind", "series", "number", "issued_by", "issued_on"], reader: &self)
        let kind = fields.required("kind", reader: &self).flatMap { choice($0, IdentityDocument.Kind.self, what: "document kind") }
        let number = text(fields.required("number", reader: &self))
        guard let kind, let number else { return nil }
        return IdentityDocument(kind: kind, series: fields["series"].flatMap { text($0) }, number: number,
            issuedBy: fields["issued_by"].flatMap { text($0) }, issuedOn: fields["issued_on"].flatMap { date($0) })
    }

    private mutating func pair(from node: SpecNode) -> MentoringPair? {
        guard let fields = mapping(node, what: "a pair") else { return nil }
        fields.expectOnly(["id", "form", "mentor", "mentee", "mentees", "start", "months", "goal", "tasks", "plan", "mentor_pay", "mentor_workload"], reader: &self)
        let id = text(fields.required("id", reader: &self))
        let form = fields.required("form", reader: &self).flatMap { self.form($0) }
        let mentor = text(fields.required("mentor", reader: &self))
        var mentees: [String] = []
        if let single = fields["mentee"] { mentees = [text(single)].compactMap { $0 } }
        if let many = fields["mentees"] { mentees += items(many, what: "mentees").compactMap { text($0) } }
        if mentees.isEmpty { error(node.location, "the pair names no mentee; add “mentee: ID” or “mentees: [ID, ID]”",
            russian: "В паре не указан наставляемый. Добавьте поле «mentee: код» или «mentees: [код, код]».") }
        let start = date(fields.required("start", reader: &self))
        let months = fields.required("months", reader: &self).flatMap { integer($0, in: 1...60, what: "months") }
        let tasks = fields["tasks"].map { items($0, what: "tasks").compactMap { text($0) } } ?? []
        let plan = fields["plan"].map { items($0, what: "plan").compactMap { planItem(from: $0) } } ?? []
        guard let id, let form, let mentor, let start, let months else { return nil }
        var pair = MentoringPair(id: id, form: form, mentorID: mentor, menteeIDs: mentees, start: start, months: months,
            goal: fields["goal"].flatMap { text($0) }, tasks: tasks, plan: plan, location: node.location)
        pair.fieldLocations = fields.valueLocations
        pair.mentorPay = fields["mentor_pay"].flatMap { roubles($0) }
        pair.mentorWorkload = fields["mentor_workload"].flatMap { text($0) }
        if let many = fields["mentees"], case .sequence(let items) = many.kind {
            for (index, item) in items.enumerated() { pair.fieldLocations["mentees.\(index)"] = item.location }
        }
        return pair
    }

    private mutating func labourContract(from node: SpecNode) -> LabourContract? {
        guard let fields = mapping(node, what: "labour_contract") else { return nil }
        fields.expectOnly(["number", "date"], reader: &self)
        guard let number = text(fields.required("number", reader: &self)), let date = date(fields.required("date", reader: &self))
        else { return nil }
        return LabourContract(number: number, date: date)
    }

    private mutating func planItem(from node: SpecNode) -> PlanItem? {
        guard let fields = mapping(node, what: "a plan item") else { return nil }
        fields.expectOnly(["what", "when", "result"], reader: &self)
        guard let activity = text(fields.required("what", reader: &self)), let when = text(fields.required("when", reader: &self))
        else { return nil }
        return PlanItem(activity: activity, when: when, result: fields["result"].flatMap { text($0) } ?? "")
    }

    private mutating func stage(from node: SpecNode) -> Roadmap.Stage? {
        guard let fields = mapping(node, what: "a roadmap stage") else { return nil }
        fields.expectOnly(["stage", "activities"], reader: &self)
        let title = text(fields.required("stage", reader: &self))
        let activities = fields.required("activities", reader: &self).map { items($0, what: "activities") } ?? []
        guard let title else { return nil }
        return Roadmap.Stage(title: title, activities: activities.compactMap { node -> Roadmap.Activity? in
            guard let activity = mapping(node, what: "an activity") else { return nil }
            activity.expectOnly(["what", "when", "responsible", "result"], reader: &self)
            guard let what = text(activity.required("what", reader: &self)), let when = text(activity.required("when", reader: &self))
            else { return nil }
            return Roadmap.Activity(what: what, when: when, responsible: activity["responsible"].flatMap { text($0) } ?? "",
                result: activity["result"].flatMap { text($0) } ?? "")
        })
    }

    private mutating func order(from node: SpecNode) -> Order? {
        guard let fields = mapping(node, what: "an order") else { return nil }
        fields.expectOnly(["number", "date"], reader: &self)
        guard let number = text(fields.required("number", reader: &self)), let date = date(fields.required("date", reader: &self))
        else { return nil }
        return Order(number: number, date: date)
    }

    /// `councils: { pedagogical: { number: 1, date: 2026-08-27 }, students: {…}, parents: {…} }`: each part may
    /// be left out, and the Положение leaves a blank for it.
    private mutating func councils(from node: SpecNode) -> [Council: CouncilMinutes] {
        guard let fields = mapping(node, what: "councils") else { return [:] }
        fields.expectOnly(Council.allCases.map(\.rawValue), reader: &self)
        var councils: [Council: CouncilMinutes] = [:]
        for council in Council.allCases {
            guard let minutesNode = fields[council.rawValue], let minutes = mapping(minutesNode, what: "the minutes of a council") else { continue }
            minutes.expectOnly(["number", "date"], reader: &self)
            councils[council] = CouncilMinutes(number: text(minutes["number"]), date: date(minutes["date"]))
        }
        return councils
    }

    // MARK: Values

    mutating func text(_ node: SpecNode?) -> String? {
        guard let node else { return nil }
        switch node.kind {
        case .scalar(let scalar):
            let value = scalar.text.trimmingWhitespace()
            return value.isEmpty ? nil : value
        case .null:
            return nil
        default:
            error(node.location, "expected a value here, not a list or a group of fields",
                russian: "Здесь нужно одно значение, а не список и не группа полей. Исправьте запись.")
            return nil
        }
    }

    mutating func date(_ node: SpecNode?) -> CalendarDay? {
        guard let node, let value = text(node) else { return nil }
        guard let date = CalendarDay(parsing: value) else {
            error(node.location, "“\(value)” is not a date; write YYYY-MM-DD or DD.MM.YYYY (a real day of a real month)",
                russian: "«\(value)» — не дата. Напишите дату так: 19.11.2026 или 2026-11-19 (такой день должен быть в календаре).")
            return nil
        }
        return date
    }

    private mutating func integer(_ node: SpecNode, in range: ClosedRange<Int>, what: String) -> Int? {
        guard let value = text(node) else { return nil }
        guard let number = Int(value), range.contains(number) else {
            error(node.location, "“\(value)” is not a whole number from \(range.lowerBound) to \(range.upperBound) (\(what))",
                russian: "В поле «\(what)» нужно целое число от \(range.lowerBound) до \(range.upperBound), а написано «\(value)». Исправьте значение.")
            return nil
        }
        return number
    }

    private mutating func roubles(_ node: SpecNode) -> Roubles? {
        guard let value = text(node) else { return nil }
        guard let sum = Roubles(parsing: value) else {
            error(node.location, "“\(value)” is not a sum in roubles; write 5000 or 5000.50 (roubles and kopecks)",
                russian: "«\(value)» — не сумма в рублях. Напишите сумму так: 5000 или 5000.50 (рубли и копейки).")
            return nil
        }
        return sum
    }

    private mutating func boolean(_ node: SpecNode) -> Bool? {
        guard let value = text(node)?.lowercased() else { return nil }
        switch value {
        case "true", "yes", "да": return true
        case "false", "no", "нет": return false
        default:
            error(node.location, "“\(value)” is not yes or no; write true or false (да or нет)",
                russian: "«\(value)» — не «да» и не «нет». Напишите да или нет (true или false).")
            return nil
        }
    }

    private mutating func gender(_ node: SpecNode) -> Gender? {
        guard let value = text(node)?.lowercased() else { return nil }
        switch value {
        case "male", "m", "м", "муж", "мужской": return .male
        case "female", "f", "ж", "жен", "женский": return .female
        default:
            error(node.location, "“\(value)” is not a gender; write male or female (м or ж)",
                russian: "«\(value)» — не пол. Напишите м или ж (male или female).")
            return nil
        }
    }

    private mutating func form(_ node: SpecNode) -> MentoringForm? {
        guard let value = text(node) else { return nil }
        guard let form = MentoringForm(spelling: value) else {
            let known = MentoringForm.allCases.map { "«\($0.rawValue)»" }.joined(separator: ", ")
            error(node.location, "“\(value)” is not a form of mentoring; the forms are \(known)",
                russian: "«\(value)» — не форма наставничества. Выберите одну из форм: \(known).")
            return nil
        }
        return form
    }

    private mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: SpecNode, _ type: Choice.Type, what: String) -> Choice?
    where Choice.RawValue == String {
        guard let value = text(node) else { return nil }
        guard let choice = Choice(rawValue: value.lowercased()) else {
            let known = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            error(node.location, "“\(value)” is not a known \(what); use one of: \(known)",
                russian: "«\(value)» — такого значения нет в поле «\(Self.fieldName(what))». Напишите одно из значений: \(known).")
            return nil
        }
        return choice
    }

    // MARK: Shapes

    mutating func mapping(_ node: SpecNode, what: String) -> Fields? {
        guard case .mapping(let entries) = node.kind else {
            error(node.location, "\(what) should be a group of “key: value” lines",
                russian: "\(Self.russianName(what)): запишите строками вида «поле: значение».")
            return nil
        }
        return Fields(node: node, entries: entries)
    }

    mutating func items(_ node: SpecNode, what: String) -> [SpecNode] {
        switch node.kind {
        case .sequence(let items): return items
        case .null: return []
        case .scalar: return [node]
        case .mapping:
            error(node.location, "\(what) should be a list (lines starting with “- ”)",
                russian: "\(Self.russianName(what)): запишите списком, каждый элемент с новой строки, начиная с «- ».")
            return []
        }
    }

    mutating func error(_ location: SourceLocation, _ message: String, russian: String) {
        diagnostics.append(SpecDiagnostic(.validation, location: location, severity: .error, message: message, russian: russian))
    }

    mutating func warning(_ location: SourceLocation, _ message: String, russian: String) {
        diagnostics.append(SpecDiagnostic(.validation, location: location, severity: .warning, message: message, russian: russian))
    }

    /// How a Russian message names a part of the spec the English one calls `what`: a field by its name
    /// as the spec spells it (the person must find it), a whole entry in words.
    static func russianName(_ what: String) -> String {
        switch what {
        case "the spec": "Описание программы"
        case "a participant": "Запись участника"
        case "a pair": "Запись пары"
        case "a processor": "Запись об обработчике (processors)"
        case "a plan item": "Пункт плана (plan)"
        case "a roadmap stage": "Этап дорожной карты (roadmap)"
        case "an activity": "Мероприятие дорожной карты (activities)"
        case "an order": "Приказ (orders)"
        case "the minutes of a council": "Протокол совета (councils)"
        case "the question catalogue": "Перечень вопросов анкеты"
        case "a block": "Раздел вопросов (blocks)"
        case "a question": "Вопрос (questions)"
        default: "Поле «\(fieldName(what))»"
        }
    }

    /// The spec's field a `what` of a value names.
    static func fieldName(_ what: String) -> String { what == "document kind" ? "kind" : what }
}

/// The entries of one mapping, looked up by key.
struct Fields {
    let node: SpecNode
    let entries: [SpecEntry]

    subscript(key: String) -> SpecNode? {
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        if case .null = entry.value.kind { return nil }
        return entry.value
    }

    var valueLocations: [String: SourceLocation] {
        Dictionary(entries.map { ($0.key, $0.value.location) }, uniquingKeysWith: { first, _ in first })
    }

    func required(_ key: String, reader: inout SpecReader) -> SpecNode? {
        if let value = self[key] { return value }
        let location = entries.first(where: { $0.key == key })?.keyLocation ?? node.location
        reader.error(location, "“\(key)” is required here", russian: "Заполните поле «\(key)»: оно обязательно.")
        return nil
    }

    func expectOnly(_ keys: [String], reader: inout SpecReader) {
        for entry in entries where !keys.contains(entry.key) {
            reader.warning(entry.keyLocation, "unknown field “\(entry.key)” is ignored (known here: \(keys.joined(separator: ", ")))",
                russian: "Поле «\(entry.key)» неизвестно и не будет учтено. Проверьте, нет ли опечатки; здесь бывают поля: \(keys.joined(separator: ", ")).")
        }
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
