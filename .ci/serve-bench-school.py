#!/usr/bin/env python3
"""Writes a synthetic school's spec for `.ci/serve-bench`: the example school's organisation and
programme, and COUNT participants shaped as the library's `SyntheticSchool` makes them (half teacher
mentors, half pupils of 11-17 with a parent, paired one to one). Made-up people only.

Usage: serve-bench-school.py EXAMPLE.spec COUNT OUT.spec
"""
import sys

SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов"]
FIRST_NAMES = ["Алексей", "Павел", "Илья", "Сергей", "Андрей", "Михаил", "Дмитрий", "Олег", "Роман", "Денис"]
PATRONYMICS = ["Иванович", "Петрович", "Сергеевич", "Андреевич", "Олегович"]
DOCUMENT = 'issued_by: "ОВД г. Примерска (тестовые данные)", issued_on: 2020-01-15'


def name(index):
    return f"{SURNAMES[index % 10]} {FIRST_NAMES[(index // 10) % 10]} {PATRONYMICS[(index // 100) % 5]}"


def pupil_documents(index, age):
    """A passport from 14, and the birth certificate: as `document` under 14, beside the passport after."""
    certificate = (f'{{ series: "0-ОО", number: "{str(2_000_000 + index)[-6:]}", '
                   'issued_by: "Отдел ЗАГС г. Примерска (тестовые данные)", issued_on: 2015-03-01 }')
    if age < 14:
        return [f"    document: {{ kind: birth_certificate, {certificate[2:]}"]
    return [f'    document: {{ kind: passport, series: "00 00", number: "{str(3_000_000 + index)[-6:]}", {DOCUMENT} }}',
            f"    birth_certificate: {certificate}"]


def main(example, count, out):
    text = open(example, encoding="utf-8").read()
    head = text[: text.index("\nparticipants:")]
    head = head.replace("forms: [ученик – ученик, учитель – учитель, работодатель – ученик]", "forms: [учитель – ученик]")
    lines = [head, "", "participants:"]
    pairs = ["pairs:"]
    for index in range(max(count // 2, 1)):
        year, month, day = 2009 + index % 6, 1 + index % 12, 1 + index % 28
        age = 2026 - year - (1 if (month, day) > (9, 1) else 0)  # on the documents' date, 2026-09-01
        lines += [
            f"  - id: m{index}",
            f"    full_name: {name(index)}",
            "    category: teacher",
            "    position: учитель",
            f"    birth_date: {1970 + index % 30}-{1 + index % 12:02d}-{1 + index % 28:02d}",
            f"    address: г. Примерск, ул. Учебная, д. {index % 200 + 1}, кв. {index % 90 + 1}",
            "    phone: +7 900 000-00-00",
            f'    labour_contract: {{ number: "{index}-ТД", date: 2015-08-28 }}',
            f'    document: {{ kind: passport, series: "00 00", number: "{str(1_000_000 + index)[-6:]}", {DOCUMENT} }}',
            f"  - id: s{index}",
            f"    full_name: {name(index + 7)}",
            "    category: student",
            f"    class: {5 + index % 7} «{'АБВ'[index % 3]}» класс",
            f"    birth_date: {year}-{month:02d}-{day:02d}",
            f"    address: г. Примерск, ул. Учебная, д. {index % 200 + 1}, кв. {index % 90 + 1}",
        ] + pupil_documents(index, age) + [
            "    representative:",
            f"      full_name: {SURNAMES[index % 10]}а Мария Ивановна",
            "      relation: mother",
            "      address: г. Примерск, ул. Учебная, д. 2",
            "      phone: +7 900 000-00-00",
            f'      document: {{ kind: passport, series: "00 00", number: "000000", {DOCUMENT} }}',
        ]
        pairs += [
            f"  - id: p{index}",
            "    form: учитель – ученик",
            f"    mentor: m{index}",
            f"    mentee: s{index}",
            "    start: 2026-09-15",
            "    months: 8",
            "    mentor_pay: 3000",
            "    mentor_workload: не более 2 часов в неделю",
            "    goal: Повышение успеваемости",
            "    tasks:",
            "      - помощь в освоении учебного материала",
            "    plan:",
            "      - what: Еженедельные консультации",
            "        when: сентябрь 2026 – май 2027",
            "        result: Повышение отметки в четверти",
        ]
    with open(out, "w", encoding="utf-8") as file:
        file.write("\n".join(lines + [""] + pairs) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
