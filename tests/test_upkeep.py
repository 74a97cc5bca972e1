"""Upkeep is not orphan work: flagged `upkeep`, the verdict as the contract says, shown apart
in the report (issue 16; shared case 14)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from checker.embedded.engine import EmbeddedChecker
from checker.embedded.upkeep import is_maintenance, is_upkeep, labels_of, with_upkeep
from checker.gate import failed
from checker.models import CheckResult, Proposal
from checker.report.html import render_html
from checker.report.markdown import render_markdown
from checker.report.model import build_report
from index.okrs import load_okrs
from tests.helpers import CASES, ExampleRun

CASE_14 = CASES / "14-webhook-comments-misaligned-on-bot-prs"


@pytest.mark.parametrize(
    "text",
    [
        "Bump eslint from 8.56.0 to 9.0.0",
        "build(deps): bump golang.org/x/net from 0.17.0 to 0.23.0",
        "chore(deps): update dependency typescript to v5.4.5",
        "Update npm dependencies for the web app",
        "Patch CVE-2024-3094 in the base image",
        "Patch the log4j CVE in the trade account service",
        "Security patch for the image upload endpoint",
        "GDPR: honour data deletion requests within 30 days",
        "SOC 2 audit finding: rotate the database credentials quarterly",
        "Upgrade Sidekiq 6 → 7",
        "Migrate the build to Python 3.12",
        "Node 16 reaches end of life: move the runners",
        "Post-mortem action items from the March 3 outage",
        "Follow-up from the incident: alert on replica lag",
        "Bump lodash 4.17.20 to 4.17.21",
        "Renew the TLS certificate for the checkout domain",
        "Rotate the signing keys of the mobile apps",
        # From a trial of new inputs (2026-11-30): Renovate, Scala Steward, Dependabot groups,
        # pre-commit.ci, named vulnerabilities, pen tests, pinning, keys, certificates,
        # licences, SBOMs, cookie consent, deprecated libraries.
        "Update requests to 2.32.0",
        "Update all Yarn dependencies (2024-05-01)",
        "Bump the npm_and_yarn group across 3 directories with 5 updates",
        "[pre-commit.ci] pre-commit autoupdate",
        "Fix Log4Shell in the legacy pricing service",
        "Annual penetration test remediation",
        "Pin GitHub Actions to commit SHAs",
        "Rotate the leaked AWS access key found in the app repo",
        "Renew Apple Push Notification service certificate",
        "Renew Let's Encrypt certs for the store kiosks",
        "APNs certificate renewal",
        "Update OSS license notices for the mobile app",
        "Generate an SBOM for every release",
        "Cookie consent banner to comply with ICO guidance",
        "Replace deprecated moment.js with date-fns",
        "Update Rust crate tokio to 1.37",
        "Bump lodash to 4.17.21",
        # (a review of the sixth session: versions as software names them)
        "Bump axios to v1.7.2",
        "Upgrade Postgres to 16",
        "Upgrade quoting DB from Postgres 13 to 16",
        "Update the shared runners from Ubuntu 20.04 to 22.04",
        "Upgrade Android targetSdk to 35",
        # (the ninth session's review: a runtime named on both sides of its versions)
        "Bump the Lambda runtime from Node 18 to Node 22",
        "Move the worker fleet from Node 18 to Node 22",
        "Python 3.9 to Python 3.12 across the data services",
        "Upgrade scanner app to React Native 0.76 (new architecture)",
        # (two blind organisations of the twelfth session: a runtime's bare versions by an
        # arrow or "to", a certificate named by its host)
        "Postgres 14 -> 16 on reporting replica",
        "Upgrade Postgres 14 to 16",
        "Kafka 2 -> 3 for the orders cluster",
        "Renew *.llwy.cymru wildcard cert (expires 14 Mar 2027)",
        "Upgrade Postgres from 14 to 16",
        "Go 1.21 -> 1.22",
        # (two blind organisations of the fourteenth session: a vendor's SDK named in words,
        # an incident by its id, continuity drills, an employer's legal checks, a yearly
        # return; an upgrade written in Spanish or German)
        "Bump AppLovin MAX SDK 12.6 → 13.1 (TP, LF)",
        "Bump Firebase Crashlytics 18.6.2 to 19.0.1",
        "INC-2291 follow-up: login outage on 3 June",
        "Business continuity: test restoring the office system from backup",
        "Annual DR drill for the booking platform",
        "Right-to-work rechecks for drivers on time-limited visas",
        "Annual data security submission is due 30 June",
        "Data retention: purge raw event logs older than 13 months",
        "Actualizar React Native de 0.74 a 0.79 en la app",
        "React Native von 0.74 auf 0.79 aktualisieren",
        # (two more, held out and read after their run: a certificate named by a wildcard host
        # and its kind, an incident id with a year, a duty that comes round every year)
        "Renew *.shop.example wildcard TLS certificate (expires 2026-03-14)",
        "INC-2026-007 follow-up: image CDN purge runbook + alerting",
        "Accessibility statement: annual review",
        "Safety case and hazard log: annual review",
        "DAC7: annual seller income report to the tax agency",
        "Bump com.google.firebase:firebase-bom from 32.7.0 to 33.1.0 in /android",
        "Bump AppLovin MAX 12.6 to 13.1 + adapters",
        "Aggiornare react-native da 0.74 a 0.79",
    ],
)
def test_upkeep_is_recognised(text: str) -> None:
    assert is_upkeep(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nudge free orgs to upgrade when they hit 80% of included minutes",
        "Add developer mode toggle to settings",
        "Fall back to the secondary provider when the primary answers 429",
        "Upgrade flow for the Team plan: compare plans side by side",
        "Show a security badge on verified plugins",
        "Bump the font size of code blocks in the chat",
        "Renewal reminders for annual subscribers",
        "Rotate the hero banners on the home page",
        "Licence key entry for trade accounts",
        "Auto-refreshing official CVE feed for the docs site",
        "Upgrade trade accounts to the premium tier after 10 orders",
        "Update the FAQ to 2 columns on wide screens",
        "Rotate featured products every 2 weeks",
        "Show licence details on the product page",
        # a reviewer's findings: product work the looser cues first took for upkeep
        "Update pricing to 19.99 for EU customers",
        "Update fee to 2.5% for marketplace sellers",
        "Update task dependencies when a parent task moves",
        "Update pricing packages for enterprise",
        "Nurse certificate renewal reminders",
        "Let users revoke API tokens from the settings page",
        "Renewal reminder emails for domains",
        # ranks, places, limits and key results numbered as versions are
        "Upgrade Gold members from Level 2 to Level 3",
        "Move riders from Zone 1 to Zone 2 fares",
        "Bump the free tier from 5 to 10 projects",
        "Raise NPS 30 → 45",
        "Rating 4.2 → 4.5 in the app stores",
        "Tier 1 to Tier 2 support hand-off",
        "Peak multipliers on rainy Fridays to cut cost per parcel from EUR 4.10 to EUR 3.40",
        "Cut the fee from USD 2.50 to USD 1.99",
        # (a review, 2026-12-01: plans, places, prices and people moved to a new generation)
        "Raise Pro 12 to Pro 15 monthly price",
        "Reassign Dock 3 to Dock 7 for inbound returns",
        "Bump the delivery fee from EUR 4 to EUR 5 in Zone 2",
        "Bump Gold members from Level 2 to Level 3 after 10 stays",
        "Upgrade customers to Pro Plus 2.0",
        "Launch Rewards: migrate members to Loyalty v2",
        "Episode 3 to Episode 4 autoplay on TV app",
        "Upgrade Pro 12 to 15 seats for Acme",
        "Node 4 -> 5 handoff in the picking route (warehouse map)",
        # (a count after a platform's name, found by review)
        "Trial signup on iOS 5 -> 3 steps to lift trial-to-paid conversion",
        "Bank feed setup: Android 4 -> 2 taps to connect a bank",
        "React 2 -> 3 emoji reactions per comment",
        "Move Android 10 to 25 beta testers",
        # (fourteenth session: the new cues' neighbours, and a review's findings: prices,
        # fees and points bumped; product work named like a chore; prices in other languages)
        "Bump the loyalty points from 1.5 to 2 per euro",
        "Bump loyalty points 1.5 to 2.5 per euro",
        "Bump loyalty points from 1.5 to 2.5.",
        "Bump Pro plan price 9.99 → 12.99 in the UK",
        "Bump coupon value 7.50 -> 10.00 for the site-wide spring coupon campaign",
        "Preis von 9.99 auf 12.99 aktualisieren",
        "Actualizar la tarifa Premium de 9.99 a 12.99 para clientes nuevos",
        "Business continuity for stores: let tills keep taking orders offline",
        "Test restores from the customer dashboard so site owners trust their backups",
        "Cut yearly product returns by 10% with better size guides",
        "Let freelancers file their annual tax returns in the app",
        "Data retention rules for workspace admins: choose how long messages are kept",
        "Annual report for the board",
        "Annual plan discount for members",
        "Test the new booking flow with 10 families",
        "Actualizar el precio de 9.99 a 12.99 para clientes nuevos",
    ],
)
def test_product_work_is_not_upkeep(text: str) -> None:
    assert not is_upkeep(text)


def test_labels_say_upkeep_in_any_form() -> None:
    assert labels_of({"labels": [{"name": "dependencies"}]}) == ["dependencies"]
    assert labels_of({"labels": "ui, security"}) == ["ui", "security"]
    assert is_upkeep("Refresh the lockfile", labels_of({"labels": [{"name": "Dependencies"}]}))


@pytest.mark.parametrize("labels", [["upkeep"], ["chore", "web"], [{"name": "dependencies"}]])
def test_a_team_s_upkeep_label_makes_an_item_upkeep_whatever_words_it_shares(
    example_run: ExampleRun, labels: list[object]
) -> None:
    """Over the 52 labelled sets of 2026-12-01 all 28 items a team labelled upkeep, chore or
    dependencies were orphans; a blind organisation's "Data retention: purge raw event logs
    older than 13 months" (labelled upkeep) was judged a conflict and its "Discord bot: migrate
    to slash commands" aligned. Citing a key result is the team's word against it."""
    title = "Click-and-collect pages: move the store picker to the new maps API"
    plain = example_run.checker.check(Proposal(id="P", title=title))
    assert plain.verdict == "aligned"
    result = example_run.checker.check(
        Proposal.model_validate({"id": "U", "title": title, "labels": labels}))
    assert (result.verdict, result.reason) == ("misaligned", "orphan")
    assert "upkeep" in result.flags and result.impacted == []
    cited = example_run.checker.check(Proposal.model_validate(
        {"id": "C", "title": f"{title} (moves O1.KR2)", "labels": labels}))
    assert cited.verdict == "aligned"
    security = example_run.checker.check(
        Proposal.model_validate({"id": "S", "title": title, "labels": ["security"]}))
    assert security.verdict == "aligned"  # (security or compliance work may be strategy)
    # (a label says the work serves no key result, not that it cannot go against a non-goal:
    # a review found a "chore" label turning a conflict into a silent upkeep orphan)
    marketplace = example_run.checker.check(Proposal.model_validate(
        {"id": "M", "title": "Marketplace portal for third-party sellers",
         "body": "Let third-party sellers list their own products on our site.",
         "labels": labels}))
    assert (marketplace.verdict, marketplace.reason) == ("misaligned", "conflict")


