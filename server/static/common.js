// Shared by the chat and figures pages: DOM helpers and the document viewer.
// Server text always enters the page as text (textContent / text nodes), never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// The server counts offsets in code points, JavaScript strings in UTF-16 units.
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
    const res = await fetch(`/api/documents/${encodeURIComponent(docId)}`);
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
    const res = await fetch("/api/documents");
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

$("doc-close").addEventListener("click", () => ($("doc-panel").hidden = true));
