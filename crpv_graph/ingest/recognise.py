"""Finding mentions in an article: spaCy's French model, strengthened by the graph's own names.

``fr_core_news_sm`` finds people, organisations and places statistically; an entity ruler added
after it knows every name of the graph (labels, acronyms, alternative labels), in print and
without accents, so "l'IREV", "le CGET", "Question de ville" or "l'Ecole du Renouvellement
Urbain" are found where the model misses them. Acronyms and one-word names match with their
case (so "état" does not match "État"), an acronym of four letters or more capitalised too
("l'Epareca"); longer names match in any case. Dates are read with a
pattern for French dates ("les 14 et 15 juin dernier", "21 octobre 2021", "juin 2018") and
resolved against the article's date (:func:`date_value`); the event they date is found by
:mod:`crpv_graph.ingest.events`. Where the model reads a longer name around the name of a
collective ("la conférence des Présidents-es de Centres de Ressources Politique de la Ville"),
the model's name stands (:func:`_governing`).

What neither the model nor the graph knows, French print still says: a naming pattern
("université de Tours", "conseil départemental de Mayotte", "Sciences Po Lyon",
:func:`named_bodies`), a commune as a body (a mayor's title, a list of communes), a name listed
among bodies (:func:`_listed_between`) or spelt out before its acronym (:func:`_spelt_out`).
What the model reads as a name but is not one is left out: a kind of body ("le GIP", "les
EPCI"), a minister's portfolio, a civility before a person's name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date as calendar_date
from functools import lru_cache
from itertools import pairwise
from typing import Any

import spacy
from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from crpv_graph.ingest import french
from crpv_graph.ingest.acronyms import (
    BRACKETED_ACRONYM,
    JOINERS,
    JOINING_WORDS,
    is_acronym,
    occurrences,
    spelled_after,
    spelling,
)
from crpv_graph.ingest.cues import cue_tables
from crpv_graph.ingest.gazetteer import Entity, Gazetteer, normalise
from crpv_graph.ingest.titles import TitledBodies

MODEL = "fr_core_news_sm"
RULER_LABELS = {
    "organization": "ORG", "person": "PER", "place": "LOC", "partnership": "PACT", "work": "WORK"
}  # fmt: skip
SPACY_TYPES = {label: kind for kind, label in RULER_LABELS.items()}
NO_BODIES = ("partnership", "work")
"""The types of what bodies sign or make ("le Pacte de Dijon", "le NPNRU"): the ruler knows
their names so that the model does not read them as bodies; they are mentioned as what they
are, and never proposed as new."""
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "janv.": 1, "fév.": 2, "févr.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10,
    "nov.": 11, "déc.": 12,
}  # fmt: skip
"""The months as agendas and programmes shorten them ("8 fév. 2024"), always with their dot:
"sept" alone is the number seven."""
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DATE = re.compile(
    r"\b(?:(?:" + "|".join(WEEKDAYS) + r")\s+)?"
    r"(?:(?P<day>1er|\d{1,2})(?:\s*(?:et|au|-|–)\s*(?P<last>\d{1,2}))?\s+)?"
    r"(?P<month>" + "|".join([*MONTHS, *map(re.escape, MONTH_ABBREVIATIONS)]) + r")"
    r"(?:\s+(?P<year>(?:19|20)\d{2}))?"
    r"(?:\s+(?P<relative>derni(?:er|ère)s?|prochaine?s?))?(?!\w)",
    re.IGNORECASE,
)
"""A French date: a day (or two: "14 et 15", "14 au 16") and a month, or a month and a year; the
year and "dernier" or "prochain" may follow. A month alone ("mai") is not a date."""
WEEKDAY_FIRST = re.compile(r"(" + "|".join(WEEKDAYS) + r")\s", re.IGNORECASE)
"""The weekday a date phrase opens with ("vendredi 24 mars"), which tells its year when it
prints none: 24 March is a Friday in 2017, not in 2018."""
NUMERIC_DATE = re.compile(
    r"\b(?P<day>[0-3]?\d)([/.])(?P<month>[01]?\d)\2(?P<year>(?:19|20)\d{2})\b"
)
"""A date in figures, day first as in France: "14/06/2018", "3.5.2023" (with its year only:
"14/06" may be a score or a fraction)."""
MAX_NAME_TOKENS = 24
"""The longest name the ruler holds, in tokens: a body's official name spelt out runs to twenty
("Établissement public national d'aménagement et de restructuration des espaces commerciaux et
artisanaux" is seventeen, its elisions split off)."""
NOT_FOR_ENTITIES = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"]
PIECE_CHARACTERS = 100_000
"""The longest piece of text the pipeline reads at once: far under spaCy's ``nlp.max_length``
(1,000,000 characters), whose parser and NER need memory in proportion to the piece."""


@dataclass
class Mention:
    """A span of the body that names something, and what it was linked to."""

    text: str
    start: int
    end: int
    type: str
    entity: str | None = None
    label: str | None = None
    score: float = 0.0
    source: str = ""  # "ruler", "model", "pattern"

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "type": self.type,
            "entity": self.entity, "label": self.label, "score": round(self.score, 3),
        }  # fmt: skip


def strip_accents(text: str) -> str:
    """The text without its accents, for the ruler's accent-free patterns.

    >>> strip_accents("École Île")
    'Ecole Ile'
    """
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def base_model() -> Language:
    """spaCy's small French pipeline, loaded from its installed package (no download)."""
    return spacy.load(MODEL)


def pipeline(gazetteer: Gazetteer) -> Language:
    """The French model with an entity ruler holding the gazetteer's names.

    Only entities are read, so the components that tag, lemmatise and parse are left out:
    the NER has a token-to-vector layer of its own, and reading is then about twice as fast.
    """
    nlp = spacy.load(MODEL, exclude=NOT_FOR_ENTITIES)
    nlp.add_pipe("crpv_line_breaks", after="ner")
    nlp.add_pipe("crpv_model_entities", after="crpv_line_breaks")
    ruler = nlp.add_pipe(
        "entity_ruler", after="crpv_model_entities", config={"overwrite_ents": True}
    )
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for kind, label in RULER_LABELS.items():
        for name, _entity in gazetteer.names(kind):
            if kind in NO_BODIES and gazetteer.holds_a_body(name):
                continue  # "le cadre de référence des centres de ressources": the centres
            for variant in {name, strip_accents(name), *_capitalised(name), *_typographic(name)}:
                tokens = [token.text for token in nlp.make_doc(variant)]
                if not tokens or len(tokens) > MAX_NAME_TOKENS or len(variant) < 2:
                    continue
                exact = len(tokens) == 1
                key = (label, tuple(t if exact else t.lower() for t in tokens))
                if key in seen:
                    continue
                seen.add(key)
                attribute = "ORTH" if exact else "LOWER"
                patterns.append({"label": label, "pattern": [{attribute: t} for t in key[1]]})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


def _capitalised(name: str) -> list[str]:
    """An acronym of four letters or more as print also gives it, capitalised ("l'Epareca",
    "l'Anru"): pronounced as a word, it is written as one. Shorter ones ("CNV") and names that
    are words ("Ville") keep their case only.

    >>> _capitalised("EPARECA"), _capitalised("CNV"), _capitalised("Question de ville")
    (['Epareca'], [], [])
    """
    return [name.capitalize()] if len(name) >= 4 and name.isupper() and name.isalpha() else []


def _typographic(name: str) -> list[str]:
    """The other ways print sets a name's apostrophes and an acronym's joiners: a straight or
    a curly apostrophe ("d'échanges", "d’échanges"), a hyphen, a bullet or a middle dot
    between the parts of an acronym ("CR-DSU", "CR•DSU", "CR·DSU"). The tokenizer keeps each
    form apart, so the ruler needs each; the linker reads them alike (:func:`normalise`).

    >>> _typographic("CR-DSU")[-2:]
    ['CR•DSU', 'CR·DSU']
    >>> _typographic("Maison de l'emploi")
    ['Maison de l’emploi']
    """
    variants = []
    for straight, curly in (("'", "’"), ("’", "'")):
        if straight in name:
            variants.append(name.replace(straight, curly))
    if is_acronym(name):
        variants += [re.sub(_JOINER, joiner, name) for joiner in JOINERS]
    return [variant for variant in variants if variant != name]


@Language.component("crpv_line_breaks")
def end_names_at_line_breaks(doc: Doc) -> Doc:
    """End each of the model's entities at a line break: no name runs from one line to the
    next, and a list of one name per line ("Trésorière : Hélène Reys" then "Secrétaire : ...")
    would otherwise give "Hélène Reys\\nSecrétaire" as a person.

    >>> doc = spacy.blank("fr")("Trésorière : Hélène Reys\\nSecrétaire : X")
    >>> doc.ents = [Span(doc, 2, 6, "PER")]
    >>> [entity.text for entity in end_names_at_line_breaks(doc).ents]
    ['Hélène Reys']
    """
    kept = []
    for entity in doc.ents:
        end = next((t.i for t in entity if t.is_space and "\n" in t.text), entity.end)
        if end > entity.start:
            kept.append(Span(doc, entity.start, end, entity.label_))
    doc.ents = kept
    return doc


@Language.component("crpv_model_entities")
def keep_model_entities(doc: Doc) -> Doc:
    """Keep the model's own spans, which the ruler overwrites (see :func:`_governing`)."""
    doc.spans["model"] = list(doc.ents)
    return doc


