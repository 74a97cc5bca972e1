"""Flags a result carries, computed from the proposal text alone."""

from __future__ import annotations

from collections.abc import Iterable

from checker.embedded.metrics import names_metric, unknown_kr_references
from checker.screening.language import LanguageReading
from checker.thresholds import THIN_TEXT_WORDS
from checker.vocabulary import Flag

NO_METRIC = Flag.NO_METRIC
UNKNOWN_KR = Flag.UNKNOWN_KR
THIN_TEXT = Flag.THIN_TEXT
INJECTION_SUSPECTED = Flag.INJECTION_SUSPECTED
NON_ENGLISH = Flag.NON_ENGLISH


def text_flags(
    text: str, kr_ids: Iterable[str], metric_names: Iterable[str], language: LanguageReading
) -> list[str]:
    """no_metric, unknown_kr, thin_text and non_english for one (screened) proposal text and
    what it was read to be written in."""
    kr_ids = list(kr_ids)
    flags: list[str] = []
    if not names_metric(text, metric_names, kr_ids):
        flags.append(NO_METRIC)
    if unknown_kr_references(text, kr_ids):
        flags.append(UNKNOWN_KR)
    if len(text.split()) < THIN_TEXT_WORDS:
        flags.append(THIN_TEXT)
    if not language.readable:
        flags.append(NON_ENGLISH)
    return flags
