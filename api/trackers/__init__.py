"""Tracker webhooks: GitHub, Jira Cloud and Linear events in, one suggestion comment out.

`receive.py` runs one delivery: verify its signature (`signing.py`), read the event
(`events.py`), check the text, and let `responder.py` decide whether to comment, edit or stay
silent, through a client of `clients.py`. Credentials live encrypted in `connections.py`.
"""
