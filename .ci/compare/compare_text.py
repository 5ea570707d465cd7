#!/usr/bin/env python3
"""Renders one agreement with both engines from the same data and diffs their text, paragraph by paragraph.

    python compare_text.py [INDEX] [MENTORDOCS]

The only differences expected come from the stand-in filters: docxtpl prints names undeclined
(«несовершеннолетнего Иванов Павел Иванович» where mentordocs writes «… Иванова Павла Ивановича»).
"""
import difflib
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docxtpl import DocxTemplate

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent.parent
sys.path.insert(0, str(HERE))
import school  # noqa: E402


def spec(value, indent=0):
    """The data in mentordocs' spec syntax (YAML-like); every scalar quoted, so it stays text."""
    pad, lines = "  " * indent, []
    for key, item in value.items():
        if isinstance(item, dict):
            lines += [f"{pad}{key}:"] + spec(item, indent + 1)
        elif isinstance(item, list):
            lines.append(f"{pad}{key}:")
            for element in item:
                if isinstance(element, dict):
                    block = spec(element, indent + 2)
                    lines += [f"{pad}  - {block[0].lstrip()}"] + block[1:]
                else:
                    lines.append(f"{pad}  - {json.dumps(element, ensure_ascii=False)}")
        elif isinstance(item, bool):
            lines.append(f"{pad}{key}: {'true' if item else 'false'}")
        elif item is not None:
            lines.append(f"{pad}{key}: {json.dumps(item, ensure_ascii=False)}")
    return lines


def paragraphs(docx):
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    texts = ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)]
    return [t.replace("&quot;", '"').replace("&amp;", "&") for t in texts if t.strip()]


def main():
    index = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    mentordocs = sys.argv[2] if len(sys.argv) > 2 else str(REPOSITORY / ".build/release/mentordocs")
    data = school.agreement(index)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        (folder / "data.spec").write_text("\n".join(spec(data)) + "\n", encoding="utf-8")
        subprocess.run([mentordocs, "fill", str(REPOSITORY / "Templates/agreement.docx"), str(folder / "data.spec"),
                        "--out", str(folder / "mentordocs.docx")], check=True, stdout=subprocess.DEVNULL)
        template = DocxTemplate(str(HERE / "agreement-docxtpl.docx"))
        template.render(data, school.jinja_env(), autoescape=True)
        template.save(folder / "docxtpl.docx")
        ours, theirs = paragraphs(folder / "mentordocs.docx"), paragraphs(folder / "docxtpl.docx")
    diff = list(difflib.unified_diff(ours, theirs, "mentordocs", "docxtpl", n=0, lineterm=""))
    print(f"agreement #{index}: {len(ours)} non-empty paragraphs from mentordocs, {len(theirs)} from docxtpl")
    print("\n".join(diff) if diff else "identical text")


if __name__ == "__main__":
    main()
