"""OKRs as people write them, turned into the one shape OKRSet validates.

Spellings accepted (after public OKR files and templates): key results under `key_results`,
`keyResults`, `key-results`, `krs`, `results` or Lattice's `childGoals` (a list, a mapping id ->
KR, or plain strings); titles under `title`, `name`, `objective` / `kr`, or `description`; ids
under `id` or `key`, as numbers or strings, or missing (then `O<n>` by position in the file and
`<objective id>.KR<m>`, said in a warning); key results numbered 1, 2 within each objective
become `O2.KR1`; metrics under `metric` / `kpi` / `measure`, `baseline` / `start` / `from` /
`current`, `target` / `goal` / `to`, `unit` (an owner or metric given as a map:
index/okr_fields.py), or read from a key result written as one sentence when it gives none of
them (index/okr_sentence.py). Objectives may sit at the top, under `objectives` / `okrs` /
`goals`, or nested under teams or quarters at any depth. A key read by nobody is reported (file,
line, key) as a warning, never dropped in silence.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index import limits
from index.errors import InputError
from index.models import ReadWarning
from index.okr_fields import field_value
from index.okr_sentence import read_sentence

Loc = tuple[str | int, ...]

# (Lattice exports a goal's key results as its `childGoals`.)
KR_KEYS = ("key_results", "keyResults", "krs", "results", "key-results", "keyresults", "KRs",
           "childGoals")
OBJECTIVE_TITLE_KEYS = ("title", "name", "objective", "description")
KR_TITLE_KEYS = ("title", "name", "kr", "key_result", "result", "description", "text")
ID_KEYS = ("id", "key", "ref")
FIELDS = {
    "metric": ("metric", "kpi", "measure", "metric_name"),
    "baseline": ("baseline", "start", "from", "current", "initial", "start_value"),
    "target": ("target", "goal", "to", "target_value"),
    "unit": ("unit", "units"),
    "owner": ("owner", "owners", "lead", "dri", "assignee"),
    # Work the team confirmed: on a key result, items that move it; on an objective, items that
    # serve none of it (checker/learning/ reads both as confirmations).
    "examples": ("examples",),
    "counter_examples": ("counter_examples", "counterExamples", "counter-examples"),
}
# Keys people keep beside OKRs that the checker has no use for: read, knowingly not used.
NOT_USED = frozenset({
    "status", "progress", "confidence", "score", "grade", "end", "due", "deadline", "date",
    "start_date", "end_date", "due_date", "notes", "comments", "tags", "labels", "links", "url",
    "initiatives", "projects", "updated", "created", "health", "weight", "type", "stretch",
})
ORG_KEYS = ("organization", "organisation", "org", "company")
PERIOD_KEYS = ("period", "quarter", "cycle", "timeframe", "horizon", "year", "half")
GROUP_NAME_KEYS = ("name", "team", "title", "quarter", "period", "label")
OBJECTIVE_LIST_KEYS = ("objectives", "okrs", "goals", "OKRs")
# What a key result's sentence can give ("from 4,200 to 7,000" in its title).
_MEASURE_FIELDS = ("metric", "baseline", "target", "unit")


def field_name(loc: Loc) -> str:
    """A location as a field path: ("objectives", 1, "title") -> "objectives[1].title"."""
    return ".".join(str(part) if isinstance(part, str) else f"[{part}]" for part in loc).replace(
        ".[", "["
    )


def spelling(key: object) -> str:
    """A key as compared: case, spaces, underscores and hyphens aside ("Key Results",
    "key_results", "keyResults" and "key-results" are one key)."""
    return re.sub(r"[\s_-]+", "", str(key)).lower()


_OBJECTIVE_LISTS = frozenset(spelling(k) for k in OBJECTIVE_LIST_KEYS)
_ID_LIKE = re.compile(r"[A-Za-z]{0,10}[-_.]?\d+[A-Za-z]?")
_NOT_USED = frozenset(spelling(k) for k in NOT_USED)
_KR_SPELLINGS = frozenset(spelling(k) for k in KR_KEYS)


# "KR1" is numbered within its objective: O2's KR1 is another key result than O1's.
LOCAL_KR_ID = re.compile(r"KR\s*\d+(?:\.\d+)?", re.IGNORECASE)


def qualified_kr_id(objective_id: str, kr_id: str) -> str:
    """A key result id unique in the file: a local "KR1" becomes "<objective id>.KR1", and
    "O2.KR1" under an objective numbered 2 (as proposals cite it)."""
    objective_id = str(objective_id).strip()
    prefix = f"O{objective_id}" if objective_id.isdigit() else objective_id
    return f"{prefix}.{''.join(kr_id.split()).upper()}"


def _bare_number(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip().isdigit():
        return value.strip()
    return None


def qualify_numbered_key_results(objectives: list[dict[str, Any]]) -> None:
    """Key results numbered 1, 2, ... within each objective ("id: 1" under every objective)
    become "O2.KR1" as a local "KR1" does. Numbers are read as local when the file repeats one
    across objectives or beside an objective's own number; unique numbers ("11", "12") stay."""
    seen: set[str] = set()
    repeats = False
    for objective in objectives:
        mine = _kr_numbers(objective)
        repeats, seen = repeats or bool(mine & seen), seen | mine
    objective_numbers = {n for o in objectives if (n := _bare_number(o.get("id"))) is not None}
    if not (repeats or objective_numbers & seen):
        return
    for objective in objectives:
        for kr in objective["key_results"]:
            number = _bare_number(kr.get("id"))
            if number is not None:
                kr["id"] = qualified_kr_id(str(objective["id"]).strip(), f"KR{number}")


