"""The metric rule (checker/embedded/metric/rule.py) against a labelled set of spec sentences.

tests/data/metrics/sentences.jsonl: 7144 sentences written in the style of specs, tickets, PRs
and PRDs from many domains, each labelled whether it names an outcome it will move.
- `tune` (5732): the sentences the rule was built and tuned on, both ways: twenty-two earlier
  held-out sets (160 each from the fourth on; the twenty-second less one sentence the held-out
  part already has, the twenty-third and twenty-fifth less four each the file already had), each
  moved here once it had been seen while fixing its misses; 233 sentences the lead wrote for
  the kinds of their misses (62 of them in the sixth session); 214 reviewers wrote to find a
  day's rule misreading (60 in the fourth session's round, 129 in the sixth's review, both
  ways). Each held-out set, when first run (a different helper each time, who saw neither the
  rule nor the other sets): 0.943; 0.856; 0.910; 0.931; 0.881; 0.844
  and 0.919 (one rule); 0.925 and 0.900 (one rule); 0.925 and 0.969 (one rule); 0.906 and
  0.963 (one rule); 0.912, 0.900, 0.894 and 0.887 (one rule); 0.938 (the twentieth, on the
  rule of 2026-11-30's third session); 0.950 (the twenty-second, on the fourth session's rule;
  0.994 after its round); 0.938 (the twenty-third, on the same rule; 1.000 after its round);
  0.925 (the twenty-fifth, on 795fabe, the sixth session's start; 0.988 after its round);
  0.938 and 0.938 (the twenty-eighth and twenty-ninth, on e26021a, the seventh session's start;
  0.988 and 1.000 after its round). 92 sentences the twenty-second set's round wrote for the
  kinds of its misses, both ways, 177 the twenty-third's, 29 the seventh session's, and 163
  its review wrote against that round (151 of them right after the review's narrowing, 113 on
  e26021a); 4 for a newcomer's "from 30% to over 60%". The eighth session (4ea0de2 its start)
  moved the thirtieth and thirty-first sets here (read: 0.950 / 0.938 -> 0.988 / 0.981) and
  added the thirty-third and thirty-fourth (0.900 and 0.875 when first run on 4ea0de2; read),
  37 sentences the lead wrote for the kinds of its three rounds, and 160 its review wrote against
  its first round (106 right on 4ea0de2, 136 on the round, 150 after the review's narrowing),
  100 a second review wrote against its second round (65 right on 4ea0de2 and on the first
  round, 78 on the second, 90 after narrowing it). Eighty-two tune sentences stay wrong (17 of
  them the sixth session's review's, 12 the seventh's, 10 each of the eighth's two reviews'),
  each marked `known_wrong` in the data; any other miss fails the test.
- `held_out`: the eighteenth, nineteenth, twenty-first, twenty-fourth, twenty-sixth,
  twenty-seventh, thirty-second, thirty-fifth and thirty-sixth sets, 160 each by nine more
  helpers (sentences that repeat others left out). The last three, written during the eighth
  session: 0.956, 0.931 and 0.931 on its start, 0.956, 0.944 and 0.950 after its rounds (never
  looked at). The
  twenty-sixth, written during the sixth session: 0.919 on 795fabe (its start), 0.931 after its
  two rounds, 0.925 after the review's narrowing of them (never tuned on). The twenty-seventh,
  written after: 0.906 on 0324dee (0.912 on 795fabe; never looked at). The twenty-fourth, written
  after the fifth session's two rounds: 0.925 on their rule (never tuned on). The eighteenth and
  nineteenth: 0.919 and 0.925 when first run, 0.934 together on the rule of the third session of
  2026-11-30, 0.937 on the fourth's. The twenty-first: 0.956 on the third session's rule, 0.963 on
  the fourth's (never tuned on). The fourth session's round (signed and extra counts "+1,200 net
  new memberships", money saved a year, "win back a share", "at zero by June", a quantity that
  "should climb", rules and policies around a bound, "only if we get X under Y", names in quotes,
  "drop zone", "booster") took the twentieth set from 0.938 to 1.000 and the blind organisations'
  items (below) from 0.797 / 0.949 / 0.780 to 0.949 / 0.983 / 0.932 (after the review's fixes):
  most of a round's gain still does not carry over to new authors. The 0.95 goal on organisations
  nobody tuned on is not met (bench/metric_learned_baseline.py compares a learned reading). The
  twenty-second set's round (approximate levels: "down to about 12 per 100", "from ~40% to near
  100%"; a level brought down by money or time; a projected count of enquiries; "bump" a counted
  thing; "want it in the teens"; a change by points; and not: "at least one" as a quantifier, a
  named version moved by an arrow, "came within a day of", a date after "Goal:", the number of
  columns, a capacity, "20% off orders over £40") took the freight forwarder's and university
  services' items from 0.949 / 0.932 to 1.000 / 1.000 and the twenty-second set from 0.950 to
  0.994, the held-out part from 0.945 to 0.947; the other organisations did not move. The
  twenty-third set's round (with the security-training, city services and regional airline
  organisations' misses: a metric's name written with hyphens, a quantity to "jump" or named far
  before "should drop to about one", things to "fall by about that much", "something like 600 KB",
  "at 4+ stars", points in words and "9 points more often", a signed range, "3,000 extra joins a
  month", a share "deflected", "the redemption-rate KR", "More passengers would", "drives
  installs", titles "more X conversions" and "Day-1 retention up", "OTIF to 97", "cross 95%"; and
  not: a radius, "time out at 30 s", "buried under 40 emails", "a form that an agent processes
  within 7 days", "Balances under 4,000 points ... can't", "Sixty percent of our patients are over
  65") took those organisations from 0.881 / 0.864 / 0.814 to 1.000 / 0.983 / 0.966, the
  twenty-third set from 0.938 to 1.000 and the held-out part from 0.947 to 0.950; the other
  organisations did not move. The floors below are what was measured, so a change that makes it
  worse fails.
"""

from __future__ import annotations

import datetime
import json
import time
from pathlib import Path

import pytest
from babel import localedata
from babel.numbers import get_currency_symbol, get_territory_currencies

