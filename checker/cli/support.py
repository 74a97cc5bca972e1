"""What every `stratalign` command shares: the error console, exit codes, error handling and
settings from the environment with command-line overrides."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from checker.settings import Settings
from index.errors import StratalignError, UpstreamError

err = Console(stderr=True, soft_wrap=True)

EXIT_INPUT_ERROR = 2  # the user's input or the operator's configuration is wrong
EXIT_UPSTREAM = 3  # a service we call is down; trying again later may work


def exit_code_for(exc: StratalignError) -> int:
    """The one mapping from our error kinds (index/errors.py) to exit codes."""
    return EXIT_UPSTREAM if isinstance(exc, UpstreamError) else EXIT_INPUT_ERROR


@contextmanager
def errors_to_exit() -> Iterator[None]:
    """Our errors become one clear line on stderr and exit code 2."""
    try:
        yield
    except StratalignError as exc:
        # Messages quote file names and user text: print them as data, never as Rich markup.
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(exit_code_for(exc)) from None
    except ValidationError as exc:  # settings from the environment or the config file
        for problem in exc.errors():
            where = ".".join(str(p) for p in problem["loc"])
            err.print(f"[red]error:[/red] setting {escape(where)}: {escape(problem['msg'])}",
                      highlight=False)
        raise typer.Exit(EXIT_INPUT_ERROR) from None


def settings_from(**overrides: object) -> Settings:
    """Settings from the environment with command-line overrides; unsafe ones refused."""
    try:
        return Settings.model_validate({k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        raise StratalignError(exc.errors()[0]["msg"].removeprefix("Value error, ")) from None
