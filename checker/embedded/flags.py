"""Flags a result carries, computed from the proposal text alone."""

from __future__ import annotations

from collections.abc import Iterable

from checker.embedded.metrics import names_metric, unknown_kr_references
from checker.screening.language import foreign_language
from checker.thresholds import THIN_TEXT_WORDS
from checker.vocabulary import Flag

NO_METRIC = Flag.NO_METRIC
UNKNOWN_KR = Flag.UNKNOWN_KR
THIN_TEXT = Flag.THIN_TEXT
INJECTION_SUSPECTED = Flag.INJECTION_SUSPECTED
NON_ENGLISH = Flag.NON_ENGLISH



def text_flags(text: str, kr_ids: Iterable[str], metric_names: Iterable[str]) -> list[str]:
    """no_metric, unknown_kr, thin_text and non_english for one (screened) proposal text."""
    kr_ids = list(kr_ids)
    flags: list[str] = []
    if not names_metric(text, metric_names, kr_ids):
        flags.append(NO_METRIC)
    if unknown_kr_references(text, kr_ids):
        flags.append(UNKNOWN_KR)
    if len(text.split()) < THIN_TEXT_WORDS:
        flags.append(THIN_TEXT)
    if foreign_language(text) is not None:
        flags.append(NON_ENGLISH)
    return flags
