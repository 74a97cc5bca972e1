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
  // (no stand-in word for a metric the OKRs do not name)
  return ((kr.metric || "") + range + (kr.unit ? " " + kr.unit : "")).trim();
}

// "1 document", "3 documents"
const count = (n, noun) => n + " " + noun + (n === 1 ? "" : "s");

function showStrategy(s) {
  const kinds = s.passages_by_kind;
  $("strategy-counts").textContent = count(s.objective_count, "objective") + ", " +
    count(s.key_result_count, "key result") + "; " + kinds.priority + " priority, " + kinds.non_goal +
    " non-goal and " + kinds.context + " context passages from " + count(s.documents.length, "document") + ".";
  $("strategy-objectives").replaceChildren(...s.objectives.map((o) => {
    const li = item(o.id + ": " + o.title);
    const krs = document.createElement("ul");
    krs.append(...o.key_results.map((kr) => item(kr.id + ": " + kr.title, metric(kr))));
    li.append(krs);
    return li;
  }));
  const listed = (passages) => passages.map((p) => item(p.text, p.section + " (line " + p.line + ")"));
  const noPriority = item("None found: key results alone decide what is aligned.");
  $("strategy-priorities").replaceChildren(...(s.priorities.length ? listed(s.priorities) : [noPriority]));
  const none = item("None found: nothing can be called a conflict.");
  $("strategy-non-goals").replaceChildren(...(s.non_goals.length ? listed(s.non_goals) : [none]));
  // background, folded: what a reader checks is which sections landed here
  $("strategy-context-summary").textContent = "Context (" + s.context.length + ")";
  $("strategy-context").replaceChildren(...listed(s.context));
  $("strategy-context-block").hidden = !s.context.length;
  const warnings = s.warnings.map((w) => item(w.message, w.file + (w.line ? ":" + w.line : "")));
  $("strategy-warnings").replaceChildren(...(warnings.length ? warnings : [item("None.")]));
  $("strategy").hidden = false;
}

// The workspace's key results, as its strategy was read: the only ones a correction may name.
let keyResults = [];

async function loadStrategy() {
  const ws = $("workspace").value;
  keyResults = [];
  if (!ws) { $("strategy").hidden = true; return; }
  // (a newcomer's first screenshot, taken as the page loaded, showed the form alone and no
  // sign that the strategy was still being read)
  const reading = "Reading the strategy of " + ws + "…";
  say(reading);
  try {
    const strategy = await api("/v1/workspaces/" + encodeURIComponent(ws) + "/strategy");
    keyResults = strategy.objectives.flatMap((o) => o.key_results.map((kr) => ({ id: kr.id, title: kr.title })));
    showStrategy(strategy);
    if ($("status").textContent === reading) say("");
  } catch (err) { $("strategy").hidden = true; say("How the strategy was read: " + err.message, true); }
}

function cell(text) { const td = document.createElement("td"); td.textContent = text; return td; }

// Each flag in words (checker.vocabulary.FLAG_MEANINGS, put into the page by the server).
const FLAG_MEANINGS = JSON.parse(document.getElementById("flag-meanings")?.textContent || "{}");
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
  // the calibrated chance the verdict is right (a newcomer found it only in the CLI's JSON)
  $("confidence").textContent = result.verdict === "unclear" ? ""
    : "Confidence " + Math.round(result.confidence * 100) + "%: how often a verdict like this one is right on the labelled sets";
  $("rationale").textContent = result.rationale;
  const flags = result.flags.filter((f) => !SAID_IN_RATIONALE.includes(f));
  $("flags").replaceChildren(...flags.map((f) => {
    const li = document.createElement("li");
    li.textContent = FLAG_MEANINGS[f] || f;
    li.title = f;
    return li;
  }));
  // aligned work lists what it moves; the rest is only close in wording. Work against a
  // non-goal, or not judged, moves nothing: its listing is the closest wording, uncoloured (a
  // green "high" beside a conflict read as praise)
  const moved = result.impacted.filter((kr) => kr.moves);
  const listed = moved.length ? moved : result.impacted;
  $("impacted").replaceChildren(...listed.map((kr) => {
    const tr = document.createElement("tr");
    const objective = kr.objective_title ? kr.objective_id + ": " + kr.objective_title : kr.objective_id;
    const match = cell(kr.match || "");
    match.className = moved.length ? "match-" + (kr.match || "none") : "match-none";
    tr.append(cell(kr.kr_id + ": " + kr.title), cell(objective), match);
    return tr;
  }));
  $("impacted-heading").textContent = moved.length ? "Key results it would move"
    : result.reason === "conflict" ? "Closest key results by wording (it goes against a non-goal, so it moves none)"
    : "Closest key results by wording";
  $("match-heading").textContent = moved.length ? "Match" : "Wording match";
  const close = result.impacted.filter((kr) => !kr.moves);
  $("also-close").textContent = moved.length && close.length
    ? "Close in wording only, not counted as moved: " + close.map((kr) => kr.kr_id).join(", ") : "";
  $("also-close").hidden = !(moved.length && close.length);
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
  resetAnswer(result);
  $("result").hidden = false;
}

