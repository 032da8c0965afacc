"""The event an article reports, read from the article as a whole.

An article about a meeting rarely holds its kind and its date in one sentence: the title says
"assemblée générale", the opening "les 14 et 15 juin derniers", a later sentence "à Paris". So
the event is read in four steps:

1. **Triggers**: every French name of a kind of event, read from the ontology
   (``event-kinds.rq``: the rdfs:label and skos:altLabel of the subclasses of schema:Event), so
   a new word is added to the vocabulary, not to the code. The longest name wins ("rencontre
   nationale" over "rencontre"); "national" just after a trigger ("journée ... nationale") gives
   the kind most of whose names say "national".
2. **Dates**: each trigger is paired with the nearest date of its sentence (confidence 0.8),
   else of its paragraph (0.65), else the title's date (0.55), else the nearest date of the text
   that no trigger claimed (0.45); a trigger in the title, with the title's date, else the first
   date of the text. A date without a year is resolved against the article's date
   (:func:`~crpv_graph.ingest.recognise.date_value`); an undated article has only the dates
   that print their year. The page's own date ("Publié le 20 juin 2018") dates no event.
3. **The reported event**: candidates of one date count together; the best is the best paired,
   raised when it is in the title or early in the text and when the graph holds an event that
   day, lowered when its kind is one the graph knows only as a part of another event (a round
   table, a pitch: the article reports the meeting they belong to).
4. **Linking**: before a new event is proposed, the graph's top-level events are searched
   (``events.rq``): the same start day (else a day within an event's dates; the same month when
   the text gives a month only), then the same place, then a compatible kind. A linked event
   has the graph's kind, unless the article names a subclass of it.

The event's own statements (rdf:type, schema:startDate, schema:endDate, schema:location) each
carry the sentence they rest on and the confidence of the pairing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date as Day
from datetime import timedelta
from functools import lru_cache
from itertools import chain

from crpv_graph.ingest.article import Article
from crpv_graph.ingest.cues import cue_tables
from crpv_graph.ingest.extract import EVENT, SCHEMA, sentences
from crpv_graph.ingest.french import OF
from crpv_graph.ingest.gazetteer import ingest_query
from crpv_graph.ingest.memberships import OUR_BEFORE, opening_body, page_body
from crpv_graph.ingest.recognise import (
    MONTHS,
    WEEKDAY_FIRST,
    WEEKDAYS,
    Mention,
    date_value,
    find_dates,
    strip_accents,
)
from crpv_graph.ingest.relations import expand, members_of, phrase, reference
from crpv_graph.ingest.statements import Statement
from crpv_graph.namespaces import PREFIXES
from crpv_graph.query import Target, text_rows
from crpv_graph.query.terms import XSD

RDF_TYPE = PREFIXES["rdf"] + "type"
DATATYPES = {10: XSD + "date", 7: XSD + "gYearMonth", 4: XSD + "gYear"}
SENTENCE, PARAGRAPH, TITLE, UNCLAIMED = 0.8, 0.65, 0.55, 0.45
"""Confidence of a trigger's date, by where the date stands (see the module docstring)."""
LOOSE = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]",
         "c": "[cç]", "'": "['’]"}  # fmt: skip
