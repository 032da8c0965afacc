"""Titles on a body's board or at its general assembly, the body named elsewhere in the text:
"Le bureau se compose ainsi : X, vice-présidente ; ...", "Elle était présidée par X". Read
against the real graph's people, bodies and roles.

Every sentence is written from a line of ../shared/facts.md or facts-part3.md (cited above it),
never from memory.
"""

from __future__ import annotations

import pytest

from crpv_graph.ingest import Ingester
from crpv_graph.ingest.article import Article
from crpv_graph.namespaces import PREFIXES
from tests.ingest.test_titles import memberships

O, P, ROLE = PREFIXES["o"], PREFIXES["p"], PREFIXES["role"]
PB = O + "profession-banlieue"


def test_a_board_list_gives_each_title_at_the_body_whose_assembly_elected_it(
    ingester: Ingester,
) -> None:
    # facts-part3.md §2: the bureau elected at the assembly of 8 April 2010: Sylvie Hautière,
    # vice-president; Hélène Reys, treasurer; Marie-Anne Galazka, deputy treasurer.
    found = memberships(ingester, "Le 8 avril 2010, l'assemblée générale de Profession Banlieue "
                                  "a renouvelé ses instances. Le bureau se compose ainsi : Sylvie "
                                  "Hautière, vice-présidente ; Hélène Reys, trésorière, secondée "
                                  "par Marie-Anne Galazka, trésorière adjointe.")  # fmt: skip
    assert found == {
        (P + "sylvie-hautiere", PB, ROLE + "vice-president"),
        (P + "helene-reys", PB, ROLE + "treasurer"),
        (P + "marie-anne-galazka", PB, ROLE + "deputy-treasurer"),
    }


def test_a_board_named_with_its_body_lists_titles_at_that_body(ingester: Ingester) -> None:
    # facts-part3.md §2: Éric Froehlicher, secretary, and Vanessa Attia, deputy secretary, of
    # the bureau of 8 April 2010.
    found = memberships(ingester, "Le bureau de Profession Banlieue est composé notamment d'Éric "
                                  "Froehlicher, secrétaire, et de Vanessa Attia, secrétaire "
                                  "adjointe.")  # fmt: skip
    assert found == {
        (P + "eric-froehlicher", PB, ROLE + "secretary"),
        (P + "vanessa-attia", PB, ROLE + "deputy-secretary"),
    }


def test_a_title_in_a_board_list_that_names_a_place_is_not_at_the_board(
    ingester: Ingester,
) -> None:
    # facts-part3.md §2: Marc Ratsimba, president, was then directeur général adjoint at
    # Clichy-sous-Bois; Sylvie Hautière, vice-president.
    found = memberships(ingester, "Le bureau de Profession Banlieue se compose ainsi : Marc "
                                  "Ratsimba, directeur général adjoint à Clichy-sous-Bois ; "
                                  "Sylvie Hautière, vice-présidente.")  # fmt: skip
    assert (P + "sylvie-hautiere", PB, ROLE + "vice-president") in found
    assert (P + "marc-ratsimba", PB, ROLE + "deputy-director-general") not in found


def test_a_title_outside_a_board_list_is_at_the_body_the_page_is_about(
    ingester: Ingester,
) -> None:
    # facts.md §2: the board elected on 7 April 2011 had Sylvie Hautière as vice-president (no
    # list: the bare title is held at the body the page is about, memberships.page_titles).
    found = memberships(ingester, "L'assemblée générale de Profession Banlieue s'est tenue le 7 "
                                  "avril 2011. Sylvie Hautière, vice-présidente, a pris la "
                                  "parole.")  # fmt: skip
    assert found == {(P + "sylvie-hautiere", PB, ROLE + "vice-president")}


def test_who_chaired_the_assembly_and_who_vice_chaired_it(ingester: Ingester) -> None:
    # facts.md §2 IREV: the general assembly of 24 March 2017 was chaired by Milouda Ala, with
    # Serge Bouffange (deputy SGAR) as vice-chair.
    found = memberships(ingester, "L'IREV a réuni son groupement d'intérêt public le 24 mars "
                                  "2017. Cette assemblée générale était présidée par Milouda Ala "
                                  "; Serge Bouffange en assurait la vice-présidence.")  # fmt: skip
    assert found == {
        (P + "milouda-ala", O + "irev", ROLE + "chair-of-assembly"),
        (P + "serge-bouffange", O + "irev", ROLE + "vice-chair-of-assembly"),
    }


