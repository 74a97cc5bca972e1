"""What the `stratalign` commands share: the workspace and engine options, settings and services
built on demand, the engine for a workspace, notices on stderr, writing a file.

Imports of the core happen inside the functions: `stratalign --help` must not pay for them.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from checker.cli.printable import printable
from checker.cli.support import err
from index.errors import StratalignError

if TYPE_CHECKING:
    from checker.embedded.engine import EmbeddedChecker
    from checker.llm.engine import LLMChecker
    from checker.models import Checker
    from checker.service import Services
    from checker.settings import Settings
    from index.workspace import Workspace

WorkspaceOpt = Annotated[
    Path,
    typer.Option("--workspace", "-w", metavar="FOLDER",
                 help="Folder with strategy/*.md and okrs.yaml."),
]


class EngineChoice(StrEnum):
    embedded = "embedded"
    llm = "llm"
    auto = "auto"


EngineOpt = Annotated[
    EngineChoice | None,
    typer.Option(
        "--engine",
        metavar="[embedded|llm|auto]",
        help="embedded (no LLM), llm (the LLM judges every item), or auto: the embedded "
        "engine judges every item, and a configured LLM only those it is unsure of. "
        "Default: STRATALIGN_ENGINE, else auto.",
    ),
]


def make_services(settings: Settings) -> Services:
    from checker.service import Services

    return Services.from_settings(settings)


def load_settings() -> Settings:
    from checker.settings import Settings

    return Settings()


def notify(message: str) -> None:
    err.print(printable(message), style="dim", markup=False, highlight=False)


def checker_for(
    workspace: Path, engine: EngineChoice | None, services: Services | None = None
) -> tuple[Workspace, EmbeddedChecker | LLMChecker]:
    """(workspace, the engine that checks it), indexing the workspace first when needed."""
    from checker.engines import build_engine
    from checker.service import ensure_indexed

    settings = load_settings()
    services = services or make_services(settings)
    ws = ensure_indexed(workspace, services, notify)
    if engine is not None and engine.value == "auto" and not settings.llm_configured:
        # (asked for by name: a default auto stays quiet, it is what an offline user expects)
        notify("--engine auto: no LLM is configured, so the embedded engine judges every item; "
               "set STRATALIGN_LLM_MODEL and STRATALIGN_LLM_BASE_URL to have an LLM judge the "
               "items it is unsure of")
    return ws, build_engine(ws, services, settings, engine_value(engine))


def llm_stats(checker: Checker) -> None:
    """One line on what the LLM judge did, when one judged."""
    stats = getattr(checker, "stats", None)
    if stats is not None:
        notify(stats.summary_line())


def write_text(text: str, path: Path | None) -> None:
    if path is None:
        typer.echo(printable(text), nl=False)  # a report on the terminal: text as data
        return
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StratalignError(f"{path}: cannot write: {exc}") from None


def engine_value(choice: EngineChoice | None) -> Literal["embedded", "llm", "auto"] | None:
    return None if choice is None else choice.value
