"""Reading an article: a text file with headers, an HTML page or standard input; anything else,
or a date the calendar does not have, is refused at the door in one line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from crpv_graph.ingest import Article, Ingester, IngestError, read_article
from crpv_graph.ingest.article import MAX_BYTES, parse_text, without_page_furniture
from tests.helpers import Cli, invoke, one_line_error

O = "https://w3id.org/crpv/id/organization/"
HEADED = "URL: https://example.org/a\nPUBLISHED: 2021-11-02\nPUBLISHER: Ex\nTITLE: T\n---\n"
LAST = "Le 21 octobre 2021, l'IREV a réuni les centres de ressources à Paris.\n"


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_headers_give_the_source_and_the_body_follows_the_separator(tmp_path: Path) -> None:
    article = read_article(str(write(tmp_path, "a.txt", HEADED + "L'IREV a réuni.\n")))
    assert (article.url, article.date, article.publisher, article.title) == (
        "https://example.org/a", "2021-11-02", "Ex", "T",
    )  # fmt: skip
    assert article.body == "L'IREV a réuni.\n"


def test_options_override_headers(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", HEADED + "Texte.\n")
    article = read_article(str(path), url="https://example.org/b", date="2020-01-01")
    assert (article.url, article.date) == ("https://example.org/b", "2020-01-01")


def test_html_main_text_and_metadata_are_extracted(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><title>Rencontre des CRPV</title>
    <link rel="canonical" href="https://example.org/rencontre">
    <meta property="article:published_time" content="2021-11-02"></head>
    <body><nav>Menu Accueil Contact</nav><article><h1>Rencontre des CRPV</h1>
    <p>Les 21 et 22 octobre 2021, l'IREV et le réseau national des CRPV ont réuni les centres à
    Paris, en présence de François-Antoine Mariani, directeur général délégué.</p>
    <p>La journée était animée par Accolades et ouverte par l'ANCT.</p></article>
    <footer>Mentions légales</footer></body></html>"""
    article = read_article(str(write(tmp_path, "page.html", page)))
    assert "l'IREV et le réseau national des CRPV" in article.body
    assert "Menu" not in article.body and "Mentions légales" not in article.body
    assert article.url == "https://example.org/rencontre"
    assert article.date == "2021-11-02"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "latin1.txt",
            (HEADED + "Évènement à Paris").encode("latin-1"),
            "not UTF-8 text (byte 0xc9",
        ),
        ("empty.txt", HEADED + "   \n\n", "no text to read"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file"),
        ("huge.txt", HEADED + "x" * (MAX_BYTES + 10), "byte limit"),
        ("nourl.txt", "PUBLISHED: 2021-01-01\n---\nTexte.\n", "no URL"),
        (
            "unended.txt",
            "URL: https://example.org/a\nTexte sans séparateur.\n",
            "end the header lines",
        ),
        (
            "baddate.txt",
            HEADED.replace("2021-11-02", "2 nov. 2021") + "Texte.\n",
            "not a date of the",
        ),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_1(
    tmp_path: Path, name: str, content: bytes | str, message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(IngestError, match=re.escape(message)):
        read_article(str(path))
    result = invoke("ingest", str(path))
    assert result.exit_code == 1
    assert message.split(" (")[0] in result.stderr and result.stderr.strip().count("\n") == 0


def test_a_missing_file_is_a_clear_error() -> None:
    with pytest.raises(IngestError, match="no such file"):
        read_article("/nonexistent/article.txt")


def test_standard_input_with_url_and_date_options(cli: Cli) -> None:
    text = "Les 21 et 22 octobre 2021, l'IREV a réuni les CRPV à Paris."
    result = cli("ingest", "-", "--url", "https://example.org/s", "--date", "2021-11-02",
                 "--format", "json", input=text)  # fmt: skip
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["source"]["url"] == "https://example.org/s"
    assert any(m["entity"] == O + "irev" for m in document["mentions"])


@pytest.mark.parametrize(
    ("header", "option", "named"),
    [
        ("DATE: 2021-13-45\n", (), "'2021-13-45'"),
        ("", ("--date", "2021-02-31"), "--date '2021-02-31'"),
        ("PUBLISHED: 2021-02\n", ("--date", "2021-00"), "--date '2021-00'"),
    ],
)
def test_a_date_that_does_not_exist_is_refused_at_the_door(
    tmp_path: Path, header: str, option: tuple[str, ...], named: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"URL: https://example.org/a\n{header}---\n{LAST}", encoding="utf-8")
    out = tmp_path / "draft.trig"
    message = one_line_error(invoke("ingest", str(article), *option, "--out", str(out)))
    assert named in message and "not a date of the calendar" in message
    assert not out.exists()


def test_ingest_names_a_directory_given_as_the_article(tmp_path: Path) -> None:
    assert f"{tmp_path}: not a file" in one_line_error(invoke("ingest", str(tmp_path)))


# facts.md §5: the 2018 national meeting of the centres, 14-15 June in Paris, at the CGET's
# invitation; §2: the IREV's general assembly of 28 November 2018, here the title of another
# article in the page's links, as a news page prints them under its text
RELATED_LINKS = (
    "Accueil \u203a Actualités\n"
    "Les 14 et 15 juin, les centres de ressources politique de la ville se sont retrouvés à"
    " Paris, à l'invitation du CGET, pour leur rencontre nationale.\n"
    "Partager\n"
    "À lire aussi\n"
    "Assemblée générale de l'IREV : retour sur la séance du 28 novembre 2018\n"
    "\n"
    "Lettre d'information du Réseau rural, décembre 2018\n"
)


def test_the_pages_links_to_other_articles_give_no_event_and_only_the_graphs_entities(
    ingester: Ingester,
) -> None:
    article = Article(body=RELATED_LINKS, url="https://example.org/t", date="2018-06-20")
    draft = ingester.draft(article)
    dates = {s.object for s in draft.extraction.statements if s.relation == "startDate"}
    assert dates == {"2018-06-14"}
    linked = RELATED_LINKS.index("À lire aussi")
    assert {m.text for m in draft.mentions if m.start >= linked and m.type != "date"} == {"IREV"}
    assert all(m.entity for m in draft.mentions if m.start >= linked)


def test_french_typographys_spaces_read_as_plain_ones(ingester: Ingester) -> None:
    # facts.md §ANRU: its head office in Pantin inaugurated on 7 July 2022 with Olivier Klein,
    # printed as French web pages print it: no-break spaces in the date and before a colon
    printed = (
        "Inauguration\u00a0: l'Agence nationale pour la rénovation urbaine a inauguré jeudi"
        " 7\u00a0juillet son siège de Pantin, en présence d'Olivier Klein, ministre chargé de la"
        " Ville et du Logement.\n"
    )
    article = parse_text(f"URL: https://example.org/a\nPUBLISHED: 2022-07-08\n---\n{printed}")
    assert "\u00a0" not in article.body and len(article.body) == len(printed)
    dates = {s.object for s in ingester.draft(article).extraction.statements
             if s.relation == "startDate"}  # fmt: skip
    assert dates == {"2022-07-07"}


def test_a_link_between_paragraphs_and_a_mission_list_are_no_furniture() -> None:
    # A news page's one link ("Lire aussi : ...") between two paragraphs, then a short one; a
    # centre's missions as a list whose items open with verbs a button uses too (facts.md
    # §ANCT: the ANCT runs the network of the centres).
    body = (
        "Le centre a tenu son assemblée.\n"
        "Lire aussi : Assemblée générale de l'IREV du 28 novembre 2018\n"
        "Le bureau a été élu.\n"
        "- Partager les pratiques entre centres avec l'ANCT ;\n"
        "- Suivre les contrats de ville.\n"
    )
    kept = without_page_furniture(body).split("\n")
    assert kept[1].strip() == ""
    assert kept[2:] == body.split("\n")[2:]


def test_a_posts_buttons_are_furniture_and_a_heading_opening_with_their_verb_is_not() -> None:
    # facts.md (meetings, Oct 2024): the national gathering of the centres' teams in Lille
    body = (
        "Réagir · Commenter\n"
        "J’aime (12)\n"
        "Réagir face aux discriminations : les centres se retrouvent à Lille\n"
        "Commenter l'actualité du réseau : le regroupement national de Lille\n"
    )
    kept = without_page_furniture(body).split("\n")
    assert kept[0].strip() == "" and kept[1].strip() == ""
    assert kept[2:] == body.split("\n")[2:]


def test_the_republics_motto_alone_on_its_line_is_furniture_and_a_heading_it_opens_is_not() -> None:
    # facts.md §2 (IREV): the préfet of the Nord region sits on its board; a State service's
    # release prints the motto under its letterhead, a heading may open with its first words.
    body = (
        "PRÉFET DU NORD\n"
        "Liberté, égalité, fraternité\n"
        "Liberté, égalité : le CIDFF du Nord lance un cycle de débats\n"
    )
    kept = without_page_furniture(body).split("\n")
    assert kept[1].strip() == ""
    assert kept[2] == body.split("\n")[2]
