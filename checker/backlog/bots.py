"""Who is a bot: the account names trackers give the apps, integrations and automation rules
that file items (dependency bumps, scanner findings, scheduled chores).

One rule for every surface: `audit` leaves such items out of a backlog export, and the tracker
webhooks leave them alone, whoever edits them later. A name counts only when it is a bot's
name as a whole ("renovate-bot", "project_42_bot_3f9a2c"), never because "bot" appears inside
a word: Talbot, Abbot and a robotics team are people.
"""

from __future__ import annotations

import re

# Sources: GitHub Apps act as `<slug>[bot]` (docs.github.com, "About authentication with a
# GitHub App"); GitLab project, group and service-account tokens act as
# `project_<id>_bot_<hash>`, `group_<id>_bot_<hash>` and `service_account_...`, and GitLab's own
# internal bots are `support-bot`, `alert-bot`, `visual-review-bot`, `GitLab-Admin-Bot`...
# (docs.gitlab.com, "Project access tokens", "Internal users"); Jira Cloud's rule engine files
# issues as the app user "Automation for Jira" (support.atlassian.com, "Automation actor").
_BOT_NAME = re.compile(
    r"(\[bot\]$|[-_]bot$|^bot$"
    r"|^(?:project|group)_\d+_bot(?:_\w+)?$|^service_account_\w+$"
    r"|^automation for jira$|^jira automation$"
    r"|^(?:app/)?(?:dependabot|renovate|github-actions|greenkeeper|snyk-bot|"
    r"pyup|scala-steward|depfu|mergify|imgbot|pre-commit-ci|allcontributors|codecov|"
    r"whitesource|mend-bolt|semantic-release|stale|weblate|crowdin|transifex)"
    r"(?:-preview|-bot|-app)?(?:\[bot\])?$)",
    re.I,
)


def is_bot_name(name: str | None) -> bool:
    """True when `name` (a login, username or display name, as a tracker shows it) is a bot's,
    app's or automation rule's account; False for None, "" and people's names."""
    return bool(name and _BOT_NAME.search(name.strip()))
