"""The code's rooms and its one vocabulary: the import contracts cover every core package, the
checker root stays small, the README's map and flag table match the code, and the CI gate
accepts every verdict, reason and flag."""

from __future__ import annotations

import pkgutil
import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker
from checker.cli.app import app
from checker.gate import failed, parse_fail_on
from checker.models import CheckResult
from checker.vocabulary import Flag, Reason, Verdict, gate_conditions

ROOT = Path(__file__).resolve().parents[1]
SURFACES = {"cli", "mcp"}


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def _checker_children() -> set[str]:
    return {f"checker.{m.name}" for m in pkgutil.iter_modules(checker.__path__)}


def test_the_core_contract_names_every_module_of_the_core() -> None:
    core = next(c for c in _contracts() if str(c["name"]).startswith("the checker core"))
    core_modules = _checker_children() - {f"checker.{s}" for s in SURFACES}
    sources = core["source_modules"]
    assert isinstance(sources, list)
    assert set(sources) == core_modules


def test_the_checker_root_holds_at_most_ten_modules() -> None:
    modules = [m.name for m in pkgutil.iter_modules(checker.__path__) if not m.ispkg]
    assert len(modules) <= 10, modules


def test_the_readme_map_names_every_package_of_the_checker() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    packages = {m.name for m in pkgutil.iter_modules(checker.__path__) if m.ispkg}
    mapped = set(re.findall(r"^\| `checker/(\w+)/` \|", readme, re.M))
    assert mapped == packages


def test_every_flag_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [flag.value for flag in Flag if f"`{flag.value}`" not in readme]
    assert missing == []


@pytest.mark.parametrize("condition", gate_conditions())
def test_the_gate_accepts_and_applies_every_verdict_reason_and_flag(condition: str) -> None:
    assert parse_fail_on(condition) == [condition]
    verdict = Verdict(condition) if condition in set(Verdict) else Verdict.MISALIGNED
    result = CheckResult(
        id="x", verdict=verdict, reason=Reason(condition) if condition in set(Reason) else None,
        flags=[condition] if condition in set(Flag) else [], rationale="r",
        strategy_version="v", engine="embedded",
    )
    assert failed(result, [condition]) == [condition]


def test_the_cli_gate_takes_a_flag_the_old_list_lacked() -> None:
    # `--fail-on non_english` was refused as unknown when the gate kept its own list of flags.
    result = CliRunner().invoke(
        app, ["check", "-w", str(ROOT / "examples" / "acme-retail"), "--format", "json",
              "--fail-on", Flag.NON_ENGLISH.value, "Retrait en magasin plus rapide pour les "
              "clients qui commandent en ligne et viennent chercher leurs achats"],
    )
    assert result.exit_code == 1, result.output
