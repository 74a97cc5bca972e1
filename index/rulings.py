"""What a strategy's sentences rule out: a negative commitment ("We will not ..."), work set
aside ("Native family apps are parked."), a clause that negates inside a priority ("We don't
compete on price; we win on service"), and what is no ruling though it says "not" (a promise:
"We won't delay it again"; a border between teams: "owned by the Platform team").
index/chunking.py decides with these which passages are non-goals.
"""

from __future__ import annotations

import re

from index.asides import is_pointer
from index.labels import wording

NEGATIVE_SENTENCE = wording(
    # (not a noun clause a lead-in speaks of: "Some of this is about what we will not do",
    # "Decisions that shape what we build and what we don't", a blind ski resort's and EV
    # network's lead-ins; "X is what we do not do" and "What we won't do is ..." still rule)
    r"(?<!\babout\swhat\s)(?<!\band\swhat\s)(?<!\bshape\swhat\s)(?<!\bshapes\swhat\s)"
    r"(?<!\bcovers\swhat\s)(?<!\bcover\swhat\s)(?<!\bor\swhat\s)"
    # (nor a purpose, "Declined proposals stay here so we don't relitigate them" ("So we will
    # not be adding beds" and "Web first. So we don't build native apps" still rule out), nor a
    # page's name, 'The "What we won't do" page lists them': a blind opticians chain's and parks
    # department's lead-ins)
    r"(?<![\"“]what\s)\bwe\s+(?:(?<![\w,]\sso\swe\s)(?<![\w,]\sso\sthat\swe\s)"
    r"(?:do not|don'?t)|will not|won'?t|never|shall not|must not|are not going to)\b|"
    # (not a manner: "Not by tricking them into it.", "Not by how many features we ship.")
    # (nor a claim about how many: "Not every ticket has to move a KR.", "Not only ... but ...")
    # (nor a source: "Not from what a system or a department needs.")
    # ("Not always-on tracking." still rules out: a hyphen goes on with the word)
    # (nor a fact of today: "No pilot or tug master in this organisation holds an escort sign-off
    # today.", a blind pilotage service's memo)
    r"^\W*(no|not(?!\s+(?:by|from|every|everything|everyone|only|just|always)(?![\w-]))|never)"
    r"(?![^.;\n]*\b(?:today|currently|right\s+now|at\s+present|at\s+the\s+moment|so\s+far)\W*$)"
    r"\s+\w|"
    # the same after a decision log's field: "**Decision:** No native iOS or Android apps." (a
    # blind tax-filing service's log, 2026-12-02)
    # (also as a row's field after others, "ID: D-019; Decision: No native outage app", and a
    # refusal as the decision itself, "Decision: Wholesale partnership with a global brewer's
    # distribution arm declined", "Delivery apps stay off in all pubs": blind grid operator's and
    # craft brewery's log tables; not a clause after the decision, "Beer Club stays on Shopify +
    # Recharge; no app", read whole it called work on the Beer Club a conflict)
    r"(?:^|;)\W*(?:decision|decided|outcome|ruling|resolution|verdict)\W+"
    r"(?:no|never)\s+(?!(?:decision|change|changes|update|action|ruling|outcome)\b)\w|"
    # (the refusal as the decision's verdict, at its end: not "Retry declined card payments")
    r"(?:^|;)\W*decision\W+[^;:]{3,160}?\b(?:declined|rejected|refused|turned\s+down|ruled\s+out|"
    r"not\s+(?:pursued|approved))\W*(?:(?:unless|except|until)\b[^;:]*)?(?:\([^)]*\))?\s*(?:;|$)|"
    r"(?:^|;)\W*decision\W+[^;:]{3,160}?\bstays?\s+(?:off|out)\b[^;:]*(?:;|$)|"
    # a log's elliptic refusal: "Declined, for the reasons in Tom and Priya's note: no
    # distribution ... deals with multinational brewers" (not "Declined cards are retried")
    # (not a figure or a status: "Declined: 2.1% of card payments", "Declined, then approved")
    r"^\W*(?:declined|rejected|refused|turned\s+down)\s*[.,;:](?!\s*[~≈]?[\d$£€])"
    r"(?!\s*(?:then|after|but)\b)|"
    # a clause that rules out handing something to others after a principle's name: "Player
    # data is the league's, not ours: no selling or sharing player contact details with
    # sponsors" (not what such a principle spares users, "Offline works: no loading spinners",
    # "Simple sign-up: no typing card numbers, wallets only": as non-goals, work that follows
    # them was called a conflict at 0.93-0.96)
    r"[:;—–]\s*(?:no|never)\s+(?:selling|reselling|sharing|renting|leasing|licensing|"
    r"disclosing|giving\s+away|passing\s+on|handing\s+over|transferring)\b|"
    # (not a lead-in about the list: "We said no to these in planning.")
    r"\bwhere we don'?t play\b|\bnothing else\b|\bout of scope\b|"
    r"\bwe said no\b(?!\s+to\s+(?:all\s+of\s+)?(?:these|them|those)\b)|"
    # "Family, criminal, personal injury, and wills and probate are outside our scope." (a
    # blind legal-aid charity's memo, 2026-12-01)
    r"\b(?:is|are|stays?|remains?)\s+(?:(?:firmly|well|strictly|deliberately|squarely)\s+)?"
    r"(?:outside|beyond)\s+(?:of\s+)?(?:our|the|this\s+\w+'s)\s+(?:scope|remit|mandate|brief)\b"
    # (not a border of the document: "Pricing is outside the scope of this strategy and is
    # covered in the commercial plan")
    r"(?!\s+of\s+(?:this|the|our)\s+(?:strategy|document|doc|memo|page|plan|paper|letter|note|"
    r"section|review))|"
    # "We make no environmental claim unless ...", "That means no home-made eco scores", "Connect
    # will not keep its own copy of stock" (a blind textile mill's decision log, 2026-12-01)
    r"\bwe\s+(?:make|offer|sell|take|run|accept|build|give|allow)\s+no\b|"
    r"^\W*(?:that|this)\s+(?:means|includes)\s+no\b|"
    # a refusal's own list, and a promise of none: "That rules out coastal tows, offshore wind
    # support ...", "There will be no tug purchase and no charter-in this year" (a blind pilotage
    # service's non-goals; not a fact, "There is no API for this today")
    r"^\W*(?:that|this)\s+rules\s+out\b|^\W*there\s+(?:will\s+be|'ll\s+be|shall\s+be)\s+no\b|"
    # (or its staff: "Selfwise staff will not prepare, categorise or submit anything on a
    # customer's behalf", a blind tax-filing service's decision)
    r"(?-i:\b[A-Z][a-z][\w-]*)\s+(?:will\s+not|won'?t)\s+(?:keep|offer|sell|store|hold|list|"
    r"take|accept|process|become|provide|include|run)\b|"
    # (not any capitalised subject with a common verb: "Customers won't file a claim if the form
    # takes more than ten minutes" is behaviour, found by review)
    r"(?-i:\b[A-Z][a-z][\w-]*)\s+(?:staff|people|teams?|engineers|advisers|advisors)\s+"
    r"(?:will\s+not|won'?t)\s+(?:keep|offer|sell|store|hold|list|take|accept|process|become|"
    r"provide|include|run|prepare|submit|file|build|handle)\b|"
    # work set aside, said of it: "Native family apps are parked.", "Live location will not be
    # offered to families."
    # (said of work, at the clause's end or with how long: not "the hours our cars are parked
    # unused", "Nothing is off the table for the new pricing model")
    r"(?<!\bnothing\s)(?<!\beverything\s)\b(?:is|are|stays?|remains?)\s+"
    r"(?:now\s+)?(?:parked|shelved|ruled\s+out|off\s+the\s+table|out\s*,\s*full\s+stop)"
    r"(?=\s*(?:[.;,()]|$|until\b|for\s+now\b|this\s+(?:year|half|quarter)\b|in\s+(?:20\d\d|H[12]|"
    r"Q[1-4])\b))|"
    # a use ruled out in the passive, and offers turned down: "They are not used to accept or
    # reject a manuscript" (a blind journal publisher's log), "We have turned down offers ... to
    # show loan offers" (a blind tax-filing service's note; not "We said no to these")
    # (not a fact of use: "Most of the meeting rooms are not used on Fridays"; nor an amount
    # declined: "Last year we declined by 4%", "We have rejected about 30% of grant applications",
    # found by review; nor what a principle has cost: "we have turned down revenue because of
    # every one of them")
    r"\b(?:is|are)\s+not\s+(?:used|allowed|permitted)\s+(?:to|for)\b|"
    r"\b(?:isn'?t|aren'?t)\s+(?:used|allowed|permitted)\s+(?:to|for)\b|"
    r"\bwe(?:'ve|\s+have)?\s+(?:turned\s+down|declined|rejected|refused)\s+(?!(?:all\s+of\s+)?"
    r"(?:these|them|those)\b)(?!(?:revenue|money|income|sales|business|work|by|about|around|"
    r"roughly|nearly|almost|over|some)\b|\d)|"
    r"\b(?:will|shall)\s+not\s+be\s+(?:offered|built|sold|supported|added|shipped|pursued|"
    r"revisited|reopened|launched|extended)\b|"
    # in prose: "It is not a goal to offer ...", "we are not building a web clipper"
    r"\bit(?:'s|\s+is)\s+not\s+(?:a|an|our)\s+(?:goal|aim|priority|objective)\b|"
    r"\bwe(?:'re|\s+are)\s+not\s+(?:building|doing|offering|pursuing|shipping|making|"
    r"investing\s+in|going\s+after|targeting|rewriting|re-?platforming|bidding|tendering|"
    # ("We're not adding engineer sign-off steps to the standard path", a blind grid operator's
    # non-goal under a heading that rules nothing out, 2026-12-01)
    r"adding|introducing|launching|opening|funding|selling|licensing|white[-\s]?label+ing|joining|"
    r"entering|partnering|acquiring|designing|manufacturing|installing|"
    # ("we are not putting any of our pubs on delivery platforms", a blind brewery's log)
    r"putting(?!\s+in\b)|buying|leasing|exporting|stocking|hiring\s+out|taking\s+on|"
    r"going\s+to\s+(?:build|offer|do|open|"
    r"launch|sell|add|support|pursue|ship|enter|run|fund|chase|compete|become|make))\b"
    # (not a problem stated, "We are not building fast enough", "We're not selling to the right
    # buyers", "We're not adding customers at the rate the plan assumed", nor a condition, "We
    # are not rewriting it until ...")
    r"(?![^.;:!?]*\b(?:enough|fast|quickly|well|yet|as\s+\w+\s+as|until|unless|without|"
    r"on\s+time|right|at\s+the\s+rate|target|date|deadline|pace|today|currently|"
    # (the plan as the yardstick, "the rate the plan assumed", "behind plan"; not the plan as
    # the product, "paying for accidents and illness through the plan", a newcomer's vet memo)
    r"plan\s+(?:assum\w*|expect\w*|need\w*|call\w*|sets?\b|sa[iy]\w*)|(?:behind|against|"
    r"ahead\s+of|on)\s+(?:the\s+)?plan|in\s+line\s+with\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?plan|"
    r"(?:to|per)\s+plan|"
    r"any\s?more|twice|the\s+dots|it\s+shows|first|the\s+(?:argument|idea|premise|line)|"
    r"volumes?|we\s+need)\b)"
)
# A negative that states a requirement or a promise to users, not work ruled out: "We will not
# launch without end-to-end encryption", "We will not rest until every note syncs", "We will not
# make lab managers email us to add a seat".
AFFIRMING = wording(
    # a promise said with "no": "No family alone.", "No child left behind" (a blind hospice's
    # values)
    r"^\W*no\s+(?:[\w-]+\s+){1,2}?(?:alone|left\s+(?:behind|out)|turned\s+away|forgotten|"
    r"unheard|unseen)\b|"
    # a launch or an effort held to a condition: "will not launch without", "won't rest until"
    r"\b(?:will not|won'?t|never|do not|don'?t|shall not|must not)\s+(?:launch|ship|release|"
    r"go\s+live|rest|stop|settle|sign\s+off|deploy|roll\s+out|open)\b[^.;!?]*?"
    r"\b(?:until|unless|without(?!\s+(?:exception|question|fail)))\b|"
    # a promise about the work named before: "Checkout ships in Q2. We won't delay it again."
    r"\b(?:will not|won'?t|never|do not|don'?t|shall not|must not)\s+(?:delay|slip|postpone|drop|"
    r"abandon|deprioriti[sz]e|give\s+up(?:\s+on)?|walk\s+away\s+from)\s+(?:it|them|this|that)\b|"
    # a quality bar said in the passive: "features that fail WCAG AA will not be shipped",
    # "Features will not be shipped without an accessibility review"
    r"\bthat\s+(?:fail|break|miss)\b[^.;!?]*\bwill\s+not\s+be\b|"
    r"\bwill\s+not\s+be\s+(?:shipped|released|launched|offered|built|added)\b[^.;!?]*?"
    r"\b(?:until|unless|without)\b|"
    # a burden users are spared: "will not make office managers call us to add a seat"
    r"\b(?:will not|won'?t|never|do not|don'?t|shall not|must not)\s+(?:make|force|require|ask|"
    r"expect)\s+(?:our\s+|the\s+|any\s+)?(?:[\w-]+\s+)?(?:users|customers|people|anyone|"
    r"admins|managers|members|teams|buyers|sellers|patients|clinicians|staff|employees|"
    r"researchers|developers|engineers|partners|clients|shoppers|students|teachers|drivers|"
    r"riders|operators|owners)\s+(?:to\s+\w|(?:e-?mail|call|wait|pay|sign|log|re-?enter|fill|"
    r"type|download|install|switch|contact|phone|visit|print|queue|chase)\b)|"
    # work kept without a goal: "Not a priority, just non-negotiable, and it doesn't need an OKR
    # to get done:" (a blind wine retailer's lead-in to licensing and certificate work), "This is
    # business as usual: it isn't an objective and doesn't need an OKR" (a housing authority's)
    r"\b(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+need\s+(?:an?\s+)?(?:okr|kr|key\s+result|"
    r"objective)s?\b"
)
# A clause that reports a question or states a fact of today, set aside before a sentence is
# read for a ruling (a blind housing authority's strategy, 2026-12-01): "a councillor has asked
# why we don't "let the computer do the easy ones"", "Where we don't yet have a baseline, the
# first job is to get one"; the rest of the sentence may still rule ("As we don't have a field
# sales team, we will not sell to hospital groups").
# The rest of a clause, up to a stop or to where a new one starts ("... to do that and will not
# take those cases", "Anything we don't offer today we will not build": the ruling is kept).
_UNTIL_NEXT_CLAUSE = (r"(?:(?!\b(?:and|but|so|yet|or|we|they)\b)[^,;:—–.])*"
                      # (no fact when the sentence goes on to rule: "... and will not take them")
                      r"(?!,?\s*(?:and|but)\s+(?:will|won|don|do|never|shan|are\s+not)\w*)")
