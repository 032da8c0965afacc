"""Titles that name their body themselves, with no name of the body printed after them.

French fuses a title with the name of the unit one heads: "directeur de la ville et de la
cohésion urbaine" and "directeur Ville et cohésion urbaine" head the "direction Ville et cohésion
urbaine", "directeur général délégué
de la politique de la ville" the "direction générale déléguée à la politique de la ville". The
title's words and the unit's head words share their stems ("directeur"/"direction",
"délégué"/"déléguée"), and what follows them is the same once articles, "de"/"à la", gender
and number are set aside; a unit's name may end with its parent's ("... de l'ANCT"). The units
come from the graph (``units.rq``), the role from the vocabulary's labels (passed in).

A title may also name a commune: "maire d'Annecy" is a title at the local authority located
in Annecy (``communes.rq``); of the authorities located there, those that existed in the
article's year, and of these the ones no change replaced (the commune before a merger is not
the merged one), if one is left.
The commune's name may be misspelt in print ("Anecy"), so it is matched fuzzily.

A title may name no body at all ("le préfet de région, X", "X, ministre de la Ville"): when
the ontology says its office exists at one body only (``role-bodies.rq``, crpv:heldAt: the State
for a préfet or a minister), the title is at that body.

>>> words("la Direction générale déléguée à la politique de la ville de l'ANCT")
('direction', 'general', 'delegu', 'politiqu', 'vil', 'anct')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from crpv_graph.ingest.cues import cue_tables
from crpv_graph.ingest.french import OF
from crpv_graph.ingest.gazetteer import Gazetteer, ingest_query, normalise
from crpv_graph.query import Target, text_rows

# Words that join a title to what it heads, or sit inside a name: not compared.
JOINING = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "en"})
LINK = re.compile(r"\s*(?:(?:de la|de l['’]|du|des|de|d['’]|à la|à l['’]|au|aux|à)\s*)?", re.I)
# The commune's name as printed: capitalised words ("Saint-Denis", "Le Havre").
CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*")
CLAUSE = re.compile(r"[^,;:.()«»\"“”!?]*")
# "générales" -> "général", "déléguée" -> "délégu", "interministérielle" -> "interministériel"
FEMININE_PLURAL = re.compile(r"(?:(?<=l)le|ee|e)?s?$")
STEM = 5  # "direc|teur", "direc|tion"; "délég|ué", "délég|ation"
FUZZY_COMMUNE = 88.0


def words(text: str) -> tuple[str, ...]:
    """The compared words of a name: normalised, no joining word, no feminine or plural
    ending (so "générale" is "général" and "déléguées" is "délégué")."""
    found = re.findall(r"\w+", normalise(text).replace("'", " "))
    return tuple(FEMININE_PLURAL.sub("", w) or w for w in found if w not in JOINING)


def organ_name(name: str, parent: str) -> str:
    """A unit's name less its parent's, when the name holds it: what a text calls the unit by once
    it has named the parent ("son conseil d'administration", "une antenne à Reims"); "" for a
    unit named in its own right ("direction Ville et cohésion urbaine").

    >>> organ_name("antenne de l'ORIV à Reims", "ORIV")
    'antenne à Reims'
    """
    if not parent:
        return ""
    pattern = re.compile(r"\s*(?:\b" + OF + r"\s*)?" + re.escape(parent) + r"(?!\w)", re.I)
    rest = " ".join(pattern.sub(" ", name).split())
    return rest if rest and rest != " ".join(name.split()) else ""


def _stems(label: str) -> tuple[str, ...]:
    """The stems of a role label's words, its inclusive endings dropped ("directeur·rice
    général·e" -> ("direc", "gener"))."""
    masculine = " ".join(word.split("·")[0] for word in label.split())
    return tuple(word[:STEM] for word in words(masculine))


@dataclass(frozen=True)
class Unit:
    iri: str
    head: tuple[str, ...]  # the stems of the words a title may share
    rest: tuple[str, ...]  # what the unit is of: "vil", "et", "cohesion", "urbain"
    parent: str  # the body it is a unit of ("" for a body in its own right)
    office: str = ""  # the label of the office heading a body in its own right: head_titles