from checker.embedded.flags import NO_METRIC, prose, text_flags
from checker.embedded.metric import (
    mentions_a_metric,
    moves_an_amount,
    names_metric,
    states_a_goal,
)
from checker.embedded.metric.units import (
    LETTERED_SIGNS,
    SIGNS_READ_AS_OTHER,
    other_currencies_as_dollars,
)
from checker.models import Proposal
from checker.screening.injection import screen
from checker.screening.language import read_language
from index.okrs import load_okrs

SENTENCES = Path(__file__).parent / "data" / "metrics" / "sentences.jsonl"
# Texts in 18, 25 and 29 languages, each set written blind by a different helper (twelfth
# session), and a code review's texts: the first two sets and the review's were read to build
# languages.py's words ("tune"), the third set's misses only once, after its first run
# ("held_out"): 0.747 by the rule that read the first two (0.633 before), 0.777 after two reviews.
LANGUAGES = Path(__file__).parent / "data" / "metrics" / "languages.jsonl"
LANGUAGE_FLOORS = {"tune": 0.95, "held_out": 0.77}
# The example's key results, so "a KR metric or its synonyms" has something to match.
KR_IDS = ["O1.KR1", "O1.KR2", "O2.KR1", "O2.KR2", "O3.KR1", "O3.KR2"]
METRICS = ["order_to_ready_minutes", "click_collect_share", "active_trade_accounts",
           "trade_repeat_rate", "inventory_accuracy", "out_of_stock_cancellation_rate"]
# held_out: 0.953 on 1412 sentences by this rule (0.941 on 4ea0de2, the eighth session's start,
# 0.951 on its first round; its first 946: 0.942 -> 0.952 -> 0.955). The floor is what was
# measured, so a change that reads these worse fails.
HELD_OUT_FLOOR = 0.95
# The slowest runs take 2.0-2.7 s alone on a quiet machine (854e8f0 and after) and reached 3.1-3.6 s
# in a slower CI run (thirty-second session); a rescan from every position took 9-76 s.
LINEAR_BUDGET_S = 6.0


def _rows(split: str) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["split"] == split]


@pytest.mark.parametrize("split", ["tune", "held_out"])
def test_the_metric_rule_agrees_with_the_labels(split: str) -> None:
    rows = _rows(split)
    wrong = [r for r in rows
             if names_metric(str(r["text"]), METRICS, KR_IDS) != r["names_metric"]]
    accuracy = 1 - len(wrong) / len(rows)
    print(f"\nno_metric rule on {split}: accuracy {accuracy:.3f} on {len(rows)} sentences")
    for r in wrong:
        print(f"  expected names_metric={r['names_metric']}: {r['text']}")
    assert len(rows) >= 300
    if split == "tune":
        # (each a kind the rule does not read, marked `known_wrong` in the data: a typo, an
        # unusual quantity such as "non-revenue water" or "curtailment", a target said as a
        # state, "unless" clauses read as triggers, "the number we're going after")
        assert all(r.get("known_wrong") for r in wrong)
        # a new mark is a visible change, not a quiet way to pass
        # (the eighteenth: a volume moved each period, "would move about 1,200 scripts a month
        # into app requests", read as a metric until a review found "the cron job will move
        # 500 files a day to cold storage" read the same way; the eighty-third, 2026-12-01: load
        # foreseen, "Expect 2x traffic on launch day", read as a multiple to reach; the
        # eighty-fourth, a placement: "get them under one cluster"; the eighty-fifth, a time
        # brought under today's with the payee before it: "Payouts to promoters in 1 day
        # instead of the current 7 days"; the twelfth session's amounts.py read "Estimated
        # A$220k/yr additional income", which leaves 84; that session's code review added 62
        # sentences both ways, 11 misread: systems brought up or data pulled down read by older
        # phrasings, "Fix all 27 accessibility failures the audit logged" (read after a second
        # review), a Spanish sentence the language reader took for English; the second review
        # added 18 more, 2 misread: "Same-day refund instead of a 5-day wait for the refund
        # email template", "Voice notes: saves up to 30 minutes per recording offline"; the
        # twenty-first session's bare bounds, read only when wanted, leave two marked both ways:
        # "Answer every dealer lead within 48 hours" and "Answer every chat in at most 1 minute
        # ..." are a service rule to the blind writers, who labelled "Answer every Google and
        # Tripadvisor review within 48 hours" and "Reply to every 1-2 star app review within 2
        # business days" no metric; "Cut inbound 'where is my order?' calls" is now read)
        # (the twenty-sixth session: two of its phrasings given up after a review, "could add
        # ~$40k/month" and "saves ~2 weeks per port", read costs and retention too)
        # (the twenty-seventh: a review's 90 English sentences, 11 misread: a product named with
        # words between ("Cut Christmas trees"), a quoted metric driven down, NRR as a noise
        # rating, "signs going up", prices rising with a list, a gutter margin in inches, ...)
        # (the twenty-eighth: a review's 101 English sentences, 14 misread: limits, thresholds
        # and doses said against today's, "Cap attachments at 10 MB or less vs 25 MB now"; a
        # page size and a retention said as changes; an error brought down in degrees; an
        # outcome with "depending on" after it; a numbered month's target; money saved under a
        # heading; counts per period signed or signed up, "+300 orders/week", "Sign 40 new
        # venues/quarter"; "Improve smolt survival"; a level wanted in an "if" or "when" clause
        # that "means" something)
        # (and a review of its second and third rounds: 93 English sentences, 18 misread: an
        # amount less per unit or than a spec ("0.8 l/plant less water a day", "holds 200 l less
        # water"), a changelog's signed counts, a canteen queue getting shorter, a level moved
        # "once" something is live, "at SKU granularity", a preheat overshoot in degrees, verbs
        # read as plurals ("keeps", "frees"), "2 more days per sprint", uploads lost, QA checks
        # failed, a form's fields thought realistic, a flag ramp by week, keys lost, a move to
        # most arrivals, paying faster)
        # (the twenty-ninth: a review's 118 English sentences on the session's phrasings, 38 still
        # read wrong after the narrowing it led to, mostly closed word lists and prices said
        # in words)
        # (the thirtieth: a review's 115 English sentences on the session's phrasings, 22 still
        # read wrong after the narrowing it led to: prices and terms wanted at a level, counts of
        # staff or integrations, one-in-so-many checks, "the same day" said without a pronoun;
        # and one of the session's own, "they want it the same day as the service", read now as
        # a schedule like "the same day as payroll"; and a size limit wanted, "We want attachments
        # under 10 MB", read by the older bound reading)
        # (the thirty-first: a review's 112 English sentences on the session's phrasings, 19 still
        # read wrong after the narrowing it led to: sizes, prices and rate limits kept "under" a
        # bound, a zero wanted "by the end of this sprint", "falls back within 5-10 seconds", a
        # report made to "run 40% faster", "+50 users" on a plan; and four of the session's own:
        # "add roughly 12 % to our revenue", "hire 2 more drivers", "zero slips on the loading
        # ramp this winter", "better than the 58% we're running at")
        # (the thirty-second: a review's 107 English sentences on the session's phrasings, 29
        # read wrong after the narrowing it led to, each read the same on 854e8f0, before the
        # session: zero wanted before a release or a deploy, customers a data load would add, a
        # gate "as long as p95 stays under", outcomes the new phrasings do not reach in other
        # words ("Stamp out the mis-picks", "bring in an extra 8 t per week"))
        # (the thirty-third: a review's 96 English sentences on the session's phrasings, 13 read
        # wrong after the narrowing it led to, each read the same on 7994d3d, before the session:
        # a harm in words the new phrasings do not reach ("no lame reindeer"), a column said to
        # move ("Flotation column recovery up"), a limit "need it down under 2 MB", "we expect
        # them to go down when the portal opens")
        # (and a second review, of the fourth round's phrasings: 91 English sentences, 26 read
        # wrong, each as on fd75005: other ways to say a share wanted, a loss to keep, a saving
        # or a funnel ("Want 90% of orders shipped same day", "spares families about 10 days of
        # waiting"), and a threshold said in a labelled line ("Threshold: CPAP usage under 4h"))
        # (and a third, of the fifth round's: 47 English sentences, 10 read wrong, each as on
        # 7d3504c: thresholds in a numbered list, "Upgrade app rating from 3.9 to 4.4 stars",
        # "stop them from happening again", "gets us closer to 2 releases per month")
        assert sum(bool(r.get("known_wrong")) for r in rows) == 305
    else:
        assert accuracy >= HELD_OUT_FLOOR


