"""Asides: text that speaks of the document or to its reader, not of the strategy.

A memo's "What we are not doing" section ends as memos do: a pointer to the full list ("More
detail in *Priorities* and *Operating principles & non-goals*."), a lead-in to the list ("The
short version:"), words about the list ("These are not "bad ideas". ... If you think one should
change, bring it to the April check-in"), a sign-off ("Obrigada / gracias,", "— Maren"). Read by
their heading they were non-goals (in the 40 labelled sets of 2026-12-01, 20 of 689 non-goal
passages), shown as such in the strategy panel, offered to the LLM judge as things the strategy
rules out and matched against work. None of them rules anything out.
"""

from __future__ import annotations

import re

# ("With thanks and best wishes," closing a blind eye hospital's letter)
_THANKS = (r"(?:(?:with\s+)?(?:many\s+)?thanks|thank\s+you|cheers|obrigad[oa]|gracias|merci|danke|"
           r"grazie|tack|kiitos|best|regards|kind\s+regards|best\s+regards|(?:with\s+)?best\s+wishes|"
           r"warmly|yours|all\s+the\s+best)(?:\s+and\s+(?:best\s+wishes|regards|thanks))?")
# A closing said as such: "Thanks,", "Thanks all!", "Thank you", "Cheers,", "Obrigada / gracias,"
# (not "Thanks to Stripe Connect, we do not hold client money", "Cheers-style loyalty stamps")
# (or thanks for a time or for the work, and a rallying line: "Thanks for last year. Let's make
# this one count." closing a blind machining subcontractor's letter under its non-goals)
_CLOSING = re.compile(
    r"^\W*" + _THANKS + r"(?:\s*[/&]\s*" + _THANKS + r")*"
    r"(?:\s*[,!.]|\s+(?:all|everyone|team|again|folks)\b|\s*$)(?!\s*\w+\s+\w+\s+\w+\s+\w+)|"
    r"^\W*(?:(?:many\s+)?thanks|thank\s+you)\s+(?:all\s+)?for\s+(?:last\s+(?:year|quarter|season|half)|"
    r"an?\s+(?:great|good|brilliant|strong|tough|hard)\s+(?:20\d\d|year|quarter|season|half)|"
    r"(?:all\s+)?(?:your|the)\s+(?:hard\s+)?work|everything|reading)\s*[.!]?\s*$|"
    r"^\W*let['’]?s\s+(?:make\s+(?:this|it|20\d\d)\s+(?:one\s+|year\s+)?count|make\s+(?:this|it|"
    r"20\d\d)\s+(?:our|the)\s+best\s+(?:one|year)(?:\s+yet)?|do\s+this|go|get\s+to\s+it)\s*[.!]?\s*$",
    re.I,
)
# A signature, the document's last block: "— Maren", "– Ines, CPO", "Priya" (one to three
# capitalised words, a role after a comma)
_SIGNATURE = re.compile(
    r"^\s*(?:[—–]\s*)?[^\W\d_a-z][\w.'’-]*(?:\s+[^\W\d_a-z][\w.'’-]*){0,2}"
    # (a role after a slash too: "Dr Sinead Carroll / Consultant Optometrist and Clinical Lead")
    r"(?:,\s*[\w .&/-]{1,30}|\s+/\s+[\w .&,-]{1,80})?\s*$"
)
# Where the rest is: "See principles & non-goals.", "See also: the team charter → ...", "More
# detail in Priorities ...", "The OKRs for the half are in `okrs.yaml`.", "The priorities page
# has the ranked list of bets." (not "See-through pricing", "Details pages for every SKU")
_POINTER = re.compile(
    # (not a rule said after the colon: "See also the retail plan: we are not opening stores")
    r"^\W*see\s+also\b(?![^:]*:\s*(?:we|no|not|never)\b)|"
    # "The full list of things we're saying no to is on the what we won't do page."
    r"^\W*(?:the\s+)?full\s+list\b[^.;:]{0,60}?\b(?:is|lives?|sits?)\s+(?:in|on|at)\s|"
    # "There's a full list with reasons in `not-now.md`."
    r"^\W*there(?:['’]s|\s+is)\s+(?:a\s+)?(?:full|complete|longer|fuller)\s+list\b[^.;:]{0,60}?"
    r"\b(?:in|on|at)\s[^,;:]{0,60}$|"
    r"^\W*(?:see\s|more\s+(?:detail|details|context)\s+(?:in|on|at|lives?)\s|details\s+"
    r"(?:in|on|at)\s|(?:the\s+)?full\s+list\s+(?:is|lives?|sits?|in|on|with)\s)[^:]*$|"
    r"\b(?:are|is|lives?|sits?|live)\s+(?:in|on)\s+(?:the\s+|our\s+)?(?:usual\s+place|"
    r"[`*_]*[\w-]+\.(?:md|ya?ml|docx?|pdf)[`*_]*)\W*$|"
    r"^\W*(?:the\s+)?[\w &/-]{1,40}\s+(?:page|doc|document|memo|wiki)\s+(?:has|holds|lists|"
    r"keeps)\s+the\s+(?:[\w-]+\s+){0,2}(?:list|details|rest|reasoning)\b[^;]*$",
    re.I,
)


