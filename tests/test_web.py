"""The web pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) against
the real app (policyqa.create_app, as `policyqa serve` runs it) served by uvicorn over the session's
index of corpus/: the chat (answer, citation → highlighted passage, computed figure → its cells,
follow-up history, not-found state, copy), the plan indicator tables page, and the evaluation report
page. Screenshots go to test-artifacts/."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from policyqa import create_app
from server.app import STATIC
from server.deps import get_index
from server.service import service_for
from tests.test_security import live_server

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
TIMEOUT_MS = 20_000  # one answer on a busy 2-core machine; pages themselves load in well under a second

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make debs)")


@pytest.fixture(scope="module")
def base_url(index) -> Iterator[str]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("POLICYQA_RATE_LIMIT", "off")
        for name in ("POLICYQA_API_KEY", "POLICYQA_CORS_ORIGINS"):
            mp.delenv(name, raising=False)
        app = create_app()
    app.dependency_overrides[get_index] = lambda: index
    service_for(index).ask("巴南区在园幼儿数")  # load the embedder before the browser waits on it
    with live_server(app) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(base_url=base_url, viewport={"width": 1400, "height": 900}, locale="zh-CN")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    problems: list[str] = []
    page.on("pageerror", lambda err: problems.append(f"page error: {err}"))
    page.on("console", lambda msg: problems.append(msg.text) if "Content Security Policy" in msg.text else None)
    yield page
    context.close()
    assert not problems, problems  # no script error and nothing the CSP had to block


def ask(page: Page, question: str) -> None:
    answers = page.locator(".msg.bot:not(.pending)")
    before = answers.count()
    page.fill("#question", question)
    page.press("#question", "Enter")
    expect(answers).to_have_count(before + 1, timeout=TIMEOUT_MS)


def last_answer(page: Page):
    return page.locator(".msg.bot").last


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_answer_citation_opens_the_highlighted_passage_in_its_document(page: Page):
    page.goto("/")
    expect(page.locator(".example")).not_to_have_count(0)
    with page.expect_request("**/api/ask/stream") as first:
        ask(page, "巴南区2025年学前教育毛入园率目标是多少？")
    assert first.value.post_data_json["history"] == []
    answer = last_answer(page)
    expect(answer).not_to_have_class(re.compile("abstained|error"))
    marker = answer.locator(".cite-marker").first
    expect(marker).to_be_visible()
    expect(page.locator("#sources .source")).not_to_have_count(0)

    cited = marker.inner_text()
    marker.click()
    mark = page.locator("#doc-text mark#highlight")
    expect(mark).to_have_attribute("data-source", f"citation-{cited}")
    quoted = page.locator("#sources .source").nth(int(cited) - 1).locator(".source-text").inner_text()
    # the passage at the citation's offsets in the whole document is the passage the answer quotes
    assert squash(mark.inner_text()) == squash(quoted) and "入園率" in mark.inner_text()
    assert len(page.locator("#doc-text").inner_text()) > 10 * len(mark.inner_text())
    box, view = mark.bounding_box(), page.locator("#doc-text").bounding_box()
    assert view["y"] <= box["y"] and box["y"] + box["height"] <= view["y"] + view["height"]  # scrolled to it
    page.screenshot(path=str(ARTIFACTS / "chat-citation.png"))

    answer.locator("button.copy").click()
    expect(answer.locator("button.copy")).to_have_text("已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(answer.locator(".answer-text").inner_text().strip()[:10]) and f"[{cited}]" in copied

    with page.expect_request("**/api/ask/stream") as follow_up:
        ask(page, "那2020年呢？")
    history = follow_up.value.post_data_json["history"]
    assert [t["role"] for t in history] == ["user", "assistant"]
    assert history[0]["content"] == "巴南区2025年学前教育毛入园率目标是多少？"
    expect(page.locator(".msg.bot")).to_have_count(2)


def test_computed_figure_shows_formula_and_inputs_that_open_their_cells(page: Page):
    page.goto("/")
    ask(page, "巴南区普通初中在校学生数2025年比2020年增加多少？")
    figure = last_answer(page).locator(".figures .figure").first
    expect(figure.locator(".figure-formula")).to_contain_text("=")
    inputs = figure.locator(".figure-input .num-link")
    expect(inputs).to_have_count(2)
    for i in range(2):
        link = inputs.nth(i)
        link.click()
        mark = page.locator("#doc-text mark#highlight")
        expect(mark).to_have_attribute("data-source", re.compile("."))
        assert link.inner_text().startswith(mark.inner_text()), (link.inner_text(), mark.inner_text())
        assert mark.inner_text() in figure.locator(".figure-formula").inner_text()
    page.screenshot(path=str(ARTIFACTS / "chat-figure.png"))


def test_unanswerable_question_shows_the_not_found_state(page: Page):
    page.goto("/")
    ask(page, "江北区2025年的巩固率目标是多少？")
    answer = last_answer(page)
    expect(answer).to_have_class(re.compile("abstained"))
    expect(answer.locator(".badge.notfound")).to_have_text("文件中未找到")
    expect(answer.locator(".badge.notfound")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "chat-not-found.png"))


def test_figures_page_shows_plan_table_rows_linked_to_cells_and_a_chart(page: Page):
    page.goto("/figures")
    section = page.locator("section.plan[data-table-id='banan-education-plan-2021#t2']")
    rows = section.locator("tbody tr")
    expect(rows).to_have_count(11)
    expect(section.locator("thead")).to_contain_text("2020年（基期）")
    expect(section.locator("thead")).to_contain_text("2025年（目标）")
    junior = section.locator("tbody tr[data-row='5']")
    expect(junior).to_contain_text("普通初中")
    expect(junior.locator("td.num").nth(0)).to_contain_text("2.80")
    expect(junior.locator("td.num").nth(1)).to_contain_text("3.80")
    expect(junior.locator("td.change")).to_contain_text("1.00")
    expect(junior.locator("td.attribute")).to_have_text("预期性")
    expect(section.locator("svg.plan-chart rect.bar.bar-baseline")).to_have_count(11)
    expect(section.locator("svg.plan-chart rect.bar.bar-target")).to_have_count(11)

    junior.locator("td.num").nth(1).locator(".num-link").click()
    mark = page.locator("#doc-text mark#highlight")
    expect(mark).to_have_text("3.80")
    expect(mark).to_have_attribute("data-source", "banan-education-plan-2021#f42")
    section.locator("svg rect.bar-baseline[data-figure-id='banan-education-plan-2021#f41']").click()
    expect(mark).to_have_attribute("data-source", "banan-education-plan-2021#f41")
    expect(mark).to_have_text("2.80")

    target_header = section.locator("thead th").nth(3)
    target_header.click()
    expect(target_header).to_have_attribute("aria-sort", "ascending")
    cells = section.locator("tbody td.num:nth-child(4) .num-link").all_inner_texts()
    targets = [float(re.sub(r"[^\d.]", "", t)) for t in cells]
    assert targets == sorted(targets) and len(targets) == 11
    section.locator("thead").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "figures.png"))

    page.select_option("#region-filter", "荣昌区")
    expect(page.locator("#plan-list")).to_contain_text("没有规划指标表")


def test_report_page_says_how_to_make_one_then_shows_the_latest(page: Page, index, tmp_path, monkeypatch):
    from eval.report import SystemResult, publish_latest, write_report
    from eval.run import pipeline_system, run_system
    from eval.schema import load_testset
    from eval.score import score

    monkeypatch.setenv("POLICYQA_DATA_DIR", str(tmp_path))  # the report lives under <data dir>/eval/latest
    response = page.goto("/report/latest")
    assert response.status == 404
    expect(page.locator("#no-report")).to_contain_text("policyqa eval")
    page.goto("/report")
    expect(page.locator("#runs")).to_contain_text("还没有评测")

    items = load_testset()[:3]
    outcomes = run_system(pipeline_system(service_for(index), "pipeline"), items, progress=False)
    out = tmp_path / "eval" / "run-1"
    write_report([SystemResult("pipeline", "web test", score(items, outcomes))], out,
                 {"date": "2026-11-23T10:00:00", "test set": "first 3"})
    publish_latest(out)

    assert page.goto("/report/latest").status == 200
    expect(page.locator("h1")).to_contain_text("评测报告")
    expect(page.locator("table").first).to_have_css("border-collapse", "collapse")  # report.css applied
    images = page.locator("img")
    expect(images).not_to_have_count(0)
    assert all(page.evaluate("[...document.images].map((i) => i.complete && i.naturalWidth > 0)"))
    png = page.request.get("/report/latency.png")
    assert png.status == 200 and png.headers["content-type"] == "image/png" and png.body()[:4] == b"\x89PNG"
    for name in ("..%2Freport.html", "..%2F..%2FCURRENT", "report.html", "latency.png.txt", "%2Fetc%2Fpasswd"):
        assert page.request.get(f"/report/{name}").status == 404, name
    page.screenshot(path=str(ARTIFACTS / "report.png"))

    page.goto("/report")  # a `policyqa eval` run is listed beside the web app's runs
    run = page.locator("#runs tr[data-run-id='run-1']")
    expect(run).to_contain_text("first 3")
    run.locator("button.view-run").click()
    expect(page.locator("#run-view .questions-table tbody tr")).to_have_count(3)
    expect(page.locator("#run-view .verdict")).to_have_count(3)


def test_pages_put_no_server_text_into_html_and_run_no_inline_script():
    for html in STATIC.glob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "<script>" not in text and not re.search(r"\son[a-z]+=", text), html.name
    for js in STATIC.glob("*.js"):
        code = re.sub(r"(?m)^\s*//[^\n]*", "", js.read_text(encoding="utf-8"))
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(", code), js.name


def test_a_server_with_an_api_key_asks_for_it_once_and_the_pages_then_work(browser: Browser, index):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("POLICYQA_RATE_LIMIT", "off")
        mp.setenv("POLICYQA_API_KEY", "page-key-123")
        app = create_app()
    app.dependency_overrides[get_index] = lambda: index
    with live_server(app) as port:
        context = browser.new_context(base_url=f"http://127.0.0.1:{port}", locale="zh-CN")
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        prompts: list[str] = []

        def answer_prompt(dialog) -> None:
            prompts.append(dialog.message)
            dialog.accept("page-key-123")

        page.on("dialog", answer_prompt)
        page.goto("/")
        ask(page, "巴南区2025年学前教育毛入园率目标是多少？")
        expect(last_answer(page)).not_to_have_class(re.compile("abstained|error"))
        ask(page, "那2020年呢？")  # the key is kept: no second prompt
        expect(last_answer(page)).not_to_have_class(re.compile("error"))
        assert len(prompts) == 1 and "POLICYQA_API_KEY" in prompts[0]
        context.close()
