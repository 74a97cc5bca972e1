"""Text from users and strategy files, made safe to print on a terminal.

A title, a passage or a file name may hold control characters: ESC starts a terminal escape
sequence (colours, a window title, a hidden hyperlink), a carriage return or backspace
overwrites what was printed. Each is shown as U+FFFD (the replacement character) so the reader
sees that something was there and the terminal does nothing with it; tab and newline stay.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, and the C1 controls (U+0080-U+009F; CSI is U+009B).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with every control character but tab and newline replaced by U+FFFD."""
    return _CONTROL.sub("\ufffd", text)
