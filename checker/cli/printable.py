"""Text from users and strategy files, made safe to print on a terminal: control characters
shown as U+FFFD. The function lives in the core (checker/markdown_text.py) because the report
files need the same guard; this name stays for the CLI's modules."""

from __future__ import annotations

from checker.markdown_text import printable

__all__ = ["printable"]