# The labelled organisations of bench/eval/, each written blind (docs/quality.md): the rule on
# every item's screened title and body against its `states_metric` label, with the
# organisation's own key results. The floors are this rule's figures; the first run of each,
# before any round saw it: transit 0.932, payroll 0.831, vet clinics 0.797, equipment rental
# 0.949, energy retailer 0.780, freight forwarder 0.949, university services 0.932, security
# training 0.881, city services 0.864, regional airline 0.814, insurance claims 0.915 (after the
# fifth session's two rounds), agri cooperative 0.949 and parts marketplace 0.898 (the sixth
# session's start, 795fabe), library network 0.864 and hotel group 0.915 (795fabe; the same on
# the sixth session's first round), property management 0.966 (0324dee; 0.966 on 795fabe);
# veterinary group 0.932 and transport authority 0.966 (e26021a, the seventh session's start),
# water utility 0.966 on e26021a and 0.983 on the seventh session's round (written before the
# round, read after it). All three 0.983 after that round and its review's narrowing. A
# language-learning company, written after: 0.881 on all three rules (never looked at); 0.966
# after the eighth session's round, which read it. That session's newspaper group and
# construction-software company: 0.914 and 0.845 on 4ea0de2 (its start), 1.000 and 0.966 after
# its round, which read both (the newspaper group's first run on the round, before it was read:
# 0.914). A telecom operator, a grocery delivery company, a museum trust and a maintenance-sensor
# maker: 0.931, 0.879, 0.810, 0.810 on 4ea0de2, 0.948, 0.879, 0.828, 0.828 on that round
# (fac64ed), 0.983, 0.966, 0.914, 1.000 after a second round, which read them. A pharmacy chain
# and a recruiting-software company, written after: 0.879 and 0.914 on 4ea0de2, 0.879 and 0.948
# on both rounds (never looked at, except the one recruiting item the second round first broke:
# "Recruiters triage agency CVs faster"); the pharmacy chain 0.948 after a third round, which
# read it. An airport operator and a payments company, written after the second round: 0.879
# and 0.879 on 4ea0de2, 0.897 and 0.914 on each of the three rounds (never looked at). A
# car-sharing operator, a contract-management company and a chain of fitness clubs (ninth
# session, a610670, before anything was read): 0.897, 0.948, 0.931; the last two 0.966 and
# 0.948 after the session's round, which read them. A solar installer, a bank's
# developer-platform team, a furniture retailer and an HR-software vendor (the same session,
# a610670): 0.931, 0.897, 0.948, 0.931; the developer platform 0.914 after the session's second
# round, which read its misses and the solar installer's (the other three never looked at). A
# dental chain and an event-ticketing platform (tenth session, a74b338 and d06100d, before
# anything was read): 0.966 and 0.966. A ferry operator and a school-meals platform (twelfth
# session, run first on the session's metric rounds, before anything of them was read): 0.897
# and 0.898; 0.948 and 0.932 after a round that read their misses. A podcast platform and a
# waste-collection contractor (thirteenth session, 87cb948, before anything was read): 0.905
# and 0.921; 0.984 and 1.000 after a round that read their misses. A used-car marketplace and a
# public broadcaster (written during that round, run first on its code before anything of them
# was read): 0.850 and 0.931 (the same on 87cb948: the round's fixes did not reach them); 0.983
# and 1.000 after a second round. A coworking operator and a retail bank's app team (written
# after both rounds, run on 54df8ec and not tuned on; their misses looked at, not fixed): 0.932
# and 0.883. A home-care agency and a mobile game studio (fourteenth session, on 58cc56b before
# anything was read): 0.825 and 0.914; 0.842 and 1.000 after a round that read their misses. A
# craft marketplace and a hospital's patient portal (written after that round, run on 07ac9f2
# and not tuned on): 0.912 and 0.895; the craft marketplace 0.930 once one incident follow-up's
# monitor trigger ("Alert on image 5xx ratio > 2%"), read after the run, was fixed.
# A craft brewery, a food bank and a cargo airline (the nineteenth session, written blind, run on
# a3149dd before anything was read): 0.932, 0.881 and 0.949; 0.932, 0.915 and 0.966 after.
# An opticians chain, a city parks department and a procurement-software vendor (the twentieth
# session, written blind, run on 66e1ef2 before anything of them was read): 0.983, 0.966 and
# 0.862; 1.000, 1.000 and 0.966 after a round that read their misses. An industrial bakery, a
# pensions administrator and a regional theatre (the same session, written blind, run on
# 668132e, after that round, before anything of them was read): 0.845, 0.881 and 0.828; 0.966,
# 0.949 and 0.845 after a second round that read their misses. A credit union, a chemicals
# distributor and an academy trust (the same session, on e784341, after both rounds, before
# anything of them was read): 0.746, 0.914 and 0.831; 0.881, 0.914 and 0.831 after a third
# round that read the credit union's misses. A managed security provider, an offshore wind O&M
# contractor and a 3PL warehouse (the twenty-first session, written blind, run on 810a443
# before anything of them was read): 0.897, 0.897 and 0.780. A dialysis network, an online print
# shop and a rail freight operator (written while the next change was made, run on 810a443 and
# on that change before anything of them was read): 0.881, 0.831, 0.898 on 810a443 and 0.915,
# 0.864, 0.881 on the change. That change, a bare bound ("over 4 mm", "within 48 hours", "more
# than 45 min") read as a target only when its clause wants, keeps or moves a quantity, lost
# two home-care items read right for the wrong reason ("More than half of the carers who left",
# "by more than 5" minutes), hence 0.80 there. A second round read the first three's misses
# (0.948, 0.983 and 0.881 after). A pilotage service, a council's school transport team and a
# cargo-bike courier cooperative (written blind during that round, run on 7ba69d0 before
# anything of them was read): 0.881, 0.931 and 0.914 (0.864, 0.931 and 0.879 on 810a443);
# 0.932, 0.966 and 0.931 after a third round that read their misses.
ORGANISATIONS = Path(__file__).parent.parent / "bench" / "eval"
ORGANISATION_FLOORS = {
    "transit-operator": 1.00, "payroll-saas": 1.00, "vet-clinics": 0.98,
    "equipment-rental": 0.98, "energy-retailer": 0.94, "freight-forwarder": 1.00,
    "university-services": 1.00, "security-training": 1.00, "city-services": 0.98,
    "regional-airline": 1.00, "insurance-claims": 0.96, "agri-cooperative": 1.00,
    "parts-marketplace": 1.00, "library-network": 0.96, "hotel-group": 0.98,
    "property-management": 0.96, "veterinary-group": 0.98, "transport-authority": 0.98,
    "water-utility": 1.00, "language-learning": 0.96, "newspaper-group": 1.00,
    "construction-software": 0.96, "telecom-operator": 0.98, "grocery-delivery": 0.98,
    "museum-trust": 0.96, "maintenance-sensors": 1.00, "pharmacy-chain": 0.96,
    "recruiting-software": 0.94, "airport-operator": 0.96, "payments-fintech": 0.94,
    "car-sharing": 0.91, "contract-management": 0.96, "fitness-clubs": 0.94,
    "solar-installer": 0.94, "developer-platform": 0.93, "furniture-retailer": 0.96,
    "hr-software": 0.96, "dental-chain": 0.96, "event-ticketing": 0.98,
    "ferry-operator": 0.94, "school-meals": 0.93, "podcast-platform": 0.98,
    "waste-collection": 1.00, "used-car-marketplace": 0.98, "public-broadcaster": 1.00,
    "coworking-operator": 0.93, "retail-bank-app": 0.88, "home-care-agency": 0.80,
    "mobile-game-studio": 1.00, "craft-marketplace": 0.92, "hospital-patient-portal": 0.89,
    "grid-operator": 0.94, "expense-saas": 0.94, "wine-retailer": 1.00, "housing-authority": 0.96,
    "dairy-cooperative": 0.91, "observability-oss": 0.94, "ev-charging": 1.00, "ski-resort": 0.94,
    "football-federation": 1.00, "textile-manufacturer": 0.94,
    "legal-aid-charity": 0.94,
    "plant-nursery": 0.96, "cinema-chain": 0.94, "leisure-trust": 0.96, "coffee-roaster": 0.94,
    "driving-school": 0.93, "hardware-stores": 0.91, "blood-service": 0.94, "geodb-oss": 0.93,
    "mountain-rescue": 0.94, "care-payroll": 0.91, "makerspace-library": 0.93,
    "journal-publisher": 0.98, "container-terminal": 0.96, "tax-filing": 0.96,
    "hospice-charity": 0.98, "esports-organiser": 0.94, "packaging-supplier": 0.91,
    "skin-telehealth": 1.00, "repairs-contractor": 0.96, "used-books": 0.94,
    "interpreting-agency": 0.98, "ebike-subscription": 0.98, "community-energy": 0.94,
    "orchestra": 0.94, "pet-insurance": 0.94, "seed-bank": 0.96,
    "craft-brewery": 0.93, "food-bank": 0.91, "cargo-airline": 0.96,
    "opticians-chain": 1.00, "city-parks": 1.00, "procurement-saas": 0.96,
    "industrial-bakery": 0.96, "pension-administrator": 0.94, "regional-theatre": 0.84,
    "credit-union": 0.88, "chemicals-distributor": 0.91, "academy-trust": 0.83,
    "mssp-security": 0.94, "offshore-wind-om": 0.98, "warehouse-3pl": 0.88,
    "dialysis-network": 0.93, "print-shop-online": 0.93, "rail-freight": 0.91,
    "seaport-pilotage": 0.93, "school-transport": 0.96, "bike-courier-coop": 0.93,
    "city-parking": 0.93, "meal-kit": 0.98, "lift-maintenance": 0.96, "clinical-cro": 0.98,
    "student-housing": 0.98, "air-ambulance": 0.96, "climbing-gyms": 0.98,
    "funeral-coop": 0.98, "bus-maker-aftersales": 0.93, "language-school": 0.98,
    "water-sports-centre": 0.94, "tyre-retreader": 0.98, "hearing-charity": 0.94,
    "marina-group": 0.96,
    # (first runs, not tuned on: 6ec80ed, the twenty-second session's last)
    "veg-box": 0.96, "escape-rooms": 0.94, "court-reporting": 0.94,
    # (first runs on 33d2900, then one round: the twenty-third session)
    "vertical-farm": 0.88, "wedding-venues": 0.92, "aircraft-mro": 0.96, "cosmetics-dtc": 0.98,
    # (first runs on 2c5ae98 at 0.932 / 0.949 / 0.983 / 0.949, then one round: the twenty-fourth)
    "commercial-laundry": 0.98, "satellite-imagery": 0.96, "dog-daycare": 0.98,
    "scaffolding": 0.96,
    # (first runs on 06f4f8b at 0.864 / 0.915 / 0.966 / 0.915, then one round: the twenty-fifth)
    "pathology-lab": 0.94, "self-storage": 0.98, "phone-refurbisher": 0.96,
    "tutoring-marketplace": 0.98,
    # (first runs on 32c5ebc at 0.915 / 0.898 / 0.932 / 0.847, then one round: the twenty-fifth)
    "bridal-retailer": 0.94, "water-rescue-charity": 0.98, "precision-machining": 1.00,
    "allotment-federation": 0.91,
    # (first runs on 13e4c0d at 0.881 / 0.949 / 0.966 / 0.949, then one round: the twenty-fifth)
    "regional-newsroom-union": 0.93, "icecream-maker": 1.00, "eye-hospital": 0.98,
    "cloud-cost-saas": 0.96,
    # (first runs on 8dcb838 at 0.966 / 0.949 / 0.932 / 0.949, then one round: the twenty-fifth)
    "mountain-hut-association": 1.00, "hearing-aid-maker": 0.98, "food-truck-park": 0.96,
    "tenant-union": 0.96,
    # (first runs on 60e2461 at 0.966 / 0.780 / 0.966 / 0.949, then one round: the twenty-fifth)
    "bike-share-scheme": 0.96, "kidney-charity": 0.83, "timber-merchant": 0.96,
    "legal-ops-saas": 0.96,
    # (first runs on efb514c at 0.879 / 0.931 / 0.931 / 0.931, then one round: the twenty-sixth;
    # the CI company's and the game publisher's floors lowered after a review took back two
    # phrasings that read costs and retention too: a metric's word in another form, "could add
    # ~$40k/month", "saves ~2 weeks per port")
    "accounting-firm": 0.93, "homelessness-charity": 0.96, "oss-ci-tool": 0.96,
    "egg-producer": 0.94,
    # (first runs on 826d83c at 0.915 / 0.914 / 0.931 / 0.879, then one round: the twenty-sixth)
    "orthodontic-group": 0.94, "rail-maintenance": 0.96, "indie-game-publisher": 0.96,
    "school-uniform-maker": 0.98,
    # (first runs on 8c3b4b5 at 1.000 / 0.897 / 0.948 / 0.828, then one round: the twenty-sixth)
    "sports-physio-clinics": 1.00, "municipal-pools": 0.96, "b2b-translation-saas": 0.98,
    "cider-maker": 0.91,
    # (first runs on 17f8e39 at 0.948 / 0.897 / 0.862 / 0.983, then one round: the twenty-sixth)
    "hospice-at-home": 0.98, "drone-survey-firm": 0.94, "cooperative-bakery-chain": 0.96,
    "hr-payroll-bureau": 1.00,
    # (first runs on 9c80f55 at 0.948 / 0.931 / 0.931 / 0.948, then one round: the twenty-sixth)
    "wind-turbine-blades": 0.96, "citizens-science-app": 0.96, "dental-lab": 0.98,
    "coworking-for-parents": 0.96,
    # (first runs on f0e3580 at 0.914 / 0.914 / 0.931 / 0.879, then one round: the twenty-seventh)
    "garden-centre-chain": 0.98, "fleet-telematics-saas": 0.96, "county-records-office": 0.98,
    "cargo-bike-maker": 0.94,
    # (first runs on 000e0d7 at 0.948 / 0.879 / 0.914 / 0.897, then one round: the twenty-seventh)
    "marine-insurance-mga": 0.94, "community-radio": 0.91, "ski-school-cooperative": 0.93,
    "hospital-pharmacy": 0.94,
    # (first runs on 356b12f at 0.741 / 0.948 / 0.983 / 0.983, then one round: the twenty-eighth)
    "salmon-farm": 0.94, "cleaning-contractor": 0.98, "parcel-lockers": 0.98,
    "crowdfunding": 0.98,
    # (first runs on c3e5a24 at 0.931 / 0.931 / 0.931 / 0.915, then one round: the twenty-eighth)
    "lab-automation": 0.98, "hair-salon-chain": 0.98, "architecture-practice": 0.98,
    "winter-roads": 0.98,
    # (first runs on 770d1fb at 0.948 / 0.897 / 0.897 / 0.879, then one round: the twenty-eighth)
    "bug-bounty": 0.98, "car-wash-chain": 0.98, "tomato-grower": 0.94, "hospital-estates": 0.98,
    # (first runs on 7c683de at 0.983 / 0.966 / 1.000 / 0.862, then one round: the twenty-eighth)
    "debt-advice": 0.98, "ferry-booking-saas": 0.98, "specialty-chemicals": 0.98,
    "youth-football-club": 0.98,
    # (first runs on a1d2232 at 0.915 / 0.932 / 0.898 / 0.898, then one round: the twenty-ninth)
    "home-help-denmark": 0.96, "concert-hall": 0.98, "air-quality-network": 0.98,
    "quarry-aggregates": 0.96,
    # (first runs on 39d668e at 0.881 / 0.864 / 0.814 / 0.915, then one round: the twenty-ninth)
    "trampoline-parks": 0.96, "kids-resale-france": 0.96, "coffee-credit-brazil": 0.98,
    "radiology-department": 0.98,
    # (first runs on d1e1966 at 0.864 / 0.847 / 0.898 / 0.847, then one round: the twenty-ninth)
    "beekeeping-honey": 0.94, "vineyard-estate": 0.98, "legal-translation": 0.98,
    "ambulance-dispatch": 0.96,
    # (first runs on 7f5fad3 at 0.915 / 0.932 / 0.948 / 0.828, then one round: the twenty-ninth)
    "precast-concrete": 0.98, "ski-rental-alps": 0.98, "telehealth-mental": 0.98,
    "student-union": 0.96,
    # (first runs on e038773 at 0.898 / 0.898 / 0.847 / 0.915, then one round: the twenty-ninth)
    "dairy-farm-robotics": 0.96, "fishing-cooperative": 0.96, "courier-software": 0.96,
    "city-library-digital": 0.93,
    # (first runs on 852f216 at 0.864 / 0.898 / 0.932 / 0.847, then one round: the thirtieth)
    "cemetery-services": 0.96, "cut-flowers-kenya": 0.91, "inland-barges": 0.96,
    "vaccine-cold-chain": 0.89,
    # (first runs on b858457 at 0.949 / 0.864 / 0.898 / 0.898, before any round; the thirtieth)
    "rural-fibre-coop": 0.94, "mine-rehabilitation": 0.86, "prison-education": 0.89,
    "chocolate-maker": 0.89,
    # (first runs on 8473407 at 0.915 / 0.864 / 0.915 / 0.881, then one round: the thirtieth)
    "lighthouse-heritage": 0.94, "textile-recycling": 0.89, "ground-handling": 0.94,
    "sheltered-workshop": 0.89,
    # (first runs on af6a337 at 0.881 / 0.949 / 0.897 / 0.831, then two rounds: the thirty-first)
    "property-tax-office": 0.98, "sign-language-relay": 0.98, "wildlife-rescue": 0.98,
    "tea-estate-assam": 0.94,
    # (first runs on d463d5d at 0.915 / 0.966 / 0.949 / 0.932, then one round: the thirty-first)
    "organ-donation-registry": 0.98, "piano-maker": 0.98, "cable-car-operator": 0.98,
    "refugee-legal-clinic": 0.96,
    # (first runs on a98aaeb at 0.729 / 0.831 / 0.881 / 0.864, then one round: the thirty-first)
    "forestry-contractor": 0.77, "dance-company": 0.91, "blood-glucose-app": 0.89,
    "harbour-ferry-coop": 0.89,
    # (first runs on 4b758ad at 0.881 / 0.898 / 0.915 / 0.881, then one round: the thirty-first)
    "auction-house": 0.93, "bus-driver-academy": 0.94, "seaweed-farm": 0.93,
    "hospital-laundry": 0.91,
    # (first runs on 854e8f0 at 0.847 / 0.949 / 0.864 / 0.932 / 0.831 / 0.914 / 0.932 / 0.898, then
    # one round: the thirty-second)
    "mushroom-farm": 0.95, "dental-plan-brazil": 0.95, "taxi-payments-sa": 0.95,
    "cheese-cooperative": 0.97, "council-contact-centre": 0.96, "chip-test-house": 0.95,
    "password-manager-oss": 0.93, "tortilla-factory": 0.95,
    # (first runs on dd84cb5 at 0.966 / 0.949 / 0.915 / 0.930, then one round: the thirty-second)
    "fertility-clinic": 0.95, "rope-access-firm": 0.97, "school-bus-app": 0.93,
    "olive-oil-mill": 0.97,
    # (first runs on 97ebafa at 0.845 / 0.949 / 0.966 / 0.898, then one round: the thirty-third)
    "reindeer-tourism": 0.93, "clinical-trials-site": 0.98, "fire-brigade-volunteer": 1.00,
    "marine-paint-maker": 0.96,
    # (first runs on fd75005 at 0.898 / 0.881 / 0.864 / 0.932 / 0.932 / 0.897, then one round: the
    # thirty-third)
    "cotton-ginnery": 0.96, "sleep-clinic": 0.94, "heat-pump-installer": 0.93,
    "tram-depot": 0.94, "port-community-system": 0.96, "bell-foundry": 0.93,
    # (first runs on 7d3504c at 0.915 / 0.931 / 0.845 / 0.864 / 0.881 / 0.864, then one round: the
    # thirty-third)
    "egg-hatchery": 0.93, "court-interpreters": 0.94, "ski-lift-maker": 0.84,
    "microfinance-kenya": 0.88, "orthopaedic-hospital": 0.91, "carpet-recycler": 0.89,
    # (city-services 1.00 -> 0.98, twenty-seventh session: CBD-548's key-result id stood only in
    # an injected instruction the screen now removes; its writer counted the id)
}