// The last check, so an answer about it carries the item's text and the result it answers.
let lastCheck = null;

// The same text gets the same id, so answering it again replaces the earlier answer.
function itemId(title, body) {
  let hash = 0x811c9dc5;
  for (const ch of title + "\n" + body) { hash ^= ch.codePointAt(0); hash = Math.imul(hash, 0x01000193) >>> 0; }
  return "web-" + hash.toString(16).padStart(8, "0");
}

function resetAnswer(result) {
  $("accept").hidden = result.verdict === "unclear";  // an unclear verdict is no answer to keep
  $("correct").setAttribute("aria-expanded", "false");
  $("correct-form").hidden = true;
  $("answer-status").textContent = "";
  $("answer-status").className = "";
  $("correct-verdict").value = result.verdict === "misaligned" ? "misaligned:" + (result.reason || "orphan") : "aligned";
  const offered = keyResults.length ? keyResults : result.impacted.map((kr) => ({ id: kr.kr_id, title: kr.title }));
  $("correct-kr").replaceChildren(...offered.map((kr) => new Option(kr.id + ": " + kr.title, kr.id)));
  if (result.impacted.length) $("correct-kr").value = result.impacted[0].kr_id;
  showKeyResultChoice();
}

function showKeyResultChoice() { $("correct-kr-row").hidden = $("correct-verdict").value !== "aligned"; }

function toggleCorrect() {
  const open = $("correct-form").hidden;
  $("correct-form").hidden = !open;
  $("correct").setAttribute("aria-expanded", String(open));
  if (open) $("correct-verdict").focus();
}

function answerSaid(answer) {
  if (answer.accepted) return "your confirmation of this verdict";
  if (answer.verdict === "aligned") return "your answer (aligned, " + answer.kr_id + ")";
  return "your answer (misaligned, " + answer.kind + ")";
}

async function sendAnswer(answer) {
  if (!lastCheck) return;
  const status = $("answer-status");
  status.className = "";
  status.textContent = "Storing…";
  // The answer keeps the item's gist: the feedback API takes up to 1,000 + 50,000 characters.
  const body = Object.assign({ item_id: lastCheck.id, title: lastCheck.title.slice(0, 1000),
    body: lastCheck.body.slice(0, 50000), result: lastCheck.result }, answer);
  try {
    const stored = await api("/v1/workspaces/" + encodeURIComponent(lastCheck.ws) + "/feedback", { method: "POST", body: JSON.stringify(body) });
    status.textContent = stored.learned
      ? "Stored " + answerSaid(answer) + " for " + stored.item_id + ": the next checks in this workspace learn from it."
      : "Stored for " + stored.item_id + ", but it gives no answer to learn from.";
    if (!answer.accepted) { $("correct-form").hidden = true; $("correct").setAttribute("aria-expanded", "false"); }
  } catch (err) { status.textContent = "Not stored: " + err.message; status.className = "error"; }
}

function accept() { sendAnswer({ accepted: true }); }

function storeCorrection(event) {
  event.preventDefault();
  const [verdict, kind] = $("correct-verdict").value.split(":");
  const answer = { accepted: false, verdict: verdict, comment: $("correct-comment").value.trim() };
  if (verdict === "aligned") answer.kr_id = $("correct-kr").value;
  else answer.kind = kind;
  sendAnswer(answer);
}


async function submit(event) {
  event.preventDefault();
  const ws = $("workspace").value;
  const title = $("title").value.trim();
  const body = $("body").value.trim();
  if (!ws) { say("Pick a workspace first.", true); return; }
  if (!title && !body) {
    $("result").hidden = true;  // the verdict shown belongs to the text that was cleared
    say("Type or paste a proposal first.", true); $("body").focus(); return;
  }
  say("Checking…");
  $("submit").disabled = true;
  try {
    const id = itemId(title, body);
    const result = await api("/v1/workspaces/" + encodeURIComponent(ws) + "/check", {
      method: "POST", body: JSON.stringify({ id: id, title: title, body: body }),
    });
    lastCheck = { ws: ws, id: id, title: title, body: body, result: result };
    show(result);
    say("Done.");
  } catch (err) { say(err.message, true); } finally { $("submit").disabled = false; }
}

async function start() {
  const info = await api("/v1/info").catch(() => ({ auth_required: true }));
  $("key-row").hidden = !info.auth_required;
  $("check-form").addEventListener("submit", submit);
  $("load-workspaces").addEventListener("click", loadWorkspaces);
  $("workspace").addEventListener("change", loadStrategy);
  $("accept").addEventListener("click", accept);
  $("correct").addEventListener("click", toggleCorrect);
  $("correct-verdict").addEventListener("change", showKeyResultChoice);
  $("correct-form").addEventListener("submit", storeCorrection);
  $("body").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("check-form").requestSubmit(); });
  if (!info.auth_required || sessionStorage.getItem("stratalign-key")) loadWorkspaces();
}
start();
