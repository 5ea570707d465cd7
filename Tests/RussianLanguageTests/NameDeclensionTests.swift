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

    @Test func hyphenatedPrefixesStay() {
        #expect(forms("Тер-Петросян Армен Ашотович")[1] == "Тер-Петросяна Армена Ашотовича")
        #expect(forms("Мелик-Пашаев Александр Шамилевич")[4] == "Мелик-Пашаевым Александром Шамилевичем")
        #expect(forms("Бонч-Бруевич Виктор Леопольдович")[2] == "Бонч-Бруевичу Виктору Леопольдовичу")
        #expect(forms("Ван-Гог Винсент Теодорович")[1] == "Ван-Гога Винсента Теодоровича")
        #expect(forms("Сент-Экзюпери Антуан Жанович")[1] == "Сент-Экзюпери Антуана Жановича")
        #expect(forms("Рашидов Абдул-Азиз Маратович")[1] == "Рашидова Абдул-Азиза Маратовича")
    }

    @Test func hyphenatedFirstNamesDeclineInBothParts() {
        #expect(forms("Соколова Анна-Мария Петровна")[2] == "Соколовой Анне-Марии Петровне")
        #expect(forms("Соколова Анна-Мария Петровна")[4] == "Соколовой Анной-Марией Петровной")
        #expect(forms("Леонова Мария-Луиза Георгиевна-Авраамовна")[1] == "Леоновой Марии-Луизы Георгиевны-Авраамовны")
        // A man's double name declines in its last part only.
        #expect(forms("Дюпон Жан-Поль Пьерович")[1] == "Дюпона Жан-Поля Пьеровича")
    }

    @Test func aVowelBeforeAFinalAMarksAForeignName() {
        #expect(forms("Иванова Мариа Петровна")[1] == "Ивановой Мариа Петровны")
        #expect(forms("Делакруа Франсуа Эженович")[4] == "Делакруа Франсуа Эженовичем")
        #expect(forms("Моруа Анна Андреевна")[2] == "Моруа Анне Андреевне")
    }

    @Test func adjectivalSurnamesAfterGKKh() {
        #expect(forms("Сухой Павел Осипович")[4] == "Сухим Павлом Осиповичем")
        #expect(forms("Сухой Павел Осипович")[1] == "Сухого Павла Осиповича")
        #expect(forms("Глухой Иван Петрович")[4] == "Глухим Иваном Петровичем")
        #expect(forms("Дорогой Олег Иванович")[4] == "Дорогим Олегом Ивановичем")
        #expect(forms("Сухая Анна Павловна")[3] == "Сухую Анну Павловну")
    }

    @Test func ukrainianSoftSurnames() {
        #expect(forms("Застрожний Олег Иванович") == ["Застрожний Олег Иванович", "Застрожнего Олега Ивановича",
            "Застрожнему Олегу Ивановичу", "Застрожнего Олега Ивановича", "Застрожним Олегом Ивановичем", "Застрожнем Олеге Ивановиче"])
    }

    @Test func unstressedPatronymicsTakeEm() {
        #expect(forms("Орлов Иван Никитич")[4] == "Орловым Иваном Никитичем")
        #expect(forms("Орлов Иван Саввич")[4] == "Орловым Иваном Саввичем")
        #expect(forms("Орлов Иван Ильич")[4] == "Орловым Иваном Ильичом")
        #expect(forms("Орлов Иван Кузьмич")[4] == "Орловым Иваном Кузьмичом")
        #expect(forms("Орлов Иван Фомич")[4] == "Орловым Иваном Фомичом")
        #expect(forms("Орлов Иван Лукич")[4] == "Орловым Иваном Лукичом")
        #expect(forms("Орлов Иван Ильич")[1] == "Орлова Ивана Ильича")
        #expect(forms("Бергер Марк Ювич")[4] == "Бергером Марком Ювичем")
        #expect(forms("Хаимов Марк Малкиелювич")[4] == "Хаимовым Марком Малкиелювичем")
    }

    @Test func nounSurnamesWithAStressedEts() {
        #expect(forms("Кузнец Иван Петрович")[4] == "Кузнецом Иваном Петровичем")
        #expect(forms("Кузнец Иван Петрович")[1] == "Кузнеца Ивана Петровича")
        #expect(forms("Швец Олег Иванович")[4] == "Швецом Олегом Ивановичем")
        // Surnames with an unstressed -ец keep their vowel and take -ем.
        #expect(forms("Кравец Олег Иванович")[4] == "Кравецем Олегом Ивановичем")
    }

    @Test func diminutivesLoseTheirFleetingVowel() {
        #expect(Declension.decline("Игорёк", as: .firstName, gender: .male, to: .genitive) == "Игорька")
        #expect(Declension.decline("Игорёк", as: .firstName, gender: .male, to: .instrumental) == "Игорьком")
    }

    @Test func womensNamesInASoftConsonant() {
        #expect(forms("Гарипова Айгуль Рафисовна")[1] == "Гариповой Айгуль Рафисовны")
        #expect(forms("Сафина Гузель Маратовна")[4] == "Сафиной Гузель Маратовной")
        #expect(forms("Белова Нинель Ивановна")[1] == "Беловой Нинели Ивановны")
        #expect(forms("Хабибуллина Алия Ринатовна")[2] == "Хабибуллиной Алие Ринатовне")
        #expect(forms("Хабибуллина Алия Ринатовна")[4] == "Хабибуллиной Алиёй Ринатовной")
    }

    @Test func capitalsStayCapitals() {
        #expect(forms("ИВАНОВ ИГОРЬ ИЛЬИЧ")[4] == "ИВАНОВЫМ ИГОРЕМ ИЛЬИЧОМ")
        #expect(forms("ПЕТРОВА АННА ПЕТРОВНА")[3] == "ПЕТРОВУ АННУ ПЕТРОВНУ")
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
