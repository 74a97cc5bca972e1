"""How specs name an outcome as capacity filled: chairs, seats or slots filled ("fills chairs
immediately", "fill the dead midweek slots"), a place got to a share full ("Would get the hall
looking 85%+ full"). Read by the metric rule (rule.py) wherever they stand; built and measured
on tests/data/metrics/sentences.jsonl. Not a form or a table filled ("fill the seats table"),
nor a disk, a queue or a tank filled to a share (a machine's level, not an outcome).
"""

from __future__ import annotations

import re

from checker.embedded.metric.patterns import LazyPattern

# Capacity filled, as an effect: "Zero dev effort, fills chairs immediately" (a blind salon chain's
# voucher idea), "fill the dead midweek slots"; not a form or a structure filled ("fill the seats
# table").
FILLS_CAPACITY = LazyPattern(
    r"\b(?:fill|fills|filling)\s+(?:up\s+)?(?:(?:more|the|our|those|these|empty|dead|spare|idle|"
    r"quiet|unsold|unused|midweek|off-peak|weekday)\s+){0,2}(?:chairs|seats|slots|tables|beds|"
    r"rooms|courts|lanes|pitches|covers)\b(?!\s+(?:tables?|fields?|columns?|lists?|arrays?|data|"
    r"forms?|with)\b)",
    re.I,
)
# A place got to a share full, as what the work does: "Partner with Cardiff & Vale UHB: 400 comps
# per Masterworks concert ... Would get the hall looking 85%+ full" (a blind concert hall's item).
FULL_TO_A_SHARE = LazyPattern(
    # (not "has": "the retail park has the car park 100% full by 10am" is a fact, review)
    r"\b(?:get|gets|getting)\s+(?:the|our|those|these|its|their|every|each)\s+"
    r"(?!(?:[\w'-]+\s+){0,2}?(?:disks?|drives?|volumes?|storage|buckets?|queues?|buffers?|"
    r"memory|partitions?|tanks?|batter(?:y|ies)|inbox(?:es)?|cache)\b)"
    r"(?:[\w'-]+\s+){0,3}?(?:looking\s+|feeling\s+|at\s+)?(?:at\s+least\s+|over\s+|above\s+|"
    r"~\s?|about\s+|around\s+|nearly\s+)?(?<![\w.,])\d[\d.,]*+\s?%\+?\s+(?:full|booked|sold|"
    r"occupied|let)\b",
    re.I,
)
