"""The metric rule: does a proposal's text name the outcome it will move? (`no_metric` is set
when it names none; the rule is said once in rule.py.)

Public face, all `(text, ...) -> bool` on screened text, none raising on any string:
- `names_metric(text, metric_names, kr_ids)`: an outcome named in English (a key-result id, a
  metric of the OKRs, a measurable quantity with a direction, a target or a level);
- `names_a_level_change(text)`: a percentage moved to another nearby, in any language ("van
  3,1% naar onder de 1%");
- `states_a_goal(text)`, `moves_an_amount(text)`: a goal line, or a sentence moving an amount,
  in another language;
- `mentions_a_metric(text, metric_names)`: a metric of the OKRs named, in any form the OKRs
  write it;
- `ascii_digits(text) -> str`: digits of other scripts as ASCII digits, what the goal lines and
  sentences of other languages are read on.

The modules behind it, one per kind of phrasing: phrasing (directions), changes (changes by an
amount), markers (markers and headings), levels (targets and levels), times (spans of time),
shares (shares), effects (where work takes a quantity), savings (what work saves), failures
(failures that stop or go away), counts (counts and populations), estimates (what work is
expected to bring), amounts (money), bounds (a bare bound), exclusions
(figures that state what is), configuration (settings, versions, sizes), conditions (a rule's
numbers), spelled (numbers in words), languages, goal_lines and language_words (other
languages), names (the OKRs' own metric names), examples (worked examples), tables (a target
column in the text's own table), words (the shared word lists). The labelled sentences in
tests/data/metrics/ measure it (tests/test_metric_rule.py).
"""

from checker.embedded.metric.goal_lines import states_a_goal
from checker.embedded.metric.languages import moves_an_amount
from checker.embedded.metric.names import mentions_a_metric
from checker.embedded.metric.rule import names_a_level_change, names_metric
from checker.embedded.metric.spelled import ascii_digits

__all__ = [
    "ascii_digits",
    "mentions_a_metric",
    "moves_an_amount",
    "names_a_level_change",
    "names_metric",
    "states_a_goal",
]
