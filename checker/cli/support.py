"""What every `stratalign` command shares: the error console, exit codes, error handling and
settings from the environment with command-line overrides."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from typer.core import TyperArgument, TyperCommand

from checker.cli.printable import printable
from index.errors import StratalignError, UpstreamError

if TYPE_CHECKING:
    from checker.settings import Settings

err = Console(stderr=True, soft_wrap=True)

EXIT_INPUT_ERROR = 2  # the user's input or the operator's configuration is wrong
EXIT_UPSTREAM = 3  # a service we call is down; trying again later may work


class Command(TyperCommand):
    """A command whose help names an argument by its metavar (FOLDER, TEXT) alone: typer would
    print the Python type beside it (`TEXT <list[str]>`)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = _no_type  # type: ignore[method-assign]


    def get_short_help_str(self, limit: int = 45) -> str:
        """The docstring's first sentence whole in `stratalign --help`: click cuts it at 45
        characters with "...", mid-phrase."""
        first = (self.short_help or self.help or "").strip().split("\n\n")[0]
        return " ".join(first.split()).split(": ")[0].rstrip(".")


def _no_type(ctx: object) -> None:
    return None


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
        err.print(f"[red]error:[/red] {escape(printable(str(exc)))}", highlight=False)
        raise typer.Exit(exit_code_for(exc)) from None
    except ValidationError as exc:  # settings from the environment or the config file
        for problem in exc.errors():
            where = ".".join(str(p) for p in problem["loc"])
            err.print(f"[red]error:[/red] setting {escape(where)}: {escape(problem['msg'])}",
                      highlight=False)
        raise typer.Exit(EXIT_INPUT_ERROR) from None


def settings_from(**overrides: object) -> Settings:
    """Settings from the environment with command-line overrides; unsafe ones refused."""
    from checker.settings import Settings  # loads the model registry: only when a command runs

    try:
        return Settings.model_validate({k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        raise StratalignError(exc.errors()[0]["msg"].removeprefix("Value error, ")) from None
