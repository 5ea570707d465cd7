#!/usr/bin/env python3
"""Translates a mentordocs (Mustache-style) DOCX template into a docxtpl (Jinja2) one.

    python make_docxtpl_template.py [SOURCE.docx] [OUT.docx]

defaults: Templates/agreement.docx of this repository -> agreement-docxtpl.docx next to this script.

The translation works on the XML text of each part, tag by tag (a tag must stand within one <w:t>,
which holds for the built-in templates). Whether a section is a list (a `for`) or a condition (an
`if`), and which names belong to a loop's item, is read from a sample record (school.agreement(0)),
the way mentordocs decides it from the data at render time. Where a section repeats:

- both tags in one paragraph:            {% if x %}…{% endif %} / {% for … %}…{% endfor %} inline;
- tags in cells of one table row:        {%tr for … %} row, the row, {%tr endfor %} row;
- tags alone in different paragraphs:    {%p for … %} … {%p endfor %} (the tag paragraphs vanish).
"""
import html
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent.parent
sys.path.insert(0, str(HERE))
import school  # noqa: E402

TAG = re.compile(r"\{\{(.*?)\}\}")
PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.S)
TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
ALIASES = {"именительный": "nominative", "родительный": "genitive", "дательный": "dative",
           "винительный": "accusative", "творительный": "instrumental", "предложный": "prepositional",
           "инициалы": "initials"}
LOOP_VARIABLES = {"@index": "loop.index", "@first": "loop.first", "@last": "loop.last", "@count": "loop.length"}
PAGE_BREAK = ('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
              '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="2"/></w:rPr>'
              '<w:br w:type="page"/></w:r></w:p>')


def tag_paragraph(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def tag_row(text):
    return f"<w:tr><w:tc>{tag_paragraph(text)}</w:tc></w:tr>"


class Scope:
    """Mustache lookup: a name is looked up in the innermost loop item first, then outwards."""

    def __init__(self, sample):
        self.sample = sample
        self.loops = []  # (loop variable, sample item)

    def expression(self, path):
        if path == ".":
            return self.loops[-1][0]
        if path in LOOP_VARIABLES:
            return LOOP_VARIABLES[path]
        head = path.split(".")[0]
        for variable, item in reversed(self.loops):
            if isinstance(item, dict) and head in item:
                return f"{variable}.{path}"
        return path

    def sample_value(self, path):
        value, parts = self.sample, path.split(".")
        for variable, item in reversed(self.loops):
            if isinstance(item, dict) and parts[0] in item:
                value = item
                break
        for part in parts:
            value = value.get(part) if isinstance(value, dict) else None
        return value


def filter_call(text, scope):
    name, _, arguments = text.partition(":")
    name = ALIASES.get(name.strip(), name.strip())
    if name not in school.FILTERS and name not in ("default", "upper", "lower", "trim"):
        raise SystemExit(f"no Jinja stand-in for the filter “{name}”; add it to school.FILTERS")
    args = []
    for argument in filter(None, (a.strip() for a in arguments.split(","))):
        quoted = re.fullmatch(r"[\"“«](.*)[\"”»]", argument)
        args.append(repr(quoted.group(1)) if quoted else scope.expression(argument))
    if name == "default":
        args.append("true")  # mentordocs' default also replaces an empty value
    return f"{name}({', '.join(args)})" if args else name


def value_tag(body, scope):
    path, *filters = [part.strip() for part in body.split("|")]
    return "{{ " + " | ".join([scope.expression(path)] + [filter_call(f, scope) for f in filters]) + " }}"


def enclosing(xml, position, start, end):
    """The span of the innermost element (<w:p>, <w:tr>) around position, or None."""
    opening = max(xml.rfind(start + ">", 0, position), xml.rfind(start + " ", 0, position))
    if opening < 0:
        return None
    closing = xml.find(end, opening)
    return (opening, closing + len(end)) if closing > position else None


def translate(xml, sample):
    scope, edits, open_sections = Scope(sample), [], []

    for match in TAG.finditer(xml):
        if "<" in match.group(1):
            raise SystemExit(f"a tag split across XML elements: {match.group(0)[:80]!r}")
        body = html.unescape(match.group(1)).strip()
        span = match.span()
        paragraph = enclosing(xml, span[0], "<w:p", "</w:p>")
        if body.startswith("!"):
            edits.append((span, ""))
        elif body[:1] in "#^":
            name, *options = body[1:].split()
            value = scope.sample_value(name) if name not in LOOP_VARIABLES else None
            is_list = body[0] == "#" and isinstance(value, list)
            variable = f"item{len(scope.loops) + 1}" if is_list else None
            if is_list:
                statement = f"for {variable} in {scope.expression(name)}"
                scope.loops.append((variable, value[0] if value else None))
            else:
                statement = ("if " if body[0] == "#" else "if not ") + scope.expression(name)
            open_sections.append(dict(span=span, paragraph=paragraph, statement=statement, is_list=is_list,
                                      pagebreak="pagebreak" in options, row=enclosing(xml, span[0], "<w:tr", "</w:tr>")))
        elif body.startswith("/"):
            section = open_sections.pop()
            if section["is_list"]:
                scope.loops.pop()
            end = "endfor" if section["is_list"] else "endif"
            row = enclosing(xml, span[0], "<w:tr", "</w:tr>")
            if paragraph == section["paragraph"]:  # inline
                edits += [(section["span"], f"{{% {section['statement']} %}}"), (span, f"{{% {end} %}}")]
            elif row and row == section["row"]:  # one table row repeats
                edits += [(section["span"], ""), (span, ""),
                          ((row[0], row[0]), tag_row(f"{{%tr {section['statement']} %}}")),
                          ((row[1], row[1]), tag_row(f"{{%tr {end} %}}"))]
            else:  # whole paragraphs repeat; the tag paragraphs are dropped by docxtpl
                for tag_span, tag_par in ((section["span"], section["paragraph"]), (span, paragraph)):
                    text = "".join(TEXT.findall(xml[tag_par[0]:tag_par[1]])).strip()
                    if text != xml[tag_span[0]:tag_span[1]].strip():
                        raise SystemExit(f"section tags must stand alone in their paragraphs: {text[:80]!r}")
                edits.append((section["span"], f"{{%p {section['statement']} %}}"))
                closing = f"{{%p {end} %}}"
                if section["pagebreak"]:
                    closing = "{%p if not loop.last %}</w:t></w:r></w:p>" + PAGE_BREAK + \
                              '<w:p><w:r><w:t xml:space="preserve">{%p endif %}</w:t></w:r></w:p>' + \
                              '<w:p><w:r><w:t xml:space="preserve">' + closing
                edits.append((span, closing))
        else:
            edits.append((span, escape(value_tag(body, scope))))

    if open_sections:
        raise SystemExit(f"unclosed section: {open_sections[-1]['statement']}")
    for (start, end), text in sorted(edits, key=lambda e: e[0], reverse=True):
        xml = xml[:start] + text + xml[end:]
    return xml


def main():
    source = Path(sys.argv[1] if len(sys.argv) > 1 else REPOSITORY / "Templates/agreement.docx")
    target = Path(sys.argv[2] if len(sys.argv) > 2 else HERE / "agreement-docxtpl.docx")
    sample = school.agreement(0)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("word/") and info.filename.endswith(".xml") and b"{{" in data:
                data = translate(data.decode("utf-8"), sample).encode("utf-8")
            zout.writestr(info, data)
    print(f"written: {target}")


if __name__ == "__main__":
    main()