# What the list is, said of the list, and a note to its reader on disputing it: "These are not
# "bad ideas".", "They are things we have decided not to spend people on until at least H2.",
# "If you think one should change, bring it to the April check-in with data." (not "These
# dashboards are read by the board": a noun after "these" names something else)
# ("If you're about to write a ticket ... for anything on this page, talk to your head of
# function first. Most of these are good ideas, just not for this half. Exceptions are spelled
# out where they apply. If it isn't listed as an exception, it isn't one.")
_ABOUT_THE_LIST = re.compile(
    # what the items are, not what they rule out ("These stay off the roadmap until 2028 —
    # hardware, kiosks" names them)
    r"^\W*(?:(?:(?:most|all|some|many|none)\s+of\s+)?(?:these|they|them)\s*(?:are|['’]re|were)\s+"
    r"(?:not\s+|just\s+|all\s+|the\s+)*[\"“'‘]?(?:bad|good|great|ideas?|things|decisions|"
    r"choices|trade-?offs|deliberate(?:ly)?|permanent|forever|ours)\b|"
    r"(?:it|that)\s+just\s+needs\b|"
    # how the list came to be: "We have been tempted by all of these, some more than once. The
    # answer for this strategy period is no."
    # "These have all been asked for. None of them is happening in 2026/27." (a blind football
    # federation's lead-in), "I want to be blunt about two things, because they come up in every
    # sales meeting." (a textile mill's)
    r"(?:these|they|all\s+of\s+these)\s+have\s+(?:all\s+)?been\s+(?:asked|requested|proposed|"
    r"suggested)(?:\s+for)?\W*$|none\s+of\s+(?:them|these)\s+(?:is|are)\s+happening\b[^,;:]*$|"
    # ("Let me be plain about two things, because I know they will come up.", a cinema chain's)
    r"(?:I\s+want\s+to|let\s+me|I(?:['’]ll|\s+will)|I(?:['’]d|\s+would)\s+like\s+to)\s+be\s+"
    r"(?:blunt|clear|plain|explicit|direct|honest|frank|upfront)\s+about\s+(?:\w+\s+)?"
    r"(?:things|points|topics|areas|matters)\b|"
    r"we(?:['’]ve|\s+have)?\s+(?:been|were|are|['’]re)\s+(?:tempted|asked)\s+(?:by|about|"
    r"for)\s+(?:(?:all|each|most|some|many)\s+(?:of\s+)?)?(?:these|them|this\s+list)\b|"
    # (not one that names the work: "The answer on white-label bikes is still no.")
    r"the\s+answer(?:\s+(?:for|in|during)\s+(?:(?:this|the|these)\b[^.;!?:]{0,30}|(?:20\d\d|H[12]|"
    r"Q[1-4])\b[^.;!?:]{0,15}))?\s+is\s+(?:still\s+)?(?:no|not\s+yet)(?:\W*$|"
    # (and on about the list, not about work it names: "..., and the reasoning is in the memo",
    # "..., and proposals that amount to one of them should not reach the committee"; not "...,
    # and heli-skiing stays off the table")
    r"\s*,\s*and\s+(?:the\s+(?:reasoning|reasons?|why)|(?:proposals|ideas|requests|anything|"
    r"tickets)\s+(?:that|which)\b))|"
    # "Ideas in this list come up every year." (a blind ski resort's lead-in; not "Items on this
    # page include a native app")
    r"(?:the\s+)?(?:ideas|items|things|requests|proposals)\s+(?:in|on)\s+this\s+(?:list|page)\s+"
    r"(?:come|came|keep\s+coming)\s+up\b|"
    # "Every year someone brings me a good idea that would make us a different company. Here are
    # the ones I want to settle" (a blind EV network's memo, 2026-12-01)
    r"(?:every\s+(?:year|quarter|month|week|cycle)\s*,?\s+)?(?:someone|somebody|people|everyone)\s+"
    r"(?:brings?|pitch(?:es)?)\s+(?:me|us)\s+(?:an?\s+)?"
    # (not one that names the idea: "someone brings us an idea for summer tubing")
    r"(?:good\s+|new\s+|great\s+)?ideas?\b(?!\s+(?:for|like|about|to|of)\b)|"
    r"here\s+are\s+the\s+(?:ones|ideas|things|items)\s+(?:I|we)\b|"
    # "This is the part we'd ask you to read twice." (a blind coffee roaster's letter)
    r"this\s+is\s+the\s+(?:part|bit|section|page)\s+(?:that\s+)?(?:we|I)(?:['’]d|\s+would)?\s+"
    r"(?:ask|like|want|need)\s+(?:you|everyone|people)\s+to\s+read\b|"
    # "We get asked about these all the time." (a newcomer's lead-in to a table of no's)
    r"we\s+(?:get|are|were|have\s+been|keep\s+getting)\s+asked\s+(?:about\s+)?(?:these|them|this|"
    r"all\s+of\s+these)\b|"
    # "These come up a lot. They are deliberately out, ..." (a blind payroll firm's "Not on the
    # list"), "Some of these come up every quarter" (a used-book seller's)
    r"(?:some\s+of\s+)?(?:these|they)\s+(?:come\s+up|get\s+(?:raised|suggested))\s+(?:a\s+lot|"
    r"often|regularly|all\s+the\s+time|again\s+and\s+again|every\s+\w+)\b|"
    r"this\s+(?:list|page)\s+(?:exists|is\s+(?:here|not\s+exhaustive|a\s+living))\b|"
    # the page as the answer to a question people ask: "People reasonably ask "why don't we
    # just…?". This page is the answer. Every item here started as a real proposal ... Please
    # don't route around it through a backlog ticket with a friendlier title." (a blind grid
    # operator's page, 2026-12-01)
    # ("People — colleagues, councillors, suppliers, sometimes us — regularly suggest these.")
    # (asking about the list, not for something: "People ask for a white-label version")
    r"(?:people|teams?|folks|colleagues|customers)\b(?:\s*[—–-][^—–.;!?]{0,80}[—–-])?\s+"
    r"(?:\w+ly\s+)?(?:ask|keep\s+asking|suggest|propose|raise)\s+(?:about\s+|for\s+)?"
    r"(?:these|them|this\s+list|[\"“']?why\b)|"
    r"this\s+(?:list|page|document)\s+is\s+(?:the|our)\s+(?:answer|reply|response)\b|"
    r"every\s+(?:item|one|entry|thing)\s+(?:here|on\s+(?:this|the)\s+(?:list|page))\b|"
    r"please\s+(?:don['’]t|do\s+not)\s+(?:route|work|go)\s+around\b|"
    r"saying\s+no\b[^.;!?]{0,40}\bis\s+(?:the\s+|a\s+)?(?:hardest|hard|difficult|toughest)\s+"
    r"(?:part|thing)\b|"
    # what the page holds and how it changes: "Things we've decided not to do, so we stop
    # re-deciding them in every planning cycle. Entries change only at half-year planning." (a
    # blind expense SaaS's "Not now" page)
    # ("Things we have explicitly parked. Bring them back only with a leadership-team decision",
    # "We said no to these in planning. Please don't start work on them", "We discussed all of
    # these in the planning offsite and said no": blind packaging, hospice and esports lead-ins)
    r"things\s+we(?:['’]ve|\s+have)?\s+(?:\w+ly\s+)?(?:decided\s+not\s+to\s+do|parked|shelved|"
    r"ruled\s+out|said\s+no\s+to)\s*(?:,\s*(?:so|because)\b|\W*$)|"
    r"bring\s+(?:them|these|it|any\s+of\s+(?:them|these))\s+back\b|"
    r"we\s+said\s+no\s+to\s+(?:all\s+of\s+)?(?:these|them|those)\b|"
    r"we\s+(?:discussed|considered|looked\s+at|talked\s+(?:about|through))\s+(?:all\s+of\s+|each\s+of\s+)?"
    r"(?:these|them|those)\b|"
    r"please\s+(?:don['’]t|do\s+not)\s+(?:re-?)?start\s+(?:work\s+on\s+)?(?:them|these|any\s+of\s+"
    r"(?:them|these))\b|"
    # ("Each entry records what we decided and why, so we don't relitigate it every quarter.")
    r"(?:each|every)\s+(?:entry|decision|record|item)\s+(?:records|says|notes|gives|states)\s+what\b|"
    r"(?:entries|items|this\s+list|the\s+list|it)\s+(?:changes?|(?:is|are)\s+(?:reviewed|"
    r"updated|revisited))\s+(?:only\s+)?(?:at|in|every|each|once)\b|"
    r"the\s+(?:items?|things|list)\s+(?:below|above|here)\s+(?:are|is)\s+(?:not\s+)?"
    r"(?:bad|good|ideas?|things|decisions|final|permanent)\b|"
    # a note to the reader on raising one (not "If you're about to propose a native app, please
    # don't")
    r"if\s+you(?:['’]re|\s+are)?\s+(?:think|disagree|believe|feel|want\s+to\s+(?:change|"
    r"challenge|revisit|reopen|re-open)|about\s+to|planning\s+to|thinking\s+(?:of|about))\b"
    r"(?![^.;!?]*\b(?:don['’]t|do\s+not)\b)[^.;!?]*\b(?:talk|speak|raise|bring|"
    r"ask|check|come|read|say\s+so|tell)\b|"
    # ("Please read them; if you think one of those decisions is wrong, say so to me", a cinema
    # chain's letter)
    r"please\s+read\s+(?:them|these|it|this|the\s+(?:list|page|log))\b|"
    r"exceptions?\s+(?:are|is)\s+(?:(?:spelled|spelt|written|called|set)\s+out|listed|noted|"
    r"given|named|marked)\b|"
    r"everything\s+(?:here|on\s+this\s+page|below|above)\s+(?:has\s+been|was|is)\s+"
    r"(?:discussed|decided|agreed|reviewed)\b|"
    # what is not on the list is allowed ("Anything not on this page and not in the OKRs isn't
    # forbidden"; not "Anything else that needs a second depot is out")
    r"anything\s+(?:else\b|not\s+(?:on|in|listed)\b)[^.;!?]*\b(?:isn['’]t|is\s+not)\s+"
    r"(?:forbidden|banned|ruled\s+out|off[- ]limits)\b|"
    r"if\s+(?:it|an?\s+exception|something)\s+(?:isn['’]t|is\s+not)\s+(?:listed|named|"
    r"written)\b)",
    re.I,
)


