"""The ingest's scorer (benchmarks/ingest/evaluate.py) counts what spec.md says it counts.

Statements match on (subject, predicate, object, role), the event as EVENT, a new entity on its
normalised text, a symmetric property either way round; scores come per relation type and
micro-averaged; what data/ states for an article is read by queries/stated.rq from its own graph.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.ingest import evaluate
from crpv_graph.namespaces import PREFIXES
from crpv_graph.store import dataset

O, P, ROLE = PREFIXES["o"], PREFIXES["p"], PREFIXES["role"]
SCHEMA, ORG, CRPV = PREFIXES["schema"], PREFIXES["org"], PREFIXES["crpv"]
PARTNER = CRPV + "partnerOf"
BARCAMP = "https://irev.fr/node/233726"


def statement(subject: str, predicate: str, value: str, role: str = "") -> dict[str, str]:
    return {"subject": subject, "predicate": predicate, "object": value, "role": role}


def gold(statements: list[dict[str, str]], mentions: list[dict[str, Any]]) -> dict[str, Any]:
    return {"text": "t.txt", "own_data_files": [], "mentions": mentions, "statements": statements}


def scored(
    expected: list[dict[str, str]],
    found: list[dict[str, str]],
    *,
    mentions: list[dict[str, Any]] | None = None,
    known: list[str] | None = None,
) -> evaluate.PipelineResult:
    """One text scored the way evaluate() scores predict.py's output."""
    predictions = {
        "seconds": 0.0,
        "texts": [
            {
                "gold": "t",
                "known": known or [],
                "event": None,
                "mentions": [],
                "statements": found,
                "seconds": 0.0,
            }
        ],
    }
    golds = {"t": gold(expected, mentions or [])}
    return evaluate.score("current", predictions, golds, frozenset({PARTNER}))


def test_a_symmetric_relation_matches_whichever_way_round_it_is_stated() -> None:
    result = scored(
        [statement(O + "irev", PARTNER, O + "anct")], [statement(O + "anct", PARTNER, O + "irev")]
    )
    assert result.statements.scores("partnerOf") == (1.0, 1.0, 1.0)


def test_an_asymmetric_relation_stated_the_wrong_way_round_is_wrong() -> None:
    unit = ORG + "unitOf"
    result = scored(
        [statement(O + "anct-dgd-pv", unit, O + "anct")],
        [statement(O + "anct", unit, O + "anct-dgd-pv")],
    )
    assert result.statements.scores("unitOf") == (0.0, 0.0, 0.0)


def test_a_membership_is_right_only_with_its_role() -> None:
    member = ORG + "memberOf"
    expected = [
        statement(P + "jean-luc-rigaut", member, O + "adcf", ROLE + "president"),
        statement(P + "jean-luc-rigaut", member, O + "ville-d-annecy", ROLE + "mayor"),
    ]
    found = [
        statement(P + "jean-luc-rigaut", member, O + "adcf", ROLE + "president"),
        statement(P + "jean-luc-rigaut", member, O + "ville-d-annecy", ROLE + "president"),
    ]
    assert scored(expected, found).statements.scores("memberOf") == (0.5, 0.5, 0.5)


def test_a_new_entity_matches_on_its_normalised_text_or_the_mention_of_a_missing_gold_iri() -> None:
    attendee = SCHEMA + "attendee"
    expected = [
        statement("EVENT", attendee, "NEW:Université de Lille"),
        statement("EVENT", attendee, O + "ville-d-annecy"),
        statement("EVENT", attendee, O + "irev"),
    ]
    found = [
        statement("EVENT", attendee, "NEW:l'université de  LILLE"),
        statement("EVENT", attendee, "NEW:Annecy"),  # the graph lacks o:ville-d-annecy
        statement("EVENT", attendee, "NEW:IREV"),  # the graph has o:irev: a linking error
    ]
    annecy = {"start": 0, "end": 6, "text": "Annecy", "type": "organization",
              "entity": O + "ville-d-annecy"}  # fmt: skip
    irev = {"start": 10, "end": 14, "text": "IREV", "type": "organization", "entity": O + "irev"}
    result = scored(expected, found, mentions=[annecy, irev], known=[O + "irev"])
    assert result.texts["t"] == (2, 3, 3)


