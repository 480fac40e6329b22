// Chat page (needs common.js): every piece of server text goes into the page with textContent,
// never innerHTML.
"use strict";

const messages = $("messages");
const form = $("ask-form");
const input = $("question");
const history = []; // [{role, content}] sent with each question for follow-ups
const MAX_HISTORY = 12;
let busy = false;

function scrollToBottom() {
  messages.scrollTop = messages.scrollHeight;
}

function addUserMessage(text) {
  const welcome = $("welcome");
  if (welcome) welcome.remove();
  const row = el("div", "msg user");
  row.appendChild(el("div", "bubble", text));
  messages.appendChild(row);
  scrollToBottom();
}

function addPending() {
  const row = el("div", "msg bot pending");
  const bubble = el("div", "bubble");
  bubble.appendChild(el("span", "spinner"));
  const status = el("span", "status", "正在检索文件…");
  bubble.appendChild(status);
  row.appendChild(bubble);
  messages.appendChild(row);
  scrollToBottom();
  return { row, status };
}

// Answer text with [n] markers turned into buttons that open the cited passage.
function answerBody(answer, citations) {
  const body = el("div", "answer-text");
  const byId = new Map(citations.map((c) => [c.id, c]));
  const parts = answer.split(/(\[\d+\])/);
  for (const part of parts) {
    const m = /^\[(\d+)\]$/.exec(part);
    const citation = m && byId.get(Number(m[1]));
    if (citation) {
      const btn = el("button", "cite-marker", String(citation.id));
      btn.type = "button";
      btn.title = `${citation.title} · ${citation.section}`;
      btn.setAttribute("aria-label", `查看出处 ${citation.id}`);
      btn.addEventListener("click", () => openCitation(citation));
      body.appendChild(btn);
    } else if (part) {
      body.appendChild(document.createTextNode(part));
    }
  }
  return body;
}

// Computed figures: the formula, then each input with a link to the cell or passage it came from.
function figuresBlock(figures, citations) {
  const computed = figures.filter((f) => f.formula);
  if (!computed.length) return null;
  const byId = new Map(citations.map((c) => [c.id, c]));
  const box = el("div", "figures");
  box.appendChild(el("div", "figures-title", "计算"));
  for (const f of computed) {
    const item = el("div", "figure");
    item.appendChild(el("span", "figure-label", f.label));
    item.appendChild(el("code", "figure-formula", f.formula));
    if (f.citation_ids && f.citation_ids.length) {
      item.appendChild(el("span", "figure-src", "来源 " + f.citation_ids.map((n) => `[${n}]`).join("")));
    }
    const cited = byId.get((f.citation_ids || [])[0]);
    const inputs = el("ul", "figure-inputs");
    for (const i of f.inputs || []) {
      const li = el("li", "figure-input");
      li.appendChild(el("span", "figure-input-label", `${i.label}：`));
      const docId = sourceDocId(i.source, cited && cited.doc_id);
      if (i.source && docId) {
        const link = el("button", "num-link", i.text || String(i.value));
        link.type = "button";
        link.title = "查看原文出处";
        link.addEventListener("click", () => showPassage({
          docId, start: i.source.start, end: i.source.end, title: cited && cited.title,
          note: sourceNote(i.source) || f.formula, tag: i.figure_id || "input",
        }));
        li.appendChild(link);
      } else {
        li.appendChild(el("span", "", i.text || String(i.value)));
      }
      inputs.appendChild(li);
    }
    if (inputs.childElementCount) item.appendChild(inputs);
    box.appendChild(item);
  }
  return box;
}

function renderAnswer(row, data) {
  row.className = "msg bot" + (data.abstained ? " abstained" : "");
  row.replaceChildren();
  const bubble = el("div", "bubble");
  if (data.abstained) {
    bubble.appendChild(el("div", "badge notfound", "文件中未找到"));
  }
  bubble.appendChild(answerBody(data.answer, data.citations));
  const figs = figuresBlock(data.figures || [], data.citations);
  if (figs) bubble.appendChild(figs);

  const foot = el("div", "answer-foot");
  if (data.citations.length) {
    const label = data.abstained ? "相关但不能回答：" : "出处：";
    foot.appendChild(el("span", "foot-label", label));
    for (const c of data.citations) {
      const chip = el("button", "source-chip", `[${c.id}] ${c.title.slice(0, 18)}`);
      chip.type = "button";
      chip.title = c.section;
      chip.addEventListener("click", () => openCitation(c));
      foot.appendChild(chip);
    }
  }
  const copy = el("button", "ghost copy", "复制");
  copy.type = "button";
  copy.title = "复制答案和出处";
  copy.addEventListener("click", () => copyAnswer(data, copy));
  foot.appendChild(copy);
  if (data.timings_ms && data.timings_ms.total !== undefined) {
    foot.appendChild(el("span", "timing", `${Math.round(data.timings_ms.total)} ms`));
  }
  bubble.appendChild(foot);
  row.appendChild(bubble);
  showSources(data);
  scrollToBottom();
}

