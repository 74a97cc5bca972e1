"""Read a Markdown document into blocks that keep their structure, with a CommonMark parser.

markdown-it-py (CommonMark, plus GFM tables) does the parsing; mdit-py-plugins reads YAML front
matter (`---` ... `---`) and TOML front matter (`+++` ... `+++`) as document metadata. A block is a
paragraph, a list item with the lists nested in it (unless the item is a label such as "Goals:",
whose nested items are blocks of their own), or a table cell / row, with:
- `headings`: the heading path (`#` and underlined headings alike),
- `labels`: the labels that govern it, outermost first: a label line ("Goals:", "**Out of scope**")
  until the next heading or label, the label of the list item it is nested in, a bold or plain lead
  ("**Non-goals:** ..."), the column header of its table cell.
Code blocks, HTML blocks and comments, inline HTML, images and a table-of-contents section are left
out; what a block says is judged in index/chunking.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from index import limits
from index.encoding import check_size
from index.errors import InputError
from index.labels import is_kind_label, is_label_text, label_kind, metadata_from
from index.markdown_inline import Inline, render_inline
from index.markdown_tables import read_table

_TOC_HEADING = re.compile(r"^\s*(table of contents|contents|toc|on this page)\s*$", re.I)
_ENUMERATOR = re.compile(r"^\s*\d+[.)]\s+")  # "### 1. Be the fastest": the number is no name
_LEAD = re.compile(r"^(?P<lead>[^:\n]{1,60}?)\s*:\s+(?P<rest>\S.*)$", re.S)


@dataclass(frozen=True)
class Block:
    """One readable piece of a document, where it sits and what governs it."""

    text: str
    line: int
    headings: tuple[str, ...]
    labels: tuple[str, ...] = ()
    links_only: bool = False
    titled: bool = False
    """The heading path starts at the document's `#` title."""


@dataclass
class ParsedDocument:
    """Blocks in reading order plus the front matter (title, status, owner, date ...)."""

    blocks: list[Block]
    metadata: dict[str, str] = field(default_factory=dict)


def parse_markdown(text: str, file: Path | str) -> ParsedDocument:
    """Blocks and metadata of one Markdown text; InputError naming the file past a limit."""
    text, toml_metadata = _toml_front_matter(text, file)
    tokens = markdown_tokens(text, file)
    walker = _Walker(file)
    walker.walk(tokens)
    return ParsedDocument(blocks=walker.blocks, metadata=toml_metadata or walker.metadata)


_TOML_FENCE = re.compile(r"\A\+\+\+[ \t]*\r?\n(?P<body>.*?)^\+\+\+[ \t]*$", re.S | re.M)


def _toml_front_matter(text: str, file: Path | str) -> tuple[str, dict[str, str]]:
    """TOML front matter (Hugo's `+++`), which the YAML plugin does not know, read and blanked.

    Its lines become empty lines so that every line number below it stays true.
    """
    match = _TOML_FENCE.match(text)
    if not match:
        return text, {}
    metadata = metadata_from(match.group("body"), "+++", file)
    blank = "\n" * match.group(0).count("\n")
    return blank + text[match.end() :], metadata


def markdown_tokens(text: str, file: Path | str) -> list[Token]:
    """The CommonMark token stream of a text, refused past the Markdown budgets."""
    check_size(text, limits.MAX_MARKDOWN_BYTES, file)
    lines = text.count("\n") + 1
    if lines > limits.MAX_MARKDOWN_LINES:
        raise InputError(
            f"over a reading limit: {lines:,} lines, at most {limits.MAX_MARKDOWN_LINES:,}",
            file=file,
        )
    tokens = _parser().parse(text)
    if max((t.level for t in tokens), default=0) >= limits.MAX_MARKDOWN_DEPTH - 1:
        raise InputError(
            f"over a reading limit: lists or quotes nested deeper than "
            f"{limits.MAX_MARKDOWN_DEPTH // 2} levels",
            file=file,
        )
    return tokens


def _parser() -> MarkdownIt:
    return (
        MarkdownIt("commonmark", {"maxNesting": limits.MAX_MARKDOWN_DEPTH})
        .enable("table")
        .use(front_matter_plugin)
    )


