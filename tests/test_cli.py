"""The `stratalign` command line, end to end, with the real model and a temp data dir."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker import service
from checker.audit.output import CSV_COLUMNS
from checker.cli.app import app
from checker.models import EMPTY_PROPOSAL
from index.embedding import OnnxEmbedder
from tests.helpers import EXAMPLE
from tests.llm_fakes import judged, loopback_llm

CONTRACT = {"id", "verdict", "reason", "impacted", "flags", "rationale", "evidence",
            "strategy_version", "engine"}
PICKING = ("Aisle-sorted pick lists so store staff get online orders ready for collection "
           "within the hour")


def _flat(text: str) -> str:
    """Output with all whitespace removed: rich wraps stderr at 80 columns when piped."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store for the module, so the example is embedded once."""
    return tmp_path_factory.mktemp("cli-data")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, data_dir: Path, embedder: OnnxEmbedder) -> CliRunner:
    """A CliRunner whose commands use a temp data dir and the session's loaded model."""
    monkeypatch.setenv("STRATALIGN_DATA_DIR", str(data_dir))
    # Same model as the CLI would load; reusing it saves a second per command.
    monkeypatch.setattr(service, "load_embedder", lambda *_a, **_k: embedder)
    return CliRunner()


def test_index_then_index_again(runner: CliRunner, example_copy: Path) -> None:
    first = runner.invoke(app, ["index", str(example_copy)])
    assert first.exit_code == 0, first.output
    assert "indexed acme-retail: 25 index entries added, 0 removed, 0 unchanged" in first.stdout
    again = runner.invoke(app, ["index", str(example_copy)])
    assert again.exit_code == 0
    assert "0 index entries added, 0 removed, 25 unchanged" in again.stdout


def test_check_text_argument_as_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--format", "json", PICKING])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data.keys() >= CONTRACT
    assert data["id"] == "proposal"
    assert data["verdict"] == "aligned"
    assert data["impacted"][0]["kr_id"] == "O1.KR1"
    assert {"kr_id", "objective_id", "score"} <= data["impacted"][0].keys()
    assert {"source", "section", "text"} <= data["evidence"][0].keys()


def test_check_text_output_for_people(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--id", "P-1", PICKING])
    assert result.exit_code == 0, result.output
    assert "ALIGNED  P-1" in result.stdout
    assert "O1.KR1" in result.stdout


def test_check_from_file(runner: CliRunner, tmp_path: Path) -> None:
    proposal = tmp_path / "coupons.md"
    proposal.write_text("# Spring coupon campaign\n\n20% off everything site-wide in April, "
                        "with coupon codes by email.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "-f", str(proposal),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["id"] == "coupons"
    assert (data["verdict"], data["reason"]) == ("misaligned", "conflict")
    assert "coupon campaigns" in data["evidence"][0]["text"]


@pytest.mark.parametrize("args", [[], ["-"], ["-f", "-"]])
def test_check_from_stdin(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--format", "json", *args],
                           input=PICKING + "\n")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["id"] == "stdin"
    assert data["impacted"][0]["kr_id"] == "O1.KR1"


def test_text_in_another_encoding_is_refused_naming_where(runner: CliRunner) -> None:
    # Latin-1 piped in (a newcomer's trial ended in the tokenizer's traceback, exit 1), and an
    # argument the shell passed in Latin-1 (Python keeps its bytes as surrogates)
    piped = runner.invoke(app, ["check", "-w", str(EXAMPLE)],
                          input="# Café lockers\nCut the wait.".encode("latin-1"))
    argument = runner.invoke(app, ["check", "-w", str(EXAMPLE), "Caf\udce9 lockers"])
    assert (piped.exit_code, argument.exit_code) == (2, 2)
    assert "stdin:notUTF-8text:byte0xe9atposition5cannotberead;saveasUTF-8" in _flat(
        piped.stderr)
    assert "text:notUTF-8text:byte0xe9cannotberead" in _flat(argument.stderr)
    assert "Traceback" not in piped.output + argument.output


def test_text_and_file_together_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    proposal = tmp_path / "p.md"
    proposal.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "-f", str(proposal), "text"])
    assert result.exit_code == 2
    assert "text:nosuchproposal:checkthepath" in _flat(result.stderr)
    assert "theotherargumentsarefilestoo" in _flat(result.stderr)