FACT_CLAUSE = wording(
    r"\b(?:asked|asks|asking|wonder(?:s|ed)?|question(?:s|ed)?)\s+why\s+(?:we|they|you)\b"
    r"[^,;:—–]*|"
    # a purpose: "Each entry records what we decided and why, so we don't relitigate it every
    # quarter" (a blind packaging supplier's log) says what for, it rules nothing out
    r"(?<=,\s)so\s+(?:that\s+)?(?:we|they|you)\s+(?:don'?t|do\s+not|won'?t|will\s+not|never|"
    r"can'?t)\s+(?:have\s+to\s+)?(?:relitigate|re-?argue|re-?debate|re-?decide|re-?open|revisit|"
    r"repeat|forget|lose|waste|duplicate)\b[^,;:—–.]*|"
    r"\b(?:where|when|while|until|if|as)\s+(?:we|they)\s+(?:don'?t|do\s+not)\s+(?:yet\s+)?"
    r"(?:have|know)\b[^,;:—–]*|\b(?:we|they)\s+(?:don'?t|do\s+not)\s+yet\s+(?:have|know)\b"
    r"[^,;:—–]*|"
    # a thing we lack, named before: "a product team, support organisation and security posture
    # we don't have" (a blind EV network's decision log, 2026-12-01)
    r"(?<=\w\s)(?<!\band\s)(?<!\bbut\s)(?<!\bso\s)(?:that\s+|which\s+)?we\s+(?:don'?t|do\s+not)\s+"
    # (not one that goes on to rule: "a business we don't have, and won't build", "by design")
    r"(?:yet\s+)?have\b(?=\s*(?:[.,;:—–)]|$))(?!\s*,\s*(?:and|but)\s+(?:won|will|don|do|never|"
    r"shan)\w*)(?!\s*,?\s*\(?by\s+(?:design|choice)\b)|"
    # a thing we do not offer, as what someone needs: "If a guest needs something we don't
    # offer, the duty manager has the authority to sort it out" (a blind cinema chain's house
    # rules, 2026-12-01)
    r"\b(?:something|anything)\s+(?:that\s+|which\s+)?we\s+(?:don'?t|do\s+not)\s+(?:yet\s+)?"
    r"(?:offer|provide|stock|sell|cover|support|carry|do)\b" + _UNTIL_NEXT_CLAUSE + "|"
    # what we lack to do work named before: "but we do not have the supervision or the insurance
    # cover to do them well" (a blind legal-aid charity's reason for a scope it names)
    r"\bwe\s+(?:don'?t|do\s+not)\s+(?:yet\s+)?have\s+(?:the\s+|enough\s+)?[^.;:!?]{0,80}?\bto\s+"
    r"(?:do|run|support|deliver|handle|staff|offer|cover)\s+(?:it|them|this|that|these|those)\b"
    + _UNTIL_NEXT_CLAUSE
)
# "Out of scope: X (owned by the Platform team)" draws a border between teams of the same
# workspace: the work is someone else's to do, not something the strategy rules out.
HANDOFF = re.compile(
    r"\b(?:owned|handled|covered|maintained|driven|led|run)\s+by\b|\bpurview of\b|"
    # (not a pointer to a record: "(See decision log, July 2023.)" after "A native mobile app.")
    r"\bresponsibility of\b|\bbelongs? to\b|\(\s*see\s(?!(?:[\w'’-]+\s+){0,3}(?:decision\s+log|log|"
    r"memo|letter|doc|document|page|above|below|section|appendix|notes?|minutes|faq|adr|rfc)\b)"
    r"[^)]+\)|"
    r"\bhandles (?:that|this|it)\b|"
    r"\bthat[’']?s\s+(?:the\s+)?(?:sig|team|group|squad)\b|"
    r"\(\s*(?:sig|team|group|squad)[\s-][^)]*\)",
    re.IGNORECASE,
)
# A short sentence whose object is a pronoun: "We do not re-implement it.", "We won't do that in
# 2027." (not "We don't support Windows either.", "We don't store PII in it.": they name theirs).
_PRONOUN_OBJECT = re.compile(
    r"^\W*(?:\S+\s+){1,5}?(?<!\bin\s)(?<!\bon\s)(?<!\bat\s)(?<!\bto\s)(?<!\bof\s)(?<!\bby\s)"
    r"(?<!\bfor\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\binto\s)(?<!\babout\s)"
    r"(?:it|them|this|that|these|those|one|any\s+of\s+(?:it|them))"
    # (or a purpose after it: "We won't use it to interpret.", a blind interpreting agency's memo)
    r"(?:\s+to\s+[\w-]+)?"
    r"(?:\s+(?:again|either|ourselves|here|now|anymore|any\s*more|for\s+now|"
    r"(?:in|before|until)\s+(?:\d{4}|Q[1-4]|H[12])|this\s+(?:year|quarter|half|cycle)|"
    r"next\s+(?:year|quarter|half|cycle)))?\W*$",
    re.I,
)
# A commitment with nothing after it, pointing back like a pronoun: "We are not going to.",
# "We won't." (a blind interpreting agency's memo: "People regularly ask when we'll add
# Scotland. We are not going to.")
_ELLIPTIC = re.compile(
    r"^\W*(?:\S+\s+){1,3}?(?:will\s+not|won'?t|are\s+not\s+going\s+to|aren'?t\s+going\s+to|"
    r"do\s+not|don'?t|never\s+will|shall\s+not)(?:\s+(?:either|again|now|this\s+year))?\W*$",
    re.I,
)
# A refusal said first, its object in the sentence before: "Declined.", "Decision: Declined, and
# declined as a category."
_REFUSAL_FIRST = re.compile(
    r"^\W*(?:decision\W+)?(?:declined|rejected|refused|turned\s+down)\b(?!\s*[.,;:]?\s*[~≈]?\d)",
    re.I)
