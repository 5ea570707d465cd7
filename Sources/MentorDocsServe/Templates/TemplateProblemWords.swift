import DocumentEngine

/// What a template's problem means, in Russian, for the person who edits the template in Word or
/// LibreOffice. The page shows it above the engine's own message, which names the tag and its place
/// (the part and paragraph, as `inspect` prints them).
enum TemplateProblemWords {
    static func explanation(_ kind: TemplateProblem.Kind) -> String {
        switch kind {
        case .unreadableFile: "Файл шаблона не читается."
        case .noSuchTemplate: "Такого встроенного шаблона нет."
        case .archive(.encrypted): "Документ сохранён с паролем. Сохраните его без пароля и загрузите снова."
        case .archive:
            "Файл не похож на документ Word или LibreOffice или повреждён. Откройте его в Word или LibreOffice, сохраните "
                + "как DOCX или ODT и загрузите снова."
        case .xml: "Разметка внутри документа испорчена. Откройте его в Word или LibreOffice, сохраните заново и загрузите снова."
        case .notADocument: "В файле нет текста документа: это не документ Word или LibreOffice."
        case .syntax: "Метку в фигурных скобках нельзя прочитать: проверьте, как она написана."
        case .unclosedTag: "Метка открыта «{{», но в том же абзаце не закрыта «}}»."
        case .tagSplitAcrossParagraphs: "Метка начинается в одном абзаце, а кончается в другом: напишите её целиком в одном абзаце."
        case .unknownFilter: "В метке указан неизвестный фильтр (слово после «|»)."
        case .wrongArgumentCount: "Фильтру в метке дано не столько значений, сколько он принимает."
        case .unclosedSection: "Раздел открыт меткой {{#…}} или {{^…}}, но нигде не закрыт меткой {{/…}}."
        case .unmatchedClose: "Метка {{/…}} закрывает раздел, который не открыт, или не тот, что открыт последним."
        case .misplacedSection:
            "Раздел {{#…}} … {{/…}} стоит там, где его нельзя повторить: например, начинается в одной таблице, а кончается "
                + "в другой, стоит в надписи или пересекается с другим разделом."
        case .tooManyTags: "В шаблоне слишком много меток: больше 100 000 в одной части документа."
        case .nothingToRepeat: "В шаблоне нет абзаца, который можно повторить в общем файле для печати."
        case .unshiftableReference:
            "Формула или диапазон ссылается на повторяемые строки так, что ссылку нельзя сдвинуть вместе с ними."
        case .unfillableChart:
            "Диаграмму, привязанную к данным, нельзя заполнить: подходят гистограммы, линейчатые, графики, диаграммы с областями и круговые."
        case .unsupported: "С таким шаблоном mentordocs этого пока не делает."
        case .internalError: "Внутренняя ошибка mentordocs, а не ошибка шаблона. Сообщите тому, кто устанавливал программу."
        }
    }
}