def test_a_new_unit_matches_the_unmentioned_gold_unit_of_its_body_that_its_noun_names() -> None:
    # "son conseil d'administration": a common noun, no gold mention, a unit the reduced graph
    # lacks; the board of the ERU, not its conseil d'orientation nor another body's board.
    unit, member = ORG + "unitOf", ORG + "memberOf"
    board, council = O + "eru-conseil-d-administration", O + "eru-conseil-d-orientation"
    expected = [
        statement(board, unit, O + "eru"),
        statement(council, unit, O + "eru"),
        statement(O + "anru", member, board),
    ]
    found = [
        statement("NEW:conseil d'administration (ERU)", unit, O + "eru"),
        statement(O + "anru", member, "NEW:conseil d'administration (ERU)"),
        statement("NEW:bureau (ERU)", unit, O + "eru"),
        statement("NEW:conseil d'administration (USH)", unit, O + "ush"),
    ]
    result = scored(expected, found, known=[O + "eru", O + "anru", O + "ush"])
    assert result.texts["t"] == (2, 4, 3)


def test_a_new_unit_matches_the_gold_unit_its_noun_names_even_when_the_gold_mentions_it() -> None:
    # "l'ANRU siège à son conseil d'administration": the gold mentions the board by its printed
    # noun, the pipeline names its new unit as a curator would, with its body in brackets.
    unit, member = ORG + "unitOf", ORG + "memberOf"
    board = O + "eru-conseil-d-administration"
    expected = [statement(board, unit, O + "eru"), statement(O + "anru", member, board)]
    mention = {"start": 0, "end": 24, "text": "conseil d'administration", "type": "organization",
               "entity": board}  # fmt: skip
    found = [
        statement("NEW:conseil d'administration (École du renouvellement urbain)", unit, O + "eru"),
        statement(
            O + "anru", member, "NEW:conseil d'administration (École du renouvellement urbain)"
        ),
    ]
    result = scored(expected, found, mentions=[mention], known=[O + "eru", O + "anru"])
    assert result.texts["t"] == (2, 2, 2)


def test_scores_come_per_relation_type_and_micro_averaged_over_all() -> None:
    organizer, attendee = SCHEMA + "organizer", SCHEMA + "attendee"
    expected = [
        statement("EVENT", organizer, O + "cget"),
        statement("EVENT", attendee, O + "anru"),
        statement("EVENT", attendee, O + "eru"),
    ]
    found = [
        statement("EVENT", organizer, O + "cget"),
        statement("EVENT", attendee, O + "anru"),
        statement("EVENT", attendee, O + "adcf"),
        statement("EVENT", attendee, O + "irev"),
    ]
    counts = scored(expected, found).statements
    assert counts.scores("organizer") == (1.0, 1.0, 1.0)
    assert counts.scores("attendee") == pytest.approx((1 / 3, 0.5, 0.4))
    assert counts.scores() == pytest.approx((0.5, 2 / 3, 4 / 7))


def test_the_event_is_right_new_if_the_reduced_graph_lacks_it_and_wrong_if_the_text_has_none() -> (
    None
):
    event = {"iri": PREFIXES["ev"] + "2018-06-rencontre-nationale", "start": "2018-06-14"}
    minted = {"iri": None, "kind": CRPV + "NationalMeeting", "start": "2018-06-14", "end": ""}
    linked = {**minted, "iri": event["iri"]}
    assert evaluate.event_check("t", event, minted, known=set()).linked_right
    assert not evaluate.event_check("t", event, minted, known={event["iri"]}).linked_right
    assert evaluate.event_check("t", event, linked, known={event["iri"]}).linked_right
    assert not evaluate.event_check("t", event, None, known=set()).found
    assert not evaluate.event_check("t", None, minted, known=set()).linked_right
    assert evaluate.event_check("t", None, None, known=set()).linked_right