def _headed_bodies(gazetteer: Gazetteer, units: set[str]) -> set[Unit]:
    """The bodies in their own right (not ``units``) whose name opens with a noun of
    ``cues.toml`` [titles] head_titles, headed by that office: the "délégué interministériel à
    la ville" heads the "Délégation interministérielle à la ville", as its director."""
    heads = {words(noun)[0]: label for noun, label in cue_tables()["titles"]["head_titles"].items()}
    found = set()
    for entity in gazetteer.entities.values():
        if entity.type != "organization" or entity.iri in units or entity.collective:
            continue
        for name in entity.names:
            rest = words(name)
            if len(rest) > 1 and rest[0] in heads:
                head = tuple(w[:STEM] for w in rest)
                found.add(Unit(entity.iri, head, rest, "", heads[rest[0]]))
    return found


@dataclass(frozen=True, order=True)
class Authority:
    """A local authority located in a commune, its lifespan, and whether a change replaced it."""

    iri: str
    first: int | None
    last: int | None
    replaced: bool

    def existed(self, year: int | None) -> bool:
        """Whether it existed in ``year`` (any year when it or its lifespan is unknown)."""
        if year is None:
            return True
        return (self.first is None or self.first <= year) and (
            self.last is None or self.last >= year
        )


REGION = "Région "  # how the graph names a regional authority, before its region's name
# How the graph names a prefecture: "Préfecture de Vaucluse", "Préfecture du Gers", its
# département after the article.
PREFECTURE = re.compile(r"Préfecture\s+" + OF + r"\s*(?P<place>.+)", re.I)
# "directeur de cabinet du préfet de Vaucluse": an office of the préfet of a département.
OF_PREFET = re.compile(r"\s+du\s+préfet\s+" + OF + r"\s*", re.I)