_COMMITMENT = re.compile(
    r"\b(?:will\s+not|won'?t|never|shall\s+not|must\s+not|are\s+not\s+going\s+to)\b", re.I
)
# (not after an abbreviation: "connectors for e.g. Salesforce", "Dr. Lopez")
SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)(?<!\bDr\.)(?<!\bMr\.)"
    r"(?<!\bMs\.)(?<!\bSt\.)(?<!\bNo\.)\s+(?=[A-Z*\"'(])"
)
# Clauses of one sentence, and a clause that negates: what a priority's sentence rules out is
# cut at its clause ("We don't compete on price; we win on service").
# (each separator starts where no space is before it: a run of 20,000 spaces was read again from
# each of its positions, 6.6 s, found by review)
_CLAUSE_SPLIT = re.compile(
    r"((?<!\s)\s*[;:—–,]\s*|(?<!\s)\s+-\s+|(?<!\s)\s+(?=(?:but|instead)\b))")
# A clause that says who does what, not one more item of a list: "we win on service", "and we
# will double down on the mobile web", "though the mobile web gets our time", "retention is
# the game this year" (a verb of its own); not "bidding for frameworks outside our patch", "or
# adding new service lines", "including contact lists".
_OWN_SUBJECT = re.compile(
    r"(?:but|instead|yet|so|though|although|while|whereas|we|our|us|it|its|they|their|you|this|"
    r"that|these|those|he|she|I)\b|"
    r".*\b(?:is|are|was|were|will|would|shall|should|can|could|must|may|get|gets|got|stay|stays|"
    r"remain|remains|go|goes|has|have|had|keeps?|comes?|needs?|matters?|wins?|takes?)\b",
    re.I)