def test_upkeep_in_another_language_is_unclear_and_flagged_upkeep(
    example_run: ExampleRun,
) -> None:
    """A newcomer's "Actualizar React Native de 0.74 a 0.79" was unclear with no upkeep flag, so
    a tracker would not know to stay silent on it; unread text is never misaligned (issue 16)."""
    result = example_run.checker.check(
        Proposal(id="E", title="Actualizar React Native de 0.74 a 0.79 en la aplicación de la "
                 "tienda, porque la versión antigua ya no recibe parches"))
    assert result.verdict == "unclear"
    assert "upkeep" in result.flags and "non_english" in result.flags


def test_upkeep_is_only_flagged_on_work_that_serves_no_key_result() -> None:
    text = "SOC 2 audit finding: rotate the database credentials quarterly"
    assert with_upkeep([], "misaligned", "orphan", text) == ["upkeep"]
    assert with_upkeep([], "unclear", None, text) == ["upkeep"]
    assert with_upkeep(["upkeep"], "aligned", None, text) == []  # compliance as a key result
    assert with_upkeep([], "misaligned", "conflict", text) == []


def test_case_14_a_dependabot_pr_is_upkeep_with_its_verdict_unchanged(
    case_checker: Callable[[str], EmbeddedChecker],
) -> None:
    event = json.loads((CASE_14 / "dependabot-pr-opened.json").read_text("utf-8"))
    pr = event["pull_request"]
    checker = case_checker(f"{CASE_14.name}/workspace")
    result = checker.check(Proposal(id="57", title=pr["title"], body=pr["body"]))
    assert result.verdict == "misaligned" and result.reason == "orphan"
    assert "upkeep" in result.flags
    bare = checker.check(Proposal(id="57", title="Refresh the lint tooling", body=""))
    assert "upkeep" not in bare.flags


