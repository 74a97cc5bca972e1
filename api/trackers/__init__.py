"""Tracker webhooks: GitHub, GitLab, Jira Cloud and Linear events in, one suggestion comment out.

Each tracker is one module (`github.py`, `gitlab.py`, `jira.py`, `linear.py`) implementing
`protocol.Tracker`: payload models, signature check, API client, comment format; `registry.py`
lists them and is the only place that does. `receive.py` runs one delivery: verify, read the
event (shapes in `events.py`), check the text, and let `responder.py` decide whether to comment,
edit or stay silent, through a client of `clients.py`. Credentials live sealed in
`connections.py` (`vault.py`).
"""
