import Testing

@testable import RussianLanguage

@Suite struct NameDeclensionTests {
    func forms(_ name: String, gender: Gender? = nil) -> [String] {
        let parsed = PersonName(parsing: name)!
        return GrammaticalCase.allCases.map { parsed.declined(to: $0, gender: gender).fullName }
    }

    @Test func ordinaryNames() {
        #expect(forms("Соколова Анна Петровна") == ["Соколова Анна Петровна", "Соколовой Анны Петровны", "Соколовой Анне Петровне",
            "Соколову Анну Петровну", "Соколовой Анной Петровной", "Соколовой Анне Петровне"])
        #expect(forms("Иванов Алексей Сергеевич") == ["Иванов Алексей Сергеевич", "Иванова Алексея Сергеевича", "Иванову Алексею Сергеевичу",
            "Иванова Алексея Сергеевича", "Ивановым Алексеем Сергеевичем", "Иванове Алексее Сергеевиче"])
    }

    @Test func irregularFirstNames() {
        #expect(forms("Орлов Павел Ильич")[1] == "Орлова Павла Ильича")
        #expect(forms("Орлов Павел Ильич")[4] == "Орловым Павлом Ильичом")
        #expect(forms("Лебедев Лев Романович")[2] == "Лебедеву Льву Романовичу")
        #expect(forms("Белова Любовь Ивановна")[1] == "Беловой Любови Ивановны")
        #expect(forms("Белова Любовь Ивановна")[3] == "Белову Любовь Ивановну")
        #expect(forms("Ильин Илья Петрович")[4] == "Ильиным Ильёй Петровичем")
        #expect(forms("Гусев Никита Олегович")[3] == "Гусева Никиту Олеговича")
        #expect(forms("Ветрова Мария Юрьевна")[5] == "Ветровой Марии Юрьевне")
        #expect(forms("Ветров Юрий Петрович")[4] == "Ветровым Юрием Петровичем")
    }

    @Test func surnamesThatDoNotDecline() {
        #expect(forms("Кравченко Елена Викторовна")[1] == "Кравченко Елены Викторовны")
        #expect(forms("Шевченко Игорь Николаевич")[2] == "Шевченко Игорю Николаевичу")
        #expect(forms("Седых Анна Петровна")[4] == "Седых Анной Петровной")
        #expect(forms("Черных Олег Иванович")[4] == "Черных Олегом Ивановичем")
        #expect(forms("Шмидт Анна Карловна")[1] == "Шмидт Анны Карловны")
        #expect(forms("Мельник Ольга Ивановна")[2] == "Мельник Ольге Ивановне")
        #expect(forms("Дурново Пётр Сергеевич")[1] == "Дурново Петра Сергеевича")
    }

    @Test func adjectivalAndConsonantSurnames() {
        #expect(forms("Вишневский Игорь Петрович")[1] == "Вишневского Игоря Петровича")
        #expect(forms("Вишневская Ирина Петровна")[3] == "Вишневскую Ирину Петровну")
        #expect(forms("Толстой Лев Николаевич")[4] == "Толстым Львом Николаевичем")
        #expect(forms("Шмидт Карл Иванович")[1] == "Шмидта Карла Ивановича")
        #expect(forms("Шевчук Игорь Николаевич")[4] == "Шевчуком Игорем Николаевичем")
        #expect(forms("Коваль Николай Петрович")[1] == "Коваля Николая Петровича")
        #expect(forms("Бабич Олег Ильич")[4] == "Бабичем Олегом Ильичом")
    }

    @Test func surnamesInAForBothGenders() {
        #expect(forms("Глинка Михаил Иванович")[1] == "Глинки Михаила Ивановича")
        #expect(forms("Глинка Анна Ивановна")[4] == "Глинкой Анной Ивановной")
        #expect(forms("Головня Пётр Ильич")[2] == "Головне Петру Ильичу")
    }

    @Test func fleetingVowelIsKept() {
        #expect(forms("Козел Иван Петрович")[1] == "Козела Ивана Петровича")
    }

    @Test func hyphenatedSurnames() {
        #expect(forms("Петров-Водкин Кузьма Сергеевич")[1] == "Петрова-Водкина Кузьмы Сергеевича")
        #expect(forms("Римская-Корсакова Надежда Николаевна")[2] == "Римской-Корсаковой Надежде Николаевне")
    }

    @Test func ёIsKept() {
        #expect(forms("Ковалёв Артём Сергеевич")[4] == "Ковалёвым Артёмом Сергеевичем")
    }

    @Test func turkicPatronymics() {
        #expect(forms("Мамедов Эльдар Исмаил оглы")[1] == "Мамедова Эльдара Исмаил оглы")
        #expect(forms("Алиева Лейла Ахмед кызы")[2] == "Алиевой Лейле Ахмед кызы")
    }

    @Test func genderFromPatronymicFirstNameOrOverride() {
        #expect(PersonName(parsing: "Саша Женя Ивановна")!.detectedGender == .female)
        #expect(PersonName(parsing: "Ким Никита")!.detectedGender == .male)
        #expect(PersonName(parsing: "Ким Анна")!.declined(to: .genitive).fullName == "Ким Анны")
        #expect(PersonName(parsing: "Ким Саша")!.declined(to: .dative, gender: .male).fullName == "Киму Саше")
    }

    @Test func initials() {
        let name = PersonName(parsing: "Соколова Анна Петровна")!
        #expect(name.initialsAfterSurname == "Соколова\u{00A0}А.П.")
        #expect(name.initialsBeforeSurname == "А.П.\u{00A0}Соколова")
        #expect(name.declined(to: .dative).initialsAfterSurname == "Соколовой\u{00A0}А.П.")
        #expect(PersonName(parsing: "Ли Анна")!.initialsAfterSurname == "Ли\u{00A0}А.")
    }

    @Test func caseNames() {
        #expect(GrammaticalCase(name: "дательный") == .dative)
        #expect(GrammaticalCase(name: "РП") == .genitive)
        #expect(GrammaticalCase(name: "instrumental") == .instrumental)
        #expect(GrammaticalCase(name: "звательный") == nil)
    }

    @Test func aNameIsReadAcrossAnyWhitespace() {
        let name = PersonName(parsing: "  Соколова\u{00A0}Анна\tПетровна \n")
        #expect(name == PersonName(surname: "Соколова", firstName: "Анна", patronymic: "Петровна"))
        #expect(PersonName(parsing: "Мамедов  Рашид Исмаил оглы")?.patronymic == "Исмаил оглы")
        #expect(PersonName(parsing: "Соколова\u{00A0}") == nil)
    }
}