@pytest.mark.parametrize("name", sorted(ORGANISATION_FLOORS))
def test_the_metric_rule_on_the_items_of_labelled_organisations(name: str) -> None:
    folder = ORGANISATIONS / name
    okrs = load_okrs(folder / "okrs.yaml")
    krs = [kr for objective in okrs.objectives for kr in objective.key_results]
    metrics = [kr.metric for kr in krs if kr.metric]
    labels = {r["id"]: r for r in _jsonl(folder / "labels.jsonl")}
    rows = [(item, labels[item["id"]]["states_metric"]) for item in _jsonl(folder / "backlog.jsonl")
            if labels[item["id"]].get("states_metric") is not None]
    # (what the engine reads: the text with any instruction to a reviewer set aside; the flag
    # as the engine sets it, so a text in a language the model does not read is read as such)
    text = {item["id"]: screen(Proposal.model_validate(item).text).text for item, _ in rows}
    kr_ids = [kr.id for kr in krs]

    def states(said: str) -> bool:
        return NO_METRIC not in text_flags(said, kr_ids, metrics, read_language(prose(said)), 99)

    wrong = [item["id"] for item, label in rows if states(text[item["id"]]) != label]
    accuracy = 1 - len(wrong) / len(rows)
    print(f"\nno_metric rule on {name}'s {len(rows)} items: accuracy {accuracy:.3f}; "
          f"wrong: {wrong}")
    assert len(rows) >= 50
    assert accuracy >= ORGANISATION_FLOORS[name]


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_a_key_result_metric_named_with_quotes_is_named() -> None:
    """A newcomer's item (2026-11-30, sixth session) quoted its key result's metric as people
    write it, 'cut the "where is my piece" messages', and was flagged `no_metric`; the report
    then said no work moved that key result."""
    metric = ["where_is_my_piece_messages"]
    assert names_metric('Ship tracking links to cut the "where is my piece" messages', metric)
    assert names_metric("Ship tracking links to cut the 'where is my piece' messages", metric)
    assert not names_metric('Ship tracking links to cut the "where is my" emails', metric)


