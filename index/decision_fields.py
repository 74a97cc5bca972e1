"""A decision log's entries kept as fields: what was proposed, and a decision that refuses it.

    ### DL-031 · 14 Oct 2026 · Hearing care partnership
    **Proposal:** Let a partner audiology company rent consulting rooms in our practices.
    **Decision:** Declined.
    **Why:** Room time is the constraint ...

The refusal names nothing ("Declined.", "Not for 2027.", "Parked until H2 2027"); what it rules
out is the proposal above it, or the entry's heading when it has no proposal field. With two
proposals lettered ("Proposal A", "Proposal B") a decision "B approved. A declined." rules out A
only. (A blind opticians chain's log, 2026-12-02: its five declined proposals were read as
context, and work that revived them was called aligned.)
"""

from __future__ import annotations

import re

from index.labels import is_metadata_line, wording

# The fields' names, by what they say (as past tenses too: "**Asked:** ... **Decided:** Not
# pursued.", a blind pilotage service's log); one list serves the label pattern below and
# `is_decision_field`.
_ASKED = frozenset({"proposal", "request", "ask", "asked", "requested", "proposed", "considered",
                    "idea", "option", "suggestion"})
_DECIDED = frozenset({"decision", "decided", "outcome", "verdict", "ruling"})
_REASONED = frozenset({"why", "reason", "reasons", "rationale"})
_OTHER_FIELDS = frozenset({"status", "context", "background", "note", "notes"})
# A field's label at a line's start (bold markers are gone by now): "Proposal A:", "Decision:".
_FIELD = wording(
    r"^[ \t]*(?:[-*+][ \t]+)?("
    + "|".join(sorted(_ASKED | _DECIDED | _REASONED | _OTHER_FIELDS, key=lambda w: (-len(w), w)))
    + r")(?:[ \t]+([A-Z1-9]))?[ \t]*:[ \t]*"
)
# A decision that refuses, naming nothing else, as its first sentence: "Declined.", "Declined for
# 2027.", "Not for 2027.", "Deferred, not before 2027.", "Parked until H2 2027 at the earliest.",
# "No." (not "No change", nor "Approved"; nor a refusal that names its object, "Declined the
# landlord's offer of a retail unit at Northgate ...", read by index/rulings.py as before)
BARE_REFUSAL = wording(
    r"^\W*(?:(?:declined|rejected|refused|turned\s+down|parked|shelved|deferred|"
    r"not\s+(?:approved|pursued|agreed|now|this\s+(?:year|half|quarter)|for\s+(?:now|20\d\d|"
    r"this\s+(?:year|half|quarter)|h[12]|q[1-4])))\b(?:,?\s+(?:for|until|till|in|before|not|both|"
    r"all|this|as|at|pending|on)\b[^.;\n]{0,40}?)?|no)\s*(?:[.;]|$)"
)
# Something in the entry goes ahead after all: "Rejected in favour of B", "Declined as a standalone
# project; folded into the relaunch, which goes ahead", "approved a two-practice pilot instead",
# "approved in principle", "**Update:** Reversed" (a review's inputs); then only a lettered
# refusal ("B approved. A declined.") is read.
_GOES_AHEAD = wording(
    r"\b(?:in\s+favou?r\s+of|instead|goes\s+ahead|go\s+ahead|going\s+ahead|folded\s+into|"
    r"in\s+principle|revers\w*|overturn\w*|superseded|reopened|pilot)\b"
)
_UPDATE_LINE = re.compile(r"^\W*(?:update|amended|revisited|reversed|overturned)\b", re.I | re.M)
_FIRST_SENTENCE = re.compile(r".*?(?:[.!?](?=\s|$)|$)", re.S)
# One lettered proposal refused: "B approved. A declined." (not "A/B test declined")
_LETTER_REFUSED = re.compile(
    r"(?<![\w/])([A-Z1-9])\s+(?:is\s+|was\s+)?(?:declined|rejected|refused)\b")
