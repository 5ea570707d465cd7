import RussianLanguage
import Synchronization
import Testing

@testable import MentorDocs

@Suite struct DeclensionCacheTests {
    @Test func declinesOncePerNameCaseAndGenderAndStaysBounded() {
        let cache = DeclensionCache(capacity: 2)
        let calls = Mutex(0)
        func genitive(_ name: String, _ gender: Gender? = nil) -> String {
            cache.declined(name, to: .genitive, gender: gender) {
                calls.withLock { $0 += 1 }
                return PersonName(parsing: name)!.declined(to: .genitive, gender: gender).fullName
            }
        }
        #expect(genitive("Ким Саша", .male) == "Кима Саши")
        #expect(genitive("Ким Саша", .male) == "Кима Саши")
        #expect(calls.withLock { $0 } == 1)
        #expect(genitive("Ким Саша", .female) == "Ким Саши", "the gender is part of what is remembered")
        #expect(genitive("Соколова Анна Петровна") == "Соколовой Анны Петровны")
        #expect(calls.withLock { $0 } == 3)
        // Full at two: the third name empties the cache, so the first is declined again.
        #expect(genitive("Ким Саша", .male) == "Кима Саши")
        #expect(calls.withLock { $0 } == 4)
    }
}
