"""Whether a target the metric rule found (levels.NUMERIC_TARGET, levels.TARGET: "from 15 to 30",
"at most 50", "Goal: ...") sets something instead of naming a level an outcome should reach: a
setting, a limit, a capacity or a version ("Raise the upload limit from 10 to 25 MB", "Redis 6 →
7.2"), a standard ("Goal: WCAG 2.2 AA"), a trigger's or a rule's threshold ("If a driver's hours
drop below 60 minutes"), a schedule or a scope. rule.py reads a target as an outcome only when
`is_setting` says no; `names_a_setting` also tells it when a phrasing follows a setting's name.
"""

from __future__ import annotations

import re

from checker.embedded.metric import conditions as co
from checker.embedded.metric import configuration as cf
from checker.embedded.metric import exclusions as nx
from checker.embedded.metric import phrasing as ph
from checker.embedded.metric.bounds import aside_dropped, sentence_before
from checker.embedded.metric.examples import is_example
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import CODE_THING

# Characters before a bound read for the "if" or "when" that makes it a trigger (the clause ends
# at a comma or a stop anyway: co.TRIGGER_BEFORE).
TRIGGER_SPAN = 160
_TARGET_WORD = LazyPattern(r"(?:target|goal|aim)", re.I)
_NAME_BEFORE_NUMBER = LazyPattern(r"\b([A-Z]{2,})[\s-]?$")
# (the rest of the number first: the target may end at its first digit, "aim for max 8" of "800")
_CODE_THING_AFTER = LazyPattern(
    r"[\d,.]*\s*(?:[\w-]+\s+)?(?:" + CODE_THING + r"|bullet\s+points|words|characters|chars|lines|"
    r"slides|paragraphs|sentences|columns|fields)\b", re.I)
_SET_APART = LazyPattern(r"(?:^|[-–—:;,(]|\s-)\s*$")


_LIMITS = ("max", "more than", "less than", "fewer than", "under", "over", "at most", "at least",
           "no more than", "above", "below", "up to", "min")