_APPROVED = wording(r"\b(?:approved|accepted|agreed|adopted|chosen|selected)\b")
# A separator between a title's parts, " · ", " | ", " — " (possessive, from a run's start: a
# long run of spaces is not rescanned from each of them)
_PART_SEPARATOR = r"(?<!\s)\s++[·|—–-]\s++"
# An entry heading's parts: "DL-031 · 14 Oct 2026 · Hearing care partnership"
_HEADING_PARTS = re.compile(_PART_SEPARATOR + r"|:\s++")
# A title's parts around a status tag: "2026-06-22 · DECLINED · Paint booth", "[DECLINED] Paint
# booth" (a bracketed tag is a part of its own)
# (a colon parts a tag from its title, "DECLINED: Paint booth", not a title from its subtitle,
# "Grower pricing: move to weekly prices": see _colon_parts)
_TAG_PARTS = re.compile(_PART_SEPARATOR + r"|^\s*+\[([^\]\n]{1,20})\]\s*+")
# A status tag that refuses, alone in its part (not "Declined cards", "No-show fees"; not a bare
# "No", which answers a question or fills a table's "Revisit" column)
# (with how long, in words or brackets: "DECLINED for 2026", "Declined (permanent)", blind
# escape rooms' and driving school's logs)
REFUSED_WORDS = (r"(?:declined|rejected|refused|turned\s+down|not\s+doing|won'?t\s+do|"
                  r"will\s+not\s+do|not\s+approved|not\s+pursued|ruled\s+out)")
_REFUSED_TAG = wording(
    r"[\[(]?" + REFUSED_WORDS + r"(?:\s+for\s+(?:now|20\d\d(?:/\d\d)?|this\s+(?:year|half|"
    r"quarter))|\s*\((?:permanent(?:ly)?|for\s+now|for\s+20\d\d|until\s+[^)]{1,20})\))?[\])]?\.?")
# A tag that closes a title, bracketed or after its sentence: "In-house eCRF builder (DECLINED)",
# "Build our own steno editor? DECLINED." (a blind CRO's, lift contractor's and court
# reporter's logs); read as a part of its own.
_TAG_LAST = wording(r"(?:\s*[(\[](" + REFUSED_WORDS + r")[)\]]|(?<=[.?!])\s+(" + REFUSED_WORDS
                    + r"))\.?\s*$")
# A date closed by a full stop before the tag: "2025-11-20. Declined: lottery allocation" (a blind
# allotment federation's log)
_DATE_STOP = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})\.\s+")
# A title that also accepts something ("DECLINED: home visits. ACCEPTED: group sessions") is left
# to its sentences.
# (shouted, bracketed or before a colon: not '"Approved contractors only" on the hardstanding')
_ACCEPTED_TAG = re.compile(
    r"\b(?:ACCEPTED|APPROVED|AGREED)\b|(?i:\[(?:accepted|approved)\]|\b(?:accepted|approved):)")
# What marks a title as a log's entry besides its tag: a date or an entry's id ("DL-031", "#12",
# "ADR-7"), or the tag shouted or bracketed ("DECLINED", "[Declined]"). Without one, "Card
# payments — Declined" heads a section on declined cards.
_ENTRY_MARK = re.compile(
    r"\b(?:\d{4}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{4}|"
    r"[A-Z]{1,6}-\d{1,5})\b|#\d+|\[[^\]]*\]|\b(?:DECLINED|REJECTED|REFUSED|NOT DOING)\b")
# A date opening a topic: "[DECLINED] 2026-06-22 Own booking app"
_DATE_FIRST = re.compile(r"^(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}):?\s+")
# A refusing tag closed by a full stop, first or after a colon: "14 Jan 2026: DECLINED. Outsource"
_TAG_STOP = wording(
    r"(^\s*|:\s)(declined|rejected|refused|turned\s+down|not\s+approved|not\s+pursued)\.\s+(?=\S)")
# An entry's id opening its topic: "DEC-2026-14: Grandview location", "D-26-14: Own portal"
_ID_FIRST = re.compile(r"^(?:[A-Z]{1,6}-\d{1,5}(?:-\d{1,5}){0,2}|#\d+)[:.]?\s+")
# A record's number before its title, set apart: "ADR 0011: ", "RFC-12. ", "9. " (not "3D", "24/7")
_DOC_ID_FIRST = re.compile(r"^(?:(?:adr|rfc|dr|dl|dec)[\s-]?\d+|\d+)\s*[.:)—–]\s+", re.I)
# A dated or numbered entry's title: "2025-12-09 · ...", "DL-031 · ...", "14 Jan 2026: ..."
_ENTRY_DATE_OR_ID = re.compile(
    r"^\W*(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z]{1,6}-\d{1,5})\b")
