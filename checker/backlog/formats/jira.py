"""Jira exports: Cloud and Data Center CSV (also with German or French headers) and the data
pipeline's issues table.

Sources: "Export issues from Jira Cloud" (support.atlassian.com/jira-software-cloud/docs/
export-issues), "Exporting search results to Microsoft Excel / CSV" (Jira Data Center docs),
"Data pipeline export schema" (confluence.atlassian.com/adminjiraserver/data-pipeline-export-
schema). CSV exports repeat a column once per value (`Labels`, `Sprint`, `Component/s`), name
custom fields `Custom field (NAME)`, and write descriptions in Jira wiki markup.
"""

from __future__ import annotations

from typing import Any

from checker.backlog.mapping import ImportFormat, ItemField

F = ItemField
_POINTS = ["Custom field (Story Points)", "Custom field (Story point estimate)", "Story Points",
           "Story point estimate"]
_TEAM = ["Custom field (Team)", "Team", "Component/s", "Components"]
# A status of any name is finished when Jira files it under the status category Done; a file
# without the category falls back to the status name. Source: Jira's status categories
# `To Do`, `In Progress`, `Done` (REST keys `new`, `indeterminate`, `done`).
_DONE_CATEGORY = ["Done"]

JIRA_CLOUD = ImportFormat(
    name="jira-cloud-csv", label="Jira Cloud CSV", container="csv", markup="jira",
    source="https://support.atlassian.com/jira-software-cloud/docs/export-issues/",
    fields={F.ID: ["Issue key"], F.TITLE: ["Summary"], F.BODY: ["Description"],
            F.EFFORT: _POINTS, F.TEAM: _TEAM, F.PERSON: ["Assignee"],
            F.STATUS: ["Status"], F.TYPE: ["Issue Type"], F.LABELS: ["Labels"],
            F.CREATED: ["Created"], F.AUTHOR: ["Reporter", "Creator"],
            F.DONE: ["Status Category"]},
    also=["Issue id", "Project key", "Project name", "Priority", "Updated", "Parent",
          "Parent summary", "Status Category Changed", "Sprint"],
    done_values=_DONE_CATEGORY,
)

JIRA_DATA_CENTER = ImportFormat(
    name="jira-data-center-csv", label="Jira Data Center CSV", container="csv", markup="jira",
    source="https://confluence.atlassian.com/jirasoftwareserver/exporting-search-results-to-"
    "microsoft-excel-939938035.html",
    fields={**JIRA_CLOUD.fields, F.TEAM: ["Custom field (Team)", "Component/s"]},
    also=["Issue id", "Parent id", "Project key", "Project name", "Priority", "Updated",
          "Affects Version/s", "Fix Version/s", "Custom field (Epic Link)", "Log Work",
          "Original Estimate", "Σ Original Estimate", "Security Level", "Sprint"],
    done_values=_DONE_CATEGORY,
)

JIRA_GERMAN = ImportFormat(
    name="jira-csv-de", label="Jira CSV (German headers)", container="csv", markup="jira",
    source="Jira CSV export with the user's language set to Deutsch (fixed translations)",
    fields={F.ID: ["Schlüssel", "Vorgangsschlüssel"], F.TITLE: ["Zusammenfassung"],
            F.BODY: ["Beschreibung"],
            F.EFFORT: ["Benutzerdefiniertes Feld (Story Points)",
                       "Benutzerdefiniertes Feld (Story-Point-Schätzung)", "Story Points"],
            F.TEAM: ["Benutzerdefiniertes Feld (Team)", "Komponente/n", "Komponenten"],
            F.PERSON: ["Bearbeiter", "Zugewiesene Person"], F.STATUS: ["Status"],
            F.TYPE: ["Vorgangstyp"], F.LABELS: ["Stichwörter", "Labels"],
            F.CREATED: ["Erstellt"], F.AUTHOR: ["Autor", "Ersteller"]},
    also=["Vorgangs-ID", "Projektschlüssel", "Projektname", "Priorität", "Aktualisiert"],
)

