"""What every `stratalign` command shares: the error console, exit codes, error handling and
settings from the environment with command-line overrides."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from pydantic import ValidationError
from rich.console import Console

from checker.settings import Settings
from index.errors import StratalignError

err = Console(stderr=True, soft_wrap=True)

EXIT_INPUT_ERROR = 2


@contextmanager
def errors_to_exit() -> Iterator[None]:
    """Our errors become one clear line on stderr and exit code 2."""
    try:
        yield
    except StratalignError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(EXIT_INPUT_ERROR) from None
    except ValidationError as exc:  # settings from the environment or the config file
        for problem in exc.errors():
            where = ".".join(str(p) for p in problem["loc"])
            err.print(f"[red]error:[/red] setting {where}: {problem['msg']}", highlight=False)
        raise typer.Exit(EXIT_INPUT_ERROR) from None


def settings_from(**overrides: object) -> Settings:
    """Settings from the environment with command-line overrides; unsafe ones refused."""
    try:
        return Settings.model_validate({k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        raise StratalignError(exc.errors()[0]["msg"].removeprefix("Value error, ")) from None