function renderError(row, message) {
  row.className = "msg bot error";
  row.replaceChildren(el("div", "bubble", message));
}

function showSources(data) {
  const list = $("sources");
  list.replaceChildren();
  $("source-count").textContent = data.citations.length ? `${data.citations.length} 条` : "";
  if (!data.citations.length) {
    list.appendChild(el("li", "empty", "本回答没有引用段落。"));
    return;
  }
  for (const c of data.citations) {
    const item = el("li", "source" + (data.abstained ? " related" : ""));
    const head = el("button", "source-head");
    head.type = "button";
    head.appendChild(el("span", "source-id", String(c.id)));
    head.appendChild(el("span", "source-title", c.title));
    head.addEventListener("click", () => openCitation(c));
    item.appendChild(head);
    item.appendChild(el("div", "source-section", c.section));
    item.appendChild(el("blockquote", "source-text", c.text));
    list.appendChild(item);
  }
}

function openCitation(c) {
  return showPassage({ docId: c.doc_id, start: c.start, end: c.end, title: c.title, note: c.section,
    tag: `citation-${c.id}` });
}

async function copyAnswer(data, button) {
  const lines = [data.answer, ""];
  for (const c of data.citations) lines.push(`[${c.id}] ${c.title} · ${c.section}：${c.text}`);
  const text = lines.join("\n");
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = el("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  button.textContent = "已复制";
  setTimeout(() => (button.textContent = "复制"), 1500);
}

// The 范围 selector: "region:<name>", "doc:<doc_id>" or "" for all documents.
function currentFilters() {
  const value = $("region-filter").value;
  if (value.startsWith("region:")) return { regions: [value.slice(7)] };
  if (value.startsWith("doc:")) return { doc_ids: [value.slice(4)] };
  return null;
}

// POST /api/ask/stream and read its server-sent events; returns the final AskResponse.
async function askStream(payload, onProgress) {
  const res = await api("/api/ask/stream", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
    body: JSON.stringify(payload),
  });
  if (!res.ok) {
    let detail = `请求失败（${res.status}）`;
    try {
      const body = await res.json();
      if (body.detail) detail = typeof body.detail === "string" ? body.detail : body.detail.map((d) => d.msg).join("；");
    } catch { /* keep the status message */ }
    throw new Error(detail);
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let final = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = (/^event: (.*)$/m.exec(block) || [])[1];
      const data = (/^data: (.*)$/m.exec(block) || [])[1];
      if (!data) continue;
      const parsed = JSON.parse(data);
      if (event === "progress") onProgress(parsed);
      else if (event === "final") final = parsed;
      else if (event === "error") throw new Error(parsed.detail || "内部错误");
    }
    if (done) break;
  }
  if (!final) throw new Error("回答中断，请重试");
  return final;
}

async function ask(question) {
  if (busy) return;
  question = question.trim();
  if (!question) return;
  busy = true;
  $("send").disabled = true;
  addUserMessage(question);
  const pending = addPending();
  try {
    const data = await askStream(
      { question, history: history.slice(-MAX_HISTORY), filters: currentFilters() },
      (p) => (pending.status.textContent = `${p.message}…`),
    );
    renderAnswer(pending.row, data);
    history.push({ role: "user", content: question }, { role: "assistant", content: data.answer.slice(0, 2000) });
  } catch (err) {
    renderError(pending.row, String(err.message || err));
  } finally {
    busy = false;
    $("send").disabled = false;
    input.focus();
  }
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const q = input.value;
  input.value = "";
  ask(q);
});
input.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    form.requestSubmit();
  }
});
document.querySelectorAll(".example").forEach((b) => b.addEventListener("click", () => ask(b.textContent)));
$("clear").addEventListener("click", () => {
  history.length = 0;
  messages.replaceChildren();
  showSources({ citations: [], abstained: false });
  $("doc-panel").hidden = true;
});
fillScope($("region-filter"));
