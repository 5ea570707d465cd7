"""Shared by the comparison scripts: the synthetic agreement data and the Jinja filters.

The data has the shape mentordocs' `bench` builds (Sources/MentorDocs/Benchmark/SyntheticSchool.swift
and DocumentPlanner's agreement record): one agreement per pair, an adult teacher mentor, a pupil
mentee of 11-17 with a parent, two tasks, a plan of 6 items, and `copies` = two copies.
All names are invented.
"""
from datetime import date

import jinja2

SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов"]
FIRST_NAMES = ["Алексей", "Павел", "Илья", "Сергей", "Андрей", "Михаил", "Дмитрий", "Олег", "Роман", "Денис"]
PATRONYMICS = ["Иванович", "Петрович", "Сергеевич", "Андреевич", "Олегович"]
DOCUMENT_DATE = date(2026, 9, 1)
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]


def person(full_name, birth=None, number="000000", issued_on="2020-01-15", address="г. Примерск, ул. Учебная, д. 2"):
    female = full_name.split()[-1].endswith("на")
    age = None if birth is None else DOCUMENT_DATE.year - birth.year - ((DOCUMENT_DATE.month, DOCUMENT_DATE.day) < (birth.month, birth.day))
    return {
        "full_name": full_name, "surname": full_name.split()[0],
        "gender": "female" if female else "male", "is_female": female,
        "birth_date": birth.isoformat() if birth else None, "age": age,
        "is_minor": age is not None and age < 18, "is_under_14": age is not None and age < 14,
        "address": address, "phone": "+7 900 000-00-00", "email": None,
        "document": {"kind": "passport", "title": "паспорт", "series": "00 00", "number": number,
                     "issued_by": "ОВД г. Примерска (тестовые данные)", "issued_on": issued_on},
    }


def synthetic_person(i, birth_year):
    name = f"{SURNAMES[i % 10]} {FIRST_NAMES[(i // 10) % 10]} {PATRONYMICS[(i // 100) % 5]}"
    return person(name, date(birth_year, 1 + i % 12, 1 + i % 28), number=f"{i:06d}",
                  address=f"г. Примерск, ул. Учебная, д. {i % 200 + 1}, кв. {i % 90 + 1}")


ORG = {
    "full_name": "Муниципальное бюджетное общеобразовательное учреждение «СОШ № 99»",
    "short_name": "МБОУ «СОШ № 99»", "address": "000000, г. Примерск, ул. Учебная, д. 1", "city": "Примерск",
    "inn": "0000000000", "ogrn": "0000000000000", "websites": ["https://school99.example.ru"],
    "director": {**person("Соколова Анна Петровна"), "position": "директор"},
    "curator": {**person("Ветров Олег Игоревич"), "position": "заместитель директора"},
}


def plan(items):
    return [{"what": f"Мероприятие {k + 1}", "when": f"месяц {k + 1}", "result": f"Результат {k + 1}"} for k in range(items)]


def agreement(i):
    """The data of the i-th agreement (pair i: mentor m<i>, mentee s<i>)."""
    mentor = {**synthetic_person(i, 1970 + i % 30), "id": f"m{i}", "category": "teacher", "class_or_position": "учитель",
              "representative": None}
    parent = {**person(f"{SURNAMES[i % 10]}а Мария Ивановна", issued_on="2015-03-01"), "relation": "mother", "is_parent": True}
    mentee = {**synthetic_person(i + 7, 2009 + i % 6), "id": f"s{i}", "category": "student",
              "class_or_position": f"{5 + i % 6} «А» класс", "representative": parent}
    pair = {"id": f"p{i}", "form": "учитель – ученик", "start": "2026-09-01", "end": "2027-05-01", "months": "8",
            "months_words": "8 (восемь) месяцев", "goal": "Повышение успеваемости",
            "tasks": ["помощь в учёбе", "развитие интереса к предмету"], "plan": plan(6),
            "mentor": mentor, "mentees": [mentee], "mentee_names": mentee["full_name"], "is_group": False}
    return {"org": ORG, "document": {"date": DOCUMENT_DATE.isoformat()},
            "programme": {"name": "программа наставничества МБОУ «СОШ № 99»", "school_year": "2026–2027 учебный год",
                          "start": "2026-09-01", "end": "2027-05-31", "forms": ["учитель – ученик"]},
            "pair": pair, "mentor": mentor, "mentee": mentee, "copies": [{"number": "1"}, {"number": "2"}]}


# --- Jinja filters: stand-ins for mentordocs' Russian filters -------------------------------------

def not_declined(value, gender=None):
    """Stand-in for genitive, dative, ...: returns the name unchanged. mentordocs declines it."""
    return value


def initials(name):  # «Соколова А.П.»
    parts = (name or "").split()
    return parts[0] + "\u00a0" + "".join(p[0] + "." for p in parts[1:]) if len(parts) > 1 else (name or "")


def initials_first(name):  # «А.П. Соколова»
    parts = (name or "").split()
    return "".join(p[0] + "." for p in parts[1:]) + "\u00a0" + parts[0] if len(parts) > 1 else (name or "")


def date_filter(shape):
    def apply(value):
        if not value:
            return ""
        d = date.fromisoformat(value)
        return shape(d, MONTHS[d.month - 1])
    return apply


FILTERS = {
    **{case: not_declined for case in ["nominative", "genitive", "dative", "accusative", "instrumental", "prepositional"]},
    "initials": initials,
    "initials_first": initials_first,
    "date_quoted": date_filter(lambda d, m: f"«{d.day:02d}»\u00a0{m} {d.year}\u00a0г."),
    "date_words": date_filter(lambda d, m: f"{d.day}\u00a0{m} {d.year}\u00a0г."),
    "date_long": date_filter(lambda d, m: f"{d.day}\u00a0{m} {d.year} года"),
    "date_numeric": date_filter(lambda d, m: f"{d.day:02d}.{d.month:02d}.{d.year}"),
}


def jinja_env():
    """Values are escaped, as mentordocs escapes them; a missing value is an error, as in mentordocs."""
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters.update(FILTERS)
    return env