# Where the rest is written up, said of the list ("The remaining non-goals are written up in
# 03-guardrails.md."): an aside, though no pointer that spares a ruling sentence ("We will not
# rebuild the legacy reports that are described in legacy-reports.md." rules them out)
_WRITTEN_UP = re.compile(
    r"\b(?:are|is)\s+(?:(?:written|set|spelled|spelt|laid)\s+(?:up|out)|listed|kept|described|"
    r"covered|explained)\s+(?:in|on)\s+(?:the\s+|our\s+)?(?:[`*_]*[\w-]+\.(?:md|ya?ml|docx?|pdf)"
    # ("(Pricing and bike sales are covered in Sanne's memo; repair partners ... in the decision
    # log.)", a blind e-bike service's pointer)
    r"|(?:[\w'’-]+\s+){0,2}?(?:memo|letter|note|doc|document|page|log|plan|paper))"
    r"[`*_]*(?:;[^.;]*)*\W*$",
    re.I,
)


def is_pointer(sentence: str) -> bool:
    """A sentence that says where the rest is ("See also: the charter → "Out of scope this
    half""): the words it quotes are a name, not work ruled out."""
    return _POINTER.search(sentence) is not None


def is_aside(sentences: list[str], last: bool = False) -> bool:
    """Whether every one of a block's sentences and lines (split by chunking) is a pointer
    elsewhere, a lead-in ending with a colon, a closing or, in the document's last block
    (`last`), a signature. The caller keeps a block any sentence of which rules work out by
    itself (chunking)."""
    said = [s.strip() for s in sentences if s.strip()]
    return bool(said) and all(_aside(s, last) for s in said)


