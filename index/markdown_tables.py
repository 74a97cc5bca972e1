"""Which cells of a Markdown table in a strategy document are passages, and which labels
govern them (index/markdown.py reads the rows; index/labels.py names the labels).

- A scope table, whose header names a side (`| Area | In scope | Out of scope |`): each cell
  under such a column is a passage labelled by it, the other cells of its row its context.
- A table whose first column labels its rows (`| **In scope** | ... |`, `| **Out of scope** | ...
  |`, the header row too when it is such a label): each other cell is a passage under its label.
- A table of document facts (`| Owner | Status | Date |`): no passages.
- Any other table: one passage per row, each cell named by its column; a decision column's
  value labels the row (`| Initiative | Decision | Why |` with "No" is a non-goal).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.labels import is_fact_column, is_kind_label, is_metadata_table, label_kind

# (text, line, labels) -> None: adds one passage-to-be under the labels in force.
AddPassage = Callable[[str, int, tuple[str, ...]], None]
Rows = list[tuple[int, list[str]]]

# A table column that records a decision on each row: "| Initiative | Decision | Why |".
_DECISION_HEADER = re.compile(
    r"^\W*(?:decision|decided|verdict|call|go\s*/\s*no[- ]go|in\s*/\s*out|in or out|status|"
    r"outcome|do it|doing it|pursue|include|included|build it)\W*$",
    re.I,
)


def read_table(rows: Rows, add: AddPassage, labels: tuple[str, ...]) -> None:
    """Passages of one table: `rows` are (line, cell texts), the header first."""
    if not rows:
        return
    (_, header), body = rows[0], rows[1:]
    kind_columns = [c for c, name in enumerate(header) if is_kind_label(name)]
    if _decides_rows(header, body) and all(
        label_kind(header[c]) == "priority" for c in kind_columns
    ):
        # "| Bet | Decision | Why |": the decision, not the "Bet" column, says which side a row is
        kind_columns = []
    row_labels = _has_row_labels(body, kind_columns)
    if not row_labels and is_metadata_table(header, body):
        return
    if row_labels:
        labelled = [rows[0]] if header and is_kind_label(header[0]) else []
        for line, cells in [*labelled, *body]:
            if cells and is_kind_label(cells[0]):
                _label_row(cells, line, add, labels)
            else:
                _plain_row(header, cells, line, add, labels)
        return
    for line, cells in body:
        if kind_columns:
            _scope_row(header, cells, kind_columns, line, add, labels)
        else:
            _plain_row(header, cells, line, add, labels)


# A decision log's decision that stops or turns down work, said first: "Withdrew from
# Ravensmere's 15-minute medication prompt lot.", "Ended the live location pilot.", "Declined
# an approach to take over ...", "**Stopped** the Visitly evaluation" (a blind organisation's
# decision log was read as context that supported the very work it stopped, 2026-12-01)
_REVERSED = re.compile(
    r"^\W*(?:we\s+)?(?:withdr[ea]w\w*|ended|stopped|declined|dropped|cancell?ed|shelved|parked|"
    r"paused|deferred|deprioriti[sz]ed|rejected|retired|killed|abandoned|discontinued|"
    r"turned\s+down|said\s+no\b|pulled\s+out|walked\s+away|wound\s+down|shut\s+down|"
    r"closed\s+down|sunset(?:ted)?|not\s+renewing|will\s+not|won['’]t)\b"
    # (not a step on the way to more: "Ended the pilot; rolling it out to all families in Q2",
    # "Dropped Zendesk in favour of Intercom")
    r"(?![^|\n]*\b(?:roll(?:ing|ed)?\s+(?:it\s+)?out|rollout|in\s+favou?r\s+of|instead|replac\w*|"
    r"switch\w*\s+to|mov(?:e|ed|ing)\s+to|go(?:ing)?\s+live|is\s+live|are\s+live|scal\w*\s+up|"
    r"expand\w*|for\s+(?:all|every)\b))",
    re.I,
)


# A column that says why a row is decided, or what is done instead: "Why", "Because…", "Why /
# notes", "Reason", "Instead".
_REASON_HEADER = re.compile(
    r"^\W*(?:why|because|reasons?|rationale|instead|what\s+we\s+do\s+instead|alternative)\W*"
    r"(?:/\s*(?:notes?|why|reasons?|context)\W*)?$",
    re.I,
)


# Who decided: "Decided by", "Approved by" (people, no words of the strategy)
_DECIDED_BY = re.compile(r"^\W*(?:decided|approved|signed\s+off|agreed)\s+by\W*$", re.I)


def _decides_rows(header: list[str], body: Rows) -> bool:
    """A decision column whose cells say a side ("Yes", "No", "Not now"), not a progress
    ("In progress", "Done") that leaves a goals table's kind as its header gives it."""
    columns = [c for c, name in enumerate(header) if _DECISION_HEADER.match(name)]
    return any(
        c < len(cells) and cells[c] and is_kind_label(cells[c])
        for c in columns for _, cells in body
    )


