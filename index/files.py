"""Reading a user's text file whole (a proposal, a backlog, an earlier audit, an answer key):
each way it can fail becomes an InputError naming the file and what to do. Decoding follows
index/encoding.py (UTF-8, or UTF-16 with a byte-order mark)."""

from __future__ import annotations

from pathlib import Path

from index.encoding import decode_text
from index.errors import InputError


def read_text(path: Path, what: str = "file", max_bytes: int | None = None) -> str:
    """The file's text. `what` names its role in messages ("backlog", "proposal", ...); a file
    larger than `max_bytes` is refused before it is read.

    Raises InputError naming the file, what went wrong and what to do about it.
    """
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(
                f"the {what} is {size:,} bytes; the limit is {max_bytes:,} bytes", file=path
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such {what}: check the path", file=path) from None
    except IsADirectoryError:
        raise InputError(f"is a folder, not a {what} file: name a file", file=path) from None
    except PermissionError:
        raise InputError(f"cannot read the {what}: permission denied", file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the {what}: {exc.strerror or exc}", file=path) from None
    return decode_text(data, path)
