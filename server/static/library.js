// Library page (needs common.js): upload with a progress bar per job, the document list with search,
// filters, inline metadata editing and deletion, and a viewer of a document's outline, tables and text.
// Server text always enters the page with textContent.
"use strict";

const COLUMNS = 11;  // columns of the table of documents

const rows = $("doc-rows");
let docs = [];

// --- uploads and jobs ------------------------------------------------------------------------------

function describeJob(job) {
  const s = job.summary || {};
  if (job.state === "failed" && !Object.keys(s).length) return "未完成，原因见下";
  const parts = [];
  if (s.added && s.added.length) parts.push(`新增 ${s.added.length} 个`);
  if (s.updated && s.updated.length) parts.push(`更新 ${s.updated.length} 个`);
  if (s.duplicates && s.duplicates.length) {
    parts.push(`重复 ${s.duplicates.length} 个（与已有文件内容相同：${s.duplicates.map((d) => d.title || d.doc_id).join("、")}）`);
  }
  if (s.removed && s.removed.length) parts.push(`删除 ${s.removed.length} 个`);
  if (s.edited) parts.push("已修改信息");
  if (s.documents !== undefined) parts.push(`索引现有 ${s.documents} 个文件、${s.chunks} 个段落`);
  if (s.notes && s.notes.length) parts.push(...s.notes);
  return parts.join("；") || "没有变化";
}

// Shows the job's card until it ends; then reloads the list once the server answers from the new build.
async function followJob(jobId, title) {
  const card = jobCard(title);
  card.card.dataset.jobId = jobId;
  $("jobs").prepend(card.card);
  const job = await watchJob(jobId, (j) => card.update(j, describeJob));
  if (job.summary && job.summary.build_id) await waitForBuild(job.summary.build_id);
  await loadDocuments();
  return job;
}