def test_what_data_states_for_an_article_lifts_sub_event_roles_and_flattens_memberships(
    real_dataset: dataset.LoadedDataset,
) -> None:
    stated = evaluate.stated(real_dataset.store, BARCAMP, frozenset(), {})
    rdf_type = PREFIXES["rdf"] + "type"
    assert ("EVENT", rdf_type, CRPV + "NationalMeeting", "") in stated
    # o:irev presents at the barcamp's pitch, a sub-event of a sub-event of the meeting.
    assert (O + "irev", CRPV + "presentsAt", "EVENT", "") in stated
    assert (P + "jean-luc-rigaut", ORG + "memberOf", O + "ville-d-annecy", ROLE + "mayor") in stated
    assert (O + "cget-dvcu", ORG + "unitOf", O + "cget", "") in stated
    # Sub-events are not the reported event: no round table typed as the event.
    assert not [key for key in stated if key[1] == rdf_type and key[2] != CRPV + "NationalMeeting"]
    assert all(PREFIXES["ev"] not in part for key in stated for part in key)


def test_a_source_that_only_names_an_event_is_credited_with_the_class_the_others_give_it(
    tmp_path: Path,
) -> None:
    prologue = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in PREFIXES.items())
    for name, graph in (
        ("a", 'ev:x a crpv:NationalMeeting ; schema:startDate "2018-06-14"^^xsd:date .'),
        ("b", "ev:x schema:organizer o:cget . o:cget a crpv:NationalAgency ."),
    ):
        source = f"https://example.org/{name}"
        (tmp_path / f"{name}.trig").write_text(
            f'{prologue}crpvg:sources {{ <{source}> a crpv:SourceDocument ; rdfs:label "{name}"@fr }}\n'
            f"<{source}> {{ {graph} }}\n",
            encoding="utf-8",
        )
    store = dataset.load(tmp_path).store
    assert evaluate.stated(store, "https://example.org/b", frozenset(), {}) == {
        ("EVENT", PREFIXES["rdf"] + "type", CRPV + "NationalMeeting", ""),
        ("EVENT", SCHEMA + "organizer", O + "cget", ""),
    }


def test_every_gold_file_names_full_iris_or_placeholders_and_two_are_primary_articles() -> None:
    golds = [evaluate.read_gold(path) for path in evaluate.gold_files()]
    assert len(golds) >= 5
    if evaluate.SOURCES.is_dir():
        assert sum(evaluate.is_primary(g) for g in golds) == 2


def test_a_gold_statement_with_a_prefixed_name_is_refused_with_its_file_named() -> None:
    broken = gold([statement("o:irev", ORG + "memberOf", O + "reseau-national-crpv")], [])
    with pytest.raises(ValueError, match=r"broken\.json: .*o:irev"):
        evaluate.check_gold(Path("broken.json"), broken)


