#!/usr/bin/env python3
"""The registers' base of mentees written with openpyxl, the yardstick of `mentordocs bench --only mentee-base`.

    python mentee_base_openpyxl.py [ROWS] [OUT.xlsx]

Writes ROWS (default 10,000) mentees with the columns of the registers' «Наставляемые» sheet and data of the
shape mentordocs' synthetic school has (invented names, a class, a request, a form, a mentor, two dates),
as the workbook mentordocs makes it: a bold header row, frozen and filtering the table, column widths, dates as
date cells formatted DD.MM.YYYY. Time it as a whole process against mentordocs:

    farm-bench --vs 'python3 .ci/compare/mentee_base_openpyxl.py 10000 /dev/shm/base.xlsx' -- \
        .build/release/mentordocs bench --only mentee-base --rows 10000 --repeats 1 --out /dev/shm/bench-base
"""
import datetime
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов"]
FIRST_NAMES = ["Алексей", "Павел", "Илья", "Сергей", "Андрей", "Михаил", "Дмитрий", "Олег", "Роман", "Денис"]
PATRONYMICS = ["Иванович", "Петрович", "Сергеевич", "Андреевич", "Олегович"]
HEADER = ["№", "ФИО наставляемого", "Контакты", "Класс, должность", "Запрос", "Форма наставничества", "Наставник",
          "Дата вхождения", "Дата завершения", "Результаты", "Ссылка на кейс"]
WIDTHS = [5, 32, 26, 18, 40, 22, 30, 12, 12, 24, 20]


def name(index):
    return f"{SURNAMES[index % 10]} {FIRST_NAMES[(index // 10) % 10]} {PATRONYMICS[(index // 100) % 5]}"


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    out = sys.argv[2] if len(sys.argv) > 2 else "mentee-base.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Наставляемые"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    for column, (title, width) in enumerate(zip(HEADER, WIDTHS), start=1):
        cell = sheet.cell(row=1, column=column, value=title)
        cell.font, cell.border = bold, border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width = width
    start, end = datetime.date(2026, 9, 1), datetime.date(2027, 5, 1)
    for index in range(rows):
        values = [index + 1, name(index + 7), "+7 900 000-00-00", f"{5 + index % 6} «А» класс", "Повышение успеваемости",
                  "учитель – ученик", name(index), start, end, None, None]
        sheet.append(values)
        row = index + 2
        for column in (8, 9):
            sheet.cell(row=row, column=column).number_format = "DD.MM.YYYY"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:K{rows + 1}"
    book.save(out)


if __name__ == "__main__":
    main()