def test_an_assembly_named_in_the_sentence_before_is_the_one_she_speaks_of(
    ingester: Ingester,
) -> None:
    # facts.md §2 IREV: the general assembly of Tuesday 21 March 2023 adopted the 2022 report,
    # chaired by Antoine Sillani.
    found = memberships(ingester, "Le 21 mars 2023, l'assemblée générale de l'IREV a adopté le "
                                  "bilan 2022. Elle était présidée par Antoine Sillani.")  # fmt: skip
    assert found == {(P + "antoine-sillani", O + "irev", ROLE + "chair-of-assembly")}


def test_who_presided_over_the_assembly_after_an_apposition(ingester: Ingester) -> None:
    # facts-part3.md §2 IREV: the assembly of 30 Nov 2020 was chaired ("présidait") by Daniel
    # Barnier, préfet délégué pour l'égalité des chances.
    found = memberships(ingester, "Le 30 novembre 2020, l'assemblée générale de l'IREV a adopté "
                                  "le programme 2021 : c'est Daniel Barnier, préfet délégué pour "
                                  "l'égalité des chances, qui présidait l'assemblée.")  # fmt: skip
    assert (P + "daniel-barnier", O + "irev", ROLE + "chair-of-assembly") in found


def test_a_body_presided_over_is_not_an_assembly_chaired(ingester: Ingester) -> None:
    # facts.md §2: Marc Ratsimba, president of Profession Banlieue in 2010 (the body is
    # presided over, not its assembly chaired).
    found = memberships(ingester, "Profession Banlieue, présidée par Marc Ratsimba, a tenu son "
                                  "assemblée générale le 8 avril 2010.")  # fmt: skip
    assert found == {(P + "marc-ratsimba", PB, ROLE + "president")}


def test_the_sitting_chaired_by_a_titled_person_gives_the_assembly_chair(
    ingester: Ingester,
) -> None:
    # facts.md §2 IREV: the 28 Nov 2018 assembly was chaired by préfet délégué Daniel Barnier.
    found = memberships(ingester, "L'IREV a réuni ses membres le 28 novembre 2018. La séance "
                                  "était présidée par le préfet délégué Daniel Barnier.")  # fmt: skip
    assert (P + "daniel-barnier", O + "irev", ROLE + "chair-of-assembly") in found
    assert (P + "daniel-barnier", O + "irev", ROLE + "president") not in found


def test_a_board_listed_one_officer_a_line_gives_each_title_at_the_body_that_elected_it(
    ingester: Ingester,
) -> None:
    # facts.md: the board elected on 7 April 2011 again had Marc Ratsimba as president and
    # Sylvie Hautière as vice-president (Profession Banlieue).
    found = memberships(ingester, "Le 7 avril 2011, les adhérents de Profession Banlieue ont "
                                  "réélu leur bureau. Il se compose comme suit :\n"
                                  "Président : Marc Ratsimba\n"
                                  "- Vice-présidente : Sylvie Hautière\n")  # fmt: skip
    assert found == {
        (P + "marc-ratsimba", PB, ROLE + "president"),
        (P + "sylvie-hautiere", PB, ROLE + "vice-president"),
    }


def test_a_line_of_a_title_and_a_name_is_no_officer_outside_a_boards_list(
    ingester: Ingester,
) -> None:
    # The same facts, the list closed by a sentence: the line after it is no officer's, and a
    # colon after a sentence naming no board opens no list (its bare title is at the body the
    # page is about: memberships.page_titles, not the board's list).
    found = memberships(ingester, "Le 7 avril 2011, les adhérents de Profession Banlieue ont "
                                  "réélu leur bureau. Il se compose comme suit :\n"
                                  "Président : Marc Ratsimba\n"
                                  "Le rapport d'activité 2011 en rend compte. Contact :\n"
                                  "Vice-présidente : Sylvie Hautière\n")  # fmt: skip
    assert found == {
        (P + "marc-ratsimba", PB, ROLE + "president"),
        (P + "sylvie-hautiere", PB, ROLE + "vice-president"),
    }