def _kr_numbers(objective: dict[str, Any]) -> set[str]:
    return {n for kr in objective["key_results"] if (n := _bare_number(kr.get("id"))) is not None}


@dataclass
class Normalised:
    """The OKRSet-shaped data, where each part came from, and what was said while reading."""

    data: dict[str, Any]
    origin: dict[Loc, Loc] = field(default_factory=dict)
    warnings: list[ReadWarning] = field(default_factory=list)


@dataclass
class _Reader:
    file: Path | str
    lines: dict[Loc, int]
    out: Normalised = field(default_factory=lambda: Normalised({"objectives": []}))
    key_results: int = 0

    def warn(self, loc: Loc, message: str, key: str | None = None) -> None:
        self.out.warnings.append(
            ReadWarning(file=str(self.file), line=self.lines.get(loc), key=key, message=message)
        )

    def first(self, raw: dict[str, Any], keys: tuple[str, ...]) -> str | None:
        """The key of `raw` holding a value under the first of `keys` it spells."""
        present: dict[str, str] = {}
        for k in raw:  # the first spelling written wins, as it did when keys were exact
            if raw[k] not in (None, "", []):
                present.setdefault(spelling(k), k)
        return next((present[spelling(k)] for k in keys if spelling(k) in present), None)


def normalise(data: Any, file: Path | str, lines: dict[Loc, int]) -> Normalised:
    """OKRSet-shaped data from any accepted layout; InputError past a count limit."""
    reader = _Reader(file, lines)
    if isinstance(data, dict):
        _top(reader, data)
    elif isinstance(data, list):
        _objectives_in(reader, data, (), in_list=True)
    else:
        raise InputError("expected a mapping with an 'objectives' list", file=file, line=1)
    qualify_numbered_key_results(reader.out.data["objectives"])
    return reader.out


def _top(reader: _Reader, data: dict[str, Any]) -> None:
    for name, keys in (("organization", ORG_KEYS), ("period", PERIOD_KEYS)):
        key = reader.first(data, keys)
        if key is not None and not isinstance(data[key], dict | list):
            reader.out.data[name] = data[key]
            reader.out.origin[(name,)] = (key,)
    _container(reader, data, (), top=True)


def _container(
    reader: _Reader, raw: dict[str, Any], loc: Loc, top: bool = False, key: str | None = None
) -> None:
    """A mapping that is no objective: objectives may sit anywhere below it. `key` is the key
    it sits under, the id of an objective kept as a mapping of id to objective."""
    if reader.first(raw, KR_KEYS) is not None:
        _objective(reader, raw, loc, given_id=key)
        return
    for name, value in raw.items():
        where = (*loc, name)
        if isinstance(value, list):
            _objectives_in(reader, value, where, in_list=spelling(name) in _OBJECTIVE_LISTS)
        elif isinstance(value, dict):
            # The key is the objective's id in a mapping of objectives ("objectives: {GROW-1:
            # ...}"), or when it reads as an id ("OBJ-7", "O2"); not a word such as "objective".
            as_id = spelling(loc[-1]) in _OBJECTIVE_LISTS if loc else False
            _container(reader, value, where,
                       key=str(name) if as_id or _ID_LIKE.fullmatch(str(name)) else None)
        elif not _known_container_key(name, top):
            reader.warn(where, f"unknown key '{name}' ignored", key=name)


