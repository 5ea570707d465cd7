#!/usr/bin/env python3
"""Makes entry.xlsx and exit.xlsx: the example school's answer sheets, as `mentordocs generate
Fixtures/example-school.spec --out DIR --only questionnaires` writes them, with the answers of
entry.csv and exit.csv typed in (marks as numbers, words as text) and saved by openpyxl, a writer
that is not ours.

    python3 make-answer-workbooks.py DIR     # DIR: the --out folder of that generate
"""
import csv
import os
import sys

import openpyxl

here = os.path.dirname(os.path.abspath(__file__))
folder = os.path.join(sys.argv[1], "questionnaires")

for stage, title in (("entry", "на входе"), ("exit", "на выходе")):
    book = openpyxl.load_workbook(os.path.join(folder, f"Лист ответов на анкеты мониторинга {title}.xlsx"))
    sheet = book["Ответы"]
    header = [cell.value for cell in sheet[1]]
    rows = {sheet.cell(row=row, column=2).value: row for row in range(2, sheet.max_row + 1)}
    with open(os.path.join(here, f"{stage}.csv"), encoding="utf-8", newline="") as file:
        answers = list(csv.DictReader(file))
    for answer in answers:
        row = rows[answer["ФИО"]]
        for question, value in answer.items():
            if question in ("ФИО", "Этап") or not value:
                continue
            cell = sheet.cell(row=row, column=header.index(question) + 1)
            cell.value = int(value) if value.isdigit() else value
    # Who did not answer stays in the sheet with an empty row, as in the curator's copy.
    book.save(os.path.join(here, f"{stage}.xlsx"))
    print(f"{stage}.xlsx: {len(answers)} respondents")