@pytest.mark.parametrize(
    "heading",
    [
        "8 avril 2010 – L'assemblée générale élit son bureau :",
        "Le 8 avril 2010, l'assemblée générale a élu notre nouveau bureau :",
        "Composition du bureau élu le 8 avril 2010 :",
    ],
)
def test_a_board_list_on_a_bodys_own_page_is_that_bodys_board(
    ingester: Ingester, heading: str
) -> None:
    # facts-part3.md §2: the bureau elected at the assembly of 8 April 2010: Marc Ratsimba,
    # president (then deputy director general at Clichy-sous-Bois); Hélène Reys, treasurer; Éric
    # Froehlicher, secretary. The page's first line names the body; no sentence near the list
    # does.
    text = (f"Profession Banlieue, centre de ressources de la Seine-Saint-Denis\n\nNotre histoire"
            f"\n\n{heading}\nPrésident : Marc Ratsimba, directeur général adjoint à "
            f"Clichy-sous-Bois\nTrésorière : Hélène Reys\nSecrétaire : Éric Froehlicher\n")  # fmt: skip
    assert memberships(ingester, text) >= {
        (P + "marc-ratsimba", PB, ROLE + "president"),
        (P + "helene-reys", PB, ROLE + "treasurer"),
        (P + "eric-froehlicher", PB, ROLE + "secretary"),
    }


def test_a_board_list_on_a_page_about_several_bodies_is_nobodys(ingester: Ingester) -> None:
    # The same facts on a page whose first line names two bodies: the board's owner is unknown.
    text = ("Profession Banlieue et l'IREV, deux centres de ressources\n\n"
            "L'assemblée générale élit son bureau :\nTrésorière : Hélène Reys\n")  # fmt: skip
    assert memberships(ingester, text) == set()


IREV = O + "irev"
CHAIR, VICE = ROLE + "chair-of-assembly", ROLE + "vice-chair-of-assembly"


def test_the_chair_of_a_sitting_named_as_a_noun_before_a_colon(ingester: Ingester) -> None:
    # facts.md §2 IREV: the general assembly of 24 March 2017 was chaired by Milouda Ala
    # (regional councillor).
    found = memberships(ingester, "L'assemblée générale de l'IREV s'est tenue le 24 mars 2017.\n"
                                  "Présidence de séance : Milouda Ala, conseillère régionale.")  # fmt: skip
    assert (P + "milouda-ala", IREV, CHAIR) in found


def test_the_chair_of_a_sitting_named_before_her_name_and_a_comma(ingester: Ingester) -> None:
    # facts.md §2 IREV: 24 March 2017, chaired by Milouda Ala, Serge Bouffange vice-chair.
    found = memberships(ingester, "L'IREV a tenu son assemblée générale le 24 mars 2017. Serge "
                                  "Bouffange en assurait la vice-présidence, aux côtés de la "
                                  "présidente de séance, Milouda Ala.")  # fmt: skip
    assert {(P + "milouda-ala", IREV, CHAIR), (P + "serge-bouffange", IREV, VICE)} <= found


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        # facts.md §2 IREV: the assembly of Tuesday 21 March 2023 (it adopted the 2022 report)
        # was chaired by Antoine Sillani, regional councillor.
        (
            "L'assemblée générale de l'IREV a adopté le bilan 2022. Antoine Sillani, conseiller "
            "régional délégué à la jeunesse et aux associations, en a présidé les travaux.",
            "antoine-sillani",
        ),
        # facts-part3.md §2 IREV: the assembly of 30 Nov 2020, held by videoconference, was
        # chaired ("présidait") by Daniel Barnier; it adopted the 2021 programme.
        (
            "Réunie en visioconférence, l'assemblée générale de l'IREV a adopté le programme "
            "2021. Daniel Barnier, préfet délégué pour l'égalité des chances, la présidait.",
            "daniel-barnier",
        ),
    ],
)
def test_who_presided_over_the_assembly_the_sentence_before_named(
    ingester: Ingester, text: str, chair: str
) -> None:
    assert (P + chair, IREV, CHAIR) in memberships(ingester, text)


def test_the_chair_and_vice_chair_of_a_sitting_after_par_on_a_dated_line(
    ingester: Ingester,
) -> None:
    # facts.md §2 IREV: 24 March 2017, chaired by Milouda Ala, Serge Bouffange vice-chair.
    found = memberships(ingester, "Les assemblées générales de l'IREV :\n"
                                  "- 24 mars 2017 : présidence de séance par Milouda Ala ; "
                                  "vice-présidence par Serge Bouffange.")  # fmt: skip
    assert {(P + "milouda-ala", IREV, CHAIR), (P + "serge-bouffange", IREV, VICE)} <= found


