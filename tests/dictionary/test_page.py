"""The dictionary's HTML escapes what comes from the data, in every place it shows it."""

from __future__ import annotations

import dataclasses

from crpv_graph.dictionary import Dictionary
from crpv_graph.dictionary.page import page
from crpv_graph.query import parse_query_text

HOSTILE = '<script>alert("x")</script>'


def test_what_the_data_says_is_escaped_everywhere_the_page_shows_it(
    real_dictionary: Dictionary,
) -> None:
    first = real_dictionary.classes[0]
    term = dataclasses.replace(first.term, labels={"fr": HOSTILE}, comments={"fr": HOSTILE})
    header = f"# title@fr: {HOSTILE}\n# description@fr: {HOSTILE}\nSELECT * {{}}"
    example = dataclasses.replace(
        first.example, query=parse_query_text("x", header), text=HOSTILE, rows=[{"x": HOSTILE}]
    )
    assert real_dictionary.worked is not None
    worked = dataclasses.replace(real_dictionary.worked, national=example, centre_label=HOSTILE)
    hostile = dataclasses.replace(
        real_dictionary,
        classes=[dataclasses.replace(first, term=term, example=example)],
        worked=worked,
    )
    html = page(hostile, "fr", lambda text: '" onclick="' + text)
    assert "<script" not in html and 'onclick="' not in html
    assert html.count("&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") >= 8


def test_the_page_reads_in_french_or_english(real_dictionary: Dictionary) -> None:
    french, english = page(real_dictionary, "fr"), page(real_dictionary, "en")
    assert "Dictionnaire des données" in french and "Data dictionary" in english
    assert "Institut régional de la ville : 2" in french  # the worked example's numbers
    assert "Quels centres ont pris part au plus grand nombre de rencontres nationales" in french
    assert "Run this query" not in english  # no server to run it: the example is shown only