def test_broken_okrs_exits_2_naming_the_file(runner: CliRunner, example_copy: Path) -> None:
    okrs = example_copy / "okrs.yaml"
    lines = okrs.read_text(encoding="utf-8").splitlines()
    number = lines.index("  - id: O2") + 1
    # A missing id would be generated (and said); a missing title is an error, and a title
    # misspelt says which key it meant, at that key's line.
    lines[number] = lines[number].replace("    title:", "    titel:")
    okrs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for command in (["index", str(example_copy)], ["check", "-w", str(example_copy), "x y z"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2, command
        assert result.stdout == ""
        assert "error:" in result.stderr
        assert _flat(f"{okrs}:{number + 1} (field 'objectives[1].title'): unknown key 'titel': "
                     "did you mean 'title'?") in _flat(result.stderr)


def test_audit_jsonl_to_file_in_input_order(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    result = runner.invoke(app, ["audit", "-w", str(EXAMPLE), str(EXAMPLE / "backlog.jsonl"),
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"ACME-{n}" for n in range(101, 113)]
    assert all(r.keys() >= CONTRACT for r in rows)
    assert "audited 12 item(s):" in " ".join(result.stderr.split())
    # where they went is said (a newcomer looked for them)
    assert _flat(f"results written to {out}") in _flat(result.stderr)


def test_audit_csv_to_stdout(runner: CliRunner) -> None:
    result = runner.invoke(app, ["audit", "-w", str(EXAMPLE), str(EXAMPLE / "backlog.jsonl"),
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert list(rows[0].keys()) == CSV_COLUMNS
    assert [r["id"] for r in rows] == [f"ACME-{n}" for n in range(101, 113)]
    by_id = {r["id"]: r for r in rows}
    assert by_id["ACME-105"]["kr_id"] == "O3.KR1"
    assert by_id["ACME-109"]["reason"] == "conflict"
    # work against a non-goal moves no key result: a sum of effort per key result over the
    # sheet must not count it (a newcomer read a conflict's nearest KR as the one it moves)
    assert by_id["ACME-109"]["kr_id"] == by_id["ACME-109"]["objective_id"] == ""


def test_audit_csv_cells_never_run_as_spreadsheet_formulas() -> None:
    """An id or rationale starting =, +, -, @ is written with a leading apostrophe (OWASP's CSV
    injection advice): a spreadsheet shows it as text instead of running it (trial finding)."""
    from io import StringIO

    from checker.audit.output import write_csv
    from checker.models import CheckResult
    from checker.vocabulary import Verdict

    ids = ['=HYPERLINK("https://evil.example","x")', "+1+2", "-3", "@SUM(A1)", "ACME-1"]
    out = StringIO()
    write_csv([CheckResult(id=i, verdict=Verdict.ALIGNED, rationale=f"{i} rationale", flags=[],
                           strategy_version="v", engine="embedded") for i in ids], out)
    rows = list(csv.DictReader(out.getvalue().splitlines()))
    assert [r["id"] for r in rows] == [f"'{i}" for i in ids[:4]] + ["ACME-1"]
    assert rows[0]["rationale"].startswith("'=") and rows[4]["rationale"] == "ACME-1 rationale"


def test_audit_with_a_malformed_line_exits_1_and_writes_the_rest(
    runner: CliRunner, tmp_path: Path
) -> None:
    lines = (EXAMPLE / "backlog.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(2, '{"id": "BROKEN", "title": ')
    backlog = tmp_path / "backlog.jsonl"
    backlog.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["audit", "-w", str(EXAMPLE), str(backlog), "-o", str(out)])
    assert result.exit_code == 1
    written = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == [f"ACME-{n}" for n in range(101, 113)]
    assert _flat(f"{backlog}:3:") in _flat(result.stderr)
    # each skipped row is named once, by file and line (a newcomer saw it twice), and counted
    # as soon as the file is read (a run that stops early still says rows were lost)
    assert result.stderr.count("invalid JSON") == 1, result.stderr
    assert "skipped 1 unreadable row(s)" in " ".join(result.stderr.split())


def test_changed_workspace_is_indexed_first(runner: CliRunner, example_copy: Path) -> None:
    assert runner.invoke(app, ["index", str(example_copy)]).exit_code == 0
    quiet = runner.invoke(app, ["check", "-w", str(example_copy), PICKING])
    assert quiet.exit_code == 0
    assert "indexing it first" not in quiet.stderr
    doc = example_copy / "strategy" / "principles.md"
    doc.write_text(doc.read_text(encoding="utf-8").replace("ten minutes", "fifteen minutes"),
                   encoding="utf-8")
    result = runner.invoke(app, ["check", "-w", str(example_copy), PICKING])
    assert result.exit_code == 0, result.output
    assert "changed since it was indexed; indexing it first" in " ".join(result.stderr.split())
    assert "1 index entries added, 1 removed" in " ".join(result.stderr.split())


def test_eval_prints_scores_as_json(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "eval-results.jsonl"
    result = runner.invoke(app, ["eval", str(EXAMPLE), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    ours = scores["stratalign (embedded)"]
    assert ours["items"] == 12
    assert ours["missing_results"] == 0
    assert 0.0 <= ours["kr_top1"] <= 1.0
    assert ours["conflict_recall"] == 1.0
    assert ours["injections_fooled"] == "0/1"
    assert {"baseline: BM25", "baseline: cosine KR titles"} <= scores.keys()
    assert len(out.read_text(encoding="utf-8").splitlines()) == 12


def test_eval_without_labels_is_an_input_error(
    runner: CliRunner, make_workspace: Callable[..., Path]
) -> None:
    root = make_workspace()
    (root / "backlog.jsonl").write_text('{"id": "T-1", "title": "Team invites"}\n', "utf-8")
    result = runner.invoke(app, ["eval", str(root)])
    assert result.exit_code == 2
    assert "labels.jsonl" in _flat(result.stderr)


def test_console_script_in_a_real_process(tmp_path: Path) -> None:
    script = shutil.which("stratalign", path=str(Path(sys.executable).parent))
    assert script is not None, "the stratalign console script is not installed"
    env = {**os.environ, "STRATALIGN_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [script, "check", "-w", str(EXAMPLE), "--format", "json"],
        input="Marketplace portal where third-party sellers list their own products\n",
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data.keys() >= CONTRACT
    assert (data["verdict"], data["reason"]) == ("misaligned", "conflict")
    assert "not indexed yet; indexing it first" in " ".join(done.stderr.split())
    assert (tmp_path / "data" / "chroma").is_dir()


def test_engine_llm_without_an_llm_is_an_input_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--engine", "llm", PICKING])
    assert result.exit_code == 2
    assert "STRATALIGN_LLM_MODEL" in _flat(result.stderr)


def test_auto_without_an_llm_is_the_embedded_engine(runner: CliRunner) -> None:
    """A newcomer's `--engine auto` went to the embedded engine without a word (2026-12-01):
    asked for by name it says so; the default auto stays quiet."""
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--format", "json", PICKING])
    assert json.loads(result.stdout)["engine"] == "embedded"
    assert "noLLMisconfigured" not in _flat(result.stderr)
    named = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--engine", "auto", "--format",
                                "json", PICKING])
    assert json.loads(named.stdout)["engine"] == "embedded"
    assert _flat("--engine auto: no LLM is configured, so the embedded engine judges every "
                 "item") in _flat(named.stderr)


def test_a_dead_llm_endpoint_still_answers_and_says_so(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("STRATALIGN_LLM_MODEL", "some-model")
    monkeypatch.setenv("STRATALIGN_LLM_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens
    monkeypatch.setenv("STRATALIGN_LLM_MAX_RETRIES", "0")
    monkeypatch.setenv("STRATALIGN_ENGINE", "llm")  # every item, not only the unsure ones
    one = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--format", "json", PICKING])
    assert one.exit_code == 0, one.output
    data = json.loads(one.stdout)
    assert (data["engine"], data["verdict"]) == ("embedded", "aligned")
    assert "llm_unavailable" in data["flags"]
    out = tmp_path / "audit.jsonl"
    audit = runner.invoke(app, ["audit", "-w", str(EXAMPLE), str(EXAMPLE / "backlog.jsonl"),
                                "-o", str(out)])
    assert audit.exit_code == 0, audit.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 12 and all("llm_unavailable" in r["flags"] for r in rows)
    assert "circuit_open" in {r["details"]["llm_error"]["kind"] for r in rows}
    assert "12fellbacktotheembeddedengine" in _flat(audit.stderr)


def test_an_llm_audit_reports_tokens_per_item_and_the_repeated_prefix(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with loopback_llm(judged("aligned", ["O1.KR1"])) as llm:
        monkeypatch.setenv("STRATALIGN_LLM_MODEL", "judge")
        monkeypatch.setenv("STRATALIGN_LLM_BASE_URL", llm.base_url)
        monkeypatch.setenv("STRATALIGN_LLM_CACHE", "false")
        out = tmp_path / "audit.jsonl"
        audit = runner.invoke(app, ["audit", "-w", str(EXAMPLE), str(EXAMPLE / "backlog.jsonl"),
                                    "--engine", "llm", "-o", str(out)])
    assert audit.exit_code == 0, audit.output
    assert len(llm.requests) == 12
    stderr = " ".join(audit.stderr.split())
    assert "12 judged" in stderr
    assert "100 prompt tokens per item" in stderr  # what the fake endpoint reports per call
    share = int(stderr.split("% of them a repeated prefix")[0].rsplit("~", 1)[1])
    assert 50 <= share < 100  # the strategy part, sent 11 times after the first


def test_a_bad_setting_names_the_field(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRATALIGN_LLM_TIMEOUT", "soon")
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), PICKING])
    assert result.exit_code == 2
    assert "settingllm_timeout" in _flat(result.stderr)


def test_audit_report_as_markdown_on_stdout(runner: CliRunner) -> None:
    result = runner.invoke(app, ["audit", "-w", str(EXAMPLE), str(EXAMPLE / "backlog.jsonl"),
                                 "--format", "md"])
    assert result.exit_code == 0, result.output
    assert "written to" not in result.stderr  # it is on stdout, in plain sight
    assert result.stdout.startswith("# Strategy audit: Acme Retail (2027-H1)")
    assert "of effort is on aligned work" in result.stdout
    assert "**Conflicting work (" in result.stdout


def test_audit_writes_results_and_an_html_report_with_drift(
    runner: CliRunner, tmp_path: Path
) -> None:
    first = tmp_path / "first.jsonl"
    args = ["audit", "-w", str(EXAMPLE), str(EXAMPLE / "backlog.jsonl")]
    assert runner.invoke(app, [*args, "-o", str(first)]).exit_code == 0
    rows = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    rows[0]["verdict"], rows[0]["impacted"] = "misaligned", []  # pretend it changed since
    first.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = tmp_path / "report.html"
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "second.jsonl"),
                                 "--report", str(report), "--compare", str(first)])
    assert result.exit_code == 0, result.output
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "<svg" in html
    assert "<script" not in html and 'src="http' not in html and 'href="http' not in html
    assert "Since the previous audit" in html
    assert len((tmp_path / "second.jsonl").read_text(encoding="utf-8").splitlines()) == 12
    said = _flat(result.stderr)
    assert _flat(f"results written to {tmp_path / 'second.jsonl'}") in said
    assert _flat(f"report written to {report}") in said


def test_a_broken_compare_file_stops_before_checking(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "prev.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", "-w", str(EXAMPLE), str(EXAMPLE / "backlog.jsonl"),
                                 "--compare", str(bad), "--report", str(tmp_path / "r.md")])
    assert result.exit_code == 2
    assert "prev.jsonl:1" in _flat(result.stderr)
    assert not (tmp_path / "r.md").exists()


def test_audit_reads_a_jira_export(runner: CliRunner, tmp_path: Path) -> None:
    jira = Path(__file__).parent / "data" / "exports" / "jira.csv"
    out = tmp_path / "jira.jsonl"
    result = runner.invoke(app, ["audit", "-w", str(EXAMPLE), str(jira), "-o", str(out)])
    assert result.exit_code == 1  # one malformed row, reported and skipped
    assert "jira.csv:7:" in _flat(result.stderr)
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == [
        "RET-41", "RET-42", "RET-43"]


def _specs(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "docs" / "specs"
    folder.mkdir(parents=True)
    aligned = folder / "pick-lists.md"
    aligned.write_text(f"# {PICKING}\n\nSuccess metric: O1.KR1, time to ready for collection.\n",
                       encoding="utf-8")
    conflict = folder / "marketplace.md"
    conflict.write_text("# Marketplace portal\n\nLet third-party sellers list their own "
                        "products on our site.\n", encoding="utf-8")
    return [aligned, conflict]


def test_spec_gate_fails_on_misaligned_with_github_annotations(
    runner: CliRunner, tmp_path: Path
) -> None:
    aligned, conflict = _specs(tmp_path)
    # As a shell expands `-f docs/specs/*.md`: the first file after -f, the rest as arguments.
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "-f", str(aligned), str(conflict),
                                 "--format", "github", "--fail-on", "misaligned,no_metric"])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"::notice file={aligned},line=1,title=stratalign%3A aligned")
    assert lines[1].startswith(f"::warning file={conflict},line=1,title=stratalign%3A misaligned")
    assert "[fails on: misaligned, no_metric]" in lines[1]
    assert "1of2failed--fail-onmisaligned,no_metric" in _flat(result.stderr)


def test_spec_gate_passes_when_nothing_fails(runner: CliRunner, tmp_path: Path) -> None:
    aligned, _ = _specs(tmp_path)
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "-f", str(aligned),
                                 "--format", "json", "--fail-on", "misaligned,no_metric"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["verdict"] == "aligned"


def test_an_unknown_gate_condition_is_an_input_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--fail-on", "misalinged", PICKING])
    assert result.exit_code == 2
    assert "unknowncondition(s)misalinged" in _flat(result.stderr)


@pytest.mark.parametrize("source", ["text", "stdin", "file"])
def test_an_empty_proposal_is_refused_with_the_apis_message(
    runner: CliRunner, tmp_path: Path, source: str
) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("\n  \n", encoding="utf-8")
    args = {"text": ["  "], "stdin": [], "file": ["-f", str(empty)]}[source]
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), *args], input="\n")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    where = str(empty) if source == "file" else source
    assert _flat(f"{where}: empty proposal: {EMPTY_PROPOSAL}") in _flat(result.stderr)