def test_a_chair_assured_by_a_titled_person_and_a_vice_chair_in_prose(ingester: Ingester) -> None:
    # facts.md §2 IREV: 28 Nov 2018, chaired by préfet délégué Daniel Barnier, Milouda Ala
    # vice-chair for the Region.
    found = memberships(ingester, "Le 28 novembre 2018, l'IREV a tenu son assemblée générale. "
                                  "La présidence de séance était assurée par le préfet délégué "
                                  "Daniel Barnier, et la vice-présidence par Milouda Ala.")  # fmt: skip
    assert {(P + "daniel-barnier", IREV, CHAIR), (P + "milouda-ala", IREV, VICE)} <= found


def test_a_bodys_presidency_assured_by_someone_is_no_chair_of_a_sitting(
    ingester: Ingester,
) -> None:
    # facts.md: Jean-Luc Rigaut, president of the ADCF from 2017.
    found = memberships(ingester, "L'ADCF a tenu son assemblée. La présidence de l'ADCF est "
                                  "assurée par Jean-Luc Rigaut depuis 2017.")  # fmt: skip
    assert not {role for _p, _o, role in found} & {CHAIR, VICE}


@pytest.mark.parametrize(
    "text",
    [
        # facts.md 90: the general assembly of 24 March 2017 was chaired by Milouda Ala, with
        # Serge Bouffange (deputy SGAR) as vice-chair.
        "L'assemblée générale de l'IREV s'est tenue le 24 mars 2017 à Lille, sous la présidence "
        "de Milouda Ala, conseillère régionale.",
        "L'assemblée générale de l'IREV s'est tenue le 24 mars 2017. Milouda Ala a présidé la "
        "séance ; Serge Bouffange en assurait la vice-présidence.",
        "L'assemblée générale de l'IREV s'est tenue le 24 mars 2017. Présidente de séance : "
        "Milouda Ala. Vice-président de séance : Serge Bouffange.",
        "Le 24 mars 2017, l'IREV a réuni son assemblée générale. C'est Milouda Ala, conseillère "
        "régionale, qui présidait.",
    ],
)
def test_who_chaired_the_sitting_said_in_other_words(ingester: Ingester, text: str) -> None:
    found = memberships(ingester, text)
    assert (P + "milouda-ala", O + "irev", ROLE + "chair-of-assembly") in found
    if "Bouffange" in text:
        assert (P + "serge-bouffange", O + "irev", ROLE + "vice-chair-of-assembly") in found


def test_who_presides_a_day_outside_an_assembly_chairs_no_assembly(ingester: Ingester) -> None:
    # facts.md 355: Milouda Ala chaired IREV's assembly; a presidency with no assembly or
    # sitting in view is no chair of one.
    found = memberships(ingester, "L'IREV a ouvert ses locaux le 24 mars 2017. Milouda Ala, "
                                  "conseillère régionale, présidait.")  # fmt: skip
    assert not [f for f in found if f[2].endswith("chair-of-assembly")]


def test_a_chair_announced_on_a_bodys_agenda_page_is_that_bodys_assemblys(
    ingester: Ingester,
) -> None:
    # facts.md 92: the IREV's general assembly of Tuesday 21 March 2023 was chaired by Antoine
    # Sillani; an agenda page names the IREV in its first line only, the assembly on a line of
    # its own that the model would read as a body's name.
    text = ("Agenda de l'IREV\n\n21 mars 2023 – Assemblée générale\nL'assemblée générale "
            "annuelle du groupement se tiendra à Lille. Elle sera présidée par Antoine Sillani.")  # fmt: skip
    article = Article(body=text, url="https://example.org/agenda", date="2023-03-01")
    draft = ingester.draft(article)
    assert not [m for m in draft.mentions if m.text == "Assemblée générale"]
    found = {(s.subject, s.object, s.role) for s in draft.extraction.statements}
    assert (P + "antoine-sillani", O + "irev", ROLE + "chair-of-assembly") in found
    assert ("EVENT", O + "irev", "") in found  # its organiser


def test_a_label_line_of_the_chair_reads_past_the_civility_of_its_holder(
    ingester: Ingester,
) -> None:
    # facts.md §IREV: "The general assembly of 28 Nov 2018 was chaired by préfet délégué Daniel
    # Barnier (for the regional préfet), with Milouda Ala as vice-chair for the Region."
    found = memberships(ingester, "Institut régional de la ville (IREV)\nAssemblée générale du 28 "
                                  "novembre 2018\n\nPrésidence de séance : M. Daniel Barnier, "
                                  "préfet délégué.\nVice-présidente de séance : Mme Milouda "
                                  "Ala.")  # fmt: skip
    assert (P + "daniel-barnier", O + "irev", ROLE + "chair-of-assembly") in found
    assert (P + "milouda-ala", O + "irev", ROLE + "vice-chair-of-assembly") in found