def test_the_set_is_big_enough_and_both_ways() -> None:
    rows = _rows("tune") + _rows("held_out")
    assert len(rows) >= 150
    assert 0.4 < sum(bool(r["names_metric"]) for r in rows) / len(rows) < 0.6


@pytest.mark.parametrize("run", [",".join(str(i % 10) for i in range(10_000)), "1" * 20_000,
                                 "1.2." * 5_000, "from 1 to " * 2_000, "9.9% or better " * 1_300,
                                 "\n" * 20_000, "- \n" * 7_000, "a-" * 10_000, "cut it. " * 2_500,
                                 "+----+----+\n|    |    |\n" * 900, "|---|---|\n" * 2_300,
                                 "a-" * 9_990 + "rate", "O1.KR1 a-b-c. " * 1_500, "5% " * 7_000,
                                 "a-to-b " * 3_000, "+€1 " * 5_000, "get a " * 4_000,
                                 # numbers in words, read piece by piece (took minutes whole)
                                 "step two " * 2_300, "want it at the zero " * 1_000,
                                 "row one, " * 2_300,
                                 # asides read twice, headings as markers (sixth session)
                                 "calls (a) drop " * 1_300, "## Goals\n- 5% " * 1_500,
                                 "(((" * 6_000,
                                 # a price named before each signed amount (seventh session's
                                 # review: 2.8-3.6 s when the price was sought from the start)
                                 "budget -5% " * 2_000, "Price increase: +4% on SKUs. " * 700,
                                 # an open bracket read for "(recall up)", "# of" (eighth)
                                 "(a b " * 4_000, "(" + "score up " * 2_500, "# of " * 4_000,
                                 # blanks after an amount's words, many "Fix all N" (twelfth
                                 # session's review: 31 s and 1.2 s)
                                 "New revenue" + " " * 20_000 + "tbd",
                                 "additional income" + " \t" * 10_000,
                                 "expected revenue" + " " * 20_000 + "x",
                                 " ".join(f"Fix all {i} x" for i in range(2_000)),
                                 "pull the " + "a-" * 10_000, "-> " * 5_000, "get the AB " * 2_000,
                                 # a pasted incident log (fourteenth session's review: 9 s on
                                 # 132 kB, a lookahead to each sentence's end)
                                 "- Impact: 3 orders were delayed, " * 700,
                                 "Impact: was " * 2_000, "Display the " * 2_000])
