"""The evaluation report: Markdown + HTML (plots embedded) + results.json, in one directory.

`policyqa eval` writes data/eval/<timestamp>/ and copies it to data/eval/latest/;
`latest_report_path()` (ingest/config.py: the server finds it without importing eval) is what the
web app serves. A run started from the web app (eval/web.py) writes the same directory plus
responses.json (each answer with its citations) and testset.jsonl (the questions with their
reference answers); `list_runs`, `load_run` and `verdict` give the /report page its runs and
per-question right/wrong, and `xlsx_report` the spreadsheet download.
"""
from __future__ import annotations

import base64
import html
import io
import json
import re
import shutil
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from eval.score import METRICS, Scorecard
from ingest import config
from ingest.config import REPORT_HTML, latest_report_path  # noqa: F401 - re-exported for eval's callers

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from eval.variants import VariantResult

REPORT_MD = "report.md"
RESULTS = "results.json"
RESPONSES = "responses.json"
TESTSET = "testset.jsonl"
KEY_METRICS = ("recall@5", "citation_precision", "figure_accuracy", "fact_recall", "abstention_accuracy")
BASELINE_METRICS = ("recall@5", "mrr", "citation_precision", "figure_accuracy", "fact_recall", "abstention_accuracy",
                    "false_abstention_rate")
LABELS = {
    "recall@1": "R@1", "recall@5": "R@5", "recall@10": "R@10", "mrr": "MRR", "citation_precision": "cite P",
    "citation_recall": "cite R", "cited_correct": "correct cite", "figure_accuracy": "figures",
    "fact_recall": "facts", "abstention_accuracy": "abstain (unans.)", "false_abstention_rate": "false abstain",
    "wrong_confident": "wrong & confident",
    "latency_p50_ms": "p50 ms", "latency_p95_ms": "p95 ms",
}
COLUMNS = (*METRICS, "latency_p50_ms", "latency_p95_ms")


@dataclass
class SystemResult:
    name: str
    note: str
    card: Scorecard


def eval_root() -> Path:
    return config.eval_dir()


def default_out_dir() -> Path:
    return eval_root() / datetime.now().strftime("%Y%m%d-%H%M%S")