NATIONAL = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+nationa(?:l|le|ux|les)\b", re.IGNORECASE)
OF_PLACE = re.compile(r"\b(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?$", re.IGNORECASE)
"""What stands before a place that is not where an event is held (see ``_Reading``)."""
OF_BODY = re.compile(r"(?:\s+(?:[^\W\d_]+|\d{4}))?\s+" + OF + r"\s*", re.IGNORECASE)
"""Between an event's name and the body it is of: "l'assemblée générale annuelle de l'IREV",
"Assemblée générale 2022 de Villes au Carré"."""
MEMBERS_CONVENED = re.compile(
    r"\b(?:réuni\w*|rassembl\w*|convoqu\w*)\s+(?:ses|leurs)\s+(?:adhérent|membre)s\s+"
    r"(?:en|pour|à)\s+(?:son\s+|leur\s+|l['’])?$",
    re.IGNORECASE,
)
"""Between a body and its own event: "X réunissait ses adhérents en assemblée générale"."""
GATHERED = re.compile(
    r"(?:\s+[^\W\d_]+)?\s+(?:des|pour\s+les|entre\s+les)\s+(?:[^\W\d_]+\s+des\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
"""Between an event's name and the bodies it gathers, in the plural: "la rencontre nationale des
centres de ressources", "le regroupement annuel des équipes des CRPV", "une journée pour les
19 CRPV" (not "la journée de l'ANRU": a body's own day)."""
AT_OF_PLACE = re.compile(
    r"\b(?:à|au|dans)\s+(?:la\s+|l['’]\s*|le\s+)?[^\W\d_]+\s+(?:de\s+la|de|du|d['’])\s*$",
    re.IGNORECASE,
)
"""Where a place after "de" is where something is held: "à la préfecture de Mamoudzou"."""
AT_PLACE = re.compile(r"\b(?:à|en|au|aux|dans)\s+(?:la\s+|l['’]\s*)?$", re.IGNORECASE)
"""What stands before the place where something is held ("à Nantes", "en Guadeloupe")."""
WITHIN = re.compile(r"\s*(?:,\s*(?:en|dans|au)\s+(?:la\s+|le\s+|l['’]\s*)?|\(\s*)", re.I)
"""Between a place and the larger one it lies in, which says where it is, not another place:
"Pantin, en Seine-Saint-Denis", "Pantin (Seine-Saint-Denis)", "Lyon, dans le Rhône"."""
PUBLISHED = re.compile(
    r"(?:publi(?!cs?\b|ques?\b)|mis en ligne|mise? à jour|modifi|paru|sorti)\w*[^\w.!?]+"
    r"(?:le\s+)?$",
    re.I,
)
"""What precedes the date a page or a publication prints as its own ("Publié le", "Mis à jour
le", "est paru le 3 mai", "Parution : 3 mai"); not the adjective "public" nor a word of the
sentence before ("un groupement d'intérêt public. Vendredi 24 mars, ...")."""
SINCE = re.compile(
    r"\bdepuis\s+(?:(?:celle|celui|celles|ceux)\s+(?:de|du|d['’])\s*|le\s+|l['’]\s*)?$", re.I
)
"""What precedes a date that starts a state ("la première rencontre depuis juin 2019", "depuis
celle de juin 2019": since an earlier one), not one when something took place."""
ACT = r"(?:\s+n°\s*[\w./-]+)?\s+(?:en\s+date\s+)?(?:du|d['’])\s*$"
"""What follows the name of a text (``cues.toml`` [events] acts) before the date it bears."""
PART_OF_MONTH = re.compile(
    r"\b(?:fin|début|courant|mi-|à\s+la\s+mi-)\s*(?:de\s+|d['’]\s*)?"
    r"(?P<month>" + "|".join(MONTHS) + r")\b(?!\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)
"""A part of a month without its year, which the date phrases leave out: "fin mai", "début
juin", "mi-octobre", "courant mars" (with a year, "fin mai 2013", the month is one already)."""
MONTH_SPAN = re.compile(
    r"\b(?:de|d['’]|entre)\s*(?P<first>" + "|".join(MONTHS) + r")\s+"
    r"(?:à|a|et|jusqu['’](?:à|a|en))\s+(?P<last>" + "|".join(MONTHS) + r")\b"
    r"(?:\s+(?P<year>(?:19|20)\d{2})\b)?",
    re.IGNORECASE,
)
"""Months from one to another, which the date phrases read as one month at most: "de janvier à
mai", "entre mars et juin", "d'octobre jusqu'en décembre 2014" (a working group's, a cycle's)."""
WEEKDAY = re.compile(
    r"(?<!\bdu )(?<!\bau )(?<!\ble )(?<!\bchaque )\b(?P<day>" + "|".join(WEEKDAYS) + r")\b"
    r"(?:\s+(?P<which>dernier|prochain))?"
    r"(?!\s+(?:\d|1er|soir|matin|midi|après-midi))",
    re.IGNORECASE,
)
"""A weekday without its date, the page's week: "a inauguré jeudi son siège", "mardi dernier",
"jeudi prochain" (not "jeudi 8 février", a date phrase; nor "jeudi soir"... which a time of day
follows; nor "du lundi au vendredi", "le jeudi", "chaque jeudi": a week's days, a habit)."""
RELATIVE_DAYS: dict[str, int] = cue_tables()["events"]["relative_days"]
"""The days back from the page's of a moment it dates from its own ([events] relative_days)."""
RELATIVE = re.compile(
    r"(?<!\bd['’])(?<!\bde )\b(?:(?P<day>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(RELATIVE_DAYS, key=len)[::-1])
    + r")|(?P<week>cette\s+semaine|la\s+semaine\s+(?:dernière|passée)))\b",
    re.IGNORECASE,
)
"""A moment a news report dates from its own day: "hier", "avant-hier" (that day), "ce matin",
"cet après-midi", "ce soir" (the page's day), "cette semaine", "la semaine dernière" (its month:
the day is not told); not "les quartiers d'hier"."""
QUALIFIER = re.compile(r"\b[^\W\d_]{3,}\s+(?:de|d['’])\s*$", re.IGNORECASE)
"""A noun and a bare "de" before a kind's name, which then qualifies the noun ("un document de
présentation", "une salle de réunion"), not an event; "lors de la présentation" has an article."""
ORDINAL = re.compile(r"\b(\d+\s*(?:e|ème|eme|è|er|ère|re))\s+$", re.IGNORECASE)
SUBJECT = re.compile(r"[^.;:!?,]{0,30}")
"""What may stand between an event's name and its verb ("la rencontre nationale a réuni")."""
PLUPERFECT = re.compile(
    r"\b(?:avait|avaient)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?:é|ée|és|ées|i|ie|is|u|ue|us|t|te)\b",
    re.IGNORECASE,
)
"""A verb in the pluperfect ("avait été présenté", "l'avait précédée"): an event told as what
came before the one reported."""
THEN = re.compile("|".join(map(phrase, cue_tables()["events"]["then"])), re.I)
"""A pluperfect set in a past moment ("les CRPV avaient alors accueilli X", "les centres
s'étaient alors réunis à Nantes, accueillis par RésO Villes"), or a passive of what has already
been ("l'État a déjà été représenté à la présidence par X, tandis que Y en assurait la
vice-présidence"): that moment's, before the one reported (``cues.toml`` [events] then)."""
HISTORY = re.compile("|".join(cue_tables()["events"]["history"]), re.I)
"""A sentence set in a past seen from the text's own time ("notre présidente d'alors", "à
l'époque": ``cues.toml`` [events] history): an event told there is background, as in the
pluperfect."""
PRESENTED = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?,?\s*(?:"
    + "|".join(map(phrase, cue_tables()["events"]["presented"]))
    + ")",
    re.I,
)
"""A copula that presents the body named right before it, its acronym in brackets between:
"L'IREV est un groupement", "Villes au Carré (VAC) est une association" (``cues.toml`` [events]
presented)."""
BESIDES = re.compile("|".join(cue_tables()["events"]["besides"]), re.I)
"""What says a sentence tells another gathering of the day ("Le même jour, l'assemblée générale
de l'IREV", "aussi": ``cues.toml`` [events] besides), whose body is no organiser of the one
reported."""
PRESENTATION = re.compile("|".join(cue_tables()["events"]["presentation"]), re.I)
"""The title of a page presenting its body ("Qui sommes-nous ?": ``cues.toml`` [events]
presentation), which reports no gathering."""
INTERVIEW = re.compile("|".join(cue_tables()["events"]["interview"]), re.I | re.M)
"""A page that says it is an interview ("Entretien avec X", "ENTRETIEN": ``cues.toml`` [events]
interview), searched in its title, matched at the head of its first line."""
RANGE = re.compile(
    r"(?:(?:" + "|".join(WEEKDAYS) + r")\s+)?\d{1,2}(?:er)?\s+"
    r"[^\W\d_]+\s+(?:au|et)\s+(?:le\s+)?",
    re.IGNORECASE,
)
"""A first day and its month, then "au" or "et" before the second day: "30 juin au [2 juillet]",
"lundi 30 septembre et le [mardi 1er octobre]"."""
# A dateline: a place opening its sentence (after a caption's bracketed mark: "[Photo 1]"), a
# comma, then a day, a weekday or "le" before it or not ("Poitiers, mardi 9 octobre 2007",
# "Lille, le 28 novembre 2018").
DATELINE_OPENS = re.compile(r"(?:\[[^\]\n]{0,30}\]|[^\w\n])*")
DATELINE_GAP = re.compile(
    r"\s*,\s*(?:le\s+)?(?:(?:" + "|".join(WEEKDAYS) + r")\s+)?", re.IGNORECASE
)
DATELINE = 0.6
# A heading: one line, short, closed by no stop ("2. Rappel des décisions de l'assemblée du 24
# mars 2017", "Activités hébergées"), unlike a sentence or a line that opens a list (":").
HEADING = re.compile(r"[^\n]{1,100}(?<![.!?:;,])")
STEPS = 3
"""The dates, in one sentence or in lines in a row, of a calendar (see ``_calendar``)."""
AWAY = 31
"""The days from an event's dates beyond which a date is another moment's."""
NEWS = 92
"""The days from an article's date within which what it tells of is news (a season): a text
whose events all lie further tells a history (see ``_Reading.chronicle``)."""
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
IN_YEAR = re.compile(r"\b(?:en|depuis|dès|jusqu['’]en|avant|après)\s+((?:19|20)\d{2})\b", re.I)
"""A year said as a moment ("en 1992", "depuis 2010")."""
OF_YEAR = re.compile(r"[ \t]+de[ \t]+(?!(?:19|20)\d{2}\s+à\b)((?:19|20)\d{2})\b")
"""A year after a name, the one of what it names ("le comité interministériel des villes de
2006"; not a span, "de 2021 à 2027"): matched right where a name ends, not after a common noun,
what the meeting may speak of ("Le bilan de 2019 y a été présenté")."""
BACKGROUND, LEAD, RECENT = 0.25, 0.1, 0.15
"""How much an event told in the pluperfect loses, one in the first paragraph gains, and one on
the article's own date gains (less the further its date from the article's, by the month)."""


@lru_cache(maxsize=1)
def acts() -> re.Pattern[str]:
    """What precedes the date of a text, which dates no event: "la loi du 21 février 2014",
    "le décret n° 2019-1190 du 20 novembre 2019", "le Journal officiel du 2 décembre".

    >>> [bool(acts().search(text)) for text in ("créé par la loi du ", "le décret n° 2019-1190 du ",
    ...     "la journée du ")]
    [True, True, False]
    """
    names = "|".join(map(phrase, cue_tables()["events"]["acts"]))
    return re.compile(f"(?:{names}){ACT}", re.IGNORECASE)


@lru_cache(maxsize=4)
def preceding(table: str) -> re.Pattern[str]:
    """What precedes a date that dates no event, a list of ``cues.toml`` [events]: a deadline
    or the bound of a state ("avant le", "d'ici le", "jusqu'au", "à compter du": limits), a
    body's founding ("créée le", "constitué en": founded); or a kind's name that names no event
    ("il rencontre", "issue du regroupement": not_events).

    >>> [bool(preceding("limits").search(text)) for text in ("signés avant le ",
    ...     "ouvertes jusqu'au ", "se tiendra le ")]
    [True, True, False]
    >>> bool(preceding("founded").search("une association créée le "))
    True
    >>> [bool(preceding("not_events").search(text)) for text in ("Il ", "issue du ", "en avril ")]
    [True, True, False]
    """
    words = "|".join(map(phrase, cue_tables()["events"][table]))
    return re.compile(f"(?:{words})\\s*$", re.IGNORECASE)


FIELD_TABLES = ("date_fields", "place_fields")
"""The [events] tables of an announcement's fields."""
SUBJECT_ENDS = re.compile(r"[\s,]*")
"""What stands between a body's name and the verb it is the subject of: "X a été lancé", "X, a
été lancé"."""


@lru_cache(maxsize=2)
def labelled(table: str) -> re.Pattern[str]:
    """An announcement's field, its label opening a line before a colon (``cues.toml`` [events]
    date_fields, place_fields), then the words a date or a place may follow: "Date : jeudi 11
    avril", "Quand : le 3 mai", "Lieu : préfecture de Mamoudzou".

    >>> [bool(labelled("date_fields").fullmatch(text)) for text in ("Date : jeudi ",
    ...     "Quand : le ", "Une date : ", "Lieu : ")]
    [True, True, False, False]
    """
    words = "|".join(map(phrase, cue_tables()["events"][table]))
    weekday = "|".join(WEEKDAYS)
    return re.compile(
        rf"(?<![^\n])[ \t]*(?:{words})[ \t]*:[ \t]*(?:(?:le|les|du)\s+)?(?:(?:{weekday})\s+)?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def opening() -> re.Pattern[str]:
    """A day told as a meeting's opening (``cues.toml`` [events] opening), which its days in a
    row start from ("20 octobre : ouverture des travaux"), where a day before told otherwise is
    its welcome or its eve ("un temps d'accueil dès le 24 juin").

    >>> [bool(opening().search(text)) for text in ("Strasbourg, 20 octobre : ouverture des "
    ...     "travaux", "Dès le lundi 24 juin, accueil des équipes")]
    [True, False]
    """
    words = "|".join(map(phrase, cue_tables()["events"]["opening"]))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def held() -> re.Pattern[str]:
    """A verb of an event being held (``cues.toml`` [events] held), whose sentence says where
    the event took place when its name and its date say none ("La séance se déroulait à Lille").

    >>> [bool(held().search(text)) for text in ("La séance s'est tenue à Lille",
    ...     "les échanges ont eu lieu à Lyon", "le centre tient à remercier")]
    [True, True, False]
    """
    words = "|".join(map(phrase, cue_tables()["events"]["held"]))
    return re.compile(f"(?:{words})", re.IGNORECASE)


@lru_cache(maxsize=1)
def premises() -> re.Pattern[str]:
    """What precedes a place after "de" that is where something is held, the premises it is
    in ("son siège de Pantin", "les locaux de Lyon": ``cues.toml`` [events] premises).

    >>> [bool(premises().search(text)) for text in ("a inauguré son siège de ", "le maire de ")]
    [True, False]
    """
    words = "|".join(map(phrase, cue_tables()["events"]["premises"]))
    return re.compile(f"(?:{words})\\s+{OF}\\s*$", re.IGNORECASE)


def name_pattern(name: str) -> str:
    """A regex for a kind's name as articles print it: any accents, each word maybe plural,
    the words apart by spaces or hyphens (to compile case-insensitive).

    >>> pattern = re.compile(name_pattern("table ronde"), re.IGNORECASE)
    >>> [m.group(0) for m in pattern.finditer("trois tables-rondes ; une Table ronde")]
    ['tables-rondes', 'Table ronde']
    >>> bool(re.search(name_pattern("séminaire"), "un seminaire")), bool(re.search(name_pattern(
    ...     "rencontre"), "rencontrer"))
    (True, False)
    """
    words = []
    for word in strip_accents(name).lower().split():
        letters = "".join(LOOSE.get(c, re.escape(c)) for c in word)
        words.append(letters + ("(?:s|x)?" if word[-1].isalpha() else ""))
    return r"\b" + r"[\s-]+".join(words) + r"\b"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: lines up to a blank line.

    >>> paragraphs("Un.\\nDeux.\\n\\n  \\nTrois.")
    [(0, 9), (14, 20)]
    """
    return [match.span() for match in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text)]


@dataclass(frozen=True)
class EventKind:
    """A subclass of schema:Event, as the ingest needs it."""

    iri: str
    ancestors: frozenset[str]  # its superclasses up to schema:Event
    part: bool  # every event of the graph of this kind is part of another event


@dataclass(frozen=True)
class Trigger:
    """A name of a kind of event in the body (or the title), and the kind it names."""

    start: int
    end: int
    text: str
    kind: str
    in_title: bool = False
    named: bool = True  # a name of a kind, not a word of an event in general ([events])


EVENTS_OWN_NAME = re.compile(r"(.+?)\s*(?:[-–—:(]|\s\d)")
"""A kind of event's name, then a dash, a colon, a bracket or a number: the start of one event's
own name ("assemblee generale - seance du 28 novembre", "rencontre nationale 2019")."""


KIND_OF = re.compile(r" (?:de|des|du|d')\b")
"""Where a complement opens after a kind of event's name of two words or more: an event of a
body or on a field ("assemblee generale de l'irev", "universite d'ete des centres de
ressources"), written as :func:`strip_accents` and ``lower`` make it. A kind of one word may
open a body's name ("Atelier parisien d'urbanisme", "Forum des ...")."""


APPOSED_KIND = re.compile(r"[ \t]*,[ \t]*(?:(?:un|une)[ \t]+|(?P<definite>le|la|l['’])[ \t]*)?")
"""A comma and maybe an article after a name, before what it is: "X, forum national", "X, le
séminaire"."""
GOVERNED_BEFORE = re.compile(r"\b(?:par|pour|avec|selon|chez|d['’]après)[ \t]+$", re.I)
"""A preposition before a name, which then closes a fronted phrase and the definite article after
its comma opens the sentence's subject ("Animée par Marie Durand, la rencontre a réuni")."""


def singular(words: str) -> str:
    """Words in lower case with the plural's "s" of each dropped, as French names several
    events of a kind ("rencontres nationales").

    >>> singular("rencontres nationales"), singular("assemblee generale")
    ('rencontre nationale', 'assemblee generale')
    """
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words.split())


class EventVocabulary:
    """The kinds of event of the ontology and the names that trigger them."""

    def __init__(
        self, rows: list[dict[str, str]], words: dict[str, list[str]] | None = None
    ) -> None:
        self.kinds: dict[str, EventKind] = {}
        names: dict[str, str] = {}  # the name without accents, lower case -> kind IRI
        for row in rows:
            part = row["parts"] not in ("", "0") and row["parts"] == row["events"]
            kind = EventKind(row["kind"], frozenset(row["ancestors"].split()), part)
            self.kinds[kind.iri] = kind
            name = " ".join(strip_accents(row["name"]).lower().split())
            other = self.kinds.get(names.get(name, ""))
            if other is None or len(kind.ancestors) > len(other.ancestors):
                names[name] = kind.iri  # a name of two kinds names the more specific one
        ordered = sorted(names, key=lambda name: (-len(name), name))  # the longest name first
        self.names = [(name, names[name]) for name in ordered]
        self.kind_names = frozenset(names)  # for a lookup: names_a_kind
        alternatives = [f"(?P<n{i}>{name_pattern(name)})" for i, name in enumerate(ordered)]
        self.pattern = re.compile("|".join(alternatives), re.IGNORECASE) if ordered else None
        national: dict[str, int] = {}
        for name, iri in self.names:
            if "national" in name:
                national[iri] = national.get(iri, 0) + 1
        self.national = max(sorted(national), key=national.__getitem__) if national else None
        #: The words of an event in general (``cues.toml`` [events]) and the kind each gives.
        self.words = [
            (re.compile(phrase(text), re.IGNORECASE), expand(kind))
            for kind, texts in (words or {}).items()
            for text in texts
        ]
        for _pattern, iri in self.words:
            self.kinds.setdefault(iri, EventKind(iri, frozenset(), False))

    def names_a_kind(self, text: str) -> bool:
        """Whether ``text`` is the name of a kind of event ("Assemblée générale", "Journée
        régionale"), alone or before a dash, a colon or a date that make it an event's own name
        ("Assemblée générale - séance du 28 novembre", "Rencontre nationale 2019") or its
        complement (:data:`KIND_OF`: "Université d'Été des Centres de Ressources"), which the
        model may read as a body's; not a body's name opening with such a word ("Forum
        français pour la sécurité urbaine").

        >>> vocabulary = EventVocabulary([{"kind": "k", "ancestors": "", "parts": "",
        ...                                "events": "", "name": "université d'été"}])
        >>> [vocabulary.names_a_kind(name) for name in ("Université d'Été des Centres",
        ...                                              "Université Lumière Lyon 2")]
        [True, False]
        >>> vocabulary = EventVocabulary([{"kind": "k", "ancestors": "", "parts": "",
        ...                                "events": "", "name": "atelier"}])
        >>> vocabulary.names_a_kind("Atelier parisien d'urbanisme")
        False
        """
        words = " ".join(strip_accents(text).lower().split())
        for form in (words, singular(words)):  # "Rencontres nationales" are of the kind too
            if form in self.kind_names:
                return True
            named = EVENTS_OWN_NAME.match(form)
            if named is not None and named.group(1) in self.kind_names:
                return True
            for of in KIND_OF.finditer(form):  # "universite d'ete" holds a "d'" of its own
                if " " in form[: of.start()] and form[: of.start()] in self.kind_names:
                    return True
        return False

    def described_as_one(self, text: str, span: tuple[int, int]) -> bool:
        """Whether the name at ``span`` is set before a kind of event in apposition, the
        event's own name ("Cités Cap, forum national sur le développement économique"), which
        the model may read as a body's or a person's; not a name a preposition governs before
        the sentence's subject ("Animée par Marie Durand, la rencontre a réuni 80 personnes").

        >>> vocabulary = EventVocabulary([{"kind": "k", "ancestors": "", "parts": "",
        ...                                "events": "", "name": "forum"}])
        >>> text = "Cités Cap, forum national. Ville Caraïbe, centre de ressources."
        >>> vocabulary.described_as_one(text, (0, 9)), vocabulary.described_as_one(text, (27, 39))
        (True, False)
        >>> text = "Animé par Ada Roy, le forum a réuni 80 personnes."
        >>> vocabulary.described_as_one(text, (10, 17))
        False
        """
        start, end = span
        apposed = APPOSED_KIND.match(text, end)
        if apposed is None or self.pattern is None:
            return False
        if apposed["definite"] and GOVERNED_BEFORE.search(text, max(0, start - 12), start):
            return False
        return self.pattern.match(text, apposed.end()) is not None

    @classmethod
    def from_graph(cls, target: Target) -> EventVocabulary:
        events = cue_tables()["events"]
        words = {kind: texts for kind, texts in events.items() if ":" in kind}
        return cls(list(text_rows(target, ingest_query("event-kinds"))), words)

    def find(self, text: str, in_title: bool = False) -> list[Trigger]:
        """Every trigger in ``text``, in reading order."""
        if self.pattern is None:
            return []
        triggers = []
        for match in self.pattern.finditer(text):
            before = (max(0, match.start() - 30), match.start())
            # "un document de présentation", "il rencontre", "issue du regroupement du CGET"
            if QUALIFIER.search(text, *before) or preceding("not_events").search(text, *before):
                continue
            kind = self.names[int((match.lastgroup or "n0")[1:])][1]
            if self.national and kind != self.national and NATIONAL.match(text, match.end()):
                kind = self.national
            triggers.append(Trigger(match.start(), match.end(), match.group(0), kind, in_title))
        named = list(triggers)
        for pattern, kind in self.words:
            for match in pattern.finditer(text):
                # "une table ronde a réuni les partenaires": the verb of a named event tells
                # of that event, not of another.
                if all(
                    match.end() <= t.start or not SUBJECT.fullmatch(text, t.end, match.start())
                    for t in named
                ) and all(match.end() <= t.start or match.start() >= t.end for t in triggers):
                    triggers.append(
                        Trigger(match.start(), match.end(), match.group(0), kind, in_title, False)
                    )
        return sorted(triggers, key=lambda trigger: trigger.start)

    def known(self, read: str, graph: str) -> str:
        """The kind of an event the article names ``read`` and the graph holds as ``graph``:
        the graph's ("la rencontre annuelle des centres", the graph's national meeting of that
        month), unless the article's is a subclass of it (a general assembly the graph types
        only as an event).

        >>> vocabulary = EventVocabulary([{"kind": "a:GA", "name": "assemblée générale",
        ...     "ancestors": "s:Event", "events": "0", "parts": "0"}])
        >>> vocabulary.known("a:GA", "s:Event"), vocabulary.known("s:Event", "a:GA")
        ('a:GA', 'a:GA')
        >>> vocabulary.known("a:GA", "")
        'a:GA'
        """
        if not graph:
            return read
        kind = self.kinds.get(read)
        return read if kind is not None and graph in kind.ancestors else graph

    def compatible(self, one: str, other: str) -> bool:
        """Whether two kinds may name one event: the same, or one a superclass of the other."""
        ancestors = self.kinds[one].ancestors if one in self.kinds else frozenset()
        others = self.kinds[other].ancestors if other in self.kinds else frozenset()
        return one == other or other in ancestors or one in others


@dataclass(frozen=True)
class GraphEvent:
    """A dated top-level event of the graph (``events.rq``)."""

    iri: str
    start: str
    end: str
    kind: str
    place: str


@dataclass(frozen=True)
class Dated:
    """A date phrase of the body (or the title), resolved."""

    start: int
    first: str
    last: str
    in_title: bool = False


@dataclass(frozen=True)
class Candidate:
    """A trigger paired with a date, and how sure the pairing is."""

    trigger: Trigger
    date: Dated
    confidence: float


@dataclass
class ReportedEvent:
    """The event an article reports, linked to the graph's (``iri``) or to be minted."""

    name: str
    start: str
    end: str = ""
    place: str | None = None
    iri: str | None = None  # an existing event of the graph
    evidence: str = ""
    kind: str = ""
    confidence: float = 0.0
    #: The event's type, dates, place and organiser, as statements about ``EVENT``.
    statements: list[Statement] = field(default_factory=list)
    #: The sentences (start, end) that tell of another moment: a date not the event's, a
    #: pluperfect set in the past ("avaient alors accueilli"); no one takes part there.
    elsewhere: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class EventFinder:
    """What finding an article's event needs from the graph: the kinds of event and their
    names, and the graph's dated events; read once for any number of articles."""

    vocabulary: EventVocabulary
    events: list[GraphEvent]
    #: Each place of the graph -> the places it lies in (``containers.rq``).
    containers: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_graph(cls, target: Target) -> EventFinder:
        events = [
            GraphEvent(row["event"], row["start"], row["end"], row["class"], row["place"])
            for row in text_rows(target, ingest_query("events"))
            if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", row["start"])
        ]
        containers: dict[str, set[str]] = {}
        for row in text_rows(target, ingest_query("containers")):
            containers.setdefault(row["place"], set()).add(row["container"])
        return cls(
            EventVocabulary.from_graph(target),
            events,
            {place: frozenset(larger) for place, larger in containers.items()},
        )

    def reported(
        self, article: Article, mentions: list[Mention], publisher: str = ""
    ) -> ReportedEvent | None:
        """The event the article mainly reports (see the module docstring), or None when no
        trigger has a date or the title presents the page's body (``PRESENTATION``).
        ``publisher``: the IRI of the body that published the article, if known, whose event
        "notre assemblée générale" is."""
        if PRESENTATION.search(article.title):
            return None  # "Qui sommes-nous ?": a page presenting its body, its history
        reading = _Reading(article, mentions, self.vocabulary, self.containers, publisher)
        groups: dict[str, list[Candidate]] = {}
        for candidate in reading.candidates():
            groups.setdefault(candidate.date.first, []).append(candidate)
        if not reading.title_triggers and (reading.chronicle(list(groups)) or _interview(article)):
            return None  # a title naming an event says the text reports one
        best: tuple[float, ReportedEvent] | None = None
        told: dict[str, bool] = {}  # each date: whether its every candidate is background
        days: list[tuple[Dated, set[str]]] = []  # each date, the kinds its triggers name as news
        for first, group in groups.items():
            news = {c.trigger.kind for c in group if not reading.background(c.trigger)}
            told[first] = not news
            chosen = max(group, key=self._weight)
            date = max(group, key=lambda c: (bool(c.date.last), c.confidence)).date
            # "la journée du 16 mars, à Paris [...] la première « journée des CRPV »": the names
            # of one day name one event, placed where another of them is said to be held.
            others = (reading.place(c, said=True) for c in group if c is not chosen)
            place, place_confidence, place_evidence = next(
                (where for where in chain([reading.place(chosen)], others) if where[0]),
                (None, 0.0, ""),
            )
            linked = self.link(first, chosen.trigger.kind, place)
            iri = linked.iri if linked else None
            days.append((date, news))
            score = max(self._score(c, reading) for c in group)
            score += 0.05 * min(len(group) - 1, 3) + (0.1 if iri else 0)
            if best is not None and score <= best[0]:
                continue
            confidence = max(c.confidence for c in group if c.trigger.kind == chosen.trigger.kind)
            evidence = reading.sentence(chosen.trigger)
            kind = self.vocabulary.known(chosen.trigger.kind, linked.kind if linked else "")
            statements = [
                Statement(
                    subject=EVENT,
                    predicate=RDF_TYPE,
                    object=kind,
                    evidence=evidence,
                    confidence=confidence,
                ),
                *reading.dates(date, confidence),
            ]
            if place:
                statements.append(
                    Statement(
                        subject=EVENT,
                        predicate=SCHEMA + "location",
                        object=place,
                        evidence=place_evidence,
                        confidence=place_confidence,
                    )
                )
            statements += reading.organizers(chosen.trigger, [c.trigger for c in group], confidence)
            statements += reading.gathered([c.trigger for c in group], confidence)
            event = ReportedEvent(
                name=reading.name(chosen.trigger),
                start=date.first,
                end=date.last,
                place=place,
                iri=iri,
                evidence=evidence,
                kind=kind,
                confidence=confidence,
                statements=statements,
                elsewhere=reading.elsewhere(date, chosen.trigger),
            )
            best = (score, event)
        # "Le 16 novembre, l'Assemblée nationale avait donné un avis favorable": an event told
        # only in the pluperfect is what came before the text's news (a nomination), which
        # reports no event.
        if best is None or told[best[1].start]:
            return None
        event = best[1]
        # "L'ANRU célébrera ses vingt ans le lendemain": another kind, another event; "Dès le 24
        # juin, les hôtes avaient préparé un forum": the eve, told as what came before.
        ours = [d for d, kinds in days if event.kind in kinds or d.first == event.start]
        return reading.datelined(reading.spread(event, ours))

    def link(self, first: str, kind: str, place: str | None) -> GraphEvent | None:
        """The graph's event on that date (a day, or a month), the same place and a compatible
        kind choosing between several; None if there is none."""
        best: tuple[tuple[int, bool, bool], GraphEvent] | None = None
        for event in self.events:
            if event.start == first:
                day = 2
            elif (
                len(first) == 10
                and len(event.start) == 10
                and (event.start <= first <= (event.end[:10] or event.start))
            ):
                day = 1  # the second day of a two-day meeting
            elif len(first) == 7 and event.start.startswith(first):
                day = 1
            else:
                continue
            same_place = bool(place) and event.place == place
            key = (day, same_place, self.vocabulary.compatible(kind, event.kind))
            if best is None or key > best[0]:
                best = (key, event)
        return best[1] if best else None

    def _weight(self, candidate: Candidate) -> tuple[bool, bool, float, int, int]:
        """Which candidate of one date names the event's kind: not a part, the best paired, the
        most specific, the longest name."""
        kind = self.vocabulary.kinds[candidate.trigger.kind]
        specific = len(kind.ancestors)
        named = candidate.trigger.named
        return (not kind.part, named, candidate.confidence, specific, len(candidate.trigger.text))

    def _score(self, candidate: Candidate, reading: _Reading) -> float:
        """How likely a candidate is the event the article reports: the best paired, in the
        title or the lead, not told in the pluperfect, nearest the article's date."""
        trigger = candidate.trigger
        length = max(len(reading.body), 1)
        position = 0.15 if trigger.in_title else 0.1 * (1 - trigger.start / length)
        lead = reading.paragraphs[:1]
        if not trigger.in_title and lead and trigger.start < lead[0][1]:
            position += LEAD
        part = 0.2 if self.vocabulary.kinds[trigger.kind].part else 0.0
        background = BACKGROUND if reading.background(trigger) else 0.0
        return candidate.confidence + position - part - background + reading.recency(candidate)


class _Reading:
    """One article's triggers, dates, sentences, paragraphs and places, with their lookups."""

    def __init__(
        self,
        article: Article,
        mentions: list[Mention],
        vocabulary: EventVocabulary,
        containers: dict[str, frozenset[str]] | None = None,
        publisher: str = "",
    ) -> None:
        self.article = article
        self.containers = containers or {}
        self.publisher = publisher
        self.body = article.body
        self.triggers = _launches(self.body, vocabulary.find(self.body), mentions)
        # where names end: a year after one is the one of what it names (see ``OF_YEAR``)
        self.name_ends = sorted(
            {m.end for m in mentions if m.type != "date"} | {t.end for t in self.triggers}
        )
        self.title_triggers = vocabulary.find(article.title, in_title=True)
        dates = [m for m in mentions if m.type == "date"]
        self.dated = _ranges(self.body, [
            Dated(m.start, *_first_day(self.body, m.start, _weekday_told(m, dates, article.date)))
            for m in sorted(dates, key=lambda m: m.start)
            if _of_a_moment(self.body, m.start)
        ])  # fmt: skip
        self.dated += [
            Dated(part.start(), *date_value(part["month"], article.date))
            for part in PART_OF_MONTH.finditer(self.body)
            if _of_a_moment(self.body, part.start())
        ]
        # "de janvier à mai 2015": one span of months, not "mai 2015" alone.
        spans = [m for m in MONTH_SPAN.finditer(self.body) if _of_a_moment(self.body, m.start())]
        self.dated = [
            d for d in self.dated if not any(m.start() <= d.start < m.end() for m in spans)
        ]
        self.sentences = sentences(self.body)
        self.dated += [
            Dated(m.start(), *_month_span(m, article.date, self._year_before(m.start())))
            for m in spans
        ]
        self.dated += [
            Dated(day.start(), _weekday(day, article.date), "")
            for day in WEEKDAY.finditer(self.body)
            if _of_a_moment(self.body, day.start())
        ]
        self.dated += [
            Dated(when.start(), _relative(when, article.date), "")
            for when in RELATIVE.finditer(self.body)
        ]
        self.dated = sorted((d for d in self.dated if d.first), key=lambda d: d.start)
        calendar = _calendar(self.body, self.sentences, self.dated)
        self.dated = [d for d in self.dated if _span_of(calendar, d.start) is None]
        self.triggers = [t for t in self.triggers if _span_of(calendar, t.start) is None]
        self.title_dates = [
            Dated(m.start, *date_value(m.text, article.date), in_title=True)
            for m in find_dates(article.title)
        ]
        self.title_dates = [d for d in self.title_dates if d.first]
        self.date_starts = [d.start for d in self.dated]
        self.paragraphs = paragraphs(self.body)
        # An announcement's fields: "Date : jeudi 11 avril, à 9h00", the announced event's day
        # over the page's own; "Lieu : préfecture de Mamoudzou", where it is held.
        self.date_fields = [
            d for d in self.dated
            if d.first != article.date and self._labelled(d.start, "date_fields", full=True)
        ]  # fmt: skip
        self.place_fields = [
            line for line in self.sentences if labelled("place_fields").match(self.body, *line)
        ]
        # A place after "de" names an office or an origin ("maire d'Annecy", "préfet de la
        # Sarthe"), not where the event is held ("à Paris", "en Guadeloupe").
        places = (
            m
            for m in mentions
            if m.type == "place"
            and m.entity
            and (
                not OF_PLACE.search(self.body[max(0, m.start - 12) : m.start])
                or AT_OF_PLACE.search(self.body[max(0, m.start - 40) : m.start])
                or premises().search(self.body, max(0, m.start - 40), m.start)
                or self._labelled(m.start, "place_fields")
            )
        )
        self.places = _most_precise(self.body, sorted(places, key=lambda m: m.start))
        self.bodies = sorted(
            (m for m in mentions if m.type == "organization"), key=lambda m: m.start
        )

    def _labelled(self, start: int, table: str, full: bool = False) -> bool:
        """Whether what stands at ``start`` is on the line of an announcement's field (see
        :func:`labelled`): right after its label when ``full`` (a date: "Date : jeudi 11
        avril"), anywhere on the line else (a place: "Lieu : préfecture de Mamoudzou")."""
        line = self.body.rfind("\n", 0, start) + 1
        label = labelled(table).match(self.body, line, start)
        return label is not None and (not full or label.end() == start)

    def _fields(self, trigger: Trigger, starts: list[int]) -> list[int]:
        """The indices of the announcement's fields (their ``starts``) that are ``trigger``'s:
        in its paragraph or the paragraphs of fields right after it ("Rencontre régionale des
        conseils citoyens", then "Date : jeudi 11 avril" and "Lieu : Mamoudzou"), not another
        announcement's on an agenda's page; a title's, the page's only one."""
        if trigger.in_title:
            return [0] if len(starts) == 1 else []
        paragraph = _span_of(self.paragraphs, trigger.start)
        if paragraph is None:
            return []
        index = self.paragraphs.index(paragraph)
        end = paragraph[1]
        for start, following in self.paragraphs[index + 1 :]:
            if not any(labelled(t).match(self.body, start) for t in FIELD_TABLES):
                break
            end = following
        return [i for i, at in enumerate(starts) if paragraph[0] <= at < end]

    def _announced(self, trigger: Trigger) -> Dated | None:
        """The day an announcement's "Date :" field gives ``trigger`` (see :meth:`_fields`)."""
        fields = self._fields(trigger, [d.start for d in self.date_fields])
        return self.date_fields[fields[0]] if fields else None

    def _year_before(self, start: int) -> str:
        """The last year its sentence prints alone before ``start`` ("- 2015 : ...", "En 2015,
        ..."), or "": the year of a date phrase that prints none."""
        span = _span_of(self.sentences, start)
        years = YEAR.findall(self.body, span[0], start) if span else []
        return years[-1] if years else ""

    def candidates(self) -> list[Candidate]:
        """Every trigger paired with its date (see the module docstring)."""
        candidates: list[Candidate] = []
        waiting: list[Trigger] = []
        claimed: set[Dated] = set()
        for trigger in self.triggers:
            for spans, confidence in ((self.sentences, SENTENCE), (self.paragraphs, PARAGRAPH)):
                near = self._dates_in(_span_of(spans, trigger.start))
                if near:
                    date = min(near, key=lambda d: abs(d.start - trigger.start))
                    candidates.append(Candidate(trigger, date, confidence))
                    claimed.add(date)
                    break
            else:
                if announced := self._announced(trigger):
                    candidates.append(Candidate(trigger, announced, PARAGRAPH))
                elif self.title_dates:
                    candidates.append(Candidate(trigger, self.title_dates[0], TITLE))
                else:
                    waiting.append(trigger)
        free = [d for d in self.dated if d not in claimed]
        for trigger in waiting:
            if free:
                date = min(free, key=lambda d: abs(d.start - trigger.start))
                candidates.append(Candidate(trigger, date, UNCLAIMED))
        for trigger in self.title_triggers:
            if self.title_dates:
                candidates.append(Candidate(trigger, self.title_dates[0], SENTENCE))
            elif announced := self._announced(trigger):
                candidates.append(Candidate(trigger, announced, PARAGRAPH))
            elif self.dated:
                candidates.append(Candidate(trigger, self.dated[0], TITLE))
        return candidates

    def chronicle(self, firsts: list[str]) -> bool:
        """Whether the events the text dates (their first days) are several moments, none of
        them news (see ``NEWS``): a portrait, a chronology, a newsletter's notes ("créé en
        novembre 1993 [...] auditionnée en avril 2013", "assemblée fondatrice le 29 mai 2007 ;
        [...] assemblée constitutive le 28 mars 2013") tell a history and report none of its
        events. One past event alone is still the one a text reports ("En juin 2019, sa
        présidente accueillait à Nantes la rencontre nationale"), as is one its title names
        (:meth:`EventFinder.reported`); an undated article is no chronicle.

        >>> reading = _Reading(Article("", date="2022-01-10"), [], EventVocabulary([]))
        >>> reading.chronicle(["2013-03-28", "2019-04-11"]), reading.chronicle(["2021-12-14",
        ...     "2013-03-28"]), reading.chronicle(["2019-06-24", "2019-06-25"])
        (True, False, False)
        """
        published = _day(self.article.date)
        days = sorted(day for day in map(_day, firsts) if day is not None)
        if published is None or len(days) < 2 or (days[-1] - days[0]).days <= AWAY:
            return False
        return all(abs((published - day).days) > NEWS for day in days)

    def recency(self, candidate: Candidate) -> float:
        """The bonus of a candidate dated near the article's date (see ``RECENT``); none for an
        undated article.

        >>> reading = _Reading(Article("", date="2016-06-01"), [], EventVocabulary([]))
        >>> near, far = (reading.recency(Candidate(Trigger(0, 1, "", ""), Dated(0, day, ""), 0.8))
        ...              for day in ("2016-05-27", "2011-11"))
        >>> round(near, 3), round(far, 3)
        (0.129, 0.003)
        """
        published = _day(self.article.date)
        held = _day(candidate.date.first)
        if published is None or held is None:
            return 0.0
        return RECENT / (1 + abs((published - held).days) / 30)

    def background(self, trigger: Trigger) -> bool:
        """Whether a trigger is told in the pluperfect (see ``PLUPERFECT``) or in a sentence
        set in the past of the text's own time (see ``HISTORY``): what came before the moment
        the text tells of; never one of the title."""
        sentence = self.sentence(trigger)
        return not trigger.in_title and bool(
            PLUPERFECT.search(sentence) or HISTORY.search(sentence)
        )

    def elsewhere(self, date: Dated, trigger: Trigger) -> list[tuple[int, int]]:
        """The sentences that tell of another moment than ``date``'s, ``trigger``'s own but
        (see :attr:`ReportedEvent.elsewhere`)."""
        first, last = _day(date.first), _day(date.last or date.first)
        spans = set()
        for dated in self.dated:
            day = _day(dated.first)
            if first is None or last is None or day is None:
                continue
            # "Dès le 24 juin, les hôtes avaient préparé un temps d'accueil": the eve of a
            # meeting is part of it; a month apart is another moment.
            if (first - day).days > AWAY or (day - last).days > AWAY:
                span = _span_of(self.sentences, dated.start)
                spans |= {span} if span else set()
        spans |= self._under_headings(spans)
        spans |= {span for span in self.sentences if THEN.search(self.body, *span)}
        # "née en 1992 à l'initiative du CRIPI", "le comité interministériel des villes de
        # 2006": a year of its own, another than the event's.
        spans |= {
            span
            for span in self.sentences
            if any(year != date.first[:4] for year in self._years(span))
        }
        own = _span_of(self.sentences, trigger.start)
        spans |= self._told_on(spans - {own})
        return sorted(spans - {own})

    def _told_on(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """The sentences in the pluperfect that follow one of another moment (one of ``spans``,
        which the caller gives without the trigger's own: "Le 14 octobre, les centres se sont
        retrouvés à Lille, comme en 2022. X y avait fait le déplacement" tells of the 14th) in
        its paragraph, dating nothing themselves: the story of that moment told on ("Le 20
        octobre 2022, les centres s'étaient réunis à Strasbourg. X et Y y avaient pris part")."""
        told: set[tuple[int, int]] = set()
        for previous, span in zip(self.sentences, self.sentences[1:], strict=False):
            if (
                (previous in spans or previous in told)
                and _span_of(self.paragraphs, previous[0]) == _span_of(self.paragraphs, span[0])
                and PLUPERFECT.search(self.body, *span)
                and not self._dates_in(span)
            ):
                told.add(span)
        return told

    def _years(self, span: tuple[int, int]) -> list[str]:
        """The years a sentence says as moments: after "en", "depuis" and such (``IN_YEAR``),
        or after a name (``OF_YEAR``)."""
        years = [year.group(1) for year in IN_YEAR.finditer(self.body, *span)]
        ends = self.name_ends[
            bisect_left(self.name_ends, span[0]) : bisect_left(self.name_ends, span[1])
        ]
        named = (OF_YEAR.match(self.body, end, span[1]) for end in ends)
        return years + [match.group(1) for match in named if match]

    def _under_headings(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """The sentences of the sections whose heading tells of another moment (one of
        ``spans``): "2. Rappel des décisions de l'assemblée du 24 mars 2017", then the lines
        under it up to the next heading ("3. Activités hébergées"). A heading is a paragraph of
        one line that ends with no stop (see ``HEADING``)."""
        headings = [(a, b) for a, b in self.paragraphs if HEADING.fullmatch(self.body, a, b)]
        under: set[tuple[int, int]] = set()
        for index, (start, end) in enumerate(headings):
            if not any(start <= a < end for a, _ in spans):
                continue
            until = headings[index + 1][0] if index + 1 < len(headings) else len(self.body)
            under |= {(a, b) for a, b in self.sentences if end <= a < until}
        return under

    def organizers(
        self, chosen: Trigger, triggers: list[Trigger], confidence: float
    ) -> list[Statement]:
        """Who organised the event ``chosen`` names (:meth:`organizer`), else what another name
        of it, of its kind and its day (``triggers``), says of its body before what the page
        tells ("Réuni en assemblée générale le 31 mai, le centre [...]. Une soixantaine de
        participants ont pris part, le 31 mai, à l'assemblée générale de Villes au Carré"; the
        title's "l'assemblée générale de l'IREV"; not one told besides it, ``BESIDES``: "Le 31
        mai également, l'assemblée générale de l'IREV se tenait à Marseille")."""
        alike = [
            t
            for t in triggers
            if t is not chosen and t.kind == chosen.kind and not self._besides(t)
        ]
        for trigger in (chosen, *alike):
            if named := self.organizer(trigger, confidence, named=True):
                return named
        return self.organizer(chosen, confidence)

    def _besides(self, trigger: Trigger) -> bool:
        """Whether the sentence of ``trigger`` tells another gathering besides the one reported
        (``BESIDES``: "l'IREV réunissait aussi son assemblée générale")."""
        if trigger.in_title:
            return False
        span = _span_of(self.sentences, trigger.start)
        return span is not None and bool(BESIDES.search(self.body, *span))

    def organizer(
        self, trigger: Trigger, confidence: float, named: bool = False
    ) -> list[Statement]:
        """The body whose own event it is (``cues.toml`` [events]), which organised it: after a
        possessive ("Pour son assemblée générale, X ...", "X a tenu son assemblée générale"),
        named before it in its sentence, else the first named after it; for a kind a body holds
        for itself, the body its name is of ("l'assemblée générale de l'IREV") or whose members
        hold it ("Les adhérents de l'ORIV étaient réunis pour leur assemblée générale"); in the
        title, the body its name is of (:meth:`_titled_organizer`). Only those when ``named``,
        else also the body a heading, the page or its report names (the sentence naming
        none)."""
        events = cue_tables()["events"]
        if trigger.in_title:
            return self._titled_organizer(trigger, confidence)
        span = _span_of(self.sentences, trigger.start)
        if span is None:
            return []
        bodies = [m for m in self.bodies if span[0] <= m.start and m.end <= span[1]]
        own = "|".join(map(re.escape, events["own"]))
        owner = None
        ours = OUR_BEFORE.search(self.body, max(0, trigger.start - 8), trigger.start)
        if ours and (page := page_body(self.body, self.bodies) or self.publisher):
            # "Notre assemblée générale s'est tenue le 28 juin": the page's own body's, or its
            # publisher's.
            return [_organized_by(page, self.body[span[0] : span[1]], confidence * 0.9)]
        if (
            ours
            or re.search(
                rf"\b(?:{own})\s+$", self.body[max(0, trigger.start - 8) : trigger.start], re.I
            )
            or MEMBERS_CONVENED.search(self.body, max(span[0], trigger.start - 60), trigger.start)
        ):
            before = [m for m in bodies if m.end <= trigger.start]
            after = [m for m in bodies if m.start >= trigger.end]
            owner = before[-1] if before else after[0] if after else None
        own_kind = trigger.kind in _own_kinds()
        if owner is None and own_kind:
            owner = next(
                (m for m in bodies if m.start >= trigger.end
                 and OF_BODY.fullmatch(self.body, trigger.end, m.start)),
                next((m for m in bodies
                      if members_of().search(self.body, max(span[0], m.start - 30), m.start)),
                     None),
            )  # fmt: skip
        evidence = self.body[span[0] : span[1]]
        if owner is None and named:
            return []
        if owner is None and (headed := self._headed_by(trigger)) is not None:
            line = self.body[headed.start : self.body.find("\n", headed.start)]
            return [_organized_by(reference(headed), f"{line}\n{evidence}", confidence * 0.8)]
        if owner is None and own_kind and not bodies:
            # "Profession Banlieue [the page's first line] ... Le 7 avril, l'assemblée générale
            # a renouvelé son bureau": a sentence that names no body holds the page's body's own;
            # a report's, the one body its first sentence naming any names and presents ("L'IREV
            # est un groupement d'intérêt public. [...] les membres du groupement se sont réunis
            # en assemblée générale"; not "Le guide publié par l'ANCT").
            page = page_body(self.body, self.bodies) or _presented_body(self.body, self.bodies)
            return [_organized_by(page, evidence, confidence * 0.8)] if page else []
        if owner is None:
            return []
        return [_organized_by(reference(owner), evidence, confidence * 0.9)]

    def _headed_by(self, trigger: Trigger) -> Mention | None:
        """The body a document's heading names above the event's line, which holds it: in the
        text's first lines (its first paragraph), the nearest heading line above the trigger's
        (see ``HEADING``) that opens with a body's name ("INSTITUT RÉGIONAL DE LA VILLE (IREV) -
        Groupement d'intérêt public", then "Assemblée générale - séance du 28 novembre 2018");
        minutes, an agenda, a record of decisions are headed so."""
        block = self.paragraphs[0] if self.paragraphs else (0, 0)
        if not block[0] <= trigger.start < block[1]:
            return None
        above = self.body.rfind("\n", block[0], trigger.start)
        while above > block[0]:
            # the block's first line starts where the block does (not at 0: a text may open
            # with blank lines)
            start = self.body.rfind("\n", block[0], above) + 1 or block[0]
            if not HEADING.fullmatch(self.body, start, above):
                return None
            opening = next((m for m in self.bodies if start <= m.start < above), None)
            if opening is not None and not self.body[start : opening.start].strip():
                return opening
            above = start - 1
        return None

    def _titled_organizer(self, trigger: Trigger, confidence: float) -> list[Statement]:
        """For a kind a body holds for itself named in the title, the body the title says it is
        of ("Assemblée générale de l'IREV", "L'assemblée générale annuelle de RésO Villes : un
        nouveau bureau"); the title's names are not read, so it is a body the text names by
        the same words."""
        if trigger.kind not in _own_kinds():
            return []
        title = self.article.title
        after = OF_BODY.match(title, trigger.end)
        owner = next(
            (m for m in self.bodies if after and title.startswith(m.text, after.end())), None
        )
        if owner is None:
            return []
        return [_organized_by(reference(owner), title, confidence * 0.8)]

    def gathered(self, triggers: list[Trigger], confidence: float) -> list[Statement]:
        """The bodies an event's name says it gathers (see ``GATHERED``), who attended; not for a
        kind a body holds for itself, whose body after "de" organised it (:meth:`organizer`)."""
        own = _own_kinds()
        statements = []
        for trigger in triggers:
            span = None if trigger.in_title else _span_of(self.sentences, trigger.start)
            if span is None or trigger.kind in own:
                continue
            body = next(
                (m for m in self.bodies
                 if trigger.end < m.start < span[1]
                 and GATHERED.fullmatch(self.body, trigger.end, m.start)),
                None,
            )  # fmt: skip
            if body is not None:
                statements.append(
                    Statement(
                        subject=EVENT,
                        predicate=SCHEMA + "attendee",
                        object=reference(body),
                        evidence=self.body[span[0] : span[1]],
                        confidence=confidence * 0.9,
                    )
                )
        return statements

    def _dates_in(self, span: tuple[int, int] | None) -> list[Dated]:
        if span is None:
            return []
        starts = self.date_starts
        return self.dated[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]

    def spread(self, event: ReportedEvent, days: list[Dated]) -> ReportedEvent:
        """``event`` dated from the first to the last of the days in a row that ``days`` give
        (the dates of the triggers of its kind): a meeting told day by day ("Strasbourg, 20
        octobre : ouverture de la rencontre. [...] 21 octobre : clôture de la rencontre": from
        the 20th to the 21st); a month ("juin 2019"), or a day two days or more away, spreads
        nothing. A day before it starts the meeting only when told as its opening (:func:`opening`:
        "20 octobre : ouverture des travaux"); else it is its welcome or its eve ("RésO Villes
        reçoit leurs équipes dès le lundi 24 juin": data/ dates that meeting from the 25th).

        >>> reading = _Reading(Article("Ouverture le 20 octobre. Le 21 octobre."), [],
        ...                    EventVocabulary([]))
        >>> event = ReportedEvent("Rencontre", "2022-10-21")
        >>> two = [Dated(3, "2022-10-20", ""), Dated(18, "2022-10-21", "")]
        >>> spread = reading.spread(event, two)
        >>> spread.start, spread.end, [s.object for s in spread.statements]
        ('2022-10-20', '2022-10-21', ['2022-10-20', '2022-10-21'])
        >>> apart = [Dated(3, "2022-10-19", ""), Dated(18, "2022-10-21", "")]
        >>> reading.spread(ReportedEvent("Rencontre", "2022-10-21"), apart).start
        '2022-10-21'
        >>> welcome = _Reading(Article("Accueil dès le 20 octobre. Le 21 octobre."), [],
        ...                    EventVocabulary([]))
        >>> welcome.spread(ReportedEvent("Rencontre", "2022-10-21"), two).start
        '2022-10-21'
        >>> reading.spread(ReportedEvent("Rencontre", "2022-10-21"), two).start
        '2022-10-20'
        """
        start, end = _day(event.start), _day(event.end or event.start)
        anchor = next((d for d in days if d.first == event.start), None)
        if start is None or end is None or anchor is None or len(event.start) != 10:
            return event
        spans = [(d, _day(d.first), _day(d.last or d.first)) for d in days if len(d.first) == 10]
        grown = True
        while grown:  # the days in a row before and after the event's
            grown = False
            for date, day, last in spans:
                if day is None or last is None:
                    continue
                if (start - last).days == 1 and opening().search(self.sentence(date)):
                    start, anchor, grown = day, date, True
                elif (day - end).days == 1:
                    end, grown = last, True
        if (start.isoformat(), end.isoformat()) == (event.start, event.end or event.start):
            return event
        confidence = next(
            (s.confidence for s in event.statements if s.predicate == SCHEMA + "startDate"),
            event.confidence,
        )
        kept = [s for s in event.statements
                if s.predicate not in (SCHEMA + "startDate", SCHEMA + "endDate")]  # fmt: skip
        spread = Dated(anchor.start, start.isoformat(), end.isoformat(), anchor.in_title)
        event.start, event.end = spread.first, spread.last
        event.statements = kept + self.dates(spread, confidence)
        return event

    def datelined(self, event: ReportedEvent) -> ReportedEvent:
        """``event`` located where a dateline of one of its days says, when nothing else
        located it: the place opening a sentence, then a comma and the day ("Poitiers, mardi 9
        octobre 2007. Le centre a été lancé", "[Photo 1] Strasbourg, 20 octobre : ouverture des
        travaux"), as a dispatch or a caption writes where and when."""
        first, last = _day(event.start), _day(event.end or event.start)
        if event.place or first is None or last is None:
            return event
        for place in self.places:
            span = _span_of(self.sentences, place.start)
            if span is None or not DATELINE_OPENS.fullmatch(self.body, span[0], place.start):
                continue
            following = bisect_left(self.date_starts, place.end)
            if following == len(self.dated):
                continue
            after = self.dated[following]
            day = _day(after.first)
            if (
                day is not None
                and first <= day <= last
                and DATELINE_GAP.fullmatch(self.body, place.end, after.start)
            ):
                event.place = place.entity
                event.statements.append(Statement(
                    subject=EVENT, predicate=SCHEMA + "location", object=place.entity or "",
                    evidence=self.body[span[0] : span[1]], confidence=DATELINE,
                ))  # fmt: skip
                return event
        return event

    def sentence(self, item: Trigger | Dated) -> str:
        """The sentence a trigger or a date stands in (the title, for the title's)."""
        if item.in_title:
            return self.article.title
        span = _span_of(self.sentences, item.start)
        return self.body[span[0] : span[1]] if span else self.body[item.start : item.start + 80]

    def dates(self, date: Dated, confidence: float) -> list[Statement]:
        """The start date and the end date the text gives."""
        evidence = self.sentence(date)
        return [
            Statement(
                subject=EVENT,
                predicate=SCHEMA + predicate,
                object=value,
                evidence=evidence,
                confidence=confidence,
                datatype=DATATYPES[len(value)],
            )
            for predicate, value in (("startDate", date.first), ("endDate", date.last))
            if value
        ]

    def place(self, candidate: Candidate, said: bool = False) -> tuple[str | None, float, str]:
        """The graph's place named nearest the trigger in its sentence, else in its date's
        sentence, else on the line of its announcement's "Lieu :" field (see :meth:`_fields`),
        else in its paragraph; with a confidence and the sentence it stands in. ``said``: only
        a place said as where ("à Paris"), not any place its sentence names ("le centre des
        régions Centre et Poitou-Charentes")."""
        anchors: list[Trigger | Dated] = [candidate.trigger, candidate.date]
        spans = [(_span_of(self.sentences, a.start), 0.7) for a in anchors if not a.in_title]
        fields = self._fields(candidate.trigger, [line[0] for line in self.place_fields])
        spans += [(self.place_fields[i], 0.7) for i in fields]
        if not candidate.trigger.in_title:
            spans.append((_span_of(self.paragraphs, candidate.trigger.start), 0.55))
        spans += [(span, 0.5) for span in self._held(candidate.date)]
        starts = [m.start for m in self.places]
        for span, confidence in spans:
            if span is None:
                continue
            inside = self.places[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]
            # A place said as where ("à Nantes") before another ("après Paris l'an dernier, c'est
            # à Nantes"); in another sentence, only such a place.
            located = [
                m
                for m in inside
                if AT_PLACE.search(self.body, max(0, m.start - 10), m.start)
                or premises().search(self.body, max(0, m.start - 40), m.start)
            ]
            inside = located if located or confidence < 0.7 or said else inside
            # "en Seine-Saint-Denis, à la mairie de Pantin": the commune, not its département.
            larger = {c for m in inside for c in self.containers.get(m.entity or "", ())}
            inside = [m for m in inside if m.entity not in larger]
            if inside:
                anchor = candidate.trigger.start if not candidate.trigger.in_title else span[0]
                place = min(inside, key=lambda m: abs(m.start - anchor))
                sentence = _span_of(self.sentences, place.start) or span
                return place.entity, confidence, self.body[sentence[0] : sentence[1]]
        return None, 0.0, ""

    def _held(self, date: Dated) -> list[tuple[int, int]]:
        """The sentences that say an event was held ("La séance se déroulait à Lille") and date
        nothing else than ``date``: where the event is, told apart from its name and its date
        ("C'était le 8 juin. [...] La séance se déroulait à Lille")."""
        return [
            span
            for span in self.sentences
            if held().search(self.body, *span)
            and all(d.first == date.first for d in self._dates_in(span))
        ]

    def name(self, trigger: Trigger) -> str:
        """The event's name as printed, with its rank ("6ème rencontre nationale").

        >>> _Reading(Article("La 6ème rencontre nationale."), [], EventVocabulary([])).name(
        ...     Trigger(8, 27, "rencontre nationale", ""))
        '6ème rencontre nationale'
        """
        text = self.article.title if trigger.in_title else self.body
        rank = ORDINAL.search(text[max(0, trigger.start - 12) : trigger.start])
        name = f"{rank.group(1)} {trigger.text}" if rank else trigger.text
        return name[0].upper() + name[1:] if not rank else name


FIRST_DAY = re.compile(
    r"\b(?:du\s+)?(?:(?:" + "|".join(WEEKDAYS) + r")\s+)?"
    r"(\d{1,2})(?:er)?\s+(?:et|au)\s+(?:le\s+)?$",
    re.IGNORECASE,
)
"""The first day of two, each with its weekday, before the second's date: "jeudi 14 et [vendredi
15 octobre]", "du lundi 3 au [mercredi 5 mai]"."""


@lru_cache(maxsize=1)
def _launch_patterns() -> tuple[re.Pattern[str], re.Pattern[str], str]:
    """The launches of ``cues.toml`` [events] launched, a subject opening with a body's
    common noun before one ([events] launched_bodies), compiled once, and the kind of event
    they trigger ([events] launched_kind)."""
    events = cue_tables()["events"]
    noun = re.compile(
        r"(?:(?<![\s\S])|(?<=[.;:!?\n,])\s*|(?<=[.;:!?\n,]\s))(?:le|la|l['’]|ce|cette|notre|son|sa)"
        r"\s*(?:nouve(?:au|l|lle)\s+)?(?:" + "|".join(events["launched_bodies"]) + r")\b"
        r"[^.;:!?\n,]{0,60}?[\s,]*$",
        re.I,
    )
    launch = re.compile("|".join(map(phrase, events["launched"])), re.I)
    return launch, noun, expand(events["launched_kind"])


def _launches(body: str, triggers: list[Trigger], mentions: list[Mention]) -> list[Trigger]:
    """``triggers`` with a body's launch of ``cues.toml`` [events] launched_kind: a launch
    ([events] launched) whose body is named right before the verb or right after the noun
    ("Villes au Carré, a été officiellement lancé", "le lancement de Villes au Carré"), or a
    subject opening with a body's common noun ("Le centre de ressources a été lancé"; [events]
    launched_bodies), the gathering that opens its work, over the trigger of a launch in
    general ("lancement")."""
    bodies = [m for m in mentions if m.type == "organization"]
    launch, noun, kind = _launch_patterns()
    launched = []
    for match in launch.finditer(body):
        if any(
            m.start == match.end() or SUBJECT_ENDS.fullmatch(body, m.end, match.start())
            for m in bodies
        ) or noun.search(body, body.rfind("\n", 0, match.start()) + 1, match.start()):
            launched.append(Trigger(match.start(), match.end(), match.group(0), kind, named=False))
    kept = [t for t in triggers if all(t.end <= o.start or t.start >= o.end for o in launched)]
    return sorted(kept + launched, key=lambda trigger: trigger.start)


def _interview(article: Article) -> bool:
    """Whether the page says it is an interview, in its title or at the head of its first line
    (see ``INTERVIEW``), whose subject is the person, not a gathering it names in passing.

    >>> [_interview(Article(body, title=title)) for body, title in (("ENTRETIEN\\n\\nX", ""),
    ...     ("Entretien. X plaide", ""), ("", "Culture : entretien avec X"),
    ...     ("L'entretien des espaces verts a réuni", "Agents d'entretien"),
    ...     ("La rencontre, ouverte par un entretien avec X, a réuni", ""))]
    [True, True, True, False, False]
    """
    first = article.body.lstrip().split("\n", 1)[0]
    return bool(INTERVIEW.search(article.title) or INTERVIEW.match(first))


def _presented_body(body: str, bodies: list[Mention]) -> str:
    """The one body the first sentence naming any names (see
    :func:`~crpv_graph.ingest.memberships.opening_body`), when the text presents it by a copula
    right after one of its names ("L'Institut régional de la ville (IREV) est un groupement
    d'intérêt public": whose report it is), "" for one named in passing ("Le guide publié par
    l'ANCT a été diffusé", "Le soutien de l'ANCT a été décisif")."""
    owner = opening_body(body, bodies)
    presented = any(reference(m) == owner and PRESENTED.match(body, m.end) for m in bodies)
    return owner if presented else ""


def _weekday_told(date: Mention, dates: list[Mention], published: str) -> tuple[str, str]:
    """The value of ``date``; one printed without its weekday nor its year in the year of the
    same day printed elsewhere with its weekday, which tells the year (a heading "L'assemblée
    générale du 24 mars", then "Vendredi 24 mars, les membres se sont réunis": 2017 on a page of
    April 2018; see :func:`~crpv_graph.ingest.recognise.date_value`).

    >>> text = "du 24 mars ; vendredi 24 mars"
    >>> dates = find_dates(text)
    >>> _weekday_told(dates[0], dates, "2018-04-16")
    ('2017-03-24', '')
    """
    first, last = value = date_value(date.text, published)
    if len(first) != 10 or last or YEAR.search(date.text) or WEEKDAY_FIRST.match(date.text):
        return value
    told = (
        date_value(other.text, published)[0]
        for other in dates
        if WEEKDAY_FIRST.match(other.text) and not YEAR.search(other.text)
    )
    return next(((day, "") for day in told if day[4:] == first[4:]), value)


def _weekday(match: re.Match[str], published: str) -> str:
    """The day a weekday without its date names, from the page's date: the last one before it
    ("jeudi dernier"), the next one after it ("jeudi prochain"), else the nearest ("a inauguré
    jeudi", on the Friday after; "organise jeudi", on the Monday before); "" for a page without
    its day.

    >>> [_weekday(WEEKDAY.search(text), "2022-07-08") for text in ("jeudi", "jeudi prochain",
    ...     "lundi", "vendredi dernier")]
    ['2022-07-07', '2022-07-14', '2022-07-11', '2022-07-01']
    """
    today = _day(published)
    if today is None or len(published) != 10:
        return ""
    ahead = (WEEKDAYS.index(match["day"].lower()) - today.weekday()) % 7
    which = (match["which"] or "").lower()
    if which == "dernier":
        shift = ahead - 7 if ahead else -7
    elif which == "prochain":
        shift = ahead or 7
    else:
        shift = ahead if ahead < 7 - ahead else ahead - 7
    return (today + timedelta(days=shift)).isoformat()


def _month_span(match: re.Match[str], published: str, year: str = "") -> tuple[str, str]:
    """The first and the last month of a span of months (see ``MONTH_SPAN``): the last one's year
    is the year it prints, else ``year``, the one its sentence printed before it ("2015 : un
    groupe de travail se réunit de janvier à mai"), else the one nearest the page's date (a page
    of June tells of "de janvier à mai" of its own year); the first one is in that year, or in
    the year before when it comes later in the calendar ("de novembre à février"); ("", "") for
    an undated page.

    >>> _month_span(MONTH_SPAN.search("de janvier à mai"), "2015-06-12")
    ('2015-01', '2015-05')
    >>> _month_span(MONTH_SPAN.search("de novembre à février 2015"), "")
    ('2014-11', '2015-02')
    >>> _month_span(MONTH_SPAN.search("de janvier à mai"), "2021-03-02", "2015")
    ('2015-01', '2015-05')
    """
    printed = match["year"] or year
    last = date_value(f"{match['last']} {printed}".strip(), published)[0]
    if not last:
        return "", ""
    first_month = MONTHS[match["first"].lower()]
    first_year = int(last[:4]) - (first_month > int(last[5:7]))
    return f"{first_year:04d}-{first_month:02d}", last


def _relative(match: re.Match[str], published: str) -> str:
    """The day or the month a relative moment names (see ``RELATIVE``), from the page's date;
    "" for a page without its day.

    >>> [_relative(RELATIVE.search(text), "2011-11-01") for text in ("hier", "avant-hier",
    ...     "ce matin", "cette semaine", "la semaine dernière")]
    ['2011-10-31', '2011-10-30', '2011-11-01', '2011-11', '2011-10']
    """
    today = _day(published)
    if today is None or len(published) != 10:
        return ""
    if match["day"]:
        back = RELATIVE_DAYS[" ".join(match["day"].lower().split())]
        return (today - timedelta(days=back)).isoformat()
    week = match["week"].lower()
    return (today - timedelta(days=0 if week.startswith("cette") else 7)).isoformat()[:7]


def _ranges(body: str, dated: list[Dated]) -> list[Dated]:
    """The dates, two days of two months joined as one range ("du 30 juin au 2 juillet", "les 30
    juin et 1er juillet"; see ``RANGE``), which the date phrases read as two dates; a range
    spans a week at most.

    >>> text = "du 30 juin au 2 juillet"
    >>> _ranges(text, [Dated(3, "2024-06-30", ""), Dated(14, "2024-07-02", "")])
    [Dated(start=3, first='2024-06-30', last='2024-07-02', in_title=False)]
    """
    joined: list[Dated] = []
    for date in dated:
        first = joined[-1] if joined else None
        start, end = _day(first.first) if first else None, _day(date.first)
        if (
            first is not None and start is not None and end is not None
            and not first.last and len(first.first) == len(date.first) == 10
            and 0 < (end - start).days <= 7
            and RANGE.fullmatch(body, first.start, date.start)
        ):  # fmt: skip
            joined[-1] = Dated(first.start, first.first, date.first, first.in_title)
            continue
        joined.append(date)
    return joined


def _calendar(body: str, spans: list[tuple[int, int]], dated: list[Dated]) -> list[tuple[int, int]]:
    r"""The sentences of a calendar, several steps each with its date, none of them an event
    the text reports: a sentence of three dates or more ("15 janvier : lancement de l'appel ;
    15 mars : clôture ; 30 juin : annonce des lauréats"), or three lines or more in a row, each
    with its date ("- 15 janvier 2024 : lancement", "- 15 mars 2024 : clôture", ...).

    >>> text = "Calendrier :\n- 15 janvier : lancement\n- 15 mars : clôture\n- 30 juin : fin"
    >>> spans = sentences(text)
    >>> dated = [Dated(text.index(day), day, "") for day in ("15 janvier", "15 mars", "30 juin")]
    >>> [text[a:b] for a, b in _calendar(text, spans, dated)]
    ['- 15 janvier : lancement', '- 15 mars : clôture', '- 30 juin : fin']
    """
    starts = [d.start for d in dated]

    def days(span: tuple[int, int]) -> set[str]:
        return {d.first for d in dated[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]}

    calendar = [span for span in spans if len(days(span)) >= STEPS]
    runs: list[list[tuple[int, int]]] = []  # lines in a row, each with its date
    for span in spans:
        if not days(span) or (span[0] > 0 and body[span[0] - 1] != "\n"):
            runs.append([])
        elif runs and runs[-1] and body.count("\n", runs[-1][-1][1], span[0]) == 1:
            runs[-1].append(span)
        else:
            runs.append([span])
    calendar += [span for run in runs if len(run) >= STEPS for span in run]
    return sorted(set(calendar))


def _most_precise(body: str, places: list[Mention]) -> list[Mention]:
    """The places but those that say where the one before them is (see ``WITHIN``): "à Pantin,
    en Seine-Saint-Denis" is held in Pantin.

    >>> text = "à Pantin, en Seine-Saint-Denis, puis à Lyon"
    >>> names = [Mention(n, text.index(n), text.index(n) + len(n), "place", n)
    ...          for n in ("Pantin", "Seine-Saint-Denis", "Lyon")]
    >>> [m.text for m in _most_precise(text, names)]
    ['Pantin', 'Lyon']
    """
    return [
        m
        for previous, m in zip([None, *places], places, strict=False)
        if previous is None or not WITHIN.fullmatch(body, previous.end, m.start)
    ]


def _of_a_moment(body: str, start: int) -> bool:
    """Whether the date at ``start`` may date an event: not the page's own ("Publié le"), not
    the start of a state ("depuis le"), not a text's ("la loi du"), not a deadline or a bound
    ("avant le", "jusqu'au"), not a body's founding ("créée le").

    >>> text = "publiée au JO, la loi du 3 mai fixe un bilan d'ici fin juin ; séminaire le 5 mai"
    >>> [_of_a_moment(text, text.index(date)) for date in ("3 mai", "fin juin", "5 mai")]
    [False, False, True]
    >>> text = "Publié le 3 mai. Un GIP public. Vendredi 24 mars, l'assemblée"
    >>> [_of_a_moment(text, text.index(date)) for date in ("3 mai", "Vendredi")]
    [False, True]
    """
    return not (
        PUBLISHED.search(body[max(0, start - 30) : start])
        or SINCE.search(body[max(0, start - 24) : start])
        or acts().search(body, max(0, start - 60), start)
        or preceding("limits").search(body, max(0, start - 30), start)
        or preceding("founded").search(body, max(0, start - 30), start)
    )


def _first_day(body: str, start: int, value: tuple[str, str]) -> tuple[str, str]:
    """A date's (start, end), from the first day printed before it when the text gives two days
    each with its weekday (see ``FIRST_DAY``), which the date phrase alone leaves out.

    >>> text = "Réunie jeudi 14 et vendredi 15 octobre à Lyon"
    >>> _first_day(text, text.index("vendredi"), ("2021-10-15", ""))
    ('2021-10-14', '2021-10-15')
    >>> _first_day("le 3 mai et le 15 octobre", 18, ("2021-10-15", ""))
    ('2021-10-15', '')
    """
    first, last = value
    day = FIRST_DAY.search(body, max(0, start - 24), start)
    if len(first) != 10 or last or day is None or not 0 < int(day.group(1)) < int(first[8:]):
        return value
    return f"{first[:8]}{int(day.group(1)):02d}", first


def _day(value: str) -> Day | None:
    """The first day of a date, a month or a year ("2011-11": 1 November 2011); None if it is
    none.

    >>> _day("2011-11"), _day("")
    (datetime.date(2011, 11, 1), None)
    """
    parts = (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]
    try:
        return Day.fromisoformat(parts if len(value) != 10 else value)
    except ValueError:
        return None


def _span_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span holding ``offset``, if one does.

    >>> _span_of([(0, 3), (4, 10)], 5), _span_of([(0, 3), (4, 10)], 3)
    ((4, 10), None)
    """
    index = bisect_right([start for start, _ in spans], offset) - 1
    if index >= 0 and offset < spans[index][1]:
        return spans[index]
    return None


def _organized_by(owner: str, evidence: str, confidence: float) -> Statement:
    """The reported event organised by the body ``owner`` (an IRI), as ``evidence`` says."""
    return Statement(
        subject=EVENT,
        predicate=SCHEMA + "organizer",
        object=owner,
        evidence=evidence,
        confidence=confidence,
    )


@lru_cache(maxsize=1)
def _own_kinds() -> frozenset[str]:
    """The kinds of event a body holds for itself (``cues.toml`` [events] own_kinds, expanded),
    read once for the three readers that ask."""
    return frozenset(expand(kind) for kind in cue_tables()["events"]["own_kinds"])
