import MentorDocs
import Testing

/// The question catalogue: the built-in set, and a school's own file read with its errors' places.
struct QuestionCatalogueTests {
    private func read(_ text: String) throws -> QuestionCatalogue {
        try QuestionCatalogueReader.read(bytes: Array(text.utf8), name: "questions.spec")
    }

    @Test func theBuiltInSetAsksEachFormAndRoleItsOwnGrowthItemsAtBothStages() throws {
        let catalogue = QuestionCatalogue.builtIn
        #expect(catalogue.blocks.map(\.id) == ["quality", "growth", "open"])
        for form in MentoringForm.allCases {
            for role in RespondentRole.allCases {
                let entry = catalogue.questions(at: .entry, for: [(role, form)])
                let exit = catalogue.questions(at: .exit, for: [(role, form)])
                let growth = entry.filter { $0.blockID == "growth" }
                #expect(growth.count >= 2, "\(form.rawValue), \(role)")
                // The growth items are asked twice, so the exit can be compared with the entry.
                #expect(growth.map(\.id) == exit.filter { $0.blockID == "growth" }.map(\.id))
                // Satisfaction with the programme is asked at the end only.
                #expect(!entry.contains { $0.blockID == "quality" })
                #expect(exit.filter { $0.blockID == "quality" && $0.answer == .scale }.count >= 6)
                #expect(entry.contains { $0.id == "expectations" && $0.answer == .text })
            }
        }
        let teacherMentee = catalogue.questions(at: .entry, for: [(.mentee, .teacherTeacher)]).map(\.text)
        #expect(teacherMentee.contains("Я чувствую себя частью педагогического коллектива."))
        #expect(!teacherMentee.contains("Я знаю, какую профессию хочу выбрать."))
    }

    @Test func aSchoolFileExtendsTheBuiltInSetOrReplacesIt() throws {
        let extended = try read("""
            extends: built-in
            questions:
              - { id: staff, block: growth, text: Меня принимают в коллективе., answer: scale, roles: [наставляемый], forms: [учитель – учитель] }
              - id: canteen
                block: quality
                text: Насколько удобно было встречаться после уроков?
                answer: scale
                stages: [на выходе]
            """)
        #expect(extended.questions.count == QuestionCatalogue.builtIn.questions.count + 1)
        #expect(extended.question("staff")?.text == "Меня принимают в коллективе.")
        #expect(extended.questions.last?.id == "canteen")
        #expect(extended.question("canteen")?.roles == [.mentor, .mentee])

        let own = try read("""
            blocks:
              - { id: club, title: Клуб }
            questions:
              - { id: fun, block: club, text: Было ли интересно?, answer: text }
            """)
        #expect(own.blocks.map(\.title) == ["Клуб"])
        #expect(own.questions.map(\.id) == ["fun"])
        #expect(own.question("fun")?.stages == [.entry, .exit])
    }

    @Test func everyMistakeIsReportedWithItsPlace() {
        let text = """
            blocks:
              - { id: club, title: Клуб }
            questions:
              - { id: a, block: club, text: Первый?, answer: scale, roles: [директор] }
              - { id: a, block: nowhere, text: Второй?, answer: points, stages: [в середине] }
              - { id: a, block: club, text: Третий?, answer: text, forms: [ученик – родитель] }
            """
        #expect {
            _ = try read(text)
        } throws: { error in
            let messages = (error as? SpecSyntaxError)?.diagnostics.filter { $0.severity == .error }.map(\.description) ?? []
            return messages.contains("questions.spec:4:65: error: “директор” is not a role; write mentor or mentee (наставник, наставляемый)")
                && messages.contains("questions.spec:5:21: error: there is no block “nowhere”; add it under “blocks” (known: club)")
                && messages.contains { $0.hasPrefix("questions.spec:5:53: error: “points” is not a kind of answer") }
                && messages.contains { $0.hasPrefix("questions.spec:5:70: error: “в середине” is not a stage") }
                && messages.contains { $0.hasPrefix("questions.spec:6:64: error: “ученик – родитель” is not a form of mentoring") }
                && messages.contains("questions.spec:6:5: error: a second question with the id “a” (the first is at 4:5)")
        }
    }
}