def write_report(results: list[SystemResult], out_dir: Path, context: dict[str, str],
                 variants: Sequence[VariantResult] = ()) -> Path:
    """Writes report.md, report.html, results.json and the plots; returns the HTML path.
    `results[0]` is the system under evaluation, the rest are baselines; `variants`, its answers to the
    questions reworded (eval/variants.py)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    plots = {"metrics_by_type.png": _plot_by_type(results[0]), "latency.png": _plot_latency(results[0])}
    if len(results) > 1:
        plots["baselines.png"] = _plot_baselines(results)
    for name, png in plots.items():
        (out_dir / name).write_bytes(png)
    (out_dir / RESULTS).write_text(json.dumps(_results_json(results, context, variants), ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    (out_dir / REPORT_MD).write_text(_markdown(results, context, list(plots), variants), encoding="utf-8")
    path = out_dir / REPORT_HTML
    path.write_text(_html(results, context, plots, variants), encoding="utf-8")
    return path


def publish_latest(out_dir: Path) -> Path:
    """Copies a finished report directory to data/eval/latest (replacing the previous one whole)."""
    latest = eval_root() / "latest"
    staging = eval_root() / f".latest-{out_dir.name}"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(out_dir, staging)
    old = eval_root() / ".latest-old"
    shutil.rmtree(old, ignore_errors=True)
    if latest.exists():
        latest.rename(old)
    staging.rename(latest)
    shutil.rmtree(old, ignore_errors=True)
    return latest / REPORT_HTML


# --- tables ----------------------------------------------------------------------------------------

def fmt(value: float | None, metric: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:.0f}" if metric.startswith("latency") else f"{value:.3f}"


def comparison_rows(results: list[SystemResult]) -> list[list[str]]:
    return [[r.name, *(fmt(r.card.overall.get(m), m) for m in COLUMNS)] for r in results]


def ratio_rows(results: list[SystemResult]) -> list[list[str]]:
    """Pipeline ÷ baseline on the headline metrics: each "better" is a measured ratio."""
    main = results[0].card.overall
    rows = []
    for other in results[1:]:
        cells = [f"{results[0].name} ÷ {other.name}"]
        for m in KEY_METRICS:
            a, b = main.get(m), other.card.overall.get(m)
            cells.append("—" if a is None or b is None else "∞" if b == 0 and a > 0 else
                         "1.00" if b == 0 else f"{a / b:.2f}")
        rows.append(cells)
    return rows


def type_rows(result: SystemResult) -> list[list[str]]:
    return [[t, fmt(m.get("n"), "latency"), *(fmt(m.get(k), k) for k in COLUMNS)]
            for t, m in result.card.by_type.items()]


def failure_rows(result: SystemResult) -> list[list[str]]:
    return [[r.item_id, r.type, r.question, _clip(r.answer, 80), "; ".join(r.failures)]
            for r in result.card.rows if r.failures]


VARIANT_HEADER = ["rewording", "asked", "right as written", "still right", "lost", "gained", "wrong & confident"]
LOST_HEADER = ["rewording", "id", "question as written", "reworded", "answer", "what failed"]


def variant_rows(variants: Sequence[VariantResult]) -> list[list[str]]:
    return [[v.name, str(v.asked), str(v.right_before), str(v.kept), str(len(v.lost)), str(v.gained),
             str(v.wrong_confident)] for v in variants]


def lost_rows(variants: Sequence[VariantResult]) -> list[list[str]]:
    return [[v.name, lost["id"], lost["question"], lost["reworded"], _clip(lost["answer"], 80), "; ".join(lost["why"])]
            for v in variants for lost in v.lost]


_VARIANTS_TITLE = "Robustness to rewordings (the same questions asked another way)"


def _clip(text: str, n: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[:n] + "…"


# --- Markdown ---------------------------------------------------------------------------------------

def _md_table(header: list[str], rows: list[list[str]]) -> str:
    def cell(s: str) -> str:
        return s.replace("|", "\\|").replace("\n", " ")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _markdown(results: list[SystemResult], context: dict[str, str], plots: list[str],
              variants: Sequence[VariantResult]) -> str:
    main = results[0]
    header = ["system", *(LABELS[m] for m in COLUMNS)]
    parts = [f"# policyqa evaluation — {context.get('date', '')}", "",
             *(f"- **{k}**: {v}" for k, v in context.items() if k != "date"), "",
             "## Systems", "", _md_table(header, comparison_rows(results)), "",
             *(f"- `{r.name}`: {r.note}" for r in results), ""]
    if len(results) > 1:
        parts += ["### Ratios (higher than 1: our pipeline is better)", "",
                  _md_table(["ratio", *(LABELS[m] for m in KEY_METRICS)], ratio_rows(results)), ""]
    parts += [f"## By question type ({main.name})", "",
              _md_table(["type", "n", *(LABELS[m] for m in COLUMNS)], type_rows(main)), ""]
    parts += [f"![{p}]({p})" for p in plots]
    failures = failure_rows(main)
    parts += ["", f"## Questions with a failed check ({len(failures)} of {len(main.card.rows)})", "",
              _md_table(["id", "type", "question", "answer", "what failed"], failures), ""]
    if variants:
        lost = lost_rows(variants)
        parts += [f"## {_VARIANTS_TITLE}", "", _md_table(VARIANT_HEADER, variant_rows(variants)), "",
                  f"### Right as written, not reworded ({len(lost)})", "", _md_table(LOST_HEADER, lost), ""]
    parts += ["## How it is scored", "", _RULES]
    return "\n".join(parts) + "\n"


_RULES = (
    "Retrieval and citations: a passage counts when it contains a gold quote after normalisation "
    "(NFKC, Traditional→Simplified, pinyin notes and whitespace removed). recall@k = gold quotes in the "
    "top k ÷ min(k, gold quotes); MRR = 1/rank of the first passage holding a gold quote. Citation "
    "precision = cited passages holding a gold quote ÷ cited (0 if none); recall = gold quotes covered ÷ "
    "gold quotes. Figures: value within the item's tolerance in any equivalent scale (0.93万人 = 9300人), "
    "from the figures array or the answer text. Facts: key phrases found in the answer. Abstention "
    "accuracy on unanswerable questions; false-abstention rate on answerable ones (lower is better). "
    "An abstained answer scores 0 on citations, figures and facts. Means are per question.")


# --- HTML -------------------------------------------------------------------------------------------

def _html_table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _html(results: list[SystemResult], context: dict[str, str], plots: dict[str, bytes],
          variants: Sequence[VariantResult]) -> str:
    main = results[0]
    header = ["system", *(LABELS[m] for m in COLUMNS)]
    failures = failure_rows(main)
    images = "".join(f'<figure><img alt="{html.escape(n)}" src="data:image/png;base64,'
                     f'{base64.b64encode(png).decode()}"></figure>' for n, png in plots.items())
    info = "".join(f"<li><b>{html.escape(k)}</b>: {html.escape(v)}</li>" for k, v in context.items())
    notes = "".join(f"<li><code>{html.escape(r.name)}</code>: {html.escape(r.note)}</li>" for r in results)
    ratios = (f"<h3>Ratios (higher than 1: our pipeline is better)</h3>"
              f"{_html_table(['ratio', *(LABELS[m] for m in KEY_METRICS)], ratio_rows(results))}"
              if len(results) > 1 else "")
    robustness = (f"<h2>{html.escape(_VARIANTS_TITLE)}</h2>{_html_table(VARIANT_HEADER, variant_rows(variants))}"
                  f"<details><summary>right as written, not reworded ({sum(len(v.lost) for v in variants)})</summary>"
                  f"{_html_table(LOST_HEADER, lost_rows(variants))}</details>" if variants else "")
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>policyqa 评测报告</title>
<style>
body {{ font-family: system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 2rem; color: #222; }}
table {{ border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: .9rem; }}
th, td {{ border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }}
th {{ background: #f3f3f3; }} img {{ max-width: 100%; }} figure {{ margin: 1rem 0; }}
</style></head><body>
<h1>policyqa 评测报告 / evaluation report</h1>
<ul>{info}</ul>
<h2>Systems</h2>{_html_table(header, comparison_rows(results))}<ul>{notes}</ul>{ratios}
<h2>By question type ({html.escape(main.name)})</h2>
{_html_table(["type", "n", *(LABELS[m] for m in COLUMNS)], type_rows(main))}
{images}
<h2>Questions with a failed check ({len(failures)} of {len(main.card.rows)})</h2>
<details open><summary>per-question rows</summary>
{_html_table(["id", "type", "question", "answer", "what failed"], failures)}</details>
{robustness}
<h2>How it is scored</h2><p>{html.escape(_RULES)}</p>
</body></html>
"""


