"""Turn the bytes of a user file into text: UTF-8 (with or without a byte-order mark) or UTF-16
with a byte-order mark; anything else is refused with the advice to save as UTF-8.

Guessing other encodings (Latin-1, Windows-1252) would silently misread words the checker then
judges, so the reader says what it could not read instead.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from index.errors import InputError

_SAVE_AS = "save as UTF-8"


def decode_text(data: bytes, file: Path | str) -> str:
    """Text of a file's bytes; InputError naming the file when it is not UTF-8 / UTF-16 with BOM."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError(f"UTF-32 text is not read; {_SAVE_AS}", file=file)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", file)
    text = _decode(data, "utf-8-sig", file)
    if "\x00" in text:
        raise InputError(
            f"the text holds NUL bytes (UTF-16 without a byte-order mark?); {_SAVE_AS}", file=file
        )
    return text


def check_size(text: str, max_bytes: int, file: Path | str) -> None:
    """Refuse already-decoded text over the byte budget (text that arrived decoded: uploads)."""
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > max_bytes:
        raise InputError(f"the file is {size:,} bytes; the limit is {max_bytes:,} bytes", file=file)


def _decode(data: bytes, encoding: str, file: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-16" if encoding == "utf-16" else "UTF-8"
        raise InputError(
            f"not {name} text: byte 0x{data[exc.start]:02x} at position {exc.start} "
            f"cannot be read; {_SAVE_AS}",
            file=file,
        ) from None
