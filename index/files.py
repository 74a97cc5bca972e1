"""Reading a user's text file: one place that turns every way it can fail into an InputError that
names the file and says what to do (a missing file, a folder, no permission, not UTF-8)."""

from __future__ import annotations

from pathlib import Path

from index.errors import InputError


def read_text(path: Path, what: str = "file") -> str:
    """The file's text, decoded as UTF-8 (a byte-order mark is dropped).

    `what` names the file's role in the message ("backlog", "proposal", ...). Raises InputError
    naming the file, what went wrong and what to do about it.
    """
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"the {what} is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset "
            f"{exc.start}); save it as UTF-8 (e.g. `iconv -f cp1252 -t utf-8`) and try again",
            file=path,
        ) from None
    except FileNotFoundError:
        raise InputError(f"no such {what}: check the path", file=path) from None
    except IsADirectoryError:
        raise InputError(f"is a folder, not a {what} file: name a file", file=path) from None
    except PermissionError:
        raise InputError(f"cannot read the {what}: permission denied", file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the {what}: {exc.strerror or exc}", file=path) from None