# Who asked, after the title: "(marketing)", "(6 vendors, Priya)"
_ASIDE_AFTER = re.compile(r"\s*\([^()]{1,60}\)\s*$")
_BY_FIELD = re.compile(r"^\w+\s+by\s*:", re.I)
_FIRST_OF_TOPIC = re.compile(r"(?<=[.!])\s+(?=[A-Z])")
# (a dash in it: "DL-031", "DEC-2026-14"; not a name with a number, "SOC2", "ISO27001")
_ID_ONLY = re.compile(r"(?:[A-Z]{1,6}-\d{1,5}(?:-\d{1,5}){0,2}|#\d+)")
_DATE_ONLY = re.compile(r"(?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s+\d{4}|\d{4}-\d{2}(?:-\d{2})?")
# A title line is short: a longer first line is prose, not an entry's title.
_TITLE_CHARS = 200
# Words in an entry's lines that say it was taken up after all ("Update: reversed, we are now
# building it", "Reopened in October: goes ahead in Q1 2027").
_TAKEN_UP = wording(r"\b(?:revers\w*|overturn\w*|reopened|superseded|goes\s+ahead|"
                    r"going\s+ahead|go\s+ahead)\b")
# A date in brackets after a heading's topic: "Skerrin Bank offshore wind (12 Jan 2027)"
_DATE_AFTER = re.compile(r"\s*\([^()]*\d{4}[^()]*\)\s*$")
# A heading that states the decision, not a proposal: "Finals ticket prices are fixed per tier"
_STATES_A_RULE = re.compile(r"\b(?:is|are|stays?|remains?|goes|go|only|must|always|never)\b",
                            re.I)


def entry_topic(heading: str) -> str | None:
    """What an entry's or a record's heading proposes: the topic of a tagged title, else the
    heading without the date or id that opens it ("ADR 0011: Native tablet app" -> "Native tablet
    app", "9. Offline mode" -> "Offline mode"; not "3D printing", "24/7 support", "5G network");
    None when nothing of two words or more is left."""
    topic = tagged_title(heading)
    if topic is None:
        topic = _DOC_ID_FIRST.sub("", _ID_FIRST.sub("", _DATE_FIRST.sub("", heading.strip())))
    return topic.strip() if len(topic.split()) >= 2 else None


def declined(proposal: str) -> str:
    """A refused proposal as a non-goal's text: "Paint booth. Declined.", "Build our own steno
    editor? Declined." """
    said = proposal.strip().rstrip(".")
    return f"{said}{'' if said.endswith(('?', '!')) else '.'} Declined."


def is_decision_field(label: str) -> bool:
    """Whether a label ("Asked", "Decided", "Proposal B", "Why") names what an entry asked, what
    was decided or why: the fields a log may write on one line (index/markdown_inline.py starts a
    line at each)."""
    words = label.lower().split()
    if len(words) == 2 and re.fullmatch(r"[a-z1-9]", words[1]):
        words = words[:1]
    return len(words) == 1 and words[0] in _ASKED | _DECIDED | _REASONED


def refused_proposals(text: str, heading: str | None) -> tuple[list[str], str]:
    """(each refused proposal as a non-goal's text, the entry without the proposals and the
    decision); ([], text) when the entry refuses nothing by a bare decision or a status tag."""
    fields = _fields(text)
    decisions = [value for name, _, value, _ in fields if name in _DECIDED]
    if not decisions:
        # (a block of reasons alone under a tagged heading is no second refusal: "**Why:** ..."
        # after the entry's "**Decision:** We are not licensing ...")
        only_reasons = all(name in _REASONED for name, _, _, _ in fields)
        return _tagged_refusal(text, None if only_reasons else heading)
    # (one entry only: several decisions in one block, or an update that reverses one, are
    # left to the sentences' own reading)
    if len(decisions) != 1 or _UPDATE_LINE.search(text):
        return [], text
    # (what the decision says first: the reasons may follow on its lines, "Instead we adopted
    # reminders", without a field of their own)
    first = _first_sentence(decisions[0])
    if _GOES_AHEAD.search(first):
        return [], text
    # (a question asked is a proposal too: "**Asked:** Could Sanderling's new hull justify a
    # higher boarding limit? **Decided:** No." rules out the higher limit, not the sea trials)
    asked = [(letter, value) for name, letter, value, _ in fields if name in _ASKED and value]
    refused = _refused(asked, first, set(_LETTER_REFUSED.findall(decisions[0])), heading)
    if not refused:
        return [], text
    gone = {value for _, value in refused}
    # (the decision stays, less its bare refusal: "Decision: Declined. Allocation stays
    # rules-based" still says what it says, and its own rulings are read as before)
    rest = "\n".join(BARE_REFUSAL.sub("", value).strip() if name in _DECIDED else raw
                     for name, _, value, raw in fields if value not in gone)
    return [declined(value) for _, value in refused], rest


