"""One export per tracker, with its real headers (tests/data/exports/), read through the
registry of import formats: which format was recognised, which column fed each field, the
text read, team, person, effort, status, and what was left out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from checker.backlog.formats import REGISTRY
from checker.backlog.reading import Backlog, ReadOptions, read_backlog
from index.errors import InputError

DATA = Path(__file__).parent / "data" / "exports"


def _read(name: str, **options: Any) -> Backlog:
    backlog = read_backlog(DATA / name, options=ReadOptions(**options))
    assert backlog.read is not None
    return backlog


def _extra(backlog: Backlog, index: int, *keys: str) -> tuple[Any, ...]:
    extra = backlog.items[index].model_extra or {}
    return tuple(extra.get(k) for k in keys)


FIELDS = ("team", "assignee", "effort", "status", "state")

# file, format, {field: columns}, first item's (id, title, body start), FIELDS of the first
# and second item, rows left out
CASES = [
    ("jira-cloud.csv", "jira-cloud-csv",
     {"body": ["Description"], "effort": ["Custom field (Story point estimate)"],
      "team": ["Custom field (Team)"], "labels": ["Labels"]},
     ("SHOP-7", "Route pickers by aisle", "Why\nPickers walk the whole store for each order."),
     [("Stores", "Priya Shah", 5.0, "In Progress", "open"), ("Web", None, 1.0, "Done", "done")],
     []),
    ("jira-datacenter.csv", "jira-data-center-csv",
     {"effort": ["Custom field (Story Points)"], "team": ["Component/s"]},
     ("TRD-31", "Trade price list export", "Let trade customers download"),
     [("Accounts", "Lee Park", 3.0, "Open", "open"), ("Billing", None, 2.0, "Resolved", "done")],
     []),
    ("jira-pipeline.csv", "jira-data-pipeline",
     {"id": ["key"], "title": ["summary"], "body": ["description"],
      "person": ["assignee_name", "assignee_id"]},
     ("OPS-4", "Alert on failed nightly stock sync", "If the nightly stock sync fails"),
     [("Platform", "Ben Ode", 5.0, "In Progress", "open"),
      ("Platform", None, 2.0, "Closed", "done")], []),
    ("jira-de.csv", "jira-csv-de",
     {"title": ["Zusammenfassung"], "body": ["Beschreibung"], "person": ["Bearbeiter"]},
     ("LAGER-12", "Filialbestand in der App zeigen", "Kunden sehen vor dem Besuch"),
     [("Lager", "Jürgen Weiß", 5.0, "In Arbeit", "open"),
      ("Filialen", None, 1.0, "Erledigt", "done")], []),
    ("jira-fr.csv", "jira-csv-fr",
     {"title": ["Résumé"], "status": ["État"], "team": ["Champ personnalisé (Équipe)"]},
     ("MAG-3", "Réserver le stock à la commande", "Bloquer l'article"),
     [("Magasins", "Élodie Martin", 3.0, "En cours", "open"),
      ("Web", None, 1.0, "Terminé", "done")], []),
    ("azure-devops-unicode.txt", "azure-devops-csv",  # Excel's "Unicode text": UTF-16, tabs
     {"title": ["Title 1", "Title 2"], "body": ["Description"], "effort": ["Effort"],
      "team": ["Area Path"], "person": ["Assigned To"], "labels": ["Tags"]},
     ("7001", "Checkout", "One-page checkout so fewer carts are abandoned."),
     [("Checkout", "Dana Cole", 13.0, "Active", "open"), ("Web", None, 1.0, "Done", "done")],
     []),
    ("linear.csv", "linear-csv",
     {"effort": ["Estimate"], "team": ["Team"], "person": ["Assignee"]},
     ("ENG-212", "Reserve stock when an online order is placed", "Hold the item"),
     [("Platform", "lee@acme.test", 3.0, "In Progress", "open"),
      ("Growth", None, None, "Backlog", "open")], []),
    ("gh-issue-list-full.json", "gh-issue-list",
     {"person": ["assignees[].login"], "labels": ["labels[].name"], "bot": ["author.is_bot"]},
     ("#210", "Show store stock on the product page", "Why\nCustomers drive to a store"),
     [("stores", "lee-p", None, "OPEN", "open"), (None, None, None, "CLOSED", "done")],
     [("bot-authored item(s) (--include-bots keeps them)", [2])]),
    ("github-rest-issues.json", "github-rest-issues",
     {"url": ["html_url"], "author": ["user.login"], "pull_request": ["pull_request"]},
     ("#300", "Reserve stock when an order lands", "Hold the item"),
     [("platform", "lee-p", None, "open", "open"), (None, None, None, "closed", "done")],
     [("pull request(s) (--include-prs keeps them)", [2]),
      ("bot-authored item(s) (--include-bots keeps them)", [3])]),
    ("gitlab-issues.csv", "gitlab-issues-csv",
     {"id": ["Issue ID", "IID"], "effort": ["Weight"], "url": ["URL"]},
     ("5501", "Delivery slot picker", "Let customers pick a delivery slot at checkout.\nshow"),
     [("checkout", "Lee Park", 3.0, "Open", "open"), (None, None, 1.0, "Closed", "done")], []),
    ("asana.csv", "asana-csv",
     {"title": ["Name"], "body": ["Notes"], "done": ["Completed At"]},
     ("1206000000000001", "Loyalty points at the till", "Give trade customers points"),
     [("Retail Roadmap", "Mia Chen", 5.0, "In progress", "open"),
      ("Retail Roadmap", None, None, "Done", "done")], []),
    ("shortcut.csv", "shortcut-csv",
     {"title": ["name"], "person": ["owners"], "done": ["is_completed"]},
     ("981", "Faster search results", "Search answers in under 300 ms"),
     [("Discovery", "Ben Ode", 3.0, "In Development", "open"),
      ("Growth", None, 1.0, "Done", "done")], []),
    ("trello-board.json", "trello-json",
     {"title": ["name"], "body": ["desc"], "status": ["list"], "person": ["members"]},
     ("14", "One-page checkout", "Cut checkout to one page"),
     [(None, "Mia Chen", None, "Doing", "open"), (None, None, None, "Done", "done")], []),
]


@pytest.mark.parametrize(("name", "fmt", "columns", "first", "fields", "left_out"), CASES,
                         ids=[c[0] for c in CASES])
def test_each_export_is_read_as_its_tracker_wrote_it(
    name: str, fmt: str, columns: dict[str, list[str]], first: tuple[str, str, str],
    fields: list[tuple[Any, ...]], left_out: list[tuple[str, list[int]]],
) -> None:
    backlog = _read(name)
    assert backlog.read is not None and backlog.read.format == fmt
    for field, expected in columns.items():
        assert backlog.read.fields[field] == expected, field
    item = backlog.items[0]
    assert (item.id, item.title) == first[:2]
    assert item.body.startswith(first[2])
    assert [_extra(backlog, n, *FIELDS) for n in range(len(fields))] == fields
    assert [(g.reason, g.lines) for g in backlog.read.excluded] == left_out
    assert backlog.errors == []


def test_jira_repeated_columns_and_wiki_markup() -> None:
    backlog = _read("jira-cloud.csv")
    assert _extra(backlog, 0, "labels") == (["stores", "picking"],)
    body = backlog.items[0].body
    assert "*" not in body and "h2." not in body and "https://" not in body
    assert "See the study" in body


def test_a_malformed_jira_row_is_reported_by_line() -> None:
    backlog = _read("jira.csv")
    assert [(e.line, e.message) for e in backlog.errors] == [
        (7, "more cells than header columns")]
    assert backlog.read is not None
    assert [(g.reason, g.count, g.lines) for g in backlog.read.skipped] == [
        ("more cells than header columns", 1, [7])]


@pytest.mark.parametrize(
    ("data", "line", "lost"),
    [  # a stray quote in a title swallowed the rows after it (a newcomer's hand-made CSV)
        ('id,title,body\nH-1,Reschedule,Move visits\nH-2,"Pause the plan,Offer a pause\n'
         "H-3,Loyalty points,Points\nH-4,Upgrade Stripe,Deprecated\n", 3,
         "this row and the 2 line(s) after it were not read"),
        # an export cut off inside a quoted description
        ('id,title,body\nH-1,Reschedule,Move visits\nH-2,Pause,"Offer a pause instead of', 3,
         "this row was not read"),
        # (blank lines before it are not the row: a review)
        ('id,title,body\nH-1,Reschedule,Move visits\n\n\nH-2,Pause,"Offer a pause\nmore', 5,
         "this row and the 1 line(s) after it were not read"),
    ],
)
def test_a_quoted_field_never_closed_is_reported_not_read(data: str, line: int, lost: str) -> None:
    backlog = read_backlog(Path("hand.csv"), data)
    assert [item.id for item in backlog.items] == ["H-1"]
    assert [e.line for e in backlog.errors] == [line]
    assert backlog.errors[0].message.endswith(lost)


def test_a_stray_quote_closed_by_a_later_row_is_reported_not_read() -> None:
    # (H-2's stray quote is closed by H-4's quoted body: lenient reading made H-2 to H-4 one row)
    backlog = read_backlog(Path("hand.csv"), 'id,title,body\nH-1,Reschedule,Move visits\n'
                           'H-2,"Pause the plan,Offer a pause\nH-3,Loyalty points,Points\n'
                           'H-4,Upgrade Stripe,"Deprecated, now"\nH-5,Refunds,Faster\n')
    assert [item.id for item in backlog.items] == ["H-1", "H-5"]
    assert [(e.line, e.message) for e in backlog.errors] == [(3, (
        'a quoted field opens on this line and a quote on line 5 closes it (a stray "?): this '
        "row and the row(s) starting on line(s) 4, 5 were not read"))]


def test_a_cell_over_several_lines_still_reads() -> None:
    backlog = read_backlog(Path("hand.csv"), 'id,title,body\nH-1,Reschedule,"Move visits\n'
                           'First, we ask, then we move\nand confirm"\nH-2,Pause,"Offer it"\n')
    assert [item.id for item in backlog.items] == ["H-1", "H-2"]
    assert backlog.items[0].body.count("\n") >= 1 and backlog.errors == []


def test_a_stray_quote_in_a_multi_line_row_still_reads_leniently() -> None:
    # (a review: the body's lines have commas enough to read as rows, but their first cells
    # are no ids; the old lenient reading is kept)
    backlog = read_backlog(Path("hand.csv"), 'Key,Summary,Description,Status\n'
                           'H-1,"27" screen layout","Steps:\nopen app, tap menu, rotate, check\n'
                           'Expected: fits",Open\nH-2,Two,Body,Open\n')
    assert [item.id for item in backlog.items] == ["H-1", "H-2"] and backlog.errors == []


def test_many_rows_with_stray_quotes_over_several_lines_all_read() -> None:
    rows = ['"H-{}","{}","line one\nline two, with, commas\nline three","Open"'.format(
        i, f'Fix "Save" button {i}' if i % 3 == 0 else f"Title {i}") for i in range(2_000)]
    backlog = read_backlog(Path("x.csv"), "id,title,body,status\n" + "\n".join(rows) + "\n")
    assert len(backlog.items) == 2_000 and backlog.errors == []


def test_a_quote_the_lenient_reading_copes_with_still_reads() -> None:
    backlog = read_backlog(Path("hand.csv"), 'id,title,body\nH-1,"27" screens,For the desk\n'
                           'H-2,Stands,"Two, matte"\n')
    assert [(item.id, item.title) for item in backlog.items] == [
        ("H-1", '27 screens'), ("H-2", "Stands")]
    assert backlog.errors == []


def test_columns_not_used_are_listed() -> None:
    read = _read("jira-datacenter.csv").read
    assert read is not None
    assert {"Fix Version/s", "Custom field (Epic Link)", "Sprint"} <= set(read.ignored)
    assert "Summary" not in read.ignored


def test_bots_and_pull_requests_are_kept_when_asked() -> None:
    backlog = _read("github-rest-issues.json", include_bots=True, include_prs=True)
    assert [i.id for i in backlog.items] == ["#300", "#301", "#302", "#303"]
    assert backlog.read is not None and backlog.read.excluded == []


@pytest.mark.parametrize(("status", "ids"), [("open", ["#210"]), ("done", ["#212"]),
                                             ("all", ["#210", "#212"])])
def test_status_filter(status: str, ids: list[str]) -> None:
    backlog = _read("gh-issue-list-full.json", status=status)
    assert [i.id for i in backlog.items] == ids
    assert backlog.read is not None
    reasons = [g.reason for g in backlog.read.excluded]
    assert (f"item(s) not {status} (--status {status})" in reasons) == (status != "all")


def test_every_registered_format_has_a_fixture_that_picks_it() -> None:
    picked = {_read(path.name).read.format for path in DATA.iterdir()  # type: ignore[union-attr]
              if not path.name.startswith("unknown")}
    missing = {f.name for f in REGISTRY} - picked - {"stratalign"}
    assert missing == set()


def test_lines_with_only_our_keys_are_ours_not_a_tracker_export_with_those_keys(
    tmp_path: Path,
) -> None:
    """`{"id", "title"}` lines are stratalign items, though GitHub's project export has `id`
    and `title` too (a newcomer's plain backlog was reported read as a GitHub export)."""
    plain = tmp_path / "plain.jsonl"
    plain.write_text('{"id": "X1", "title": "Order screen behind the counter"}\n'
                     '{"id": "X2", "title": "Label printer for the bakery", "team": "Ops"}\n',
                     encoding="utf-8")
    backlog = read_backlog(plain)
    assert backlog.read is not None and backlog.read.format == "stratalign"
    first = backlog.items[0]
    assert (first.id, first.title) == ("X1", "Order screen behind the counter")
    github = _read("gh-project-items.json")
    assert github.read is not None and github.read.format == "gh-project-item-list"
    first = github.items[0]
    assert (first.id, first.title) == ("#118", "Route pickers by aisle")


@pytest.mark.parametrize("name", ["unknown.csv", "unknown.json"])
def test_an_unknown_shape_is_refused_with_the_headers_and_the_map_hint(name: str) -> None:
    with pytest.raises(InputError, match="unknown backlog shape") as caught:
        read_backlog(DATA / name)
    assert caught.value.file == str(DATA / name)
    assert caught.value.line == 1
    assert "--map title=COLUMN" in str(caught.value)
    assert ("Code, Label, Remarks" if name.endswith("csv") else "code, label") in str(caught.value)


@pytest.mark.parametrize(
    ("header", "fields"),
    [("Summary,Notes,Estimate", {"title": ["Summary"], "body": ["Notes"], "effort": ["Estimate"]}),
     ("Name,Details,Points", {"title": ["Name"], "body": ["Details"], "effort": ["Points"]}),
     ("Key,Summary,Description", {"id": ["Key"], "title": ["Summary"],
                                  "body": ["Description"]}),
     ("Title,Sprint,Owner Email", {"title": ["Title"]})],
)
def test_a_plain_table_is_read_by_its_column_names(
    tmp_path: Path, header: str, fields: dict[str, list[str]]
) -> None:
    """A newcomer's `Summary,Notes,Estimate` and `Name,Details,Points` were refused although the
    docs say such columns feed the title and body, and `Summary,Description` was called a
    YouTrack export: a table no tracker's export fits is read by its everyday column names, and
    named as a plain table."""
    path = tmp_path / "backlog.csv"
    cells = {"Summary": "Aisle-sorted pick lists", "Name": "Aisle-sorted pick lists",
             "Title": "Aisle-sorted pick lists", "Notes": "ready within the hour",
             "Details": "ready within the hour", "Description": "ready within the hour",
             "Estimate": "5", "Points": "5", "Key": "ST-1", "Sprint": "12",
             "Owner Email": "a@example.com"}
    columns = header.split(",")
    path.write_text(header + "\n" + ",".join(cells[c] for c in columns) + "\n", encoding="utf-8")
    backlog = read_backlog(path)
    assert backlog.read is not None
    assert (backlog.read.format, backlog.read.fields) == ("plain", fields)
    [item] = backlog.items
    assert item.title == "Aisle-sorted pick lists"
    assert "read " + str(path) + " as a plain table" in backlog.read.lines()[0]
    assert "YouTrack" not in "\n".join(backlog.read.lines())
    unread = [c for c in columns if [c] not in fields.values()]
    assert backlog.read.ignored == unread


def test_our_own_items_with_keys_of_their_own_stay_ours(tmp_path: Path) -> None:
    """Found by review: one extra key sent our own lines to the plain table, which drops it."""
    path = tmp_path / "backlog.jsonl"
    path.write_text('{"id": "P-1", "title": "Faster checkout", "body": "Cut checkout time", '
                    '"team": "Web", "epic": "Checkout"}\n', encoding="utf-8")
    backlog = read_backlog(path)
    assert backlog.read is not None and backlog.read.format == "stratalign"
    assert backlog.items[0].model_extra == {"team": "Web", "epic": "Checkout"}


@pytest.mark.parametrize(
    ("header", "row", "mapped"),
    [("Summary,Notes,Estimate", "Faster checkout,Cut checkout time,5", "body=Notes"),
     ("Summary,Description,Story Points,Headline", "Faster checkout,Cut it,5,Checkout",
      "title=Headline")],
)
def test_a_map_keeps_the_columns_read_by_their_names(
    tmp_path: Path, header: str, row: str, mapped: str
) -> None:
    """Found by review: naming the title or body with --map lost the effort read by name."""
    from checker.backlog.overrides import parse_map

    path = tmp_path / "backlog.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    backlog = read_backlog(path, options=ReadOptions(overrides=parse_map(mapped)))
    assert _extra(backlog, 0, "effort") == (5.0,)


def test_map_names_the_columns_of_an_unknown_export() -> None:
    from checker.backlog.overrides import parse_map

    backlog = read_backlog(DATA / "unknown.csv", options=ReadOptions(
        overrides=parse_map('id=Code,title=Label,body="Remarks"')))
    assert [(i.id, i.title, i.body) for i in backlog.items] == [("A-1", "Something", "else")]
    assert backlog.read is not None
    assert backlog.read.overridden == ["id", "title", "body"]
    assert backlog.read.format == "custom"


def test_map_overrides_one_field_of_a_known_format() -> None:
    from checker.backlog.overrides import parse_map

    backlog = read_backlog(DATA / "jira-datacenter.csv", options=ReadOptions(
        overrides=parse_map("team=Project name")))
    assert _extra(backlog, 0, "team") == ("Trade",)
    assert backlog.read is not None and backlog.read.fields["team"] == ["Project name"]


def test_map_with_an_unknown_column_names_the_columns_that_exist() -> None:
    from checker.backlog.overrides import parse_map

    with pytest.raises(InputError, match="no such column") as caught:
        read_backlog(DATA / "linear.csv", options=ReadOptions(
            overrides=parse_map("effort=Story Points")))
    assert "ID, Team, Title, Description" in str(caught.value)


def test_map_with_an_unknown_field_names_the_fields() -> None:
    from checker.backlog.overrides import parse_map

    with pytest.raises(InputError, match=r"unknown field 'size'.*title, body, effort"):
        parse_map("size=Points")


def test_what_was_read_is_said_in_lines() -> None:
    lines = _read("github-rest-issues.json").read.lines()  # type: ignore[union-attr]
    assert lines[0].startswith("read ") and "GitHub REST API issues" in lines[0]
    assert "  body         <- body" in lines
    assert any(line.startswith("left out 1 pull request") and "line 2" in line
               for line in lines)
    assert any(line.startswith("warning:") and "no effort" in line for line in lines)


def test_dependency_bots_with_plain_user_accounts_are_left_out(tmp_path: Path) -> None:
    """Scala Steward, pyup and depfu open pull requests from ordinary accounts (is_bot false in a
    `gh issue list` export); their logins say what they are (trial finding, 2026-11-30)."""
    authors = ["scala-steward", "pyup-bot", "depfu", "app/renovate", "talbot", "ana"]
    rows = [{"number": n, "title": f"Item {n} for the store app", "body": "", "state": "OPEN",
             "author": {"login": login, "is_bot": False}, "labels": [],
             "url": f"https://github.com/acme/shop/issues/{n}"}
            for n, login in enumerate(authors, start=1)]
    path = tmp_path / "gh.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    backlog = read_backlog(path)
    assert [i.id for i in backlog.items] == ["#5", "#6"]


@pytest.mark.parametrize(("name", "fmt", "body_from"), [
    ("trello-board.csv", "trello-csv", "Card Description"),
    ("excel-sep-hint.csv", "jira-cloud-csv", "Description"),
    ("pretty-array.jsonl", "stratalign", "body"),
    ("description-key.json", None, "description"),  # whichever format it looks like
    ("jira-rest-v3.json", "jira-rest", "fields.description"),
    ("azure-devops-rest.json", "azure-devops-rest", "fields.System.Description"),
    ("linear-api.json", "linear-api", "description"),
    ("clickup-api.json", "clickup-api", "text_content"),
])
def test_exports_a_trial_misread_are_read_with_their_text(
    name: str, fmt: str | None, body_from: str
) -> None:
    """Trial findings (2026-11-30): Trello's CSV export was no known shape; Excel's "sep=;"
    first line was read as the header; a pretty-printed JSON array saved as .jsonl was refused;
    a `description` beside a guessed format's own fields was dropped; Jira's REST reply (its
    description an ADF tree) and Azure DevOps' REST work items (keys such as "System.Title")
    could not be read, not even with --map."""
    backlog = _read(name)
    assert backlog.read is not None and backlog.read.format == (fmt or backlog.read.format)
    assert backlog.read.fields["body"][0] == body_from
    assert len(backlog.items) == 2 and all(i.body for i in backlog.items)
    assert backlog.errors == []


def test_rest_exports_give_the_text_a_person_reads() -> None:
    jira = _read("jira-rest-v3.json").items
    assert jira[0].id == "SHOP-51"
    assert jira[0].body == "Why\nCustomers collect online orders from a locker without queueing."
    azure = _read("azure-devops-rest.json").items
    assert (azure[0].id, azure[0].title) == ("4501", "Collection lockers in the busiest stores")
    assert "without queueing" in azure[0].body and "<b>" not in azure[0].body
    assert _extra(_read("azure-devops-rest.json"), 0, "effort", "status") == (5.0, "Active")


def test_api_exports_keep_the_ids_people_use() -> None:
    """Linear's readable `identifier`, not its UUID; ClickUp's custom id where it has one."""
    assert [i.id for i in _read("linear-api.json").items] == ["STO-21", "STO-22"]
    assert [i.id for i in _read("clickup-api.json").items] == ["86a0abc", "TRD-4"]
