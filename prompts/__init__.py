"""Prompt files for the LLM judge; each file carries its own version."""
