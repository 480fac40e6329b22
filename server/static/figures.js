// Figures page (needs common.js): plan indicator tables from GET /api/figures/plan-tables as
// sortable tables and an SVG chart of baseline vs target; every number opens its table cell.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const list = $("plan-list");
let tables = [];

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

// The number as printed in the table (`2.80`, `>55`), without its qualifier.
function shown(figure) {
  return parseFloat(figure.text.replace(/[^\d.\-]/g, ""));
}

function openFigure(table, figure) {
  return showPassage({
    docId: figure.doc_id, start: figure.source.start, end: figure.source.end, title: table.doc_title,
    note: `${sourceNote(figure.source)} · ${figure.figure_id}`, tag: figure.figure_id,
  });
}

function openRow(table, row, note) {
  return showPassage({ docId: table.doc_id, start: row.start, end: row.end, title: table.doc_title,
    note, tag: `${table.table_id}/row-${row.row_index}` });
}

function numberLink(table, figure, unit) {
  const link = el("button", "num-link", figure.text);
  link.type = "button";
  link.dataset.figureId = figure.figure_id;
  link.title = `来源：${sourceNote(figure.source)}（点击查看原文）`;
  link.addEventListener("click", () => openFigure(table, figure));
  const cell = el("td", "num");
  cell.appendChild(link);
  if (unit) cell.appendChild(el("span", "unit", unit));
  return cell;
}

const BOUNDS = { ">": ">", ">=": "≥", "<": "<", "<=": "≤", approx: "约" };

// target − baseline as computed (with formula), and the table's own change column when it has one.
function changeCell(table, row) {
  const cell = el("td", "num change");
  if (row.change) {
    const c = row.change;
    const result = c.formula.split(" = ").pop();
    const bound = BOUNDS[row.target.qualifier] || ""; // a target of >55 changes by more than the difference
    const link = el("button", "num-link computed", `${bound}${c.value > 0 ? "+" : ""}${result}`);
    link.type = "button";
    link.title = `计算：${c.formula}（点击查看所在行）`;
    link.addEventListener("click", () => openRow(table, row, `计算：${c.formula}`));
    cell.appendChild(link);
  }
  if (row.stated_change) {
    const stated = el("span", "stated", "表中 ");
    const link = el("button", "num-link", row.stated_change.text);
    link.type = "button";
    link.dataset.figureId = row.stated_change.figure_id;
    link.title = `来源：${sourceNote(row.stated_change.source)}`;
    link.addEventListener("click", () => openFigure(table, row.stated_change));
    stated.appendChild(link);
    cell.appendChild(stated);
  }
  return cell;
}

// A plan's later year is its target; a review table (十三五 achieved) has two outcomes.
function yearHeading(table, year) {
  if (year === table.baseline_year) return `${year}年（基期）`;
  return table.planned ? `${year}年（目标）` : `${year}年（实际）`;
}

const COLUMNS = [
  { name: "分类", key: (r) => r.group },
  { name: "指标", key: (r) => r.label },
  { name: (t) => yearHeading(t, t.baseline_year), key: (r) => shown(r.baseline), numeric: true },
  { name: (t) => yearHeading(t, t.target_year), key: (r) => shown(r.target), numeric: true },
  { name: "变化", key: (r) => (r.change ? r.change.value : NaN), numeric: true },
  { name: "属性", key: (r) => r.attribute },
];

function rowElement(table, row) {
  const tr = el("tr");
  tr.dataset.row = String(row.row_index);
  tr.appendChild(el("td", "group", row.group));
  const label = el("td", "label");
  const labelLink = el("button", "row-link", row.label);
  labelLink.type = "button";
  labelLink.title = "查看原文所在行";
  labelLink.addEventListener("click", () => openRow(table, row, table.caption));
  label.appendChild(labelLink);
  tr.appendChild(label);
  tr.appendChild(numberLink(table, row.baseline, row.unit));
  tr.appendChild(numberLink(table, row.target, row.unit));
  tr.appendChild(changeCell(table, row));
  tr.appendChild(el("td", "attribute" + (row.attribute === "约束性" ? " binding" : ""), row.attribute || "—"));
  return tr;
}

function sortableTable(table) {
  const element = el("table", "plan-table");
  element.dataset.tableId = table.table_id;
  const head = el("tr");
  const body = el("tbody");
  let order = { column: -1, direction: 1 };
  const fill = () => {
    const rows = table.rows.slice();
    if (order.column >= 0) {
      const { key, numeric } = COLUMNS[order.column];
      rows.sort((a, b) => {
        const x = key(a);
        const y = key(b);
        const cmp = numeric ? (isNaN(x) ? 1 : isNaN(y) ? -1 : x - y) : String(x).localeCompare(String(y), "zh-CN");
        return cmp * order.direction;
      });
    }
    body.replaceChildren(...rows.map((r) => rowElement(table, r)));
  };
  COLUMNS.forEach((column, i) => {
    const th = el("th");
    th.setAttribute("aria-sort", "none");
    const button = el("button", "sort", typeof column.name === "function" ? column.name(table) : column.name);
    button.type = "button";
    button.title = "点击排序";
    button.addEventListener("click", () => {
      order = { column: i, direction: order.column === i ? -order.direction : 1 };
      head.querySelectorAll("th").forEach((h) => h.setAttribute("aria-sort", "none"));
      th.setAttribute("aria-sort", order.direction > 0 ? "ascending" : "descending");
      fill();
    });
    th.appendChild(button);
    head.appendChild(th);
  });
  const thead = el("thead");
  thead.appendChild(head);
  element.append(thead, body);
  fill();
  return element;
}