def _label_led_chunks(text: str) -> list[tuple[int, str]]:
    """A paragraph cut where a line after its first starts with a non-goal label ("Goals: ...\n
    Non-goals: ..."), each part with its line offset; one part when no such line."""
    chunks: list[tuple[int, list[str]]] = []
    for offset, line in enumerate(text.split("\n")):
        lead = _LEAD.match(line.strip(" *_"))
        # (cut only where a non-goal label leads a line: "Focus: ..." in prose is no label)
        if chunks and not (lead and label_kind(lead.group("lead").strip(" *_")) == "non_goal"):
            chunks[-1][1].append(line)
        else:
            chunks.append((offset, [line]))
    return [(offset, "\n".join(lines)) for offset, lines in chunks]


_HTML_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1\s*>\s*$", re.I | re.S)
_HTML_SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary\s*>", re.I | re.S)
_HTML_DETAILS_END = re.compile(r"</details\s*>", re.I)
# (a tag ends at the next "<" too: "a < b < c" in a block is scanned once, not from every "<")
_TAG = re.compile(r"<[^<>]*>")
# What a reader never sees: comments, scripts, styles (and a comment left open to the end).
_HTML_HIDDEN = re.compile(
    r"<!--.*?(?:-->|$)|<(script|style)\b[^<>]*>.*?(?:</\1\s*>|$)", re.I | re.S
)


def _strip_tags(html: str) -> str:
    return " ".join(_TAG.sub(" ", html).split())


