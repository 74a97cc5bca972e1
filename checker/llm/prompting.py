"""Prompt files from `prompts/`, rendered strictly through langchain-core templates.

The only module that speaks langchain-core: the rest of the code sees
`PromptSet.render(**variables) -> list of chat messages`.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml
from langchain_core.messages import convert_to_openai_messages
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, ConfigDict, ValidationError

from index.errors import ConfigurationError

ChatMessage = dict[str, Any]


class PromptError(ConfigurationError):
    """A prompt file is missing or malformed, or a render lacks a variable."""


class PromptFile(BaseModel):
    """The fields of a prompt file; a typo in a key is an error."""

    model_config = ConfigDict(extra="forbid")

    version: str
    system: str
    user: str
    repair: str


class PromptSet:
    """One versioned prompt: the judging messages and the repair follow-up."""

    def __init__(self, name: str, spec: PromptFile) -> None:
        self.name = name
        self.version = spec.version
        self._judge = ChatPromptTemplate.from_messages(
            [("system", spec.system), ("user", spec.user)]
        )
        self._repair = ChatPromptTemplate.from_messages([("user", spec.repair)])

    def render(self, **variables: str) -> list[ChatMessage]:
        """The system and user messages; every template variable must be given, no more."""
        return _render(self._judge, self.name, variables)

    def render_repair(self, **variables: str) -> list[ChatMessage]:
        """The follow-up message that asks for a corrected reply."""
        return _render(self._repair, f"{self.name} (repair)", variables)


def _render(
    template: ChatPromptTemplate, name: str, variables: dict[str, str]
) -> list[ChatMessage]:
    expected = set(template.input_variables)
    missing, unknown = expected - variables.keys(), variables.keys() - expected
    if missing or unknown:
        raise PromptError(
            f"prompt {name}: missing variable(s) {sorted(missing)}, unknown {sorted(unknown)}"
        )
    return list(convert_to_openai_messages(template.format_messages(**variables)))


def load_prompt(name: str) -> PromptSet:
    """Read `prompts/<name>.yaml` from the installed package."""
    filename = f"{name}.yaml"
    try:
        raw = resources.files("prompts").joinpath(filename).read_text("utf-8")
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise PromptError(f"prompts/{filename}: cannot read: {exc}") from None
    try:
        return PromptSet(name, PromptFile.model_validate(data))
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise PromptError(f"prompts/{filename}: field '{field}': {first['msg']}") from None
