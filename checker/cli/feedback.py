"""`stratalign feedback add|import|list|remove`: the team's corrections of a local workspace,
kept in the one correction store under the data dir (checker/learning/store.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError

from checker.cli.printable import printable
from checker.cli.support import errors_to_exit
from index.errors import InputError

if TYPE_CHECKING:  # the commands import the core when they run: `stratalign --help` stays fast
    from collections.abc import Callable

    from checker.learning.corrections import Correction
    from checker.learning.store import CorrectionStore
    from checker.models import CheckResult
    from index.workspace import Workspace

feedback_app = typer.Typer(
    no_args_is_help=True,
    help="The team's corrections: they make the next verdicts better (add, import, list, remove).",
)
WorkspaceOpt = Annotated[
    Path, typer.Option("--workspace", "-w", help="Folder with strategy/*.md and okrs.yaml.")
]


def _store(workspace: Path, checked: list[Correction] | None = None) -> CorrectionStore:
    """The workspace's store; the key results of `checked` must be the workspace's own."""
    from checker.learning.corrections import refuse_unknown_key_results
    from checker.learning.store import CorrectionStore
    from checker.settings import Settings
    from index.workspace import load_workspace

    ws = load_workspace(workspace)
    for correction in checked or []:
        refuse_unknown_key_results(correction.krs, ws.okrs, field=f"{correction.item_id}: krs")
    return CorrectionStore.of(Settings().data_dir, ws.collection_name)


@feedback_app.command("add")
def add(
    workspace: WorkspaceOpt,
    item_id: Annotated[str, typer.Option("--id", help="The item's id.")],
    verdict: Annotated[str, typer.Option(help="aligned or misaligned.")],
    title: Annotated[str, typer.Option(help="The item's title.")] = "",
    body: Annotated[str, typer.Option(help="The item's body.")] = "",
    kind: Annotated[str | None, typer.Option(help="orphan or conflict (misaligned).")] = None,
    kr: Annotated[list[str] | None, typer.Option("--kr", help="A key result it moves.")] = None,
    comment: Annotated[str, typer.Option(help="Why, in a line.")] = "",
    author: Annotated[str, typer.Option(help="Who answered.")] = "",
) -> None:
    """Store one correction (an item answered again replaces its earlier answer)."""
    from checker.learning.corrections import Correction, require_complete_answer

    with errors_to_exit():
        require_complete_answer(verdict, kind, kr or [])
        try:
            correction = Correction.model_validate(
                {"item_id": item_id, "title": title, "body": body, "verdict": verdict,
                 "kind": kind, "krs": kr or [], "comment": comment, "author": author}
            )
        except ValidationError as exc:
            problem = exc.errors()[0]
            field = ".".join(str(p) for p in problem["loc"]) or None
            raise InputError(problem["msg"], field=field) from None
        _store(workspace, [correction]).add([correction])
    typer.echo(f"stored: {item_id} -> {correction.answer}")


@feedback_app.command("import")
def import_file(
    workspace: WorkspaceOpt,
    file: Annotated[Path, typer.Argument(help="JSONL or CSV rows: id, verdict, kind, krs, ...")],
    items: Annotated[
        Path | None, typer.Option("--items", help="Backlog giving the text of rows without it.")
    ] = None,
) -> None:
    """Store every row of a file; nothing is stored when a row is bad (its line is named)."""
    from checker.backlog.reading import read_backlog
    from checker.learning.importing import read_corrections

    with errors_to_exit():
        backlog = {p.id: p for p in read_backlog(items).items} if items else None
        corrections = read_corrections(file, backlog)
        _store(workspace, corrections).add(corrections)
    typer.echo(f"stored {len(corrections)} correction(s)")


@feedback_app.command("list")
def list_(
    workspace: WorkspaceOpt,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object a line.")] = False,
) -> None:
    """The stored corrections, oldest first."""
    with errors_to_exit():
        corrections = _store(workspace).list()
    if not corrections:
        # On stderr, so a script reading the list reads nothing.
        typer.echo(f"no corrections stored for {workspace} (a workspace served by the API "
                   "keeps its own: GET /v1/workspaces/NAME/corrections lists them)", err=True)
    for c in corrections:
        if as_json:
            typer.echo(json.dumps(c.model_dump(mode="json")))
        else:
            typer.echo(printable(f"{c.item_id}\t{c.answer}\t{c.source}\t{c.title[:60]}"))


@feedback_app.command("remove")
def remove(workspace: WorkspaceOpt, item_id: Annotated[str, typer.Argument()]) -> None:
    """Forget an item's correction."""
    with errors_to_exit():
        removed = _store(workspace).remove(item_id)
        if not removed:
            raise InputError(f"no correction stored for '{item_id}'", field="id")
    typer.echo(f"removed: {item_id}")


def stored_corrections(ws: Workspace) -> list[Correction]:
    """The workspace's stored corrections, oldest first (for the drift of a re-audit)."""
    from checker.learning.store import CorrectionStore
    from checker.settings import Settings

    return CorrectionStore.of(Settings().data_dir, ws.collection_name).list()


def say_learned(
    previous: list[CheckResult],
    results: list[CheckResult],
    corrections: list[Correction] | None,
    notify: Callable[[str], None],
) -> None:
    """On a re-audit, what the team's corrections changed since the compared audit."""
    from checker.report.drift import learned_drift

    learned = learned_drift(previous, results, corrections)
    if learned is None:
        return
    notify(learned.headline())
    for change in learned.changed:
        notify(f"  {change.id}: {change.before} -> {change.after}")
