#!/usr/bin/env python3
"""Times docxtpl on the mentoring agreement, in one process, one document at a time.

    python bench_docxtpl.py [--sizes 100 1000] [--rows 10000] [--template agreement-docxtpl.docx]

For each size: renders that many agreements (synthetic data, see school.py) and saves each into a
fresh folder; prints documents per second, milliseconds per document and peak RSS. Then one
document with a table of --rows rows, from a one-looped-row template built here with python-docx.
The folders are removed at the end.
"""
import argparse
import resource
import shutil
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import docx
from docxtpl import DocxTemplate

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import school  # noqa: E402


def reset_peak():
    """Resets the peak RSS the kernel keeps (Linux >= 4.0), so each case reports its own peak, as mentordocs does."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def batch(template_path, documents, folder):
    env = school.jinja_env()
    template = DocxTemplate(str(template_path))  # reused: docxtpl reloads the template on each render
    reset_peak()
    started = time.perf_counter()
    for i in range(documents):
        template.render(school.agreement(i), env, autoescape=True)
        template.save(folder / f"agreement-{i}.docx")
    return time.perf_counter() - started


def table_template(path):
    """A page with a heading and a 4-column table whose one body row loops over `rows`."""
    document = docx.Document()
    document.add_paragraph("Индивидуальный план: {{ title }}")
    table = document.add_table(rows=4, cols=4)
    for cell, text in zip(table.rows[0].cells, ["№", "Мероприятие", "Сроки", "Результат"]):
        cell.text = text
    table.rows[1].cells[0].text = "{%tr for item in rows %}"
    for cell, text in zip(table.rows[2].cells, ["{{ loop.index }}", "{{ item.what }}", "{{ item.when }}", "{{ item.result }}"]):
        cell.text = text
    table.rows[3].cells[0].text = "{%tr endfor %}"
    document.save(path)


def large_table(rows, folder):
    table_template(folder / "table-template.docx")
    data = {"title": "пара p0", "rows": school.plan(rows)}
    template = DocxTemplate(str(folder / "table-template.docx"))
    reset_peak()
    started = time.perf_counter()
    template.render(data, school.jinja_env(), autoescape=True)
    template.save(folder / f"large-table-{rows}.docx")
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], help="documents per case")
    parser.add_argument("--rows", type=int, default=10_000, help="rows of the large-table case")
    parser.add_argument("--template", type=Path, default=HERE / "agreement-docxtpl.docx")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="docxtpl-bench-"))
    try:
        print(f"docxtpl {version('docxtpl')}, Jinja2 {version('Jinja2')}, python-docx {version('python-docx')}, "
              f"Python {sys.version.split()[0]}; 1 process, 1 document at a time")
        print("case | documents | docs/s | ms/doc | peak MB")
        for size in args.sizes:
            folder = root / f"agreement-{size}"
            folder.mkdir()
            seconds = batch(args.template, size, folder)
            print(f"agreement, {size} documents | {size} | {size / seconds:.0f} | {seconds * 1000 / size:.2f} | {peak_mb():.1f}",
                  flush=True)
        seconds = large_table(args.rows, root)
        print(f"table with {args.rows} rows | 1 | – | {seconds * 1000:.0f} | {peak_mb():.1f}")
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
