"""Bytes to text as trackers and spreadsheets save them: UTF-8 with or without a BOM, UTF-16
(Excel's "Unicode text"), or a legacy code page such as Windows-1252, named in a warning.

Legacy encodings are recognised by charset-normalizer, never guessed by hand.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes
from pydantic import BaseModel

from index.errors import InputError

_WESTERN = "cp1252"
# On a short file every Latin code page reads with a little "chaos"; within this much of the
# detector's pick, Windows-1252 is the likelier truth (charset-normalizer's chaos is 0..1).
_CHAOS_SLACK = 0.1
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Decoded(BaseModel):
    """The text of a file, the encoding it was read with, and a warning when it was guessed."""

    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes, source: str) -> Decoded:
    """Decode a backlog file. Raises InputError (naming `source`) when no encoding fits or the
    text holds NUL characters (a binary file; PostgreSQL refuses them too)."""
    decoded = _decode(data, source)
    if "\x00" in decoded.text:
        raise InputError("the text holds NUL bytes: not a text export; save it as UTF-8 CSV or "
                         "JSON", file=source)
    return decoded


def _decode(data: bytes, source: str) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(text=_strict(data, encoding, source), encoding=encoding)
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _legacy_encoding(data, source)
    return Decoded(
        text=_strict(data, encoding, source),
        encoding=encoding,
        warning=f"{source}: not UTF-8; read as {encoding} (save the file as UTF-8 to be sure)",
    )


def _legacy_encoding(data: bytes, source: str) -> str:
    """charset-normalizer's pick; Windows-1252 when it fits as well as the pick, because the
    detector cannot tell the Latin code pages apart on short text and Excel on a Western
    Windows machine saves Windows-1252."""
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError("not text in any encoding we recognise; save it as UTF-8", file=source)
    tied = [m for m in matches if m.chaos <= best.chaos + _CHAOS_SLACK]
    if any(_WESTERN in m.could_be_from_charset for m in tied):
        return _WESTERN
    return best.encoding


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {encoding} text (byte {exc.start}: {exc.reason}); save it as UTF-8",
            file=source,
        ) from None