@pytest.mark.parametrize(("name", "said"), [
    ("missing.jsonl", "no such backlog: check the path"),
    ("folder", "is a folder, not a backlog file: name the export file"),
    ("utf16.csv", "not valid utf-16 text (byte 6: truncated data); save it as UTF-8"),
])
def test_an_unreadable_backlog_is_named_with_what_to_do(
    runner: CliRunner, tmp_path: Path, name: str, said: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "utf16.csv").write_bytes(b"\xff\xfe\x00bad\xc3")  # a UTF-16 mark, then cut off
    result = runner.invoke(app, ["audit", "-w", str(EXAMPLE), str(tmp_path / name)])
    assert result.exit_code == 2, result.output
    assert _flat(f"error: {tmp_path / name}: {said}") in _flat(result.stderr)
    assert "Traceback" not in result.output


def test_a_file_that_is_not_utf8_is_named_with_what_to_do(
    runner: CliRunner, tmp_path: Path
) -> None:
    latin = tmp_path / "spec.md"
    latin.write_bytes("# Caf\xe9 pick lists for store staff\n".encode("cp1252"))
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "-f", str(latin)])
    assert result.exit_code == 2
    flat = _flat(result.stderr)
    assert _flat(f"{latin}: not UTF-8 text: byte 0xe9") in flat and "saveasUTF-8" in flat
    assert "saveasUTF-8" in flat
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [[], ["check"], ["audit"], ["eval"], ["index"], ["serve"],
                                     ["mcp"], ["keys", "create"], ["trackers", "connect"],
                                     ["workspaces", "remove"]])
