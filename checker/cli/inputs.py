"""Where `stratalign check` gets its proposals: text arguments, files, or stdin. Every input that
holds no text is refused with the API's message, naming where it came from."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TextIO

from checker.models import EMPTY_PROPOSAL, Proposal
from index.encoding import decode_text
from index.errors import InputError, StratalignError
from index.files import read_text

# Bytes a decoder could not read, kept as lone surrogates (Python's surrogateescape).
_UNDECODED = re.compile("[\udc80-\udcff]")


def proposal_from_text(raw: str, item_id: str) -> Proposal:
    """First non-empty line is the title (Markdown heading marks dropped), the rest the body."""
    lines = raw.strip().splitlines()
    if not lines:
        return Proposal(id=item_id, title="", body="")
    title = lines[0].lstrip("#").strip()
    return Proposal(id=item_id, title=title, body="\n".join(lines[1:]).strip())


def read_proposals(
    text: list[str] | None, files: list[Path] | None, item_id: str | None,
    stdin: TextIO | None = None,
) -> list[tuple[str, Proposal]]:
    """(where it came from, proposal) for every input: files, or one text, or stdin.

    Raises InputError (naming the file, or "text" / "stdin") when an input is empty or unreadable.
    """
    if files:
        paths = [*files, *(Path(t) for t in text or [])]  # a shell glob after -f lands here
        if item_id is not None and len(paths) > 1:
            raise StratalignError("--id names one proposal; give it with a single file")
        return [_from_path(p, item_id, stdin, extra=p not in files) for p in paths]
    joined = " ".join(text) if text else None
    if joined is None or joined == "-":
        return [("stdin", _from_stdin(stdin or sys.stdin, item_id))]
    return [("text", _checked(proposal_from_text(joined, item_id or "proposal"), "text"))]


def _from_path(
    path: Path, item_id: str | None, stdin: TextIO | None, extra: bool
) -> tuple[str, Proposal]:
    """`-f -` is stdin, as the help says; any other path is a file."""
    if str(path) == "-":
        return "stdin", _from_stdin(stdin or sys.stdin, item_id)
    return str(path), _from_file(path, item_id, extra)


def _from_file(path: Path, item_id: str | None, extra: bool = False) -> Proposal:
    try:
        raw = read_text(path, "proposal")
    except InputError as exc:
        if extra:  # e.g. `check -f spec.md "some text"`: the text was taken for a file name
            exc.message += " (with --file, the other arguments are files too, not text)"
        raise InputError(exc.message, file=path) from None
    return _checked(proposal_from_text(raw, item_id or path.stem), str(path))


def _from_stdin(stdin: TextIO, item_id: str | None) -> Proposal:
    if stdin.isatty():
        raise InputError("no proposal given: pass text, --file FILE, or pipe it on stdin")
    # the bytes, decoded as a file's are: text mode would let undecodable bytes through as
    # surrogates (a Latin-1 pipe once ended in the tokenizer's traceback)
    buffer = getattr(stdin, "buffer", None)
    raw = decode_text(buffer.read(), "stdin") if buffer is not None else stdin.read()
    return _checked(proposal_from_text(raw, item_id or "stdin"), "stdin")


def _checked(proposal: Proposal, where: str) -> Proposal:
    if not proposal.text:
        raise InputError(f"empty proposal: {EMPTY_PROPOSAL}", file=where)
    bad = _UNDECODED.search(proposal.text)
    if bad:  # a command-line argument in another encoding arrives as surrogates
        raise InputError(
            f"not UTF-8 text: byte 0x{ord(bad.group(0)) - 0xDC00:02x} cannot be read; "
            "give the text as UTF-8", file=where)
    return proposal