async function waitForBuild(buildId) {
  for (let i = 0; i < 20; i++) {
    try {
      const res = await api("/api/health");
      if (res.ok && (await res.json()).build_id === buildId) return;
    } catch { /* retry */ }
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function upload(files) {
  if (!files.length) return;
  const form = new FormData();
  for (const f of files) form.append("files", f, f.name);
  const names = [...files].map((f) => f.name);
  const title = names.length === 1 ? names[0] : `${names[0]} 等 ${names.length} 个文件`;
  const res = await api("/api/documents", { method: "POST", body: form });
  if (!res.ok) {
    const card = jobCard(title);
    card.update({ state: "failed", progress: {}, summary: {}, errors: [] }, () => "");
    let rejected = [];
    let detail = `上传失败（${res.status}）`;
    try {
      const body = await res.json();
      rejected = body.rejected || [];
      if (!rejected.length && typeof body.detail === "string") detail = body.detail;
    } catch { /* keep the status */ }
    card.update({ state: "failed", progress: {}, summary: {}, errors: rejected.length ? rejected : [{ file: "", reason: detail }] },
      () => "没有文件被接受");
    $("jobs").prepend(card.card);
    return;
  }
  const accepted = await res.json();
  await followJob(accepted.job_id, title);
}

const dropzone = $("dropzone");
$("file-input").addEventListener("change", (e) => {
  upload(e.target.files);
  e.target.value = "";
});
dropzone.addEventListener("keydown", (e) => {
  if (e.key === "Enter" || e.key === " ") {
    e.preventDefault();
    $("file-input").click();
  }
});
for (const type of ["dragenter", "dragover"]) {
  dropzone.addEventListener(type, (e) => {
    e.preventDefault();
    dropzone.classList.add("over");
  });
}
for (const type of ["dragleave", "drop"]) dropzone.addEventListener(type, () => dropzone.classList.remove("over"));
dropzone.addEventListener("drop", (e) => {
  e.preventDefault();
  upload(e.dataTransfer.files);
});

// --- the document list -----------------------------------------------------------------------------

async function loadDocuments() {
  const res = await api("/api/documents");
  if (!res.ok) {
    rows.replaceChildren(messageRow(await errorMessage(res), COLUMNS));
    return;
  }
  docs = await res.json();
  const select = $("region-select");
  const chosen = select.value;
  select.replaceChildren(select.options[0]);
  for (const r of [...new Set(docs.flatMap((d) => d.region))].sort()) {
    const option = el("option", "", r);
    option.value = r;
    select.appendChild(option);
  }
  select.value = chosen;
  render();
}

function matches(d) {
  const q = $("search").value.trim().toLowerCase();
  const region = $("region-select").value;
  const origin = $("origin-select").value;
  if (region && !d.region.includes(region)) return false;
  if (origin && d.origin !== origin) return false;
  if (!q) return true;
  return [d.title, d.issuer, d.number, d.doc_id, d.file, d.date, ...d.region].some((v) => (v || "").toLowerCase().includes(q));
}

function render() {
  const shown = docs.filter(matches);
  $("doc-count").textContent = shown.length === docs.length ? `${docs.length} 个` : `${shown.length} / ${docs.length} 个`;
  rows.replaceChildren(...(shown.length ? shown.map(docRow) : [messageRow("没有符合条件的文件", COLUMNS)]));
}

function docRow(d) {
  const tr = el("tr");
  tr.dataset.docId = d.doc_id;
  const title = el("td", "title-cell");
  const open = el("button", "row-link", d.title || d.file || d.doc_id);
  open.type = "button";
  open.title = "查看全文、目录和表格";
  open.addEventListener("click", () => showDocument(d.doc_id));
  title.appendChild(open);
  const tags = el("div", "doc-tags");
  tags.appendChild(el("span", `tag ${d.origin}`, d.origin === "library" ? "上传" : "命令行"));
  if (d.ocr) tags.appendChild(el("span", "tag ocr", `OCR ${Math.round((d.ocr_confidence || 0) * 100)}%`));
  if (d.edited.length) tags.appendChild(el("span", "tag edited", "已手工修改"));
  tags.appendChild(el("span", "file-name", d.file));
  title.appendChild(tags);
  tr.append(title, el("td", "", d.issuer), el("td", "", d.region.join("、")), el("td", "nowrap", d.date),
    el("td", "", d.number), el("td", "nowrap", d.script === "traditional" ? "繁体" : "简体"),
    el("td", "n", String(d.chunk_count)), el("td", "n", String(d.table_count)), el("td", "n", String(d.figure_count)),
    el("td", "nowrap", (d.added || "").slice(0, 16).replace("T", " ")));
  const actions = el("td", "actions");
  const edit = el("button", "ghost edit", "编辑");
  edit.type = "button";
  edit.addEventListener("click", () => editRow(tr, d));
  const remove = el("button", "ghost danger delete", "删除");
  remove.type = "button";
  remove.addEventListener("click", () => deleteDocument(d));
  actions.append(edit, remove);
  tr.appendChild(actions);
  return tr;
}

const EDITABLE = [["title", 0], ["issuer", 1], ["region", 2], ["date", 3], ["number", 4]];

function editRow(tr, d) {
  const inputs = {};
  for (const [field, column] of EDITABLE) {
    const input = el("input", "cell-input");
    input.name = field;
    input.value = field === "region" ? d.region.join("、") : d[field] || "";
    input.setAttribute("aria-label", { title: "标题", issuer: "发文机关", region: "地区（用顿号分隔）", date: "日期 yyyy-mm-dd 或 yyyy-mm", number: "文号" }[field]);
    if (field === "date") input.placeholder = "yyyy-mm-dd 或 yyyy-mm";
    tr.children[column].replaceChildren(input);
    inputs[field] = input;
  }
  const save = el("button", "primary small save", "保存");
  save.type = "button";
  const cancel = el("button", "ghost", "取消");
  cancel.type = "button";
  cancel.addEventListener("click", render);
  const status = el("div", "edit-status");
  tr.lastChild.replaceChildren(save, cancel, status);
  save.addEventListener("click", async () => {
    const fields = {};
    for (const [field] of EDITABLE) {
      const value = inputs[field].value.trim();
      const before = field === "region" ? d.region.join("、") : d[field] || "";
      if (value && value !== before) fields[field] = field === "region" ? value.split(/[、,，;；\s]+/).filter(Boolean) : value;
    }
    if (!Object.keys(fields).length) return render();
    save.disabled = true;
    const res = await api(`/api/documents/${encodeURIComponent(d.doc_id)}`, {
      method: "PATCH", headers: { "Content-Type": "application/json" }, body: JSON.stringify(fields),
    });
    if (!res.ok) {
      status.textContent = await errorMessage(res);
      save.disabled = false;
      return;
    }
    await followJob((await res.json()).job_id, `修改：${d.title || d.doc_id}`);
  });
  inputs.title.focus();
}

async function deleteDocument(d) {
  if (!window.confirm(`确定从文件库和索引中删除“${d.title || d.doc_id}”吗？删除后问答将不再引用它。`)) return;
  const res = await api(`/api/documents/${encodeURIComponent(d.doc_id)}`, { method: "DELETE" });
  if (!res.ok) {
    const card = jobCard(`删除：${d.title || d.doc_id}`);
    card.update({ state: "failed", progress: {}, summary: {}, errors: [{ file: d.doc_id, reason: await errorMessage(res) }] }, () => "");
    $("jobs").prepend(card.card);
    return;
  }
  await followJob((await res.json()).job_id, `删除：${d.title || d.doc_id}`);
}

for (const id of ["search", "region-select", "origin-select"]) $(id).addEventListener("input", render);

// --- the document viewer ---------------------------------------------------------------------------

async function showDocument(docId) {
  $("doc-panel").hidden = false;
  $("doc-hint").hidden = true;
  $("doc-title").textContent = "加载中…";
  docCache.delete(docId); // the library changes: always the current version
  let doc;
  try {
    doc = await fetchDocument(docId);
  } catch (err) {
    $("doc-meta").textContent = String(err.message || err);
    return;
  }
  $("doc-title").textContent = doc.title || doc.doc_id;
  $("doc-meta").textContent = [doc.issuer, doc.number, doc.date, doc.region.join("、"), doc.file,
    `${doc.chars} 字`].filter(Boolean).join(" · ");
  const note = $("ocr-note");
  note.hidden = !doc.ocr;
  note.textContent = doc.ocr
    ? `本文由文字识别（OCR）得到，平均置信度 ${Math.round(doc.ocr_confidence * 100)}%` +
      (doc.ocr_uncertain.length ? `；${doc.ocr_uncertain.length} 行识别把握较低，已用虚线标出，请对照原件核实。` : "。")
    : "";

  const outline = $("doc-outline");
  outline.replaceChildren(...doc.outline.map((o) => {
    const li = el("li", `level-${o.level}`);
    const link = el("button", "row-link", o.heading);
    link.type = "button";
    link.addEventListener("click", () => {
      const target = document.querySelector(`#doc-text [data-start="${o.start}"]`);
      if (target) target.scrollIntoView({ block: "start" });
    });
    li.appendChild(link);
    return li;
  }));
  $("doc-outline-box").hidden = !doc.outline.length;
  $("doc-table-count").textContent = `${doc.tables.length} 个`;
  $("doc-tables-box").hidden = !doc.tables.length;
  $("doc-tables").replaceChildren(...doc.tables.map(tableView));
  $("doc-text").replaceChildren(...textView(doc));
}

function tableView(t) {
  const box = el("div", "doc-table-view");
  box.appendChild(el("div", "doc-table-caption", [t.caption, t.section].filter(Boolean).join(" · ")));
  const table = el("table", "plan-table");
  const head = el("tr");
  for (const c of t.columns) head.appendChild(el("th", "plain", c));
  table.appendChild(el("thead")).appendChild(head);
  const body = el("tbody");
  for (const r of t.rows) {
    const tr = el("tr");
    for (const c of t.columns) {
      const cell = r.cells.find((x) => x.column === c);
      tr.appendChild(el("td", "", cell ? cell.text : ""));
    }
    body.appendChild(tr);
  }
  table.appendChild(body);
  box.appendChild(table);
  return box;
}

// The text with each heading as an anchor for the outline and each uncertain OCR line marked.
function textView(doc) {
  const cuts = new Map(); // utf-16 offset → [kind, end]
  for (const o of doc.outline) cuts.set(utf16Offset(doc.text, o.start), ["heading", utf16Offset(doc.text, o.start) + o.heading.length, o.start]);
  for (const line of doc.ocr_uncertain) {
    const at = doc.text.indexOf(line);
    if (at >= 0 && !cuts.has(at)) cuts.set(at, ["uncertain", at + line.length]);
  }
  const nodes = [];
  let pos = 0;
  for (const at of [...cuts.keys()].sort((a, b) => a - b)) {
    if (at < pos) continue;
    const [kind, end, start] = cuts.get(at);
    nodes.push(document.createTextNode(doc.text.slice(pos, at)));
    const span = el(kind === "heading" ? "strong" : "span", kind === "heading" ? "doc-heading" : "ocr-uncertain", doc.text.slice(at, end));
    if (kind === "heading") span.dataset.start = String(start);
    else span.title = "文字识别把握较低";
    nodes.push(span);
    pos = end;
  }
  nodes.push(document.createTextNode(doc.text.slice(pos)));
  return nodes;
}

$("doc-close").addEventListener("click", () => ($("doc-hint").hidden = false));

// Jobs still running (another tab, or before a reload) are shown too.
async function resumeJobs() {
  try {
    const res = await api("/api/jobs?kind=documents&limit=10");
    if (!res.ok) return;
    for (const job of await res.json()) {
      if (job.state === "queued" || job.state === "running") followJob(job.job_id, job.files.join("、"));
    }
  } catch { /* nothing to resume */ }
}

loadDocuments();
resumeJobs();
