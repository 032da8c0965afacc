"""``docs/data-dictionary.md`` is what the ontology and the data give today, and the command
that writes it works."""

from __future__ import annotations

from pathlib import Path

from crpv_graph.dictionary import Dictionary
from crpv_graph.dictionary.markdown import COMMAND, markdown
from tests.helpers import CHECKOUT, Cli

COMMITTED = CHECKOUT / "docs" / "data-dictionary.md"


def test_the_committed_dictionary_is_up_to_date(real_dictionary: Dictionary) -> None:
    expected = markdown(real_dictionary)
    assert COMMITTED.read_text(encoding="utf-8") == expected, (
        f"docs/data-dictionary.md is out of date with the ontology or the data: run `{COMMAND}`"
    )


def test_the_dictionary_lists_each_class_with_both_languages_and_its_example(
    real_dictionary: Dictionary,
) -> None:
    text = markdown(real_dictionary)
    for entry in real_dictionary.classes:
        assert f"### `{entry.term.curie}`" in text
        assert entry.term.comment("fr") in text and entry.term.comment("en") in text
        assert entry.example.text.rstrip("\n") in text
    assert "| `o:irev` | Institut régional de la ville | 2 |" in text
    assert "| `o:irev` | Institut régional de la ville | 6 |" in text


def test_the_command_writes_the_file_or_prints_it(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "dictionary.md"
    written = cli("dictionary", "--out", str(out))
    assert written.exit_code == 0, written.output
    assert written.stdout.strip() == str(out)
    printed = cli("dictionary")
    assert printed.exit_code == 0
    assert (
        printed.stdout == out.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8")
    )


def test_the_command_refuses_a_directory_as_its_output(cli: Cli, tmp_path: Path) -> None:
    result = cli("dictionary", "--out", str(tmp_path))
    assert result.exit_code != 0 and "Error" in result.stderr
