"""Is an item upkeep? Work that keeps the product running serves no key result, yet it is not
strategy drift: dependency bumps, security patches, compliance and legal obligations, platform
upgrades and end-of-life migrations, incident follow-ups, dead code and stale flags cleared away.

The flag `upkeep` leaves the verdict as the contract says (such work is usually an orphan),
except that an upkeep title, or a team's own upkeep label (`is_labelled_upkeep`), on an item
that cites no key result makes it an orphan whatever words it shares with one (verdict.py; a
conflict stays a conflict); the report shows its share of capacity apart and trackers stay
silent on it. Cues are the forms
these items take in trackers: Dependabot and Renovate titles ("Bump eslint from 8.56.0 to
9.0.0", "chore(deps): update ..."), CVE / GHSA ids, "security patch", named regulations, "upgrade
to v18", "end of life", "post-mortem action item", and tracker labels such as `dependencies`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.vocabulary import Flag, Reason, Verdict

# Runtimes, languages, databases, operating systems and frameworks named by their own names:
# after one, bare versions by an arrow are an upgrade ("Postgres 14 -> 16").
_SOFTWARE = (r"(?-i:Node\.js|NodeJS|Python|JDK|OpenJDK|Ruby|PHP|Golang|\.NET|dotnet|Kotlin|Scala|"
             r"Elixir|Erlang|TypeScript|Deno|Postgres|PostgreSQL|MySQL|MariaDB|Redis|MongoDB|"
             r"Elasticsearch|OpenSearch|Kafka|RabbitMQ|Cassandra|Ubuntu|Debian|CentOS|RHEL|"
             r"Windows\s+Server|macOS|iOS|Android|Angular|React|Vue|Svelte|Next\.js|Nuxt|Rails|"
             r"Django|Flask|Laravel|Symfony|Kubernetes|Terraform|Gradle|Webpack|Vite|Xcode|Storybook|"
             r"Jest|Cypress|Playwright|Sidekiq|Airflow|Hadoop|Nginx|Tomcat|Istio)")
# ... and those whose names are also ordinary words, places or people ("Node 4 -> 5" in a
# warehouse map, "Go", "Swift", "Java", "Spring", "Unity", "Helm", "Docker", "Jenkins"): a name
# of these on both sides of two versions is an upgrade ("from Node 18 to Node 22"), and so are
# dotted versions after it ("Go 1.21 -> 1.22"); any other name may be a plan, a place or a key
# result ("Pro 12 to Pro 15", "Dock 3 to Dock 7", "NPS 30 to NPS 45").
_ORDINARY_NAMES = (r"(?-i:Node|Java|Go|Swift|Rust|Perl|Bun|Amazon\s+Linux|Alpine|"
                   r"Spring(?:\s+Boot)?|Apache|Spark|Celery|Helm|Docker|Jenkins|Electron|Envoy|Flutter|Dart|Unity)")
_RUNTIMES = r"(?:" + _SOFTWARE + r"|" + _ORDINARY_NAMES + r")"
# What follows an upgrade's last version: the end, a bracket or a word for where it runs (not a
# count: "iOS 5 -> 3 steps", "Android 4 -> 2 taps").
_AFTER_VERSION = (r"(?=\s*(?:$|[,;:.()\[\]+]|(?:on|for|in|across|upgrade|migration|cluster|"
                  r"replica|runtime|image|nodes?|servers?|fleet|everywhere)\b))")
# Who a product serves: moved to a product's new generation, they are no software upgraded.
_PEOPLE = (r"(?:customers|merchants|members|users|accounts|tenants|subscribers|clients|sellers|"
           r"buyers|shoppers|riders|drivers|patients|guests|clinics|stores|schools|partners|"
           r"teams|orgs|organi[sz]ations|workspaces)\b")
# Software named as software is: a runtime or framework (its next word too: "React Native"),
# or a package's name ("react-native", "@sentry/react").
_SOFTWARE_NAMED = (r"(?:" + _RUNTIMES + r"(?:\s+(?-i:[A-Z])\w+)?|[a-z][\w.]*-[\w.-]+|@[\w/.-]+)")
# What is charged, paid or earned: moved by a "bump", it is a price, not a dependency.
_PRICED = (r"(?:points?|fees?|prices?|pricing|coupons?|values?|discounts?|minimum|plans?|"
           r"limits?|caps?|rates?|wages?|salar(?:y|ies)|bonus(?:es)?|tariffs?|costs?)\b")
_MAINTENANCE_CUES = (
    # Dependency bumps, as Dependabot, Renovate and people title them.
    r"\bbumps?\s+[@\w./:-]+\s+(?:from\s+)?v?\d[\w.-]*\s+(?:to|->|→)\s+v?\d|"
    # (a vendor's SDK named in words, then dotted versions: "Bump AppLovin MAX SDK 12.6 → 13.1";
    # a name in capitals, and no price, fee or points moved: "Bump delivery fee 4.99 to 5.99")
    r"\bbumps?\s+(?!(?:the|our|all)\b)(?=(?:[@\w./:-]+\s+){0,3}?(?-i:[A-Z]))"
    r"(?!(?:[@\w./:-]+\s+){0,3}?" + _PRICED + r")"
    r"(?:[@\w./:-]+\s+){1,4}?(?:from\s+)?v?\d+\.\d+[\w.]*\s*"
    r"(?:to|->|→)\s*v?\d+\.\d+[\w.]*" + _AFTER_VERSION + r"|"
    # the same upgrade written in other languages, of software named as software is:
    # "Actualizar React Native de 0.74 a 0.79", "Aggiornare react-native da 0.74 a 0.79",
    # "React Native von 0.74 auf 0.79 aktualisieren" (not "Preis von 9.99 auf 12.99
    # aktualisieren": German capitalises every noun)
    r"\b(?:actualizar|atualizar|migrar|mettre\s+à\s+jour|migrer|aggiornare|bijwerken|upgraden|"
    r"aktualisier\w*|zaktualizuj\w*|aktualizacja)\s+(?:[\w.-]+\s+){0,2}?" + _SOFTWARE_NAMED
    + r"\s+(?:de|desde|da|du|von|van|z|ze)\s+v?\d+\.\d+[\w.]*\s+(?:a|à|para|auf|naar|do|to)\s+"
    r"v?\d+\.\d+|"
    r"(?<![\w.+-])" + _SOFTWARE_NAMED + r"\s+(?:von|van)\s+v?\d+\.\d+[\w.]*\s+(?:auf|naar)\s+"
    r"v?\d+\.\d+[\w.]*\s+(?:aktualisier\w*|upgraden|bijwerken|migrieren)\b|"
    r"^[^\w\n]*+(?:build|chore|fix|ci)\(deps(?:-dev)?\)|^[^\w\n]*deps?(?:\(\w+\))?:|"
    r"\b(?:update|upgrade|bump)s?\s+(?:all\s+|the\s+|our\s+)?(?:(?:npm|yarn|pnpm|python|pip|"
    r"go|gradle|maven|cargo|rust|ruby|composer|nuget|node|frontend|backend|dev)\s+)?"
    r"(?:dependencies|dependency|deps|packages|lockfiles?)\b|\b(?:dependabot|renovate)\b|"
    # Dependabot's grouped bumps, Scala Steward's and Renovate's "Update X to 1.2.3",
    # pre-commit.ci's hook updates.
    # (a version with two dots or a "v": "Update pricing to 19.99" is no dependency)
    r"\bbump\s+the\s+[\w.-]+\s+group\b|"
    r"\bupdate\s+(?:rust\s+)?(?:crate|module|package|gem|plugin|action|image|dependency)\s+"
    r"[@\w./:-]+\s+to\s+v?\d|\bupdate\s+[@\w./:-]+\s+to\s+(?:v\d+(?:\.\d+)*|\d+\.\d+\.\d+)\b|"
    r"\bbump\s+[@\w./:-]+\s+to\s+v?\d+\.\d+(?:\.\d+)*\b|"
    r"\bpre-commit(?:\.ci)?\b.{0,20}\bautoupdate\b|"
    # Security patches.
    r"\bCVE-\d{4}-\d{3,}|\bGHSA(?:-\w{4}){3}|\bsecurity (?:patch|fix|update|advisory|release)|"
    r"\bpatch (?:the |a )?(?:vulnerabilit|security)|\bvulnerabilit(?:y|ies) in\b|"
    r"\bpatch\w*\s+(?:the\s+|a\s+)?(?:[\w.-]+\s+){0,2}?(?:CVE|zero-day|security hole)s?\b|"
    r"\b(?:log4shell|heartbleed|shellshock|spring4shell)\b|"
    r"\bpen(?:etration)?[- ]?test(?:ing)?\s+(?:findings?|remediation|fix(?:es)?|report)\b|"
    r"\bpin\w*\s+(?:[\w./-]+\s+){0,3}?to\s+(?:full\s+)?(?:commit\s+)?(?:shas?|hashes|digests?)\b|"
    # Upgrades and end-of-life migrations.
    # (a version has a dot or a "v", or is moved by an arrow: "Update PTO accrual from 20 to 25
    # days", "Update Zone 1 to 2 fares" are no upgrades)
    r"\b(?:upgrade|migrate|update)\s+(?:[\w.-]+\s+){0,3}?(?:from\s+)?v?\d+(?:\.\d+)*\s*(?:→|->)\s*v?\d|"
    r"\b(?:upgrade|migrate|update)\s+(?:[\w.-]+\s+){0,3}?(?:from\s+)?(?:v\d+(?:\.\d+)*|\d+\.\d+[\w.]*)"
    r"\s*to\s*v?\d|"
    # ("Migrate the build to Python 3.12", "upgrade to v18", "move off Java 8 to Java 17"; not
    # "Upgrade Starter 10 to 25 seats")
    # (software, not people moved to a product's generation: "Upgrade customers to Pro Plus 2.0",
    # "migrate members to Loyalty v2")
    r"\b(?:upgrade|migrate)\s+(?!(?:[\w.-]+\s+){0,3}?" + _PEOPLE + r")(?:[\w.-]+\s+){0,3}?to\s+"
    r"(?:(?-i:[A-Z])[\w.+-]*\s){0,2}(?:v\d+(?:\.\d+)*|\d+\.\d+(?![\w.]*x\b)[\w.]*)\b|"
    r"\b(?:upgrade|migrate)\s+(?!(?:[\w.-]+\s+){0,3}?" + _PEOPLE + r")(?:[\w.-]+\s+){0,3}?to\s+"
    r"(?-i:[A-Z])[\w.+-]*\s\d+\b|"
    # a named product, then "to" a version: "Upgrade Postgres to 16", "Upgrade Android
    # targetSdk to 35"
    r"\bupgrade\s+(?:[\w.-]+\s+){0,3}?(?-i:[A-Z][\w.+-]*|[a-z]+[A-Z][\w.+-]*)\s+to\s+v?\d+"
    r"(?:\.\d+)*\s*$|"
    # a piece of infrastructure moved between versions of its product: "Upgrade quoting DB from
    # Postgres 13 to 16" (not "Upgrade Gold members from Level 2 to 3")
    r"\b(?:upgrade|migrate)\s+(?:[\w.-]+\s+){0,3}?(?:db|database|cluster|servers?|runtime|sdk|"
    r"images?|runners?|os|kernel|instances?|broker|cache)\s+from\s+(?-i:[A-Z])[\w.+-]*\s+v?\d+\s*"
    r"(?:→|->|to)\s*v?\d|"
    # a product named as software is (capitals inside: PostgreSQL, MySQL, PHP), then whole
    # versions: "Upgrade portal database from PostgreSQL 12 to 16" (not "Day 1 to 7", "Level 2")
    r"\b(?:upgrade|migrate)\s+(?:[\w.-]+\s+){0,5}?(?-i:[A-Za-z][a-z]*[A-Z][\w.+-]*)\s+v?\d+\s*"
    r"(?:→|->|to)\s*v?\d|"
    # dotted versions after any capitalised name: "from Ubuntu 20.04 to 22.04"
    r"\b(?:upgrade|migrate|update|move)\w*\s+(?:[\w.-]+\s+){0,5}?(?-i:[A-Z])[\w.+-]*\s+"
    r"v?\d+\.\d+[\w.]*\s*(?:→|->|to)\s*v?\d|"
    r"\b(?:replace|remove|drop|migrate\s+off)\s+(?:the\s+)?deprecated\b|"
    # a runtime's versions, its name on both sides or after "bump ... from": "Bump the Lambda
    # runtime from Node 18 to Node 22", "Move the runners from Node 18 to Node 22"
    r"\bbumps?\s+(?:[@\w./-]+\s+){0,4}?from\s+" + _RUNTIMES + r"\s+v?\d+(?:\.\d+)*\s*"
    r"(?:→|->|to)\s*(?:" + _RUNTIMES + r"\s+)?v?\d|"
    r"\b(?P<runtime>" + _RUNTIMES + r")\s+v?\d+(?:\.\d+)*\s*(?:→|->|to)\s*(?P=runtime)\s+v?\d|"
    # a runtime's versions by an arrow, or upgraded to a bare version: "Postgres 14 -> 16 on
    # reporting replica", "Upgrade Postgres 14 to 16"
    r"\b(?:" + _SOFTWARE + r"\s+v?\d+(?:\.\d+)*|" + _RUNTIMES + r"\s+v?\d+(?:\.\d+)+)\s*"
    r"(?:→|->)\s*v?\d+(?:\.\d+)*" + _AFTER_VERSION + r"|"
    r"\b(?:upgrade|migrate|update|bump|move)\w*\s+(?:[\w.-]+\s+){0,3}?" + _SOFTWARE
    + r"\s+(?:from\s+)?v?\d+(?:\.\d+)*\s+to\s+v?\d+(?:\.\d+)*" + _AFTER_VERSION + r"|"
    # off a versioned product onto another: "migrate the analytics database from MySQL 5.7 to
    # Aurora PostgreSQL"
    # (a product named as products are, capitalised: not "move our shoppers from app 3.2 to ...")
    r"\b(?:migrate|move|upgrade|switch)\w*\s+(?:[\w.-]+\s+){0,4}?from\s+(?-i:[A-Z])[\w.+-]*\s+"
    r"v?\d+(?:\.\d+)+\s+(?:to|onto)\b|"
    r"\bend[- ]of[- ](?:life|support)\b|\bEOL\b|\bdeprecated (?:api|runtime|version)s? removal|"
    # Certificates, keys and licences that expire.
    r"\b(?:renew|rotate|replace)\w*\s+(?:the\s+|our\s+|all\s+|expir\w+\s+)?(?:[*\w.-]+\s+){0,3}?"
    r"(?:certificates?|certs?|secrets?|credentials|api keys?|signing keys?|licen[cs]es?)\b|"
    r"\b(?:TLS|SSL|APNs?) cert(?:ificate)?s? (?:renewal|rotation|expir)"
)
# Follow-ups of an incident and the recurring chores of a certification keep the product as it
# is too (a new certification to win customers is strategy, so it stays an obligation cue).
_CHORE_CUES = (
    r"\b(?:post-?mortem|incident|outage|RCA)\s+(?:follow[- ]?ups?|action items?|remediation)|"
    # an incident by its tracker id: "INC-2291 follow-up: Rounds login outage"
    r"\b(?:INC|SEV|PIR)-?\d+(?:-\d+)*\s+(?:follow[- ]?ups?|action items?|remediation)\b|"
    # a duty that comes round every year: "Accessibility statement: annual review", "DCB0129
    # safety case and hazard log: annual review", "DAC7: annual seller income report"
    r"\b(?:annual|yearly)\s+(?:[\w-]+\s+){0,3}?(?:review|submission|filing|attestation|"
    r"declaration|(?:income|tax|compliance|transparency|regulatory)\s+report)s?\b|"
    # the continuity drills auditors ask for: "Business continuity: test restoring Hub from
    # backup", "annual DR test", "backup restore drill"
    # (not product work named after it: "Business continuity for stores: let tills ...", "Test
    # restores from the customer dashboard")
    r"\bbusiness\s+continuity\s*(?::\s*test|test|drill|exercise|plan\s+(?:test|review))\b|"
    r"\b(?:disaster\s+recovery|DR|BCP|failover)\s+(?:test|drill|exercise|rehearsal)s?\b|"
    r"\b(?:backup|restore)\s+(?:restore\s+)?(?:test|drill|verification)s?\b|"
    r"\btest(?:s|ing)?\s+restoring\b|"
    r"\bfollow[- ]?up (?:from|to|for|on) (?:the |last week's |yesterday's )?"
    r"(?:incident|outage|post-?mortem|INC-\d+)|"
    r"\b(?:user[- ])?access\s+reviews?\b|\b(?:audit|compliance)\s+evidence\b|"
    r"\bevidence\s+(?:pack|collection|gathering)\b|\bsurveillance\s+audit\b|"
    r"\b(?:re-?certification|recertify)\b|"
    # an audit's findings fixed: "Accessibility audit Dec 2025: fix WCAG 2.2 AA failures on ...",
    # "Fix the findings of the 2026 pen test" (a blind housing authority's upkeep, 2026-12-01;
    # not the product's audit log or trail: "Compliance audit log: fix export to CSV", nor work a
    # key result may ask for: "Fix WCAG contrast issues across the redesigned dashboard")
    r"\b(?:accessibility|security|pen(?:etration)?[- ]?test|compliance|external)\s+audit\b"
    r"(?!\s*(?:logs?|trails?|tools?|events?|reports?\s+for\s+customers)\b)"
    r"[^\n]{0,40}?\bfix(?:es|ing)?\b|"
    r"\bfix(?:es|ing)?\s+(?:the\s+|all\s+)?(?:[\w.-]+\s+){0,3}?(?:audit|pen[- ]?test)\s+"
    r"(?!logs?\b|trails?\b)(?:[\w.-]+\s+){0,2}?(?:findings|failures|issues)\b|"
    r"\bfix(?:es|ing)?\s+(?:the\s+|all\s+)?findings\s+(?:of|from)\s+(?:the\s+|our\s+)?"
    r"(?:[\w.-]+\s+){0,3}?(?:audit|pen[- ]?test)\b"
)
_OBLIGATION_CUES = (
    # Compliance and legal obligations.
    r"\b(?:GDPR|CCPA|HIPAA|SOC ?2|PCI[- ]DSS|ISO ?27001|FedRAMP|WCAG|DORA|NIS ?2|EU AI Act)\b|"
    r"\b(?:legal|regulatory|compliance) (?:requirement|obligation|deadline|hold|review|audit)|"
    r"\b(?:licen[cs]e|export) compliance\b|\baudit finding|\bdata (?:retention|deletion) request|"
    r"\b(?:third[- ]party|open[- ]source|oss)\s+licen[cs]e\s+(?:notices?|attributions?|texts?)|"
    r"\blicen[cs]e\s+(?:notices?|attributions?|headers?|audit|scan)|\bSBOMs?\b|"
    r"\bsoftware bill of materials\b|\bcookie\s+consent\b|\b(?:ICO|CNIL|ePrivacy)\b|"
    # an employer's checks the law requires, and returns filed each year
    r"\bright[- ]to[- ]work\s+re-?checks?\b|\b(?:statutory|mandatory|annual|yearly)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:submissions?|filings?|attestations?|declarations?)\b|"
    r"\bdata\s+retention\s*(?::|polic(?:y|ies)\s+(?:says|requires|needs)|schedule\s+says)|"
    r"\breturns?\s+to\s+(?:the\s+)?regulator\b"
)
# Where a title's verb stands: after marks and a tracker's area tag ("[infra] Rotate ...").
_TITLE_START = r"^[^\w\n\[]*+(?:\[[^\]\n]{0,30}\]\s*)?"
# Said in a title, where the whole line is about it: "Renew Apple Push Notification service
# certificate", "Rotate the leaked AWS access key found in the repo" (in a long body, "cert
# rotation" or "replace ... tokens" is as often a design's subject).
_TITLE_CUES = (
    # (the verb, not "Renewal reminder emails"; not a feature for users: "let users rotate ...")
    _TITLE_START + r"(?:renew|rotate|replace)(?:s|ed|ing)?\s+"
    r"(?:the\s+|our\s+|all\s+)?(?:[\w.'’-]+\s+){0,4}?"
    r"(?:certificates?|certs?|secrets?|credentials|domains?|"
    r"(?:api|access|signing|ssh|deploy|encryption|secret)\s+keys?)\b|"
    # dead parts of the code cleared away: "Remove dead feature flags from the order service",
    # "Clean up stale LaunchDarkly flags" (a newcomer's trial: judged aligned to click-and-collect
    # for the words of its body; the five such titles of the labelled sets are all orphans). Not
    # "legacy" or "old" things, which a key result may ask to replace: "Remove the legacy
    # checkout".
    + _TITLE_START + r"(?:remov|delet|clean(?:\s*-?\s*)?up|clear\s+out|"
    r"rip\s+out|prun|purg|tidy(?:\s+up)?|decommission)\w*\s+(?:the\s+|our\s+|all\s+)?"
    r"(?:[\w.'’-]+\s+){0,3}?(?:dead|stale|unused|obsolete|orphaned|leftover|expired)\s+"
    r"(?:[\w.'’-]+\s+){0,2}?(?:code|flags?|toggles?|endpoints?|tables?|columns?|config\w*|"
    r"branches|jobs?|crons?|scripts?|paths?|modules?|buckets?|indexes|indices|dashboards?|tests?|"
    r"experiments?|queues?|topics?|environments?|resources?|images?|feature\s+flags?)\b"
)
_CUES = re.compile(
    _MAINTENANCE_CUES + "|" + _CHORE_CUES + "|" + _OBLIGATION_CUES, re.I | re.M
)
_MAINTENANCE = re.compile(_MAINTENANCE_CUES, re.I | re.M)
_KEEPING = re.compile(_MAINTENANCE_CUES + "|" + _CHORE_CUES, re.I)
_TITLE = re.compile(_TITLE_CUES, re.I)
# A title that builds something for users is product work, whatever chore it names: "Build
# access reviews for enterprise admins", "Automate evidence collection for customers' audits".
_BUILDS = re.compile(
    r"^[^\w\n\[]*+(?:\[[^\]\n]{0,30}\]:?\s*)?(?:feat(?:ure)?(?:\([\w-]+\))?:\s*)?(?:add|build|let|"
    r"allow|automate|support|offer|enable|create|launch|design|introduce|implement|show|display|"
    r"provide|expose|ship|make)\b"
    # (not the design system named before a colon: "Design system: upgrade Storybook 7 → 8")
    r"(?!\s+(?:system|platform|infra\w*|deps|library|tokens)\s*:)",
    re.I,
)
_LABELS = frozenset(
    {"dependencies", "dependency", "deps", "security", "compliance", "legal", "upkeep",
     "maintenance", "chore", "incident-follow-up", "postmortem", "tech-debt-upgrade"}
)


# A team's own word that an item keeps the product as it is (not "security", "compliance",
# "legal": such work may be what an objective asks for). Over the 52 labelled sets of 2026-12-01
# all 28 items carrying one of these were orphans.
_UPKEEP_LABELS = _LABELS - {"security", "compliance", "legal"}


def _labelled(labels: Iterable[str], names: frozenset[str]) -> bool:
    return any(str(label).strip().lower() in names for label in labels)


def is_labelled_upkeep(labels: Iterable[str]) -> bool:
    """True when a tracker label the team set says the item is upkeep."""
    return _labelled(labels, _UPKEEP_LABELS)


def is_upkeep(text: str, labels: Iterable[str] = ()) -> bool:
    """True when the text or a tracker label says the item is upkeep."""
    if _labelled(labels, _LABELS):
        return True
    # (_CUES holds the maintenance cues too: only the title's cue is left to ask)
    return bool(_CUES.search(text)) or _in_title(text)


def is_maintenance(text: str) -> bool:
    """True for a dependency bump, a security patch, a version upgrade or an end-of-life
    migration, or an expiring certificate or key renewed: work that keeps the product as it is.
    Such work does not go against a non-goal, which rules out a direction (compliance and
    incident work can: "GDPR for the EU launch" against "no EU customers this year")."""
    return bool(_MAINTENANCE.search(text)) or _in_title(text)


def is_upkeep_title(text: str) -> bool:
    """True when the title (the first line) says the item keeps the product as it is: a bump,
    a patch, an upgrade or migration off an old version, a renewal, an incident follow-up, a
    certification's recurring chore, dead code or stale flags cleared away. Such an item serves
    no key result whatever words it shares with one (in the 19 labelled sets of 2026-11-30, 25
    of the 26 such titles that cite no key result are orphans; thresholds.UPKEEP_TITLE_CONFIDENCE).
    """
    title = text.split("\n", 1)[0][:300]
    if _BUILDS.match(title):
        return False
    return bool(_KEEPING.search(title)) or _in_title(text)


def _in_title(text: str) -> bool:
    return _TITLE.match(text.split("\n", 1)[0][:300]) is not None


def with_upkeep(
    flags: list[str], verdict: str, reason: str | None, text: str, labels: Iterable[str] = ()
) -> list[str]:
    """`flags` with `upkeep` set for upkeep that serves no key result (an orphan or an unclear
    call) and dropped otherwise: aligned compliance work is strategy, a conflict is a conflict."""
    kept = [flag for flag in flags if flag != Flag.UPKEEP]
    serves_nothing = verdict == Verdict.UNCLEAR or reason == Reason.ORPHAN
    if serves_nothing and is_upkeep(text, labels):
        kept.append(Flag.UPKEEP)
    return kept


def labels_of(extra: dict[str, object] | None) -> list[str]:
    """Tracker labels kept on a proposal: `labels` as a comma-separated string, a list of
    names, or a list of GitHub-style objects (`{"name": ...}`)."""
    raw = (extra or {}).get("labels")
    if isinstance(raw, str):
        return [part.strip() for part in raw.split(",")]
    if not isinstance(raw, list):
        return []
    return [str(x.get("name", "")) if isinstance(x, dict) else str(x) for x in raw]