def test_upkeep_says_so_and_does_not_fail_the_gate_as_misaligned(
    case_checker: Callable[[str], EmbeddedChecker],
) -> None:
    checker = case_checker(f"{CASE_14.name}/workspace")
    result = checker.check(Proposal(id="U", title="Bump lodash 4.17.20 to 4.17.21"))
    assert (result.verdict, result.reason) == ("misaligned", "orphan")
    assert "upkeep" in result.flags and "counted apart from strategy drift" in result.rationale
    assert failed(result, ["misaligned", "orphan"]) == []
    assert failed(result, ["misaligned", "upkeep"]) == ["upkeep"]
    drift = checker.check(Proposal(id="O", title="Snow theme for the winter season"))
    assert failed(drift, ["misaligned"]) == ["misaligned"]


def test_the_report_shows_capacity_on_upkeep_apart() -> None:
    okrs = load_okrs(CASE_14 / "workspace" / "okrs.yaml")
    items = [Proposal(id="U1", title="Bump eslint from 8.56.0 to 9.0.0"),
             Proposal(id="O1", title="Snow theme"), Proposal(id="A1", title="Fallback")]
    results = [_result("U1", "misaligned", "orphan", ["upkeep"]),
               _result("O1", "misaligned", "orphan", []), _result("A1", "aligned", None, [])]
    report = build_report("assistant", okrs, items, results)
    assert report.headline.upkeep_share == pytest.approx(1 / 3, abs=1e-3)
    assert [x.id for x in report.upkeep] == ["U1"]
    assert [x.id for x in report.orphans] == ["O1"]
    markdown = render_markdown(report)
    assert "Capacity on upkeep: 33%." in markdown
    assert "**Upkeep (1):**" in markdown
    # (a newcomer read "45% goes against the strategy" as drift, the upkeep in it included, and
    # the upkeep section's verdict in red, 2026-12-01)
    assert report.headline.upkeep_misaligned_share == pytest.approx(1 / 3, abs=1e-3)
    # (and the share misaligned is said as the chart draws it, the upkeep apart: "54%
    # misaligned" beside a chart's 47% asked "is it 47 or 54?", a newcomer, 2026-12-02)
    assert ("33% misaligned, 33% upkeep that moves no key result (needed work, not drift)"
            in markdown)
    html = render_html(report)
    assert ("33% goes against the\n      strategy or serves no objective, and 33% is upkeep that "
            "moves no key result (needed work, not drift)") in html
    # (nothing unclear: no "Between 33% and 33% once the 0% judged unclear are settled")
    assert "Nothing was judged unclear;" in html and "judged unclear are settled" not in html
    upkeep = html.split('id="upkeep"')[1]
    assert 'class="verdict-upkeep">upkeep' in upkeep and "verdict-misaligned" not in upkeep