# --- plots ------------------------------------------------------------------------------------------

def _pyplot() -> Any:
    """matplotlib.pyplot, imported when a plot is drawn: matplotlib is the eval extra's, and the web
    app (eval/web.py) lists and shows reports without it."""
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    return plt


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=110)
    _pyplot().close(fig)
    return buf.getvalue()


def _grouped_bars(groups: list[str], series: dict[str, list[float | None]], title: str) -> bytes:
    fig, ax = _pyplot().subplots(figsize=(min(12.0, max(7.0, 0.22 * len(groups) * len(series))), 4.5))
    width = 0.8 / max(1, len(series))
    x = np.arange(len(groups))
    for n, (label, values) in enumerate(series.items()):
        heights = [np.nan if v is None else v for v in values]
        ax.bar(x + (n - (len(series) - 1) / 2) * width, heights, width, label=label)
    ax.set_xticks(x, groups, rotation=20, ha="right")
    ax.set_ylim(0, 1.18)  # headroom for the legend
    ax.set_title(title)
    ax.legend(fontsize=8, ncols=min(5, len(series)), loc="upper center")
    ax.grid(axis="y", alpha=0.3)
    return _png(fig)


def _plot_by_type(result: SystemResult) -> bytes:
    types = list(result.card.by_type)
    series = {LABELS[m]: [result.card.by_type[t].get(m) for t in types] for m in KEY_METRICS}
    return _grouped_bars(types, series, f"{result.name}: metrics per question type")


