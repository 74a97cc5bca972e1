"""YAML (and JSON, a subset) read within the budgets of index/limits.py, keeping each value's line.

The event stream is scanned before anything is composed: PyYAML's parser is iterative, so depth,
alias count and value count are known without recursion, and a hostile file stops there. Values are
then built once per node with one constructor (aliases count every time they are expanded).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from index import limits
from index.errors import InputError

Loc = tuple[str | int, ...]


def compose(text: str, file: Path | str, what: str = "YAML") -> yaml.Node | None:
    """The node tree of a YAML text, refused with InputError past a budget or on a syntax error."""
    try:
        _scan(text, file)
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"invalid {what}: {problem}", file=file, line=line) from None


def _scan(text: str, file: Path | str) -> None:
    depth = aliases = values = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > limits.MAX_YAML_ALIASES:
                raise _over(file, event, f"more than {limits.MAX_YAML_ALIASES} aliases (*name)")
        elif isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limits.MAX_NESTING_DEPTH:
                raise _over(file, event, f"nested deeper than {limits.MAX_NESTING_DEPTH} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if isinstance(event, yaml.NodeEvent):
            values += 1
            if values > limits.MAX_YAML_NODES:
                raise _over(file, event, f"more than {limits.MAX_YAML_NODES:,} values")


def _over(file: Path | str, event: yaml.Event, limit: str) -> InputError:
    line = event.start_mark.line + 1 if event.start_mark is not None else None
    return InputError(f"over a reading limit: {limit}", file=file, line=line)


def to_python(
    node: yaml.Node, file: Path | str, on_value: Callable[[Loc, int], None] | None = None
) -> Any:
    """Plain Python values of a node tree; on_value(location, line) sees every value's line.

    Raises InputError when alias expansion would build more than MAX_YAML_NODES values.
    """
    budget = [limits.MAX_YAML_NODES]
    return _build(node, (), SafeConstructor(), budget, file, on_value)


def _build(
    node: yaml.Node,
    loc: Loc,
    constructor: SafeConstructor,
    budget: list[int],
    file: Path | str,
    on_value: Callable[[Loc, int], None] | None,
) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise InputError(
            f"over a reading limit: aliases expand to more than {limits.MAX_YAML_NODES:,} values",
            file=file,
        )
    if on_value is not None:
        on_value(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        return {
            str(k.value): _build(v, (*loc, str(k.value)), constructor, budget, file, on_value)
            for k, v in node.value
        }
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*loc, i), constructor, budget, file, on_value)
            for i, item in enumerate(node.value)
        ]
    return constructor.construct_object(node, deep=True)
