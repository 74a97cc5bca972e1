"""A Trello board exported as JSON (board menu > Print, export and share > Export as JSON).

Source: support.atlassian.com/trello/docs/exporting-data-from-trello/ and the card object of
developer.atlassian.com/cloud/trello/rest/api-group-cards. Cards name their list and members
by id; the board's `lists` and `members` resolve them. The list is the card's status; a
closed (archived) card counts as done.
"""

from __future__ import annotations

from typing import Any

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField


def resolve_names(cards: list[dict[str, Any]], board: dict[str, Any]) -> list[dict[str, Any]]:
    """Cards with `list` and `members` named from the board's own tables."""
    lists = {x.get("id"): x.get("name") for x in board.get("lists") or [] if isinstance(x, dict)}
    people = {m.get("id"): m.get("fullName") or m.get("username")
              for m in board.get("members") or [] if isinstance(m, dict)}
    return [{**card, "list": lists.get(card.get("idList")),
             "members": [people.get(i) for i in card.get("idMembers") or [] if people.get(i)]}
            for card in cards]


TRELLO = ImportFormat(
    name="trello-json", label="Trello board JSON", container="json", markup="markdown",
    source="https://support.atlassian.com/trello/docs/exporting-data-from-trello/",
    fields={F.ID: ["idShort", "id"], F.TITLE: ["name"], F.BODY: ["desc"],
            F.PERSON: ["members"], F.STATUS: ["list"], F.LABELS: ["labels[].name"],
            F.URL: ["shortUrl", "url"], F.CREATED: ["dateLastActivity"], F.DONE: ["closed"]},
    also=["idList", "idBoard", "idMembers", "idLabels", "pos", "due", "badges", "shortLink",
          "checkItemStates", "dueComplete"],
    prepare=resolve_names,
)

# Trello's CSV export (Premium and Enterprise boards, same page as the JSON export): one row per
# card, lists and members already named.
TRELLO_CSV = ImportFormat(
    name="trello-csv", label="Trello board CSV", container="csv", markup="markdown",
    source="https://support.atlassian.com/trello/docs/exporting-data-from-trello/",
    fields={F.ID: ["Card ID"], F.TITLE: ["Card Name"], F.BODY: ["Card Description"],
            F.PERSON: ["Members"], F.STATUS: ["List Name"], F.LABELS: ["Labels"],
            F.URL: ["Card URL"], F.CREATED: ["Last Activity Date"], F.DONE: ["Archived"]},
    also=["Due Date", "Start Date", "Attachment Count", "Attachment Links",
          "Checklist Item Total Count", "Checklist Item Completed Count", "Vote Count",
          "Comment Count", "List ID", "Board ID", "Board Name"],
)

FORMATS = [TRELLO, TRELLO_CSV]