def _plot_baselines(results: list[SystemResult]) -> bytes:
    """Quality metrics side by side, and each system's latency p50/p95 beside them."""
    fig, (ax, lat) = _pyplot().subplots(1, 2, figsize=(12, 4.5), gridspec_kw={"width_ratios": [3, 1]})
    width = 0.8 / len(results)
    x = np.arange(len(BASELINE_METRICS))
    for n, r in enumerate(results):
        heights = [np.nan if r.card.overall.get(m) is None else r.card.overall[m] for m in BASELINE_METRICS]
        ax.bar(x + (n - (len(results) - 1) / 2) * width, heights, width, label=r.name)
    ax.set_xticks(x, [LABELS[m] for m in BASELINE_METRICS], rotation=20, ha="right")
    ax.set_ylim(0, 1.18)  # headroom for the legend
    ax.set_title("pipeline vs baselines (false abstain: lower is better)")
    ax.legend(fontsize=8, ncols=min(5, len(results)), loc="upper center")
    ax.grid(axis="y", alpha=0.3)
    y = np.arange(len(results))
    for offset, key, label in ((-0.2, "latency_p50_ms", "p50"), (0.2, "latency_p95_ms", "p95")):
        lat.barh(y + offset, [r.card.overall.get(key) or 0 for r in results], 0.4, label=label)
    lat.set_yticks(y, [r.name for r in results], fontsize=8)
    lat.invert_yaxis()
    lat.set_xlabel("answer latency (ms)")
    lat.legend(fontsize=8)
    lat.grid(axis="x", alpha=0.3)
    return _png(fig)


def _plot_latency(result: SystemResult) -> bytes:
    latencies = [r.latency_ms for r in result.card.rows if r.latency_ms is not None]
    fig, ax = _pyplot().subplots(figsize=(7, 3.5))
    if latencies:
        ax.hist(latencies, bins=30, color="#4c72b0")
        for q, style in ((50, "--"), (95, ":")):
            v = float(np.percentile(latencies, q))
            ax.axvline(v, color="k", linestyle=style, label=f"p{q} = {v:.0f} ms")
        ax.legend()
    ax.set_xlabel("answer latency (ms)")
    ax.set_ylabel("questions")
    ax.set_title(f"{result.name}: latency per question")
    return _png(fig)


def _results_json(results: list[SystemResult], context: dict[str, str],
                  variants: Sequence[VariantResult]) -> dict:
    out = {"context": context,
           "systems": [{"name": r.name, "note": r.note, "overall": r.card.overall, "by_type": r.card.by_type,
                        "rows": [asdict(row) for row in r.card.rows]} for r in results]}
    return out | {"variants": [asdict(v) for v in variants]} if variants else out


# --- runs for the web app -----------------------------------------------------------------------------

def list_runs() -> list[dict[str, Any]]:
    """Every report directory under data/eval/ (newest first): id, context and the main system's scores."""
    runs = []
    root = eval_root()
    for path in root.iterdir() if root.is_dir() else []:
        if path.name == "latest" or path.name.startswith(".") or not (path / RESULTS).is_file():
            continue
        try:
            results = json.loads((path / RESULTS).read_text(encoding="utf-8"))
            main = results["systems"][0]
        except (OSError, ValueError, KeyError, IndexError):
            continue  # a run being written, or damaged: not listed
        runs.append({"run_id": path.name, "context": results.get("context", {}), "overall": main["overall"],
                     "questions": len(main["rows"]), "right": sum(verdict(r)[0] for r in main["rows"]),
                     "web": (path / RESPONSES).is_file()})
    return sorted(runs, key=lambda r: (r["context"].get("date", ""), r["run_id"]), reverse=True)


def load_run(run_id: str) -> dict[str, Any] | None:
    """One run with, per question, the reference, the answer and its citations, and right/wrong with why."""
    path = eval_root() / run_id
    if not _RUN_ID.fullmatch(run_id) or not (path / RESULTS).is_file():
        return None
    results = json.loads((path / RESULTS).read_text(encoding="utf-8"))
    responses = json.loads((path / RESPONSES).read_text(encoding="utf-8")) if (path / RESPONSES).is_file() else {}
    references = {}
    if (path / TESTSET).is_file():
        for line in (path / TESTSET).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                references[item["id"]] = item
    main = results["systems"][0]
    rows = []
    for row in main["rows"]:
        right, why, notes = verdict(row)
        response = responses.get(row["item_id"]) or {}
        reference = references.get(row["item_id"], {})
        rows.append({"id": row["item_id"], "type": row["type"], "question": row["question"],
                     "reference": reference.get("answer", ""),
                     "sources": [s["quote"] for s in reference.get("sources", [])],
                     "answer": row["answer"], "abstained": row["abstained"],
                     "citations": response.get("citations", []), "figures": response.get("figures", []),
                     "right": right, "why": why, "notes": notes, "latency_ms": row["latency_ms"],
                     "metrics": row["metrics"]})
    return {"run_id": run_id, "context": results.get("context", {}), "system": main["name"], "note": main["note"],
            "overall": main["overall"], "by_type": main["by_type"], "rows": rows,
            "right": sum(r["right"] for r in rows)}


