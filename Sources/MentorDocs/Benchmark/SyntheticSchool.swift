import DocumentEngine
import SpecSyntax
import CalendarDays

/// A made-up school of any size, for measuring: half mentors (adults), half mentees
/// (pupils of 11 to 17), paired one to one.
package enum SyntheticSchool {
    static let surnames = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов"]
    static let firstNames = ["Алексей", "Павел", "Илья", "Сергей", "Андрей", "Михаил", "Дмитрий", "Олег", "Роман", "Денис"]
    static let patronymics = ["Иванович", "Петрович", "Сергеевич", "Андреевич", "Олегович"]

    package static func programme(participants count: Int, planItems: Int = 6) -> Programme {
        let location = SourceLocation(file: "synthetic", line: 1, column: 1)
        let start = CalendarDay(year: 2026, month: 9, day: 1)!
        func person(_ index: Int, birthYear: Int) -> Person {
            let name = "\(surnames[index % 10]) \(firstNames[(index / 10) % 10]) \(patronymics[(index / 100) % 5])"
            return Person(fullName: name, birthDate: CalendarDay(year: birthYear, month: 1 + index % 12, day: 1 + index % 28),
                address: "г. Примерск, ул. Учебная, д. \(index % 200 + 1), кв. \(index % 90 + 1)", phone: "+7 900 000-00-00",
                document: IdentityDocument(kind: .passport, series: "00 00", number: String(String(1_000_000 + index).suffix(6)),
                    issuedBy: "ОВД г. Примерска (тестовые данные)", issuedOn: CalendarDay(year: 2020, month: 1, day: 15)))
        }
        var participants: [Participant] = []
        var pairs: [MentoringPair] = []
        for index in 0..<max(count / 2, 1) {
            let mentor = Participant(id: "m\(index)", person: person(index, birthYear: 1970 + index % 30), category: .teacher,
                classOrPosition: "учитель", location: location)
            let parent = Person(fullName: "\(surnames[index % 10])а Мария Ивановна", address: "г. Примерск, ул. Учебная, д. 2",
                phone: "+7 900 000-00-00", document: IdentityDocument(kind: .passport, series: "00 00", number: "000000",
                    issuedBy: "ОВД г. Примерска (тестовые данные)", issuedOn: CalendarDay(year: 2015, month: 3, day: 1)))
            let mentee = Participant(id: "s\(index)", person: person(index + 7, birthYear: 2009 + index % 6), category: .student,
                classOrPosition: "\(5 + index % 6) «А» класс", representative: Representative(person: parent, relation: .mother),
                location: location)
            participants += [mentor, mentee]
            pairs.append(MentoringPair(id: "p\(index)", form: .teacherStudent, mentorID: mentor.id, menteeIDs: [mentee.id],
                start: start, months: 8, goal: "Повышение успеваемости", tasks: ["помощь в учёбе", "развитие интереса к предмету"],
                plan: (0..<planItems).map { PlanItem(activity: "Мероприятие \($0 + 1)", when: "месяц \($0 + 1)", result: "Результат \($0 + 1)") },
                location: location))
        }
        let director = Official(person: Person(fullName: "Соколова Анна Петровна"), position: "директор")
        let curator = Official(person: Person(fullName: "Ветров Олег Игоревич"), position: "заместитель директора")
        let organisation = Organisation(fullName: "Муниципальное бюджетное общеобразовательное учреждение «СОШ № 99»",
            shortName: "МБОУ «СОШ № 99»", address: "000000, г. Примерск, ул. Учебная, д. 1", city: "Примерск",
            inn: "0000000000", ogrn: "0000000000000", websites: ["https://school99.example.ru"], director: director, curator: curator)
        return Programme(file: "synthetic", organisation: organisation, schoolYear: "2026–2027 учебный год", start: start,
            end: CalendarDay(year: 2027, month: 5, day: 31)!, documentDate: start, forms: [.teacherStudent],
            orders: ["introduction": Order(number: "1", date: start), "curator": Order(number: "2", date: start),
                "pairs": Order(number: "3", date: start), "plans": Order(number: "4", date: start)],
            participants: participants, pairs: pairs)
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