def _tagged_refusal(text: str, heading: str | None) -> tuple[list[str], str]:
    """An entry whose title carries its status as a tag, in its heading or on its first line:
    "2026-06-22 · DECLINED · PW127M hot section inspections in-house", "Paint booth in Hangar 2
    — Rejected (Nov 2025)", "[DECLINED] Own booking app". Its title is what was refused; the
    lines under it say why. Nothing when those lines say it was taken up after all. (A blind MRO
    shop's log, 2026-12-02: its six declined requests were read as context, and work that
    revived them was called aligned.)"""
    lead, _, body = text.partition("\n")
    topic = tagged_title(lead)
    rest = body
    if topic is None and heading is not None:
        topic, rest = tagged_title(heading), text
    if topic is None:
        topic, rest = _refused_below(lead, body)
    if topic is None or _TAKEN_UP.search(text):
        return [], text
    return [declined(topic)], rest


def _refused_below(lead: str, body: str) -> tuple[str | None, str]:
    """(an entry's title, its lines less the refusal) when a dated or numbered title line is
    answered by a bare refusal on the next line: "**2025-12-09 · "Sidelot Stars" points program**
    (marketing)" over "Declined. Modeled at 1 pt per $1 ..." (a blind food-truck park's log,
    2026-12-03); (None, body) otherwise."""
    first = _first_sentence(body.strip())
    if (len(lead) > _TITLE_CHARS or not _ENTRY_DATE_OR_ID.search(lead)
            or not BARE_REFUSAL.match(first) or _GOES_AHEAD.search(first)):
        return None, body
    parts = [_ASIDE_AFTER.sub("", p).strip() for p in _HEADING_PARTS.split(lead.strip())]
    topics = [p for p in parts if p and not _DATE_ONLY.fullmatch(p) and not _ID_ONLY.fullmatch(p)
              and len(p.split()) >= 2]
    return (topics[0] if topics else None), body.strip()[len(first):].strip()


def tagged_title(line: str) -> str | None:
    """What a log entry's title refuses when it carries a refusing status tag among its parts
    ("2026-05-20 · DECLINED · Video consultations" -> "Video consultations"), else None."""
    line = line.strip()
    if (len(line) > _TITLE_CHARS or not _ENTRY_MARK.search(line)
            or _ACCEPTED_TAG.search(line)):
        return None
    tagged_last = _TAG_LAST.search(line) is not None
    line = _DATE_STOP.sub(r"\1: ", _TAG_LAST.sub(lambda m: f" · {m.group(1) or m.group(2)}", line))
    # (a bracketed tag is captured by the split: it comes back as a part; other splits give None)
    # (a date in brackets may follow any part, the tag's too: "Rejected (Nov 2025)")
    split = [p for p in _TAG_PARTS.split(line) if p and p.strip()]
    parts = [_DATE_AFTER.sub("", p).strip() for part in split for p in _colon_parts(part)]
    if len(parts) < 2 or not any(_REFUSED_TAG.fullmatch(p) for p in parts):
        return None
    topics = [_ID_FIRST.sub("", _DATE_FIRST.sub("", p)) for p in parts
              if not _REFUSED_TAG.fullmatch(p)]
    # (an id or a date alone is no topic; a question is no proposal: "Would members pay? — No")
    # (a topic's first sentence: the reason may follow on the title line, "lottery allocation
    # for oversubscribed sites. It would punish the people who have waited")
    # (nor a field of the entry's: "Date: 12 Nov 2026 · Raised by: Finance BP · Status: Declined
    # for 2027", a blind school transport service's log)
    topics = [_FIRST_OF_TOPIC.split(t)[0] for t in topics
              if not is_metadata_line(t) and not _BY_FIELD.match(t)]
    topics = [t for t in topics if len(t.split()) >= 2 and not _DATE_ONLY.fullmatch(t)
              and not (t.endswith("?") and not tagged_last)]
    # (the title comes first: "2025-06-30 · Live actor on weekend nights · Leeds GMs · DECLINED"
    # names who asked after it)
    return topics[0] if topics else None