def is_setting(text: str, match: re.Match[str]) -> bool:
    """A "from 15 to 30" or "at most 50" that changes a setting, a limit, a capacity or a
    version, or that says when something happens rather than where a level should go."""
    before = text[max(0, match.start() - 60) : match.start()]
    said = match.group(0).lower()  # the bound as matched, read for how it starts
    aside_free = aside_dropped(text, match.start())
    # (the things a rule picks, before a "drops" reads as moved: "flags any account whose ingest
    # drops more than 50%"; a condition's subject may be long: "If a transmitted prescription has
    # not been acknowledged by the pharmacy within 2 hours of sign-off", a blind startup's item)
    clause = aside_dropped(text, match.start(), TRIGGER_SPAN)
    if (co.TRIGGER_BEFORE.search(clause) or co.OR_CONDITION.search(clause)
            or co.STEPS_SECTION.search(text, max(0, match.start() - 600), match.start())
            or co.SELECTED_BEFORE.search(aside_free)
            or _is_version(text, match) or is_example(text, match.start(), match.end())):
        return True
    # (a count the rule caps, not a share: "Fraud rules: fewer than 5% false positives", review)
    if (co.RULE_TITLE.match(text) and said.startswith(_LIMITS) and "%" not in said) or (
            cf.PARTS_COUNTED.match(said)):
        return True
    if _TARGET_WORD.match(match.group(0)) and (
            _names_a_standard(match.group(0)) or cf.TARGET_PLATFORM.match(match.group(0))):
        return True
    if "%" in match.group(0) and (cf.ROLLOUT_BEFORE.search(before)
                                  or nx.FUNDED_SHARE_BEFORE.search(before)):
        return True
    if co.AGE.fullmatch(match.group(0).strip().rstrip(",.")) and co.AGED_BEFORE.search(before):
        return True
    # a distance is a place: "14% of people who drive in live under 5 miles from site" (a blind
    # hospital estates team's item)
    if said.startswith(("under", "over", "below", "above", "more than",
                                          "less than")) and co.PLACE_AFTER.match(text, match.end()):
        return True
    if said.startswith("within") and (
            nx.CAME_BEFORE.search(before) or co.DISTANCE_AFTER.match(text, match.end())
            or _handled_by_rule(text, match, before)
            or (co.PERIOD_DEADLINE_AFTER.match(text, match.end())
                and not co.SHARE_IN_CLAUSE.search(before))):
        return True
    if nx.QUANTIFIED_FACT.search(before) or (
            nx.WE_ARE_BEFORE.search(before) and co.BOUND_FIRST.match(match.group(0))):
        return True
    # a level said of today: "Complaints backlog is down to 140 open cases" (a blind insurer's)
    if said.startswith(("down to", "up to")) and nx.TREND_TODAY.search(before):
        return True
    if cf.MOVED_US.search(before) and not cf.TOWARD.search(match.group(0)):
        return True
    # (a numbered period's target is a level: "- Week 1 to 60%", found by review)
    if (co.PILE_BEFORE.search(before) or (co.PERIOD_RANGE_BEFORE.search(before)
                                         and "%" not in match.group(0))
            or nx.DOES_TODAY.search(before) or _opens_with_scope(before, text[match.end() :])
            or _required_of_a_thing(before, match.group(0))):
        return True
    if cf.MOVED_BEFORE.search(before):
        return False
    if said.startswith(("over", "across")) and (
            co.SCHEDULE_BEFORE.search(before) or co.SPLIT_BEFORE.search(before)):
        return True
    # (an aside may stand between the things and the bound: "for basics (poplin, twill) above
    # 20,000 m per article")
    scoped = co.SCOPE_BEFORE.search(before) or co.SCOPE_BEFORE.search(aside_free)
    if (scoped or co.PRICED_SCOPE.search(before + match.group(0))) and (
            not co.LEVEL_IN_CLAUSE.search(before)):
        return True
    # "... - target 15% reduction", ", aiming for +4 revenue": a target set apart from the words
    # before says nothing of a setting there ("Set HPA target CPU utilization to 70%" does)
    named_target = bool(_TARGET_WORD.match(match.group(0))) and bool(
        _SET_APART.search(before) or said.startswith("aim")
        or nx.SET_GOAL.search(before))
    setting_before = not named_target and (names_a_setting(before)
                                            or names_a_setting(before, cf.CAPACITY_BEFORE))
    # (a bound aimed for is the aim's, not a setting's: "aim for max 3 treatments on the current
    # generation", a blind salmon farm's item; "aim for max 3 retries" sets one)
    aimed_bound = said.startswith("aim") and not _CODE_THING_AFTER.match(
        text, match.end())
    return bool(setting_before or (names_a_setting(match.group(0) + " ") and not aimed_bound)
                or nx.STATED_SHARE.match(text, match.start())
                or nx.SHARE_SUBJECT.search(before)
                or co.CONDITION_BEFORE.search(before)
                or co.RULE_CLAUSE.search(text[max(0, match.start() - co.RULE_SPAN) : match.start()])
                or cf.CONFIG_AFTER.search(text[match.end() : match.end() + 30])
                or (said.startswith(("make", "set", "keep"))
                    and cf.DEPENDING_AFTER.match(text, match.end()) is not None)
                or (said.startswith(("to", "below", "under", "above", "over"))
                    and cf.DEGREES_AFTER.match(text, match.end()) is not None)
                or co.PAST_AFTER.match(text, match.end())
                or co.RULE_AFTER.search(text[match.end() : match.end() + 30])
                or (said.startswith("at least")
                    and co.LEAD_TIME_AFTER.match(text, match.end()) is not None))


def _handled_by_rule(text: str, match: re.Match[str], before: str) -> bool:
    """A case handled within a time, said as the rule ("fed back to the interpreter within 5
    working days"), not wanted ("We want claims processed within 5 days") nor said as a level
    ("90% of claims decided within 30 days")."""
    if not co.HANDLED_BEFORE.search(before):
        return False
    sentence = sentence_before(text, match.start())
    end = re.search(r"[.;!?\n]", text[match.end():])
    rest = text[match.end(): match.end() + end.start()] if end else text[match.end():]
    return not co.HANDLED_WANTED.search(sentence) and not co.HANDLED_LEVEL.search(
        sentence + match.group(0) + rest)