def test_upkeep_is_not_nudged_to_name_a_metric() -> None:
    """The report's list of work naming no metric ("No product discussion without the impacted
    metric") listed a dependency bump (a newcomer's finding, 2026-12-01)."""
    okrs = load_okrs(CASE_14 / "workspace" / "okrs.yaml")
    items = [Proposal(id="U1", title="Bump eslint from 8.56.0 to 9.0.0"),
             Proposal(id="O1", title="Snow theme"), Proposal(id="A1", title="Faster search")]
    results = [_result("U1", "misaligned", "orphan", ["upkeep", "no_metric"]),
               _result("O1", "misaligned", "orphan", ["no_metric"]),
               _result("A1", "unclear", None, ["no_metric"])]
    report = build_report("assistant", okrs, items, results)
    # (nor an orphan: work that serves no objective needs a decision, not a metric)
    assert [x.id for x in report.no_metric] == ["A1"]


def _result(item_id: str, verdict: str, reason: str | None, flags: list[str]) -> CheckResult:
    return CheckResult.model_validate({
        "id": item_id, "verdict": verdict, "reason": reason, "flags": flags, "rationale": "r",
        "strategy_version": "v", "engine": "embedded",
        "impacted": [{"kr_id": "O2.KR1", "objective_id": "O2", "title": "t", "score": 0.5}],
    })