def _colon_parts(part: str) -> list[str]:
    """A part split at colons around a refusing tag ("DECLINED: Paint booth", "Paint booth:
    rejected", "2026-09-14: Mercia EV motor brackets: DECLINED", a blind machining
    subcontractor's log; "14 Jan 2026: DECLINED. Outsource up to 2,000 routine cataracts", a
    blind eye hospital's, the tag closed by a full stop), a date or an id before the topic apart
    and the topic's own colons kept ("Grower pricing: weekly prices: declined"); whole
    otherwise."""
    pieces = _TAG_STOP.sub(r"\1\2: ", part).split(": ")
    tags = [i for i, p in enumerate(pieces)
            if _REFUSED_TAG.fullmatch(_DATE_AFTER.sub("", p).strip())]
    if len(pieces) < 2 or not tags:
        return [part]
    before, tag, after = pieces[: tags[0]], pieces[tags[0]], pieces[tags[0] + 1 :]
    marks = 0
    while marks < len(before) and (_DATE_ONLY.fullmatch(before[marks].strip())
                                   or _ID_ONLY.fullmatch(before[marks].strip())):
        marks += 1
    topic = [p for p in [*before[marks:], *after] if p.strip()]
    return [*before[:marks], tag, *([": ".join(topic)] if topic else [])]


def _first_sentence(decision: str) -> str:
    """What a decision says first: the reasons may follow on its lines without a field of their
    own ("Rejected. ... Instead we adopted reminders")."""
    found = _FIRST_SENTENCE.match(decision)
    return found.group(0) if found else decision


def _refused(asked: list[tuple[str | None, str]], decision: str, letters: set[str],
             heading: str | None) -> list[tuple[str | None, str]]:
    """The proposals a decision (its first sentence) refuses; `letters` are the lettered
    proposals the whole decision refuses ("B approved. A declined.")."""
    if letters or _APPROVED.search(decision):
        return [(letter, value) for letter, value in asked if letter in letters]
    if BARE_REFUSAL.search(decision):
        if asked:
            return asked
        topic = _topic(heading)
        return [(None, topic)] if topic else []
    return []


def _topic(heading: str | None) -> str | None:
    """An entry heading's last part of two words or more ("Hearing care partnership"), not its
    id or its date."""
    if not heading:
        return None
    parts = [p.strip() for p in _HEADING_PARTS.split(heading) if p.strip()]
    # (an entry's heading has an id or a date beside its topic: "Decision log" alone is no topic)
    if len(parts) < 2:
        return None
    # (a date in brackets after the topic: "DL-2027-05: Skerrin Bank offshore wind (12 Jan
    # 2027)", a blind pilotage service's log)
    last = _DATE_AFTER.sub("", parts[-1])
    # (a heading that states the decision names no proposal: "Finals ticket prices are fixed per
    # tier", "Repairs stay with our own vans", "Pilot orders through PCS only")
    if _STATES_A_RULE.search(last):
        return None
    return last if len(last.split()) >= 2 and not re.search(r"\d{4}", last) else None


def _fields(text: str) -> list[tuple[str, str | None, str, str]]:
    """(field name, its letter, its value, its lines as written) for each line that opens with
    a field's label; the lines after it, up to the next label, belong to it. Text before the
    first label is a field named ""."""
    fields: list[tuple[str, str | None, str, str]] = []
    name: str = ""
    letter: str | None = None
    lines: list[str] = []
    raw: list[str] = []
    for line in text.splitlines():
        found = _FIELD.match(line)
        if found:
            fields.append((name, letter, " ".join(lines).strip(), "\n".join(raw)))
            name, letter, lines, raw = found.group(1).lower(), found.group(2), [], []
            lines.append(line[found.end():])
        else:
            lines.append(line)
        raw.append(line)
    fields.append((name, letter, " ".join(lines).strip(), "\n".join(raw)))
    return [f for f in fields if f[0] or f[2]]