def test_the_rule_reads_a_pasted_run_of_numbers_in_linear_time(run: str) -> None:
    """An item body may hold a CSV, a JSON array of numbers, a table or a diagram (20,000
    characters is the API's cap): a pattern that rescans a run from every position took 13-76 s
    on the numbers, and 9-60 s on the newlines, bullets, hyphens and tables (found by review)."""
    started = time.perf_counter()
    names_metric(run[:20_000], METRICS, KR_IDS)
    # Linear is 0.4-2.7 s here (3.6 s in a slow CI run); a rescan from every position takes
    # ten times the fast end and more.
    assert time.perf_counter() - started < LINEAR_BUDGET_S


def test_a_key_result_metric_in_its_own_word_order_is_named() -> None:
    """A language-learning company's items named their key results' metrics in their own words
    ("our 11-day median draft-to-publish", "the median 9.5 minutes from search to booking") and
    were flagged `no_metric` (eighth session)."""
    assert mentions_a_metric("This is the biggest chunk of our 11-day median draft-to-publish.",
                             ["median_draft_to_publish_days"])
    assert mentions_a_metric("Take a chunk out of the median 9.5 minutes from search to booking",
                             ["median_search_to_booking_minutes"])
    # all the meaningful words, in one sentence, close together
    assert not mentions_a_metric("Redesign search. Booking emails get a new footer.",
                                 ["median_search_to_booking_minutes"])
    assert not mentions_a_metric("Rebuild the search to booking flow",
                                 ["median_search_to_booking_minutes"])
    # a rate or a share is part of the name: a no-show is not the no-show rate
    assert not mentions_a_metric("a silent no-show becomes a cancellation", ["no_show_rate"])
    assert mentions_a_metric("bring the no-show rate down", ["no_show_rate"])
    # a thing named after the metric, and a name of one meaningful word
    assert not mentions_a_metric("Move the order-to-ready banner below the fold.",
                                 ["order_to_ready_minutes"])
    assert not mentions_a_metric("Show shipping costs on the product page", ["costs_pct"])
    # ... unless the text writes it as the field writes its measures, in capitals (a blind salmon
    # farm's "Should improve eFCR", twenty-eighth session)
    assert mentions_a_metric("Should improve eFCR and give a tighter size spread", ["efcr"])
    assert mentions_a_metric("NPS to 45 by Q3", ["nps"])
    assert not mentions_a_metric("Should improve efcr", ["efcr"])
    # a percent sign after a word is the rate; after a number it is an amount
    assert mentions_a_metric("Add NMS completion % to branch scorecard", ["nms_completion_rate"])
    assert not mentions_a_metric("Offer a 10% refund on late orders", ["refund_rate"])
    # (a name's word in another form is not read: "installs" for `monthly_active_installations`
    # was, until a review found "conversations" read as `lead_conversion` and "claims
    # processing" as `claims_processed`)
    assert not mentions_a_metric("Log lead conversations in the CRM", ["lead_conversion"])
    assert not mentions_a_metric("Move claims processing to the new queue", ["claims_processed"])