def test_maintenance_goes_against_no_non_goal_whatever_words_it_shares(
    example_run: ExampleRun,
) -> None:
    # The example's non-goal: "The online shop ships only within the UK ...".
    upgrade = example_run.checker.check(
        Proposal(id="U-1", title="Upgrade the online shop to Python 3.12"))
    assert (upgrade.verdict, upgrade.reason) == ("misaligned", "orphan")
    assert "upkeep" in upgrade.flags
    # Compliance is upkeep but not maintenance: it can go against a non-goal.
    assert is_maintenance("Upgrade the online shop to Python 3.12")
    assert not is_maintenance("GDPR consent banner for the French storefront")
    france = example_run.checker.check(Proposal(
        id="F-1", title="Free international shipping to France and Germany with a "
        "French-language storefront"))
    assert france.reason == "conflict"


@pytest.mark.parametrize("run", [
    "\n" * 20_000, "- \n" * 7_000, " \n" * 10_000, "a-" * 10_000,
    # a reviewer's findings (2026-11-30): spaces after a line start, many link openings, many
    # unclosed hidden tags
    "Fix login\n" + " " * 40_000 + "x", "](" * 20_000, "<a hidden " * 2_000,
    # identifiers, tokens and addresses left out of the prose (2026-11-30)
    "a." * 10_000, "a-" * 10_000, "a1-" * 7_000, "a@" * 10_000, "a.b(" * 5_000,
    # capitalised names before numbers (a review, 2026-12-01: a name repeated across versions
    # took 37 s on 100 kB of "A.")
    "A." * 10_000, "Node 1 to " * 2_000, "A1 " * 7_000,
])
def test_upkeep_and_the_screen_read_a_long_run_in_linear_time(run: str) -> None:
    """A line-start pattern written "^\\W*" crossed lines and rescanned each run: 21 s
    (upkeep) and 12 s (the injection screen) on 20,000 characters of empty lines or bullets."""
    import time

    from checker.embedded.flags import content_words
    from checker.screening.injection import screen

    started = time.perf_counter()
    is_upkeep(run)
    screen(run)
    content_words(run)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("title", [
    "chore(deps): bump click-and-collect-sdk, stock-client and trade-pricing",
    "Renew the TLS certificate for the click-and-collect pages",
    "Migrate the inventory database from MySQL 5.7 to Aurora PostgreSQL",
    "Incident follow-up INC-2304: duplicate click-and-collect orders",
    "Quarterly access review evidence for the trade account admin",
    # (2026-11-30, sixth session: a blind organisation's upkeep, judged aligned: versions after
    # a product's name)
    "Upgrade the click-and-collect database from PostgreSQL 12 to 16",
    # (2026-12-01, tenth session: blind organisations' upkeep after an area named before a
    # colon, and to a two-word product's version)
    "Design system: upgrade Storybook 7 → 8 for the click-and-collect pages",
    "Upgrade the click-and-collect app to React Native 0.76",
    # (a newcomer's trial, twenty-seventh session: dead code cleared away)
    "Remove dead feature flags from the click-and-collect order service",
    "Clean up stale feature flags in click-and-collect checkout",
    "[web] Delete unused click-and-collect endpoints",
])
def test_an_upkeep_title_serves_no_key_result_whatever_words_it_shares(
    example_run: ExampleRun, title: str
) -> None:
    """A trial of new inputs (2026-11-30) found upkeep titled as such judged aligned to a key
    result its words touch ("bump stripe" to payment links), with public comments: the title
    says what the work is. Citing a key result is the team's word against it, and is kept."""
    result = example_run.checker.check(Proposal(id="U", title=title))
    assert (result.verdict, result.reason) == ("misaligned", "orphan")
    assert "upkeep" in result.flags and result.impacted == []
    assert failed(result, ["misaligned"]) == []
    cited = example_run.checker.check(Proposal(id="C", title=f"{title} (moves O1.KR1)"))
    assert cited.verdict == "aligned" and "upkeep" not in cited.flags


