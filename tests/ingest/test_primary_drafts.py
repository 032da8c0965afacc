"""Issue 20's acceptance on the two primary articles (../shared/sources): drafted by `ingest`
from the graph without the article's own data file, each draft validates in a copy of data/ (in
place of that file, and beside it) and reproduces at least 80 % of the statements data/ states
for the article (benchmarks/ingest/queries/stated.rq, compared by benchmarks/ingest/evaluate.py).
"""

from __future__ import annotations

import pytest

from benchmarks.ingest import evaluate

pytestmark = pytest.mark.skipif(not evaluate.SOURCES.is_dir(), reason="../shared/sources absent")


@pytest.fixture(scope="module")
def drafts() -> list[evaluate.DraftCheck]:
    return evaluate.primary_drafts()


def test_both_primary_articles_are_drafted_and_data_states_something_for_each(
    drafts: list[evaluate.DraftCheck],
) -> None:
    assert len(drafts) == 2
    assert all(len(draft.stated) >= 10 for draft in drafts)


def test_each_draft_validates_in_place_of_its_file_and_beside_it(
    drafts: list[evaluate.DraftCheck],
) -> None:
    for draft in drafts:
        assert {evaluate.IN_PLACE, evaluate.BESIDE} <= set(draft.problems)
        for place in (evaluate.IN_PLACE, evaluate.BESIDE):
            problems = draft.problems[place]
            assert not problems, f"{draft.text}, {place}:\n" + "\n".join(problems)


def test_each_draft_reproduces_at_least_80_percent_of_what_data_states(
    drafts: list[evaluate.DraftCheck],
) -> None:
    for draft in drafts:
        misses = "\n".join(evaluate.key_text(key) for key in draft.misses)
        assert draft.reproduced >= 0.8, f"{draft.text}: {draft.reproduced:.0%}, missing:\n{misses}"
