"""The evaluation report: Markdown + HTML (plots embedded) + results.json, in one directory.

`policyqa eval` writes data/eval/<timestamp>/ and copies it to data/eval/latest/;
`latest_report_path()` (ingest/config.py: the server finds it without importing eval) is what the
web app serves.
"""
from __future__ import annotations

import base64
import html
import io
import json
import shutil
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from eval.score import METRICS, Scorecard  # noqa: E402
from ingest import config  # noqa: E402
from ingest.config import REPORT_HTML, latest_report_path  # noqa: E402,F401 - re-exported for eval's callers

REPORT_MD = "report.md"
RESULTS = "results.json"
KEY_METRICS = ("recall@5", "citation_precision", "figure_accuracy", "fact_recall", "abstention_accuracy")
BASELINE_METRICS = ("recall@5", "mrr", "citation_precision", "figure_accuracy", "fact_recall", "abstention_accuracy",
                    "false_abstention_rate")
LABELS = {
    "recall@1": "R@1", "recall@5": "R@5", "recall@10": "R@10", "mrr": "MRR", "citation_precision": "cite P",
    "citation_recall": "cite R", "cited_correct": "correct cite", "figure_accuracy": "figures",
    "fact_recall": "facts", "abstention_accuracy": "abstain (unans.)", "false_abstention_rate": "false abstain",
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


def write_report(results: list[SystemResult], out_dir: Path, context: dict[str, str]) -> Path:
    """Writes report.md, report.html, results.json and the plots; returns the HTML path.
    `results[0]` is the system under evaluation, the rest are baselines."""
    out_dir.mkdir(parents=True, exist_ok=True)
    plots = {"metrics_by_type.png": _plot_by_type(results[0]), "latency.png": _plot_latency(results[0])}
    if len(results) > 1:
        plots["baselines.png"] = _plot_baselines(results)
    for name, png in plots.items():
        (out_dir / name).write_bytes(png)
    (out_dir / RESULTS).write_text(json.dumps(_results_json(results, context), ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    (out_dir / REPORT_MD).write_text(_markdown(results, context, list(plots)), encoding="utf-8")
    path = out_dir / REPORT_HTML
    path.write_text(_html(results, context, plots), encoding="utf-8")
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


def _markdown(results: list[SystemResult], context: dict[str, str], plots: list[str]) -> str:
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
              _md_table(["id", "type", "question", "answer", "what failed"], failures), "",
              "## How it is scored", "", _RULES]
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


def _html(results: list[SystemResult], context: dict[str, str], plots: dict[str, bytes]) -> str:
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
<h2>How it is scored</h2><p>{html.escape(_RULES)}</p>
</body></html>
"""


# --- plots ------------------------------------------------------------------------------------------

def _png(fig: plt.Figure) -> bytes:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    return buf.getvalue()


def _grouped_bars(groups: list[str], series: dict[str, list[float | None]], title: str) -> bytes:
    fig, ax = plt.subplots(figsize=(min(12.0, max(7.0, 0.22 * len(groups) * len(series))), 4.5))
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
    fig, (ax, lat) = plt.subplots(1, 2, figsize=(12, 4.5), gridspec_kw={"width_ratios": [3, 1]})
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
    fig, ax = plt.subplots(figsize=(7, 3.5))
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


def _results_json(results: list[SystemResult], context: dict[str, str]) -> dict:
    return {"context": context,
            "systems": [{"name": r.name, "note": r.note, "overall": r.card.overall, "by_type": r.card.by_type,
                         "rows": [asdict(row) for row in r.card.rows]} for r in results]}