def verdict(row: dict[str, Any]) -> tuple[bool, list[str], list[str]]:
    """(right, why wrong, other notes) of one results.json row.

    Right means: an unanswerable question abstained; an answerable one did not abstain, states
    every gold figure, cites a passage holding a gold quote (when it has quotes) and contains every
    gold fact. Other failed checks (a second citation without a gold quote…) are notes."""
    m, failures = row["metrics"], list(row["failures"])
    why: list[str] = []
    if any(f.startswith("error") or f == "no response" for f in failures):
        why.append("运行出错 / " + next(f for f in failures if f.startswith("error") or f == "no response"))
    if m.get("abstention_accuracy") == 0.0:
        why.append("回答了文件不能回答的问题 / answered a question the documents cannot answer")
    if m.get("false_abstention_rate") == 1.0:
        why.append("文件能回答却答“未找到” / abstained on an answerable question")
    elif not row["abstained"]:
        if m.get("figure_accuracy") is not None and m["figure_accuracy"] < 1:
            why += ["数字不符 / " + f for f in failures if f.startswith("figure ")]
        if m.get("cited_correct") == 0.0:
            why.append("引用的段落不含出处原文 / no cited passage holds the source quote"
                       + (" (no citations)" if "no citations" in failures else ""))
        if m.get("fact_recall") is not None and m["fact_recall"] < 1:
            why += ["缺少要点 / " + f for f in failures if f.startswith("facts missing")]
    shown = {w.split(" / ", 1)[-1] for w in why}
    notes = [f for f in failures if f not in shown and not f.startswith(("figure ", "facts missing", "abstained",
                                                                         "answered a question"))]
    return not why, why, notes


def xlsx_report(run: dict[str, Any]) -> bytes:
    """The run as a workbook: 概览 (context and metrics), 逐题 (per question), 按类型 (per type)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    overview = book.active
    overview.title = "概览"
    overview.append(["项目 / item", "值 / value"])
    for key, value in run["context"].items():
        overview.append([key, str(value)])
    overview.append(["questions", len(run["rows"])])
    overview.append(["right", run["right"]])
    for metric in COLUMNS:
        overview.append([LABELS.get(metric, metric), _number(run["overall"].get(metric))])

    questions = book.create_sheet("逐题")
    questions.append(["编号", "类型", "问题", "参考答案", "出处", "系统答案", "引用", "判定", "原因", "备注",
                      "耗时 ms"])
    right_fill, wrong_fill = PatternFill("solid", fgColor="DCFCE7"), PatternFill("solid", fgColor="FEE2E2")
    for row in run["rows"]:
        citations = "\n".join(f"[{c['id']}] {c['title']} · {c['section']}：{c['text']}" for c in row["citations"])
        questions.append([row["id"], row["type"], row["question"], row["reference"], "\n".join(row["sources"]),
                          row["answer"], citations, "正确" if row["right"] else "错误", "\n".join(row["why"]),
                          "\n".join(row["notes"]), _number(row["latency_ms"])])
        questions.cell(questions.max_row, 8).fill = right_fill if row["right"] else wrong_fill
    for column, width in zip("ABCDEFGHIJK", (10, 10, 36, 36, 30, 48, 60, 8, 40, 30, 9)):
        questions.column_dimensions[column].width = width
    for cells in questions.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    types = book.create_sheet("按类型")
    types.append(["类型 / type", "n", *(LABELS.get(m, m) for m in COLUMNS)])
    for name, metrics in run["by_type"].items():
        types.append([name, _number(metrics.get("n")), *(_number(metrics.get(m)) for m in COLUMNS)])
    for sheet in (overview, questions, types):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _number(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


_RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")