def test_a_chair_reported_by_its_holder_after_a_verb_of_saying(ingester: Ingester) -> None:
    # facts.md §IREV: "The general assembly of 24 March 2017 was chaired by Milouda Ala
    # (regional councillor)".
    found = memberships(ingester, "L'IREV a tenu son assemblée générale le 28 novembre 2018. "
                                  "Milouda Ala, conseillère régionale, a indiqué qu'elle avait "
                                  "présidé la séance du 24 mars 2017.")  # fmt: skip
    assert (P + "milouda-ala", O + "irev", ROLE + "chair-of-assembly") in found


def test_dont_before_the_vice_chair_stands_for_the_assembly(ingester: Ingester) -> None:
    # facts.md §IREV: the 2017 assembly had "Serge Bouffange (deputy SGAR) as vice-chair".
    found = memberships(ingester, "L'assemblée générale de l'IREV du 24 mars 2017, dont Serge "
                                  "Bouffange assurait la vice-présidence, a admis "
                                  "Lens-Liévin.")  # fmt: skip
    assert (P + "serge-bouffange", O + "irev", ROLE + "vice-chair-of-assembly") in found


def test_assuring_a_bodys_named_vice_presidency_is_no_chair_of_the_assembly(
    ingester: Ingester,
) -> None:
    # facts.md §IREV: Majdouline Sbai "is named vice-president of the Region" (not the
    # assembly's vice-chair).
    found = memberships(ingester, "L'assemblée générale de l'IREV s'est tenue à Lille ; "
                                  "Majdouline Sbai assurait la vice-présidence de la Région "
                                  "Hauts-de-France.")  # fmt: skip
    assert not any(role == ROLE + "vice-chair-of-assembly" for _p, _o, role in found)


@pytest.mark.parametrize("verb", ["a souhaité", "regrette", "avait demandé"])
def test_a_chairing_wished_or_regretted_by_someone_is_no_chair_she_reports(
    ingester: Ingester, verb: str
) -> None:
    # facts.md 90: Milouda Ala chaired the assembly of 24 March 2017; after a verb that is not
    # one of saying, "qu'il" is another person, whose chairing she did not hold.
    found = memberships(ingester, "L'IREV a tenu son assemblée générale le 24 mars 2017. Milouda "
                                  f"Ala, conseillère régionale, {verb} qu'il préside la séance.")  # fmt: skip
    assert (P + "milouda-ala", IREV, CHAIR) not in found


@pytest.mark.parametrize("verb", ["rappelle", "a précisé", "avait expliqué"])
def test_a_chair_reported_by_its_holder_in_other_verbs_of_saying(
    ingester: Ingester, verb: str
) -> None:
    # facts.md 90: the general assembly of 24 March 2017 was chaired by Milouda Ala.
    found = memberships(ingester, "L'IREV a tenu son assemblée générale le 28 novembre 2018. "
                                  f"Milouda Ala {verb} qu'elle présidait la séance du 24 mars "
                                  "2017.")  # fmt: skip
    assert (P + "milouda-ala", IREV, CHAIR) in found


@pytest.mark.parametrize(
    "text",
    [
        "L'IREV a tenu son assemblée générale le 24 mars 2017 à Lille. Milouda Ala assurait la "
        "présidence de séance et Serge Bouffange la vice-présidence.",
        "L'assemblée générale de l'IREV s'est tenue le 24 mars 2017 ; Milouda Ala en assurait la "
        "présidence de la séance.",
    ],
)
def test_who_assured_the_presidency_of_the_sitting_chaired_it(
    ingester: Ingester, text: str
) -> None:
    # facts.md 90: the assembly of 24 March 2017 was chaired by Milouda Ala.
    assert (P + "milouda-ala", IREV, CHAIR) in memberships(ingester, text)


def test_who_assured_the_vice_presidency_of_the_sitting_vice_chaired_it(
    ingester: Ingester,
) -> None:
    # facts.md 90: Serge Bouffange (deputy SGAR) was vice-chair of the assembly of 24 March 2017.
    found = memberships(ingester, "L'IREV a tenu son assemblée générale le 24 mars 2017. Serge "
                                  "Bouffange assurait la vice-présidence de séance.")  # fmt: skip
    assert (P + "serge-bouffange", IREV, VICE) in found


