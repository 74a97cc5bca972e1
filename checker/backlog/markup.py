"""Descriptions as trackers store them (HTML, Jira wiki markup, Markdown) turned into plain text.

HTML goes through html2text and Jira wiki markup through jira2markdown, both to Markdown; the
Markdown is then parsed by markdown-it-py and only its text is kept. No markup is stripped by
hand: a regex cannot tell `a < b` from a tag.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

import html2text
from jira2markdown.elements import MarkupElements
from jira2markdown.markup.advanced import Code, Noformat, Panel
from jira2markdown.markup.headings import Headings
from jira2markdown.markup.links import Link, Url
from jira2markdown.markup.lists import OrderedList, UnorderedList
from jira2markdown.markup.text_effects import (
    BlockQuote,
    Bold,
    Color,
    Monospaced,
    Quote,
    Strikethrough,
)
from markdown_it import MarkdownIt
from markdown_it.token import Token
from pyparsing import Forward

Markup = Literal["html", "jira", "markdown", "text", "auto"]

_HTML = re.compile(
    r"<(div|p|br|span|ul|ol|li|h[1-6]|table|tr|td|strong|b|i|em|a|pre|code)\b[^>]*>", re.I)
# Marks only Jira writes (Markdown has its own `#` and `*`): headings, macros, [text|link].
_JIRA = re.compile(r"(^h[1-6]\.\s|\{code[:}]|\{noformat\}|\{quote\}|\[[^\]|]+\|[^\]]+\])", re.M)
# Any Jira markup at all: text without it skips the (slow) Jira grammar.
_JIRA_ANY = re.compile(
    r"(^h[1-6]\.\s|^bq\.\s|\{(code|noformat|quote|panel|color)|\[[^\]\n]*\|[^\]\n]+\]|"
    r"^\s*[*#-]+\s|(?<!\w)[*_+{-]\S[^\n]*?\S[*_+}-](?!\w))", re.M)
# The elements of jira2markdown that carry words; its full grammar (tables, mentions,
# attachments, emoticons) costs ~0.5 s a description, this subset ~0.07 s.
_JIRA_ELEMENTS = (UnorderedList, OrderedList, Code, Noformat, Panel, Link, Url, Headings,
                  Quote, BlockQuote, Bold, Strikethrough, Color, Monospaced)
_MARKDOWN = MarkdownIt("commonmark")
_TEXT_TOKENS = ("text", "code_inline")
_BREAKS = ("softbreak", "hardbreak")


def to_plain(text: str, markup: Markup) -> str:
    """Plain text of a description written in `markup` ("auto": HTML or Jira markup when it
    looks like one, else Markdown)."""
    if not text.strip():
        return ""
    kind = _guess(text) if markup == "auto" else markup
    if kind == "html" or (kind != "text" and _HTML.search(text)):
        return markdown_text(_html_to_markdown(text))
    if kind == "jira":
        return markdown_text(_jira_grammar().transform_string(text)) if _JIRA_ANY.search(
            text) else text.strip()
    if kind == "markdown":
        return markdown_text(text)
    return text.strip()


def _guess(text: str) -> Markup:
    if _HTML.search(text):
        return "html"
    return "jira" if _JIRA.search(text) else "markdown"


@cache
def _jira_grammar() -> Forward:
    """jira2markdown's parser, built once (its `convert` builds it again for every text)."""
    elements = MarkupElements(_JIRA_ELEMENTS)
    inline, markup = Forward(), Forward()
    inline <<= elements.expr(inline, markup, {}, [e for e in elements if e.is_inline_element])
    markup <<= elements.expr(inline, markup, {}, elements)
    return markup


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
