"""Internal and cosmetic work the strategy never names is an orphan, whatever words it shares
with a key result (checker/embedded/internal_work.py; issue 16, never confidently wrong: such
titles were called aligned at confidence 0.6-0.88)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.embedded.internal_work import internal_area
from checker.models import Proposal
from tests.helpers import ExampleRun

# A strategy that names none of the areas (the words of a retailer's key results).
PLAIN = "Cut order-to-ready time for click-and-collect orders. Grow active trade accounts."


@pytest.mark.parametrize("title", [
    "Dark mode",
    "Dark mode for the fleet-owner portal",
    "Casebook theme refresh to new brand colours",
    "Brand refresh: update logo + colours in transactional email footers",
    "Rename 'claims' to 'disputes' across the codebase",
    "[Web] Rename the Orders tab to Purchases",
    "chore: rename customerSvc package to customer-service",
    # (a newcomer's bike workshops, 2026-12-01: two words before the team's own codes)
    "Rename internal workshop codes in the admin tool",
    "Migrate CI from Jenkins to GitHub Actions",
    "CI: cut GitHub Actions queue time from ~14 min to 6 (self-hosted runner)",
    "Cut customs-module CI test suite from 38 minutes to under 10",
    "Fix flaky payslip PDF snapshot tests",
    "Move the team from Jira to Linear",
    "Move SDS team docs from Confluence to Notion",
    "Intranet uptime monitoring to 99.7%",
    "Meeting room booking for Bristol head office",
    "Hack week: retro hotel-lobby mini game in the app",
    "HR: automate fixed-term contract renewal reminders",
    "Staff survey microsite for the People team",
    # (a blind set of titles, 2026-12-01: fonts, icons, relabels, code checks, the office)
    "Font swap: Helvetica -> Inter across marketing site and app",
    "Change primary button colour from blue to teal",
    "New icon set (outline style) for the nav bar",
    "Relabel 'Submit' buttons to 'Save' for consistency",
    "Add pre-commit hooks for black + isort",
    "Speed up test suite by replacing sleep() with explicit waits",
    "Boardroom 2 HDMI broken again",
    # (the labelled organisations' orphans still called aligned: decoration, the leaders' own
    # reporting, chat bots and offices)
    "Confetti animation when a payroll run is approved",
    "Seasonal animations in Claim Tracker",
    "Exec dashboard: animated map of smart meter installs",
    "Board pack: deliver quarterly pack on time",
    "Dining menu Slackbot",
    "Badge system to unlock doors at the new Porto office",
    # (2026-12-01, tenth session: blind organisations' orphans called aligned)
    "Standup bot for squads (replace Geekbot)",
    "Faster expense payouts for employees: Pleo → DATEV export",
])
def test_internal_and_cosmetic_titles_are_found(title: str) -> None:
    assert internal_area(title, PLAIN) is not None


@pytest.mark.parametrize("title", [
    # product work that runs in CI or serves a customer's staff
    "tenant isolation tests in CI for the clause search index",
    "Partner portal – self-serve staff rota & access badges",
    "Let the practice manager add their own staff users during onboarding",
    "Self-service password reset for clinic staff logins",
    "Teams: reassign a seat when an employee leaves",
    # a brand's reach, a theme of work, the word "rename" not leading
    "Brand awareness campaign for trade customers",
    "Let customers rename their saved baskets",
    "Office hours for trade customers with a product specialist",
    # the work is for customers, whatever else the title names
    "Members can book meeting rooms in the app",
    "Hack week template for customer admins",
    "Let customers see a board of their open tickets",
    "Holiday opening hours banner for members",
    "Admin dashboard for clinic owners",
    # a code review's product titles (2026-12-01), each called internal by the first cues
    "Offsite backups for click-and-collect order records",
    "Build agent assist panel for support reps",
    "CI bands on experiment results chart",
    "Fix flaky Bluetooth pairing on the smart lock",
    "Lint trap reminder for smart dryers",
    "Let teams migrate their boards from Trello in one click",
    "Team wiki templates for new workspaces",
    "Executive dashboard for hospital administrators",
    "Board pack builder for company secretaries",
    "Careers page builder for recruiters",
    "HR integrations: sync with Workday",
    "Meeting room availability widget for venues",
    "Canteen pre-ordering for schools",
    "Support the new Office 365 add-in",
    "Leadership dashboards for franchise owners",
    "Let agencies change the colours of their booking page",
    "Easter eggs pre-order for click & collect",
    "Update paint colours catalogue with 2027 range",
    "Favicon upload for merchant storefronts",
    "Change button colours to meet WCAG contrast",
    "Swap fonts to a dyslexia-friendly typeface",
    "Dark mode for night-shift nurses",
    "Rename files in bulk",
    "Rename playlists",
    "Rename: let customers rename saved baskets",
    "Emoji packs for chat app",
    "Expense reports for small businesses",
    "Let employees submit expense claims from the app",
    "Standup bot for customers' engineering teams",
])
def test_product_work_is_no_internal_work(title: str) -> None:
    assert internal_area(title, PLAIN) is None


@pytest.mark.parametrize(("title", "strategy"), [
    ("Dark mode for the app", "Accessibility: ship dark mode and larger type this half."),
    ("Dark mode for the app", "Let tenants pick custom themes for their portal"),
    ("Migrate CI from Jenkins to GitHub Actions",
     "We sell continuous integration to teams of 50-500 engineers."),
    ("Cut CI pipeline queue time for the monorepo", "O2: developer productivity. CI queue < 5m"),
    ("Intranet search for policy PDFs", "Employee experience: a better intranet for 4,000 staff"),
    ("Hack week: AR wayfinding prototype", "Innovation: two hack weeks a year feed the roadmap"),
    ("Build agents: add Apple Silicon macOS runners", "A mobile CI service for iOS teams"),
    ("New linter rule pack for Terraform", "Expand infrastructure-as-code linting"),
    ("Migrate CI from Jenkins to GitHub Actions", "The platform team: CI/CD for 3,000 engineers"),
    # the area named in other words (the same review)
    ("Dark mode for the driver app", "KR: let drivers switch to a night theme at dusk"),
    ("Rebrand the storefront", "Objective: relaunch the brand as Acme Go; new brand identity"),
    ("Speed up CI builds", "KR: cut lead time for changes from 5 days to 1 (DORA)"),
    ("Intranet search", "We sell an employee portal to enterprises"),
    ("Board pack: quarterly pack", "We sell board portal software to company secretaries"),
    ("Slack bot for approvals", "KR: 50% of approvals done in Slack."),
    ("Move docs from Confluence to Notion", "KR: a two-way Confluence sync for 300 customers"),
    # (a strategy's "themes" group its work; they say nothing of the product's looks)
    ("Exec dashboard for the board", "Board reporting: one exec dashboard, monthly"),
    # (a review, 2026-12-01: products whose strategy words the area its own way)
    ("Faster expense payouts for employees", "KR: cut time to reimbursement from 9 to 2 days"),
    ("Faster expense payouts for employees", "We sell travel and expense software to SMEs"),
    ("Standup bot for squads", "O1: async stand-ups for remote teams, 10k weekly users"),
])
def test_a_strategy_that_names_the_area_turns_the_cue_off(title: str, strategy: str) -> None:
    assert internal_area(title, strategy) is None


@pytest.mark.parametrize("title", [
    "Dark mode for the click-and-collect pages",
    "Rename click-and-collect to 'Collect in store' everywhere in the UI",
    "Cut CI pipeline time for the trade accounts service from 20 to 8 minutes",
])
def test_internal_work_is_an_orphan_whatever_words_it_shares(
    example_run: ExampleRun, title: str
) -> None:
    """Blind organisations' "Dark mode for the permits portal", "Rename 'claims' to 'disputes'"
    and "Cut CI pipeline queue time" were called aligned to the key result whose words they
    share (2026-12-01)."""
    result = example_run.checker.check(Proposal(id="I", title=title))
    assert (result.verdict, result.reason) == ("misaligned", "orphan")
    assert result.details["internal_work"]
    assert "strategy never names" in result.rationale
    assert "upkeep" not in result.flags


@pytest.mark.parametrize("title", [
    "Dark mode for the international storefront pages",
    "Rebrand the courier partner emails",
    "Office move: new depot for the delivery van team",
])
def test_internal_work_goes_against_no_non_goal_whose_words_it_shares(
    example_run: ExampleRun, title: str
) -> None:
    """Each shares words with one of the example's non-goals (foreign storefronts, courier
    partners, a van fleet) and was called a conflict at 0.86-0.93, by less than
    INTERNAL_WORK_CONFLICT_EXCESS past the margin; blind organisations' "Lisbon HQ office move"
    against "No new cities" likewise (2026-12-01). A non-goal that rules the same work out
    is matched far past it and stays a conflict (test_named_conflicts)."""
    result = example_run.checker.check(Proposal(id="N", title=title))
    assert (result.verdict, result.reason) == ("misaligned", "orphan")
    assert result.details["internal_work"]


@pytest.mark.parametrize("title", [
    "Dark mode for the click-and-collect pages (moves O1.KR2)",
    "Dark mode for the click-and-collect pages to lift click_collect_share",
])
def test_citing_a_key_result_or_its_metric_leaves_it_to_the_scores(
    example_run: ExampleRun, title: str
) -> None:
    result = example_run.checker.check(Proposal(id="C", title=title))
    assert "internal_work" not in result.details
    assert result.verdict == "aligned"


TITLES = Path(__file__).parent / "data" / "internal_work" / "titles.jsonl"


def test_the_cues_on_a_set_of_titles_written_blind() -> None:
    """160 titles written by a helper who saw only the definition (2026-12-01), half internal
    or cosmetic work, half product work in the same words, each with a one-line strategy (some
    naming the area). Read after its first run (43 of 48 calls right, 43 of 80 found), so a
    tuning set now: the printed figures are not a held-out measure."""
    rows = [json.loads(line) for line in TITLES.read_text("utf-8").splitlines() if line]
    called = [(internal_area(r["title"], r["strategy_hint"]) is not None, r["internal"])
              for r in rows]
    right = sum(1 for c, label in called if c and label)
    precision = right / sum(1 for c, _ in called if c)
    recall = right / sum(1 for _, label in called if label)
    print(f"\ninternal work on {len(rows)} titles: precision {precision:.3f}, "
          f"recall {recall:.3f}")
    assert len(rows) == 160
    assert precision >= 0.95
    assert recall >= 0.7


def test_a_strategy_grouping_its_work_in_themes_does_not_name_the_products_looks() -> None:
    assert internal_area("Dark mode for the app", "Our three themes for 2027: growth, trust") \
        is not None


@pytest.mark.parametrize(("title", "strategy"), [
    ("Cut CI queue time from 14 to 6 minutes", "KR: 2,000 workspaces install our Slack app"),
    ("Fix flaky snapshot tests", "KR: sync issues with Jira for 300 customers"),
    ("Add pre-commit hooks for black", "KR: list the app on the GitHub marketplace"),
])
def test_a_strategy_naming_some_tool_leaves_the_tooling_cue_on(title: str, strategy: str) -> None:
    """The first guard read any tool's name in the strategy as naming the team's tooling (a
    review, 2026-12-01): a Slack integration said nothing of CI queue times."""
    assert internal_area(title, strategy) is not None
