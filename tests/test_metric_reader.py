"""The learned metric reader (checker/embedded/metric_reader.py) and how no_metric weighs it with
the hand-written rule (checker/embedded/flags.py).

The reader was fine-tuned on labelled backlog items and the `tune` sentences of tests/data/metrics/
(bench/train_metric_reader.py), never on the `held_out` ones, so those are text it has not seen.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from checker.embedded import metric_reader
from checker.embedded.flags import names_an_outcome
from checker.embedded.metric import names_metric
from checker.embedded.metric_reader import MetricReader, MetricReaderMissingError
from checker.service import Services
from checker.settings import Settings
from checker.thresholds import METRIC_READER_RULE_LOGIT
from index.errors import ConfigurationError

SENTENCES = Path(__file__).parent / "data" / "metrics" / "sentences.jsonl"
KR_IDS = ["O1.KR1", "O1.KR2", "O2.KR1", "O2.KR2", "O3.KR1", "O3.KR2"]
METRICS = ["order_to_ready_minutes", "click_collect_share", "active_trade_accounts",
           "trade_repeat_rate", "inventory_accuracy", "out_of_stock_cancellation_rate"]
# held_out (1,412 sentences), measured when the reader was shipped (2026-12-04): the rule alone
# 0.959, the reader alone 0.984, the two weighed 0.987; the floor is about what was measured, so
# a model or a weight that reads these worse fails. (A first model trained on items alone read
# them 0.838 alone and 0.868 weighed: one-line goals such as "Reduce cart abandonment on mobile
# checkout" were rare among the items; the shipped one also learned the `tune` sentences.)
WEIGHED_HELD_OUT_FLOOR = 0.985

FILLER = (
    "The spec below describes the screens and the data model. The list page shows the name, "
    "the owner, the created date and the status of each record, sorted by the created date. "
    "Filters sit above the list; each is a drop-down with the values in use. The detail page "
    "has three tabs: overview, history and attachments. Attachments are uploaded by drag and "
    "drop and stored in the existing bucket with the record id as the prefix. "
)


@pytest.fixture(scope="module")
def reader() -> MetricReader:
    return MetricReader()


def _held_out() -> list[dict[str, object]]:
    rows = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["split"] == "held_out"]


def test_weighed_reading_agrees_with_the_labels_better_than_the_rule(reader: MetricReader) -> None:
    rows = _held_out()
    labels = np.array([bool(r["names_metric"]) for r in rows])
    rule = np.array([names_metric(str(r["text"]), METRICS, KR_IDS) for r in rows])
    logits = reader.logits([str(r["text"]) for r in rows])
    weighed = np.array([names_an_outcome(_answering(bool(r)), float(x))
                        for r, x in zip(rule, logits, strict=True)])
    accuracy = {name: float(np.mean(answer == labels))
                for name, answer in (("rule", rule), ("reader", logits > 0),
                                     ("weighed", weighed))}
    print(f"\nheld_out, {len(rows)} sentences: {accuracy}")
    assert accuracy["weighed"] >= WEIGHED_HELD_OUT_FLOOR
    assert accuracy["weighed"] > accuracy["rule"]


def test_a_metric_past_the_first_window_is_read(reader: MetricReader) -> None:
    goal = "This should cut the median time from upload to live from 40 minutes to under 10."
    long_spec = "Attachments on records\n\n" + FILLER * 8 + goal
    filler_only = "Attachments on records\n\n" + FILLER * 8
    assert len(long_spec.split()) > 600  # well past one window of 254 word pieces
    with_goal, without = reader.logits([long_spec, filler_only])
    assert without < 0 < with_goal


def test_logits_keep_the_input_order_and_read_empty_text(reader: MetricReader) -> None:
    texts = ["Cut refund time from 7 days to 2 days", "", "Rename the settings tab"]
    together = reader.logits(texts)
    alone = np.array([reader.logits([t])[0] for t in texts])
    assert together.shape == (3,)
    np.testing.assert_allclose(together, alone, atol=1e-4)
    assert together[0] > 0 > together[2]


@pytest.mark.parametrize(
    ("rule", "logit", "expected"),
    [
        (True, None, True),
        (False, None, False),
        (True, -(METRIC_READER_RULE_LOGIT - 0.5), True),  # not sure enough to overrule
        (True, -(METRIC_READER_RULE_LOGIT + 0.5), False),
        (False, METRIC_READER_RULE_LOGIT - 0.5, False),
        (False, METRIC_READER_RULE_LOGIT + 0.5, True),
    ],
)
def test_the_reader_overrules_the_rule_only_when_sure(
    rule: bool, logit: float | None, expected: bool
) -> None:
    assert names_an_outcome(_answering(rule), logit) is expected


@pytest.mark.parametrize(
    "logit", [-(METRIC_READER_RULE_LOGIT + 0.01), METRIC_READER_RULE_LOGIT + 0.01])
def test_a_sure_reader_does_not_ask_the_rule(logit: float) -> None:
    asked: list[bool] = []

    def rule() -> bool:
        asked.append(True)
        return logit < 0

    assert names_an_outcome(rule, logit) is (logit > 0)
    assert asked == []
    assert names_an_outcome(rule, logit / 2) is (logit < 0)  # unsure: the rule asked, and heard
    assert asked == [True]


def _answering(answer: bool) -> Callable[[], bool]:
    """A rule that answers `answer`."""
    return lambda: answer


def test_the_setting_turns_the_reader_off(tmp_path: Path) -> None:
    on = Services.from_settings(Settings(data_dir=tmp_path / "on"))
    off = Services.from_settings(Settings(data_dir=tmp_path / "off", metric_reader=False))
    assert isinstance(on.metric_reader, MetricReader)
    assert off.metric_reader is None


def test_a_missing_model_file_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metric_reader, "MODEL_FILE", "absent.onnx")
    with pytest.raises(MetricReaderMissingError, match=r"absent\.onnx"):
        MetricReader()


def test_a_broken_model_file_is_named_when_first_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "metric_reader.onnx"
    broken.write_bytes(b"not a model")
    monkeypatch.setattr(metric_reader, "model_path", lambda: broken)
    reader = MetricReader()  # found, not loaded: a command that never checks pays nothing
    with pytest.raises(ConfigurationError, match=r"could not be loaded from .*metric_reader\.onnx"):
        reader.logits(["Cut refund time from 7 days to 2 days"])
