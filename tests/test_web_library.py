"""The library and evaluation pages in a real headless Chromium against a real `policyqa serve` and its
job worker, on a copy of the corpus index: a .docx written here is uploaded on /library, its progress
bar runs to the end, the chat answers from it with a citation that opens the passage; deleted, the chat
abstains. A small .xlsx test set uploaded on /report runs, and every question shows its answer with
right or wrong. Screenshots go to test-artifacts/."""
from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import docx
import httpx
import pytest
from openpyxl import Workbook
from playwright.sync_api import Browser, Page, expect

from tests.test_library_api import JOB_TIMEOUT, Server, serve
from tests.test_web import ARTIFACTS, CHROMIUM, TIMEOUT_MS, ask, browser, last_answer  # noqa: F401 (fixture)

JOB_MS = JOB_TIMEOUT * 1000
QUESTION = "丰都县2026年学前教育毛入园率目标是多少？"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make debs)")


@pytest.fixture(scope="module")
def server(built_index_dir: Path, tmp_path_factory) -> Iterator[Server]:
    data = tmp_path_factory.mktemp("web-library") / "data"
    shutil.copytree(built_index_dir, data, ignore=shutil.ignore_patterns("ingest.lock"))
    with serve(data, data.parent / "server.log") as s:
        yield s


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:  # noqa: F811
    context = browser.new_context(base_url=server.url, viewport={"width": 1440, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    problems: list[str] = []
    page.on("pageerror", lambda err: problems.append(f"page error: {err}"))
    page.on("console", lambda msg: problems.append(msg.text) if "Content Security Policy" in msg.text else None)
    yield page
    context.close()
    assert not problems, problems


def plan_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("丰都县2026年教育工作要点")
    document.add_paragraph("一、主要目标")
    document.add_paragraph("到2026年底，丰都县学前教育毛入园率达到94.5%，普惠性幼儿园覆盖率达到91%。")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["指标", "2025年", "2026年目标"], ["义务教育巩固率(%)", "97.8", "98.6"],
                             ["专任教师数(人)", "3120", "3260"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("二、主要措施")
    document.add_paragraph("实施城乡教师交流轮岗，每年交流比例不低于12%。")
    document.save(str(path))
    return path


def record_job_states(page: Page) -> None:
    """Every data-state a job card takes, in order (the progress bar's life), into window.jobStates."""
    page.evaluate("""() => {
      window.jobStates = [];
      new MutationObserver((changes) => {
        for (const c of changes) {
          const card = c.type === "attributes" ? c.target : null;
          if (card && card.dataset.state && window.jobStates.at(-1) !== card.dataset.state) {
            window.jobStates.push(card.dataset.state);
          }
        }
      }).observe(document.getElementById("jobs"), { subtree: true, attributes: true, attributeFilter: ["data-state"] });
    }""")


def test_upload_a_docx_ask_about_it_then_delete_it(page: Page, tmp_path: Path):
    page.goto("/library")
    expect(page.locator("#doc-rows tr[data-doc-id]")).to_have_count(5)  # the corpus
    record_job_states(page)
    page.set_input_files("#file-input", str(plan_docx(tmp_path / "丰都县2026年教育工作要点.docx")))
    card = page.locator(".job").first
    expect(card).to_have_attribute("data-state", "done", timeout=JOB_MS)
    assert "running" in page.evaluate("window.jobStates")  # the bar was seen moving, not only finished
    bar = card.locator("progress.job-bar")
    assert bar.evaluate("b => b.value === b.max && b.max > 0")
    expect(card.locator(".job-result")).to_contain_text("新增 1 个")
    row = page.locator("#doc-rows tr[data-doc-id]", has_text="丰都县2026年教育工作要点")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("丰都县")
    expect(row.locator(".tag.library")).to_have_text("上传")
    row.locator(".row-link").click()
    expect(page.locator("#doc-text")).to_contain_text("毛入园率达到94.5%")
    expect(page.locator("#doc-tables .doc-table-view")).to_have_count(1)
    page.screenshot(path=str(ARTIFACTS / "library-uploaded.png"))

    page.goto("/")
    expect(page.locator("#region-filter option", has_text="丰都县2026年教育工作要点")).to_have_count(1)
    ask(page, QUESTION)
    answer = last_answer(page)
    expect(answer).not_to_have_class(re.compile("abstained|error"))
    expect(answer.locator(".answer-text")).to_contain_text("94.5")
    answer.locator(".cite-marker").first.click()
    mark = page.locator("#doc-text mark#highlight")
    expect(mark).to_contain_text("94.5%")
    expect(page.locator("#doc-title")).to_have_text("丰都县2026年教育工作要点")
    page.screenshot(path=str(ARTIFACTS / "library-chat-answer.png"))

    page.goto("/library")
    row = page.locator("#doc-rows tr[data-doc-id]", has_text="丰都县2026年教育工作要点")
    page.once("dialog", lambda dialog: dialog.accept())
    row.locator("button.delete").click()
    expect(page.locator(".job").first).to_have_attribute("data-state", "done", timeout=JOB_MS)
    expect(row).to_have_count(0)
    expect(page.locator("#doc-rows tr[data-doc-id]")).to_have_count(5)

    page.goto("/")
    ask(page, QUESTION)
    expect(last_answer(page)).to_have_class(re.compile("abstained"))
    expect(last_answer(page).locator(".badge.notfound")).to_have_text("文件中未找到")


def test_bad_files_show_their_reasons_on_the_library_page(page: Page, tmp_path: Path):
    page.goto("/library")
    fake = tmp_path / "报告.pdf"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    page.set_input_files("#file-input", str(fake))
    card = page.locator(".job").first
    expect(card).to_have_attribute("data-state", "failed")
    expect(card.locator(".job-errors")).to_contain_text("报告.pdf：文件内容与扩展名 .pdf 不符")


def test_an_xlsx_test_set_runs_on_the_report_page_with_a_verdict_per_question(page: Page, server: Server,
                                                                             tmp_path: Path):
    book = Workbook()
    for row in [["问题", "参考答案", "出处"],
                ["两江新区现有在校中小学生多少人？", "65518人", "现有在校中小学生65518人"],
                ["巴南区2025年在园幼儿数目标是多少？", "4.85万人", None],
                ["江北区2025年的巩固率目标是多少？", "文件中未找到", None]]:
        book.active.append(row)
    testset = tmp_path / "我的测试集.xlsx"
    book.save(testset)

    page.goto("/report")
    page.set_input_files("#testset-file", str(testset))
    page.click("#testset-submit")
    card = page.locator(".job").first
    expect(card).to_have_attribute("data-state", "done", timeout=JOB_MS)
    view = page.locator("#run-view")
    expect(view).to_be_visible()
    rows = view.locator(".questions-table tbody tr")
    expect(rows).to_have_count(3)
    run = httpx.get(f"{server.url}/api/reports/{view.get_attribute('data-run-id')}", timeout=30).json()
    for n, expected in enumerate(run["rows"]):
        row = rows.nth(n)
        expect(row.locator("td").nth(1)).to_have_text(expected["question"])
        expect(row.locator(".answer-cell")).to_contain_text(expected["answer"][:20])
        expect(row.locator(".verdict")).to_have_text("✓ 正确" if expected["right"] else "✗ 错误")
        if not expected["right"]:
            expect(row.locator(".why li")).not_to_have_count(0)  # wrong, and why
    assert run["rows"][0]["right"] and run["rows"][0]["citations"]  # 65518 with its passage
    rows.nth(0).locator(".source-chip").first.click()
    expect(page.locator("#doc-text mark#highlight")).to_contain_text("65518")
    page.screenshot(path=str(ARTIFACTS / "report-run.png"), full_page=True)

    listed = page.locator(f"#runs tr[data-run-id='{run['run_id']}']")
    expect(listed).to_contain_text(f"{run['right']}/3")
    download = page.request.get(listed.locator("a", has_text="下载 Excel").get_attribute("href"))
    assert download.status == 200 and download.body()[:2] == b"PK"

    # a second run of the same set, then the two side by side
    page.set_input_files("#testset-file", str(testset))
    page.click("#testset-submit")
    expect(page.locator(".job")).to_have_count(2)
    expect(page.locator(".job").first).to_have_attribute("data-state", "done", timeout=JOB_MS)
    expect(page.locator("#runs tr[data-run-id]")).to_have_count(2)
    page.locator(".pick-run").nth(0).check()
    page.locator(".pick-run").nth(1).check()
    page.click("#compare")
    expect(view.locator("h2")).to_have_text("两次评测对比")
    expect(view.locator(".compare-table tbody tr")).to_have_count(3)
    expect(view.locator(".metrics-table th")).to_have_count(4)  # metric, run A, run B, change
    page.screenshot(path=str(ARTIFACTS / "report-compare.png"), full_page=True)