def _known_container_key(key: str, top: bool) -> bool:
    known: tuple[str, ...] = (*GROUP_NAME_KEYS, "description", "owner", "id")
    if top:
        known += ORG_KEYS + PERIOD_KEYS
    return spelling(key) in {spelling(k) for k in known} or spelling(key) in _NOT_USED


def _objectives_in(reader: _Reader, items: list[Any], loc: Loc, in_list: bool) -> None:
    for index, item in enumerate(items):
        where = (*loc, index)
        if not isinstance(item, dict):
            if in_list:
                reader.warn(where, "an objective should be a mapping with a title and key results")
            continue
        is_group = any(
            spelling(k) in _OBJECTIVE_LISTS for k, v in item.items() if isinstance(v, list)
        )
        is_objective = reader.first(item, KR_KEYS) is not None or (in_list and not is_group)
        if is_objective:
            _objective(reader, item, where)
        else:
            _container(reader, item, where)


def _objective(
    reader: _Reader, raw: dict[str, Any], loc: Loc, given_id: str | None = None
) -> None:
    objectives: list[dict[str, Any]] = reader.out.data["objectives"]
    number = len(objectives) + 1
    if number > limits.MAX_OBJECTIVES:
        raise InputError(
            f"over a reading limit: more than {limits.MAX_OBJECTIVES} objectives",
            file=reader.file, line=reader.lines.get(loc),
        )
    target: Loc = ("objectives", number - 1)
    reader.out.origin[target] = loc
    out: dict[str, Any] = {}
    used = _copy_fields(
        reader, raw, loc, target, out, OBJECTIVE_TITLE_KEYS, ("owner", "counter_examples")
    )
    if "id" not in out and given_id is not None:
        out["id"] = given_id
    if "id" not in out:
        out["id"] = f"O{number}"
        reader.warn(loc, f"objective without an id; called it {out['id']}")
    kr_key = reader.first(raw, KR_KEYS)
    objectives.append(out)
    out["key_results"] = []
    if kr_key is None:
        reader.warn(loc, f"objective {out['id']} has no key results (expected under "
                         f"{' / '.join(KR_KEYS[:4])})")
    else:
        used.add(kr_key)
        _key_results(reader, raw[kr_key], (*loc, kr_key), target, out)
    _report_unused(reader, raw, loc, used | {k for k in raw if spelling(k) in _KR_SPELLINGS})


def _key_results(
    reader: _Reader, value: Any, loc: Loc, target: Loc, objective: dict[str, Any]
) -> None:
    if isinstance(value, dict):  # KR1: {...} or KR1: "title"
        items: list[tuple[Loc, Any, str | None]] = [((*loc, k), v, k) for k, v in value.items()]
    elif isinstance(value, list):
        items = [((*loc, i), v, None) for i, v in enumerate(value)]
    else:
        items = [(loc, value, None)]
    for raw_loc, raw, given_id in items:
        reader.key_results += 1
        if reader.key_results > limits.MAX_KEY_RESULTS:
            raise InputError(
                f"over a reading limit: more than {limits.MAX_KEY_RESULTS} key results",
                file=reader.file, line=reader.lines.get(raw_loc),
            )
        _key_result(reader, raw, raw_loc, given_id, target, objective)