def test_a_metric_a_view_shows_is_not_one_the_work_moves() -> None:
    """Blind writers' items built a dashboard, a wallboard tile or a board pack that shows a key
    result's metric, and the rule read them as naming it (twenty-sixth session)."""
    assert not names_metric("Claims NPS dashboard for the leadership offsite\nOne-off Tableau "
                            "board with claims NPS sliced by region.", ["claims_nps"])
    assert not names_metric("Restyle the reprint-rate tile on the production wallboard",
                            ["reprint_rate"])
    # (a sentence that also moves it still names it)
    assert names_metric("Put the on-time dispatch share on the depot wallboard and push it up",
                        ["on_time_dispatch_share"])
    assert names_metric("Claims NPS dashboard. Reminders should lift claims NPS.", ["claims_nps"])


def test_an_expected_effect_in_another_language_is_a_goal_line() -> None:
    """A blind CI company's German item named its hoped effect under "Erwarteter Effekt:" and
    was flagged `no_metric` (twenty-sixth session)."""
    assert states_a_goal("Erwarteter Effekt: mehr zahlende Cloud-Organisationen aus Europa.")
    assert states_a_goal("Effet attendu : moins d'appels au support.")
    assert not states_a_goal("Erwarteter Effekt: bessere Stimmung im Team.")
    # a goal line in Urdu, and a unit that is no month (blind uniform maker's and game publisher's)
    assert states_a_goal("مقصد: غلط سائز کی وجہ سے ہونے والی واپسی کم کرنا۔")
    assert not states_a_goal("مقصد: اسکول کے نئے داخلے والے پیک میں شامل کرنا۔")
    assert states_a_goal("Objectif : 30 fps stables en portable d'ici fin mars.")
    assert not states_a_goal("Objectif : sortie le 30 mars.")
    # a goal word and its share with no colon (a blind bakery's Portuguese item)
    assert states_a_goal("Assim as carrinhas saem a horas: objetivo 95% das rondas fora até "
                         "às 6:15.")


