"""Makes the class lists the import tests read, as Excel-style workbooks (openpyxl 3.1) and, saved
again by LibreOffice Calc, as ODS and XLSX. Invented people; run from this folder:

    python3 -m venv /tmp/xl && /tmp/xl/bin/pip install openpyxl==3.1.5
    /tmp/xl/bin/python make.py && soffice --headless --convert-to ods journal.xlsx \
        && mkdir -p calc && soffice --headless --convert-to xlsx --outdir calc journal.ods \
        && mv calc/journal.xlsx journal-calc.xlsx && rmdir calc
"""
import datetime
import openpyxl
from openpyxl.styles import Font

# A journal's export: a title, a header of two rows with a merged «Родитель», a class per sheet,
# birth dates as dates, a document number with leading zeros, a phone as a number, empty rows.
book = openpyxl.Workbook()
classes = {
    "7 А": [
        ("Орлова Вера Денисовна", datetime.date(2014, 8, 21), "000023", "Зимина Галина Ивановна", 79000000023),
        ("Лебедев Лев Романович", datetime.date(2014, 3, 9), "000021", "Лебедева Ольга Павловна", 79000000021),
    ],
    "10 Б": [
        ("Белова Дарья Сергеевна", datetime.date(2010, 6, 15), "000011", "Белова Марина Олеговна", 79000000011),
    ],
}
for index, (class_name, pupils) in enumerate(classes.items()):
    sheet = book.active if index == 0 else book.create_sheet()
    sheet.title = class_name
    sheet["A1"] = f"Список обучающихся {class_name} класса (тестовые данные)"
    sheet["A1"].font = Font(bold=True)
    sheet.append([])
    sheet.append(["ФИО", "Дата рождения", "Класс", "Номер", "Родитель", None])
    sheet.append([None, None, None, None, "ФИО", "Телефон"])
    for column in "ABCD":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("E3:F3")
    for name, born, number, parent, phone in pupils:
        sheet.append([name, born, f"{class_name} класс", number, parent, phone])
        sheet.cell(sheet.max_row, 2).number_format = "DD.MM.YYYY"
    sheet.append([])
    sheet.append(["Классный руководитель: (подпись)"])
book.save("journal.xlsx")

# Excel for Mac's old day count, a birth date typed as a General number, rich text in a name.
book = openpyxl.Workbook()
book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
sheet = book.active
sheet.title = "Педагоги"
sheet.append(["Фамилия", "Имя", "Отчество", "Дата рождения", "Должность", "Стаж"])
sheet.append(["Кравченко", "Елена", "Викторовна", datetime.date(1979, 4, 12), "учитель математики", 21])
sheet.cell(2, 4).number_format = "DD.MM.YYYY"
sheet.append(["Ильин", "Павел", "Андреевич", (datetime.date(2001, 10, 3) - datetime.date(1904, 1, 1)).days, "учитель математики", 2])
book.save("teachers-1904.xlsx")