// One horizontal bar pair per indicator, one scale per unit (counts and rates never share an axis).
function chart(table) {
  const LABEL = 230, BAR = 300, ROW = 38, WIDTH = LABEL + BAR + 90;
  const units = [...new Set(table.rows.map((r) => r.unit))];
  const height = 30 + units.length * 24 + table.rows.length * ROW;
  const root = svg("svg", { class: "plan-chart", viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, role: "img" });
  root.appendChild(svg("title", {}, `${table.caption}：${yearHeading(table, table.baseline_year)}与${yearHeading(table, table.target_year)}`));
  root.appendChild(svg("rect", { x: LABEL, y: 6, width: 12, height: 12, class: "bar-baseline" }));
  root.appendChild(svg("text", { x: LABEL + 18, y: 16, class: "legend" }, yearHeading(table, table.baseline_year)));
  root.appendChild(svg("rect", { x: LABEL + 130, y: 6, width: 12, height: 12, class: "bar-target" }));
  root.appendChild(svg("text", { x: LABEL + 148, y: 16, class: "legend" }, yearHeading(table, table.target_year)));
  let y = 30;
  for (const unit of units) {
    const rows = table.rows.filter((r) => r.unit === unit);
    const max = Math.max(...rows.flatMap((r) => [shown(r.baseline), shown(r.target)]), 1e-9);
    root.appendChild(svg("text", { x: 0, y: y + 16, class: "unit-head" }, `单位：${unit}`));
    y += 24;
    for (const row of rows) {
      root.appendChild(svg("text", { x: 0, y: y + 14, class: "bar-label" }, row.label));
      root.appendChild(svg("text", { x: 0, y: y + 29, class: "bar-group" }, row.group));
      [["baseline", row.baseline, 3], ["target", row.target, 18]].forEach(([kind, figure, dy]) => {
        const width = Math.max(1, (shown(figure) / max) * BAR);
        const bar = svg("rect", { x: LABEL, y: y + dy, width: width.toFixed(1), height: 13, class: `bar bar-${kind}` });
        bar.dataset.figureId = figure.figure_id;
        bar.appendChild(svg("title", {}, `${row.label} ${figure.year}年：${figure.text}${unit}（点击查看出处）`));
        bar.addEventListener("click", () => openFigure(table, figure));
        root.appendChild(bar);
        root.appendChild(svg("text", { x: LABEL + width + 6, y: y + dy + 11, class: "bar-value" }, figure.text));
      });
      y += ROW;
    }
  }
  return root;
}

function tableSection(table) {
  const section = el("section", "panel plan");
  section.dataset.tableId = table.table_id;
  const head = el("div", "plan-head");
  const titles = el("div");
  titles.appendChild(el("h2", "", table.caption || table.table_id));
  titles.appendChild(el("p", "doc-meta", [table.doc_title, table.region.join("、"), table.section].filter(Boolean).join(" · ")));
  head.appendChild(titles);
  const original = el("button", "ghost", "查看原表");
  original.type = "button";
  original.addEventListener("click", () => showPassage({ docId: table.doc_id, start: table.start, end: table.end,
    title: table.doc_title, note: table.caption, tag: table.table_id }));
  head.appendChild(original);
  section.append(head, sortableTable(table));
  const figure = el("figure", "chart");
  figure.appendChild(chart(table));
  figure.appendChild(el("figcaption", "", "每个单位一条坐标轴，从 0 起；点击柱条查看出处。"));
  section.appendChild(figure);
  return section;
}

async function load(region) {
  list.setAttribute("aria-busy", "true");
  const query = region ? `?region=${encodeURIComponent(region)}` : "";
  try {
    const res = await api(`/api/figures/plan-tables${query}`);
    if (!res.ok) throw new Error(`无法加载指标表（${res.status}）`);
    tables = (await res.json()).tables;
    list.replaceChildren(...(tables.length ? tables.map(tableSection) : [el("p", "loading", "所选地区的文件中没有规划指标表。")]));
  } catch (err) {
    list.replaceChildren(el("p", "loading error", String(err.message || err)));
  } finally {
    list.setAttribute("aria-busy", "false");
  }
}

$("region-filter").addEventListener("change", (e) => load(e.target.value));
fillRegions($("region-filter"));
load("");
