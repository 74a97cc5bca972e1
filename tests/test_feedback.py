"""Corrections from the CLI: one store per workspace under the data dir, surviving restarts,
read when the workspace's checker is built; bad rows are refused with their line."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.learning.corrections import Correction
from checker.learning.store import CorrectionStore
from checker.vocabulary import Verdict
from index.embedding import OnnxEmbedder

RUNNER = CliRunner()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("STRATALIGN_DATA_DIR", str(data))
    return data


def _run(*args: str) -> tuple[int, str]:
    result = RUNNER.invoke(app, list(args))
    return result.exit_code, result.stdout if result.exit_code == 0 else result.output


def _listed(workspace: Path) -> list[dict[str, object]]:
    code, out = _run("feedback", "list", "-w", str(workspace), "--json")
    assert code == 0, out
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_a_correction_added_on_the_cli_is_stored_used_and_removed(
    example_copy: Path, data_dir: Path
) -> None:
    text = "Text customers when their click-and-collect order is packed"
    code, out = _run("check", "-w", str(example_copy), "--engine", "embedded", "--format", "json",
                     text)
    assert code == 0, out
    before = json.loads(out)
    assert "learned" not in before["details"]
    other = before["impacted"][1]["kr_id"]
    for n, title in enumerate(["SMS the customer when a collection order is packed",
                               "Text shoppers that their pick-up order is ready",
                               "Send a text message when a click-and-collect order is packed"]):
        code, out = _run("feedback", "add", "-w", str(example_copy), "--id", f"T-{n}",
                         "--title", title, "--verdict", "aligned", "--kr", other)
        assert code == 0, out
    assert [row["item_id"] for row in _listed(example_copy)] == ["T-0", "T-1", "T-2"]
    code, out = _run("check", "-w", str(example_copy), "--engine", "embedded", "--format", "json",
                     text)
    after = json.loads(out)
    assert after["impacted"][0]["kr_id"] == other
    assert "earlier items the team confirmed: T-" in after["rationale"]
    for n in range(3):
        assert _run("feedback", "remove", "-w", str(example_copy), f"T-{n}")[0] == 0
    assert _listed(example_copy) == []
    code, out = _run("feedback", "remove", "-w", str(example_copy), "T-0")
    assert code == 2 and "no correction stored for 'T-0'" in out


def test_import_joins_rows_without_text_to_the_backlog_by_id(
    example_copy: Path, data_dir: Path, tmp_path: Path
) -> None:
    rows = tmp_path / "answers.jsonl"
    rows.write_text(
        '{"id": "ACME-101", "verdict": "aligned", "kind": null, "krs": ["O1.KR1"]}\n'
        '{"id": "X-1", "title": "Repaint the staff room", "verdict": "misaligned", '
        '"kind": "orphan", "krs": []}\n', encoding="utf-8")
    code, out = _run("feedback", "import", "-w", str(example_copy), str(rows),
                     "--items", str(example_copy / "backlog.jsonl"))
    assert code == 0, out
    stored = _listed(example_copy)
    assert [(r["item_id"], r["verdict"], r["krs"]) for r in stored] == [
        ("ACME-101", "aligned", ["O1.KR1"]), ("X-1", "misaligned", [])]
    assert str(stored[0]["title"]).startswith("Pick-list app for store staff")


def test_import_reads_csv_with_key_results_separated_by_semicolons(
    example_copy: Path, data_dir: Path, tmp_path: Path
) -> None:
    rows = tmp_path / "answers.csv"
    rows.write_text("id,title,verdict,kind,krs\nC-1,Faster pick lists,aligned,,O1.KR1;O1.KR2\n",
                    encoding="utf-8")
    assert _run("feedback", "import", "-w", str(example_copy), str(rows))[0] == 0
    assert _listed(example_copy)[0]["krs"] == ["O1.KR1", "O1.KR2"]


@pytest.mark.parametrize(("line2", "field"), [
    ('{"id": "B-2", "title": "t", "verdict": "maybe"}', "verdict"),
    ('{"id": "B-2", "verdict": "aligned"}', "title"),
    ('{"title": "t", "verdict": "aligned"}', "id"),
])
def test_a_bad_row_is_refused_with_its_line_and_nothing_is_stored(
    example_copy: Path, data_dir: Path, tmp_path: Path, line2: str, field: str
) -> None:
    rows = tmp_path / "answers.jsonl"
    rows.write_text('{"id": "B-1", "title": "fine", "verdict": "aligned"}\n' + line2 + "\n",
                    encoding="utf-8")
    code, out = _run("feedback", "import", "-w", str(example_copy), str(rows))
    assert code == 2
    assert "answers.jsonl:2" in out and f"'{field}'" in out
    assert _listed(example_copy) == []


def test_a_key_result_the_workspace_does_not_have_is_refused_and_nothing_is_stored(
    example_copy: Path, data_dir: Path, tmp_path: Path
) -> None:
    code, out = _run("feedback", "add", "-w", str(example_copy), "--id", "X-1",
                     "--title", "Self-serve sign-up", "--verdict", "aligned", "--kr", "O9.KR99")
    assert code == 2 and "unknown key result 'O9.KR99'" in out and "O2.KR1" in out
    rows = tmp_path / "answers.jsonl"
    rows.write_text('{"id": "X-2", "title": "t", "verdict": "aligned", "krs": ["O1.KR1"]}\n'
                    '{"id": "X-3", "title": "t", "verdict": "aligned", "krs": ["O1.KR7"]}\n',
                    encoding="utf-8")
    code, out = _run("feedback", "import", "-w", str(example_copy), str(rows))
    assert code == 2 and "X-3: krs" in out
    assert _listed(example_copy) == []


class _Counting:
    """The real model, counting what it embeds."""

    def __init__(self, embedder: OnnxEmbedder) -> None:
        self.embedder, self.embedded = embedder, 0

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        self.embedded += len(texts)
        return self.embedder.embed_queries(texts)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return self.embedder.embed_documents(texts)


def test_the_store_survives_a_restart_and_embeds_each_correction_once(
    tmp_path: Path, embedder: OnnxEmbedder
) -> None:
    first = CorrectionStore.of(tmp_path, "ws-a")
    first.add([Correction(item_id=f"I-{n}", title=f"work item {n}", verdict=Verdict.ALIGNED,
                          krs=["O1.KR1"]) for n in range(3)])
    counting = _Counting(embedder)
    learned = CorrectionStore.of(tmp_path, "ws-a").learned(counting, "m")  # type: ignore[arg-type]
    assert counting.embedded == 3 and learned.vectors is not None
    again = CorrectionStore.of(tmp_path, "ws-a").learned(counting, "m")  # type: ignore[arg-type]
    assert counting.embedded == 3
    assert again.vectors is not None and np.allclose(again.vectors, learned.vectors)
    assert [c.item_id for c in again.corrections] == ["I-0", "I-1", "I-2"]
    first.drop()
    assert CorrectionStore.of(tmp_path, "ws-a").list() == []


def test_eval_with_feedback_prints_the_same_figures_and_the_fraction(
    example_copy: Path, data_dir: Path
) -> None:
    code, out = _run("eval", str(example_copy), "--engine", "embedded", "--format", "json",
                     "--feedback", "0.5")
    assert code == 0, out
    rows = json.loads(out)
    ours = rows["stratalign (embedded, feedback 0.5)"]
    assert ours["items"] == 12 and ours["missing_results"] == 0
    assert {"baseline: BM25", "baseline: cosine KR titles"} <= rows.keys()
    code, out = _run("eval", str(example_copy), "--feedback", "1.5")
    assert code == 2


def test_an_incomplete_correction_is_refused_on_the_cli_as_on_the_api(
    example_copy: Path, data_dir: Path
) -> None:
    """The same rule everywhere: a misaligned answer names its kind, an aligned one a key
    result (the API refused them, the CLI and MCP stored them as an orphan and as nothing)."""
    ws = str(example_copy)
    kindless = _run("feedback", "add", "-w", ws, "--id", "T-1", "--title", "Snow theme",
                    "--verdict", "misaligned")
    krless = _run("feedback", "add", "-w", ws, "--id", "T-2", "--title", "Snow theme",
                  "--verdict", "aligned")
    assert kindless[0] == 2 and "names its kind" in kindless[1]
    assert krless[0] == 2 and "names the key result" in krless[1]
    assert _listed(example_copy) == []
