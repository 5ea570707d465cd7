#!/usr/bin/env python3
"""Makes the chart templates the engine's chart tests fill:

    python3 Fixtures/charts/make-chart-templates.py

1. `bar-chart-word.docx`: a DOCX shaped as Word saves one (Python standard library only): a clustered bar
   chart (`word/charts/chart1.xml`) of two series over three categories with its caches, and its embedded
   workbook `word/embeddings/Microsoft_Excel_Worksheet.xlsx`, which LibreOffice Calc writes from a CSV.
   The chart's title holds the binding tag: «Удовлетворённость {{#chart satisfaction}}».
2. `bar-chart.odt`: that DOCX as LibreOffice Writer saves it in ODT (an embedded chart object with its
   local table and replacement image).
3. `bar-chart.docx`: that ODT as LibreOffice Writer saves it in DOCX.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = ["Встречи", "Пара", "Организация"]
SERIES = [("На входе", [6, 7, 5]), ("На выходе", [8, 9, 7])]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>\
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
<Override PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>\
</Types>"""

PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>"""

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId4" Type="{REL}/chart" Target="charts/chart1.xml"/></Relationships>"""

CHART_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="{REL}/package" Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/></Relationships>"""

DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="{R}" \
xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><w:body>\
<w:p><w:r><w:t>Результаты анкетирования, {{{{ org }}}}</w:t></w:r></w:p>\
<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="3200400"/>\
<wp:effectExtent l="0" t="0" r="0" b="0"/>\
<wp:docPr id="1" name="Диаграмма 1"/><wp:cNvGraphicFramePr/>\
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">\
<c:chart r:id="rId4"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>\
<w:p><w:r><w:t>Конец отчёта.</w:t></w:r></w:p>\
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" \
w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"""


def series_xml(index, name, values):
    column = "BC"[index]
    last = len(CATEGORIES) + 1
    categories = "".join(f'<c:pt idx="{i}"><c:v>{c}</c:v></c:pt>' for i, c in enumerate(CATEGORIES))
    points = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values))
    return (f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>'
            f'<c:tx><c:strRef><c:f>Лист1!${column}$1</c:f><c:strCache><c:ptCount val="1"/>'
            f'<c:pt idx="0"><c:v>{name}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            f'<c:spPr><a:solidFill><a:srgbClr val="{("4472C4", "ED7D31")[index]}"/></a:solidFill></c:spPr>'
            f'<c:invertIfNegative val="0"/>'
            f'<c:cat><c:strRef><c:f>Лист1!$A$2:$A${last}</c:f><c:strCache><c:ptCount val="{len(CATEGORIES)}"/>'
            f'{categories}</c:strCache></c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>Лист1!${column}$2:${column}${last}</c:f><c:numCache><c:formatCode>General</c:formatCode>'
            f'<c:ptCount val="{len(values)}"/>{points}</c:numCache></c:numRef></c:val></c:ser>')


CHART = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" \
xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="{R}">\
<c:date1904 val="0"/><c:lang val="ru-RU"/><c:roundedCorners val="0"/>\
<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Удовлетворённость {{{{#chart satisfaction}}}}</a:t></a:r></a:p></c:rich></c:tx>\
<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>\
<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>\
{"".join(series_xml(i, name, values) for i, (name, values) in enumerate(SERIES))}\
<c:gapWidth val="150"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>\
<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>\
<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>\
<c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>\
<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>\
<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>\
<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>\
<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/>\
<c:crossBetween val="between"/></c:valAx></c:plotArea>\
<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>\
<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>"""


def run(soffice, profile, kind, source, out):
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", kind,
                    "--outdir", out, source], check=True, capture_output=True)
    return os.path.join(out, os.path.splitext(os.path.basename(source))[0] + "." + kind)


def main():
    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("soffice (LibreOffice) is needed")
    with tempfile.TemporaryDirectory() as work:
        profile = os.path.join(work, "profile")
        csv = os.path.join(work, "Лист1.csv")
        with open(csv, "w", encoding="utf-8") as file:
            file.write("," + ",".join(name for name, _ in SERIES) + "\n")
            for i, category in enumerate(CATEGORIES):
                file.write(category + "," + ",".join(str(values[i]) for _, values in SERIES) + "\n")
        workbook = run(soffice, profile, "xlsx", csv, os.path.join(work, "xlsx"))
        word = os.path.join(HERE, "bar-chart-word.docx")
        with zipfile.ZipFile(word, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", CONTENT_TYPES)
            archive.writestr("_rels/.rels", PACKAGE_RELS)
            archive.writestr("word/document.xml", DOCUMENT)
            archive.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
            archive.writestr("word/charts/chart1.xml", CHART)
            archive.writestr("word/charts/_rels/chart1.xml.rels", CHART_RELS)
            archive.write(workbook, "word/embeddings/Microsoft_Excel_Worksheet.xlsx")
        odt = run(soffice, profile, "odt", word, os.path.join(work, "odt"))
        shutil.copy(odt, os.path.join(HERE, "bar-chart.odt"))
        docx = run(soffice, profile, "docx", odt, os.path.join(work, "docx"))
        shutil.copy(docx, os.path.join(HERE, "bar-chart.docx"))
    print("wrote bar-chart-word.docx, bar-chart.odt and bar-chart.docx in", HERE)


if __name__ == "__main__":
    main()