def _has_row_labels(body: Rows, kind_columns: list[int]) -> bool:
    """The first column labels the rows, and no other column names a side: every first cell is
    a label ("In scope" / "Out of scope"), not one that happens to hold "strategy" or "focus"."""
    firsts = [cells[0] for _, cells in body if cells and cells[0]]
    labels = [c for c in firsts if is_kind_label(c)]
    return kind_columns in ([], [0]) and bool(labels) and len(labels) == len(firsts)


# A column of what a row's rule allows: "| We won't… | Because… | …except |".
_EXCEPT_HEADER = re.compile(
    r"^\W*(?:(?:still\s+ok|fine|allowed)\s*/\s*)?(?:except(?:ions?)?|unless|carve[- ]outs?|allowed|"
    r"still\s+(?:ok|allowed|fine))\W*$", re.I)
# A row's number under a column that only numbers rows ("| # |", "| No. |", "| Rank |"): no
# words of the strategy ("1: Selling bikes outright" was shown as a non-goal, 2026-12-01).
_ROW_NUMBER = re.compile(r"\W*\d{1,3}\.?\W*")
_NUMBER_COLUMN = re.compile(r"^\W*(?:#|no\.?|nr\.?|n°|rank)?\W*$", re.I)


def _row_number(name: str, cell: str) -> bool:
    """The cell only numbers its row."""
    return bool(_NUMBER_COLUMN.match(name) and _ROW_NUMBER.fullmatch(cell))


def _scope_row(
    header: list[str], cells: list[str], kinds: list[int], line: int, add: AddPassage,
    labels: tuple[str, ...],
) -> None:
    # (the row's owner, team or due date is no context a proposal could match; what the row
    # allows is said as its exception, after it: index/exceptions.py reads it)
    names = [header[n] if n < len(header) else "" for n in range(len(cells))]
    named = [(names[n], c) for n, c in enumerate(cells)
             if n not in kinds and c and not is_fact_column(names[n])
             and not _row_number(names[n], c)]
    context = " ".join(c for name, c in named if not _EXCEPT_HEADER.match(name)).strip()
    allowed = "; ".join(c for name, c in named if _EXCEPT_HEADER.match(name) and has_words(c))
    for column in kinds:
        cell = cells[column] if column < len(cells) else ""
        if has_words(cell):
            text = f"{context}: {cell}" if context else cell
            add(f"{text}. Exceptions: {allowed}" if allowed else text, line,
                (*labels, header[column]))


def _label_row(cells: list[str], line: int, add: AddPassage, labels: tuple[str, ...]) -> None:
    for cell in cells[1:]:
        if has_words(cell):
            add(cell, line, (*labels, cells[0]))


def _plain_row(
    header: list[str], cells: list[str], line: int, add: AddPassage, labels: tuple[str, ...]
) -> None:
    decided = [
        cell for name, cell in zip(header, cells, strict=False)
        if _DECISION_HEADER.match(name) and len(cell.split()) <= 3 and is_kind_label(cell)
    ] or [
        "Not doing" for name, cell in zip(header, cells, strict=False)
        if _DECISION_HEADER.match(name) and _REVERSED.match(cell)
    ]
    ruled_out = bool(decided) and label_kind(decided[0]) == "non_goal"
    bare = ruled_out and decided[0] != "Not doing"  # (a "No" cell, not a reversal said in words)
    # (nor a row's number: "| # | We're not… | Why |"; nor, in a row a decision rules out, why
    # or what is done instead: "Why: ... Customers collect or cafés get our van" made a café
    # van route a conflict with "No Deliveroo", a newcomer's table, 2026-12-01)
    parts = [
        f"{name}: {cell}" if name else cell
        for name, cell in zip(header, cells, strict=False)
        if cell and not is_fact_column(name) and not _row_number(name, cell)
        and not (ruled_out and _REASON_HEADER.match(name))
        and not (bare and _DECISION_HEADER.match(name)) and not _DECIDED_BY.match(name)
    ]
    if parts:
        add("; ".join(parts), line, (*labels, *decided[:1]))


def has_words(cell: str) -> bool:
    """A table cell that holds a letter or a digit, not only blanks or marks ("-", "—")."""
    return bool(cell) and not re.fullmatch(r"[\W_]*", cell)
