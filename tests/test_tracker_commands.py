"""The `/strategy` command reader: what counts as a command in each tracker's comment format,
and which Jira deliveries are comments rather than edits. No server needed."""

from __future__ import annotations

import pytest

from api.trackers.commands import (
    Command,
    UnknownAnswer,
    parse_command,
    plain_of_jira,
    plain_of_markdown,
    resolve,
)
from api.trackers.events import Skip
from api.trackers.jira import jira_delivery
from tests.test_webhooks import ALIGNED, jira_event

# --- the command reader, format by format ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "comment"),
    [
        ("/strategy O2.KR1", "O2.KR1", ""),
        ("Agreed.\n/Strategy conflict: marketplaces are a non-goal", "conflict:",
         "marketplaces are a non-goal"),
        ("/strategy **orphan** nothing moves", "orphan", "nothing moves"),
        ("- /strategy upkeep", "upkeep", ""),
        ("Hi\n\n```\n/strategy ok\n```\n\n/strategy orphan", "orphan", ""),
        ("Hmm `/strategy ok` then\n/strategy ok", "ok", ""),
    ],
)
def test_markdown_commands_read_from_the_persons_own_lines(
    text: str, word: str, comment: str
) -> None:
    command = parse_command(plain_of_markdown(text))
    assert command is not None and (command.word, command.comment) == (word, comment)


def test_jira_wiki_markup_code_quote_and_monospace_never_count() -> None:
    quoted = "{quote}/strategy ok{quote}\n{noformat}/strategy ok{noformat}\n{{/strategy ok}}"
    assert parse_command(plain_of_jira(quoted)) is None
    command = parse_command(plain_of_jira(quoted + "\n/strategy O1.KR2 yes"))
    assert command is not None and (command.word, command.comment) == ("O1.KR2", "yes")


def test_a_jira_comment_also_sent_as_issue_updated_is_no_edit_to_check() -> None:
    commented = {**jira_event("SHOP-42", ALIGNED, "jira:issue_updated"),
                 "issue_event_type_name": "issue_commented"}
    skipped = jira_delivery(commented, "https://x.atlassian.net")
    assert isinstance(skipped, Skip) and "a comment on the issue" in skipped.reason


def test_an_answer_is_a_word_or_a_real_key_result_else_the_closest_are_named() -> None:
    ids = ["O1.KR1", "O1.KR2", "O2.KR1", "O2.KR2"]
    assert resolve(Command(word="Orphan."), ids) == "orphan"
    assert resolve(Command(word="o1.kr2"), ids) == "O1.KR2"
    unknown = resolve(Command(word="O2.KR7"), ids)
    assert isinstance(unknown, UnknownAnswer) and unknown.closest[:2] == ["O2.KR2", "O2.KR1"]
    assert resolve(Command(word="maybe"), []) == UnknownAnswer(word="maybe", closest=[])