NEGATED = re.compile(
    r"\b(?:no|not|never|nor|none|nothing|neither|won['’]?t|don['’]?t|doesn['’]?t|can['’]?t|"
    r"shan['’]?t|mustn['’]?t|aren['’]?t|isn['’]?t)\b|n['’]t\b|\bbecause\b|\bsince\b",
    re.I,
)

def without_ruled_out(text: str) -> str:
    """`text` less the clauses that rule work out: "We don't compete on price; we win on
    service" keeps "we win on service"; "Own the mid-market. We won't chase enterprise deals."
    keeps "Own the mid-market."; the sentence a pronoun commitment points back to stays ("Ship
    checkout in Q2. We won't delay it again." is a promise about it)."""
    kept: list[str] = []
    for sentence in SENTENCE_END.split(text):
        if not rules_out_in_a_passage(sentence):
            kept.append(sentence)
            continue
        clauses = _clauses_not_ruled_out(sentence)
        if clauses and not _PRONOUN_OBJECT.search(sentence):
            kept.append(", ".join(c.strip() for c in clauses))
    return " ".join(kept).strip()


def _clauses_not_ruled_out(sentence: str) -> list[str]:
    """The clauses of a ruling sentence that rule nothing out. A negation reaches over the list
    that follows it by commas or dashes ("we are not opening a fourth region, bidding for
    frameworks outside our patch, or adding new service lines": all three ruled out) up to a
    clause with a subject of its own, a "but", a semicolon or a colon ("we don't compete on
    price, we win on service")."""
    kept: list[str] = []
    negated = False
    pieces = _CLAUSE_SPLIT.split(sentence)
    for index in range(0, len(pieces), 2):
        clause = pieces[index]
        # (a comma or a dash goes on with the list or an aside in it; a semicolon or a colon
        # starts a clause of its own: "... no-show charges; reducing no-shows is done with ...")
        goes_on = index > 0 and pieces[index - 1].strip() in {",", "—", "–", "-"}
        if NEGATED.search(clause):
            negated = True
        elif negated and goes_on and not _OWN_SUBJECT.match(clause):
            continue  # (an item of the ruled-out list)
        else:
            negated = False
            if clause:
                kept.append(clause)
    return kept