def test_the_printed_chair_keeps_the_full_stop_of_an_acronym_before_the_name(
    ingester: Ingester,
) -> None:
    # facts.md 91: the assembly of 28 Nov 2018 was chaired by Daniel Barnier for the State (the
    # acronym, written with dots and ending in "M.", stands for any such: "M." is no civility).
    article = Article(
        body="Le 28 novembre 2018, l'IREV a tenu son assemblée générale. La séance était présidée "
        "par le délégué de la F.R.A.M. Daniel Barnier.",
        url="https://example.org/t",
        date="2018-12-01",
    )
    titles = {
        s.title
        for s in ingester.draft(article).extraction.statements
        if s.subject == P + "daniel-barnier" and s.role == CHAIR
    }
    assert titles == {"séance était présidée par le délégué de la F.R.A.M."}


@pytest.mark.parametrize(
    "text",
    [
        "L'IREV a tenu son assemblée générale le 24 mars 2017. C'est Milouda Ala qui menait les "
        "débats.",
        "L'assemblée générale de l'IREV s'est réunie le 24 mars 2017. Milouda Ala a conduit les "
        "débats.",
        "Le 24 mars 2017, à l'assemblée générale de l'IREV, Milouda Ala conduisait les débats.",
    ],
)
def test_who_led_the_debates_of_an_assembly_chaired_it(ingester: Ingester, text: str) -> None:
    # facts.md 90: the assembly of 24 March 2017 was chaired by Milouda Ala.
    assert (P + "milouda-ala", IREV, CHAIR) in memberships(ingester, text)


def test_who_led_debates_of_no_assembly_chaired_none(ingester: Ingester) -> None:
    # facts.md 90: Milouda Ala, regional councillor (here a debate of no assembly or sitting).
    found = memberships(ingester, "L'IREV a publié son bilan. Milouda Ala menait les débats "
                                  "sur la jeunesse.")  # fmt: skip
    assert not {f for f in found if f[2] in (CHAIR, VICE)}


@pytest.mark.parametrize(
    "text",
    [
        # a round table's debates, the assembly named in the sentence before
        "L'IREV a tenu son assemblée générale le 24 mars 2017. Milouda Ala a mené les débats de "
        "la table ronde.",
        # a workshop's, the assembly's chair named before
        "L'IREV a tenu son assemblée générale le 24 mars 2017, présidée par Serge Bouffange. "
        "Milouda Ala menait les débats de l'atelier.",
    ],
)
def test_who_led_the_debates_of_another_meeting_chaired_no_assembly(
    ingester: Ingester, text: str
) -> None:
    # facts.md 90: Milouda Ala chaired the assembly of 24 March 2017 (here she leads the debates
    # of something the sentence names, not the assembly's).
    assert (P + "milouda-ala", IREV, CHAIR) not in memberships(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        # before the name, its title between
        "L'IREV a tenu son assemblée générale le 24 mars 2017. Milouda Ala la présidait, avec "
        "pour vice-président le SGAR adjoint, Serge Bouffange.",
        # after the name, a participle
        "L'IREV a tenu son assemblée générale le 24 mars 2017 : elle était présidée par Milouda "
        "Ala, Serge Bouffange étant vice-président.",
        # after the name, the office as a noun
        "L'IREV a tenu son assemblée générale le 24 mars 2017. C'est Milouda Ala qui menait les "
        "débats, et Serge Bouffange occupait la vice-présidence.",
    ],
)
def test_a_vice_president_beside_the_chair_of_an_assembly_vice_chaired_it(
    ingester: Ingester, text: str
) -> None:
    # facts.md 90: Milouda Ala chaired the assembly of 24 March 2017, Serge Bouffange vice-chair.
    found = memberships(ingester, text)
    assert (P + "milouda-ala", IREV, CHAIR) in found
    assert (P + "serge-bouffange", IREV, VICE) in found


def test_a_vice_president_where_no_one_chairs_vice_chairs_nothing(ingester: Ingester) -> None:
    # facts.md 90: Serge Bouffange, vice-chair in 2017 (here no chair is named beside him).
    found = memberships(ingester, "L'IREV a publié son bilan 2017. Serge Bouffange étant "
                                  "vice-président, il a signé le rapport.")  # fmt: skip
    assert not {f for f in found if f[2] == VICE}