@dataclass(frozen=True)
class TitledBodies:
    """The graph's organisational units and communes' local authorities, for titles."""

    units: tuple[Unit, ...] = ()
    # (normalised commune name, the authorities located there, the lifespan of each)
    communes: tuple[tuple[str, tuple[Authority, ...]], ...] = ()
    # (role IRI, the one body where that office is held: crpv:heldAt)
    usual: tuple[tuple[str, str], ...] = ()
    # (unit IRI, its name less its parent's, the parent's IRI): an organ a text names by a common
    # noun, "son conseil d'administration" (relations.organs)
    organs: tuple[tuple[str, str, str], ...] = ()
    # (normalised name of a region, the regional authority of the graph named after it: the
    # "Région Hauts-de-France" for "hauts-de-france")
    regions: tuple[tuple[str, str], ...] = ()
    # (IRI, first year, last year) of the bodies whose start or end the graph knows: a body that
    # gathers others which ended as it began took their activity over (relations, ``successor``)
    lifespans: tuple[tuple[str, int | None, int | None], ...] = ()
    # the IRIs of the bodies that stand for all the bodies of a kind (crpv:collectiveOf: "les
    # SGAR"), where no one holds an office
    collectives: frozenset[str] = frozenset()
    # (normalised name of a département, the graph's prefecture named after it: the "Préfecture
    # de Vaucluse" for "vaucluse")
    prefectures: tuple[tuple[str, str], ...] = ()

    @cached_property
    def _lifespans(self) -> dict[str, tuple[int | None, int | None]]:
        """``lifespans`` by IRI, built once: :meth:`took_over` reads it for each pair of bodies
        a gathering verb names."""
        return {iri: (first, last) for iri, first, last in self.lifespans}

    @classmethod
    def from_graph(cls, target: Target, gazetteer: Gazetteer) -> TitledBodies:
        """The units and communes of ``target``; the authorities' lifespans from ``gazetteer``."""
        units = set()
        organs = set()
        for row in text_rows(target, ingest_query("units")):
            organ = organ_name(row["name"], row["parentName"] or "")
            if organ:
                organs.add((row["unit"], organ, row["parent"]))
            name = words(row["name"])
            heads = [name]
            parent = words(row["parentName"]) if row["parentName"] else ()
            if parent and len(name) > len(parent) and name[-len(parent) :] == parent:
                heads.append(name[: -len(parent)])  # "... de l'ANCT": the parent's name
            for each in heads:
                units.add(Unit(row["unit"], tuple(w[:STEM] for w in each), each, row["parent"]))
        units |= _headed_bodies(gazetteer, {u.iri for u in units})
        by_name: dict[str, set[Authority]] = {}
        for row in text_rows(target, ingest_query("communes")):
            entity = gazetteer.entities.get(row["authority"])
            span = (entity.first_year, entity.last_year) if entity else (None, None)
            authority = Authority(row["authority"], *span, row["replaced"] == "true")
            by_name.setdefault(normalise(row["name"]), set()).add(authority)
        communes = tuple((name, tuple(sorted(found))) for name, found in sorted(by_name.items()))
        usual = tuple(
            (row["role"], row["organization"])
            for row in text_rows(target, ingest_query("role-bodies"))
        )
        regions = {
            (normalise(name[len(REGION) :]), entity.iri)
            for entity in gazetteer.entities.values()
            if entity.type == "organization"
            for name in entity.names
            if name.startswith(REGION) and len(name) > len(REGION)
        }
        lifespans = tuple(
            sorted(
                (entity.iri, entity.first_year, entity.last_year)
                for entity in gazetteer.entities.values()
                if entity.type == "organization" and (entity.first_year or entity.last_year)
            )
        )
        collectives = frozenset(
            entity.iri for entity in gazetteer.entities.values() if entity.collective
        )
        prefectures = {
            (normalise(named["place"]), entity.iri)
            for entity in gazetteer.entities.values()
            if entity.type == "organization"
            for name in entity.names
            if (named := PREFECTURE.fullmatch(name))
        }
        return cls(
            tuple(sorted(units, key=lambda u: (u.iri, u.rest))),
            communes,
            usual,
            tuple(sorted(organs)),
            tuple(sorted(regions)),
            lifespans,
            collectives,
            tuple(sorted(prefectures)),
        )

    def took_over(self, heir: str, former: str) -> bool:
        """Whether the graph has ``former`` end within a year of ``heir``'s start: "l'ANCT
        regroupe le CGET" (created in 2019, ended in 2020) says it took the CGET's activity
        over, where "le réseau regroupe l'ORIV" names a member.

        >>> titled = TitledBodies(lifespans=(("o:anct", 2019, None), ("o:cget", 2014, 2020)))
        >>> titled.took_over("o:anct", "o:cget"), titled.took_over("o:cget", "o:anct")
        (True, False)
        """
        begun = self._lifespans.get(heir, (None, None))[0]
        ended = self._lifespans.get(former, (None, None))[1]
        return begun is not None and ended is not None and abs(begun - ended) <= 1

    def region(self, names: Iterable[str]) -> str:
        """The one regional authority named after a region among ``names`` (the places an
        article names, or the words after a title), "" for none or several.

        >>> titled = TitledBodies(regions=((normalise("Hauts-de-France"), "o:region-hdf"),))
        >>> titled.region(["Lille", "Hauts-de-France"]), titled.region(["Bretagne"])
        ('o:region-hdf', '')
        """
        keys = {normalise(name) for name in names}
        found = {iri for name, iri in self.regions if name in keys}
        return found.pop() if len(found) == 1 else ""

    def article_region(self, names: Iterable[str]) -> str:
        """The one regional authority an article speaks of: named after a region it names,
        alone ("Hauts-de-France") or in a body's name ("Région Hauts-de-France"); not "la
        Région", which says not which. "" for none or several.

        >>> titled = TitledBodies(regions=((normalise("Hauts-de-France"), "o:region-hdf"),))
        >>> titled.article_region(["Lille", "Région Hauts-de-France"])
        'o:region-hdf'
        >>> titled.article_region(["Région"])
        ''
        """
        found = {self.region([name.removeprefix(REGION)]) for name in names} - {""}
        return found.pop() if len(found) == 1 else ""

    def prefecture(self, body: str, title_end: int, limit: int) -> tuple[str, int] | None:
        """(prefecture IRI, end of the département's name) when the title ending at
        ``title_end`` goes on with "du préfet de <département>" and the graph has one
        prefecture named after it: the préfet's chief of staff works at the prefecture.

        >>> titled = TitledBodies(prefectures=((normalise("Vaucluse"), "o:prefecture-84"),))
        >>> text = "directeur de cabinet du préfet de Vaucluse, puis"
        >>> titled.prefecture(text, 20, len(text)), titled.prefecture(text, 8, len(text))
        (('o:prefecture-84', 42), None)
        """
        link = OF_PREFET.match(body, title_end, limit)
        name = CAPITALISED.match(body, link.end(), limit) if link else None
        if name is None:
            return None
        found = {iri for place, iri in self.prefectures if place == normalise(name.group())}
        return (found.pop(), name.end()) if len(found) == 1 else None

    def usual_body(self, role: str) -> str:
        """The one body where the office ``role`` is held, per the ontology ("" for an office
        of many bodies): "le préfet de région" needs no "de l'État" to be at the State."""
        return next((body for held, body in self.usual if held == role), "")

    def offices_at(self, body: str) -> list[str]:
        """The offices held at ``body`` only, per the ontology (:meth:`usual_body` the other
        way): one sitting at the European Parliament is a member of it."""
        return [role for role, held in self.usual if held == body]

    def headed(self, body: str, title_end: int, limit: int, label: str) -> tuple[Unit, int] | None:
        """(unit, end of the title as printed) when the title of role ``label`` that ends at
        ``title_end`` goes on to name a unit of the graph by its own words, else None."""
        link = LINK.match(body, title_end, limit)
        if link is None:
            return None
        clause = CLAUSE.match(body, link.end(), limit)
        after = clause.group() if clause else ""
        stems = _stems(label)
        tokens = list(re.finditer(r"\S+", after))
        for size in range(len(tokens), 0, -1):  # the longest name first
            printed = after[: tokens[size - 1].end()]
            rest = words(printed)
            if not rest or not words(tokens[size - 1].group()):
                continue  # a name ends with a word of its own, not "au" or "de"
            for unit in self.units:
                head = len(unit.rest) - len(rest)
                if head == len(stems) and unit.rest[head:] == rest and unit.head[:head] == stems:
                    return unit, link.end() + len(printed)
        return None

    def head_role(self, unit: str, labels: dict[str, str]) -> str:
        """The role (of ``labels``: role IRI -> French label) whose title shares the most leading
        stems with the name of ``unit``, "" for none: the "direction générale déléguée à la
        politique de la ville" is headed by its "directeur général délégué", not its
        "directeur"."""
        best, size = "", 0
        for each in (u for u in self.units if u.iri == unit):
            for role, label in labels.items():
                stems = _stems(label)
                if len(stems) > size and each.head[: len(stems)] == stems:
                    best, size = role, len(stems)
        return best

    def parent(self, unit: str) -> str:
        """The body ``unit`` is a unit of ("" for none of the graph's units)."""
        return next((u.parent for u in self.units if u.iri == unit), "")

    def commune(
        self, body: str, title_end: int, limit: int, year: int | None
    ) -> tuple[str, int, float] | None:
        """(authority IRI, end of the title, confidence) when the title ending at ``title_end``
        goes on with "de <commune>" and one local authority of the graph that existed in
        ``year`` is located there."""
        link = LINK.match(body, title_end, limit)
        if link is None or not re.match(r"\s*(?:de\s|d['’])", link.group(), re.I):
            return None
        name = CAPITALISED.match(body, link.end(), limit)
        if name is None:
            return None
        key = normalise(name.group())
        best: tuple[str, float] | None = None
        for commune, authorities in self.communes:
            living = [a for a in authorities if a.existed(year)]
            if len(living) > 1:
                living = [a for a in living if not a.replaced]
            if len(living) != 1:
                continue  # a name that several authorities are located at says none of them
            if commune == key:
                return living[0].iri, name.end(), 0.7
            if len(key) >= STEM and " " not in key:
                score = fuzz.ratio(key, commune)
                if score >= FUZZY_COMMUNE and (best is None or score > best[1]):
                    best = (living[0].iri, score)
        return (best[0], name.end(), 0.6) if best else None
