"""Atlassian Document Format (Jira Cloud's rich text): its plain text out, our comment in.

ADF is a tree of nodes (`doc` > `paragraph` > `text`, lists, tables, mentions, cards...).
Only the words matter for a check, so block nodes become lines and inline nodes with no text
of their own (mentions, emoji, cards, statuses) give what their attributes show a reader.
"""

from __future__ import annotations

from typing import Any

_BLOCKS = {
    "paragraph", "heading", "blockquote", "codeBlock", "panel", "rule", "table",
    "tableRow", "tableHeader", "tableCell", "mediaSingle", "expand", "nestedExpand",
    "decisionList", "decisionItem", "taskList", "taskItem", "bulletList", "orderedList",
}
_INLINE_ATTR = {"mention": "text", "emoji": "text", "status": "text", "inlineCard": "url"}


def adf_text(node: Any) -> str:
    """The readable text of an ADF document (or of a plain string, as older payloads send)."""
    if isinstance(node, str):
        return node
    lines: list[str] = []
    _walk(node, lines, [""])
    return "\n".join(line.rstrip() for line in lines if line.strip()).strip()


def _walk(node: Any, lines: list[str], current: list[str]) -> None:
    if not isinstance(node, dict):
        return
    kind = node.get("type")
    if kind == "text":
        current[0] += str(node.get("text", ""))
    elif kind == "hardBreak":
        _flush(lines, current)
    elif kind in _INLINE_ATTR:
        attrs = node.get("attrs") or {}
        current[0] += str(attrs.get(_INLINE_ATTR[kind]) or attrs.get("shortName") or "")
    else:
        if kind == "listItem":
            _flush(lines, current)
            current[0] = "- "
        for child in node.get("content") or []:
            _walk(child, lines, current)
        if kind in _BLOCKS or kind == "listItem":
            _flush(lines, current)


def _flush(lines: list[str], current: list[str]) -> None:
    if current[0].strip() not in ("", "-"):
        lines.append(current[0])
    current[0] = ""


def adf_document(paragraphs: list[list[tuple[str, bool]]]) -> dict[str, Any]:
    """An ADF doc of paragraphs, each a list of (text, bold) runs."""
    return {
        "type": "doc",
        "version": 1,
        "content": [
            {
                "type": "paragraph",
                "content": [_run(text, bold) for text, bold in runs if text],
            }
            for runs in paragraphs
            if any(text for text, _ in runs)
        ],
    }


def _run(text: str, bold: bool) -> dict[str, Any]:
    run: dict[str, Any] = {"type": "text", "text": text}
    if bold:
        run["marks"] = [{"type": "strong"}]
    return run
