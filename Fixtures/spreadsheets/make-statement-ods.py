#!/usr/bin/env python3
"""Writes statement.fods, a flat OpenDocument spreadsheet with tags in its cells, and has LibreOffice
save it as statement.ods: the ODS template the spreadsheet tests fill (Tests/DocumentEngineTests/
OpenDocumentSpreadsheet*Tests.swift). Only the standard library; run from this folder:

    python3 make-statement-ods.py

Row 3 repeats for each item; below it a sum, a count, merged cells, and on another sheet a reference to
the sum; a named range, a filtered database range, a print range, conditional formatting and a
validation take in the repeated row, so each must move or grow with it.
"""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))


def text(value, style=None, extra=""):
    style_attribute = f' table:style-name="{style}"' if style else ""
    return (f'<table:table-cell{style_attribute} office:value-type="string"{extra}>'
            f'<text:p>{escape(value)}</text:p></table:table-cell>')


def formula(expression, style=None):
    style_attribute = f' table:style-name="{style}"' if style else ""
    return (f'<table:table-cell{style_attribute} table:formula="of:={escape(expression, {chr(34): "&quot;"})}" '
            f'office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>')


def row(*cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


EMPTY = "<table:table-cell/>"

statement = "".join([
    row(text("Ведомость выдачи, {{ org }}", extra=' table:number-columns-spanned="6" table:number-rows-spanned="1"'),
        '<table:covered-table-cell table:number-columns-repeated="5"/>'),
    row(*(text(name) for name in ["№", "Код", "Часы", "Дата", "Класс", "Двойные часы"])),
    row(text("{{#items}}{{@index}}"), text("{{ code }}"), text("{{ hours }}"), text("{{ date }}", style="ceDate"),
        text("{{ class }}{{/items}}"), formula("[.C3]*2")),
    row(text("Итого"), EMPTY, formula("SUM([.C3:.C3])"), EMPTY, EMPTY, formula("SUM([.F3:.F3])")),
    row(text("Дат"), EMPTY, formula("COUNT([.D3:.D3])")),
    row(text("Подпись", extra=' table:number-columns-spanned="1" table:number-rows-spanned="2"'), text("{{ signer }}")),
    row('<table:covered-table-cell/>', text("Проверено")),
])

summary = "".join([
    row(text("Всего часов"), formula("[$Ведомость.C4]")),
    row(text("Через имя"), formula("SUM(ЧАСЫ)")),
])

content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles>
 <style:style style:name="Default" style:family="table-cell"/>
 <style:style style:name="Лишние" style:family="table-cell" style:parent-style-name="Default">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <number:date-style style:name="N37">
  <number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/>
  <number:text>.</number:text><number:year number:style="long"/>
 </number:date-style>
 <style:style style:name="ceDate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>
</office:automatic-styles>
<office:body>
<office:spreadsheet>
 <table:content-validations>
  <table:content-validation table:name="val1" table:condition="of:cell-content-is-decimal-number() and cell-content()&gt;=0"
   table:allow-empty-cell="true" table:base-cell-address="Ведомость.C3"/>
 </table:content-validations>
 <table:table table:name="Ведомость" table:print-ranges="Ведомость.A1:Ведомость.F7">
  <table:table-column table:number-columns-repeated="6"/>
  {statement}
  <calcext:conditional-formats>
   <calcext:conditional-format calcext:target-range-address="Ведомость.C3:Ведомость.C3">
    <calcext:condition calcext:apply-style-name="Лишние" calcext:value="&gt;5" calcext:base-cell-address="Ведомость.C3"/>
   </calcext:conditional-format>
  </calcext:conditional-formats>
 </table:table>
 <table:table table:name="Свод">
  <table:table-column table:number-columns-repeated="2"/>
  {summary}
 </table:table>
 <table:named-expressions>
  <table:named-range table:name="ЧАСЫ" table:base-cell-address="$Ведомость.$C$3" table:cell-range-address="$Ведомость.$C$3:.$C$3"/>
 </table:named-expressions>
 <table:database-ranges>
  <table:database-range table:name="__Anonymous_Sheet_DB__0" table:target-range-address="Ведомость.A2:Ведомость.F3" table:display-filter-buttons="true"/>
 </table:database-ranges>
</office:spreadsheet>
</office:body>
</office:document>
'''

# the cell of hours is validated: a number, not below zero
content = content.replace('<table:table-cell office:value-type="string"><text:p>{{ hours }}',
                          '<table:table-cell table:content-validation-name="val1" office:value-type="string"><text:p>{{ hours }}')

with tempfile.TemporaryDirectory() as folder:
    flat = os.path.join(folder, "statement.fods")
    with open(flat, "w", encoding="utf-8") as file:
        file.write(content)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless",
                    "--convert-to", "ods", "--outdir", folder, flat], check=True, capture_output=True)
    shutil.copy(os.path.join(folder, "statement.ods"), os.path.join(HERE, "statement.ods"))
print("statement.ods written")