@pytest.mark.parametrize("run", ["!" * 20_000, ". " * 10_000, "\n" * 20_000,
                                 "Objetivo" + " " * 20_000, "Objetivo: " * 2_000,
                                 "reducir " * 5_000, "menos " * 5_000, "1 " * 10_000,
                                 # (a review's: 30 s each before possessive runs)
                                 "Reducir el tiempo " + "1" * 20_000, "Objetivo: " + "A-" * 10_000])
def test_a_goal_line_is_sought_in_linear_time(run: str) -> None:
    """The goal line's gaps once overlapped and rescanned the text from every position: 73 s on
    20,000 newlines or full stops (found by review)."""
    started = time.perf_counter()
    states_a_goal(run)
    moves_an_amount(run)
    assert time.perf_counter() - started < LINEAR_BUDGET_S


@pytest.mark.parametrize("split", sorted(LANGUAGE_FLOORS))
def test_the_metric_flag_on_texts_in_other_languages(split: str) -> None:
    """The flag as the engine sets it on a text the model does not read: "Reducir el tiempo de
    aprobación de préstamos a menos de 48 horas" names an outcome, "Subir la versión de
    PostgreSQL a 16" and "Cíl: spustit nový e-shop do 1. prosince" do not."""
    rows = [r for r in _jsonl(LANGUAGES) if r["split"] == split]
    wrong = []
    for r in rows:
        text = str(r["text"])
        said = prose(text)
        flags = text_flags(text, [], [], read_language(said), 30)
        if (NO_METRIC not in flags) != r["names_metric"]:
            wrong.append(r)
    accuracy = 1 - len(wrong) / len(rows)
    print(f"\nmetric flag on {split} texts in {len({r['lang'] for r in rows})} languages: "
          f"accuracy {accuracy:.3f} on {len(rows)}")
    for r in wrong:
        print(f"  expected names_metric={r['names_metric']} ({r['lang']}): {r['text']!r}")
    assert len(rows) >= 150
    assert accuracy >= LANGUAGE_FLOORS[split]


def test_a_goal_line_in_a_language_the_model_does_not_read_names_an_outcome() -> None:
    """Items in Portuguese, Polish, Spanish and French stated their goal under "Objetivo:",
    "Cel:", "Meta:" or "Résultat attendu :" and were flagged `no_metric`, although every such
    line in the labelled organisations named one (eighth session)."""
    assert states_a_goal("**Objetivo:** arranque a frio abaixo de 2 s no p50.")
    assert states_a_goal("Propozycja: nowy czujnik. Cel: zmniejszyć zerwania do max 1 na tydzień.")
    assert states_a_goal("Résultat attendu : réduire le délai médian de réponse aux RFI.")
    assert states_a_goal("目标：将平均等待时间缩短一半")
    assert not states_a_goal("Objetivo: lanzar la nueva app antes del verano.")
    assert not states_a_goal("Reducir el tiempo de espera en las tiendas.")  # no goal line
    # (a review found: words inside words, dates and versions)
    assert not states_a_goal("Cel: nowa podstrona z podcastem")
    assert not states_a_goal("Ziel: neues Unternehmensportal")
    assert not states_a_goal("Objetivo: lanzar la versión 2 antes del 30 de junio")
    assert not states_a_goal("Ziel: Migration auf Java 21 bis Q3")
    spanish = ("Dictado por voz en el parte diario\n\nMuchos capataces dejan el parte en blanco.\n"
               "Objetivo: que más capataces usen la app cada semana.")
    unread = read_language(prose(spanish))
    assert not unread.readable
    assert NO_METRIC not in text_flags(spanish, [], [], unread, 30)
    plain = spanish.replace("Objetivo: que más capataces usen", "Y que usen")
    assert NO_METRIC in text_flags(plain, [], [], read_language(prose(plain)), 30)


def test_the_lettered_currency_signs_are_the_cldrs() -> None:
    """units.LETTERED_SIGNS is every currency sign with letters CLDR gives a territory's currency
    in that territory's locales (through Babel), less those read as something else."""
    signs = set()
    for locale in localedata.locale_identifiers():
        parts = locale.split("_")
        if len(parts) != 2 or len(parts[1]) != 2:
            continue
        for code in get_territory_currencies(parts[1], datetime.date(2026, 12, 1)):
            signs.add(get_currency_symbol(code, locale).replace("\u200f", ""))
    lettered = {s for s in signs if len(s) >= 2 and any(c.isalpha() for c in s) and "$" not in s}
    assert set(LETTERED_SIGNS) == lettered - set(SIGNS_READ_AS_OTHER)
    assert set(SIGNS_READ_AS_OTHER) <= lettered


@pytest.mark.parametrize(("text", "read"), [
    ("saves about 14,000 zł a year", "saves about $14,000 a year"),
    ("turns a ~840k zł/yr cost into ~240k zł of income",
     "turns a ~$840k/yr cost into ~$240k of income"),
    ("budget RM 65k", "budget $65k"),
    ("about 14 000 zł", "about $14000"),
    ("we walked 5 KM", "we walked 5 KM"),
    ("rooms R1–R24", "rooms R1–R24"),
])
def test_a_lettered_currency_sign_is_read_as_money(text: str, read: str) -> None:
    assert other_currencies_as_dollars(text) == read