def _opens_with_scope(before: str, after: str) -> bool:
    """The bound follows the plural noun that opens the sentence, the noun is no quantity, and
    the sentence goes on to say what those things do."""
    subject = co.SUBJECT_SCOPE.search(before)
    return bool(subject and not ph.QUANTITY_WORD.fullmatch(subject.group(1))
                and co.SCOPE_VERB_AFTER.match(after))


def _required_of_a_thing(before: str, bound: str) -> bool:
    """A size or a count is required of a thing that is no quantity ("Photos must be under 8
    MB"): not a level required of a quantity ("LCP should be under 2.5s"), nor a share or a time
    ("Returns must be under 8% of orders", "Checkout must be under 2 seconds")."""
    required = co.REQUIRED_OF.search(before)
    return bool(required and not ph.QUANTITY_OR_SHARE.search(required.group(1))
                and cf.SIZE_BOUND.search(bound))


def _names_a_standard(found: str) -> bool:
    """A "Goal: ... <number>" whose number belongs to a name in capitals: "Goal: ISO 27001
    certificate", "Goal: WCAG 2.2 AA on every page" (not a metric's: "Target: NPS 40")."""
    name = _NAME_BEFORE_NUMBER.search(found[:-1])
    return name is not None and not ph.QUANTITY_WORD.fullmatch(name.group(1))


def _is_version(text: str, match: re.Match[str]) -> bool:
    """The numbers are versions: dotted thrice ("4.17.20", read on to the number's end: "to
    1.6.0" may be cut at "to 1"), or a named thing's unitless number moved ("Redis 6 → 7.2")."""
    after = text[match.end() : match.end() + 30]
    number_end = re.match(r"[\d.]*[xX*]?", after)
    whole = match.group(0) + (number_end.group(0) if number_end else "")
    if cf.VERSION.search(whole):
        return True
    # (both numbers named as versions elsewhere: "Logical replication from 12 to 16" in a spec of
    # "version 16 clusters" and "the version 12 clusters", a blind insurer's upgrade)
    numbers = re.findall(r"\d+(?:\.\d+)?", match.group(0))
    if len(numbers) == 2 and all(
            re.search(r"(?:\bversions?\s+|\bv)" + re.escape(n) + r"\b", text, re.I)
            for n in numbers):
        return True
    name = cf.NAME_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
    return bool(name and cf.UNITLESS_ARROW.fullmatch(match.group(0).strip())
                and not ph.QUANTITY_WORD.fullmatch(name.group(1))
                and not cf.UNIT_AFTER.match(after))


def names_a_setting(words: str, setting_word: LazyPattern = cf.SETTING_BEFORE) -> bool:
    """A setting word near the end of `words`, with no level after it ("upgrade rate")."""
    setting = setting_word.search(words)
    if setting is None:
        return False
    after = words[setting.end(1):]
    # a level that moves is no schedule moved: "the pass rate to move from 52% toward 85%"
    if nx.LEVEL_MOVES.search(words[: setting.end(1)]):
        return False
    # an outcome is not set: "Set the fuel hedging ratio to 60%" is a policy ("set a target of
    # ..." is not)
    if setting.group(1).lower() == "set" and not nx.SET_GOAL.match(after):
        return True
    # a bound on a level is set: "Lower the minimum order value in Lisbon from €15 to €10"
    if cf.BOUND_WORD.fullmatch(setting.group(1)) and co.BOUNDED_LEVEL.match(after):
        return True
    if setting.group(1).lower().startswith("bump") and cf.BUMPED_POPULATION.match(after):
        return False
    # what a share is of: "the share of fees paid online to go from 30% to over 60%"
    if cf.SHARE_OF_BEFORE.search(words, 0, setting.start(1)):
        return False
    return not cf.LEVEL_AFTER_SETTING.search(after)