JIRA_FRENCH = ImportFormat(
    name="jira-csv-fr", label="Jira CSV (French headers)", container="csv", markup="jira",
    source="Jira CSV export with the user's language set to Français (fixed translations)",
    fields={F.ID: ["Clé de ticket", "Clé"], F.TITLE: ["Résumé"], F.BODY: ["Description"],
            F.EFFORT: ["Champ personnalisé (Story Points)",
                       "Champ personnalisé (Estimation des story points)", "Story Points"],
            F.TEAM: ["Champ personnalisé (Équipe)", "Composants"],
            F.PERSON: ["Responsable", "Personne assignée"], F.STATUS: ["État", "Statut"],
            F.TYPE: ["Type de ticket"], F.LABELS: ["Étiquettes"],
            F.CREATED: ["Création", "Créé"], F.AUTHOR: ["Rapporteur", "Créateur"]},
    also=["ID de ticket", "Clé de projet", "Nom du projet", "Priorité", "Mise à jour"],
)

JIRA_PIPELINE = ImportFormat(
    name="jira-data-pipeline", label="Jira data pipeline export (issues)", container="csv",
    markup="jira",
    source="https://confluence.atlassian.com/adminjiraserver/data-pipeline-export-schema-"
    "1047542451.html",
    fields={F.ID: ["key", "issue_key"], F.TITLE: ["summary"], F.BODY: ["description"],
            F.EFFORT: ["story_points"], F.TEAM: ["components", "team"],
            F.PERSON: ["assignee_name", "assignee_id"], F.STATUS: ["status"],
            F.TYPE: ["type", "issue_type"], F.LABELS: ["labels"], F.URL: ["url"],
            F.CREATED: ["created_date"], F.AUTHOR: ["reporter_name", "creator_id"],
            F.DONE: ["status_category"]},
    also=["id", "instance_url", "project_key", "environment", "priority",
          "resolution", "updated_date", "resolution_date", "due_date", "fix_versions"],
    done_values=_DONE_CATEGORY,
)

# The ids Jira Cloud and Server give the story points field when no `names` map says which.
_POINT_IDS = ["customfield_10016", "customfield_10002", "customfield_10026"]


def name_custom_fields(issues: list[dict[str, Any]], reply: dict[str, Any]
                       ) -> list[dict[str, Any]]:
    """Issues whose `customfield_NNNNN` keys carry the names the reply's `names` map gives
    them (`expand=names`): `customfield_10002` -> `Story Points`. A name a field already has
    is left alone."""
    given = reply.get("names")
    names: dict[str, Any] = given if isinstance(given, dict) else {}
    return [{**issue, "fields": _named(issue["fields"], names)}
            if isinstance(issue.get("fields"), dict) else issue for issue in issues]


def _named(fields: dict[str, Any], names: dict[str, Any]) -> dict[str, Any]:
    taken = {k.casefold() for k in fields}
    out: dict[str, Any] = {}
    for key, value in fields.items():
        name = names.get(key)
        if key.startswith("customfield_") and isinstance(name, str) and name.strip() and (
                name.strip().casefold() not in taken):
            key = name.strip()
            taken.add(key.casefold())  # two fields of one name: the second keeps its id
        out[key] = value
    return out


# The REST API's search reply (`GET /rest/api/3/search?jql=...`, saved as JSON): issues with
# `key` and `fields`; in version 3 `description` is an Atlassian Document Format tree, in
# version 2 wiki markup. An issue is done when its status category is `done` (the status name
# when there is no category). Story points are a custom field: the one `names` calls so, else
# the usual ids. Source: developer.atlassian.com/cloud/jira/platform/rest/v3/
# api-group-issue-search/ (fields, `expand=names`) and the status category keys `new`,
# `indeterminate`, `done` of api-group-workflow-status-categories.
JIRA_REST = ImportFormat(
    name="jira-rest", label="Jira REST API issues (JSON)", container="json", markup="jira",
    source="https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/",
    fields={F.ID: ["key", "id"], F.TITLE: ["fields.summary"], F.BODY: ["fields.description"],
            F.EFFORT: ["fields.Story Points", "fields.Story point estimate", *(
                f"fields.{i}" for i in _POINT_IDS)],
            F.TEAM: ["fields.Team", "fields.components[].name"],
            F.PERSON: ["fields.assignee.displayName", "fields.assignee.name"],
            F.STATUS: ["fields.status.name"], F.DONE: ["fields.status.statusCategory.key"],
            F.TYPE: ["fields.issuetype.name"],
            F.LABELS: ["fields.labels", "fields.components[].name"],
            F.CREATED: ["fields.created"], F.AUTHOR: ["fields.reporter.displayName"]},
    also=["expand", "self"], done_values=_DONE_CATEGORY, nested=["fields"],
    prepare=name_custom_fields,
)

FORMATS = [JIRA_CLOUD, JIRA_DATA_CENTER, JIRA_GERMAN, JIRA_FRENCH, JIRA_PIPELINE, JIRA_REST]
