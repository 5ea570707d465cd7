"""A secretary's day on the local web page, in a real browser (headless Chromium through selenium).

Run by .ci/browser-test, which starts `mentordocs serve` on a copy of the example school and passes
the address to open, the spec's path and a folder for downloads and screenshots:

    python browser-test.py ADDRESS SPEC FOLDER

Each step leaves a screenshot in FOLDER (kept by CI when the run fails). Exits non-zero on the first
step that does not do what a person would see it do.
"""
import datetime
import difflib
import re
import sys
import time
import zipfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from selenium.webdriver.support.ui import Select

address, spec, folder = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
downloads = folder / "downloads"
downloads.mkdir(parents=True, exist_ok=True)
original = spec.read_text(encoding="utf-8")

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=ru"):
    options.add_argument(argument)
options.add_experimental_option("prefs", {
    "download.default_directory": str(downloads),
    "download.prompt_for_download": False,
})
browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
browser.implicitly_wait(10)
origin = address.split("/?")[0]
step_number = 0


def step(name):
    global step_number
    step_number += 1
    browser.save_screenshot(str(folder / f"{step_number:02d} {name}.png"))
    print(f"browser-test: {step_number:02d} {name}")


def check(condition, message):
    if not condition:
        (folder / "failed-page.html").write_text(browser.page_source, encoding="utf-8")
        raise SystemExit(f"browser-test: {message} (page {browser.current_url})")


def fill(fields):
    for name, value in fields.items():
        element = browser.find_element(By.NAME, name)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        else:
            element.clear()
            element.send_keys(value)


def submit(form_css):
    browser.find_element(By.CSS_SELECTOR, form_css + " button[type=submit]").click()


def wait_for(text):
    """Waits until the page shows `text`: a form's answer may still be loading when the click returns."""
    try:
        WebDriverWait(browser, 60).until(lambda browser: text in browser.page_source)
    except Exception:
        pass


def downloaded(pattern, before):
    """The first file in downloads matching `pattern` that was not among `before`, once it is complete."""
    for _ in range(600):
        found = [path for path in downloads.glob(pattern) if path.name not in before]
        if found:
            return found[0]
        time.sleep(0.1)
    check(False, f"nothing matching {pattern} was downloaded")