def negative_sentences(text: str) -> list[str]:
    """The sentences of a longer passage that rule work out, each a non-goal.

    One that names what it rules out only by a pronoun says nothing a proposal could match
    alone: a commitment ("We will not do that again.") carries the sentence before it; a
    present-tense one ("We have mobile numbers for most applicants who abandon. We don't use
    them.") is as often a fact about today as a rule, and the passage itself stays.
    """
    sentences = SENTENCE_END.split(text)
    if len(sentences) < 2:
        return []
    found = []
    for i, s in enumerate(sentences):
        if not rules_out_in_a_passage(s):
            continue
        if _REFUSAL_FIRST.match(s) and i and sentences[i - 1] not in found:
            # (a log's "Declined." refuses what the sentence before it asked for: "A car-carrier
            # operator asked for regular ro-ro discharge on quay 1. Declined: we handle
            # containers only.")
            found.append(f"{sentences[i - 1]} {s}")
        elif not _PRONOUN_OBJECT.search(s) and not _ELLIPTIC.search(s):
            found.append(s)
        elif i and _COMMITMENT.search(s) and sentences[i - 1] not in found:
            # (after a non-goal of its own, "We will not do that either." adds nothing)
            found.append(f"{sentences[i - 1]} {s}")
    return found


def ruled_out_part(text: str) -> tuple[str, str]:
    """What a non-goal passage rules out, and the rest of it: its sentences that rule work out,
    after a short lead that names the topic ("New cities. We operate in Lisbon and Porto. No
    pilots or soft launches elsewhere." gives "New cities. No pilots or soft launches
    elsewhere." and "We operate in Lisbon and Porto."; a sentence of fewer than four words rules
    out only as a lead); the whole text and "" when no sentence does by itself (a list item under a
    "Non-goals" heading: "Zone expansion beyond the current polygons")."""
    sentences = SENTENCE_END.split(text)
    found = [s for s in sentences if rules_out_in_a_passage(s)]
    if not found:
        return text, ""
    lead = sentences[0] if len(sentences[0].split()) < 5 and sentences[0] not in found else ""
    rest = [s for s in sentences if s not in found and s != lead]
    return " ".join([lead, *found]).strip(), " ".join(rest)


# A decision's reason, by its field: "**Why:** See the founders' note: we won't profit from the
# moment someone sees a bill they can't pay." says why the decision above it was taken; read as
# a non-goal of its own it ruled out what the decision did not (a blind tax-filing service's log).
REASON_FIELD = wording(
    r"^\W*(?:why|reason|reasons|rationale|because|background|context|original\s+reasoning)\s*"
    r"(?:\*\*|__)?\s*:")


def rules_out(sentence: str) -> bool:
    """A sentence that rules work out by itself, wherever it stands (not a decision's reason
    given in its own field)."""
    if REASON_FIELD.match(sentence):
        return False
    said = FACT_CLAUSE.sub(" ", sentence) if FACT_CLAUSE.search(sentence) else sentence
    return bool(NEGATIVE_SENTENCE.search(said)) and not AFFIRMING.search(said)


def rules_out_in_a_passage(sentence: str) -> bool:
    """A sentence inside a longer passage that rules work out: of four words or more, not work
    handed to another owner, not a pointer to the page that lists them ("The full list of
    things we're saying no to is on the what we won't do page.")."""
    return (rules_out(sentence) and len(sentence.split()) >= 4 and not HANDOFF.search(sentence)
            and not is_pointer(sentence))