def test_help_names_values_not_python_types(command: list[str]) -> None:
    shown = CliRunner().invoke(app, [*command, "--help"])
    assert shown.exit_code == 0
    assert "<" not in shown.stdout, shown.stdout  # <list[Path]>, <bool>, <str>, <path>
    if command in (["check"], ["audit"]):
        assert "-w, --workspace FOLDER" in shown.stdout


def test_top_level_help_cuts_no_command_short() -> None:
    # (a newcomer read "workspaces  The API's stored workspaces (what `serve` and the page...")
    shown = CliRunner().invoke(app, ["--help"], terminal_width=100).stdout
    commands = shown.split("Commands:", 1)[1]
    assert "..." not in commands, commands


def test_check_help_shows_the_metavars_a_person_types() -> None:
    shown = CliRunner().invoke(app, ["check", "--help"], prog_name="stratalign").stdout
    assert "Usage: stratalign check [OPTIONS] [TEXT]..." in " ".join(shown.split())
    assert "-f, --file FILE" in shown


def test_help_does_not_load_the_store_the_model_or_the_llm_client() -> None:
    """`stratalign --help` must answer at once: the heavy parts are imported by the commands."""
    code = ("import sys; from checker.cli.app import app; "
            "heavy = [m for m in ('chromadb', 'onnxruntime', 'openai', 'langchain_core', "
            "'checker.settings', 'checker.report.run') if m in sys.modules]; print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).parent.parent)
    assert done.stdout.strip() == "[]"


def test_a_warm_check_imports_neither_chroma_nor_the_llm_client(tmp_path: Path) -> None:
    """A check of an indexed workspace reads the snapshot file: chromadb (a second of imports)
    and the LLM client stay unloaded, and the answer is the one a check through Chroma gives."""
    env = {**os.environ, "STRATALIGN_DATA_DIR": str(tmp_path)}
    repo = Path(__file__).parent.parent
    run = ("import json, sys\nfrom checker.cli import main\ntry:\n    main()\nfinally:\n"
           "    heavy = [m for m in ('chromadb', 'openai', 'langchain_core', 'checker.llm.client',"
           " 'checker.report.run', 'httpx') if m in sys.modules]\n"
           "    print(json.dumps(heavy), file=sys.stderr)")
    cli = [sys.executable, "-c", run]
    subprocess.run([*cli, "index", str(EXAMPLE)], env=env, cwd=repo, check=True,
                   capture_output=True)
    warm = subprocess.run([*cli, "check", "--format", "json", "-w", str(EXAMPLE), PICKING],
                          env=env, cwd=repo, capture_output=True, text=True, check=True)
    assert warm.stderr.strip().splitlines()[-1] == "[]", warm.stderr
    (tmp_path / "snapshots").rename(tmp_path / "moved")  # the same check, through Chroma
    cold = subprocess.run([*cli, "check", "--format", "json", "-w", str(EXAMPLE), PICKING],
                          env=env, cwd=repo, capture_output=True, text=True, check=True)
    assert "chromadb" in cold.stderr.strip().splitlines()[-1]
    assert json.loads(warm.stdout) == json.loads(cold.stdout)


def test_a_cited_key_result_that_does_not_exist_is_unclear_and_fails_the_gate(
    runner: CliRunner,
) -> None:
    text = f"Moves O4.KR9. {PICKING}"
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--format", "json",
                                 "--fail-on", "unknown_kr", text])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["verdict"] == "unclear"
    assert "unknown_kr" in data["flags"]
    assert "It cites O4.KR9, which the current OKRs do not define; did you mean O1.KR1?" in (
        data["rationale"])
    assert data["details"]["unknown_kr"] == [{"cited": "O4.KR9", "did_you_mean": ["O1.KR1"]}]


