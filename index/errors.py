"""Errors raised by stratalign.

StratalignError                 root: everything we raise on purpose
├── InputError                  a file or field the user gave is wrong (names file, line, field)
│   └── WorkspaceError          the workspace folder is not laid out as expected
└── IndexStateError             the stored index cannot serve the request
"""

from __future__ import annotations

from pathlib import Path


class StratalignError(Exception):
    """Root of every error stratalign raises on purpose."""


class InputError(StratalignError):
    """A user-supplied file or value is wrong; says where."""

    def __init__(
        self,
        message: str,
        *,
        file: Path | str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.file or ""
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f" (field '{self.field}')" if where else f"field '{self.field}'"
        return f"{where}: {self.message}" if where else self.message


class WorkspaceError(InputError):
    """The workspace folder misses something it needs."""


class IndexStateError(StratalignError):
    """The stored index is missing or unusable for this request."""
