"""Read the Markdown strategy documents of a workspace, and say which files were left out."""

from __future__ import annotations

from pathlib import Path

from index import limits
from index.errors import InputError, WorkspaceError
from index.files import read_text
from index.models import SkippedFile, StrategyDocument

STRATEGY_DIR = "strategy"
MARKDOWN_SUFFIXES = (".md", ".markdown")


def load_strategy(workspace: Path) -> list[StrategyDocument]:
    """Every Markdown file under WORKSPACE/strategy, sorted by name."""
    return read_strategy_folder(workspace)[0]


def read_strategy_folder(workspace: Path) -> tuple[list[StrategyDocument], list[SkippedFile]]:
    """The Markdown documents under WORKSPACE/strategy and the other files skipped, with why.

    Raises WorkspaceError when there is no folder or no Markdown in it, InputError when a file is
    not UTF-8 / UTF-16 text or is over a limit of index/limits.py.
    """
    folder = workspace / STRATEGY_DIR
    if not folder.is_dir():
        raise WorkspaceError(
            "no strategy folder; expected strategy/*.md with vision, priorities and non-goals",
            file=folder,
        )
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    skipped = [_skip(p, folder) for p in files if not _is_markdown(p, folder)]
    paths = [p for p in files if _is_markdown(p, folder)]
    if not paths:
        raise WorkspaceError(
            "the strategy folder holds no Markdown files; expected strategy/*.md", file=folder
        )
    if len(paths) > limits.MAX_STRATEGY_FILES:
        raise InputError(
            f"over a reading limit: {len(paths)} Markdown files, at most "
            f"{limits.MAX_STRATEGY_FILES}",
            file=folder,
        )
    return [_read(path, folder) for path in paths], [s for s in skipped if s is not None]


def _is_markdown(path: Path, folder: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
    return not hidden and path.suffix.lower() in MARKDOWN_SUFFIXES


def _skip(path: Path, folder: Path) -> SkippedFile | None:
    name = path.relative_to(folder).as_posix()
    if any(part.startswith(".") for part in path.relative_to(folder).parts):
        return None  # editor and VCS files (.DS_Store, .git) are nobody's strategy
    return SkippedFile(
        file=name, reason=f"not Markdown; only {' / '.join(MARKDOWN_SUFFIXES)} files are read"
    )


def _read(path: Path, folder: Path) -> StrategyDocument:
    text = read_text(path, "strategy document", limits.MAX_MARKDOWN_BYTES)
    return StrategyDocument(name=path.relative_to(folder).as_posix(), text=text)
