// Shared by the pages: DOM helpers, the document viewer, background jobs and their progress.
// Server text always enters the page as text (textContent / text nodes), never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

// Every /api call goes through here. When the server has POLICYQA_API_KEY set, a 401 asks the user
// for the key once; it is kept for this browser session (sessionStorage) and sent as X-API-Key.
const KEY_STORE = "policyqa-api-key";

async function api(url, options = {}) {
  for (let attempt = 0; ; attempt++) {
    const headers = new Headers(options.headers || {});
    const key = sessionStorage.getItem(KEY_STORE);
    if (key) headers.set("X-API-Key", key);
    const res = await fetch(url, { ...options, headers });
    if (res.status !== 401 || attempt > 0) return res;
    const stored = sessionStorage.getItem(KEY_STORE);
    if (stored && stored !== key) continue; // another request has just been given the key
    const given = window.prompt("此服务需要访问密钥（POLICYQA_API_KEY），请输入 / This server needs its API key:");
    if (!given || !given.trim()) return res;
    sessionStorage.setItem(KEY_STORE, given.trim());
  }
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// The server counts offsets in code points, JavaScript strings in UTF-16 units.
// One table row whose single cell spans the table: "loading", "nothing found" and errors.
function messageRow(text, columns) {
  const tr = el("tr");
  const td = el("td", "loading", text);
  td.colSpan = columns;
  tr.appendChild(td);
  return tr;
}

function utf16Offset(text, codePoints) {
  if (!/[\uD800-\uDFFF]/.test(text)) return codePoints;
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) {
    const unit = text.charCodeAt(i);
    i += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
  }
  return i;
}

const docCache = new Map();

async function fetchDocument(docId) {
  if (!docCache.has(docId)) {
    const res = await api(`/api/documents/${encodeURIComponent(docId)}`);
    if (!res.ok) throw new Error(`无法打开文件（${res.status}）`);
    docCache.set(docId, await res.json());
  }
  return docCache.get(docId);
}

// Opens the document viewer (#doc-panel) on `docId` with [start, end) highlighted and scrolled
// into view; `note` (section, formula, cell) goes under the title.
async function showPassage({ docId, start, end, title, note, tag }) {
  const panel = $("doc-panel");
  const box = $("doc-text");
  panel.hidden = false;
  $("doc-title").textContent = title || docId;
  $("doc-meta").textContent = "加载中…";
  try {
    const doc = await fetchDocument(docId);
    const from = utf16Offset(doc.text, start);
    const to = utf16Offset(doc.text, end);
    $("doc-title").textContent = doc.title || title || docId;
    $("doc-meta").textContent = [doc.region.join("、"), doc.date, note].filter(Boolean).join(" · ");
    const mark = el("mark", "highlight", doc.text.slice(from, to));
    mark.id = "highlight";
    if (tag) mark.dataset.source = tag;
    box.replaceChildren(document.createTextNode(doc.text.slice(0, from)), mark,
      document.createTextNode(doc.text.slice(to)));
    mark.scrollIntoView({ block: "center" });
  } catch (err) {
    $("doc-meta").textContent = String(err.message || err);
  }
}

// A figure's source may name its document directly, through its table id (`doc#t2`), or only
// through the citation it belongs to.
function sourceDocId(source, fallback) {
  if (source && source.doc_id) return source.doc_id;
  if (source && source.table_id) return source.table_id.split("#")[0];
  return fallback;
}

function sourceNote(source) {
  if (!source) return "";
  const place = source.kind === "cell"
    ? [source.caption, source.row_index !== undefined && source.row_index !== null ? `第 ${source.row_index + 1} 行` : "",
      source.column ? `“${source.column}”列` : ""]
    : [source.section];
  return place.filter(Boolean).join(" · ");
}

// Adds one <option> per region of the indexed documents; on failure the "all" option stays alone.
async function fillRegions(select) {
  try {
    const res = await api("/api/documents");
    if (!res.ok) return;
    const regions = new Set();
    for (const d of await res.json()) d.region.forEach((r) => regions.add(r));
    for (const r of regions) {
      const option = el("option", "", r);
      option.value = r;
      select.appendChild(option);
    }
  } catch { /* keep the "all" option */ }
}