def _aside(sentence: str, last: bool) -> bool:
    # (words about the list that go on to name things are a non-goal: "These stay out:
    # hardware.")
    about_the_list = _ABOUT_THE_LIST.search(sentence) and ":" not in sentence.rstrip(":")
    if (sentence.endswith(":") or _CLOSING.search(sentence) or _POINTER.search(sentence)
            or _WRITTEN_UP.search(sentence) or about_the_list):
        return True
    return last and _SIGNATURE.match(sentence) is not None


# A paragraph labelled as an aside, often with whose it is: "Aside — Finance (Mark Oduya): none
# of this needs new capex ...", "Side note: ...", "Sidebar from Legal: ..." (a blind grid
# operator's memo, 2026-12-01: read under "What this means we stop doing" it was a non-goal)
# (the label right before a colon, or a dash and whose it is: not "Aside from payroll, no new
# modules", "Sidebar widgets: not this year")
_LABELLED = re.compile(
    r"^\W*(?:an?\s+)?(?:aside|side[\s-]?note|sidebar)\s*(?:[:：]|[—–-]\s*[^:：.!?\n]{0,60}[:：])",
    re.I,
)


def is_labelled_aside(text: str) -> bool:
    """A paragraph its author labels as an aside: context, never a ruling of its own."""
    return _LABELLED.match(text) is not None

