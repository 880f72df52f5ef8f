// The prompt lab page: plain DOM and fetch. A run is one POST whose reply is a stream of server-sent events.
"use strict";
const $ = id => document.getElementById(id);
let lastComparison = null;

function text(id, value) { $(id).textContent = value ?? ""; }

function el(tag, className, content) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

async function errorOf(response) {
  try { return (await response.json()).error || `HTTP ${response.status}`; } catch { return `HTTP ${response.status}`; }
}

async function loadStatus() {
  const status = await (await fetch("/lab/api/status")).json();
  text("status", `Generator: ${status.generator}${status.modelConfigured ? (status.streaming ? " (streamed)" : "") : " (no model configured: extractive answers)"} · abstains below evidence ${status.evidenceThreshold}`);
  document.body.classList.toggle("model-off", !status.modelConfigured);
}

function parseHistory(raw) {
  const turns = [];
  for (const line of raw.split("\n").map(l => l.trim()).filter(Boolean)) {
    if (/^q:/i.test(line)) turns.push({ question: line.slice(2).trim(), answer: "" });
    else if (/^a:/i.test(line) && turns.length) turns[turns.length - 1].answer = line.slice(2).trim();
  }
  return turns;
}

function clearRun() {
  for (const id of ["standalone", "expansions", "evidence", "fallback", "prompt", "raw", "json", "run-error"]) text(id, "");
  for (const id of ["passages", "decisions", "telegram"]) $(id).replaceChildren();
}

const handlers = {
  retrieved(data) {
    text("standalone", `Searched for: ${data.standaloneQuestion} (${data.language})`);
    text("expansions", data.expansions.length ? "Translations added: " + data.expansions.map(e => `${e.text} (${e.language}, ${e.weight})`).join(", ") : "No translations added.");
    if (!data.passages.length) $("passages").append(el("li", null, "No passage matched."));
    for (const p of data.passages) {
      const item = el("li");
      item.dataset.passageId = p.passageId;
      item.append(el("div", "meta", `score ${p.score} · ${p.language} · ${p.title}${p.source ? " · " + p.source : ""} · ${p.passageId}`));
      const terms = el("div");
      for (const m of p.matches) terms.append(el("span", `term ${m.kind}`, m.kind === "translation" ? `${m.term} ×${m.weight}` : m.term));
      if (!p.matches.length) terms.append(el("span", "meta", "no query word found verbatim (matched by stem splitting or vectors)"));
      item.append(terms, el("div", null, p.text));
      $("passages").append(item);
    }
  },
  prompt(data) { text("prompt", data.text); },
  chunk(data) { $("raw").textContent += data.text; },
  generated(data) {
    const verdict = `${data.abstained ? "abstained" : "answered"} by ${data.generator}`;
    text("evidence", data.evidence == null
      ? `The model judged the passages itself (${verdict}); the extractive evidence is measured only when the extractive answer is written.`
      : `Evidence ${data.evidence.toFixed(3)} against threshold ${data.evidenceThreshold}: ${verdict}.`);
    if (data.renderedPrompt && !$("prompt").textContent) text("prompt", data.renderedPrompt);
    if (data.modelOutput != null) text("raw", data.modelOutput);
    text("fallback", data.fallbackReason ? `Fell back to the extractive answer: ${data.fallbackReason}` : "");
    for (const d of data.decisions) $("decisions").append(el("li", d.kept ? "kept" : "removed", `${d.sentence} — ${d.reason}`));
  },
  answer(data) {
    text("json", data.json);
    renderTelegram(data.telegram);
  },
  error(data) { text("run-error", data.message); },
};

function renderTelegram(preview) {
  const box = $("telegram");
  const sources = el("div", "sources hidden");
  for (const html of preview.messages) box.append(message(html));
  if (preview.buttons.length) {
    const row = el("div", "buttons");
    for (const label of preview.buttons) {
      const button = el("button", null, label);
      button.type = "button";
      button.addEventListener("click", () => sources.classList.toggle("hidden"));
      row.append(button);
    }
    box.append(row);
  }
  for (const html of preview.sourcesMessages) sources.append(message(html));
  box.append(sources);
}

// The HTML is what the bot sends with parse_mode HTML: escaped text in <b>, <i>, <a>, <code>, <blockquote>.
function message(html) {
  const node = el("div", "message");
  node.innerHTML = html;
  for (const quote of node.querySelectorAll("blockquote[expandable]")) {
    quote.classList.add("collapsed");
    quote.addEventListener("click", () => quote.classList.toggle("collapsed"));
  }
  return node;
}

async function run(event) {
  event.preventDefault();
  clearRun();
  const body = { question: $("question").value, history: parseHistory($("history").value) };
  if ($("top").value) body.top = Number($("top").value);
  $("run").disabled = true;
  document.body.dataset.run = "running";
  try {
    const response = await fetch("/lab/api/run", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) { text("run-error", await errorOf(response)); return; }
    await readEvents(response);
  } catch (error) {
    text("run-error", `The lab server did not answer: ${error.message}`);
  } finally {
    $("run").disabled = false;
    document.body.dataset.run = "done"; // lets scripts (and the browser tests) wait for the end of a run
  }
}