try:
    # Open the address printed by `mentordocs serve`: the token becomes a cookie and leaves the address.
    browser.get(address)
    check("token=" not in browser.current_url, "the token stayed in the address")
    check("СОШ № 99" in browser.page_source, "the first page does not show the school")
    step("the school")

    # Add a pupil with her mother, first with a birth date that does not exist.
    browser.get(origin + "/participants/new")
    fill({
        "id": "s90", "full_name": "Соколова Мария Игоревна", "category": "student", "birth_date": "31.02.2013",
        "class": "6 «В» класс", "address": "г. Примерск, ул. Учебная, д. 9, кв. 9",
        "document.kind": "birth_certificate", "document.series": "0-ОО", "document.number": "000090",
        "document.issued_by": "Отдел ЗАГС г. Примерска (тестовые данные)", "document.issued_on": "20.03.2013",
        "representative.full_name": "Соколова Анна Петровна", "representative.relation": "mother",
        "representative.address": "г. Примерск, ул. Учебная, д. 9, кв. 9", "representative.phone": "+7 900 000-00-90",
        "representative.document.kind": "passport", "representative.document.series": "00 00",
        "representative.document.number": "000091",
        "representative.document.issued_by": "ОВД г. Примерска (тестовые данные)",
        "representative.document.issued_on": "06.06.2016",
    })
    step("a new pupil with a wrong birth date")
    submit("form.entry")
    birth = browser.find_element(By.NAME, "birth_date")
    check(birth.get_attribute("aria-invalid") == "true", "the wrong birth date is not marked")
    check(browser.find_element(By.NAME, "full_name").get_attribute("value") == "Соколова Мария Игоревна",
          "what was typed was lost")
    check(spec.read_text(encoding="utf-8") == original, "a form with an error changed the spec")
    step("the error beside the birth date")
    birth.clear()
    birth.send_keys("14.03.2013")
    submit("form.entry")
    check(browser.current_url.startswith(origin + "/participants"), "the saved form did not go back to the list")
    check("Соколова" in browser.page_source, "the new pupil is not in the list")
    step("the pupil saved")

    # The class's consents as a ZIP of separate DOCX files.
    browser.get(origin + "/documents")
    browser.find_element(By.CSS_SELECTOR, "input[name=group][value=consents]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=who][value=class]").click()
    Select(browser.find_element(By.NAME, "class")).select_by_value("6 «В» класс")
    step("the class's consents chosen")
    submit("form.documents")
    archive = downloads / "документы.zip"
    for _ in range(600):
        if archive.exists():
            break
        time.sleep(0.1)
    check(archive.exists(), "the ZIP was not downloaded")
    with zipfile.ZipFile(archive) as zip:
        names = zip.namelist()
        check(zip.testzip() is None, "the ZIP is damaged")
        consent = [name for name in names if name.startswith("consents/Соколова М.И.") and "законного представителя" in name]
        check(len(consent) == 1, f"the new pupil's consent is not in the ZIP: {names}")
        with zipfile.ZipFile(zip.open(consent[0])) as document:
            text = document.read("word/document.xml").decode("utf-8")
            check("Соколовой Марии Игоревны" in text or "Соколова Мария Игоревна" in text, "the consent does not name the pupil")
            check("Соколова Анна Петровна" in text, "the consent does not name her mother")
    # The page's script (allowed by its hash alone) followed the batch to its end.
    progress = browser.find_element(By.ID, "batch-progress")
    for _ in range(100):
        if progress.get_attribute("data-state") == "done":
            break
        time.sleep(0.1)
    check(progress.get_attribute("data-state") == "done", "the progress bar did not reach the end of the batch")
    check("Готово" in progress.text, f"the progress says no «Готово»: {progress.text}")
    bar = progress.find_element(By.TAG_NAME, "progress")
    check(bar.get_attribute("value") == bar.get_attribute("max"), "the bar is not full at the end")
    refused = [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
    check(not refused, f"the page broke its Content-Security-Policy: {refused}")
    browser.execute_script("arguments[0].scrollIntoView()", progress)
    step("the ZIP downloaded, the progress bar full")

    # The consent came back signed: tick it in the journal.
    browser.get(origin + "/journal")
    row = browser.find_element(By.ID, "participant-s90")
    form = row.find_element(By.CSS_SELECTOR, "form.mark")
    step("the journal before the tick")
    form.find_element(By.CSS_SELECTOR, "button[value=returned]").click()
    # The old page's row until the answer has replaced it: found again before that, it would be stale.
    WebDriverWait(browser, 60).until(expected_conditions.staleness_of(row))
    row = browser.find_element(By.ID, "participant-s90")
    check(not row.find_elements(By.CSS_SELECTOR, "button[value=returned]"), "the consent is still waiting after the tick")
    step("the consent ticked as returned")

    # The curator uploads an edited agreement on the templates page: checked, kept beside the spec.
    edited = folder / "Соглашение (правка).docx"
    with zipfile.ZipFile(edited, "w") as docx:
        docx.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        docx.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        docx.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">Соглашение школы {{ org.short_name }}</w:t></w:r></w:p></w:body></w:document>')
    browser.get(origin + "/templates")
    check("/templates/built-in/agreement.docx" in browser.page_source, "the templates page offers no built-in agreement")
    Select(browser.find_element(By.NAME, "kind")).select_by_value("agreement")
    browser.find_element(By.NAME, "template").send_keys(str(edited))
    submit("form.upload")
    wait_for("принят")
    check("принят" in browser.page_source and "{{ org.short_name }}" in browser.page_source,
          "the edited template was not accepted with its findings")
    check((spec.parent / "templates" / "agreement.docx").exists(), "the accepted template is not beside the spec")
    step("an edited template accepted")

    # The registers as a workbook, from the journal page: the consent ticked today is in its «Согласия» sheet.
    browser.get(origin + "/journal")
    before = {path.name for path in downloads.iterdir()}
    browser.find_element(By.CSS_SELECTOR, "form.downloads button[value=xlsx]").click()
    workbook = downloaded("Реестры*.xlsx", before)
    serial = (datetime.date.today() - datetime.date(1899, 12, 30)).days
    with zipfile.ZipFile(workbook) as xlsx:
        names = xlsx.namelist()
        sheets = "".join(xlsx.read(name).decode("utf-8") for name in names if name.startswith("xl/worksheets/sheet"))
        strings = xlsx.read("xl/sharedStrings.xml").decode("utf-8") if "xl/sharedStrings.xml" in names else ""
        check("s90" in sheets + strings, "the new pupil is not in the registers")
        check(re.search(f"<v>{serial}(\\.0)?</v>", sheets), "the day the consent came back is not in the registers")
    step("the registers downloaded")

    # Monitoring: the example school's answers, both stages, then the report.
    browser.get(origin + "/monitoring")
    answers = Path(__file__).resolve().parent.parent / "Fixtures" / "example-answers"
    browser.find_element(By.ID, "answers-1").send_keys(str(answers / "entry.csv"))
    browser.find_element(By.ID, "answers-2").send_keys(str(answers / "exit.csv"))
    submit("form.entry")
    wait_for("Ответы прочитаны")
    check("Ответы прочитаны и сохранены в журнале" in browser.page_source, "the answers were not kept")
    check("7 «на входе», 7 «на выходе»" in browser.page_source, "the answers of both stages were not all read")
    step("monitoring")
    before = {path.name for path in downloads.iterdir()}
    browser.find_element(By.CSS_SELECTOR, "form.downloads button[value=docx]").click()
    report = downloaded("*.docx", before)
    with zipfile.ZipFile(report) as docx:
        check("на выходе" in docx.read("word/document.xml").decode("utf-8"), "the report does not compare the stages")
    step("the monitoring report downloaded")
    before = {path.name for path in downloads.iterdir()}
    submit("form.answer-sheets")
    sheets = downloaded("документы*.zip", before)
    time.sleep(1)
    with zipfile.ZipFile(sheets) as zip:
        names = zip.namelist()
        check("questionnaires/Лист ответов на анкеты мониторинга на входе.xlsx" in names, f"no answer sheet in the ZIP: {names}")
    step("the answer sheets downloaded")

    # A pair removed, after the page asks once more.
    browser.get(origin + "/pairs")
    browser.find_element(By.CSS_SELECTOR, "a.remove[href='/pairs/p2/remove']").click()
    wait_for("Удалить пару или группу p2")
    check("Удалить пару или группу p2" in browser.page_source, "the removal is not asked to be confirmed")
    step("the removal of a pair asked")
    browser.find_element(By.CSS_SELECTOR, "button.danger").click()
    WebDriverWait(browser, 60).until(lambda browser: browser.current_url.rstrip("/").endswith("/pairs"))
    check(browser.current_url.rstrip("/").endswith("/pairs"), "the removal did not go back to the pairs")
    check(not browser.find_elements(By.ID, "pair-p2"), "the removed pair is still listed")
    step("the pair removed")

    # The spec gained the new entry, lost the pair's lines and changed nothing else.
    changed = spec.read_text(encoding="utf-8")
    removed = [line[2:] for line in difflib.ndiff(original.splitlines(), changed.splitlines()) if line.startswith("- ")]
    added = [line for line in difflib.ndiff(original.splitlines(), changed.splitlines()) if line.startswith("+ ")]
    lines = original.splitlines()
    first = lines.index("  - id: p2")
    pair = lines[first:lines.index("  - id: g1")]
    check(removed == pair, f"lines of the spec changed other than the pair's: {removed}")
    check(any("s90" in line for line in added), "the new pupil is not in the spec")
    print(f"browser-test: the spec gained {len(added)} lines, lost the pair's {len(pair)} and kept all the others")
except Exception:
    step("FAILED")
    (folder / "failed-page.html").write_text(browser.page_source, encoding="utf-8")
    raise
finally:
    browser.quit()
