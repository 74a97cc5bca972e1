"""Errors raised by stratalign, split by who is at fault.

StratalignError                 root: everything we raise on purpose
├── InputError                  the user's input is wrong (names file, line, field)
│   └── WorkspaceError          the workspace folder is not laid out as expected
├── ConfigurationError          the operator's set-up is wrong (a setting, a model, a prompt)
├── IndexStateError             the stored index cannot serve the request (index it first)
└── UpstreamError               a service we call is down or misbehaved (the LLM, a tracker)

Each kind becomes an HTTP status in one place (`api/errors.py`, `status_for`) and a CLI exit
code in one place (`checker/cli/support.py`, `exit_code_for`): user or operator at fault -> 4xx
and exit 2; a service down -> 502/504 and exit 3.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError


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


def first_problem(exc: ValidationError, what: str) -> InputError:
    """The first problem of a pydantic validation as an InputError naming its field."""
    problem = exc.errors()[0]
    field = ".".join(str(part) for part in problem["loc"]) or None
    return InputError(f"{what}: {problem['msg']}", field=field)


class WorkspaceError(InputError):
    """The workspace folder misses something it needs."""


class ConfigurationError(StratalignError):
    """The operator's configuration cannot work: a setting, a model not installed, a prompt file."""


class UpstreamError(StratalignError):
    """A service stratalign calls (the LLM endpoint, a tracker's API) failed or misbehaved."""


class IndexStateError(StratalignError):
    """The stored index is missing or unusable for this request."""
