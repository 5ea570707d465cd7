import MentorDocs
import Testing

struct ClassNameOrderTests {
    @Test func classesSortByTheYearThenTheLetter() {
        let classes = ["10 «Б»", "5 «Б»", "11 «А»", "5 «А»", "10 «А»", "9А", "Выпускники"]
        #expect(classes.sorted(by: ClassNameOrder.areInIncreasingOrder)
            == ["5 «А»", "5 «Б»", "9А", "10 «А»", "10 «Б»", "11 «А»", "Выпускники"])
    }

    @Test func namesWithoutAYearComeAfterThoseWithOneInTheOrderOfTheirText() {
        #expect(ClassNameOrder.areInIncreasingOrder("1 «А»", "Группа продлённого дня"))
        #expect(!ClassNameOrder.areInIncreasingOrder("Группа продлённого дня", "1 «А»"))
        #expect(ClassNameOrder.areInIncreasingOrder("Вожатые", "Группа продлённого дня"))
    }

    @Test func aClassDoesNotComeBeforeItself() {
        #expect(!ClassNameOrder.areInIncreasingOrder("7 «В»", "7 «В»"))
    }
}
