import CalendarDays
import Foundation
import Testing
import TestSupport

@testable import MentorDocs

/// The standard roadmap is dated from the spec: every order on its own day and inside its stage,
/// and nothing scheduled after what it must precede — on the example school, and on the same
/// school starting early in the calendar year, late in the autumn, and with no order dates at all.
@Suite struct RoadmapScheduleTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    static func example() throws -> Programme { try SpecReader.read(contentsOf: Paths.exampleSpec).0 }

    /// The example school moved by `months`, its orders and pairs with it; without orders when `orders` is false.
    static func shifted(by months: Int, orders: Bool = true) throws -> Programme {
        var programme = try example()
        programme.start = programme.start.adding(months: months)
        programme.end = programme.end.adding(months: months)
        programme.orders = orders ? programme.orders.mapValues { Order(number: $0.number, date: $0.date.adding(months: months)) } : [:]
        programme.councils = orders ? programme.councils.mapValues { CouncilMinutes(number: $0.number, date: $0.date?.adding(months: months)) } : [:]
        for index in programme.pairs.indices { programme.pairs[index].start = programme.pairs[index].start.adding(months: months) }
        return programme
    }

    static func variants() throws -> [(String, Programme)] {
        [("example", try example()), ("early start (January)", try shifted(by: -8)), ("late start (November)", try shifted(by: 2)),
            ("no order dates", try shifted(by: 0, orders: false))]
    }

    @Test func everyVariantIsOrdered() throws {
        for (name, programme) in try Self.variants() {
            let roadmap = StandardRoadmap.roadmap(for: programme)
            let schedule = programme.schedule
            func period(_ milestone: Roadmap.Milestone) throws -> ClosedRange<CalendarDay> {
                try #require(roadmap.activity(milestone)?.period, "\(name): \(milestone) is dated")
            }
            // Every activity is dated, within the programme's documents' span.
            for stage in roadmap.stages {
                for activity in stage.activities {
                    let range = try #require(activity.period, "\(name): \(activity.what)")
                    #expect(range.upperBound <= schedule.closingOrder, "\(name): \(activity.what) ends after the closing order")
                }
            }
            // Stages follow one another.
            let starts = roadmap.stages.compactMap { $0.period?.lowerBound }
            #expect(starts == starts.sorted(), "\(name): stages start in order \(starts.map(\.iso))")
            // The orders fall on their own days, inside their stages.
            let orders: [(Roadmap.Milestone, CalendarDay, Int)] = [
                (.introductionOrder, schedule.introductionOrder, 1), (.curatorOrder, schedule.curatorOrder, 1),
                (.pairsOrder, schedule.pairsOrder, 5), (.plansOrder, schedule.plansOrder, 5), (.closingOrder, schedule.closingOrder, 7),
            ]
            for (milestone, date, stage) in orders {
                #expect(roadmap.stageNumber(of: milestone) == stage, "\(name): \(milestone) in stage \(stage)")
                #expect(try roadmap.stages[stage - 1].period.map { $0.contains(date) } == true, "\(name): \(milestone) inside its stage")
                #expect(try period(milestone).contains(date), "\(name): \(milestone) on its order's day")
                #expect(roadmap.activity(milestone)?.when.contains(date.formatted("dd.MM.yyyy")) == true, "\(name): \(milestone) prints its date")
            }
            // What must come first ends by the day of what it precedes.
            #expect(try period(.adoption).upperBound <= schedule.introductionOrder, "\(name): adopted before approved")
            #expect(schedule.introductionOrder <= schedule.curatorOrder, "\(name): the curator is appointed under the Положение")
            for milestone in [Roadmap.Milestone.consents, .menteeBase, .mentorBase, .mentorSelection, .mentorTraining, .informing] {
                #expect(try period(milestone).upperBound <= schedule.pairsOrder, "\(name): \(milestone) before the pairs order")
                #expect(try period(milestone).lowerBound >= max(schedule.introductionOrder, schedule.curatorOrder), "\(name): \(milestone) after the first orders")
            }
            #expect(schedule.pairsOrder <= schedule.plansOrder, "\(name): pairs before plans")
            #expect(schedule.plansOrder <= (try period(.work)).lowerBound, "\(name): plans approved before the work starts")
            for pair in programme.pairs {
                #expect(schedule.plansOrder <= pair.start, "\(name): \(pair.id) starts after its plan is approved")
                #expect(pair.start.adding(months: pair.months) <= schedule.closingOrder, "\(name): \(pair.id) ends before the closing order")
            }
            #expect(try period(.interimMonitoring).lowerBound >= period(.work).lowerBound && period(.interimMonitoring).upperBound <= period(.work).upperBound, "\(name)")
            #expect(try period(.work).upperBound <= schedule.closingOrder, "\(name): the work ends by the closing order")
            #expect(try period(.finalMonitoring).upperBound <= schedule.closingOrder, "\(name): final monitoring by the closing order")
        }
    }

    @Test func theClosingOrderIsDatedFromTheEndWhenTheSpecGivesNoDate() throws {
        var programme = try Self.example()
        #expect(programme.schedule.closingOrder == Self.day("2027-05-28"))
        programme.orders["closing"] = nil
        #expect(programme.schedule.closingOrder == programme.end)
        let order = ContextValues.closingOrder(programme)
        #expect(order == .map(["number": .null, "date": .text("2027-05-31")]))
    }

    @Test func ordersOutOfTurnAreWarnedAbout() throws {
        var programme = try Self.example()
        #expect(ScheduleValidation.check(programme).isEmpty, "the example school is in order")
        programme.orders["plans"] = Order(number: "0-тест", date: Self.day("2026-09-16"))
        programme.orders["curator"] = Order(number: "0-тест", date: Self.day("2026-08-20"))
        programme.councils[.pedagogical] = CouncilMinutes(number: "1", date: Self.day("2026-08-29"))
        programme.orders["closing"] = Order(number: "0-тест", date: Self.day("2027-05-10"))
        let messages = ScheduleValidation.check(programme).map(\.message)
        #expect(messages.contains { $0.contains("approves the Положение before the pedagogical council adopts it") })
        #expect(messages.contains { $0.contains("curator order of 20.08.2026 comes before") })
        #expect(messages.contains { $0.contains("p1 starts on 15.09.2026, before the plans order") })
        #expect(messages.contains { $0.contains("closing order of 10.05.2027 comes before the end of the last pair's work (15.05.2027)") })
    }
}