async function readEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (name && data && handlers[name]) handlers[name](JSON.parse(data));
    }
  }
}

let promptFiles = [];
async function loadPrompts() {
  const listing = await (await fetch("/lab/api/prompts")).json();
  promptFiles = listing.files;
  text("prompts-dir", `Folder: ${listing.directory} (edits apply to the next run)`);
  const select = $("prompt-file");
  const selected = select.value;
  select.replaceChildren(...promptFiles.map(f => { const o = el("option", null, `${f.function}/${f.file}`); o.value = `${f.function}/${f.file}`; return o; }));
  if (selected) select.value = selected;
  showPrompt();
}

function showPrompt() {
  const file = promptFiles.find(f => `${f.function}/${f.file}` === $("prompt-file").value);
  $("prompt-text").value = file ? file.content : "";
}

async function savePrompt() {
  delete document.body.dataset.save;
  const [fn, file] = $("prompt-file").value.split("/");
  const response = await fetch(`/lab/api/prompts/${encodeURIComponent(fn)}/${encodeURIComponent(file)}`, {
    method: "PUT", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ function: fn, file, content: $("prompt-text").value }),
  });
  const message = $("prompt-message");
  message.className = response.ok ? "" : "error";
  message.textContent = response.ok ? `Saved ${fn}/${file}.` : await errorOf(response);
  if (response.ok) await loadPrompts();
  document.body.dataset.save = response.ok ? "saved" : "rejected";
}

function variant(prefix) {
  return { promptsDir: $(`${prefix}-prompts`).value.trim() || null, model: $(`${prefix}-model`).value.trim() || null };
}

async function compare(event) {
  event.preventDefault();
  text("compare-message", "Running both variants…");
  $("compare").disabled = true;
  document.body.dataset.compare = "running";
  try {
    const body = { cases: $("cases").value, casesFile: $("cases-file").value.trim() || null, a: variant("a"), b: variant("b") };
    const response = await fetch("/lab/api/compare", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) { $("compare-message").className = "error"; text("compare-message", await errorOf(response)); return; }
    lastComparison = await response.json();
    $("compare-message").className = "";
    renderComparison(lastComparison);
  } finally {
    $("compare").disabled = false;
    document.body.dataset.compare = "done";
  }
}

function renderComparison(report) {
  const changed = report.rows.filter(r => r.differences.length).length;
  text("compare-message", `${report.rows.length} cases, ${changed} differ${report.skippedLines.length ? `; skipped: ${report.skippedLines.join("; ")}` : ""}.`);
  const names = ["cases", "answerHit", "goldCited", "answered", "abstentionPrecision", "abstentionRecall", "recallAt1", "citationValidity", "unsupportedSentenceRate", "latencyP50Ms", "latencyP95Ms"];
  const table = el("table");
  table.id = "metrics-table";
  const head = el("tr"); head.append(el("th", null, "metric"), el("th", null, `A (${report.a.generator})`), el("th", null, `B (${report.b.generator})`));
  table.append(head);
  for (const name of names) {
    const row = el("tr");
    const fmt = v => v == null ? "-" : (Number.isInteger(v) ? String(v) : v.toFixed(3));
    row.append(el("th", null, name), el("td", null, fmt(report.a.metrics.overall[name])), el("td", null, fmt(report.b.metrics.overall[name])));
    table.append(row);
  }
  $("compare-metrics").replaceChildren(table);
  const body = $("compare-table").tBodies[0];
  body.replaceChildren();
  for (const r of report.rows) {
    const row = el("tr");
    row.dataset.caseId = r.id;
    row.append(el("td", null, `${r.id}: ${r.question}`), el("td", "variant-a", r.a.answer), el("td", "variant-b", r.b.answer), el("td", "diff", r.differences.join("; ") || "same"));
    body.append(row);
  }
  $("compare-table").hidden = false;
  $("export").disabled = false;
}

function exportComparison() {
  const blob = new Blob([JSON.stringify(lastComparison, null, 2)], { type: "application/json" });
  const link = el("a");
  link.href = URL.createObjectURL(blob);
  link.download = "comparison.json";
  link.click();
  URL.revokeObjectURL(link.href);
}

document.addEventListener("DOMContentLoaded", () => {
  $("ask-form").addEventListener("submit", run);
  $("prompt-file").addEventListener("change", showPrompt);
  $("save-prompt").addEventListener("click", savePrompt);
  $("compare-form").addEventListener("submit", compare);
  $("export").addEventListener("click", exportComparison);
  loadStatus().catch(e => text("status", `Status unavailable: ${e.message}`));
  loadPrompts().catch(e => text("prompts-dir", `Prompt files unavailable: ${e.message}`));
});