class _Walker:
    """Walks the token stream keeping the heading path and the labels in force."""

    def __init__(self, file: Path | str) -> None:
        self.file = file
        self.blocks: list[Block] = []
        self.metadata: dict[str, str] = {}
        self.headings: list[tuple[int, str]] = []
        self.section_label: str | None = None
        self.item_labels: list[str | None] = []
        # Per open list item, the block its own text became (None for a label item): a nested
        # list elaborates the item it hangs from, so its text joins that block.
        self.item_blocks: list[int | None] = []
        self.toc_level: int | None = None

    def walk(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            i = self._step(tokens, i)

    def _step(self, tokens: list[Token], i: int) -> int:
        token = tokens[i]
        if token.type == "front_matter":
            self.metadata = metadata_from(token.content, token.markup, self.file)
        elif token.type == "heading_open":
            text = _ENUMERATOR.sub("", render_inline(tokens[i + 1]).text)
            self._heading(int(token.tag[1]), text)
            return i + 3
        elif token.type == "list_item_open":
            self.item_labels.append(None)
            self.item_blocks.append(None)
        elif token.type == "list_item_close":
            self.item_labels.pop()
            self.item_blocks.pop()
        elif token.type == "paragraph_open" and self.toc_level is None:
            first_in_item = i > 0 and tokens[i - 1].type == "list_item_open"
            self._paragraph(tokens[i + 1], _line(token), first_in_item)
            return i + 3
        elif token.type == "html_block":
            self._html_block(token.content, _line(token))
        elif token.type == "table_open":
            end = _close_of(tokens, i, "table_close")
            if self.toc_level is None:
                self._table(tokens[i:end])
            return end + 1
        return i + 1

    def _heading(self, level: int, text: str) -> None:
        self.headings = [(lvl, t) for lvl, t in self.headings if lvl < level] + [(level, text)]
        self.section_label = None
        if self.toc_level is not None and level <= self.toc_level:
            self.toc_level = None
        if _TOC_HEADING.match(text):
            self.toc_level = level

    def _html_block(self, html: str, line: int) -> None:
        """HTML that structures the text as Markdown would: `<h2>Non-goals</h2>` is a heading,
        `<details><summary>Non-goals</summary>` labels what it folds, up to `</details>`; the
        words a block wraps are read as a paragraph (a Notion callout is exported as `<aside>`
        around its text), not those of comments, scripts or styles."""
        heading = _HTML_HEADING.search(html)
        if heading:
            self._heading(int(heading.group(1)), _strip_tags(heading.group(2)))
            return
        summary = _HTML_SUMMARY.search(html)
        if _HTML_DETAILS_END.search(html):
            self.section_label = None  # the folded part closed in this very block
        elif summary:
            self.section_label = _strip_tags(summary.group(1)) or None
        wrapped = _strip_tags(_HTML_HIDDEN.sub(" ", _HTML_SUMMARY.sub(" ", html)))
        if wrapped and self.toc_level is None:
            self._paragraph_text(Inline(wrapped, None, False), line, False)

    def _labels(self) -> tuple[str, ...]:
        found = [self.section_label, *self.item_labels]
        return tuple(label for label in found if label)

    def _paragraph(self, inline: Token, line: int, first_in_item: bool) -> None:
        rendered = render_inline(inline)
        chunks = _label_led_chunks(rendered.text)
        if len(chunks) == 1:
            self._paragraph_text(rendered, line, first_in_item)
            return
        for n, (offset, chunk) in enumerate(chunks):
            lead = rendered.bold_lead if n == 0 else None
            self._paragraph_text(
                Inline(chunk, lead, rendered.links_only, rendered.italic and n == 0),
                line + offset, first_in_item and n == 0,
            )

    def _paragraph_text(self, rendered: Inline, line: int, first_in_item: bool) -> None:
        text = rendered.text
        # an italic line labels what follows only when it stands alone and names a side:
        # "*Non-goals*" does, "*Design principles*" in a list of such items does not
        label_lead = rendered.bold_lead
        if rendered.italic and label_lead is not None and (
            first_in_item or label_kind(label_lead.strip(" :")) is None
        ):
            label_lead = None
        if is_label_text(text, label_lead):
            label = text.strip().rstrip(":").strip(" *_")
            if first_in_item:
                self.item_labels[-1] = label
            else:
                self.section_label = label
            return
        lead = _LEAD.match(text)
        bold = rendered.bold_lead
        bold_colon = bold is not None and (bold.endswith(":") or text[len(bold) :].startswith(":"))
        if lead and (bold_colon or is_kind_label(lead.group("lead"))):
            # A paragraph with a lead of its own ends the list a label line introduced.
            self.section_label = None
        kind_lead = lead is not None and is_kind_label(lead.group("lead"))
        owner = next((b for b in self.item_blocks if b is not None), None)
        # A nested item elaborates its parent, unless a lead says what kind it is ("- Not: our
        # own van fleet" under a goal is a non-goal of its own).
        if owner is not None and not kind_lead:
            self._extend(owner, text, rendered.links_only)
            return
        labels = self._labels()
        if lead is not None and kind_lead:
            labels, text = (*labels, lead.group("lead").strip(" *_")), lead.group("rest")
        self._add(text, line, labels, rendered.links_only)
        if self.item_blocks and first_in_item:
            self.item_blocks[-1] = len(self.blocks) - 1

    def _extend(self, index: int, text: str, links_only: bool) -> None:
        """Join text nested in a list item to the item's own block."""
        block = self.blocks[index]
        self.blocks[index] = replace(
            block, text=f"{block.text}\n{text.strip()}", links_only=block.links_only and links_only
        )

    def _add(
        self, text: str, line: int, labels: tuple[str, ...], links_only: bool = False
    ) -> None:
        headings = tuple(t for _, t in self.headings)
        titled = bool(self.headings) and self.headings[0][0] == 1
        self.blocks.append(Block(text.strip(), line, headings, labels, links_only, titled))

    def _table(self, tokens: list[Token]) -> None:
        read_table(table_rows(tokens), self._add, self._labels())


def table_rows(tokens: list[Token]) -> list[tuple[int, list[str]]]:
    """Each row of a table's tokens (table_open .. table_close) as (line, cell texts), the
    header first; the cells' inline markup rendered as plain text."""
    rows: list[tuple[int, list[str]]] = []
    cells: list[str] = []
    for token in tokens:
        if token.type == "tr_open":
            cells = []
            rows.append((_line(token), cells))
        elif token.type == "inline":
            cells.append(render_inline(token).text)
    return rows


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 1


def _close_of(tokens: list[Token], start: int, close: str) -> int:
    """Index of the token closing tokens[start] (same nesting level)."""
    level = tokens[start].level
    for index in range(start + 1, len(tokens)):
        if tokens[index].type == close and tokens[index].level == level:
            return index
    return len(tokens) - 1