def test_a_vice_president_of_another_body_beside_the_chair_vice_chaired_nothing(
    ingester: Ingester,
) -> None:
    # facts.md 90: Milouda Ala chaired the assembly of 24 March 2017 (here the one beside her is
    # the vice-president of a body the sentence names, not the assembly's vice-chair).
    found = memberships(ingester, "L'IREV a tenu son assemblée générale le 24 mars 2017. Milouda "
                                  "Ala présidait, Serge Bouffange étant vice-président de "
                                  "Profession Banlieue.")  # fmt: skip
    assert (P + "serge-bouffange", IREV, VICE) not in found


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        # facts.md 90: the assembly of 24 March 2017 was chaired by Milouda Ala, regional
        # councillor.
        (
            "L'IREV a tenu son assemblée générale le 24 mars 2017. La séance était présidée par "
            "une conseillère régionale, Milouda Ala.",
            "milouda-ala",
        ),
        # facts.md 92: the assembly of 21 March 2023 was chaired by Antoine Sillani, regional
        # councillor.
        (
            "L'IREV a réuni ses membres en assemblée générale le 21 mars 2023. La séance était "
            "présidée par un élu de la Région : Antoine Sillani.",
            "antoine-sillani",
        ),
    ],
)
def test_the_sitting_chaired_by_someone_introduced_by_an_indefinite_title(
    ingester: Ingester, text: str, chair: str
) -> None:
    found = memberships(ingester, text)
    assert (P + chair, IREV, CHAIR) in found
    # the regional councillor sits at the Région, not at the body whose sitting she chaired
    assert (P + chair, IREV, ROLE + "regional-councillor") not in found


def test_a_vice_presidency_given_beside_the_chair_of_the_sitting_before_vice_chairs_it(
    ingester: Ingester,
) -> None:
    # facts.md 91: the assembly of 28 Nov 2018 was chaired by préfet délégué Daniel Barnier,
    # with Milouda Ala as vice-chair.
    found = memberships(ingester, "L'IREV a réuni ses membres le 28 novembre 2018. La séance "
                                  "était présidée par le préfet délégué Daniel Barnier. À ses "
                                  "côtés, la vice-présidence revenait à Milouda Ala.")  # fmt: skip
    assert (P + "milouda-ala", IREV, VICE) in found


@pytest.mark.parametrize(
    "text",
    [
        # an adverb before the participle, a phrase between commas after it
        "Le 28 novembre 2018, Daniel Barnier a présidé l'assemblée générale de l'IREV ; la "
        "vice-présidence était alors assurée, pour la Région, par Milouda Ala.",
        # an adverb after the participle
        "L'assemblée générale de l'IREV s'est tenue le 28 novembre 2018 : la vice-présidence "
        "est assurée cette année par Milouda Ala.",
        # a phrase between commas only, a civility
        "L'IREV a tenu son assemblée générale le 28 novembre 2018. La vice-présidence de séance "
        "a été assurée, au nom de la Région, par Mme Milouda Ala.",
    ],
)
def test_a_vice_presidency_assured_with_words_before_its_agent_vice_chairs_the_sitting(
    ingester: Ingester, text: str
) -> None:
    # facts.md 91: the assembly of 28 Nov 2018 had Milouda Ala as vice-chair for the Region.
    assert (P + "milouda-ala", IREV, VICE) in memberships(ingester, text)


def test_a_vice_presidency_assured_with_words_between_where_no_sitting_is_named_is_none(
    ingester: Ingester,
) -> None:
    # facts.md 91: Milouda Ala, vice-chair in Nov 2018 (here no sitting is spoken of).
    found = memberships(ingester, "L'IREV a publié son bilan 2018. Au sein du groupement, la "
                                  "vice-présidence était alors assurée, pour la Région, par "
                                  "Milouda Ala.")  # fmt: skip
    assert (P + "milouda-ala", IREV, VICE) not in found


