// Evaluation page (needs common.js): upload a test set and follow its run, the list of past runs,
// one run per question (answer, citations, right/wrong with why), and two runs side by side.
// Server text always enters the page with textContent.
"use strict";

const COLUMNS = 10;  // columns of the table of runs

const METRICS = [
  ["figure_accuracy", "数字正确率"], ["cited_correct", "引用正确率"], ["citation_precision", "引用精确率"],
  ["fact_recall", "要点覆盖"], ["abstention_accuracy", "不可答题拒答率"], ["false_abstention_rate", "误拒率（越低越好）"],
  ["recall@5", "检索 R@5"], ["mrr", "MRR"], ["latency_p50_ms", "耗时 p50 ms"], ["latency_p95_ms", "耗时 p95 ms"],
];
const LOWER_IS_BETTER = new Set(["false_abstention_rate", "latency_p50_ms", "latency_p95_ms"]);
let runs = [];

function fmt(value, metric) {
  if (value === null || value === undefined) return "—";
  return metric && metric.startsWith("latency") ? String(Math.round(value)) : `${(value * 100).toFixed(1)}%`;
}

function cell(tag, className, text) {
  return el(tag, className, text === undefined ? "" : text);
}

// --- starting a run --------------------------------------------------------------------------------

$("testset-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const file = $("testset-file").files[0];
  if (!file) {
    $("testset-file").focus();
    return;
  }
  const form = new FormData();
  form.append("file", file, file.name);
  $("testset-submit").disabled = true;
  try {
    const res = await api("/api/reports", { method: "POST", body: form });
    if (!res.ok) {
      const card = jobCard(file.name);
      card.update({ state: "failed", progress: {}, summary: {}, errors: [{ file: file.name, reason: await errorMessage(res) }] },
        () => "测试集未能读取");
      $("jobs").prepend(card.card);
      return;
    }
    $("testset-file").value = "";
    await followRun((await res.json()).job_id, file.name);
  } finally {
    $("testset-submit").disabled = false;
  }
});

async function followRun(jobId, title) {
  const card = jobCard(title);
  card.card.dataset.jobId = jobId;
  $("jobs").prepend(card.card);
  const job = await watchJob(jobId, (j) => card.update(j, (x) => x.summary && x.summary.run_id
    ? `共 ${x.summary.questions} 题，判定正确 ${x.summary.right} 题` + (x.summary.warnings && x.summary.warnings.length
      ? `；${x.summary.warnings.length} 条出处在文件中找不到，相关题目的引用无法判定` : "")
    : "评测未完成"));
  await loadRuns();
  if (job.state === "done" && job.summary.run_id) await showRun(job.summary.run_id);
}

// --- past runs -------------------------------------------------------------------------------------

async function loadRuns() {
  const res = await api("/api/reports");
  const body = $("runs");
  if (!res.ok) {
    body.replaceChildren(messageRow(await errorMessage(res), COLUMNS));
    return;
  }
  runs = await res.json();
  body.replaceChildren(...(runs.length ? runs.map(runRow) : [messageRow("还没有评测。上传一个测试集开始第一次评测。", COLUMNS)]));
  updateCompare();
}

function runRow(run) {
  const tr = el("tr");
  tr.dataset.runId = run.run_id;
  const pick = el("input");
  pick.type = "checkbox";
  pick.className = "pick-run";
  pick.value = run.run_id;
  pick.setAttribute("aria-label", `选择 ${run.run_id} 用于对比`);
  pick.addEventListener("change", updateCompare);
  const choose = cell("td");
  choose.appendChild(pick);
  const ctx = run.context || {};
  tr.append(choose, cell("td", "nowrap", (ctx.date || run.run_id).slice(0, 16).replace("T", " ")),
    cell("td", "", ctx["test set"] || ""), cell("td", "note", ctx.index || ""),
    cell("td", "n", `${run.right}/${run.questions}`),
    ...["figure_accuracy", "cited_correct", "abstention_accuracy", "false_abstention_rate"].map((m) => cell("td", "n", fmt(run.overall[m], m))));
  const actions = cell("td", "actions");
  const view = el("button", "ghost view-run", "查看");
  view.type = "button";
  view.addEventListener("click", () => showRun(run.run_id));
  const xlsx = el("a", "", "下载 Excel");
  xlsx.href = `/api/reports/${encodeURIComponent(run.run_id)}/report.xlsx`;
  const html = el("a", "", "完整报告");
  html.href = `/report/runs/${encodeURIComponent(run.run_id)}`;
  actions.append(view, " ", xlsx, " ", html);
  tr.appendChild(actions);
  return tr;
}