def _key_result(
    reader: _Reader, raw: Any, loc: Loc, given_id: str | None, target: Loc,
    objective: dict[str, Any],
) -> None:
    krs: list[dict[str, Any]] = objective["key_results"]
    kr_target: Loc = (*target, "key_results", len(krs))
    reader.out.origin[kr_target] = loc
    out: dict[str, Any] = {}
    if isinstance(raw, dict):
        used = _copy_fields(reader, raw, loc, kr_target, out, KR_TITLE_KEYS,
                            ("metric", "baseline", "target", "unit", "owner", "examples"))
        _report_unused(reader, raw, loc, used)
    elif raw is not None:
        out["title"] = raw
        reader.out.origin[(*kr_target, "title")] = loc
    _read_sentence(reader, out, kr_target)
    if "id" not in out and given_id is not None:
        out["id"] = given_id
    if "id" in out and LOCAL_KR_ID.fullmatch(str(out["id"])):
        out["id"] = qualified_kr_id(objective["id"], str(out["id"]))
    if "id" not in out:
        out["id"] = f"{objective['id']}.KR{len(krs) + 1}"
        reader.warn(loc, f"key result without an id; called it {out['id']}")
    krs.append(out)


def _read_sentence(reader: _Reader, out: dict[str, Any], kr_target: Loc) -> None:
    """A key result written as one sentence ("Grow active subscriptions from 4,200 to 7,000")
    gives its metric, baseline, target and unit; a key result that writes any of them keeps
    what it wrote and nothing is read from its title."""
    if any(name in out for name in _MEASURE_FIELDS) or not isinstance(out.get("title"), str):
        return
    reading = read_sentence(out["title"])
    for name, value in (reading.fields() if reading else {}).items():
        out[name] = value
        reader.out.origin[(*kr_target, name)] = reader.out.origin[(*kr_target, "title")]


def _copy_fields(
    reader: _Reader, raw: dict[str, Any], loc: Loc, target: Loc, out: dict[str, Any],
    title_keys: tuple[str, ...], fields: tuple[str, ...],
) -> set[str]:
    """Copy id, title, description and the named fields from their first present spelling."""
    used: set[str] = set()
    choices: list[tuple[str, str | None]] = [("id", reader.first(raw, ID_KEYS)),
                                              ("title", reader.first(raw, title_keys))]
    description = reader.first(raw, ("description",))
    if choices[1][1] != description and description is not None:
        choices.append(("description", description))
    choices += [(name, reader.first(raw, FIELDS[name])) for name in fields]
    given: dict[str, Any] = {}
    for name, key in choices:
        if key is None:
            continue
        used.add(key)
        value, parts = field_value(name, key, raw[key], _warner(reader, loc, key))
        given.update({part: (key, v) for part, v in parts.items()})
        if value is None:
            continue
        out[name] = value
        reader.out.origin[(*target, name)] = (*loc, key)
    for part, (key, value) in given.items():  # a metric record's baseline, unless the KR's own
        if part in fields and part not in out:
            out[part] = value
            reader.out.origin[(*target, part)] = (*loc, key)
    # Every spelling of a field counts as read, so `current` beside `baseline` is not "unknown".
    read = {spelling(k) for name in fields for k in FIELDS[name]}
    read |= {spelling(k) for k in (*ID_KEYS, *title_keys)}
    used.update(k for k in raw if spelling(k) in read)
    return used


def _warner(reader: _Reader, loc: Loc, key: str) -> Callable[[str], None]:
    def warn(message: str) -> None:
        reader.warn((*loc, key), message, key=key)

    return warn


def _report_unused(reader: _Reader, raw: dict[str, Any], loc: Loc, used: set[str]) -> None:
    for key in raw:
        if key not in used and spelling(key) not in _NOT_USED:
            _refuse_a_typo(reader, raw, loc, key)
            reader.warn((*loc, key), f"unknown key '{key}' ignored", key=key)


# The keys a typo most often misses: a newcomer's "key_resluts" left an objective without key
# results, and every check and report went on without a word ("titel", "taget" alike).
_TYPO_PRONE = {spelling(k): k for k in ("key_results", "title", "metric", "baseline", "target",
                                         "unit", "owner", "description")}


def _refuse_a_typo(reader: _Reader, raw: dict[str, Any], loc: Loc, key: str) -> None:
    """InputError for an unknown key spelt like a known one the mapping lacks."""
    close = difflib.get_close_matches(spelling(key), list(_TYPO_PRONE), n=1, cutoff=0.8)
    if not close or any(spelling(k) == close[0] for k in raw):
        return
    meant = _TYPO_PRONE[close[0]]
    raise InputError(f"unknown key '{key}': did you mean '{meant}'?", file=reader.file,
                     line=reader.lines.get((*loc, key)), field=field_name((*loc, meant)))
