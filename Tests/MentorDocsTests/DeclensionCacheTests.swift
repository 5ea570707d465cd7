import DocumentEngine
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

/// The process-wide caches of the Russian filters, as a long-running service sizes and empties them.
@Suite(.serialized) struct DeclensionCacheSettingsTests {
    @Test func aCacheCanBeEmptiedAndResized() {
        let cache = DeclensionCache(capacity: 8)
        for name in ["Ким Саша", "Соколова Анна Петровна", "Ильин Павел Андреевич"] {
            _ = cache.declined(name, to: .dative, gender: nil) { PersonName(parsing: name)!.declined(to: .dative, gender: nil).fullName }
        }
        #expect(cache.count == 3)
        cache.clear()
        #expect(cache.count == 0)
        #expect(cache.capacity == 8)
        for name in ["Ким Саша", "Соколова Анна Петровна"] {
            _ = cache.declined(name, to: .dative, gender: nil) { name }
        }
        cache.capacity = 1
        #expect(cache.capacity == 1)
        #expect(cache.count == 0, "a capacity below what is kept empties it")
        cache.capacity = -5
        #expect(cache.capacity == 0)
    }

    @Test func aCacheOfNoCapacityKeepsNothingAndStillDeclines() {
        let cache = DeclensionCache(capacity: 0)
        let calls = Mutex(0)
        for _ in 0..<2 {
            let form = cache.declined("Соколова Анна Петровна", to: .dative, gender: nil) {
                calls.withLock { $0 += 1 }
                return PersonName(parsing: "Соколова Анна Петровна")!.declined(to: .dative, gender: nil).fullName
            }
            #expect(form == "Соколовой Анне Петровне")
        }
        #expect(calls.withLock { $0 } == 2)
        #expect(cache.count == 0)
    }

    /// The filters' own caches are the ones the settings reach: with no capacity, declining a name
    /// through a template leaves nothing behind.
    @Test func theFiltersCachesAreReachable() throws {
        let names = RussianFilters.declinedNames
        let saved = names.capacity
        defer { names.capacity = saved }
        #expect(saved == 4096)
        #expect(RussianFilters.declinedPhrases.capacity == 1024)
        names.capacity = 0
        let filter = try #require(FilterRegistry.mentordocs["dative"])
        let form = try filter.apply(.text("Сидоров Пётр Ильич"), [])
        #expect(form == .text("Сидорову Петру Ильичу"))
        #expect(names.count == 0)
        names.capacity = saved
        _ = try filter.apply(.text("Сидоров Пётр Ильич"), [])
        #expect(names.count >= 1)
        names.clear()
        names.capacity = saved
    }
}