function picked() {
  return [...document.querySelectorAll(".pick-run:checked")].map((c) => c.value);
}

function updateCompare() {
  $("compare").disabled = picked().length !== 2;
}
$("compare").addEventListener("click", () => {
  const [a, b] = picked();
  compareRuns(a, b);
});

async function fetchRun(runId) {
  const res = await api(`/api/reports/${encodeURIComponent(runId)}`);
  if (!res.ok) throw new Error(await errorMessage(res));
  return res.json();
}

// --- one run ---------------------------------------------------------------------------------------

async function showRun(runId) {
  const view = $("run-view");
  view.hidden = false;
  view.replaceChildren(el("p", "loading", "正在加载…"));
  let run;
  try {
    run = await fetchRun(runId);
  } catch (err) {
    view.replaceChildren(el("p", "loading error", String(err.message || err)));
    return;
  }
  view.dataset.runId = runId;
  const head = el("div", "report-actions");
  head.appendChild(el("h2", "", `评测结果：${(run.context["test set"] || runId)}`));
  const xlsx = el("a", "", "下载 Excel");
  xlsx.href = `/api/reports/${encodeURIComponent(runId)}/report.xlsx`;
  head.appendChild(xlsx);
  const info = el("p", "doc-meta", [run.context.date, run.context.index, run.context.embedder].filter(Boolean).join(" · "));
  const score = el("p", "run-score", `判定正确 ${run.right} / ${run.rows.length} 题`);
  view.replaceChildren(head, info, score, metricsTable([run]), el("h3", "", "按题型"), typeTable(run),
    el("h3", "", "逐题结果"), questionsTable(run));
  view.scrollIntoView({ block: "start" });
}

function metricsTable(list) {
  const table = el("table", "metrics-table");
  const head = el("tr");
  head.appendChild(cell("th", "", "指标"));
  for (const run of list) head.appendChild(cell("th", "n", (run.context.date || run.run_id).slice(0, 16).replace("T", " ")));
  if (list.length === 2) head.appendChild(cell("th", "n", "变化"));
  table.appendChild(el("thead")).appendChild(head);
  const body = el("tbody");
  for (const [metric, label] of METRICS) {
    const tr = el("tr");
    tr.appendChild(cell("td", "", label));
    const values = list.map((r) => r.overall[metric]);
    for (const v of values) tr.appendChild(cell("td", "n", fmt(v, metric)));
    if (list.length === 2) tr.appendChild(deltaCell(values[0], values[1], metric));
    body.appendChild(tr);
  }
  table.appendChild(body);
  return table;
}

function deltaCell(a, b, metric) {
  if (a === null || a === undefined || b === null || b === undefined) return cell("td", "n", "—");
  const d = b - a;
  const better = LOWER_IS_BETTER.has(metric) ? d < 0 : d > 0;
  const text = metric.startsWith("latency") ? `${d > 0 ? "+" : ""}${Math.round(d)}` : `${d > 0 ? "+" : ""}${(d * 100).toFixed(1)}`;
  return cell("td", `n delta ${Math.abs(d) < 1e-9 ? "" : better ? "up" : "down"}`, text);
}

function typeTable(run) {
  const table = el("table", "metrics-table");
  const head = el("tr");
  for (const h of ["题型", "题数", "数字正确率", "引用正确率", "不可答题拒答率", "误拒率"]) head.appendChild(cell("th", "", h));
  table.appendChild(el("thead")).appendChild(head);
  const body = el("tbody");
  for (const [type, m] of Object.entries(run.by_type)) {
    const tr = el("tr");
    tr.append(cell("td", "", type), cell("td", "n", String(m.n)),
      ...["figure_accuracy", "cited_correct", "abstention_accuracy", "false_abstention_rate"].map((k) => cell("td", "n", fmt(m[k], k))));
    body.appendChild(tr);
  }
  table.appendChild(body);
  return table;
}

