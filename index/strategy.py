"""Read the Markdown strategy documents of a workspace."""

from __future__ import annotations

from pathlib import Path

from index.errors import InputError, WorkspaceError
from index.models import StrategyDocument

STRATEGY_DIR = "strategy"
MARKDOWN_SUFFIXES = (".md", ".markdown")


def load_strategy(workspace: Path) -> list[StrategyDocument]:
    """Every Markdown file under WORKSPACE/strategy, sorted by name."""
    folder = workspace / STRATEGY_DIR
    if not folder.is_dir():
        raise WorkspaceError(
            "no strategy folder; expected strategy/*.md with vision, priorities and non-goals",
            file=folder,
        )
    paths = sorted(p for p in folder.rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES)
    if not paths:
        raise WorkspaceError(
            "the strategy folder holds no Markdown files; expected strategy/*.md", file=folder
        )
    return [_read(path, folder) for path in paths]


def _read(path: Path, folder: Path) -> StrategyDocument:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text: {exc.reason}", file=path) from None
    return StrategyDocument(name=path.relative_to(folder).as_posix(), text=text)
