"""Budgets for reading user files: every parser checks its input against these as it reads.

A file over a budget fails fast with an InputError naming the file and the limit, so a small hostile
input (YAML aliases nested six deep expand to a million nodes from ~500 bytes; 5,000 levels of
nesting overflow recursive parsers) costs milliseconds, not minutes. The figures leave room for the
largest real strategies and OKR sets we know of (a few hundred KB of Markdown, a few hundred KRs).
"""

from __future__ import annotations

# OKR files (YAML / JSON / Markdown).
MAX_OKR_BYTES = 1_000_000
"""Size of one OKR file in bytes (a 3,000-KR YAML file is ~400 KB)."""
MAX_NESTING_DEPTH = 40
"""Nested mappings / lists in YAML or JSON; real OKR files use fewer than ten."""
MAX_YAML_ALIASES = 50
"""YAML aliases (`*name`) in one file: enough for shared defaults, far too few for alias bombs."""
MAX_YAML_NODES = 200_000
"""Values (scalars, mappings, lists) in one YAML/JSON file, counted with aliases expanded."""
MAX_OBJECTIVES = 500
"""Objectives in one OKR file."""
MAX_KEY_RESULTS = 2_000
"""Key results in one OKR file, over all objectives."""

# Strategy Markdown.
MAX_MARKDOWN_BYTES = 1_000_000
"""Size of one strategy document in bytes."""
MAX_MARKDOWN_LINES = 10_000
"""Lines of one strategy document (table parsing cost grows with rows)."""
MAX_MARKDOWN_DEPTH = 40
"""Nesting of block quotes and lists, counted in parser levels (a list level takes two)."""
MAX_FRONT_MATTER_BYTES = 20_000
"""Front matter of one document; metadata, not content."""
MAX_STRATEGY_FILES = 200
"""Strategy documents in one workspace."""