function verdictCell(row) {
  const td = cell("td");
  td.appendChild(el("span", `verdict ${row.right ? "right" : "wrong"}`, row.right ? "✓ 正确" : "✗ 错误"));
  if (row.why.length) {
    const ul = el("ul", "why");
    for (const w of row.why) ul.appendChild(el("li", "", w));
    td.appendChild(ul);
  }
  for (const n of row.notes) td.appendChild(el("div", "note", n));
  return td;
}

function answerCell(row) {
  const td = cell("td", "answer-cell");
  if (row.abstained) td.appendChild(el("span", "badge notfound", "文件中未找到"));
  td.appendChild(el("div", "", row.answer));
  if (row.citations.length) {
    const cites = el("div", "cites");
    for (const c of row.citations) {
      const chip = el("button", "source-chip", `[${c.id}] ${c.title.slice(0, 16)}`);
      chip.type = "button";
      chip.title = `${c.section}：${c.text}`;
      chip.addEventListener("click", () => showPassage({ docId: c.doc_id, start: c.start, end: c.end, title: c.title,
        note: c.section, tag: `citation-${c.id}` }));
      cites.appendChild(chip);
    }
    td.appendChild(cites);
  }
  return td;
}

function questionsTable(run) {
  const table = el("table", "questions-table");
  const head = el("tr");
  for (const h of ["编号", "问题", "参考答案", "系统答案与引用", "判定"]) head.appendChild(cell("th", "", h));
  table.appendChild(el("thead")).appendChild(head);
  const body = el("tbody");
  for (const row of run.rows) {
    const tr = el("tr", row.right ? "right" : "wrong");
    tr.dataset.itemId = row.id;
    const reference = cell("td", "", row.reference || (row.type === "unanswerable" ? "（文件中未找到）" : ""));
    for (const s of row.sources) reference.appendChild(el("div", "note", `出处：${s}`));
    tr.append(cell("td", "nowrap", row.id), cell("td", "", row.question), reference, answerCell(row), verdictCell(row));
    body.appendChild(tr);
  }
  table.appendChild(body);
  return table;
}

// --- two runs side by side -------------------------------------------------------------------------

async function compareRuns(a, b) {
  const view = $("run-view");
  view.hidden = false;
  view.replaceChildren(el("p", "loading", "正在加载…"));
  let runA;
  let runB;
  try {
    [runA, runB] = await Promise.all([fetchRun(a), fetchRun(b)]);
  } catch (err) {
    view.replaceChildren(el("p", "loading error", String(err.message || err)));
    return;
  }
  // older first, so that "变化" reads as what changed since
  if ((runA.context.date || runA.run_id) > (runB.context.date || runB.run_id)) [runA, runB] = [runB, runA];
  view.dataset.compare = `${runA.run_id} ${runB.run_id}`;
  const byQuestion = new Map(runB.rows.map((r) => [r.question, r]));
  const table = el("table", "questions-table compare-table");
  const head = el("tr");
  for (const h of ["问题", `${(runA.context.date || runA.run_id).slice(0, 16)} 的答案`, "判定",
    `${(runB.context.date || runB.run_id).slice(0, 16)} 的答案`, "判定"]) head.appendChild(cell("th", "", h));
  table.appendChild(el("thead")).appendChild(head);
  const body = el("tbody");
  for (const row of runA.rows) {
    const other = byQuestion.get(row.question);
    const tr = el("tr", other && other.right !== row.right ? "changed" : "");
    tr.append(cell("td", "", row.question), answerCell(row), verdictCell(row));
    if (other) tr.append(answerCell(other), verdictCell(other));
    else tr.append(cell("td", "note", "（该次评测没有这道题）"), cell("td"));
    body.appendChild(tr);
  }
  table.appendChild(body);
  view.replaceChildren(el("h2", "", "两次评测对比"),
    el("p", "doc-meta", `${runA.context["test set"] || ""}（${runA.right}/${runA.rows.length} 正确） → ${runB.context["test set"] || ""}（${runB.right}/${runB.rows.length} 正确）`),
    metricsTable([runA, runB]), el("h3", "", "逐题对比（判定改变的题目已标出）"), table);
  view.scrollIntoView({ block: "start" });
}

async function resumeJobs() {
  try {
    const res = await api("/api/jobs?kind=evaluation&limit=5");
    if (!res.ok) return;
    for (const job of await res.json()) {
      if (job.state === "queued" || job.state === "running") followRun(job.job_id, job.files.join("、"));
    }
  } catch { /* nothing to resume */ }
}

loadRuns();
resumeJobs();
