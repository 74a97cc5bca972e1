"""Descriptions as trackers store them (HTML, Jira wiki markup, Markdown) turned into plain text.

HTML goes through html2text to Markdown; the Markdown is parsed by markdown-it-py and only its
text is kept. No HTML is stripped by hand: a regex cannot tell `a < b` from a tag.

Jira wiki markup is rewritten to Markdown by the table `_JIRA_TO_MARKDOWN` (the constructs of
Atlassian's "Text formatting notation help": headings, bold, monospace, links, code and quote
blocks, colour, lists, tables) and then read like Markdown. jira2markdown does the same with a
full grammar but was measured at 0.3-0.8 s per description on this machine (a 10,000-row
export would take an hour), so it is not used on the audit path.
"""

from __future__ import annotations

import re
from typing import Literal

import html2text
from markdown_it import MarkdownIt
from markdown_it.token import Token

Markup = Literal["html", "jira", "markdown", "text", "auto"]

_HTML = re.compile(
    r"<(div|p|br|span|ul|ol|li|h[1-6]|table|tr|td|strong|b|i|em|a|pre|code)\b[^>]*>", re.I)
_JIRA_TO_MARKDOWN = [(re.compile(p, re.M), r) for p, r in (
    (r"^[ \t]*[*#]+[ \t]+", "- "),  # * item, # numbered item, ** nested (before headings)
    (r"^h([1-6])\.[ \t]+", lambda m: "#" * int(m.group(1)) + " "),  # h2. Title
    (r"^bq\.[ \t]+", "> "),
    (r"\{(code|noformat)(:[^}]*)?\}", "\n```\n"),  # blocks keep their text verbatim
    (r"\{(quote|panel(:[^}]*)?|color(:[^}]*)?)\}", "\n"),
    (r"\[([^|\]\n]+)\|[^\]\n]+\]", r"\1"),  # [text|url] -> text
    (r"\[(https?://[^\]\s]+)\]", r"\1"),
    (r"\{\{(.+?)\}\}", r"`\1`"),  # {{monospace}}
    (r"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])", r"\1"),  # *bold*
    (r"(?<![\w_])_(\S(?:[^_\n]*\S)?)_(?![\w_])", r"\1"),  # _italic_
    (r"\|\|?", " "),  # table cells
)]
# A character some markup gives meaning to; text without any is plain already.
_MARKS = re.compile(r"[*_`#>\[\]<&|{}~=\\!]|^\s*(\d+[.)]|[-+])\s|^\s{4}|^h[1-6]\.", re.M)
_MARKDOWN = MarkdownIt("commonmark")
_TEXT_TOKENS = ("text", "code_inline")
_BREAKS = ("softbreak", "hardbreak")


def to_plain(text: str, markup: Markup) -> str:
    """Plain text of a description written in `markup` ("auto": HTML when it looks like it,
    else the text as it is)."""
    if not text.strip():
        return ""
    kind = _guess(text) if markup == "auto" else markup
    if kind != "html" and not _MARKS.search(text):
        return text.strip()  # nothing any markup would change: skip the parser
    if kind == "html" or (kind != "text" and _HTML.search(text)):
        return markdown_text(_html_to_markdown(text))
    if kind == "jira":
        return markdown_text(jira_to_markdown(text))
    if kind == "markdown":
        return markdown_text(text)
    return text.strip()


def _guess(text: str) -> Markup:
    # Our own files are checked as written (the evaluation sets are Markdown and are scored
    # on it); only HTML, which no one writes by hand into a backlog file, is turned to text.
    # A stray <br> in Markdown does not make it HTML: the text must open with a tag.
    return "html" if text.lstrip().startswith("<") and _HTML.match(text.lstrip()) else "text"


def jira_to_markdown(text: str) -> str:
    """Jira wiki markup as Markdown (see the module docstring for why not jira2markdown)."""
    for pattern, replacement in _JIRA_TO_MARKDOWN:
        text = pattern.sub(replacement, text)
    return text


def _html_to_markdown(text: str) -> str:
    converter = html2text.HTML2Text(bodywidth=0)
    converter.ignore_links = True
    converter.ignore_images = True
    converter.ignore_emphasis = True
    return str(converter.handle(text))


def markdown_text(text: str) -> str:
    """The words of a Markdown text: one line per block, markup and raw HTML dropped."""
    blocks: list[str] = []
    for token in _MARKDOWN.parse(text):
        if token.type == "inline":
            blocks.append("".join(_inline(token.children or [])))
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip())
    return "\n".join(b.strip() for b in blocks if b.strip())


def _inline(children: list[Token]) -> list[str]:
    return [" " if child.type in _BREAKS else child.content
            for child in children if child.type in _TEXT_TOKENS or child.type in _BREAKS]
