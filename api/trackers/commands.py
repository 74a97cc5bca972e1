"""`/strategy` commands in replies: a person tells stratalign the team's answer about an item.

    /strategy O2.KR1      aligned with that key result
    /strategy orphan      serves no key result
    /strategy conflict    goes against the strategy (a non-goal)
    /strategy upkeep      maintenance that serves no key result, and need not
    /strategy ok          the verdict as it stands is right

Anything after the word, on its line and below, is the person's comment. A command counts only
at the start of a line of the person's own text: text in code (fenced, indented or inline), in
quotes (a reply quoting an earlier command) and in HTML comments never triggers one, nor does
`/strategy` in the middle of a sentence. Words and key result ids are read case-insensitively.
The comment's text is first reduced to such lines by its format: Markdown (GitHub, GitLab,
Linear; parsed by markdown-it-py, CommonMark), ADF or wiki markup (Jira).
"""

from __future__ import annotations

import difflib
import re
from enum import StrEnum
from typing import Any

from markdown_it import MarkdownIt
from pydantic import BaseModel

from api.trackers.adf import adf_text
from checker.vocabulary import Reason, Verdict

COMMAND = "/strategy"
_LINE = re.compile(r"^/strategy(?:\s+(\S+))?[ \t]*(.*)$", re.IGNORECASE)
MAX_COMMENT_CHARS = 2_000  # a note beside an answer, not an essay; the rest is cut


class Word(StrEnum):
    """The answers a command may give besides a key result id."""

    ORPHAN = "orphan"
    CONFLICT = "conflict"
    UPKEEP = "upkeep"
    OK = "ok"


class Command(BaseModel):
    """A command as written: its answer word (a Word value or what may be a key result id)
    and the comment after it ('' when none)."""

    word: str
    comment: str = ""


class TeamAnswer(BaseModel):
    """The team's answer as the edited comment shows it and the correction stores it."""

    word: str  # a Word value, or "kr" when a key result was named
    kr_id: str | None = None  # the key result named, as the strategy spells it
    kr_title: str | None = None
    verdict: Verdict
    reason: Reason | None = None
    comment: str = ""
    author: str = ""
    at: float = 0.0  # epoch seconds


class UnknownAnswer(BaseModel):
    """A command whose word is no answer: neither a Word nor a key result of the strategy."""

    word: str
    closest: list[str]  # up to three real key result ids, closest spelling first


def parse_command(plain: str) -> Command | None:
    """The first command among the lines of `plain` (text already without code and quotes);
    None when no line starts with /strategy followed by a word."""
    lines = plain.splitlines()
    for index, line in enumerate(lines):
        match = _LINE.match(line.strip())
        if match is None or not match.group(1):
            continue
        rest = "\n".join([match.group(2), *lines[index + 1 :]]).strip()
        return Command(word=match.group(1), comment=rest[:MAX_COMMENT_CHARS])
    return None


def resolve(command: Command, kr_ids: list[str]) -> str | UnknownAnswer:
    """The Word value, or the key result id as the strategy spells it, or UnknownAnswer."""
    word = command.word.strip(".,;:!").lower()
    if word in {w.value for w in Word}:
        return word
    by_upper = {kr.upper(): kr for kr in kr_ids}
    if word.upper() in by_upper:
        return by_upper[word.upper()]
    closest = difflib.get_close_matches(word.upper(), list(by_upper), n=3, cutoff=0.0)
    return UnknownAnswer(word=command.word, closest=[by_upper[c] for c in closest])


# --- the person's own lines, by the comment's format ---------------------------------------

_MARKDOWN = MarkdownIt("commonmark")


def plain_of_markdown(text: str) -> str:
    """The lines of paragraphs and headings outside quotes, without code spans or HTML."""
    lines: list[str] = []
    quoted = 0
    for token in _MARKDOWN.parse(text):
        if token.type == "blockquote_open":
            quoted += 1
        elif token.type == "blockquote_close":
            quoted -= 1
        elif token.type == "inline" and not quoted:
            lines.extend(_inline_lines(token.children or []))
    return "\n".join(lines)


def _inline_lines(children: list[Any]) -> list[str]:
    lines, current = [], ""
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            lines.append(current)
            current = ""
        elif child.type == "text":
            current += child.content
        elif child.type in ("code_inline", "html_inline"):
            current += " \u2060"  # never the start of a command, never part of a word
    return [*lines, current]


_ADF_SKIPPED = {"codeBlock", "blockquote"}


def plain_of_adf(document: Any) -> str:
    """The text of an ADF comment without code blocks, quotes and code-marked text."""
    return adf_text(_pruned(document))


def _pruned(node: Any) -> Any:
    if isinstance(node, list):
        return [_pruned(n) for n in node if not _skipped(n)]
    if not isinstance(node, dict):
        return node
    return {k: _pruned(v) if k == "content" else v for k, v in node.items()}


def _skipped(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    marks = node.get("marks") or []
    coded = any(isinstance(m, dict) and m.get("type") == "code" for m in marks)
    return node.get("type") in _ADF_SKIPPED or coded


# Jira wiki markup (older webhook and REST v2 bodies): {code}, {noformat}, {quote} blocks,
# `bq.` quoted lines and {{monospace}} spans carry no commands.
_WIKI_BLOCK = re.compile(r"\{(code|noformat|quote)(?::[^}]*)?\}.*?\{\1\}", re.S | re.I)
_WIKI_QUOTE_LINE = re.compile(r"^\s*bq\.\s.*$", re.M)
_WIKI_MONO = re.compile(r"\{\{.*?\}\}", re.S)


def plain_of_wiki(text: str) -> str:
    """Jira wiki markup without code, noformat and quoted text."""
    text = _WIKI_BLOCK.sub("\n", text)
    text = _WIKI_QUOTE_LINE.sub("", text)
    return _WIKI_MONO.sub(" \u2060", text)


def plain_of_jira(body: Any) -> str:
    """A Jira comment body: ADF (REST v3, webhooks of new sites) or a wiki-markup string."""
    return plain_of_wiki(body) if isinstance(body, str) else plain_of_adf(body)