// The chat's 范围 selector: every region, then every document the library holds.
async function fillScope(select) {
  try {
    const res = await api("/api/documents");
    if (!res.ok) return;
    const docs = await res.json();
    const regions = el("optgroup");
    regions.label = "地区";
    for (const r of new Set(docs.flatMap((d) => d.region))) {
      const option = el("option", "", r);
      option.value = `region:${r}`;
      regions.appendChild(option);
    }
    const files = el("optgroup");
    files.label = "文件";
    for (const d of docs) {
      const option = el("option", "", d.title || d.file || d.doc_id);
      option.value = `doc:${d.doc_id}`;
      files.appendChild(option);
    }
    select.append(regions, files);
  } catch { /* keep the "all" option */ }
}

// The message of a failed request: FastAPI's `detail` (a string, or a list of validation errors).
async function errorMessage(res) {
  try {
    const body = await res.json();
    if (typeof body.detail === "string") return body.detail;
    if (Array.isArray(body.detail)) return body.detail.map((d) => d.msg).join("；");
  } catch { /* not JSON */ }
  return `请求失败（${res.status}）`;
}

const STAGES = {
  queued: "排队中", starting: "开始处理", waiting: "等待另一个导入完成", storing: "保存原件", reading: "解析文件",
  embedding: "向量化", writing: "写入索引", answering: "逐题回答", resumed: "服务重启后继续", interrupted: "已中断，稍后继续",
};
const STATES = { queued: "排队中", running: "处理中", done: "完成", failed: "失败" };

// Follows a background job until it is done or failed: server-sent events from
// /api/jobs/{id}/events, polling /api/jobs/{id} if the stream breaks. Resolves with the last state.
function watchJob(jobId, onUpdate) {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (job) => {
      onUpdate(job);
      if (!settled && (job.state === "done" || job.state === "failed")) {
        settled = true;
        resolve(job);
      }
      return settled;
    };
    const poll = async () => {
      while (!settled) {
        try {
          const res = await api(`/api/jobs/${encodeURIComponent(jobId)}`);
          if (res.ok && settle(await res.json())) return;
        } catch { /* server restarting: try again */ }
        await new Promise((r) => setTimeout(r, 1000));
      }
    };
    const source = new EventSource(`/api/jobs/${encodeURIComponent(jobId)}/events`);
    source.addEventListener("job", (e) => {
      if (settle(JSON.parse(e.data))) source.close();
    });
    source.onerror = () => {
      source.close();
      poll();
    };
  });
}

// A job's card: what it is, a progress bar, the stage, then its outcome and each file's error.
function jobCard(title) {
  const card = el("div", "job");
  const head = el("div", "job-head");
  const name = el("span", "job-title", title);
  const state = el("span", "job-state", STATES.queued);
  head.append(name, state);
  const bar = el("progress", "job-bar");
  bar.max = 1;
  bar.value = 0;
  const stage = el("div", "job-stage", STAGES.queued);
  const result = el("div", "job-result");
  const errors = el("ul", "job-errors");
  card.append(head, bar, stage, result, errors);
  return {
    card,
    update(job, describe) {
      card.dataset.state = job.state;
      state.textContent = STATES[job.state] || job.state;
      const p = job.progress || {};
      const label = STAGES[p.stage] || p.stage || "";
      if (job.state === "done" || job.state === "failed") {
        bar.max = 1;
        bar.value = 1;
        stage.textContent = "";
      } else if (p.total > 0) {
        bar.max = p.total;
        bar.value = Math.min(p.done, p.total);
        stage.textContent = `${label} ${p.done}/${p.total}`;
      } else {
        bar.removeAttribute("value"); // indeterminate while queued or waiting
        stage.textContent = label;
      }
      result.textContent = job.state === "done" || job.state === "failed" ? describe(job) : "";
      errors.replaceChildren(...(job.errors || []).map((e) => el("li", "", e.file ? `${e.file}：${e.reason}` : e.reason)));
    },
  };
}

$("doc-close").addEventListener("click", () => ($("doc-panel").hidden = true));
