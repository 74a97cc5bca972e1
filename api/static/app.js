// The page talks to the same API as any client; the key stays in this tab's session storage.
"use strict";
const $ = (id) => document.getElementById(id);

function headers() {
  const key = $("api-key").value.trim() || sessionStorage.getItem("stratalign-key") || "";
  const h = { "Content-Type": "application/json" };
  if (key) { h.Authorization = "Bearer " + key; sessionStorage.setItem("stratalign-key", key); }
  return h;
}

function say(message, isError) {
  $("status").textContent = message;
  $("status").className = isError ? "error" : "";
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({ headers: headers() }, options || {}));
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = (data && data.error) || {};
    throw new Error(error.message || ("request failed with status " + response.status));
  }
  return data;
}

async function loadWorkspaces() {
  try {
    const list = await api("/v1/workspaces");
    const select = $("workspace");
    select.replaceChildren(...list.map((ws) => new Option(ws.name + (ws.indexed_version ? "" : " (not indexed)"), ws.name)));
    say(list.length ? "" : "No workspace yet: create one through the API.", !list.length);
    if (list.length) loadStrategy();
  } catch (err) { say(err.message, true); }
}

function item(text, where) {
  const li = document.createElement("li");
  li.textContent = text;
  if (where) { const span = document.createElement("span"); span.className = "where"; span.textContent = where; li.append(span); }
  return li;
}

function metric(kr) {
  if (!kr.metric && kr.baseline == null && kr.target == null) return "";
  const range = (kr.baseline != null || kr.target != null) ? " " + (kr.baseline ?? "?") + " → " + (kr.target ?? "?") : "";
  return (kr.metric || "metric") + range + (kr.unit ? " " + kr.unit : "");
}

function showStrategy(s) {
  const kinds = s.passages_by_kind;
  $("strategy-counts").textContent = s.objective_count + " objectives, " + s.key_result_count + " key results; " +
    kinds.priority + " priority, " + kinds.non_goal + " non-goal and " + kinds.context + " context passages from " +
    s.documents.length + " documents.";
  $("strategy-objectives").replaceChildren(...s.objectives.map((o) => {
    const li = item(o.id + ": " + o.title);
    const krs = document.createElement("ul");
    krs.append(...o.key_results.map((kr) => item(kr.id + ": " + kr.title, metric(kr))));
    li.append(krs);
    return li;
  }));
  const none = item("None found: nothing can be called a conflict.");
  $("strategy-non-goals").replaceChildren(...(s.non_goals.length ? s.non_goals.map((g) => item(g.text, g.section + " (line " + g.line + ")")) : [none]));
  const warnings = s.warnings.map((w) => item(w.message, w.file + (w.line ? ":" + w.line : "")));
  $("strategy-warnings").replaceChildren(...(warnings.length ? warnings : [item("None.")]));
  $("strategy").hidden = false;
}

async function loadStrategy() {
  const ws = $("workspace").value;
  if (!ws) { $("strategy").hidden = true; return; }
  try { showStrategy(await api("/v1/workspaces/" + encodeURIComponent(ws) + "/strategy")); }
  catch (err) { $("strategy").hidden = true; say("How the strategy was read: " + err.message, true); }
}

function cell(text) { const td = document.createElement("td"); td.textContent = text; return td; }

// The rationale already says what no_metric means (once, naming the closest KR's metric).
const SAID_IN_RATIONALE = ["no_metric"];
const EVIDENCE_HEADING = {
  supports: "Strategy it rests on",
  conflicts: "Strategy it goes against",
  nearest: "Nearest strategy (no claim that it supports the work)",
};

function show(result) {
  $("verdict").textContent = result.verdict + (result.reason ? " (" + result.reason + ")" : "");
  $("verdict").className = "verdict-" + result.verdict;
  $("rationale").textContent = result.rationale;
  const flags = result.flags.filter((f) => !SAID_IN_RATIONALE.includes(f));
  $("flags").replaceChildren(...flags.map((f) => { const li = document.createElement("li"); li.textContent = f; return li; }));
  $("impacted").replaceChildren(...result.impacted.map((kr) => {
    const tr = document.createElement("tr");
    const objective = kr.objective_title ? kr.objective_id + ": " + kr.objective_title : kr.objective_id;
    const match = cell(kr.match || "");
    match.className = "match-" + (kr.match || "none");
    tr.append(cell(kr.kr_id + ": " + kr.title), cell(objective), match);
    return tr;
  }));
  $("impacted-table").hidden = !result.impacted.length;
  $("no-impacted").hidden = result.impacted.length > 0;
  $("evidence").replaceChildren(...result.evidence.map((ev) => {
    const li = document.createElement("li");
    const where = document.createElement("span");
    where.className = "where";
    where.textContent = ev.section + " (" + ev.kind + ")";
    li.append(document.createTextNode(ev.text), where);
    return li;
  }));
  $("evidence-block").hidden = !result.evidence.length;
  if (result.evidence.length) $("evidence-heading").textContent = EVIDENCE_HEADING[result.evidence[0].role] || "Passages cited";
  $("result").hidden = false;
}


async function submit(event) {
  event.preventDefault();
  const ws = $("workspace").value;
  const title = $("title").value.trim();
  const body = $("body").value.trim();
  if (!ws) { say("Pick a workspace first.", true); return; }
  if (!title && !body) { say("Type or paste a proposal first.", true); $("body").focus(); return; }
  say("Checking…");
  $("submit").disabled = true;
  try {
    show(await api("/v1/workspaces/" + encodeURIComponent(ws) + "/check", {
      method: "POST", body: JSON.stringify({ id: "page", title: title, body: body }),
    }));
    say("Done.");
  } catch (err) { say(err.message, true); } finally { $("submit").disabled = false; }
}

async function start() {
  const info = await api("/v1/info").catch(() => ({ auth_required: true }));
  $("key-row").hidden = !info.auth_required;
  $("check-form").addEventListener("submit", submit);
  $("load-workspaces").addEventListener("click", loadWorkspaces);
  $("workspace").addEventListener("change", loadStrategy);
  $("body").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("check-form").requestSubmit(); });
  if (!info.auth_required || sessionStorage.getItem("stratalign-key")) loadWorkspaces();
}
start();