CIVILITY = re.compile(
    r"(?:(?:Dr|DR|Pr|PR|Me|Mme|MME|Mlle|Docteur|Professeure?|Monsieur|Madame)\.?|M\.)\s+"
    r"(?=[A-ZÀ-Ý])"
)
"""A civility or academic title printed before a person's name, which is not part of it."""
ADDRESSED_OFFICE = re.compile(
    r"(?:M\.|Mme|MME|Madame|Monsieur|Messieurs|Mesdames)[ \t]+(?:l[ea]|l['’]|les)\b"
)
"""A civility before the article of an office ("Mme la Préfète", "Monsieur le Maire",
"M. le sous-préfet"): French addresses the holder by the office, and names no one; a
surname's particle is capitalised after a civility ("Madame Le Breton")."""
SURNAME_AFTER = re.compile(
    r"[ \t]+(?:de[ \t]+la|de|du|des|d['’])[ \t]*(?<=['’ \t])[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)?"
)
"""A surname after its particle in lower case ("de la Mettrie", "d'Ormesson", "du Bellay"),
following a first name the model read alone: a person's name goes on to it.

>>> SURNAME_AFTER.match(" de la Mettrie qui l'a ouverte")[0], SURNAME_AFTER.match(" de Lille")[0]
(' de la Mettrie', ' de Lille')
"""
ARTICLE_BEFORE_ACRONYM = re.compile(r"(?:L[ea]s?[ \t]+|L['’][ \t]*)(?=[A-ZÀ-Ý]{2,}\b)")
"""The article opening a sentence before an acronym ("Le CESER", "La DREETS", "L'ANRU"): French
gives an acronym an article but never makes it part of the name."""
ARTICLE_BEFORE_NAME = re.compile(r"(?:L[ea]s?[ \t]+|L['’][ \t]*)(?=[A-ZÀ-Ý])")
"""The article opening a sentence before a body's name ("L'Assemblée des Communautés de
France"), which the model may read into it: French prints a body's name after its article, but
some names hold theirs ("La Poste"), so it is left out only before a known body's name or one
its acronym in brackets follows."""
PLURAL_BEFORE = re.compile(r"\b(?:les|des|aux|ces|leurs|plusieurs|\d+)\s+$", re.IGNORECASE)
QUOTED_AFTER_KIND = re.compile(
    r"(\w+)\)?(?:\s+[a-zà-ÿ]{4,})?(?:\s+" + french.OF + r"\s*[\w-]+(?:\s+[a-zà-ÿ]{4,})?)*\s*«\s*$"
)
"""A kind of body, its complement ("politique de la ville", "de quartier", "de Mayotte") and
an opening quote: "le GIP politique de la ville «", "l'association de quartier «", the kind
printed as an acronym in brackets ("groupement d'intérêt public (GIP) politique de la ville «")."""
NAME = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*(?:[^\S\n]+(?:d['’])?[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*)*"
"""A proper name as printed: capitalised words, joined by hyphens ("Clichy-Montfermeil",
"Petite-Terre") or spaces ("Provence-Alpes Côte d'Azur"), never by a line break: the
capitalised word opening the next line or paragraph ("Sada\n\nLe groupement") starts a
sentence, a heading or an item, not the rest of the name."""
_OF = french.OF + r"\s*"
OF_NAME = r"\s+" + _OF
_INTERCOMMUNAL = r"[Cc]ommunauté\s+(?:de\s+communes|d['’]agglomération|urbaine)"
"""The head of an intercommunality's name, which French prints before its place ("communauté
de communes de Petite-Terre"), its name ("communauté de communes Vierzon Sologne Berry") or the
adjective of its town ("communauté de communes giennoise")."""
_DEMONYM = r"[a-zà-ÿ]{3,}(?:ois|ais|ien)(?:ne)?e?s?\b"
"""The adjective of a town or a land ("giennoise", "noyonnais"), which names an
intercommunality after its head ("communauté de communes giennoise", "le Pays noyonnais")."""
_HEADS = (
    r"(?:[Uu]niversité|[Cc]onseil\s+(?:départemental|régional|général|municipal)"
    rf"|{_INTERCOMMUNAL}"
    r"|[Mm]étropole(?:\s+européenne)?|[Aa]ssociation\s+des\s+maires|Ville"
    r"|[Ii]nstitut\s+d['’]études\s+politiques|IEP)"
)
BODY_NAMES = re.compile(
    r"\b(?:"
    + "|".join(
        [
            _HEADS + OF_NAME + NAME,
            _INTERCOMMUNAL + r"\s+(?:" + NAME + "|" + _DEMONYM + ")",
            r"Pays\s+" + _DEMONYM,  # "le Pays noyonnais", a Pays's intercommunality
            r"[Uu]niversité\s+" + NAME + r"(?:\s+\d{1,2}\b)?",  # "université Lumière Lyon 2"
            r"[Ll]aboratoire(?:\s+de\s+recherche)?\s+" + NAME,
            r"[Cc]entre\s+de\s+ressources\s+(?:(?:pour|de)\s+la\s+)?"
            rf"(?:«\s*[^»\n]{{1,60}}»|[Pp]olitique\s+de\s+la\s+[Vv]ille)\s+(?:en\s+)?{NAME}",
            r"(?:[Ss]ous-)?[Pp]réfecture\s+(?:du|de\s+la|de\s+l['’]|des)\s*" + NAME,
            r"Région\s+" + NAME,
            r"Département" + OF_NAME + NAME,
            rf"Sciences?\s+Po(?:\s+{NAME})?",  # "Science Po" too, as it is misspelt
            NAME + rf"(?:{OF_NAME}{NAME})?\s+(?:Métropole|Agglomération|Agglo)\b",
        ]
    )
    + ")"
)
"""How French prints the name of a university, a laboratory, a local authority, a resource
centre or an association of mayors: a head word and the name of its place ("université de
Tours", "centre de ressources « Politique de la ville » en Essonne", "conseil régional
d'Aquitaine", "communauté de communes de Petite-Terre", "Ville de Nantes", "Brest
Métropole", "Sciences Po Lyon"). Matched whole, so "conseil départemental de Mayotte" is one
body, not a name and a place. A resource centre's kind followed by "de" and its region ("le
centre de ressources politique de la ville de Bretagne") describes a centre named elsewhere,
not a name. A prefecture is named after its département, which takes an article ("la
préfecture du Gers", "de la Haute-Savoie"); "la préfecture de Mamoudzou" is a building in a
town. French capitalises the authority, not the territory: "la Région Bretagne", "le
Département du Finistère" are bodies, "la région Bretagne" a place. "Pays de Montbéliard
Agglomération" and "Brest Métropole" name an intercommunality by its place."""
MAYOR = re.compile(r"\b[Mm]aire" + OF_NAME + "$")
COMMUNE_CONTEXTS = re.compile(
    r"\b[Mm]aire" + OF_NAME + r"(?=[A-ZÀ-Ý])"
    r"|\bcommunes\s*(?:de\s+|d['’]|(?P<clause>(?:[^\W\d][\w'’]*[^\S\n]+){1,8}?)?:\s*)"
    r"(?=[A-ZÀ-Ý])"
)
"""Where a commune is named as a body: in a mayor's title ("maire d'Annecy"), and in a list of
communes ("sept communes : Bandrélé, Bouéni et Sada", "Sept communes s'y engagent à leurs
côtés : Bandrélé, ...", a few words of the sentence before its colon: its ``clause``, after
which a name of two words is a person's, "Les communes sont représentées par leurs maires :
Ahmed Dupont, ...", unless an article opens it, "La Rochelle")."""
PERSON_NOT_PLACE = re.compile(r"(?!(?:L[ea]s?|L['’])\b)\w+[^\S\n]+\w")
"""A name of two words or more that no article opens: a person's, in a list where communes,
most of one word or hyphenated, may be named."""
PORTFOLIO = re.compile(
    r"\b(?:ministres?|ministères?|secrétaires?\s+d['’]État)(?:\s+délégu[ée]e?s?)?"
    rf"(?:\s+chargée?s?)?\s+(?:{_OF}[\w’'-]+(?:\s+(?!et\b)[\w’'-]+){{0,3}}\s*(?:,|\bet\b)\s*)*"
    rf"{_OF}$",
    re.IGNORECASE,
)
"""A minister's portfolio, which the model may read as a body's name ("ministre de la Ville,
de la Jeunesse et des Sports"): what follows "ministre de" is a field, not a body."""
_DETERMINER = r"(?:(?:de\s+)?(?:la\s+|l['’]\s*|le\s+|les\s+)|du\s+|des\s+|de\s+|d['’])?"
BETWEEN_BODIES = re.compile(
    rf"\)?\s*,\s*{_DETERMINER}(?P<name>{NAME}(?:\s+et\s+{NAME})?)\s*(?:,|\bet\b)\s*{_DETERMINER}"
)
"""What separates two bodies of a list when a third stands between them: ", Bpifrance et l'";
the third's name may join two words by "et" when "et" or a comma follows it (", de Ville et
Banlieue et de", as "Pays et Quartiers d'Aquitaine" or "Villes et Territoires" are named)."""
LISTED_TOGETHER = re.compile(rf"\)?\s*(?:,|\bet\b)\s*{_DETERMINER}")
COORDINATED = re.compile(
    rf"\b(?P<preposition>à|de|pour|avec|par|auprès\s+de)\s+(?P<name>{NAME})\s+et\s+"
    rf"(?P=preposition)\s+{_DETERMINER}$"
)
LIST_GOES_ON = re.compile(rf"\s*(?:,|\bet\b)\s*{_DETERMINER}[A-ZÀ-Ý]")
LIST_OPENING = re.compile(rf"[,:]\s*{_DETERMINER}(?P<name>{NAME})\s*,\s*{_DETERMINER}$")
LIST_CLOSING = re.compile(
    rf"\)?\s*(?:,|\bet\b)\s*{_DETERMINER}(?P<name>{NAME})(?=\s*(?:[.;:,)]|$))"
)
PUBLICATION = re.compile(
    r"\b(?:hebdomadaire|quotidien|mensuel|magazine|revue|journal|lettre"
    r"|comité\s+de\s+rédaction\s+(?:de|du|d['’]))\s*$",
    re.IGNORECASE,
)
"""A periodical's kind, before its title ("l'hebdomadaire ASH"), or its editorial committee
("membre du comité de rédaction de VST"): a publication, not a body (the committee is)."""
PARTICIPLE_AFTER = re.compile(r"(?P<previous>[\w'’]+)\s+[a-zà-ÿ]+(?:é|ée|és|ées)$")
PARTICLE = re.compile(
    r"(?<=\S)\s+(?:de\s+la|de|du|des|d['’]|le|la|van|von)(?:\s+|(?<=['’]))(?=[A-ZÀ-Ý])"
)
"""A particle inside a person's name ("de la" in "Corinne de la Mettrie"), lower case as
French prints it."""
AFTER_A_KIND = re.compile(
    rf"\b(?:[Ll]['’]\s*|[Ll]e\s+|[Ll]a\s+)(?P<kind>[a-zà-ÿ]+)[^\S\n]+"
    rf"(?P<name>{NAME}(?:\s+(?:et|de\s+la|de|du|des)\s+{NAME}|\s+d['’]{NAME})*)"
)
"""A name printed after a kind of body in lower case ("l'association Villes et Territoires"):
the name of that body. Both stand on one line: the capital opening the next line ("de la
ville\nPublication · 14 mai") starts a heading or a sentence, not a name."""
CUT_NAME = re.compile(r"\s+(?:de\s+la|de|du|des|et|d['’]|à|pour)\s*[a-zà-ÿ]")
_JOINER = "[" + re.escape(JOINERS) + "]"
HYPHENATED_ACRONYM = re.compile(
    rf"(?<![\w{re.escape(JOINERS)}])(?:(?P<kind>[A-Z]{{2,}})\s+)?"
    rf"(?P<name>[A-Z]{{2,}}(?:{_JOINER}[A-Z]{{2,}})+)(?![\w{re.escape(JOINERS)}])"
)
"""An acronym of two joined by a hyphen or a bullet ("CREAI-ORS", "CR•DSU", "le GIP CRPV-CS"):
print gives it to a body, often one born of two; a kind's acronym before it is part of the
name."""
INDEFINITE = re.compile(r"(?<![\w'’])(?:de|d['’])\s*$", re.IGNORECASE)
FULL_NAME = re.compile(
    rf"(?:(?P<short>{NAME})\s*,\s*)?(?:de\s+son\s+(?:nom|intitulé)\s+(?:complet|officiel)"
    r"|(?:sous|porte|prend)\s+(?:le\s+nom|l['’]appellation)\s+(?:de\s+|d['’])?)"
    r"\s*(?:«\s*(?P<full>[^»\n]{3,150}?)\s*»|(?P<bare>[A-ZÀ-Ý][^()«»\n]{2,150}?)\s*(?=\())"
)
"""A body's full name, in quotes, as print gives it ("Normanvilles, de son nom complet « centre
de ressources ... de Normandie »", "présenté sous le nom de « Centre de Ressources Acteurs de
la Ville »", "le GIP porte le nom de « ... »"), after the short name it goes by, if any; or
unquoted and capitalised up to its acronym in brackets ("porte le nom de Centre de Ressources
Politique de la Ville et Cohésion Sociale (GIP CRPV-CS)")."""
ONE_BODY = re.compile(r"\b(?:le|la|du|au|l['’])\s*$", re.IGNORECASE)
"""The article of one body before its acronym ("la DGCL", "du CRIPI", "l'ANCT")."""
_PROGRAMMES = r"(?:programmes?|plans?|contrats?|dispositifs?|lois?|labels?|appels?\s+à\s+projets)"
PROGRAMME = re.compile(
    r"\b"
    + _PROGRAMMES
    + r"(?:\s+(?:national|nationaux|nouveaux?|nouvelle|européens?|régionale?s?|\w+aux))*"
    r"\s*(?:[,:(]\s*)?(?:le\s+|la\s+|les\s+|l['’]\s*|dit\s+|«\s*)?$",
    re.IGNORECASE,
)
"""A programme, a contract, a law or a label before a name ("le nouveau programme, le NPNRU",
"le label « Politique de la ville »"): the name is of what bodies run, sign or award, not a
body; "le programme du CGET" names the CGET, after "du"."""
PROJECT_OF = re.compile(r"\bprojets?[ \t]+(?:de[ \t]+|d['’][ \t]*)$", re.IGNORECASE)
""""projet de" before a name without its article: the project of a body to be ("le projet
d'Institut des Métiers de la Ville"), when the name opens as the graph's names of bodies do;
"le projet de RésO Villes" is the body's own."""
SPELT_PROGRAMME = re.compile(_PROGRAMMES + r"\b", re.IGNORECASE)
PROPER_NAME = re.compile(NAME)
LISTED = re.compile(r"\s*(?:,|et)\s*(?:" + _OF + ")?")
OF = re.compile(r"\b" + _OF + "$", re.IGNORECASE)


def _governing(doc: Doc, gazetteer: Gazetteer, year: int | None) -> list[tuple[Span, bool]]:
    """The entities, each with whether it is a longer name the model found around the name of
    a collective (``True``): "la conférence des Présidents-es de Centres de Ressources
    Politique de la Ville" names a body of the centres, not the centres as a group, which the
    ruler's span would otherwise say. Only a collective: "la commission du Sénat" or "maire
    d'Annecy" name the Senate and Annecy as far as the graph goes."""
    entities = [(entity, False) for entity in doc.ents]
    ruled = set(doc.ents)
    body = doc.text
    for model in doc.spans.get("model", []):
        inner = [e for e in ruled if model.start < e.start and e.end == model.end]
        if model.label_ not in ("ORG", "MISC") or len(inner) != 1:
            continue
        if not OF.search(body[model.start_char : inner[0].start_char]):
            continue
        if any(e.start < model.end and model.start < e.end for e in ruled if e != inner[0]):
            continue
        link = gazetteer.link(inner[0].text, "organization", year)
        if link is not None and link.entity.collective:
            entities[entities.index((inner[0], False))] = (
                Span(doc, model.start, model.end, "ORG"),
                True,
            )
    return entities


def read(nlp: Language, text: str) -> Doc:
    """``text`` through the pipeline, in pieces when it is long, as one :class:`Doc`.

    spaCy refuses a text longer than ``nlp.max_length``, and an article may be longer (up to
    the 2 MiB an article may weigh). The pieces (:func:`pieces`) are read apart and joined
    without adding a character, so the Doc's text is ``text`` and every offset is an offset in
    it.

    >>> nlp = spacy.blank("fr")
    >>> doc = read(nlp, "Un.\\n\\n" * 30_000)
    >>> len(doc.text), doc.text == "Un.\\n\\n" * 30_000
    (150000, True)
    """
    parts = pieces(text, PIECE_CHARACTERS)
    if len(parts) == 1:
        return nlp(text)
    # One piece at a time: nlp.pipe would batch them, and need the memory of the whole text.
    return Doc.from_docs([nlp(part) for part in parts], ensure_whitespace=False)


def pieces(text: str, size: int) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters: after a paragraph
    break where one is in reach, else after a line break, else after a space.

    >>> pieces("Un deux.\\n\\nTrois.\\nQuatre cinq six", 12)
    ['Un deux.\\n\\n', 'Trois.\\n', 'Quatre cinq ', 'six']
    >>> pieces("abcdefgh", 3)
    ['abc', 'def', 'gh']
    """
    parts: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = size
        for separator in ("\n\n", "\n", " "):
            at = window.rfind(separator)
            if at > 0:
                cut = at + len(separator)
                break
        parts.append(window[:cut])
        start += cut
    parts.append(text[start:])
    return parts


def find_mentions(
    doc: Doc, gazetteer: Gazetteer, year: int | None, titled: TitledBodies | None = None
) -> list[Mention]:
    """Organisations, people and places, each linked to the graph or left as a new entity.

    ``titled`` links the commune of a mayor's title as titles do (:meth:`TitledBodies.commune`:
    the authority located there that existed in ``year``, its name matched fuzzily).
    """
    body = doc.text  # a property spaCy joins from the tokens at each call: read it once
    mentions: list[Mention] = []
    people: dict[str, str] = {}  # surname -> person IRI, from full names met earlier
    for span, governing in _governing(doc, gazetteer, year):
        mention = _mention(span, body, gazetteer, year, people, governing)
        if mention is not None and mention.type == "organization":
            mention = _completed(mention, body, gazetteer, year)
        if mention is not None:
            mentions.append(mention)
    for start, end in named_bodies(body):
        # "la maire de Paris Anne Hidalgo": a name runs up to a person the model found after it
        end = min([m.start for m in mentions if m.type == "person" and start < m.start < end]
                  + [end])  # fmt: skip
        end = start + len(body[start:end].rstrip(" ,"))
        if any(m.start < end and start < m.end and not start <= m.start <= m.end <= end
               for m in mentions):  # fmt: skip
            continue  # across or inside a longer name the graph or the model read
        mentions = [m for m in mentions if m.end <= start or end <= m.start]
        mentions.append(_named_body(body, start, end, gazetteer, year, titled))
    mentions = [
        m for m in mentions if not _a_role(m, gazetteer) and not _in_a_role(m, body, gazetteer)
    ]
    mentions = [m for m in mentions if not _some_of_a_kind(m, body, gazetteer)]
    mentions += _listed_between(body, mentions, gazetteer, year)
    mentions = [_with_its_head(m, body, gazetteer, year) for m in mentions]
    full = _named_in_full(body, gazetteer, year)
    full += _after_a_kind(body, [*mentions, *full], gazetteer, year)
    mentions = [m for m in mentions if not _across(m, full)] + full
    hyphenated = _hyphenated(body, mentions, gazetteer, year)
    mentions = [m for m in mentions if m.type != "place" or not _across(m, hyphenated)]
    mentions += hyphenated
    acronyms = _new_acronyms(body, mentions, gazetteer, year)
    acronyms += _listed_as_items(body, [*mentions, *acronyms], gazetteer, year)
    mentions = [m for m in mentions if m.type != "place" or not _across(m, acronyms)] + acronyms
    mentions = [m for m in mentions if not _no_new_body(m, body)]
    # "la Journée Régionale de la Politique de la Ville": capitals of a title, not a body; but
    # "le service Politique de la Ville": a unit's own name after its kind
    mentions = [
        m for m in mentions
        if m.type != "organization" or m.entity or not gazetteer.a_common_phrase(m.text)
        or _after_its_kind(m, body)
    ]  # fmt: skip
    greater = _greater(body, mentions, gazetteer, year)
    greater += _national(body, mentions, gazetteer, year)
    mentions = [m for m in mentions if not _across(m, greater)] + greater
    mentions += _repeated(body, mentions)
    mentions += _people_by_their_titles(body, mentions, gazetteer)
    mentions = [_person_after_a_role(m, body, gazetteer) for m in mentions]
    mentions += _people_by_their_civility(body, mentions)
    mentions += _bodies_in_brackets(body, mentions, gazetteer, year)
    spelt = _spelt_out(body, mentions, gazetteer, year)
    # "Pays et Quartiers de Nouvelle-Aquitaine (PQN-A)": the region is part of the body's name
    mentions = [m for m in mentions if m.type != "place" or not _across(m, spelt)] + spelt
    mentions = [m for m in mentions if m.entity or not _opening_participle(m.text, m.start, body)]
    mentions = [m for m in mentions if not _in_an_address(m, body) and not _cut_short(m)]
    # "#CRPV", "#PolitiqueDeLaVille": a post's hashtags are topics to follow, not bodies named
    mentions = [m for m in mentions if body[m.start - 1 : m.start] != "#"]
    mentions = _authorities_of_places(body, mentions, gazetteer, year)
    placed = [_of_the_place_named(m, mentions, gazetteer) for m in mentions]
    # "RÉGION | CENTRE-VAL DE LOIRE": a name unlinked for its place is a new body, and read so
    mentions = [
        p for m, p in zip(mentions, placed, strict=True) if p is m or not _no_new_body(p, body)
    ]
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    mentions = [_of_the_region_listed(m, mentions, body, gazetteer) for m in mentions]
    mentions = [_the_network_of(m, body, gazetteer) for m in mentions]
    mentions += _the_network_cut_short(body, mentions, gazetteer)
    mentions += find_dates(body)
    return sorted(mentions, key=lambda m: (m.start, m.end))


@lru_cache(maxsize=1)
def _plural_authorities() -> re.Pattern[str]:
    """A kind of local authority in the plural as printed (``cues.toml`` [mentions]
    authorities) before the places it names: "les départements du Nord et du Pas-de-Calais",
    "les Régions Bretagne et Normandie" (not "les régions Centre et Poitou-Charentes":
    territories)."""
    kinds = "|".join(map(re.escape, cue_tables()["mentions"]["authorities"]))
    return re.compile(rf"\b[Ll]es\s+(?P<kind>{kinds})\s+(?=(?:{_OF})?[A-ZÀ-Ý])")


AUTHORITY_OF_NEXT = re.compile(r"\s*(?:,|\bet\b)\s*(?=(?:" + _OF + r")?[A-ZÀ-Ý])")
"""What joins the next place of such a list: "et du Pas-de-Calais", ", de l'Oise", "et
Normandie"."""
OF_PLACE = re.compile(rf"(?:{_OF})?")
"""The preposition before a place's name, if any: "du ", "de l'", "de la "."""


def _authorities_of_places(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, year: int | None
) -> list[Mention]:
    """The places named after a kind of local authority in the plural, read as those bodies
    ("les départements du Nord et du Pas-de-Calais" are members of a GIP: the councils, the
    graph's "Département du Nord"): a plural kind that names its places names the authorities.
    Each place is linked to the graph's authority named by the kind and the place, with the
    preposition printed or without it ("Région Bretagne"), else a new body named so.

    >>> gazetteer = Gazetteer([
    ...     Entity("https://example.org/n", "organization", {"Département du Nord"}),
    ...     Entity("https://example.org/b", "organization", {"Région Bretagne"})])
    >>> text = "Ses membres : les départements du Nord et du Pas-de-Calais, les Régions Bretagne "
    >>> text += "et Normandie."
    >>> places = [Mention(name, text.index(name), text.index(name) + len(name), "place")
    ...           for name in ("Nord", "Pas-de-Calais", "Bretagne", "Normandie")]
    >>> read = _authorities_of_places(text, places, gazetteer, None)
    >>> [(m.text, m.type, m.entity, m.label) for m in read]  # doctest: +NORMALIZE_WHITESPACE
    [('Nord', 'organization', 'https://example.org/n', 'Département du Nord'),
     ('Pas-de-Calais', 'organization', None, 'Département du Pas-de-Calais'),
     ('Bretagne', 'organization', 'https://example.org/b', 'Région Bretagne'),
     ('Normandie', 'organization', None, 'Région Normandie')]
    """
    places = {m.start: m for m in mentions if m.type == "place"}
    read: dict[int, Mention] = {}
    for kind in _plural_authorities().finditer(text):
        noun, at = kind["kind"][:-1].capitalize(), kind.end()
        while (preposition := OF_PLACE.match(text, at)) and preposition.end() in places:
            place = places[preposition.end()]
            names = [f"{noun} {text[preposition.start() : place.end]}", f"{noun} {place.text}"]
            bodies = [_body(name, place.start, gazetteer, year) for name in names]
            body = next((b for b in bodies if b.entity), bodies[0])
            read[place.start] = replace(body, text=place.text, end=place.end)
            joined = AUTHORITY_OF_NEXT.match(text, place.end)
            if joined is None:
                break
            at = joined.end()
    return [read.get(m.start, m) if m.type == "place" else m for m in mentions]


NETWORK_OF = re.compile(r"\b[Rr]éseau(?:[ \t]+national)?[ \t]+des[ \t]+$")
""""réseau des" or "réseau national des" before the centres as a group: the network that
counts them ("les partenaires nationaux du réseau des CRPV")."""


def _the_network_of(mention: Mention, text: str, gazetteer: Gazetteer) -> Mention:
    """The national network where the centres as a group are named after "réseau des"
    (:data:`NETWORK_OF`), from "réseau" on: the graph keeps the network apart from its centres
    (``Gazetteer.collectives``), and "le réseau des CRPV" is the network, not the centres.

    >>> from crpv_graph.ingest.gazetteer import Entity
    >>> centres = Entity("https://example.org/c", "organization", {"CRPV"})
    >>> network = Entity("https://example.org/n", "organization", {"réseau national des CRPV"})
    >>> gazetteer = Gazetteer([centres, network], {centres.iri: network.iri})
    >>> text = "les partenaires du réseau des CRPV"
    >>> found = _the_network_of(Mention("CRPV", 30, 34, "organization", centres.iri), text,
    ...                         gazetteer)
    >>> found.text, found.entity
    ('réseau des CRPV', 'https://example.org/n')
    """
    network = gazetteer.collectives.get(mention.entity or "")
    named = NETWORK_OF.search(text, max(0, mention.start - 30), mention.start)
    if not network or named is None or network not in gazetteer.entities:
        return mention
    entity = gazetteer.entities[network]
    start = named.start()
    return Mention(text[start : mention.end], start, mention.end, "organization", entity.iri,
                   entity.label, mention.score, "pattern")  # fmt: skip


NETWORK_CUT_SHORT = re.compile(
    r"\b[Rr]éseau[ \t]+national[ \t]+des[ \t]+centres(?:[ \t]+de[ \t]+ressources)?\b"
    r"(?![ \t]+(?:(?:de|d['’]|du|des|pour|sur|en|ressources"
    r"|[a-zà-ÿ]+(?:aux|ales?|els?|elles?|iques?|ifs|ives?))\b|[A-ZÀ-Ý]|[a-zà-ÿ]+-))"
)
""""le réseau national des centres (de ressources)": the network's name cut before its field;
not the centres of another field ("des centres de santé", "des centres sociaux", "des
centres médico-sociaux", "des centres ressources autisme") or of another name ("des centres
Léo Lagrange")."""


def _the_network_cut_short(
    text: str, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """The national network named by the start of its name (:data:`NETWORK_CUT_SHORT`), where
    nothing else was read there: "le CGET assurait l'animation du réseau national des centres",
    "Le réseau national des centres de ressources compte 20 centres". Its full name ("...
    centres de ressources politique de la ville") is the graph's, and "national" sets it apart
    from another network of centres ("le réseau des centres sociaux").

    >>> from crpv_graph.ingest.gazetteer import Entity
    >>> centres = Entity("https://example.org/c", "organization", {"CRPV"})
    >>> network = Entity("https://example.org/n", "organization", {"réseau national des CRPV"})
    >>> gazetteer = Gazetteer([centres, network], {centres.iri: network.iri})
    >>> text = "Le réseau national des centres compte vingt membres."
    >>> [(m.text, m.entity) for m in _the_network_cut_short(text, [], gazetteer)]
    [('réseau national des centres', 'https://example.org/n')]
    """
    networks = {iri for iri in gazetteer.collectives.values() if iri in gazetteer.entities}
    if len(networks) != 1:
        return []
    entity = gazetteer.entities[networks.pop()]
    return [
        Mention(cut[0], cut.start(), cut.end(), "organization", entity.iri, entity.label, 1.0,
                "pattern")
        for cut in NETWORK_CUT_SHORT.finditer(text)
        if not any(m.start < cut.end() and cut.start() < m.end for m in mentions)
    ]  # fmt: skip


def _of_the_place_named(mention: Mention, mentions: list[Mention], gazetteer: Gazetteer) -> Mention:
    """A body's mention by a name that bodies of one place each go by ("la Région", "le SGAR"),
    linked to the one whose other names hold a place the article names ("la Région" in a text
    on the Hauts-de-France: the graph's "Région Hauts-de-France"), not to another place's:
    where the article names places but not the one of the body linked, a common noun ("la
    Région", "le Département") is left unlinked, a new body. An article that names no place
    keeps the link (the graph's best body of that name), and an acronym keeps its link ("la
    DREETS", the kind as a whole; "le CR•DSU", a centre the graph also calls "CR-DSU
    Rhône-Alpes").

    >>> from crpv_graph.ingest.gazetteer import Entity
    >>> gazetteer = Gazetteer([
    ...     Entity("https://example.org/n", "organization", {"Région", "Région Normandie"}),
    ...     Entity("https://example.org/b", "organization", {"Région", "Région Bretagne"}),
    ...     Entity("https://example.org/p/n", "place", {"Normandie"}),
    ...     Entity("https://example.org/p/b", "place", {"Bretagne"})])
    >>> region = Mention("Région", 3, 9, "organization", "https://example.org/n", "Région")
    >>> place = Mention("Bretagne", 20, 28, "place", "https://example.org/p/b", "Bretagne")
    >>> _of_the_place_named(region, [region, place], gazetteer).entity
    'https://example.org/b'
    >>> elsewhere = Mention("Lyon", 20, 24, "place", "https://example.org/p/l", "Lyon")
    >>> print(_of_the_place_named(region, [region, elsewhere], gazetteer).entity)
    None
    >>> _of_the_place_named(region, [region], gazetteer).entity
    'https://example.org/n'
    """
    entity = gazetteer.entities.get(mention.entity or "")
    if mention.type != "organization" or entity is None:
        return mention
    key = normalise(mention.text)
    candidates = [e for e in gazetteer.by_name.get(key, []) if e.type == "organization"]
    places = {f" {normalise(m.text)} " for m in mentions if m.type == "place"}
    named = [
        e for e in candidates
        if any(place in f" {normalise(name)} " for name in e.names for place in places)
    ]  # fmt: skip
    if len(named) == 1:
        return replace(mention, entity=named[0].iri, label=named[0].label)
    if (
        places
        and " " not in key
        and not (is_acronym(mention.text) and mention.text in entity.names)
        and _of_a_place(entity, key, gazetteer)
    ):
        return replace(mention, entity=None, label=mention.text, score=0.5)
    return mention


# Between two items of a list of bodies: a comma or "et", and an article ("la DREAL, la DRAAF").
LIST_GAP = re.compile(r"\s*(?:,|\bet\b|,\s*et\b)\s*(?:(?:le|la|les)\s+|l['’]\s*)?", re.I)


def _of_the_region_listed(
    mention: Mention, mentions: list[Mention], body: str, gazetteer: Gazetteer
) -> Mention:
    """A body's mention by a name that several bodies go by ("DIRECCTE": the kind as a whole,
    and each region's), linked to the one of the region that the bodies listed right next to
    it serve, when they serve one region and one of those bodies does ("la DREAL, la DIRECCTE
    et la DRAAF" of Nouvelle-Aquitaine: its DIRECCTE, not all of them). Not when the text names
    another region ("En Occitanie, la DREAL et la DIRECCTE": not Nouvelle-Aquitaine's).

    >>> kind = Entity("o:d", "organization", {"DIRECCTE"}, collective=True)
    >>> na = Entity("o:d-75", "organization", {"DIRECCTE"}, region="reg:75")
    >>> dreal = Entity("o:dreal-75", "organization", {"DREAL"}, region="reg:75")
    >>> gazetteer = Gazetteer([kind, na, dreal])
    >>> text = "la DREAL et la DIRECCTE"
    >>> listed = [Mention("DREAL", 3, 8, "organization", "o:dreal-75"),
    ...           Mention("DIRECCTE", 15, 23, "organization", "o:d")]
    >>> _of_the_region_listed(listed[1], listed, text, gazetteer).entity
    'o:d-75'
    >>> _of_the_region_listed(listed[1], listed[1:], text, gazetteer).entity
    'o:d'
    >>> elsewhere = Mention("Occitanie", 30, 39, "place", "reg:76")
    >>> gazetteer = Gazetteer([kind, na, dreal, Entity("reg:76", "place", {"Occitanie"},
    ...                        region="reg:76")])
    >>> _of_the_region_listed(listed[1], [*listed, elsewhere], text, gazetteer).entity
    'o:d'
    """
    if mention.type != "organization" or mention.entity is None:
        return mention
    candidates = gazetteer.by_name.get(normalise(mention.text), [])
    if len(candidates) < 2:
        return mention
    at = mentions.index(mention)
    neighbours = [
        m for m in mentions[at - 1 : at] if LIST_GAP.fullmatch(body, m.end, mention.start)
    ]
    neighbours += [
        m for m in mentions[at + 1 : at + 2] if LIST_GAP.fullmatch(body, mention.end, m.start)
    ]
    regions = {region for other in neighbours if (region := _region_of(other, gazetteer))}
    named = {region for other in mentions if (region := _region_of(other, gazetteer))}
    if len(regions) != 1 or named != regions:
        return mention
    served = [e for e in candidates if e.type == "organization" and e.region in regions]
    if len(served) != 1:
        return mention
    return replace(mention, entity=served[0].iri, label=served[0].label)


def _region_of(mention: Mention, gazetteer: Gazetteer) -> str | None:
    """The region a mention's body serves, or the region it names, if any."""
    entity = gazetteer.entities.get(mention.entity or "")
    return entity.region if entity is not None else None


def _of_a_place(entity: Entity, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a body has a name that is ``key`` and a place of the graph ("Région
    Hauts-de-France" for "Région"): the body of that place, not of the kind."""
    return any(
        normalise(name).startswith(key + " ")
        and gazetteer.link(normalise(name)[len(key) + 1 :], "place") is not None
        for name in entity.names
    )


def _named_in_full(text: str, gazetteer: Gazetteer, year: int | None) -> list[Mention]:
    """The bodies named in full in quotes (:data:`FULL_NAME`), and the short name before: one
    body, the graph's if it knows either name. A quoted name is a body's if the graph knows it
    or it opens with the head word of a kind of body ("centre", "association"); "sous le nom
    de « Politique de la ville »" may name a label or a programme.

    >>> text = "Normanvilles, de son nom complet « centre de ressources de Normandie », est né."
    >>> [m.text for m in _named_in_full(text, Gazetteer([], kinds={"centre de ressources"}), None)]
    ['Normanvilles', 'centre de ressources de Normandie']
    >>> _named_in_full("sous le nom de « Politique de la ville »", Gazetteer([]), None)
    []
    >>> text = "Le GIP porte le nom de Centre de Ressources et Cohésion Sociale (GIP CRCS)."
    >>> [m.text for m in _named_in_full(text, Gazetteer([], kinds={"centre de ressources"}), None)]
    ['Centre de Ressources et Cohésion Sociale']
    """
    heads = {kind.split(" ")[0] for kind in gazetteer.kinds}
    found: list[Mention] = []
    for match in FULL_NAME.finditer(text):
        full = "full" if match["full"] else "bare"
        link = gazetteer.link(match[full], "organization", year)
        if link is None and normalise(match[full]).split(" ")[0] not in heads:
            continue
        names = [match.span(group) for group in ("short", full) if match[group]]
        short = gazetteer.link(match["short"], "organization", year) if match["short"] else None
        link = link or short
        for start, end in names:
            if link is None:
                found.append(_body(text[start:end], start, gazetteer, year))
            else:
                entity = link.entity
                found.append(Mention(text[start:end], start, end, "organization", entity.iri,
                                     entity.label, link.score, "pattern"))  # fmt: skip
    return found


def _after_a_kind(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, year: int | None
) -> list[Mention]:
    """The bodies named after their kind in lower case (:data:`AFTER_A_KIND`), where no
    mention holds more than the name: "l'association Villes et Territoires", "le cabinet
    Bers-Act" (a kind of the vocabulary, or a noun that opens the graph's names of bodies,
    :attr:`Gazetteer.heads`). A place after a kind ("la préfecture Occitanie") is where the
    body is, not its name.

    >>> text = "L'association Villes et Territoires a tenu son assemblée, la pièce Molière aussi."
    >>> gazetteer = Gazetteer([], kinds={"association"})
    >>> [m.text for m in _after_a_kind(text, [], gazetteer, None)]
    ['Villes et Territoires']
    >>> _after_a_kind("l'association Politique de la ville", [], gazetteer, None)
    []
    >>> _after_a_kind("Actualités de l'association\\n\\nLe centre devient", [], gazetteer, None)
    []
    """
    found: list[Mention] = []
    for match in AFTER_A_KIND.finditer(text):
        start, end = match.span("name")
        if normalise(match["kind"]) not in gazetteer.kinds | gazetteer.heads:
            continue
        if gazetteer.link(match["name"], "place", year) is not None:
            continue
        if CUT_NAME.match(text, end):
            continue  # "le service Politique de la ville": the name goes on in lower case
        if any(m.start < end and start < m.end and not start <= m.start <= m.end <= end
               for m in mentions if m.type != "date"):  # fmt: skip
            continue  # a longer name holds it
        if any((m.start, m.end) == (start, end) for m in mentions):
            continue
        found.append(_body(match["name"], start, gazetteer, year))
    return found


def _hyphenated(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, year: int | None
) -> list[Mention]:
    """The bodies named by a hyphenated acronym (:data:`HYPHENATED_ACRONYM`) no mention holds,
    with the kind's acronym before it ("GIP CRPV-CS"); not after a programme or in the plural.

    >>> text = "porté par l'ancien groupement CREAI-ORS, le GIP CRPV-CS et les EPCI-FP."
    >>> gazetteer = Gazetteer([], kinds={"gip"})
    >>> [m.text for m in _hyphenated(text, [], gazetteer, None)]
    ['CREAI-ORS', 'GIP CRPV-CS']
    """
    found: list[Mention] = []
    for match in HYPHENATED_ACRONYM.finditer(text):
        start = match.start("kind" if match["kind"] else "name")
        if match["kind"] and normalise(match["kind"]) not in gazetteer.kinds:
            start = match.start("name")
        end = match.end()
        before = text[max(0, start - 40) : start]
        if PLURAL_BEFORE.search(before) or PROGRAMME.search(before):
            continue
        if any(m.start < end and start < m.end for m in mentions if m.type != "date"):
            continue
        end = _with_a_place_after(text, end, gazetteer, year)
        found.append(_body(text[start:end], start, gazetteer, year))
    return found


CAPITALS = re.compile(rf"(?<![\w{re.escape(JOINERS)}])[A-ZÀ-Ý]{{3,}}(?![\w{re.escape(JOINERS)}])")
"""A word of three capitals or more, alone: not part of a hyphenated acronym ("CR•DSU")."""
ROMAN = re.compile(r"[IVXLCDM]+")


@lru_cache(maxsize=1)
def not_bodies() -> frozenset[str]:
    """The words in capitals that name no body (``cues.toml`` [mentions] not_bodies): print's
    abbreviations ("NB", "PDF") and the acronyms of places and programmes ("QPV", "PNRU")."""
    return frozenset(cue_tables()["mentions"]["not_bodies"])


@lru_cache(maxsize=1)
def body_endings() -> tuple[str, ...]:
    """The endings of French abstract nouns (``cues.toml`` [mentions] body_endings)."""
    return tuple(cue_tables()["mentions"]["body_endings"])


def _abstract(name: str) -> bool:
    """Whether a word of a name after its first is an abstract noun (:func:`body_endings`),
    which names what a body does and no person bears ("Trajectoire Formation").

    >>> _abstract("Trajectoire Formation"), _abstract("Clément Martin")
    (True, False)
    """
    return any(word.lower().endswith(body_endings()) for word in name.split()[1:])


@lru_cache(maxsize=1)
def street_before() -> re.Pattern[str]:
    """The street of an address before a name, with its particle (``cues.toml`` [mentions]
    streets; numbered_streets only after a number): "13 avenue ", "15, rue de la "."""
    table = cue_tables()["mentions"]
    streets = "|".join(map(re.escape, table["streets"]))
    numbered = "|".join(map(re.escape, table["numbered_streets"]))
    return re.compile(
        rf"(?:(?<![\w-])(?:{streets})|\d+\s*(?:bis|ter)?\s*,?\s+(?:{numbered}))"
        rf"\s+(?:{_OF})?$",
        re.IGNORECASE,
    )


def _in_an_address(mention: Mention, text: str) -> bool:
    """Whether a new person's or body's name is a street's, printed after its kind in an
    address: "13 avenue Léon Blum, 25200 Montbéliard" names no person; a person or a body the
    graph knows stays itself.

    >>> text = "Maison des Métiers de la Ville, 13 avenue Léon Blum. Avec Léon Blum."
    >>> [_in_an_address(Mention("Léon Blum", at, at + 9, "person"), text)
    ...  for at in (text.index("Léon"), text.rindex("Léon"))]
    [True, False]
    """
    if mention.entity or mention.type not in ("person", "organization"):
        return False
    return street_before().search(text, max(0, mention.start - 30), mention.start) is not None


@lru_cache(maxsize=1)
def national() -> re.Pattern[str]:
    """A country after "de" at the end of a name (``cues.toml`` [mentions] nations): "de
    France" ends the name of a national body ("Intercommunalités de France")."""
    nations = "|".join(map(re.escape, cue_tables()["mentions"]["nations"]))
    return re.compile(rf"\s+{_OF}(?:{nations})$")


@lru_cache(maxsize=1)
def national_bodies() -> re.Pattern[str]:
    """A national body named by the plural of what it gathers and its country ("Villes de
    France", "Régions de France", "Petites Villes de France"): the plural sets it apart from a
    person ("Marie de France") and an event ("le Tour de France")."""
    nations = "|".join(map(re.escape, cue_tables()["mentions"]["nations"]))
    return re.compile(
        rf"(?<![\w-])(?:[A-ZÀ-Ý][\w'’-]*[sx]\s+)?[A-ZÀ-Ý][\w'’-]*[sx]\s+{_OF}(?:{nations})\b"
    )


def _new_acronyms(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, year: int | None
) -> list[Mention]:
    """The acronyms neither the graph nor the model knows, printed after the article of one
    body ("le CESER", "de la DIACT", "l'URBACT"): French gives a body's acronym an article as
    it gives one to its name, so an unknown acronym there is a new body ("URBACT", "DRAJES").
    With a place after "de" ("le CAUE de l'Essonne", "le PETR du Perche"), the place is part
    of its name. Not a word of :func:`not_bodies` ("le PDF", "le QPV"), a Roman numeral, a kind
    ("le GIP"), an acronym in the plural ("les EPCI"), after a programme ("le programme
    URBACT"), a periodical or its editorial committee, in a heading in capitals
    (:func:`_in_heading`), nor one printed in brackets after words it does not spell
    (:func:`_a_code`). The complement of a role of the
    vocabulary is a body even without its article or after its programme (:func:`_of_a_role`:
    "l'autorité de gestion d'URBACT").

    >>> text = "Le CESER a rendu un avis ; le CAUE de l'Essonne et les EPCI, en PDF."
    >>> [m.text for m in _new_acronyms(text, [], Gazetteer([]), None)]
    ['CESER', "CAUE de l'Essonne"]
    """
    found: list[Mention] = []
    for match in CAPITALS.finditer(text):
        start, end = match.span()
        word, before = match[0], text[max(0, start - 40) : start]
        if word in not_bodies() or ROMAN.fullmatch(word):
            continue
        if any(m.start < end and start < m.end for m in mentions if m.type != "place"):
            continue
        held = _of_a_role(text[max(0, start - 80) : start], gazetteer)
        if not (held or ONE_BODY.search(before)) or PLURAL_BEFORE.search(before):
            continue
        if (PROGRAMME.search(before) and not held) or PUBLICATION.search(before):
            continue
        if _in_heading(text, start):
            continue
        if _a_kind(word, before, gazetteer) or _a_code(word, start, text, gazetteer):
            continue
        place = re.compile(OF_NAME + NAME).match(text, end)
        end = place.end() if place else _with_a_place_after(text, end, gazetteer, year)
        found.append(_body(text[start:end], start, gazetteer, year))
    return found


ROLE_COMPLEMENT = re.compile(
    r"(?P<role>[\w'’ -]+?)\s+(?:d['’]\s*|de\s+|du\s+programme(?:\s+européen)?\s+)$"
)
"""A role's complement before a name: "de", "d'" or "du programme (européen)"."""


def _of_a_role(before: str, gazetteer: Gazetteer) -> bool:
    """Whether the words before a name end with a role of the vocabulary (of two words or more,
    :attr:`Gazetteer.roles`) and its complement (:data:`ROLE_COMPLEMENT`): "responsable de
    l'autorité de gestion d'URBACT", "de l'autorité de gestion du programme européen URBACT":
    what a role is held at is a body, though print names it without an article or after the
    programme it runs.

    >>> gazetteer = Gazetteer([], roles={"autorite de gestion"})
    >>> [_of_a_role(before, gazetteer) for before in ("l'autorité de gestion d'",
    ...  "de l'autorité de gestion du programme européen ", "les crédits du programme ")]
    [True, True, False]
    """
    complement = ROLE_COMPLEMENT.search(before)
    if complement is None:
        return False
    words = normalise(complement["role"]).split()
    return any(
        " ".join(words[start:]) in gazetteer.roles for start in range(max(0, len(words) - 1))
    )


PLACE_AFTER = re.compile(r"[ \t]+(?P<place>" + NAME + ")")


def _with_a_place_after(text: str, end: int, gazetteer: Gazetteer, year: int | None) -> int:
    """Where a new acronym's name ends: after the place the graph knows that print sets right
    after it ("ORS-CREAI Normandie", "la DREETS Occitanie", "le CESER Nouvelle-Aquitaine"),
    which names the region's or the town's body of that kind, else at the acronym.

    >>> gazetteer = Gazetteer([Entity("p", "place", {"Normandie"})])
    >>> text = "ORS-CREAI Normandie et la DRAC Bretagne"
    >>> [text[:_with_a_place_after(text, 9, gazetteer, None)], _with_a_place_after(text, 30,
    ...  gazetteer, None)]
    ['ORS-CREAI Normandie', 30]
    """
    place = PLACE_AFTER.match(text, end)
    if place is None or gazetteer.link(place["place"], "place", year) is None:
        return end
    return place.end()


ACRONYM_ITEM = re.compile(
    r"(?m)^[ \t]*"
    + french.ITEM_MARK
    + r"[ \t]*(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý0-9]{2,})[ \t]*[;,.]?[ \t]*$"
)
"""A list's item that is one acronym and its punctuation: "- DREAL ;", "• DRAAF."."""
ITEM_LINE = re.compile(r"[ \t]*" + french.ITEM_MARK)


def _listed_as_items(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, year: int | None
) -> list[Mention]:
    """The unknown acronyms that are items of a list where another item is a body ("Les
    autres membres :" over "- DREAL ;", "- DIRECCTE ;"): a list gives its items one kind, and
    print lists State services, agencies and networks by their acronyms alone, with no article
    for :func:`_new_acronyms` to read. Not a word of :func:`not_bodies` ("- QPV"), a Roman
    numeral, a kind of body ("- GIP"), nor in a list with no body in it ("- PDF", "- QPV").

    >>> text = "Membres :\\n- Agence A ;\\n- DRAAF ;\\n- QPV.\\nPièces :\\n- DOCX ;\\n- PNG."
    >>> body = Mention("Agence A", 12, 20, "organization")
    >>> [m.text for m in _listed_as_items(text, [body], Gazetteer([]), None)]
    ['DRAAF']
    """
    found: list[Mention] = []
    for match in ACRONYM_ITEM.finditer(text):
        start, end = match.span("name")
        word = match["name"]
        if word in not_bodies() or ROMAN.fullmatch(word) or _a_kind(word, "", gazetteer):
            continue
        if _across(Mention(word, start, end, "organization"), mentions):
            continue
        first, last = _list_around(text, start)
        if any(first <= m.start < last for m in mentions if m.type == "organization"):
            found.append(_body(word, start, gazetteer, year))
    return found


def _list_around(text: str, at: int) -> tuple[int, int]:
    """The span of the lines that open with an item's dash or bullet around ``at``'s line."""
    first = text.rfind("\n", 0, at) + 1
    while first > 0:
        previous = text.rfind("\n", 0, first - 1) + 1
        if not ITEM_LINE.match(text, previous):
            break
        first = previous
    last = text.find("\n", at)
    while last >= 0 and ITEM_LINE.match(text, last + 1):
        last = text.find("\n", last + 1)
    return first, len(text) if last < 0 else last


SECTION_NUMBER = re.compile(r"[ \t]*" + french.SECTION_NUMBER)
"""A section's number before its title: "1. ", "II - ", "b) " (:data:`french.SECTION_NUMBER`)."""


HEADING_PARTS = re.compile(r"[ \t]+[-–—:][ \t]+")
"""What parts a heading's head from its subtitle: "1. VIE DU GROUPEMENT - Une assemblée",
"LE MOT DU GLOSSAIRE : DREETS"."""


def _in_heading(text: str, at: int) -> bool:
    """Whether ``at`` is in a heading printed in capitals, a line of two words or more with no
    letter in lower case ("DANS LES CENTRES", "CHEZ LES PARTENAIRES"): its words are capitalised
    for the layout, not for a name. A heading's head may be followed by a subtitle in lower
    case after a dash or a colon (:data:`HEADING_PARTS`): the head is read alone, and a name
    after the dash stands on its own ("LE MOT DU GLOSSAIRE - DREETS").

    >>> text = "CHEZ LES PARTENAIRES\\n- Le CNV : un nouveau président.\\n- DRAAF ;"
    >>> [_in_heading(text, at) for at in (0, text.index("CNV"), text.index("DRAAF"))]
    [True, False, False]
    >>> text = "1. VIE DU GROUPEMENT - Une assemblée\\n2. LE MOT DU GLOSSAIRE - DREETS"
    >>> [_in_heading(text, text.index(word)) for word in ("GROUPEMENT", "DREETS")]
    [True, False]
    >>> _in_heading("1. PERSPECTIVES : le programme", 3)  # the number is no word of the head
    False
    """
    opens, ends = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    ends = len(text) if ends < 0 else ends
    number = SECTION_NUMBER.match(text, opens)
    opens = number.end() if number and number.end() <= at else opens
    breaks = list(HEADING_PARTS.finditer(text, opens, ends))
    opens = max([opens, *(part.end() for part in breaks if part.end() <= at)])
    ends = min([ends, *(part.start() for part in breaks if part.start() >= at)])
    part = text[opens:ends]
    words = [word for word in part.split() if any(character.isalpha() for character in word)]
    return len(words) > 1 and not any(character.islower() for character in part)


def _alone_on_its_line(mention: Mention, text: str) -> bool:
    """Whether a name of one word, not an acronym, is the whole of its line, after a section's
    number if any (:data:`SECTION_NUMBER`: "1. Participants"): a heading or a section's title
    ("Résumé", "Contact", "Programme"), which a page prints capitalised as any line opens; a
    body of one word is named in a sentence or with others on its line.

    >>> text = "Résumé\\nQuestion de Ville publie un rapport.\\nCGET\\n1. Participants"
    >>> [_alone_on_its_line(Mention(name, text.index(name), text.index(name) + len(name),
    ...                             "organization"), text)
    ...  for name in ("Résumé", "CGET", "Participants")]
    [True, False, True]
    """
    opens = text.rfind("\n", 0, mention.start) + 1
    ends = text.find("\n", mention.end)
    number = SECTION_NUMBER.match(text, opens)
    line = text[number.end() if number else opens : len(text) if ends < 0 else ends]
    return line.strip() == mention.text and " " not in line.strip() and not mention.text.isupper()


TERRITORY_BEFORE = re.compile(r"\b(?:région|département)\s+$")
"""A territory's kind in lower case: the name after it is the territory's ("le préfet de la
région Aquitaine"), a place, where the capitalised authority is a body ("la Région Bretagne")."""


KIND_BEFORE = re.compile(r"(?<![\w'’-])(?P<kind>[a-zà-ÿ][a-zà-ÿ-]+)[ \t]+$")
"""A common noun in lower case right before a name: its kind ("service" in "le service
Politique de la Ville"), not an article ("la Politique de la Ville")."""


@lru_cache(maxsize=1)
def unit_kinds() -> frozenset[str]:
    """The common nouns of units' kinds (``cues.toml`` [org:unitOf] subject_words: "service",
    "direction", "pôle")."""
    return frozenset(
        word for table in cue_tables()["org:unitOf"] for word in table.get("subject_words", [])
    )


def _after_its_kind(mention: Mention, text: str) -> bool:
    """Whether a name follows the common noun of a unit's kind in lower case (:func:`unit_kinds`:
    "cheffe du service Politique de la Ville", "la direction Politique de la Ville de Rennes"):
    a unit's own name (:func:`gazetteer.own_name`), whatever words it holds.

    >>> text = "la journée du service Politique de la Ville"
    >>> _after_its_kind(Mention("Politique de la Ville", 22, 43, "organization"), text)
    True
    >>> text = "la journée de la Politique de la Ville"
    >>> _after_its_kind(Mention("Politique de la Ville", 17, 38, "organization"), text)
    False
    """
    kind = KIND_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
    return kind is not None and kind["kind"] in unit_kinds()


def _no_new_body(mention: Mention, text: str) -> bool:
    """Whether a new organisation's mention is no body: a word of a heading in capitals
    (:func:`_in_heading`: "CHEZ" in "CHEZ LES PARTENAIRES"), a word alone on its line
    (:func:`_alone_on_its_line`: "Résumé"), an adjective before its noun
    (:func:`_an_adjective_and_its_noun`: "Nouvelle équipe"), capitalised words opening with a
    possessive at the head of a line or a sentence (:data:`french.POSSESSIVE`: "Notre Équipe"),
    a name opening with a word of :func:`not_bodies` ("le GPV Nord Franche-Comté", a
    programme), a territory after its kind in lower case (:data:`TERRITORY_BEFORE`), or a label
    (:func:`_a_label`). A person's name
    keeps its capitals in a line of credits ("DR A. KEITA ANCT"), and a body the graph knows
    stays that body."""
    if mention.type != "organization" or mention.entity:
        return False
    if _in_heading(text, mention.start) or mention.text.split()[0] in not_bodies():
        return True
    if _alone_on_its_line(mention, text) or _an_adjective_and_its_noun(mention.text):
        return True
    if _an_abstract_noun(mention.text) or ADDRESS_IN_NAME.search(mention.text):
        return True
    before = text[max(0, mention.start - 20) : mention.start]
    if " " in mention.text and french.POSSESSIVE.match(mention.text):
        # "Notre Équipe", "Nos Partenaires": a heading, opening its line or after a colon; not a
        # body's name after its kind ("l'association Nos Quartiers ont du Talent")
        return not before.strip() or SENTENCE_START.search(before) is not None
    return bool(TERRITORY_BEFORE.search(before)) or _a_label(mention, text)


ADDRESS_IN_NAME = re.compile(r"@|\bwww\.|https?://|\.(?:fr|com|org|eu)\b")
"""An e-mail or web address, which a contact line prints after a service's signature
("Service communication - presse@intercommunalites.fr"): the line is furniture, not a name."""


def _an_abstract_noun(name: str) -> bool:
    """Whether a new name is one abstract noun (:func:`body_endings`), capitalised as a line, a
    heading or a tagline's part opens ("Politique de la ville | Cohésion sociale"): it names
    what bodies do, and a body named by one word is not so named ("Normanvilles").

    >>> _an_abstract_noun("Cohésion"), _an_abstract_noun("Normanvilles")
    (True, False)
    """
    return " " not in name and not name.isupper() and name.lower().endswith(body_endings())


def _an_adjective_and_its_noun(name: str) -> bool:
    """Whether a name is an adjective printed before its noun (``cues.toml`` [mentions]
    opening_adjectives) with the rest in lower case: "Nouvelle équipe", "Nouveau bureau",
    capitalised as a sentence or a heading opens, not as a name is.

    >>> _an_adjective_and_its_noun("Nouvelle équipe"), _an_adjective_and_its_noun("Nouvel Élan")
    (True, False)
    """
    first, *rest = name.split()
    return (
        bool(rest)
        and normalise(first) in opening_adjectives()
        and not any(w[0].isupper() for w in rest)
    )


@lru_cache(maxsize=1)
def opening_adjectives() -> frozenset[str]:
    """The adjectives French prints before a noun (``cues.toml`` [mentions]
    opening_adjectives), normalised."""
    return frozenset(cue_tables()["mentions"]["opening_adjectives"])


def _a_label(mention: Mention, text: str) -> bool:
    """Whether a name opening its line before a colon is printed as a label, its first letter
    alone capitalised ("Comité de rédaction : X ; Y", "Directeurs de la publication : Z"): a
    masthead's or a form's field, where a body's name capitalises its own words ("- Villes et
    Territoires Occitanie : ...") or is one word ("Normanvilles : ...").

    >>> text = "Comité de rédaction : Brigitte Maltet\\n- Villes et Territoires Occitanie : créé."
    >>> [_a_label(Mention(name, text.index(name), text.index(name) + len(name), "organization"),
    ...           text) for name in ("Comité de rédaction", "Villes et Territoires Occitanie")]
    [True, False]
    """
    if any(character.isupper() for character in mention.text[1:]):
        return False
    if " " not in mention.text:
        return _a_field_of_a_form(mention, text)
    opens = french.ENTRY_OPENS.search(text, max(0, mention.start - 8), mention.start)
    return opens is not None and re.match(r"[ \t]*:", text[mention.end :]) is not None


FIELD = re.compile(r"[ \t]*[A-ZÀ-Ý][\w'’]*(?:[ \t]+[\w'’]+){0,3}[ \t]*:[ \t]*\S")
"""A line of a form or a record, a label of a few words and its value after a colon
("Périodicité : biennale", "Date de création : 1993", "Sigle : CGET")."""


def _a_field_of_a_form(mention: Mention, text: str) -> bool:
    """Whether a word opening its line before a colon, with no dash or bullet, is a field's
    label among others: the line before or after it is a field too (:data:`FIELD`), as in a
    notice or a record ("Rattachement : Premier ministre" over "Prédécesseurs : DATAR").
    A body named alone before a colon is an item of a list ("- Normanvilles : labellisé")
    or a line of prose, not a run of fields.

    >>> text = "Sigle : CGET\\nRattachement : Premier ministre\\nNormanvilles : labellisé."
    >>> _a_field_of_a_form(Mention("Rattachement", 13, 25, "organization"), text)
    True
    >>> _a_field_of_a_form(Mention("Normanvilles", 0, 12, "organization"), "Normanvilles : créé.")
    False
    """
    opens = text.rfind("\n", 0, mention.start) + 1
    if text[opens : mention.start].strip() or not re.match(r"[ \t]*:", text[mention.end :]):
        return False
    previous = text.rfind("\n", 0, max(0, opens - 1)) + 1
    following = text.find("\n", mention.end)
    return (opens > 0 and FIELD.match(text, previous, opens) is not None) or (
        following >= 0 and FIELD.match(text, following + 1) is not None
    )


PERSON_NAME = re.compile(
    r"(?<![\w'’-])(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
    r"(?: [A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?){1,2}(?![\w-])"
)
"""A first name and a surname as print gives them, each capitalised ("Kléber Arhoul",
"Anne-Claire Mialot")."""
NO_PERSON_BEFORE = re.compile(r"(?:\b(?:le|la|les|du|des|de|au|aux|en)\s+|[ld]['’]\s*)$", re.I)
"""An article or a preposition, which a name printed after is a body's or a place's."""


TITLE_AFTER_NAME = re.compile(
    r",\s*(?:alors\s+|ancien(?:ne)?\s+|nouvel(?:le)?\s+)?(?P<title>[\w-]+)"
)
"""The first word of what a comma puts after a name: "X, préfet délégué", "Y, alors directrice"."""
ITEM_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*" + french.ITEM_MARK + r"[ \t]*$")
"""A line's opening up to an item's first word, after its dash or bullet: "- X (Labo Cités)"."""


@lru_cache(maxsize=1)
def _taking_an_office() -> re.Pattern[str]:
    """The taking of an office after a name: "X en a pris la direction", "Y a été nommée à la
    présidence" (the offices of ``cues.toml`` [titles] role_nouns)."""
    offices = "|".join(map(re.escape, cue_tables()["titles"]["role_nouns"]))
    return re.compile(
        rf"\s+(?:en\s+|y\s+)?(?:a|avait|ont|avaient)\s+{french.TAKING}(?:{offices})\b", re.I
    )


GENDERED = re.compile(r" (?:e|rice|ere|ve|ne|le)\b")
"""A role's label written for both genders ("directeur·rice", "préfet·e délégué·e", normalised
"directeur rice"): a person's role, where "membre", "partenaire" or "structure d'accueil" are
also said of bodies."""


def _people_by_their_titles(
    text: str, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """The people the model did not read (a rare first name: "Kléber Arhoul", "Ouided Ayad"),
    known by what French prints after a person's name: a title in apposition ("Kléber Arhoul,
    préfet délégué à l'égalité des chances", "X, directrice du centre"; the first word of a role
    of the vocabulary written for both genders, :data:`GENDERED`), the taking of an office
    ("Ouided Ayad en a pris la direction", "X a été nommée à la présidence": an office of
    ``cues.toml`` [titles] role_nouns, not "a pris la parole"), or, on a list's
    line, the body in brackets ("- Fabien Bressan (Labo Cités) ;"). Not after an article or a
    preposition ("la Ville Caraïbe"), nor a name holding a noun of the graph's names of bodies,
    nor before a role bodies hold too ("Maison Blanche, membre du réseau").

    >>> gazetteer = Gazetteer([], roles={"prefet e delegue e", "membre"})
    >>> text = "Le président est Kléber Arhoul, préfet délégué. Ouided Ayad en a pris la direction."
    >>> text += "\\n- Fabien Bressan (Labo Cités) ;\\nMaison Blanche, membre du réseau."
    >>> [m.text for m in _people_by_their_titles(text, [], gazetteer)]
    ['Kléber Arhoul', 'Ouided Ayad', 'Fabien Bressan']
    """
    stems = _role_stems(gazetteer.roles)
    found: list[Mention] = []
    for match in PERSON_NAME.finditer(text):
        name, end = _without_opening_words(match[0]), match.end()
        start = end - len(name)
        if " " not in name or _across(Mention(name, start, end, "person"), mentions):
            continue
        if NO_PERSON_BEFORE.search(text, max(0, start - 12), start):
            continue
        if gazetteer.holds_a_noun(name) or gazetteer.opens_a_name(name):
            continue
        title = TITLE_AFTER_NAME.match(text, end)
        if not (
            (title and normalise(title["title"])[:5] in stems)
            or _taking_an_office().match(text, end)
            or (
                text.startswith(" (", end)
                and ITEM_LINE_OPENS.search(text, max(0, start - 8), start)
            )
        ):
            continue
        found.append(Mention(name, start, end, "person", None, name, 0.5, "pattern"))
    return found


ROLE_AND_COLON = re.compile(
    r"(?:^|\n|[.;][ \t]+)[ \t]*(?P<title>[A-ZÀ-Ý][\w'’-]*)(?:[ \t]+[\w'’-]+){0,4}[ \t]*:[ \t]*$"
)
"""A role before its colon, opening a line or after a sentence, a masthead's or a record's field:
"Directeur de la publication : X. Rédactrice en chef : "."""


def _person_after_a_role(mention: Mention, text: str, gazetteer: Gazetteer) -> Mention:
    """A new body's mention that is a first name and a surname after a role and its colon is a
    person's, which the model read as a body's ("Rédactrice en chef : Pauline Fattelay"; the
    first word of a role of the vocabulary: :func:`_role_stems`).

    >>> gazetteer = Gazetteer([], roles={"redacteur rice en chef"})
    >>> text = "Rédactrice en chef : Ada Roy\\nPartenaire : Villes Unies"
    >>> [_person_after_a_role(Mention(name, text.index(name), text.index(name) + len(name),
    ...                               "organization"), text, gazetteer).type
    ...  for name in ("Ada Roy", "Villes Unies")]
    ['person', 'organization']
    """
    if mention.type != "organization" or mention.entity:
        return mention
    if not PERSON_NAME.fullmatch(mention.text) or gazetteer.holds_a_noun(mention.text):
        return mention
    role = ROLE_AND_COLON.search(text, max(0, mention.start - 60), mention.start)
    if role is None or normalise(role["title"])[:5] not in _role_stems(gazetteer.roles):
        return mention
    return replace(mention, type="person")


@lru_cache(maxsize=4)
def _role_stems(roles: frozenset[str]) -> frozenset[str]:
    """The first five letters of the first word of each role written for both genders: the
    graph's roles (:attr:`Gazetteer.roles`) read once, not for each article."""
    return frozenset(
        role.split()[0][:5] for role in roles if len(role.split()[0]) > 3 and GENDERED.search(role)
    )


_SURNAME = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
CIVIL_NAME = re.compile(
    r"(?<![\w.])(?:(?:M|Mme|Mlle|Dr|Pr)\.?|Monsieur|Madame)[ \t]+"
    rf"(?P<name>(?:{_SURNAME}[ \t]+)?(?:(?:de[ \t]+la|de|du|des|le|la)[ \t]+|d['’])?{_SURNAME})"
    r"(?![\w'’-])"
)
"""A civility and the surname it introduces, with a first name or a particle ("M. Jallet",
"Mme Marlène Schiappa", "M. de Villepin", "Madame Le Breton"); "M." alone is the civility."""
INITIAL_NAME = re.compile(
    rf"(?<![\w.])(?P<name>[A-LN-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?[ \t]+{_SURNAME})(?![\w'’-])"
)
"""A first name's initial and a surname ("J. Durand", "J.-P. Martin")."""


_JOINED = "|".join(sorted(JOINING_WORDS, key=len, reverse=True))
BRACKETED_AFTER_NAME = re.compile(
    r"[ \t]*\((?P<name>[A-ZÀ-Ý][\w'’•-]*(?:[ \t]+(?:(?:" + _JOINED + r")[ \t]+|[ld]['’][ \t]*)*"
    r"[A-ZÀ-Ý][\w'’•-]*){0,5})\)"
)
"""A name in brackets right after a person's, its words capitalised or joined by words of
:data:`acronyms.JOINING_WORDS`: "Fabien Bressan (Labo Cités)", "X (Villes au Carré)", "Y (Pays
et Quartiers de la Nouvelle-Aquitaine)"."""


def _bodies_in_brackets(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, year: int | None
) -> list[Mention]:
    """The bodies named in brackets after a person ("Fabien Bressan (Labo Cités) y a pris la
    parole, tout comme Maximilien Steindorsson (RésO Villes)"): print puts there whom the
    person speaks for, a body even where the graph does not know its name. Not a place the
    graph knows ("X (Lyon)": where the person comes from), a role ("X (Directeur)", "Y (Maire
    de Lyon)": a title), nor what :func:`_no_new_body` reads as no body, nor a name already
    read there.

    >>> text = "Fabien Bressan (Labo Cités), Mme Anne Dupont (Lyon) et Ada Roy (Directrice)."
    >>> people = [Mention(name, text.index(name), text.index(name) + len(name), "person")
    ...           for name in ("Fabien Bressan", "Anne Dupont", "Ada Roy")]
    >>> gazetteer = Gazetteer([Entity("https://example.org/lyon", "place", {"Lyon"})],
    ...                       roles={"directrice"})
    >>> [m.text for m in _bodies_in_brackets(text, people, gazetteer, None)]
    ['Labo Cités']
    """
    found: list[Mention] = []
    for person in (m for m in mentions if m.type == "person"):
        bracket = BRACKETED_AFTER_NAME.match(text, person.end)
        if bracket is None:
            continue
        name, start = bracket["name"], bracket.start("name")
        body = _body(name, start, gazetteer, year)
        if _across(body, mentions) or gazetteer.link(name, "place", year) is not None:
            continue
        if _opens_with_a_role(name, gazetteer) or _no_new_body(body, text):
            continue
        found.append(body)
    return found


FEMININE = {"e": ("", "e"), "rice": ("eur", "rice"), "ere": ("er", "ere"), "ne": ("", "ne")}
"""How a role written for both genders ("directeur·rice", normalised "directeur rice") makes
its first word feminine: the masculine ending replaced, the suffix added."""


def _opens_with_a_role(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name opens with the first word of a role of the vocabulary, in either gender
    ("Directrice", "Maire de Lyon", "Délégué interministériel"; the roles "directeur·rice",
    "maire", "délégué·e"): a title, not a body.

    >>> gazetteer = Gazetteer([], roles={"maire", "directeur rice general e", "delegue e"})
    >>> [_opens_with_a_role(name, gazetteer)
    ...  for name in ("Maire de Lyon", "Directrice", "Délégué interministériel", "Labo Cités")]
    [True, True, True, False]
    """
    first = normalise(name).split()[0]
    for role in gazetteer.roles:
        words = role.split()
        if first == words[0]:
            return True
        ending, suffix = FEMININE.get(words[1] if len(words) > 1 else "", ("", ""))
        if (
            suffix
            and words[0].endswith(ending)
            and first == words[0][: len(words[0]) - len(ending)] + suffix
        ):
            return True
    return False


def _people_by_their_civility(text: str, mentions: list[Mention]) -> list[Mention]:
    """The people French names by a civility and a surname ("M. Jallet a ouvert la séance",
    "Madame Durand") or by an initial and a surname ("J. Durand, directrice"), which the model
    misses where no first name tells a person: the civility or the initial says it. The name
    links to the person found earlier with the same surname ("Sébastien Jallet ... M.
    Jallet"); not a capitalised common word after an initial ("catégorie A. Les").

    >>> found = [Mention("Sébastien Jallet", 0, 16, "person", "https://example.org/jallet")]
    >>> text = "Sébastien Jallet puis M. Jallet, Mme Aubry, J.-P. Martin; catégorie A. Les autres."
    >>> [(m.text, m.entity) for m in _people_by_their_civility(text, found)]
    [('Jallet', 'https://example.org/jallet'), ('Aubry', None), ('J.-P. Martin', None)]
    """
    people = {normalise(m.text).split(" ")[-1]: m for m in mentions if m.type == "person"}
    found: list[Mention] = []
    for match in [*CIVIL_NAME.finditer(text), *INITIAL_NAME.finditer(text)]:
        start, end = match.span("name")
        if match["name"].split()[-1].lower() in STOP_WORDS:
            continue
        if ADDRESSED_OFFICE.match(text, match.start()):
            continue  # "Mme la Préfète": an office addressed
        if _across(Mention(match["name"], start, end, "person"), [*mentions, *found]):
            continue
        known = people.get(normalise(match["name"]).split(" ")[-1])
        if known is not None and known.entity:
            found.append(replace(known, text=match["name"], start=start, end=end, score=0.9,
                                 source="pattern"))  # fmt: skip
        else:
            found.append(Mention(match["name"], start, end, "person", None, match["name"], 0.5,
                                 "pattern"))  # fmt: skip
    return found


def _without_opening_words(name: str) -> str:
    """A capitalised run without the common words that open it, capitalised at a sentence's
    start ("Selon Marie Dupont": "Marie Dupont"; "La Ville": "Ville"), spaCy's French stop
    words.

    >>> _without_opening_words("Selon Marie Dupont"), _without_opening_words("La Ville Caraïbe")
    ('Marie Dupont', 'Ville Caraïbe')
    """
    while " " in name and name.split(" ", 1)[0].lower() in STOP_WORDS:
        name = name.split(" ", 1)[1].lstrip()
    return name


def _repeated(text: str, mentions: list[Mention]) -> list[Mention]:
    """The other uses of a body's acronym found once ("une publication soutenue par la DIACT
    ... un appel à projets de la DIACT"): the model may miss the acronym where it found it
    before, but print gives it to the same body throughout; not in the plural or after a
    programme ("les EPCI", "le programme X"), not inside a word (:func:`occurrences`).

    >>> found = [Mention("DIACT", 19, 24, "organization", "https://example.org/diact")]
    >>> text = "soutenue par la DIACT, puis par la DIACT et les DIACT-X."
    >>> [(m.start, m.entity) for m in _repeated(text, found)]
    [(35, 'https://example.org/diact')]
    """
    found: list[Mention] = []
    for mention in mentions:
        if mention.type != "organization" or not is_acronym(mention.text):
            continue
        for start, end in occurrences(text, mention.text):
            before = text[max(0, start - 40) : start]
            if PLURAL_BEFORE.search(before) or PROGRAMME.search(before):
                continue
            if any(m.start < end and start < m.end for m in [*mentions, *found]):
                continue
            found.append(Mention(mention.text, start, end, mention.type, mention.entity,
                                 mention.label, mention.score, "pattern"))  # fmt: skip
    return found


def _across(mention: Mention, others: list[Mention]) -> bool:
    """Whether a mention shares characters with one of ``others``."""
    return any(m.start < mention.end and mention.start < m.end for m in others)


def _some_of_a_kind(mention: Mention, text: str, gazetteer: Gazetteer) -> bool:
    """Whether the plural name of a collective comes after a bare "de" ("trois responsables de
    centres de ressources politique de la ville"): some bodies of the kind, not all of them as
    a group, which print names with the article ("des centres", "les 19 centres")."""
    entity = gazetteer.entities.get(mention.entity or "")
    if entity is None or not entity.collective or mention.text.isupper():
        return False
    return bool(INDEFINITE.search(text, max(0, mention.start - 10), mention.start))


def _a_role(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a body's name is a role of the vocabulary ("Premier ministre", "préfet"): print
    uses it for the person who holds it ("la signature du Premier ministre", "Édouard Philippe,
    alors Premier ministre"), which is a title for the titles to read, never a body mention,
    even where the graph has a body that goes by the same words."""
    return mention.type == "organization" and normalise(mention.text) in gazetteer.roles


WORD_STARTS = re.compile(r"(?<!\w)\w")
"""Where a word starts, after a space, a dash or an elision ("association" in "l'association")."""


def _in_a_role(mention: Mention, text: str, gazetteer: Gazetteer) -> bool:
    """Whether a body's name ends a role of the vocabulary printed with the words before it
    ("secrétaire d'État", "ministre d'État"): the words name an office, and the body the
    name goes by elsewhere ("l'État") is not mentioned.

    >>> text = "Hélène Geoffroy, secrétaire d'État chargée de la ville, et l'État."
    >>> gazetteer = Gazetteer([], roles={"secretaire d'etat"})
    >>> [_in_a_role(Mention("État", at, at + 4, "organization"), text, gazetteer)
    ...  for at in (text.index("État"), text.rindex("État"))]
    [True, False]
    """
    if mention.type != "organization":
        return False
    opens = max(0, mention.start - 40)
    return any(
        normalise(text[start.start() : mention.end]) in gazetteer.roles
        for start in WORD_STARTS.finditer(text, opens, mention.start)
    )


def _spelt_out(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, year: int | None
) -> list[Mention]:
    """A body introduced by its name and acronym (:mod:`crpv_graph.ingest.acronyms`): "la
    Délégation interministérielle à la ville (DIV)", "l'ancien PQA, Pays et Quartiers
    d'Aquitaine,". The name, the acronym and every later use of the acronym alone ("une étude
    menée par la DIV") are mentions of one body: the graph's if it knows one of them, else new.
    A name in lower case is a body's if it opens as the graph's names of bodies do ("le comité
    interministériel pour la modernisation de l'action publique (CIMAP)",
    :meth:`Gazetteer.opens_a_name`), not "les quartiers prioritaires de la ville (QPV)".

    >>> found = _spelt_out("à la Délégation interministérielle à la ville (DIV). La DIV...", [],
    ...                    Gazetteer([]), None)
    >>> [m.text for m in found]
    ['Délégation interministérielle à la ville', 'DIV', 'DIV']
    """
    pairs = [
        (spelling(text, *acronym.span("acronym")), acronym.span("acronym"))
        for acronym in BRACKETED_ACRONYM.finditer(text)
    ]
    pairs += [
        (spelled_after(text, m.start, m.end), (m.start, m.end))
        for m in mentions
        if m.type == "organization" and is_acronym(m.text)
    ]
    found: list[Mention] = []
    for name, acronym in pairs:
        if name is None:
            continue
        if not text[name[0]].isupper() and not gazetteer.opens_a_name(text[name[0] : name[1]]):
            continue
        spans = [name, *occurrences(text, text[acronym[0] : acronym[1]])]
        named = [
            m for m in [*mentions, *found]
            if m.type == "organization" and (m.start, m.end) in spans
        ]  # fmt: skip
        new = [
            _body(text[start:end], start, gazetteer, year)
            for start, end in spans
            if not any(m.start < end and start < m.end and m.type != "place"
                       for m in [*mentions, *found])
        ]  # fmt: skip
        linked = next((m for m in [*named, *new] if m.entity is not None), None)
        for mention in [*named, *new]:  # the acronym the model read alone is the name's too
            if linked is not None and mention.entity is None:
                mention.entity, mention.label, mention.score = linked.entity, linked.label, 0.9
        found += new
    return found


COMMUNE_HEAD = re.compile(r"\b(?:ville|commune|mairie)\s+(?:de\s+|d['’]\s*)$")
"""The noun that makes a commune's name the local authority's in lower case ("la ville de
Clichy-sous-Bois", "la commune d'Aubervilliers", "la mairie de Sada")."""


def _with_its_head(mention: Mention, text: str, gazetteer: Gazetteer, year: int | None) -> Mention:
    """A body named by its commune, with the noun printed before it (:data:`COMMUNE_HEAD`):
    where a commune is read as a body ("directeur de la ville de Clichy-sous-Bois et de la
    communauté d'agglomération"), "ville de" is part of the authority's name. Only a body: "la
    ville de Nantes" alone is a place.

    >>> text = "directeur de la ville de Sada et de la communauté de communes"
    >>> found = Mention("Sada", 25, 29, "organization", None, "Sada", 0.5, "pattern")
    >>> _with_its_head(found, text, Gazetteer([]), None).text
    'ville de Sada'
    """
    head = COMMUNE_HEAD.search(text, max(0, mention.start - 20), mention.start)
    if mention.type != "organization" or head is None:
        return mention
    named = _body(text[head.start() : mention.end], head.start(), gazetteer, year)
    if named.entity is None and mention.entity is not None:
        named.entity, named.label, named.score = mention.entity, mention.label, mention.score
    return named


def _listed_between(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, year: int | None
) -> list[Mention]:
    """The names an enumeration of bodies holds beside those that were found ("le CNV,
    Bpifrance et l'IRDSU", "l'ANRU, le CGET, l'USH et la Caisse des Dépôts", "trois membres,
    Lens-Liévin, Valenciennes Métropole et le Pays noyonnais"): a proper name or an acronym in a
    list of bodies is a body too, which the model may miss alone. First in a list, only before
    a body the list goes on after; last, only after two bodies listed together; or joined to a
    body by the same preposition ("à Clichy-sous-Bois et à la communauté d'agglomération")."""
    bodies = sorted((m for m in mentions if m.type == "organization"), key=lambda m: m.start)
    spans: list[tuple[int, int]] = []
    for body in bodies:
        before = max(0, body.start - 80)
        if LIST_GOES_ON.match(text, body.end):
            opening = LIST_OPENING.search(text, before, body.start)
            spans += [opening.span("name")] if opening else []
        coordinated = COORDINATED.search(text, before, body.start)
        spans += [coordinated.span("name")] if coordinated else []
    for first, second in pairwise(bodies):
        gap = BETWEEN_BODIES.fullmatch(text, first.end, second.start)
        if gap is not None:
            spans.append(gap.span("name"))
        if LISTED_TOGETHER.fullmatch(text, first.end, second.start) is not None:
            closing = LIST_CLOSING.match(text, second.end)
            spans += [closing.span("name")] if closing else []
    found: list[Mention] = []
    for start, end in spans:
        name = text[start:end]
        if normalise(name) in gazetteer.kinds:
            continue
        if any(m.start < end and start < m.end for m in [*mentions, *found]):
            continue
        found.append(_body(name, start, gazetteer, year))
    return found


def _completed(
    mention: Mention, text: str, gazetteer: Gazetteer, year: int | None
) -> Mention | None:
    """An organisation's mention with the rest of its name where print carries on past it, or
    None where it is only part of a word.

    - "CRPV-CS", "le contrat de plan Etat-Région": a name of the graph glued to more letters by
      a hyphen is not that name;
    - "le CRPV Paca", "du SGAR Occitanie": a kind's collective acronym followed by a proper
      name, in the singular, names one body of the kind (the graph's, if it has that name);
    - "la Caisse de Sécurité Sociale de Mayotte": a new name the model cut before "de" and a
      place the graph knows, or a country (:func:`national`: "l'Assemblée des districts de
      France"), goes on to it;
    - "en Conseil des ministres": a new name of one word that opens the graph's names of bodies
      (:meth:`Gazetteer.opens_a_name`), which the model cut before its complement in lower
      case, goes on to that complement; so does a new name whose last word and that complement
      are words the graph's names of bodies print together ("la Direction Déléguée Politique
      de la ville", as "centre de ressources politique de la ville":
      :meth:`Gazetteer.holds_words`).
    """
    after = text[mention.end : mention.end + 80]
    before = text[max(0, mention.start - 40) : mention.start]
    if re.match(r"-\w", after) or re.search(r"\w-$", before):
        return None
    entity = gazetteer.entities.get(mention.entity or "")
    if entity is not None and entity.collective and mention.text.isupper():
        qualifier = re.match(r" ([A-ZÀ-Ý][\w'’-]*)", after)
        if (
            qualifier
            and not PLURAL_BEFORE.search(before)
            and gazetteer.link(qualifier[1], "organization", year) is None
        ):
            end = mention.end + qualifier.end()
            return _body(text[mention.start : end], mention.start, gazetteer, year)
    if mention.entity is None:
        place = re.match(OF_NAME + "(" + NAME + ")", after)
        if place and (
            gazetteer.link(place[1], "place", year) is not None or national().search(place[0])
        ):
            end = mention.end + place.end()
            return _body(text[mention.start : end], mention.start, gazetteer, year)
        complement = COMPLEMENT.match(after)
        head = " " not in mention.text and gazetteer.opens_a_name(mention.text)
        if complement and (head or gazetteer.holds_words(mention.text.split()[-1] + complement[0])):
            end = mention.end + complement.end()
            return _body(text[mention.start : end], mention.start, gazetteer, year)
    return mention


COMPLEMENT = re.compile(r"\s+" + _OF + r"[a-zà-ÿ]{4,}\b")
"""A complement in lower case after a body's head noun: "des ministres" in "Conseil des
ministres"."""
GREATER = re.compile(r"\bGrand\s+(?P<place>" + NAME + ")")
"""An intercommunality named "Grand" and its main town ("le Grand Annecy", "Grand Poitiers")."""


def _greater(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, year: int | None
) -> list[Mention]:
    """The intercommunalities named "Grand" and a town the graph knows as a place
    (:data:`GREATER`), where no body's mention holds the name: "la présidence du Grand Annecy".
    A place the graph knows by the whole name ("Grand Est") stays a place.

    >>> from crpv_graph.ingest.gazetteer import Entity
    >>> gazetteer = Gazetteer([Entity("https://example.org/a", "place", {"Annecy"}),
    ...                        Entity("https://example.org/e", "place", {"Grand Est"})])
    >>> text = "Il préside le Grand Annecy ; la région Grand Est."
    >>> [m.text for m in _greater(text, [], gazetteer, None)]
    ['Grand Annecy']
    """
    found: list[Mention] = []
    for match in GREATER.finditer(text):
        if gazetteer.link(match["place"], "place", year) is None:
            continue
        if gazetteer.link(match[0], "place", year) is not None:
            continue
        start, end = match.span()
        if any(m.start <= start and end <= m.end for m in mentions if m.type == "organization"):
            continue
        found.append(_body(match[0], start, gazetteer, year))
    return found


def _national(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, year: int | None
) -> list[Mention]:
    """The national bodies named by a plural and their country (:func:`national_bodies`), where
    no body's mention holds the name and the graph does not know it as a place ("en Hauts de
    France", the region printed without its hyphens).

    >>> text = "Les Villes de France et l'Association des Petites Villes de France."
    >>> found = [Mention("Association des Petites Villes de France", 28, 68, "organization")]
    >>> [m.text for m in _national(text, found, Gazetteer([]), None)]
    ['Villes de France']
    """
    found: list[Mention] = []
    for match in national_bodies().finditer(text):
        name, end = _without_opening_words(match[0]), match.end()  # "Les Villes de France"
        start = end - len(name)
        if any(m.start <= start and end <= m.end for m in mentions if m.type == "organization"):
            continue
        place = gazetteer.link(name, "place", year)
        if place is None or place.score < 1.0:  # not "Île-de-France", fuzzily
            found.append(_body(name, start, gazetteer, year))
    return found


def named_bodies(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that name a body by a French naming pattern (:data:`BODY_NAMES`)
    or name a commune as a body (:data:`COMMUNE_CONTEXTS`).

    >>> text = "Le maire d'Annecy et le conseil régional d'Aquitaine, avec trois communes : "
    >>> text += "Bouéni, Chirongui et Sada. Deux communes y adhèrent : Bandrélé et Sada. Les "
    >>> text += "communes y sont représentées par leurs maires : Ada Roy et Jean Blanc."
    >>> [text[start:end] for start, end in named_bodies(text)]
    ['Annecy', "conseil régional d'Aquitaine", 'Bouéni', 'Chirongui', 'Sada', 'Bandrélé', 'Sada']
    """
    spans = [(match.start(), match.end()) for match in BODY_NAMES.finditer(text)]
    for context in COMMUNE_CONTEXTS.finditer(text):
        listed = "communes" in context[0]
        names: list[tuple[int, int]] = []
        at = context.end()
        while (name := PROPER_NAME.match(text, at)) is not None:
            if context["clause"] and PERSON_NOT_PLACE.match(name[0]):
                break  # "... par leurs maires : Ahmed Dupont": people, not communes
            names.append((name.start(), name.end()))
            joined = LISTED.match(text, name.end())
            if not listed or joined is None or not joined.group().strip():
                break  # a mayor is of one commune; a list goes on after a comma or "et"
            at = joined.end()
        if not listed or len(names) > 1:  # "les communes de France" is no list of communes
            spans += names
    return sorted(spans)


def _named_body(
    text: str, start: int, end: int, gazetteer: Gazetteer, year: int | None,
    titled: TitledBodies | None,
) -> Mention:  # fmt: skip
    """The mention of a body :func:`named_bodies` found: a mayor's commune is the authority
    titles place the mayor at, fuzzily named ("maire d'Anecy"); any other, by its name."""
    mayor = MAYOR.search(text, max(0, start - 20), start)
    if mayor and titled:
        commune = titled.commune(text, mayor.start() + len("maire"), end, year)
        entity = gazetteer.entities.get(commune[0]) if commune else None
        if commune and entity:
            return Mention(text[start:end], start, end, entity.type, entity.iri, entity.label,
                           commune[2], "pattern")  # fmt: skip
    return _body(text[start:end], start, gazetteer, year)


def _body(text: str, start: int, gazetteer: Gazetteer, year: int | None) -> Mention:
    """An organisation named by a pattern: the graph's entity of that exact name, else new."""
    link = gazetteer.link(text, "organization", year)
    if link is not None and link.score == 1.0:
        entity = link.entity
        return Mention(text, start, start + len(text), entity.type, entity.iri, entity.label,
                       link.score, "pattern")  # fmt: skip
    return Mention(text, start, start + len(text), "organization", None, text, 0.5, "pattern")


def _mention(
    span: Span, body: str, gazetteer: Gazetteer, year: int | None, people: dict[str, str],
    governing: bool = False,
) -> Mention | None:  # fmt: skip
    text = span.text.strip(" ,.;:«»\"'’()•·|")  # "Julie Moreau •": a post's byline mark
    start = span.start_char + span.text.index(text) if text else span.start_char
    article = ARTICLE_BEFORE_ACRONYM.match(text)
    if article:  # "Le CESER y siège": the sentence's article, read into the acronym
        text, start = text[article.end() :], start + article.end()
    kind = SPACY_TYPES.get(span.label_)
    if kind == "person" and ADDRESSED_OFFICE.match(text):
        return None  # "Mme la Préfète", "M. le Maire": an office addressed, no one's name
    civility = CIVILITY.match(text) if kind == "person" else None
    if civility:  # "DR A. KEITA", "Mme Dupont": the name is what follows the civility
        text, start = text[civility.end() :], start + civility.end()
    particle = SURNAME_AFTER.match(body, start + len(text)) if kind == "person" else None
    if particle and " " not in text:  # "Corinne de la Mettrie", the model read "Corinne" alone
        text = body[start : particle.end()]
    if kind == "organization":
        text, start = _the_quoted_name(text, start, body, gazetteer)
    before = body[max(0, span.start_char - 150) : span.start_char]
    if kind == "person" and _named_as_a_kind(before, body[span.end_char :], gazetteer):
        kind = "organization"  # "le GIP « Maore Ouvoimoja »": a body's name, in quotes
    if kind == "person" and _defined_as_a_kind(body[span.end_char : span.end_char + 90], gazetteer):
        kind = "organization"  # "Maoré Ouvoimoja, c'est le centre de ressources ..."
    if kind == "person" and not civility and (gazetteer.holds_a_noun(text) or _abstract(text)):
        kind = "organization"  # "Trajectoire Ressources a quitté Montbéliard": no one's name
    article = ARTICLE_BEFORE_NAME.match(text) if kind == "organization" else None
    # "L'Assemblée des Communautés de France (AdCF)": the sentence's article, when the name
    # after it is a known body's or its acronym follows; not "La Poste", part of its name
    if article and (
        BRACKETED_ACRONYM.match(body, span.end_char)
        or gazetteer.link(text[article.end() :], kind, year)
    ):
        text, start = text[article.end() :], start + article.end()
    source = "ruler" if span.ent_id_ or span.label_ in RULER_LABELS.values() else "model"
    link = gazetteer.link(text, kind, year) if kind else None
    if link is None and kind == "organization" and text.isupper() and " " not in text:
        link = gazetteer.link(text, "place", year)  # "POITIERS", a local daily's dateline
    if link is None and kind == "organization" and text != _without_participle(text):
        text = _without_participle(text)  # "le Fonds d'action sociale présidé par le préfet"
        link = gazetteer.link(text, kind, year)
    if link is None and span.label_ == "MISC":
        link = gazetteer.link(text, "organization", year)
        # "à l'initiative du CRIPI": an acronym after the article of one body is a body's
        kind = "organization" if link or (is_acronym(text) and ONE_BODY.search(before)) else None
    if kind is None:
        return None
    if link is None and kind == "person":
        surname = normalise(text)
        if surname in people:
            entity = gazetteer.entities.get(people[surname])
            if entity is not None:
                return Mention(text, start, start + len(text), kind, entity.iri, entity.label,
                               0.9, source)  # fmt: skip
    if link is None:
        if kind in ("place", *NO_BODIES) or _a_kind(text, before, gazetteer):
            return None  # a place matters only as the graph's own (an event's location)
        if PORTFOLIO.search(before) or PUBLICATION.search(before) or PROGRAMME.search(before):
            return None
        if PROJECT_OF.search(before) and gazetteer.opens_a_name(text):
            return None  # "le projet d'Institut des Métiers de la Ville": a body to be
        if _a_code(text, start, body, gazetteer):
            return None
        if kind == "organization" and _a_common_word(
            text, before, body[start + len(text) :], gazetteer
        ):
            return None
        if not (governing or civility or _looks_like_a_name(text, kind)):
            return None
        return Mention(text, start, start + len(text), kind, None, text, 0.5, source)
    if kind == "person":
        people[normalise(text).split(" ")[-1]] = link.entity.iri
    return Mention(
        text, start, start + len(text), link.entity.type, link.entity.iri, link.entity.label,
        link.score, source,
    )  # fmt: skip


PARTICIPLE = r"(?!(?:plus|nous|vous|tous|sous)\b)[a-zà-ÿ]{2,}(?:é|és|ées|u|us)\b"
"""A past participle in lower case ("rendu", "détaillé", "tenues"): not the present of a verb,
which a body opening a sentence is followed by ("Cerema salue", "crée", "contribue", "continue":
"-ue" and "-ée" end both), nor a word of two letters ("du") or a pronoun or adverb ("vous",
"plus")."""
COMPLEMENT_AFTER = re.compile(
    r"[^\S\n]+(?:" + french.OF + r"(?:(?<=['’])|[^\S\n])|sur[^\S\n]|" + PARTICIPLE + ")"
)
"""A noun's complement or participle right after it ("Départ de M. X", "Retour sur la
journée", "Compte rendu"): a common noun phrase; a body opening a sentence is followed by
its verb ("Normanvilles a été labellisé", "Normanvilles organise")."""
PARTICIPLE_AFTER_NOUN = re.compile(r"[^\W\d_]+[^\S\n]+" + PARTICIPLE)
"""A noun and the participle that makes it a phrase of common words ("Compte rendu - Séance du
11 avril", "Bilan détaillé"): a heading opening a line, where a body's name puts an adjective
or a complement after its noun ("Agence nationale", "Centre de ressources", "Institut du
Développement Local")."""


def _a_common_word(text: str, before: str, after: str, gazetteer: Gazetteer) -> bool:
    """Whether an unknown name, not an acronym, opening a sentence or a heading, is common words
    capitalised there as any word opening one is: one noun with its complement after it
    (:data:`COMPLEMENT_AFTER`: "Départ de M. X, préfet"), not a noun that opens the graph's names
    of bodies, which the model cut before its complement (:meth:`Gazetteer.opens_a_name`:
    "Observatoire des inégalités"); or a noun and its participle (:data:`PARTICIPLE_AFTER_NOUN`:
    "Compte rendu - Séance").

    >>> gazetteer = Gazetteer([Entity("https://example.org/o", "organization",
    ...                               {"Observatoire national de la politique de la ville"})])
    >>> _a_common_word("Départ", "Communiqué\\n\\n", " de M. Paul Durand, préfet", gazetteer)
    True
    >>> _a_common_word("Compte rendu - Séance", "âgés\\n", " du jeudi 11 avril 2013", gazetteer)
    True
    >>> _a_common_word("Normanvilles", "en 2015.\\n", " a été labellisé", gazetteer)
    False
    >>> _a_common_word("Cerema", "en 2015.\\n", " contribue au débat", gazetteer)
    False
    >>> _a_common_word("Observatoire", "", " des inégalités publie", gazetteer)
    False
    >>> _a_common_word("Institut du Développement Local", "Partenaires\\n", "", gazetteer)
    False
    >>> _a_common_word("Agence nationale de la cohésion", "", " des territoires", gazetteer)
    False
    """
    if text.isupper() or (before.strip() and not SENTENCE_START.search(before[-10:])):
        return False
    if " " in text:
        return PARTICIPLE_AFTER_NOUN.match(text) is not None
    return COMPLEMENT_AFTER.match(after) is not None and not gazetteer.opens_a_name(text)


def _without_participle(name: str) -> str:
    """A body's name without the past participle the model ran it into ("le Fonds d'action
    sociale présidé par le préfet"). After a preposition or an article, a noun in "-é" is part
    of the name ("Agence régionale de santé", "Observatoire de la précarité").

    >>> _without_participle("Fonds d'action sociale présidé")
    "Fonds d'action sociale"
    >>> _without_participle("Agence régionale de santé"), _without_participle("Comité")
    ('Agence régionale de santé', 'Comité')
    """
    participle = PARTICIPLE_AFTER.search(name)
    if participle is None or participle["previous"].lower() in JOINING_WORDS:
        return name
    if participle["previous"].endswith(("'", "’")):
        return name
    return name[: participle.start("previous") + len(participle["previous"])]


def _a_kind(text: str, before: str, gazetteer: Gazetteer) -> bool:
    """Whether an unknown name says what a body is rather than which: a kind of the vocabulary
    ("GIP", "association"), or an acronym in the plural ("les EPCI", "des CCAS").

    >>> gazetteer = Gazetteer([], kinds={"gip"})
    >>> _a_kind("GIP", "du ", gazetteer), _a_kind("EPCI", "parmi ses membres les ", gazetteer)
    (True, True)
    >>> _a_kind("CNFPT", "le ", gazetteer)
    False
    """
    if normalise(text) in gazetteer.kinds:
        return True
    return text.isupper() and " " not in text and bool(PLURAL_BEFORE.search(before))


def _a_code(text: str, start: int, body: str, gazetteer: Gazetteer) -> bool:
    """Whether an unknown acronym printed in brackets spells nothing before it ("une
    plate-forme d'intelligence collective (DECIDIM)"): a product or a code, not a body.

    >>> gazetteer = Gazetteer([])
    >>> body = "une plate-forme d'intelligence collective (DECIDIM) et l'Union sociale pour "
    >>> body += "l'habitat (USH)"
    >>> [_a_code(a, body.index(a), body, gazetteer) for a in ("DECIDIM", "USH")]
    [True, False]

    A programme's or a contract's acronym is no body's either ("le contrat de plan État-Région
    (CPER)"), nor one that spells a name in lower case that opens unlike the graph's names of
    bodies ("les quartiers prioritaires de la ville (QPV)": places).

    >>> body = "dans le cadre du contrat de plan État-Région (CPER) et des quartiers "
    >>> body += "prioritaires de la ville (QPV)"
    >>> [_a_code(a, body.index(a), body, gazetteer) for a in ("CPER", "QPV")]
    [True, True]
    """
    bracketed = body[start - 1 : start] == "(" and body[start + len(text) :].startswith(")")
    if not (bracketed and text.isupper() and " " not in text):
        return False
    name = spelling(body, start, start + len(text))
    if name is None or SPELT_PROGRAMME.match(body, name[0]) is not None:
        return True
    return body[name[0]].islower() and not gazetteer.opens_a_name(body[name[0] : name[1]])


SENTENCE_START = re.compile(r"(?:[.!?:]\s+|\n\s*)$")
PARTICIPLE_THEN_LOWER = re.compile(r"[^\W\d_]+(?:é|ée|és|ées|is|ie|ies|us|ue|ues)\s+[a-zà-ÿ]")


CUT_SHORT = re.compile(r"\s(?:" + french.OF + r"|à|au|aux|et|pour|sur|la|le|les|l|d|qu)$")


def _cut_short(mention: Mention) -> bool:
    """Whether a new organisation's name ends with a preposition or an article ("Direction de la
    communication du", its body read apart), or an elided one, its apostrophe left out
    ("Assemblée générale de l", from "Assemblée générale de l'IREV"): the model cut a longer
    phrase, whose part is no name.

    >>> _cut_short(Mention("Direction de la communication du", 0, 32, "organization"))
    True
    >>> _cut_short(Mention("Assemblée générale de l", 0, 23, "organization"))
    True
    >>> _cut_short(Mention("Villes au Carré", 0, 15, "organization"))
    False
    """
    return (
        mention.type == "organization"
        and not mention.entity
        and bool(CUT_SHORT.search(mention.text))
    )


def _opening_participle(text: str, start: int, body: str) -> bool:
    """Whether an unknown one-word name is a past participle opening its sentence, followed by
    words in lower case ("Réunis en assemblée générale le 8 avril 2010, les adhérents ...",
    "Créée en 1993, l'association"): capitalised there for the sentence, not for a name.

    >>> body = "Vie de l'association\\n\\nRéunis en assemblée, les adhérents ont élu leur bureau."
    >>> _opening_participle("Réunis", body.index("Réunis"), body)
    True
    >>> _opening_participle("Normanvilles", 0, "Normanvilles a été labellisé.")
    False
    """
    if " " in text or not (start == 0 or SENTENCE_START.search(body, max(0, start - 10), start)):
        return False
    participle = PARTICIPLE_THEN_LOWER.match(body, start)
    return participle is not None and participle.end() - 1 > start + len(text)


def _the_quoted_name(text: str, start: int, body: str, gazetteer: Gazetteer) -> tuple[str, int]:
    """The name quoted after a kind in a body's name the graph has ("GIP politique de la ville
    « Maore Ouvoimoja »": "Maore Ouvoimoja", where it starts), as print's "le GIP « X »" names
    X (:func:`_named_as_a_kind`); else the name and its start as they are."""
    quote = text.rfind("«")
    if not 0 < quote < len(text) - 1:
        return text, start
    before = body[max(0, start + quote - 150) : start + quote + 1]
    if not _named_as_a_kind(before, body[start + len(text) :], gazetteer):
        return text, start
    quoted = text[quote + 1 :].lstrip()
    return quoted, start + len(text) - len(quoted)


def _named_as_a_kind(before: str, after: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is printed in quotes right after a kind of body ("le GIP « Maore
    Ouvoimoja »", "l'association « X »"), or after a kind and its complement ("le GIP politique
    de la ville « Maore Ouvoimoja »"): the name of that body, whatever it sounds like.

    >>> gazetteer = Gazetteer([], kinds={"gip"})
    >>> before = "le groupement d'intérêt public (GIP) politique de la ville « "
    >>> _named_as_a_kind(before, " ».", gazetteer), _named_as_a_kind("avec « ", " ».", gazetteer)
    (True, False)
    """
    if not after.lstrip().startswith("»"):
        return False
    starts = WORD_STARTS.finditer(before, max(0, len(before) - 80))
    kinds = (QUOTED_AFTER_KIND.match(before, start.start()) for start in starts)
    return any(kind and normalise(kind[1]) in gazetteer.kinds for kind in kinds)


DEFINED_AS = re.compile(
    r"\s*(?:,\s*c['’]est|,?\s+(?:est|était)|,)\s+(?:une|un|le|la|l['’])\b\s*", re.I
)
"""What says what a name is: "X, c'est le ...", "X est une ...", "X, l'association ..."."""


def _defined_as_a_kind(after: str, gazetteer: Gazetteer) -> bool:
    """Whether the words after a name say it is a kind of body of the graph ("Maoré Ouvoimoja,
    c'est le Centre de ressources politique de la ville ...", "X est une association"): a
    body's name, however much it sounds like a person's.

    >>> gazetteer = Gazetteer([], kinds={"association"})
    >>> _defined_as_a_kind(" est une association de quartier", gazetteer)
    True
    >>> _defined_as_a_kind(", le directeur de l'association", gazetteer)
    False
    """
    opening = DEFINED_AS.match(after)
    if opening is None:
        return False
    words = " " + normalise(after[opening.end() :]) + " "
    return any(words.startswith(f" {kind} ") for kind in gazetteer.kinds)


def _looks_like_a_name(text: str, kind: str) -> bool:
    """Keep a mention the graph does not know only if it reads like a proper name: a person's,
    capitalised words, a particle between them ("Corinne de la Mettrie", "Jean d'Ormesson").

    >>> _looks_like_a_name("Corinne de la Mettrie", "person")
    True
    >>> _looks_like_a_name("Jean d'Ormesson", "person")
    True
    >>> _looks_like_a_name("Corinne de la", "person"), _looks_like_a_name("la Mettrie", "person")
    (False, False)
    >>> _looks_like_a_name("Photo 1 - Journée", "person")
    False
    """
    words = PARTICLE.sub(" ", text).split()
    if len(text) < 3 or not text[0].isupper():
        return False
    if kind == "person":
        if any(character.isdigit() for character in text):
            return False  # "Photo 1 - Journée": a caption's number, never in a person's name
        return 2 <= len(words) <= 4 and all(w[0].isupper() for w in words if w[0].isalpha())
    if kind == "organization":
        return len(words) <= 10 and (text.isupper() or sum(w[0].isupper() for w in words) >= 1)
    return kind == "place"


def find_dates(text: str) -> list[Mention]:
    """French dates ("14 et 15 juin", "21 octobre 2021", "juin 2018") as ``date`` mentions.

    >>> [m.text for m in find_dates("Le 3 mai, en mai, puis en juin 2018 et le 14 juin dernier.")]
    ['3 mai', 'juin 2018', '14 juin dernier']
    >>> [m.text for m in find_dates("Rendez-vous le 8 fév. 2024, puis le 14/06/2024 ; sept ans.")]
    ['8 fév. 2024', '14/06/2024']
    """
    dates = [
        match
        for match in DATE.finditer(text)
        if match.group("day") or match.group("year") or match.group("relative")
    ]
    dates += NUMERIC_DATE.finditer(text)
    return [
        Mention(match.group(0), match.start(), match.end(), "date", None, None, 1.0, "pattern")
        for match in sorted(dates, key=lambda match: match.start())
    ]


def date_value(text: str, article_date: str) -> tuple[str, str]:
    """The ISO start and end a French date phrase gives: a day ("2018-06-14") or, for a month
    without a day, a month ("2018-06"); ``("", "")`` if it cannot be dated.

    A phrase without a year takes it from the article's date (``YYYY[-MM[-DD]]``): the
    occurrence of that day in the year before, of or after the article's year that is nearest
    to the article's date; "dernier" takes the latest one not after it, "prochain" the earliest
    one not before it. A weekday printed before the day keeps the years in which the day falls
    on it ("vendredi 24 mars" on a page of April 2018: 24 March 2017). An article dated by its
    year only gives its year; an undated article dates only a phrase that prints its year.

    >>> date_value("14 et 15 juin dernier", "2018-06-20")
    ('2018-06-14', '2018-06-15')
    >>> date_value("21 et 22 octobre", "2021-11-02"), date_value("12 décembre", "2022-01-10")
    (('2021-10-21', '2021-10-22'), ('2021-12-12', ''))
    >>> date_value("12 décembre prochain", "2022-11-10"), date_value("juin 2018", "")
    (('2022-12-12', ''), ('2018-06', ''))
    >>> date_value("vendredi 24 mars", "2018-04-16"), date_value("samedi 24 mars", "2018-04-16")
    (('2017-03-24', ''), ('2018-03-24', ''))
    >>> date_value("14 juin", ""), date_value("31 juin 2018", "")
    (('', ''), ('', ''))
    >>> date_value("8 fév.", "2024-01-30"), date_value("14/06/2018", "")
    (('2024-02-08', ''), ('2018-06-14', ''))
    >>> date_value("31/06/2018", ""), date_value("14/13/2018", "")
    (('', ''), ('', ''))
    """
    match = NUMERIC_DATE.search(text) or DATE.search(text)
    if match is None:
        return "", ""
    parts = match.groupdict()  # a date in figures has no "last" day nor "relative" word
    name = parts["month"].lower()
    month = int(name) if name.isdigit() else MONTHS.get(name) or MONTH_ABBREVIATIONS[name]
    if not 1 <= month <= 12:
        return "", ""
    day = match.group("day")
    first = None if day is None else 1 if day.lower() == "1er" else int(day)
    year = int(match.group("year")) if match.group("year") else None
    if year is None:
        weekday = WEEKDAY_FIRST.match(text)
        year = _year_of(
            month,
            first,
            (parts.get("relative") or "").lower(),
            article_date,
            WEEKDAYS.index(weekday.group(1).lower()) if weekday else None,
        )
    if year is None:
        return "", ""
    if first is None:
        return f"{year:04d}-{month:02d}", ""
    last = int(parts["last"]) if parts.get("last") else None
    try:
        start = calendar_date(year, month, first)
        end = calendar_date(year, month, last) if last and last > first else None
    except ValueError:  # "31 juin"
        return "", ""
    return start.isoformat(), end.isoformat() if end else ""


def _year_of(
    month: int, day: int | None, relative: str, article_date: str, weekday: int | None = None
) -> int | None:
    """The year of a day and month the text prints without one (see :func:`date_value`); of
    those years, the ones in which the day falls on the ``weekday`` it prints (0: Monday), if
    any does."""
    parts = [int(part) for part in article_date.split("-") if part.isdigit()]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    year = parts[0]
    reference = year * 12 + parts[1] - 1 + ((parts[2] if len(parts) > 2 else 15) - 1) / 31

    def when(candidate: int, default_day: int) -> float:
        return candidate * 12 + month - 1 + ((day or default_day) - 1) / 31

    years: tuple[int, ...] = (year - 1, year, year + 1)
    if weekday is not None and day is not None:
        years = tuple(y for y in years if _weekday_of(y, month, day) == weekday) or years
    if relative.startswith("derni"):
        past = [y for y in years if when(y, 1) <= reference]
        return max(past) if past else None
    if relative.startswith("prochain"):
        future = [y for y in years if when(y, 31) >= reference]
        return min(future) if future else None
    return min(years, key=lambda y: abs(when(y, 15) - reference))


def _weekday_of(year: int, month: int, day: int) -> int | None:
    """The weekday (0: Monday) of a day of the calendar, None for one it lacks ("31 juin")."""
    try:
        return calendar_date(year, month, day).weekday()
    except ValueError:
        return None