@pytest.mark.parametrize(
    "text",
    [
        # the members of a common noun met, the sentence before them naming two other bodies
        "Rapport 2017\nLa vie du groupement\nQui sommes-nous ?\nL'IREV est un groupement "
        "d'intérêt public. Ses membres fondateurs sont l'État et la Région. Le 24 mars 2017, les "
        "membres du groupement se sont réunis en assemblée générale. La séance était présidée "
        "par Milouda Ala.",
        # an assembly of no one named, a paragraph's heading between
        "Bilan de l'année\nNos instances\nEn bref\nL'Institut régional de la ville tient ses "
        "comptes à Lille.\nL'assemblée générale annuelle s'est tenue le 24 mars 2017. Elle "
        "était présidée par Milouda Ala.",
        # its members, a cleft sentence
        "Vie associative\nChiffres clés\nÀ retenir\nL'IREV a accueilli trois nouveaux membres "
        "en 2017. Ses adhérents se sont retrouvés le 24 mars en assemblée générale. C'est "
        "Milouda Ala qui présidait la séance.",
    ],
)
def test_an_assembly_whose_owner_no_sentence_near_names_is_the_body_spoken_ofs(
    ingester: Ingester, text: str
) -> None:
    # facts.md 90: the general assembly of 24 March 2017 was chaired by Milouda Ala.
    assert (P + "milouda-ala", IREV, CHAIR) in memberships(ingester, text)


def test_an_assembly_after_no_body_spoken_of_is_no_ones(ingester: Ingester) -> None:
    # facts.md 90: Milouda Ala chaired the assembly of 24 March 2017 (here no body is named).
    found = memberships(ingester, "Rapport 2017\nLa vie du réseau\nQui sommes-nous ?\nLe 24 mars "
                                  "2017, les membres se sont réunis en assemblée générale. La "
                                  "séance était présidée par Milouda Ala.")  # fmt: skip
    assert not [f for f in found if f[2] == CHAIR]


@pytest.mark.parametrize(
    "text",
    [
        # an adverb of another time before the participle
        "L'IREV a tenu son assemblée générale le 28 novembre 2018. La vice-présidence était "
        "auparavant assurée par Milouda Ala.",
        # another time between commas
        "L'IREV a tenu son assemblée générale le 28 novembre 2018. La vice-présidence était "
        "assurée, jusqu'à la fusion des régions, par Milouda Ala.",
        # hearsay between commas
        "L'IREV a tenu son assemblée générale le 28 novembre 2018. La vice-présidence était "
        "assurée, selon un quotidien régional, par Milouda Ala, ce qui est inexact.",
    ],
)
def test_a_vice_presidency_assured_at_another_time_or_by_hearsay_vice_chairs_nothing(
    ingester: Ingester, text: str
) -> None:
    # facts.md 91: Milouda Ala, vice-chair in Nov 2018 (here the words around "assurée" set it
    # at another time, or report it as another's saying).
    assert (P + "milouda-ala", IREV, VICE) not in memberships(ingester, text)


@pytest.mark.parametrize(
    "text",
    [
        # the sitting of a council, completed by its noun
        "Rapport 2017\nVie du groupement\nEn bref\nL'IREV est un groupement d'intérêt public. "
        "Le 24 mars 2017, sa directrice s'est rendue à Lille. La séance du conseil municipal "
        "était présidée par Milouda Ala.",
        # an assembly said with "une", at a place
        "Rapport 2017\nVie du groupement\nEn bref\nL'IREV est un groupement d'intérêt public. "
        "Sa directrice a assisté le 24 mars à une assemblée générale à Lille. Elle était "
        "présidée par Milouda Ala.",
    ],
)
def test_an_assembly_not_said_as_the_body_spoken_ofs_is_not_its(
    ingester: Ingester, text: str
) -> None:
    # facts.md 90: Milouda Ala chaired the IREV's assembly of 24 March 2017 (here the sitting
    # is a council's, or some assembly, not said as the IREV's).
    assert (P + "milouda-ala", IREV, CHAIR) not in memberships(ingester, text)


def test_a_vice_presidency_given_after_no_sentence_on_a_sitting_vice_chairs_nothing(
    ingester: Ingester,
) -> None:
    # facts.md 91: Milouda Ala, vice-chair in Nov 2018 (here no sitting is spoken of).
    found = memberships(ingester, "L'IREV a publié son bilan 2018. Au sein du groupement, la "
                                  "vice-présidence revenait à Milouda Ala.")  # fmt: skip
    assert (P + "milouda-ala", IREV, VICE) not in found


def test_a_name_opening_an_absolute_clause_after_an_indefinite_title_chaired_nothing(
    ingester: Ingester,
) -> None:
    # facts.md 90: the assembly of 24 March 2017 was chaired by Milouda Ala (here a regional
    # councillor, unnamed, chaired it while Milouda Ala was away).
    found = memberships(ingester, "L'IREV a tenu son assemblée générale le 24 mars 2017. La "
                                  "séance était présidée par une conseillère régionale, Milouda "
                                  "Ala étant excusée.")  # fmt: skip
    assert (P + "milouda-ala", IREV, CHAIR) not in found