def test_a_commit_git_cannot_archive_is_an_error_not_a_fallback(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        evaluate.archive("0000000000000000000000000000000000000000", tmp_path)
    assert not list(tmp_path.iterdir())


def test_the_report_says_when_todays_pipeline_was_not_measured() -> None:
    current = scored([statement("EVENT", SCHEMA + "organizer", O + "cget")], [])
    results = evaluate.Results(
        gold_texts=1, gold_statements=1, roleless=0, current=current, today=None,
        today_missing="`git archive 2fc953c` failed: not a git repository",
        baseline=evaluate.Tally(), drafts=[],
    )  # fmt: skip
    text = evaluate.report(results)
    assert "Today's pipeline (2fc953c) was not measured**: `git archive 2fc953c` failed" in text
    assert "| organizer | 1 | 0.00 / 0.00 / 0.00 |" in text


def timed(name: str, seconds: list[float]) -> evaluate.PipelineResult:
    """A pipeline that drafted one empty text per entry of ``seconds``, taking that long."""
    texts: list[dict[str, Any]] = [
        {"gold": f"t{i}", "known": [], "event": None, "mentions": [], "statements": [],
         "seconds": taken}
        for i, taken in enumerate(seconds)
    ]  # fmt: skip
    golds = {f"t{i}": gold([], []) for i in range(len(seconds))}
    predictions = {"seconds": 30.0, "texts": texts}
    return evaluate.score(name, predictions, golds, frozenset({PARTNER}))


def test_speed_is_the_drafting_time_with_its_slowest_text_as_a_ratio_to_todays_pipeline() -> None:
    results = evaluate.Results(
        gold_texts=3, gold_statements=0, roleless=0, current=timed("current", [0.5, 2.0, 0.5]),
        today=timed("today", [0.5, 0.5, 0.5]), today_missing="", baseline=evaluate.Tally(),
        drafts=[],
    )  # fmt: skip
    assert evaluate.speed(results) == (
        "Speed: drafting the 3 texts took 3.0 s (the slowest text 2.0 s), "
        "1.5 s for 2fc953c in the same run (2.0 times as long)."
    )
    assert evaluate.speed(results) in evaluate.report(results)


def test_speed_gives_no_ratio_when_todays_pipeline_was_not_measured() -> None:
    results = evaluate.Results(
        gold_texts=2, gold_statements=0, roleless=0, current=timed("current", [0.3, 1.0]),
        today=None, today_missing="not a git repository", baseline=evaluate.Tally(), drafts=[],
    )  # fmt: skip
    assert evaluate.speed(results) == (
        "Speed: drafting the 2 texts took 1.3 s (the slowest text 1.0 s)."
    )


def test_each_held_out_set_is_scored_on_its_own_row_and_left_out_of_the_self_written_one() -> None:
    organizer, cget = SCHEMA + "organizer", O + "cget"
    golds = {
        "synthetic-x": gold([statement("EVENT", organizer, cget)], []),
        "heldout-x": {**gold([statement("EVENT", organizer, cget)], []), "heldout": 1},
        "heldout-y": {**gold([statement("EVENT", organizer, cget)], []), "heldout": 2},
    }
    found = {
        "synthetic-x": [statement("EVENT", organizer, cget)],
        "heldout-x": [],
        "heldout-y": [statement("EVENT", organizer, cget)],
    }
    predictions = {
        "seconds": 0.0,
        "texts": [
            {
                "gold": name,
                "known": [],
                "event": None,
                "mentions": [],
                "statements": found[name],
                "seconds": 0.0,
            }
            for name in golds
        ],
    }
    current = evaluate.score("current", predictions, golds, frozenset())
    results = evaluate.Results(
        gold_texts=3, gold_statements=3, roleless=0, current=current, today=None,
        today_missing="", baseline=evaluate.Tally(), drafts=[],
    )  # fmt: skip
    text = evaluate.report(results)
    assert current.heldout == {"heldout-x": 1, "heldout-y": 2}
    assert "| **self-written texts only** | 1 | 1.00 / 1.00 / **1.00** |" in text
    assert "| **held-out set 1** | 1 | 0.00 / 0.00 / **0.00** |" in text
    assert "| **held-out set 2** | 1 | 1.00 / 1.00 / **1.00** |" in text


@pytest.mark.parametrize("mark", ["yes", True, -1])
def test_a_gold_file_marked_held_out_with_anything_but_a_set_number_is_refused(
    mark: object,
) -> None:
    with pytest.raises(ValueError, match=r"odd\.json: \"heldout\""):
        evaluate.check_gold(Path("odd.json"), {**gold([], []), "heldout": mark})