def test_did_you_mean_stays_in_the_objective_the_text_cites(runner: CliRunner) -> None:
    """A slip in a KR's number (O2.KR3 where O2 has two) is read as that objective's key result
    the text matches best, not the workspace's best match overall (a newcomer was offered a
    key result of another objective)."""
    text = ("Cut the time to pick online orders for collection, and trade customers will "
            "come back (O2.KR3)")
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--format", "json", text])
    data = json.loads(result.stdout)
    assert data["impacted"][0]["objective_id"] != "O2"
    assert data["details"]["unknown_kr"] == [{"cited": "O2.KR3", "did_you_mean": ["O2.KR2"]}]


def test_an_orphan_lists_no_key_results_and_cites_no_strategy(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), "--format", "json",
                                 "Rename the internal wiki's sidebar sections"])
    data = json.loads(result.stdout)
    assert (data["verdict"], data["reason"]) == ("misaligned", "orphan")
    assert data["impacted"] == [] and data["evidence"] == []


def test_text_output_reads_each_key_result_as_a_person_would(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-w", str(EXAMPLE), PICKING])
    out = " ".join(result.stdout.split())
    assert "O1.KR1 high Cut median time from online order to ready for collection" in out
    assert "O1: Make click-and-collect the fastest way to get supplies for the job" in out
    assert "Strategy it rests on" in out


CASE_18 = (Path(__file__).parent / "data" / "cases"
           / "18-cli-text-output-reads-strategy-as-rich-markup")


@pytest.mark.parametrize("workspace", ["workspace-crash", "workspace-silent"])
def test_strategy_text_is_printed_as_written_not_as_markup(
    runner: CliRunner, workspace: str
) -> None:
    """Case 18: bracketed words in strategy passages are text, never Rich style tags."""
    proposal = "Fall back to the secondary provider when the primary answers 429"
    result = runner.invoke(app, ["check", "-w", str(CASE_18 / workspace), proposal])
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    if workspace == "workspace-crash":
        assert "[/runbooks/fallback]" in out
    else:
        assert "a second provider [beta]" in out


def test_serve_on_a_port_in_use_says_so_before_any_work(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newcomer ran `stratalign serve` beside `make run`: the second server indexed the example,
    then died on uvicorn's "[Errno 98] ... address already in use" with exit 3. Now it says which
    address is taken and what to do, with exit 2, before it creates or indexes anything."""
    import socket

    monkeypatch.setenv("STRATALIGN_DATA_DIR", str(tmp_path))
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = runner.invoke(app, ["serve", "--unauthenticated", "-w", str(EXAMPLE),
                                     "--port", str(port)])
    assert result.exit_code == 2, result.output
    said = " ".join(result.output.split())
    assert f"cannot listen on 127.0.0.1:{port}" in said
    assert "--port" in said and "Traceback" not in said
    assert not any(tmp_path.iterdir())  # nothing stored, nothing indexed