@pytest.mark.parametrize("title", ["Rotate TLS certs", "Renew certs", "Patch CVE-2024-3094"])
def test_a_short_upkeep_title_is_an_orphan_not_too_thin_to_judge(
    example_run: ExampleRun, title: str
) -> None:
    """Two blind organisations' "Rotate TLS certs" and "Upgrade Elasticsearch cluster from 7.17
    to 8.x" were `unclear` (too few words, scores too close to call) while 22 of the 23 upkeep
    titles of the labelled sets are orphans: the title says all there is to say of such work."""
    result = example_run.checker.check(Proposal(id="U", title=title))
    assert (result.verdict, result.reason) == ("misaligned", "orphan")
    assert "upkeep" in result.flags


@pytest.mark.parametrize("title", [
    "Build access reviews for enterprise admins",
    "Automate evidence collection for customers' SOC 2 audits",
    "Move our shoppers from app 3.2 to the new web app",
    "feat: add an access review page for trade account owners",
    "Move trade customers from plan v1.2 to the new pricing",
    "Let store managers review access requests from staff",
    "Publish a trust page with our SOC 2 Type II report",
    "Upgrade customers on the Basic plan from 10 to 20 seats",
    # (the same review: numbered things that are not versions)
    "Update the click-and-collect reminder emails for Day 1 to 7",
    "Update PTO accrual from 20 to 25 days",
    "Update Zone 1 to 2 fares on the ticket machines",
    "Upgrade Tier 1 to 2 support for enterprise accounts",
    "Upgrade Starter 10 to 25 seats for annual customers",
    "Upgrade Gold members from Level 2 to 3 after 10 stays",
    "Bump onboarding to v2 for all new signups",
    # a tracker's area tag before the title (2026-12-01: the tag hid the verb)
    "[Admin] Build access reviews for enterprise admins",
    "- [web] Add an access review page for trade account owners",
    # an audit for customers, not an audit's findings fixed (2026-12-01)
    "Accessibility audit tool for customers",
    "Build a self-serve accessibility audit that lets customers fix issues",
    # old things a key result may ask to replace, and stock, not code (twenty-seventh session)
    "Remove the legacy checkout so trade customers use the new one",
    "Remove old click-and-collect lockers from the Leeds store",
    "Clear out stale stock from the garden centre's back yard",
])
def test_a_title_that_builds_for_users_is_no_upkeep_title(title: str) -> None:
    """Product work named with a chore's words (a review of the day's change)."""
    from checker.embedded.upkeep import is_upkeep_title

    assert not is_upkeep_title(title)
    assert is_upkeep_title("Upgrade React Native from 0.72 to 0.76\nWe are four versions behind")


@pytest.mark.parametrize("title", [
    "[infra] Rotate the TLS certificates",
    "[Security] Renew the code-signing certificate",
    "- [ops] Replace the deploy keys",
    # an audit's findings fixed (a blind housing authority's legally required work, 2026-12-01)
    "Accessibility audit Dec 2025: fix WCAG 2.2 AA failures on Report a repair",
    "Fix the 2026 pen test findings",
])
def test_a_tagged_title_renewing_a_certificate_or_key_is_upkeep(title: str) -> None:
    """An area tag before the verb ("[infra] Rotate ...") hid the title's renewal (2026-12-01:
    the line-start pattern swallowed the tag's bracket)."""
    from checker.embedded.upkeep import is_upkeep_title

    assert is_upkeep_title(title)
