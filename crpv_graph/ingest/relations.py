"""Relations one sentence states between two bodies or people it names: "X, labellisé par Y",
"X, partenaire de Y", "la direction X au sein de Y", "transfert de l'activité de X à Y"...

The cue phrases of each property are data, in ``cues.toml``, keyed by the property's compact
IRI (the ontology's term): a curator who meets "cofinancé par" adds it there, not here. A phrase
is plain French with a few placeholders (``{e}`` for agreement, ``{de}`` for "de/du/des/d'"),
so the file reads like the texts it matches (:func:`phrase`). The phrase stands between the
subject and the object ("after"), between the object and the subject ("before"), or before both
("around": subject first; "fronted": object first, "Invités par le CGET, les CRPV"). Either
end may be a list of names ("labellisés par l'État et la Région"), read by
:func:`listed_after` and :func:`listed_before`, which the participation cues of
:mod:`.extract` share.

A body's members are often named without the body: "L'Etat et la Région en sont les membres
fondateurs", "Le groupement compte parmi ses membres A, B et C" (the "pronoun" and "possessive"
shapes), or before a "dont" ("relative"). The body "en", "ses" or "le groupement" refer to is
the one the text has named most (:func:`antecedent`): news items name their body again and
again, while the body named last is often a member just listed.

Two readings need the graph as well as the cues: an organ the graph holds as a unit of a body
and a text names by a common noun ("son conseil d'administration", :func:`organ_mentions`),
and the signatories of an agreement it knows ("Le Pacte de Dijon, signé par France urbaine et
l'ADCF", :func:`signatories`, whose phrases are the [signature] table of ``cues.toml``).

Only regular expressions over the sentence are used, not spaCy's dependency parse: the
pipeline leaves the parser out (``recognise.NOT_FOR_ENTITIES``), and putting it back (with its
tok2vec) makes drafting the two primary articles half as slow again (106 → 160 ms and 94 →
145 ms a draft, best of five, 2 cores), for subjects and objects that stand next to their cues
in these texts anyway.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from crpv_graph.ingest.cues import cue_tables
from crpv_graph.ingest.french import ENTRY_OPENS, ITEM_MARK, ITEM_OPENS, OF
from crpv_graph.ingest.gazetteer import first_word, normalise
from crpv_graph.ingest.recognise import CIVILITY, FIELD, Mention
from crpv_graph.ingest.titles import TitledBodies
from crpv_graph.namespaces import PREFIXES

AGENTS = ("organization", "person")
# Counts in words, two to twenty, in order.
NUMBERS = (
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
    "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt",
)  # fmt: skip
NUMBER_WORDS = "(?:" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
UNIT_OF = PREFIXES["org"] + "unitOf"
MEMBER_OF = PREFIXES["org"] + "memberOf"
TRANSFER = PREFIXES["crpv"] + "activityTransferredTo"
SIGNATORY_CONFIDENCE = 0.6
# "il avait signé", "elle l'a paraphé": a pronoun subject right before a verb of signing.
SIGNING_PRONOUN = re.compile(
    r"\b(?:il|elle)\s+(?:l['’]\s*)?(?:(?:a|avait|aura|eut)\s+)?"
    r"(?:(?:aussi|également|déjà|ensuite|alors|enfin)\s+)?$",
    re.I,
)
# How far before its sentence an agreement referred to ("Ce pacte", "l'a signé") is named.
AGREEMENT_REACH = 600
# Of a unit named by a common noun ("son conseil d'administration"), read from the graph.
ORGAN_CONFIDENCE = 0.6
MACROS = {
    "{e}": r"(?:e|s|es)?",
    "{s}": r"s?",
    "{nt}": r"(?:nt)?",
    "{de}": r"(?:de\s+la\b|de\s+l['’]|du\b|des\b|de\b|d['’])",
    "{à}": r"(?:à\s+la\b|à\s+l['’]|aux\b|au\b|à\b)",
    "{un}": r"(?:(?:un|une|le|la|les)\s+|l['’]\s*)?",
    "{est}": r"(?:est|sont|était|étaient|sera|seront|reste|restent|demeure|demeurent)",
    "{words}": r"(?:[^\s.;:!?]+\s+){0,3}?",
    "{clause}": r"[^.;:!?]{0,80}?",
    "{colon}": r"\s*:",
    "{long}": r"[^.;:!?]{0,160}?",
    "{adv}": r"(?:aussi|également|désormais|toujours|déjà|encore|actuellement|officiellement|"
    r"notamment|donc|ainsi|tous\s+deux|toutes\s+deux|tous|toutes)\b",
    "{aux}": r"(?:a|ont|avait|avaient|aura|auront)\b",
    "{alone}": r"\b(?!\s+(?:de\b|des\b|du\b|d['’]|(?-i:[A-ZÀ-Ý])))",
    "{n}": rf"(?=(?:\d+|{NUMBER_WORDS})\b)",
    "{count}": rf"(?:(?:\d+|{NUMBER_WORDS})\s+)?",
    "{time}": r"(?:la\s+même\s+année|cette\s+année-là|(?:en|dès|depuis|fin|début)\s+"
    r"(?:[^\W\d_]+\s+)?\d{4})",
}
LIST_ARTICLE = (
    r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|le|la|les|l['’]|au|aux|à\s+la|à\s+l['’])\s*)?"
)
# Between two items of a list: a separator, then an article.
SEPARATOR = re.compile(r",|\bet\b|\bainsi qu(?:e\b|['’])|\(|/")
"""What parts a list's items: "A, B et C", "A ainsi que B", "à A ainsi qu'à B"."""
# The civility right before a person's name ("M. ", "Mme "), whose full stop is no sentence's.
CIVILITY_BEFORE = re.compile(r"\b" + CIVILITY.pattern)
# Words that end a list: a verb or a clause starts ("X réunissait A et B, qui ont ..."; not
# "ainsi que", "ainsi qu'à", which add an item).
BREAKERS = re.compile(
    r"\b(?:a|ont|est|sont|était|étaient|sera|qui|(?<!ainsi )que|(?<!ainsi )qu['’]|où|dont|pour|"
    r"afin|avant|après|"
    r"puis|mais|lors|car|depuis|avec)\b|[.;!?]",
    re.I,
)
# Between a subject and its cue ("X, qui est partenaire de Y" reads; "X pour que Y", "X pour
# construire ..." do not; "X à Paris pour leur regroupement, à l'invitation de Y" does).
CLAUSE = re.compile(
    r"[.;!?]|\b(?:que|qu['’]|où|dont|pour\s+(?:que|qu['’]|[^\W\d_]+(?:er|ir|re)\b)|afin|mais|"
    r"car)\b",
    re.I,
)
STOPWORDS = frozenset(
    {"les", "des", "une", "aux", "leur", "leurs", "ses", "son", "tous", "toutes", "tout",
     "également", "aussi", "ainsi", "notamment", "avec", "dans", "sur", "par", "pour", "entre"}
)  # fmt: skip
# ", directrice générale de l'": after a person, a title ending with a preposition names the
# body the person belongs to, not another item of the list.
APPOSITION = re.compile(
    r"\s*,[^,.;:!?]{1,80}?(?:\bde\s+la|\bde\s+l['’]|\bdu|\bdes|\bde|\bd['’]|\bà\s+l['’]|\bau|"
    r"\bà\s+la|\bau sein de\s+(?:la|l['’])?)\s*",
    re.I,
)
# As many centres as the network has counted, in words: "les dix-neuf centres" are the group,
# "les deux centres" two of them.
NETWORK_SIZES = (
    "(?:" + "|".join(sorted(NUMBERS[NUMBERS.index("quinze") :], key=len, reverse=True)) + ")"
)
# "les 19 centres", "aux 19 centres de ressources", "le réseau compte aujourd'hui vingt
# centres", "la collaboration des centres avec": the centres counted, or named alone before a
# punctuation mark, a link word or "labellisés" (all of them are: "des centres labellisés par
# l'ANCT", :data:`LABELLED`), as a group, which the gazetteer (names of the graph) does not
# hold. "les centres sociaux" is not them.
CENTRES_REFERENCE = re.compile(
    r"\b(?:les|des|aux|ces|(?:compt|rassembl|regroup|fédèr|fédér)(?:e|ent|ait|aient)"
    r"(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?)?)\s+"
    rf"(?P<name>(?:(?:\d+|{NETWORK_SIZES})\s+centres|"
    r"centres(?=\s*[,.;:!?)]|\s+(?:avec|et|ont|sont|se|qui|pour|labellisés)\b))"
    r"(?:\s+de\s+ressources)?)\b",
    re.I,
)
# "des centres labellisés par l'ANCT": the centres as a group only in a text that already spoke
# of them (not "les centres labellisés par l'ARS", health centres).
LABELLED = re.compile(r"\s+labellisés\b", re.I)
# "Tous sont nés d'initiatives locales", "mais ils sont labellisés": a plural pronoun opening a
# clause as its subject (not "tous les centres", a determiner).
PLURAL_SUBJECT = re.compile(
    r"\b(?P<name>ils|elles|tous|toutes)\s+(?!(?:les|ces|ses|leurs|nos|vos|deux|trois)\b)"
    r"(?=[^\W\d_])",
    re.I,
)
CLAUSE_OPENS = re.compile(r"(?:^|[,.;:!?\n]|\b(?:mais|et|puis))\s*$", re.I)
# How far back a plural pronoun looks for the centres it stands for: a sentence or two.
PLURAL_REACH = 300
# "le réseau", "du réseau national" without a name after it: the national network the centres
# make up, as articles about them say it.
NETWORK_REFERENCE = re.compile(
    r"\b(?:[Ll]e|[Dd]u|[Aa]u)\s+(?P<name>réseau(?:\s+national)?)\b(?!\s*(?:de\b|des\b|du\b|d['’]|[A-Z]))"
)
# "Cette dernière", "ce dernier": the body or person named last before it.
LATTER = re.compile(r"\b(?:cette\s+derni[èe]re|ce\s+dernier)\b", re.I)
# "Normanvilles, porté par ORS-CREAI Normandie, a été labellisé": a name after "par" is the
# agent of another participle, not the subject of the cue that follows it; unless a relative
# clause makes it one ("publié par le CGET, qui assure l'animation du réseau").
AGENT = re.compile(r"\bpar\s+" + LIST_ARTICLE + r"$", re.I)
# "mis en place par la CRIPI, une instance du FAS", "par la CRIPI, instance du FAS": a noun with
# an indefinite article or none, set after a name by a comma, says what that name is, an agent's
# or not (not a participle: "par la Région, rattachée à", with no "de" after a word or two).
INDEFINITE_APPOSITION = re.compile(
    r"\s*,\s*(?P<noun>(?:un|une)\s|(?=[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:du|des|de|d['’])(?!\w)))",
    re.I,
)
# "le centre", "l'association": a body called by a noun of bodies, which "il" or "elle" may
# then stand for.
BODY_NOUNS = (
    r"(?:centre|association|groupement|structure|GIP|agence|institut|observatoire|établissement|"
    r"organisme|commissariat|fédération)\b(?!-)"
)
# "Cette année-là, il a transmis", "Elle est aussi": a pronoun subject right before a cue ("Elles
# reprennent": in the plural); or a noun of bodies opening the sentence or a clause after "que",
# "Le nouvel opérateur reprend", "L'agence a repris", "L'institut abrite", "souligne que le
# centre de ressources abrite".
IT = re.compile(
    r"(?:^|[,.;:]\s*|\n|\bque\s|\bqu['’])\s*(?:(?:mais|et|puis)\s+)?"
    r"(?:(?P<pronoun>il|elle)|(?P<plural>ils|elles)|"
    r"(?:le|la|l['’])\s*(?:nouvel(?:le)?\s+|"
    r"nouveau\s+)?(?:opérateur|" + BODY_NOUNS + r")(?:\s+public|\s+de\s+ressources)?)\s+"
    r"(?:(?:a|avait|est|était|sera|aura)\s+)?"
    r"(?:(?:aussi|également|déjà|ensuite|alors|désormais)\s+)?(?:été\s+)?$",
    re.I,
)
BODY_NOUN = re.compile(r"\b(?:le|la|l['’])\s*" + BODY_NOUNS, re.I)
# "le bureau de l'association", "le conseil d'administration du centre": an organ of the body
# a noun of bodies stands for.
OF_BODY_NOUN = re.compile(r"\s*\b" + OF + r"\s*" + BODY_NOUNS, re.I)
# "le réseau RECI", "du GIP « Maore Ouvoimoja »": a noun of a kind of body, then the name.
KIND_BEFORE = re.compile(
    r"\b(?:le|la|les|l['’]|du|des|de\s+la|de\s+l['’]|au|aux|à\s+la|à\s+l['’])\s*"
    r"(?P<kind>[^\W\d_]+)\s*[«“\"]?\s*$",
    re.I,
)
# ", créée par la loi du 22 juillet 2019 et opérationnelle depuis le 1er janvier 2020, ": a
# phrase set apart by commas after a name, up to the verb that follows.
INSERTED = re.compile(r"\s*,[^,.;:!?()]{1,160},(?=\s)")
# The opening of an item of a list, up to its first word: "- ", "• " after a line break.
ITEM_START = r"(?:(?<=\n)|^)[ \t]*" + ITEM_MARK + r"[ \t]*"
# ", un centre", ", centre": the noun of a phrase set after a name by a comma.
APPOSED_NOUN = re.compile(r"\s*,\s*(?:(?:un|une|le|la)\s+|l['’]\s*)?(?P<noun>[^\W\d_]+)", re.I)
# "Reims", "Saint-Denis", "Le Havre": a place's name after a branch ("une antenne à Reims").
PLACE_NAME = r"(?:Le\s+|La\s+)?(?-i:[A-ZÀ-Ý])[^\W\d_]+(?:-[^\W\d_]+)*"
# "(au sein du) commissariat": a noun of bodies right after a cue, for the body it stands for.
NOUN_NEXT = re.compile(r"\s*(?P<noun>" + BODY_NOUNS + ")", re.I)
OF_NEXT = re.compile(r"\s*\b" + OF + r"\s*", re.I)
# "(un conseil d'administration de) 33 membres": a count after "de" says a size, not a body.
COUNT_NEXT = re.compile(rf"(?:\d+|{NUMBER_WORDS})\s", re.I)
# "(labellisés par) l'agence.", "(le label) du commissariat": a noun of bodies as a cue's
# object, standing for a body named before; not one named or qualified after it ("l'agence de
# Poitiers", "l'agence régionale").
# What may follow a noun of bodies that stands alone, neither named nor qualified after it.
NOUN_ENDS = r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:et|qui|depuis|en|dès|pour|avec)\b)"
NOUN_OBJECT = re.compile(
    r"\s*(?:(?:le|la|l['’])\s*)?(?P<noun>" + BODY_NOUNS + r")" + NOUN_ENDS, re.I
)
# A sentence whose subject is a pronoun or a noun of bodies, after a phrase set apart at most
# ("Cette année-là, il a transmis", "L'association a révisé ses statuts"; "nous", "nos", the
# body whose page it is: "Nos activités sont passées à PQA, nous avons installé un comité"), or
# that opens by naming a source ("Selon l'USH, son conseil d'administration réunit").
# An article at most, between a phrase and the name right after it ("avec le CAUE", not "avec
# le soutien de l'ANCT"): right_after.
ARTICLE_ONLY = re.compile(r"\s*" + LIST_ARTICLE, re.I)
# A body that sits on "son conseil d'administration" sits on another's: "l'ANRU siège à son
# conseil d'administration" (of the school the sentence spoke of); not the noun ("L'ERU a offert
# aux centres un siège à son conseil d'orientation": its own).
SITS_ON = re.compile(
    r"(?<!\bun\s)(?<!\ble\s)(?<!\bson\s)(?<!\bsa\s)(?<!\bleur\s)(?<!\bdu\s)(?<!\bau\s)"
    r"\b(?:siège|siègent|siégeait|siégeaient|siégera|siégeront|a\s+siégé|ont\s+siégé)\s+"
    r"(?:(?:aussi|également|désormais|toujours)\s+)?(?:à|au\s+sein\s+(?:de|du|d['’]))\s*$",
    re.I,
)
SUBJECT_ELSEWHERE = re.compile(
    r"\s*(?:(?:[^,.;:]{0,40},\s*)?(?:(?:il|elle|ils|elles|nous|nos|notre)\b|"
    + BODY_NOUN.pattern
    + r")|(?:selon|d['’]après)\b)",
    re.I,
)
# "Ils sont labellisés", "Ces structures [...] sont labellisées": a plural subject, the bodies
# named last.
THEY = re.compile(
    r"(?:^|[,.;:]\s*|\n)\s*(?:ils|elles|ces\s+(?:structures|centres|associations|organismes))\b",
    re.I,
)
# "les CRPV", "18 CRPV": a name counted or with a plural article.
PLURAL = re.compile(r"\b(?:les|des|aux|ces|\d+)\s+$", re.I)
# "du CGET": a name that completes a noun ("les agents du CGET").
COMPLEMENT = re.compile(r"\b" + OF + r"\s*$", re.I)
RELATIVE = re.compile(r"\s*,?\s*qui\b", re.I)
# ", en 2015,": a time set apart by commas (the {time} of cues.toml), which a verb follows.
TIME_APART = re.compile(r",\s*" + MACROS["{time}"] + r"\s*,", re.I)
# "(RésO Villes) est le centre de ressources de Bretagne, et (l'un des membres du réseau)": a
# copula, a first predicate, then "et" opening a second one, which the copula carries over.
COORDINATED = re.compile(
    r"\s+(?P<copula>est|sont|était|étaient)\s+[^.;:!?()]{1,140}?,?\s+et\s+", re.I
)
# "(L'ORIV est une association et) les membres (du réseau RECI l'ont soutenue)": a plural after
# "et" is no predicate of a copula in the singular but the subject of a clause of its own.
PLURAL_OPENS = re.compile(r"(?:les|des|ces|ses|leurs)\s", re.I)
# "(Le projet est) dirigé par": the word before a passive of governing, and the copula between.
GOVERNED_SUBJECT = re.compile(
    r"(?P<word>\b[^\W\d_]+)\s+(?:(?:est|sont|était|étaient|sera|seront|a\s+été|ont\s+été)\s+)?"
    r"(?:(?:aussi|également|désormais|toujours|actuellement)\s+)?$",
    re.I,
)
PARTICIPLE_CLAUSE = re.compile(r"\s*,\s*[^,.;:!?()]{1,40}?\s+par\s+" + LIST_ARTICLE, re.I)
# Between a body and the cue it is the subject or object of: a verb and an adverb at most
# ("L'IREV compte parmi ses membres", "L'Etat et la Région en sont membres"), after the comma
# that closes a list ("A, ainsi que B et C, sont membres du groupement") or a stressed pronoun
# ("Le CESER, lui, y siège").
NEXT_TO = re.compile(r"\s*(?:,\s*(?:lui|elle|eux|elles)\s*)?,?\s+(?:[^\W\d_]+\s+){0,2}", re.I)
# A relative clause after a comma, up to its next comma: "A, qui succède à la Ville de V, B et
# C" (V is no item of the list, nor the subject of the verb after it).
RELATIVE_OPENS = re.compile(r"\s*,\s*qui\b[^,.;:!?]*", re.I)
BRACKET = re.compile(r"\s*\(\s*")
# "A (IREV) ; B (ANCT)", "A ; B ; et C": between items a semicolon apart.
SEMICOLON_GAP = re.compile(r"\s*\)?\s*;\s*(?:et\s+)?")
# A person's second title after the body of the first: "X, président de l'AdCF et maire
# d'Annecy" (not "et le CGET", "et les équipes de l'ANCT": another item opens with an article).
SECOND_TITLE = re.compile(
    r"\s*\)?\s*et\s+(?!(?:les?|la|des?|du|aux?|un|une)\s)[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,2}?\s+"
    + OF
    + r"\s*"
)
# A person's title in apposition, then the body it is held at in brackets: "X, directrice
# générale déléguée à la politique de la ville (Agence nationale de la cohésion des territoires)".
TITLE_BRACKET = re.compile(r"\s*,[^,.;:!?()]{1,80}\(\s*")
# "X, directeur Ville et cohésion urbaine au CGET": a title fused with the name of the unit one
# heads, no preposition between; an item of a list opens with an article or nothing.
TITLE_FUSED = re.compile(
    r"\s*,\s*(?!(?:et|ou|puis|avec|ainsi|les?|la|des?|du|aux?)\s)[a-zà-ÿ]+"
    r"(?:\s+(?!(?:et|ou|les?|la|des?|du|aux?)\s)[a-zà-ÿ]+){0,3}\s+"
)
# "l'IREV, un groupement d'intérêt public dont", "IREV (Hauts-de-France) : association dont": a
# noun phrase set after a body by a comma or a colon (its place in brackets before), which says
# what it is; the "dont" that follows is the body's.
DESCRIBED = re.compile(
    r"\s*(?:\([^()]{1,40}\))?\s*[,:]\s*(?:un|une|le|la|l['’])?\s*"
    r"(?P<noun>[^\W\d_][^,.;:!?()]{0,60}?)\s*",
    re.I,
)
# "l'État, au travers du SGAR,", "l'État – par l'intermédiaire du SGAR –": through whom a body
# listed acts, after a comma or a dash.
THROUGH = re.compile(
    r"\s*[,–—]?\s*(?:au\s+travers|à\s+travers|par\s+l['’]intermédiaire|par\s+le\s+biais|via|"
    r"représentée?s?\s+par)\b\s*" + LIST_ARTICLE,
    re.I,
)
# "par A, alors président de l'université de Tours, et B": between two people listed, the title
# of the first.
PERSON_APPOSITION = re.compile(r"\s*,[^,.;:!?()]{1,80},\s*(?:et\s+)?")
# "RésO Villes, le centre de ressources de Bretagne-Pays de la Loire, et PQA": between two
# bodies, a noun phrase set apart by commas, then "et", describes the first (a third item would
# take no comma before "et").
BODY_APPOSITION = re.compile(
    r"\s*,\s*(?:le|la|l['’]|un|une)\s*[^,.;:!?()]{1,80},\s*et\s+" + LIST_ARTICLE, re.I
)
# "par trois personnalités : A, B et C", "de trois structures : A", "de trois centres de
# ressources : A", "remplace depuis 2020 trois structures : A": the items counted (a noun of
# up to seven words, a year before the count), then named after a colon or a comma ("se
# substitue à trois structures existantes, la Datar, le SG-CIV et l'Acsé", "avec deux centres
# de ressources politique de la ville, RésO Villes et le CRPV Paca").
COUNTED = re.compile(
    r"\s*(?:(?:en|depuis|dès)\s+\d{4}\s+)?"
    r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,6}"
    r"\s*[:,]\s*" + LIST_ARTICLE,
    re.I,
)
# "Au sein du CGET, A et B ...", "Selon l'USH, A ...": a name in a phrase of place or source set
# before the subject is not an item of its list.
WITHIN = re.compile(
    r"\b(?:au\s+sein|auprès|selon|chez)\s*(?:" + OF + r")?\s*(?:le|la|les|l['’])?\s*$", re.I
)
# ", deux centres", ", les trois associations": a count and a noun in apposition after names.
COUNTED_APPOSITION = re.compile(
    rf"\s*,\s*(?:les\s+|tous\s+|toutes\s+)?(?P<count>\d+|{NUMBER_WORDS})\s+[^\W\d_]+\s*", re.I
)
# "- Coopération : ": the label of a list's entry, before the sentence it opens.
ENTRY_LABEL = re.compile(ITEM_OPENS.pattern + r"[^\W\d_][^:\n.;]{0,30}:[ \t]*")
# "deux centres de ressources politique de la ville, A et B": a count too small for the network,
# before the name of the centres as a group, says some of them, not the group.
FEW = re.compile(r"\b(?:" + "|".join(NUMBERS[: NUMBERS.index("quinze")]) + r"|\d)\s+$", re.I)
# What may open a sentence before a cue that opens it: a time ("La même année, avec X et Y, il
# a répondu", "En 2012, avec X, Y publie").
SETTING = re.compile(
    r"\s*(?:(?:la\s+même\s+année|cette\s+année-là|(?:en|dès|depuis|fin|début)\s+(?:[^\W\d_]+\s+)?"
    r"\d{4}|alors|ensuite|puis|enfin)\s*,\s*)?",
    re.I,
)
# An entry of a list or a glossary: a line that opens with a name (after a dash or a bullet,
# french.ENTRY_OPENS), its place in brackets, a colon or a long dash, then what the entry says
# of it: "- Normanvilles (Normandie) : labellisé en 2015 par le CGET", "• ORIV – membre du
# réseau RECI".
ENTRY_HEAD = re.compile(r"\s*(?:\([^()\n]{1,60}\))?\s*(?::|[–—](?=\s))(?P<colon>)[^\n]{0,200}")
BULLET = re.compile(ITEM_MARK + r"[ \t]*")
# A name's acronym in brackets right after it: "(PQA)".
ACRONYM_AFTER = re.compile(r"\s*\([^()\s]{2,15}\)")
# "il", "elle" as the subject right after a fronted phrase: "Avec X, il a répondu".
PRONOUN = re.compile(r"\s*(?:il|elle)\b", re.I)
# Between two items of a list: a comma or "et", an article; "par" or "à" may be said again
# ("financé par le Département et par l'ANCT", "s'est associé au CAUE, à CINEAM et à l'ORIV"),
# or the noun by a pronoun ("les missions du CGET ainsi que celles de l'EPARECA"); an item may
# be followed by an aside in brackets ("RésO Villes (Bretagne - Pays de la Loire) et le CRPV").
BACK_GAP = re.compile(
    r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:,\s*(?:et\s+|ainsi\s+que\s+)?|\s+et\s+|\s+ainsi\s+que\s+)"
    r"(?:par\s+|à\s+|(?:celles?|ceux|celui)\s+)?" + LIST_ARTICLE,
    re.I,
)


def reference(mention: Mention) -> str:
    """The IRI a mention is linked to, or ``NEW:<text>`` for an entity the graph lacks."""
    return mention.entity or f"NEW:{mention.text}"


def phrase(text: str) -> str:
    """The regular expression of a cue phrase (see ``cues.toml``).

    >>> phrase("labellisé{e} {words}par")
    '\\\\blabellisé(?:e|s|es)?\\\\s+(?:[^\\\\s.;:!?]+\\\\s+){0,3}?par\\\\b'
    >>> bool(re.search(phrase("à l'invitation {de}"), "à l’invitation du CGET"))
    True
    """
    parts = []
    for piece in re.split(r"(\{\w+\}| |['’])", text):
        if piece in MACROS:
            parts.append(MACROS[piece])
        elif piece == " ":
            parts.append(r"\s+")
        elif piece in ("'", "’"):
            parts.append("['’]")
        else:
            parts.append(re.escape(piece))
    end = r"\b" if text[-1].isalpha() else ""
    return r"\b" + "".join(parts) + end


@dataclass(frozen=True)
class Cue:
    """One cue phrase of a property, and how to read the entities around it."""

    predicate: str
    # "after", "before", "around", "fronted", "relative", "pronoun", "possessive", "together"
    shape: str
    pattern: re.Pattern[str]
    link: re.Pattern[str] | None
    confidence: float
    symmetric: bool = False
    subjects: tuple[str, ...] = AGENTS
    objects: tuple[str, ...] = AGENTS
    subject_words: tuple[str, ...] = ()
    #: Or the noun of a phrase set after the subject by a comma opens with one of these ("le
    #: CRPRS, un centre consacré à ...").
    apposed_words: tuple[str, ...] = ()
    #: Or not, where the phrase set after it is one of these: a body of its own ("l'IREV, centre
    #: de ressources politique de la ville", hosted by the Region, is none of its units).
    apposed_bodies: re.Pattern[str] | None = None
    object_words: tuple[str, ...] = ()
    gap: int = 80
    between: re.Pattern[str] | None = None
    context: re.Pattern[str] | None = None
    #: Words the phrase's own match may not say ("Trois membres en sont partis :").
    unless: re.Pattern[str] | None = None
    opening: bool = False
    collective: str = ""
    #: The phrase opens with a finite verb ("travaille avec"), whose subject no name completing
    #: a noun is ("La directrice de l'IREV travaille avec l'ANCT").
    verb: bool = False
    #: "les" in the phrase stands for the centres as a group ("l'ANCT, qui les labellise"),
    #: the subject of a "before" phrase.
    them: bool = False
    #: A "fronted" phrase whose second end is any name of the rest of the sentence ("Au sein du
    #: CGET, le dossier relève de la direction X"), and whose first may be a noun of bodies.
    sentence: bool = False
    #: The graph has the subject end as the object began (:meth:`TitledBodies.took_over`).
    successor: bool = False
    #: The pairs read the other way round: the body referred to is the subject ("Successeur :
    #: l'ANCT", the record's body hands its activity to the one listed).
    inverse: bool = False
    #: A "pronoun" phrase's subjects go on with the bodies said alike after it ("en est membre,
    #: tout comme la Région": :func:`alike`).
    alike: bool = False
    #: The first name listed after a "possessive", "pronoun", "after" or "before" phrase follows
    #: it and an article at most ("conçue avec le CAUE", not "réalisée avec le soutien de
    #: l'ANCT": :func:`right_after`).
    right_after: bool = False


@dataclass(frozen=True)
class Cues:
    """The cues of ``cues.toml``, and its settings for titles."""

    cues: tuple[Cue, ...]
    parenthesis_role: str
    #: The role labels of the chair and the vice-chair of a general assembly ([titles]).
    assembly_roles: tuple[str, str] = ("", "")
    #: (verb stem, role label) of the verbs that give a title ([titles] role_verbs).
    role_verbs: tuple[tuple[str, str], ...] = ()
    #: (noun, role label) of the offices one takes ([titles] role_nouns).
    role_nouns: tuple[tuple[str, str], ...] = ()
    #: (verb stem, role label) of the verbs whose passive gives a title ([titles] role_passives).
    role_passives: tuple[tuple[str, str], ...] = ()
    #: The role label of whom one acts for: "X, pour France urbaine" ([titles]).
    representative_role: str = ""


def expand(compact: str) -> str:
    """The full IRI of a compact one, with the project's prefixes.

    >>> expand("org:unitOf")
    'http://www.w3.org/ns/org#unitOf'
    """
    prefix, _, local = compact.partition(":")
    return PREFIXES[prefix] + local


@lru_cache(maxsize=1)
def members_of() -> re.Pattern[str]:
    """The words before the body whose members the names before them are ("les adhérents de",
    "membres du"): ``cues.toml`` [events] members."""
    words = "|".join(map(phrase, cue_tables()["events"]["members"]))
    return re.compile(f"(?:{words})\\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Read the relations' cues of ``cues.toml`` once."""
    data = cue_tables()
    cues: list[Cue] = []
    for key, tables in data.items():
        if ":" not in key:
            continue  # [titles], [between]: settings, not a property
        for table in tables:
            if isinstance(table.get("between"), str):  # the name of a list of [between]
                table = {**table, "between": data["between"][table["between"]]}
            for shape in ("after", "before", "pronoun", "possessive", "together"):
                cues += [_cue(key, table, shape, text) for text in table.get(shape, [])]
            for shape in ("around", "fronted", "relative"):
                cues += [_cue(key, table, shape, text, link) for text, link in table.get(shape, [])]
    titles = data["titles"]
    chairs = (titles["assembly_chair_role"], titles["assembly_vice_chair_role"])
    verbs = tuple(titles["role_verbs"].items())
    nouns = tuple(titles["role_nouns"].items())
    passives = tuple(titles["role_passives"].items())
    return Cues(
        tuple(cues), titles["parenthesis_role"], chairs, verbs, nouns, passives,
        titles["representative_role"],
    )  # fmt: skip


def _cue(key: str, table: dict[str, Any], shape: str, text: str, link: str = "") -> Cue:
    """One phrase of a property's table in ``cues.toml``."""
    return Cue(
        predicate=expand(key),
        shape=shape,
        pattern=re.compile(phrase(text), re.I),
        link=re.compile(r"\s*" + phrase(link).removeprefix(r"\b"), re.I) if link else None,
        confidence=float(table["confidence"]),
        symmetric=bool(table.get("symmetric", False)),
        subjects=tuple(table.get("subject", AGENTS)),
        objects=tuple(table.get("object", AGENTS)),
        subject_words=tuple(table.get("subject_words", ())),
        apposed_words=tuple(table.get("apposed_words", ())),
        apposed_bodies=_phrases(table, "apposed_bodies", r"\s*,\s*(?:{})"),
        object_words=tuple(table.get("object_words", ())),
        gap=int(table.get("gap", 80)),
        between=_between(table["between"]) if "between" in table else None,
        context=_phrases(table, "context"),
        unless=_phrases(table, "unless", r"(?:{})\b"),
        opening=bool(table.get("opening", False)),
        collective=expand(table["collective"]) if "collective" in table else "",
        verb=bool(table.get("verb", False)),
        inverse=bool(table.get("inverse", False)),
        them=bool(table.get("them", False)),
        sentence=bool(table.get("sentence", False)),
        successor=bool(table.get("successor", False)),
        alike=bool(table.get("alike", False)),
        right_after=bool(table.get("right_after", False)),
    )


def _phrases(table: dict[str, Any], key: str, shape: str = "{}") -> re.Pattern[str] | None:
    """Any phrase of a cue's table's list ``key`` (set in ``shape``), or None without one.

    >>> bool(_phrases({"unless": ["en sont"]}, "unless").search("Trois en sont partis"))
    True
    >>> _phrases({}, "unless") is None
    True
    """
    if key not in table:
        return None
    return re.compile(shape.format("|".join(map(phrase, table[key]))), re.I)


def _between(texts: list[str]) -> re.Pattern[str]:
    """The words a cue allows between its first entity and itself, any of ``texts`` or none,
    after the quotation mark that closes a name's full form ("Normanvilles, de son nom complet
    « centre de ressources ... », a reçu le label").

    >>> bool(_between([",", "{est} {adv}"]).fullmatch(" sont aussi "))
    True
    """
    options = "|".join(phrase(text).removeprefix(r"\b") for text in texts)
    return re.compile(rf"\s*[»”\"]?\s*(?:{options})?\s*", re.I)


@dataclass(frozen=True)
class Related:
    """A relation a cue gives between two mentions of a sentence."""

    subject: str
    predicate: str
    object: str
    confidence: float
    #: The French label of the subject's role, for a membership that has one ("signataire").
    role: str = ""


def relations(
    body: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    collectives: dict[str, str],
    earlier: Sequence[Mention] = (),
    titled: TitledBodies | None = None,
) -> list[Related]:
    """The relations the cues find in the sentence ``body[start:end]``.

    ``mentions`` are the sentence's organisations and people, in text order; ``collectives``
    maps the entity of the centres as a group to the national network, for the properties
    stated on the network (``collective`` in ``cues.toml``). ``earlier``, the mentions before
    the sentence, resolve "cette dernière" (:func:`references`). ``titled`` holds the graph's
    units: those a text names by a common noun (``organs``) are read where the sentence names
    one (:func:`organ_mentions`): the unit of its parent, and a body the cues may relate ("son
    conseil d'administration réunit l'ANRU et l'USH"); a unit named by an acronym ("la DVCU, au
    sein du CGET") is one for the cues of units as a "direction X" is (:func:`_fits`).
    """
    titled = titled or TitledBodies()
    named = organ_mentions(body, start, end, mentions, earlier, titled.organs)
    named += new_organs(body, start, end, mentions, earlier, named, titled.organs)
    found = [Related(reference(m), UNIT_OF, parent, ORGAN_CONFIDENCE) for m, parent in named]
    together = sorted([*mentions, *(m for m, _ in named)], key=lambda m: (m.start, m.end))
    mentions = references(body, start, end, together, collectives, earlier)
    for cue in load_cues().cues:
        for match in cue.pattern.finditer(body, start, end):
            if cue.opening and not SETTING.fullmatch(body, start, match.start()):
                continue
            if cue.unless and cue.unless.search(match.group()):
                continue
            pairs = [
                (obj, subject) if cue.inverse else (subject, obj)
                for subject, obj in _ends(body, cue, match, mentions, earlier, collectives)
            ]
            checked = _vouched(cue, pairs, titled)
            for subject, obj in pairs:
                if subject is obj or not _fits(checked, subject, obj, titled, body):
                    continue
                if _generic(body, subject) or _generic(body, obj):
                    continue
                found.append(_related(cue, reference(subject), reference(obj), collectives))
    found += co_members(body, end, mentions, found)
    items = listed_items(body, start, end, mentions, earlier)
    return _seats_taken(_handed_over(found + items), items)


def _vouched(cue: Cue, pairs: Sequence[tuple[Mention, Mention]], titled: TitledBodies) -> Cue:
    """The cue to check the pairs of one match with: a ``successor`` cue's list of former
    bodies all handed their activity to the heir when the graph has one of them end as the heir
    began ("Elle a réuni en son sein le CGET, l'Epareca et l'Agence du numérique", the graph
    knowing the CGET's end only); a body's members are not listed with its forebears.

    >>> cue = Cue("p", "before", re.compile("regroupe"), None, 0.6, successor=True)
    >>> anct, cget, other = (Mention(n, 0, 1, "organization", "o:" + n) for n in
    ...                      ("anct", "cget", "x"))
    >>> titled = TitledBodies(lifespans=(("o:anct", 2019, None), ("o:cget", 2014, 2020)))
    >>> _vouched(cue, [(cget, anct), (other, anct)], titled).successor
    False
    >>> _vouched(cue, [(other, anct)], titled).successor
    True
    """
    if cue.successor and any(titled.took_over(reference(o), reference(s)) for s, o in pairs):
        return replace(cue, successor=False)
    return cue


def _seats_taken(found: list[Related], items: Sequence[Related]) -> list[Related]:
    """The relations less the transfers to a body listed among new members, several in the
    sentence or an item of a list of them (``items``, :func:`listed_items`): one that succeeds
    another as it joins with others ("A, la communauté de communes X, qui succède à la Ville de
    X, et B rejoignent l'association") takes the other's seat, not its activity. A body joining
    alone keeps what it succeeds to ("L'ANCT, qui succède au CGET, a rejoint le réseau").

    >>> found = [Related("o:ville", TRANSFER, "o:cc", 0.6),
    ...          Related("o:cc", MEMBER_OF, "o:vac", 0.5)]
    >>> [r.predicate for r in _seats_taken(found, [])] == [TRANSFER, MEMBER_OF]
    True
    >>> [r.predicate for r in _seats_taken(found, found[1:])] == [MEMBER_OF]
    True
    >>> other = Related("o:a", MEMBER_OF, "o:vac", 0.5)
    >>> [r.predicate for r in _seats_taken([*found, other], [])] == [MEMBER_OF, MEMBER_OF]
    True
    """
    members = {(r.subject, r.object) for r in found if r.predicate == MEMBER_OF and not r.role}
    joined = Counter(body for _member, body in members)
    joining = {member for member, body in members if joined[body] > 1}
    joining |= {r.subject for r in items if r.predicate == MEMBER_OF}
    return [r for r in found if r.predicate != TRANSFER or r.object not in joining]


def _handed_over(found: list[Related]) -> list[Related]:
    """The relations less the memberships of a body in the one it handed its activity to:
    "L'ANCT regroupe trois structures : le CGET, l'EPARECA et l'Agence du numérique" reads as a
    count of members too, but the three ended in the agency. When the graph says so of one of
    them only (the others' end unknown to it), the bodies the sentence gathers with it into the
    same heir handed theirs over as well: a body's members are not listed with its forebears.
    Only a heir whose forebear the sentence lists as a member gathers them: "L'ANCT, qui a
    repris les missions du CGET, compte parmi ses membres la Caisse des Dépôts" keeps a member.

    >>> found = [Related("o:cget", TRANSFER, "o:anct", 0.6),
    ...          Related("o:cget", MEMBER_OF, "o:anct", 0.5),
    ...          Related("o:epareca", MEMBER_OF, "o:anct", 0.5)]
    >>> [(r.subject, r.predicate == TRANSFER) for r in _handed_over(found)]
    [('o:cget', True), ('o:epareca', True)]
    >>> [r.predicate == TRANSFER for r in _handed_over([found[0], found[2]])]
    [True, False]
    """
    transfers = {(r.subject, r.object) for r in found if r.predicate == TRANSFER}
    gathered = {(r.subject, r.object) for r in found if r.predicate == MEMBER_OF}
    heirs = {
        r.object: r.confidence
        for r in found
        if r.predicate == TRANSFER and (r.subject, r.object) in gathered
    }
    kept: list[Related] = []
    for r in found:
        if r.predicate != MEMBER_OF or r.role:
            kept.append(r)
        elif r.object in heirs and (r.subject, r.object) not in transfers:
            transfers.add((r.subject, r.object))
            kept.append(Related(r.subject, TRANSFER, r.object, heirs[r.object]))
        elif (r.subject, r.object) not in transfers:
            kept.append(r)
    return kept


def co_members(
    body: str, end: int, mentions: Sequence[Mention], found: Sequence[Related]
) -> list[Related]:
    """The bodies listed after a body some member sits on, with that member: "le CGET siégeait
    à son conseil d'administration, avec l'ANRU, l'USH et la Caisse des Dépôts", "l'ANRU siège
    à son conseil, aux côtés de l'USH et de la Caisse des Dépôts" are members as well."""
    joined = {r.object: r.confidence for r in found if r.predicate == MEMBER_OF and not r.role}
    members = {(r.subject, r.object) for r in found if r.predicate == MEMBER_OF}
    more = []
    for obj in (m for m in mentions if reference(m) in joined):
        along = alike().match(body, obj.end, end)
        listed = right_after(body, along.end(), mentions) if along and not along["lead"] else []
        for member in (m for m in listed if m.type == "organization"):
            if (reference(member), reference(obj)) not in members and member is not obj:
                members.add((reference(member), reference(obj)))
                more.append(Related(reference(member), MEMBER_OF, reference(obj),
                                    joined[reference(obj)] - 0.05))  # fmt: skip
    return more


def organ_mentions(
    body: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    earlier: Sequence[Mention],
    organs: Sequence[tuple[str, str, str]],
) -> list[tuple[Mention, str]]:
    """The organs of bodies the sentence names by a common noun, each a mention of the graph's
    unit with the body it belongs to: "son conseil d'administration", "le nouveau conseil
    d'administration de l'association", "le bureau de RésO Villes", "une antenne à Reims". A
    unit's name less its parent's is what texts call it (``organs``), printed whole or by its
    first noun before "de" and its body ("le bureau de l'association" for the "bureau du conseil
    d'administration").

    The body is the one named right after the organ; after "de l'association", "du centre", or
    none, the body the paragraph or the text is about (:func:`antecedent`), which must be the
    unit's parent: a text about another body that names "son conseil d'administration" speaks
    of that body's, which the graph lacks. A name of the graph already found there is left as
    it is."""
    found: list[tuple[Mention, str]] = []
    taken = [(m.start, m.end) for m in mentions]
    for unit, name, parent in sorted(organs, key=lambda organ: -len(organ[1])):
        for match in _organ_pattern(name).finditer(body, start, end):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            before = [m for m in [*earlier, *mentions] if m.end <= match.start()]
            owner = _owner(body, start, match, mentions, before)
            if owner is not None and reference(owner) == parent:
                taken.append(match.span())
                mention = Mention(match.group(), *match.span(), "organization", unit)
                found.append((mention, parent))
    return found


def new_organs(
    body: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    earlier: Sequence[Mention],
    named: Sequence[tuple[Mention, str]],
    organs: Sequence[tuple[str, str, str]],
) -> list[tuple[Mention, str]]:
    """The organs the sentence names by a common noun (``cues.toml`` [organs]: "son conseil
    d'administration", "le bureau de l'association", "un comité des financeurs") that the graph
    lacks, each a new unit (its noun as printed, its body's name in brackets) with the body it
    is of (:func:`_owner`).

    A body's organs are most often in the article's own source, which the graph does not hold
    yet: the unit is then new, not absent. An organ the graph has for that body by a name that
    opens with the same words ("le bureau" of a "bureau du conseil d'administration") is left
    to :func:`organ_mentions`; a noun followed by "de" and no body ("le bureau d'études", "le
    conseil d'administration de la fondation") has no owner."""
    taken = [(m.start, m.end) for m in mentions] + [(m.start, m.end) for m, _ in named]
    found: list[tuple[Mention, str]] = []
    for match in _organ_nouns().finditer(body, start, end):
        group = next(name for name in ("long", "sited", "short") if match.group(name))
        noun, (first, last) = match.group(group), match.span(group)
        if group == "sited":  # "une antenne nous représente à Reims": "antenne à Reims"
            noun = f"{match.group('branch')} {match.group('where')}"
        if any(a < last and first < b for a, b in taken):
            continue
        if _place_before().search(body, max(start, match.start() - 30), match.start()):
            continue
        if match.group("governed") and not _governs_a_body(body, start, match.start()):
            continue
        before = [m for m in [*earlier, *mentions] if m.end <= first]
        owner = _organ_owner(body, start, match, mentions, before)
        if owner is None or _graph_has_organ(organs, reference(owner), noun):
            continue
        taken.append((first, last))
        # Named with its body, as a curator would label it: "bureau (RésO Villes)".
        unit = Mention(f"{noun} ({owner.text})", first, last, "organization", None)
        found.append((unit, reference(owner)))
    return found


@lru_cache(maxsize=1)
def _organ_nouns() -> re.Pattern[str]:
    """The nouns of organs after their determiner (``cues.toml`` [organs]), longest first; an
    indefinite article only before a noun of two words or more, after a verb of setting up or
    of governing or opening an item of a list ("L'ERU en bref :", then "- un conseil
    d'administration qui réunit ..."), or the sentence whose verb of governing a body it is the
    subject of ("Un conseil d'administration de 33 membres dirige l'association"), or before a
    branch and its place ("une antenne à Reims", "une antenne nous représente à Reims": the
    ``branches``, and the ``sited`` words between), which say which.

    >>> _organ_nouns().search("nous disposons d'une antenne à Reims.").group("sited")
    'antenne à Reims'
    >>> _organ_nouns().search("Une antenne nous représente à Reims.").group("where")
    'à Reims'
    """
    table = cue_tables()["organs"]
    nouns = sorted(table["nouns"], key=len, reverse=True)
    one = [phrase(noun) for noun in nouns if " " not in noun]
    more = [phrase(noun) for noun in nouns if " " in noun]
    keys = ("branches", "sited", "determiners", "indefinite", "set_up", "governed", "governs")
    branches, sited, definite, indefinite, set_up, governed, governs = (
        "|".join(map(phrase, table[key])) for key in keys
    )
    # The organ opens the sentence whose verb of governing has a noun of bodies for object.
    governing = (
        rf"(?:(?<=[.!?\n])|(?<=[.!?]\s)|^)[ \t]*"
        rf"(?=(?:{indefinite})\s[^.;:!?]{{0,140}}?(?:{governs})\s+{BODY_NOUN.pattern}{NOUN_ENDS})"
    )
    return re.compile(
        rf"(?:(?:{definite}|(?:(?:{set_up}|(?P<governed>{governed}))\s*(?:,[^,.;:]{{1,60}},)?"
        rf"|{ITEM_START}|{governing})"
        rf"\s*(?:{indefinite}))"
        rf"\s*(?P<long>{'|'.join(more)})"
        rf"|(?:{definite}|{indefinite})\s*(?P<sited>(?P<branch>{branches})"
        rf"(?:\s+(?:{sited}))?\s+(?P<where>(?:à|en)\s+{PLACE_NAME}))"
        rf"|(?:{definite})\s*(?P<short>{'|'.join(one)}))\b",
        re.I,
    )


def _governs_a_body(body: str, start: int, position: int) -> bool:
    """Whether the passive of governing at ``position`` ("dirigé par un comité de pilotage") is
    said of a body, a noun of bodies, a name or a pronoun before it ("L'association est
    administrée par", "L'ORIV est dirigé par"), not of a common noun ("Le projet est dirigé
    par un comité de pilotage": the project's committee, no organ of a body).

    >>> text = "Le projet est dirigé par"
    >>> _governs_a_body(text, 0, text.index("dirigé")), _governs_a_body("Elle est dirigée", 0, 9)
    (False, True)
    """
    before = GOVERNED_SUBJECT.search(body, max(start, position - 60), position)
    if before is None:
        return True
    word = before["word"]
    return not word[0].islower() or word in ("il", "elle") or bool(NOUN_NEXT.fullmatch(word))


@lru_cache(maxsize=1)
def _place_before() -> re.Pattern[str]:
    """A place right before an organ's determiner (``cues.toml`` [organs] not_after): the noun
    is a room there ("reçu dans son bureau")."""
    words = "|".join(phrase(word) for word in cue_tables()["organs"]["not_after"])
    return re.compile(rf"(?:{words})\s*$", re.I)


def _graph_has_organ(organs: Sequence[tuple[str, str, str]], parent: str, noun: str) -> bool:
    """Whether the graph holds an organ of ``parent`` whose name opens with ``noun`` ("bureau"
    of the "bureau du conseil d'administration"; not "conseil d'administration" of a "conseil
    d'orientation").

    >>> organs = [("o:eru-co", "conseil d'orientation", "o:eru"), ("o:rv-b",
    ...           "bureau du conseil d’administration", "o:rv")]
    >>> [_graph_has_organ(organs, parent, noun) for parent, noun in [("o:eru",
    ...  "conseil d'administration"), ("o:rv", "bureau"), ("o:eru", "conseil d'orientation")]]
    [False, True, True]
    """
    head = noun.casefold().replace("’", "'")
    return any(
        owner == parent and name.casefold().replace("’", "'").startswith(head)
        for _, name, owner in organs
    )


@lru_cache(maxsize=256)
def _organ_pattern(name: str) -> re.Pattern[str]:
    """An organ's name as printed: whole ("conseil d'administration"), or its first word before
    "de" and what follows ("le bureau de l'association")."""
    head = name.split()[0]
    whole = phrase(name)
    if head == name:
        return re.compile(whole, re.I)
    return re.compile(rf"{whole}|{phrase(head)}(?=\s*{OF})", re.I)


def _named_after(
    body: str, match: re.Match[str], mentions: Sequence[Mention]
) -> tuple[bool, Mention | None]:
    """Whether the words right after an organ's name settle whose it is, and the body they name:
    "de RésO Villes" (settled: that body; a person there, settled: none), "de la fondation"
    (settled: none, the text names no body there), "de l'association", a count ("de 33
    membres": its size) or nothing (unsettled)."""
    link = OF_NEXT.match(body, match.end())
    if link is None or COUNT_NEXT.match(body, link.end()):
        return False, None
    named = next((m for m in mentions if m.start == link.end()), None)
    if named is not None:
        return True, named if named.type == "organization" else None
    return not OF_BODY_NOUN.match(body, match.end()), None


def _owner(
    body: str, start: int, match: re.Match[str], mentions: Sequence[Mention],
    before: Sequence[Mention],
) -> Mention | None:  # fmt: skip
    """The body whose organ ``match`` names: the one named right after it ("de RésO Villes"),
    else, after a noun of bodies ("de l'association") or nothing, the body the paragraph or the
    text is about, less one that sits on it (from ``start``, the sentence's); none after "de"
    and anything else ("le conseil d'administration de la fondation", "le bureau d'études")."""
    settled, named = _named_after(body, match, mentions)
    if settled:
        return named
    return _about(body, match.start(), _not_sitting(body, start, match, before))


def _not_sitting(
    body: str, start: int, match: re.Match[str], before: Sequence[Mention]
) -> list[Mention]:
    """The mentions ``before`` an organ's possessive, less the body that sits there (from
    ``start``, its sentence's): "L'école forme ... ; l'ANRU siège à son conseil
    d'administration" is not the ANRU's board but the school's, spoken of before; "L'ERU a offert
    un siège à son conseil" (a seat, a noun) is the ERU's own.

    >>> def named(text: str, *names: str) -> list[Mention]:
    ...     return [Mention(n, text.index(n), text.index(n) + len(n), "organization", n)
    ...             for n in names]
    >>> sits = "L'ERU forme ; l'ANRU siège à son conseil d'orientation."
    >>> offered = "L'Epareca est là. L'ERU a offert un siège à son conseil d'orientation."
    >>> [[m.text for m in _not_sitting(text, text.index(first), _organ_nouns().search(text),
    ...   named(text, *names))] for text, first, names in [(sits, "l'ANRU", ("ERU", "ANRU")),
    ...   (offered, "L'ERU", ("Epareca", "ERU"))]]
    [['ERU'], ['Epareca', 'ERU']]
    """
    sitting = SITS_ON.search(body, max(start, match.start() - 40), match.start())
    if sitting is None or not re.match(r"(?:son|sa|leur)\b", body[match.start() :], re.I):
        return list(before)
    sitter = next((m for m in reversed(before) if start <= m.start < sitting.start()
                   and m.type == "organization"), None)  # fmt: skip
    return [m for m in before if sitter is None or reference(m) != reference(sitter)]


def _organ_owner(
    body: str,
    start: int,
    match: re.Match[str],
    mentions: Sequence[Mention],
    before: Sequence[Mention],
) -> Mention | None:
    """The body a new organ (:func:`new_organs`) is of: the one named right after it ("le
    bureau de RésO Villes"); else, after a noun of bodies ("de l'association") or nothing, the
    subject of its sentence, the body that opens it ("Chez RésO Villes, [...] le bureau de
    l'association a été renouvelé"; not a source, "Selon l'USH, son conseil"); when a pronoun
    or a noun of bodies opens it, or it names none before the organ, the body its paragraph
    named most before it ("- RésO Villes : [...]. Le bureau a été renouvelé"), else the body
    the text is about (:func:`antecedent`): "Elle a confié son activité à PQA et mis en place
    un comité des financeurs" is not PQA's; "L'agence est un établissement public de l'État.
    Son conseil d'administration" is the agency's."""
    settled, named = _named_after(body, match, mentions)
    if settled:
        return named
    bodies = _not_sitting(body, start, match, [m for m in before if m.type == "organization"])
    opening = next((m for m in bodies if m.start >= start), None)
    if opening is not None and not SUBJECT_ELSEWHERE.match(body, start, opening.start):
        return opening
    paragraph = body.rfind("\n", 0, start) + 1
    earlier = Counter(reference(m) for m in bodies if paragraph <= m.start < start)
    ranked = earlier.most_common(2)
    if len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] > ranked[1][1]):
        return next(m for m in bodies if reference(m) == ranked[0][0])
    return antecedent(bodies, [])


def _called(body: str, position: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The body a noun of bodies at ``position`` stands for ("Au sein du commissariat, le
    dossier relève de la direction X": the CGET the text is about), as a mention of it there.

    >>> text = "Le CGET existe. Au sein du commissariat, la direction"
    >>> cget = Mention("CGET", 3, 7, "organization", "o:cget")
    >>> [(m.text, m.entity) for m in _called(text, 26, [cget])]
    [('commissariat', 'o:cget')]
    """
    noun = NOUN_NEXT.match(body, position)
    if noun is None:
        return []
    about = _about(body, position, [m for m in mentions if m.end <= position])
    if about is None:
        return []
    return [replace(about, text=noun["noun"], start=noun.start("noun"), end=noun.end())]


def _about(body: str, position: int, before: Sequence[Mention]) -> Mention | None:
    """The body the paragraph of ``position`` is about, else the one the text is about, of the
    bodies ``before`` it (:func:`antecedent`): what "son conseil" or "il" stands for there when
    nothing nearer does."""
    bodies = [m for m in before if m.type == "organization"]
    paragraph = body.rfind("\n", 0, position) + 1
    return antecedent([m for m in bodies if m.start >= paragraph], []) or antecedent(bodies, [])


@dataclass(frozen=True)
class Signing:
    """The phrases of ``cues.toml``'s [signature], as patterns."""

    role: str
    verbs: re.Pattern[str]
    refer: re.Pattern[str]
    bodies: re.Pattern[str]
    not_signing: re.Pattern[str]


@lru_cache(maxsize=1)
def signing() -> Signing:
    """Read [signature] once."""
    table = cue_tables()["signature"]

    def any_of(key: str) -> re.Pattern[str]:
        return re.compile("|".join(phrase(text) for text in table[key]), re.I)

    keys = ("verbs", "refer", "bodies", "not_signing")
    return Signing(table["role"], *map(any_of, keys))


def signatories(
    body: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    earlier: Sequence[Mention],
    agreements: Sequence[Mention],
) -> list[Related]:
    """The members of an agreement a sentence says was signed: its people, in the signatory's
    role ("Édouard Philippe l'a paraphé aux côtés de Jean-Luc Rigaut et de Jean-Luc Moudenc"),
    and the bodies they sign for or that signed it ("au nom de l'AdCF", "pour France urbaine",
    "signé par France urbaine et l'ADCF"). The agreement is one the sentence names
    (``agreements``: the text's "partnership" mentions), else the one named last shortly before
    when the sentence refers to it ("Ce pacte, X l'a signé"). People named after "en présence
    de" were there, not signing; "il" before the verb is the person the text has named most.

    Signing, not a title, makes the membership: an agreement has no office to hold."""
    cues = signing()
    verb = cues.verbs.search(body, start, end)
    agreement = _agreement(body, start, end, agreements) if verb else None
    if verb is None or agreement is None:
        return []
    pact = reference(agreement)
    absent = {
        reference(m)
        for match in cues.not_signing.finditer(body, start, end)
        for m in listed_after(body, match.end(), mentions, strict=True)
    }
    people = [reference(m) for m in mentions if m.type == "person"]
    it = _signing_pronoun(body, start, verb, mentions, earlier)
    signers = dict.fromkeys(p for p in [*people, *it] if p not in absent)
    found = [Related(p, MEMBER_OF, pact, SIGNATORY_CONFIDENCE, cues.role) for p in signers]
    for match in cues.bodies.finditer(body, start, end):
        for named in listed_after(body, match.end(), mentions, strict=True):
            if named.type == "organization" and reference(named) not in absent:
                found.append(Related(reference(named), MEMBER_OF, pact, SIGNATORY_CONFIDENCE))
    return found


def _agreement(body: str, start: int, end: int, agreements: Sequence[Mention]) -> Mention | None:
    """The agreement a sentence of signing is about: the first it names, else, when it refers
    to one ("Ce pacte", "l'a signé"), the one named last within :data:`AGREEMENT_REACH`."""
    named = [m for m in agreements if start <= m.start and m.end <= end]
    if named:
        return named[0]
    if not signing().refer.search(body, start, end):
        return None
    before = [m for m in agreements if start - AGREEMENT_REACH <= m.start and m.end <= start]
    return before[-1] if before else None


def _signing_pronoun(
    body: str, start: int, verb: re.Match[str], mentions: Sequence[Mention],
    earlier: Sequence[Mention],
) -> list[str]:  # fmt: skip
    """The person "il" or "elle" right before the verb stands for, when no person of the sentence
    comes before it: the one the text has named most (a profile names its person again and
    again); none on a tie."""
    if any(m.type == "person" and m.end <= verb.start() for m in mentions):
        return []
    if not SIGNING_PRONOUN.search(body, max(start, verb.start() - 40), verb.start()):
        return []
    counts = Counter(reference(m) for m in earlier if m.type == "person").most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return []
    return [counts[0][0]]


def references(
    body: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    collectives: dict[str, str],
    earlier: Sequence[Mention] = (),
) -> list[Mention]:
    """The sentence's mentions, with the references to a body a name does not make: "les 19
    centres" (the centres as a group: the collective that counts in a network), "le réseau"
    (the national network they make up) and "cette dernière" (the body or person named last
    before it, as French uses it).

    >>> text = "Question de Ville, cette dernière a coordonné les 19 centres."
    >>> qdv = Mention("Question de Ville", 0, 17, "organization", "o:qdv")
    >>> [(m.text, m.entity) for m in references(text, 0, len(text), [qdv], {"o:c": "o:n"})]
    [('Question de Ville', 'o:qdv'), ('Question de Ville', 'o:qdv'), ('19 centres', 'o:c')]
    """
    group = _group(collectives)
    found = [m for m in mentions if not (group and m.entity == group and _few(body, m))]
    network = collectives.get(group, "") if group else ""
    for match in NETWORK_REFERENCE.finditer(body, start, end) if network else ():
        span = match.span("name")
        found.append(Mention(match["name"], *span, "organization", network))
    for match in CENTRES_REFERENCE.finditer(body, start, end) if group else ():
        if LABELLED.match(body, match.end("name")) and not _centres_spoken_of(
            body, match.start(), [*earlier, *found], collectives
        ):
            continue  # "les centres labellisés par l'ARS", the centres never spoken of
        found.append(Mention(match["name"], *match.span("name"), "organization", group))
    for match in PLURAL_SUBJECT.finditer(body, start, end) if group else ():
        opens = CLAUSE_OPENS.search(body, max(0, match.start() - 8), match.start())
        if opens and _centres_lately(body, match.start(), [*earlier, *found], group):
            found.append(Mention(match["name"], *match.span("name"), "organization", group))
    for match in LATTER.finditer(body, start, end):
        before = [m for m in [*earlier, *mentions] if m.end <= match.start() and m.type in AGENTS]
        if before:
            found.append(replace(before[-1], start=match.start(), end=match.end()))
    return sorted(
        (m for m in found if m in mentions or not any(_overlap(m, n) for n in mentions)),
        key=lambda m: (m.start, m.end),
    )


def _centres_spoken_of(
    body: str, position: int, before: Sequence[Mention], collectives: dict[str, str]
) -> bool:
    """Whether the text spoke of the centres as a group or of their network before
    ``position``: by a name of the graph, or as "le réseau", "les 19 centres".

    >>> collectives = {"o:c": "o:n"}
    >>> text = "Le réseau en bref : des centres labellisés"
    >>> _centres_spoken_of(text, 20, [], collectives), _centres_spoken_of(text, 0, [], collectives)
    (True, False)
    """
    group = _group(collectives)
    if any(m.entity in (group, collectives.get(group or "")) for m in before if m.end <= position):
        return True
    earlier = [
        *CENTRES_REFERENCE.finditer(body, 0, position),
        *NETWORK_REFERENCE.finditer(body, 0, position),
    ]
    return any(not LABELLED.match(body, m.end("name")) for m in earlier)


def _few(body: str, mention: Mention) -> bool:
    """Whether a small count stands right before a name ("deux centres de ressources").

    >>> text = "avec deux centres de ressources"
    >>> _few(text, Mention("centres de ressources", 10, 31, "organization"))
    True
    """
    return bool(FEW.search(body, max(0, mention.start - 12), mention.start))


def _centres_lately(
    body: str, position: int, before: Sequence[Mention], group: str | None = None
) -> bool:
    """Whether the plural the text spoke of last, up to ``position`` and within a sentence or
    two of its paragraph, is the centres as a group ("ces centres se multiplient [...], après
    les pionniers de 1993, Profession Banlieue ou le CR-DSU. Tous sont nés"; a name of the
    group, ``group``: "les équipes des centres de ressources politique de la ville se sont
    retrouvées. Elles y étaient conviées"): no body named since with a plural article or a count
    ("les DREETS"), which "ils" would stand for instead.

    >>> text = "Les centres sont nés d'initiatives locales, mais ils"
    >>> _centres_lately(text, len(text) - 3, []), _centres_lately("Les DREETS. Ils", 12, [])
    (True, False)
    """
    opening = max(body.rfind("\n", 0, position) + 1, position - PLURAL_REACH)
    centres = [m.end() for m in CENTRES_REFERENCE.finditer(body, opening, position)]
    centres += [m.end for m in before if group and m.entity == group and opening <= m.start]
    if not centres:
        return False
    last = max(centres)
    return not any(
        last <= m.start < position and PLURAL.search(body, max(0, m.start - 8), m.start)
        for m in before
        if m.type == "organization"
    )


def _overlap(one: Mention, other: Mention) -> bool:
    return one.start < other.end and other.start < one.end


def _ends(
    body: str,
    cue: Cue,
    match: re.Match[str],
    mentions: Sequence[Mention],
    earlier: Sequence[Mention],
    collectives: dict[str, str],
) -> Iterator[tuple[Mention, Mention]]:
    """The (subject, object) pairs a cue match relates; ``collectives``, the entities of bodies
    as a group (which "il" or "le centre" never stands for) and their networks."""
    groups = frozenset(collectives)
    if cue.shape in ("relative", "pronoun", "possessive"):
        yield from _of_a_body(body, cue, match, mentions, earlier, groups)
        return
    if cue.shape == "together":
        yield from _together(body, cue, match, mentions)
        return
    if cue.shape in ("around", "fronted"):
        first = listed_after(body, match.end(), mentions, strict=True)
        if not first and cue.sentence:
            first = _called(body, match.end(), [*earlier, *mentions])
        if not first or cue.link is None:
            return
        if cue.opening and COMPLEMENT.search(body, match.end(), first[0].start):
            return  # "Avec le soutien de l'ANCT, ...": not the name itself ("Avec le réseau X")
        # The list ends where the link follows: "Avec X, Y publie", where ", Y" reads on.
        ends = [(n, cue.link.match(body, _past_acronym(body, first[n - 1].end)))
                for n in range(len(first), 0, -1)]  # fmt: skip
        count, link = next(((n, link) for n, link in ends if link), (0, None))
        if link is None:
            return
        first = first[:count]
        second = (
            [m for m in mentions if m.start >= link.end()]
            if cue.sentence
            else listed_after(body, link.end(), mentions, strict=True)
        )
        if not second and cue.shape == "fronted" and PRONOUN.match(body, link.end()):
            before = [m for m in [*earlier, *mentions] if m.end <= match.start()]
            person = _person_lately(body, match.start(), [*earlier, *mentions])
            about = None if person else _about(body, match.start(), before)
            second = [about] if about is not None else []
        # around: "transfert de l'activité de X à Y", "Née de la fusion de X et de Z, Y";
        # fronted: "Invités par Y, X ..."
        subjects, objects = (first, second) if cue.shape == "around" else (second, first)
        for subject in subjects:
            for obj in objects:
                yield subject, obj
        return
    before = [m for m in mentions if m.end <= match.start()]
    it = _it(body, cue, match, [*earlier, *before], groups)
    if it is not None:
        others = _objects(body, cue, match.end(), mentions, [*earlier, *before])
        if cue.shape == "after":
            yield from ((it, obj) for obj in others)
        else:
            yield from ((subject, it) for subject in others)
        return
    if not before:
        return
    near = before[-1]
    if CLAUSE.search(body, near.end, match.start()):
        return
    entry = _entry(body, near, match.start()) if cue.shape == "after" else None
    # "X est le centre de Bretagne, et l'un des membres de Y": the copula carries over to a
    # second predicate (a noun or a participle, not a verb cue of its own).
    coordinated = (
        _copula_carried(body, near, match.start())
        if cue.shape == "after" and cue.between is not None and not cue.verb
        else None
    )
    if _gap(body, near.end, match.start()) > cue.gap and entry is None and coordinated is None:
        return
    counted = _counted(body, cue, near, match, before)
    if counted:
        objects = listed_after(body, match.end(), mentions, strict=True)
        yield from ((subject, obj) for subject in counted for obj in objects)
        return
    if cue.between is not None and not (
        cue.between.fullmatch(f" {coordinated['copula']} ")
        if coordinated is not None
        else _next_to(body, cue.between, near, match.start(), cue.verb or cue.shape == "before")
        if entry is None
        else cue.between.fullmatch(body, _clause_start(body, entry, match.start()), match.start())
    ):
        return
    if (
        cue.shape == "after"
        and AGENT.search(body, max(0, near.start - 30), near.start)
        and not RELATIVE.match(body, near.end, match.start())
        and not _apposed(body, near, match)
    ):
        # The subject is the name the participle clause follows, if any.
        agent = near.start
        named = [m for m in before if PARTICIPLE_CLAUSE.fullmatch(body, m.end, agent)]
        if not named:
            return
        near = named[-1]
    if cue.shape == "after" and cue.between is None and near.type == "organization":
        near = _clause_subject(body, near, before) or near
    near = _past_relative(body, near, before)
    left = listed_before(body, near, mentions)
    right = (
        _them(body, match, mentions, [*earlier, *before], collectives)
        if cue.them
        else _objects(body, cue, match.end(), mentions, [*earlier, *before])
    )
    if len(left) > 1 and RELATIVE_OPENS.match(body, near.end, match.start()):
        left, right = [near], _within_clause(body, right)
    subjects, objects = (left, right) if cue.shape == "after" else (right, left)
    for subject in subjects:
        for obj in objects:
            yield subject, obj


def _past_relative(body: str, near: Mention, before: Sequence[Mention]) -> Mention:
    """The name a relative clause closed by a comma is on, when ``near`` ends that clause ("X,
    qui succède à la Ville de Y, a rejoint l'association": X, not the City), else ``near``.

    >>> text = "X, qui succède à la Y, a rejoint"
    >>> x, y = Mention("X", 0, 1, "organization"), Mention("Y", 20, 21, "organization")
    >>> _past_relative(text, y, [x, y]).text
    'X'
    """
    if not body.startswith(",", near.end):
        return near
    earlier = [m for m in before if m.end <= near.start]
    if earlier and RELATIVE_OPENS.fullmatch(body, earlier[-1].end, near.start):
        return earlier[-1]
    return near


def _within_clause(body: str, names: list[Mention]) -> list[Mention]:
    """The names of a list up to its first comma: a relative clause on an item of a list ends
    there, the list of its antecedent going on ("A, B, qui succède à C, D et E rejoignent
    l'association": B succeeds C only, D and E join as A and B do).

    >>> text = "succède à C, D et E"
    >>> names = [Mention(n, text.index(n), text.index(n) + 1, "organization") for n in "CDE"]
    >>> [m.text for m in _within_clause(text, names)]
    ['C']
    """
    kept = names[:1]
    for name in names[1:]:
        if "," in body[kept[-1].end : name.start]:
            break
        kept.append(name)
    return kept


def _copula_carried(body: str, near: Mention, position: int) -> re.Match[str] | None:
    """The copula after ``near`` that carries over to a second predicate after "et", at
    ``position`` ("RésO Villes est le centre de Bretagne, et l'un des membres de Y"); none when
    ``near`` completes a noun, the copula's subject ("La présidente de RésO Villes est élue à
    Brest, et membre de Y"), or when a copula in the singular meets a plural, the subject of a
    clause of its own ("L'ORIV est une association et les membres de Y l'ont soutenue").

    >>> text = "Le directeur de l'ORIV est sociologue, et membre du réseau RECI"
    >>> oriv = Mention("ORIV", 18, 22, "organization")
    >>> _copula_carried(text, oriv, text.index("membre")) is None
    True
    """
    carried = COORDINATED.fullmatch(body, near.end, position)
    if carried is None or _completes(body, near):
        return None
    if carried["copula"].lower() in ("est", "était") and PLURAL_OPENS.match(body, position):
        return None
    return carried


def _objects(
    body: str, cue: Cue, position: int, mentions: Sequence[Mention], before: Sequence[Mention]
) -> list[Mention]:
    """The names an "after" or "before" cue relates past it: listed strictly, or, if the cue
    says ``right_after``, only when the first follows it and an article at most ("a fait son
    entrée dans le réseau RECI", not "dans les locaux de la Caisse des dépôts"); else a noun of
    bodies right after it, for the body of the graph named last ``before`` whose name opens
    with that noun ("tous labellisés par l'agence": the Agence nationale de la cohésion des
    territoires)."""
    named = (
        right_after(body, position, mentions)
        if cue.right_after
        else listed_after(body, position, mentions, strict=True)
    )
    noun = NOUN_OBJECT.match(body, position)
    if named or noun is None:
        return named
    word = normalise(noun["noun"])
    last = next((m for m in reversed(before) if m.type == "organization"
                 and first_word(m.label or m.text) == word), None)  # fmt: skip
    if last is None or last.entity is None:
        return []  # a body the graph lacks would be named by the bare noun ("NEW:association")
    return [replace(last, text=noun["noun"], start=noun.start("noun"), end=noun.end("noun"))]


def _apposed(body: str, near: Mention, match: re.Match[str]) -> bool:
    """Whether a cue is a noun with an indefinite article or none set after ``near`` by a comma
    ("par la CRIPI, une instance du FAS", "par la CRIPI, instance du FAS"), which says what
    ``near`` is.

    >>> text = "par la CRIPI, une instance du FAS"
    >>> cripi = Mention("CRIPI", 7, 12, "organization")
    >>> _apposed(text, cripi, re.search("une instance du", text))
    True
    >>> text = "par la CRIPI, instance du FAS"
    >>> _apposed(text, cripi, re.search("instance du", text))
    True
    """
    apposition = INDEFINITE_APPOSITION.match(body, near.end, match.end())
    return apposition is not None and apposition.start("noun") == match.start()


def _completes(body: str, near: Mention) -> bool:
    """Whether ``near`` completes a noun, "de" or an article joined to it right before it ("les
    agents du CGET").

    >>> _completes("les agents du CGET", Mention("CGET", 14, 18, "organization"))
    True
    """
    return bool(COMPLEMENT.search(body, max(0, near.start - 12), near.start))


def _gap(body: str, start: int, position: int) -> int:
    """The characters between a name ending at ``start`` and a cue at ``position``, less a
    phrase set apart by commas right after the name, which describes it ("l'ANCT, créée par la
    loi du 22 juillet 2019 et opérationnelle depuis le 1er janvier 2020, a repris les missions
    du CGET").

    >>> text = "X, créée en 2019 et opérationnelle depuis 2020, a repris"
    >>> _gap(text, 1, text.index("a repris")), _gap("X a repris", 1, 2)
    (1, 1)
    """
    inserted = INSERTED.match(body, start, position)
    return position - (inserted.end() if inserted else start)


def _them(
    body: str,
    match: re.Match[str],
    mentions: Sequence[Mention],
    before: Sequence[Mention],
    collectives: dict[str, str],
) -> list[Mention]:
    """The centres as a group, which "les" in a cue stands for ("l'ANCT, qui les labellise, le
    réseau rassemble vingt centres", "Les centres sont nés d'initiatives locales. L'État les
    labellise."): named so in the sentence, or the plural the text spoke of last."""
    group = _group(collectives)
    named = [m for m in mentions if group and m.entity == group]
    if named or not group or not _centres_lately(body, match.start(), before, group):
        return named[:1]
    return [Mention(match[0], match.start(), match.end(), "organization", group)]


def _group(collectives: dict[str, str]) -> str | None:
    """The entity of the centres as a group: the collective that counts in a network."""
    return next((entity for entity, network in sorted(collectives.items()) if network), None)


def _clause_subject(body: str, near: Mention, before: Sequence[Mention]) -> Mention | None:
    """The body a sentence opens with, when the name right before a phrase of manner ("en lien
    avec", "en partenariat avec") completes a noun of its clause: the phrase says how the
    subject acted, not the complement ("Le CRPV Paca a répondu à un appel à projets de la
    DIACT en lien avec deux autres centres": the CRPV Paca's answer).

    >>> text = "Le CRPV a répondu à un appel de la DIACT en lien avec"
    >>> crpv = Mention("CRPV", 3, 7, "organization")
    >>> diact = Mention("DIACT", 35, 40, "organization")
    >>> _clause_subject(text, diact, [crpv, diact]).text, _clause_subject(text, crpv, [crpv])
    ('CRPV', None)
    """
    if not _completes(body, near):
        return None
    first = before[0]
    opening = max(body.rfind(mark, 0, first.start) for mark in ".!?\n") + 1
    if first is near or CLAUSE.search(body, first.end, near.start):
        return None
    label = ENTRY_LABEL.match(body, opening)
    setting = SETTING.match(body, label.end() if label else opening)
    at = setting.end() if setting else opening
    return first if ARTICLE_ONLY.fullmatch(body, at, first.start) else None


def _together(
    body: str, cue: Cue, match: re.Match[str], mentions: Sequence[Mention]
) -> Iterator[tuple[Mention, Mention]]:
    """Each pair of the bodies a phrase says act together, listed after it ("une réponse
    commune de trois centres : A, B et C", "coédité par A et B") or, when none are or the
    phrase is a verb (``verb``: those after are its objects), right before it ("A et B ont
    coédité un rapport"): no one of them is the subject, each works with each other.

    >>> cue = Cue("p", "together", re.compile("ont coédité"), None, 0.5, gap=3)
    >>> text = "A et B ont coédité un rapport avec C."
    >>> names = [Mention(n, text.index(n), text.index(n) + 1, "organization") for n in "ABC"]
    >>> [(a.text, b.text) for a, b in _together(text, cue, re.search(cue.pattern, text), names)]
    [('A', 'B')]
    """
    named = [] if cue.verb else listed_after(body, match.end(), mentions, strict=True)
    if len(named) < 2:
        before = [m for m in mentions if m.end <= match.start()]
        if not before or match.start() - before[-1].end > cue.gap:
            return
        if BREAKERS.search(body, before[-1].end, match.start()):
            return
        named = listed_before(body, before[-1], mentions)
    for index, one in enumerate(named):
        for other in named[index + 1 :]:
            yield one, other


def _person_lately(body: str, position: int, mentions: Sequence[Mention]) -> bool:
    """Whether "il" or "elle" at ``position`` may stand for a person: one was named lately (or
    in the sentence), and the text has not called a body by a noun of bodies since ("la
    directrice avait été entendue. Le centre ne travaille pas seul. Avec le CAUE, il a porté":
    the centre).

    >>> text = "X a parlé. Le centre ne travaille pas seul. Avec Y, il"
    >>> _person_lately(text, 48, [Mention("X", 0, 1, "person")])
    False
    """
    people = [m.end for m in mentions if m.type == "person" and m.end > position - 250]
    if not people:
        return False
    return max(people) > position or not BODY_NOUN.search(body, max(people), position)


def _entry(body: str, near: Mention, position: int) -> int | None:
    """Where the description starts (after the colon) when ``near`` heads the entry of a list
    or a glossary that the cue at ``position`` belongs to: the line opens with it, a colon
    follows (its place in brackets before), and the description names no one else up to the
    cue. An entry's description leaves out its subject ("- Pôle ressources (Val-d'Oise) : en
    2018, il a commencé à travailler avec les acteurs des Yvelines, en lien avec le CGET";
    "ORIV : membre du réseau RECI"), so the head is the cue's subject however far the cue
    stands; a cue that wants its subject next to it must then open the description or a phrase
    of it after a comma ("Normanvilles (Normandie) : né en 2010, labellisé en 2015 par", not
    "ORIV : son directeur a rejoint").

    >>> text = "- Normanvilles (Normandie) : né en 2010, labellisé en 2015 par"
    >>> head = Mention("Normanvilles", 2, 14, "organization")
    >>> _entry(text, head, len(text) - 16), _entry("Selon " + text, head, 40)
    (28, None)
    """
    if not ENTRY_OPENS.search(body, max(0, near.start - 8), near.start):
        return None
    entry = ENTRY_HEAD.match(body, near.end)
    return entry.end("colon") if entry is not None and entry.end() >= position else None


def _clause_start(body: str, start: int, position: int) -> int:
    """Where the last phrase before ``position`` opens, after a comma, from ``start`` on: the
    participle of an entry's description ("centre créé en 2006, labellisé en 2008 par").

    >>> _clause_start("créé en 2006, labellisé", 0, 23)
    13
    """
    return body.rfind(",", start, position) + 1 or start


def count_of(word: str) -> int:
    """The number a count says, in digits or in words ("3", "trois", "Deux": 3, 3, 2).

    >>> [count_of(word) for word in ("3", "trois", "Deux")]
    [3, 3, 2]
    """
    return int(word) if word.isdigit() else NUMBERS.index(word.lower()) + 2


def _counted(
    body: str, cue: Cue, near: Mention, match: re.Match[str], before: Sequence[Mention]
) -> list[Mention]:
    """The bodies a count set after them stands for, as subjects of the cue that follows it:
    "A, de Labo Cités, et B, de RésO Villes, deux centres membres du réseau", "l'IREV et
    l'ORIV, les deux centres labellisés par l'Etat": the bodies named last, as many as counted,
    when the sentence names no fewer."""
    counted = COUNTED_APPOSITION.fullmatch(body, near.end, match.start())
    if cue.shape != "after" or counted is None or near.type != "organization":
        return []
    count = count_of(counted["count"])
    bodies = [m for m in before if m.type == "organization"]
    return bodies[-count:] if 1 < count <= len(bodies) else []


def _past_acronym(body: str, position: int) -> int:
    """Where a name ends once the acronym in brackets after it is read: "avec Pays et Quartiers
    d'Aquitaine (PQA), il a répondu".

    >>> _past_acronym("PQN-A (PQA), il", 5)
    11
    """
    bracket = ACRONYM_AFTER.match(body, position)
    return bracket.end() if bracket else position


def _of_a_body(
    body: str,
    cue: Cue,
    match: re.Match[str],
    mentions: Sequence[Mention],
    earlier: Sequence[Mention],
    groups: frozenset[str] = frozenset(),
) -> Iterator[tuple[Mention, Mention]]:
    """The pairs of the cues whose object is a body named before them or only referred to:
    "le réseau RECI, dont l'ORIV est membre" (relative: the body, the phrase, the subjects, the
    link); "L'Etat et la Région en sont les membres" (pronoun: the subjects just before the
    phrase, else listed after it, "Deux intercommunalités y participent, A et B"); "Le groupement
    compte parmi ses membres A, B et C" (possessive: the subjects listed after the phrase, the
    body just before it, "L'IREV compte parmi ses membres", else the one referred to). A member
    list runs on over a relative clause closed by a comma ("les communes qui portent des
    contrats de ville, les départements du Nord") and names its items after a few words ("sept
    communes : A, B"). The body "en", "y", "ses" or "le groupement" refer to is the
    :func:`antecedent`. A pronoun cue whose table says ``alike`` adds the bodies said alike
    after its clause ("L'État en est membre, tout comme la Région": :func:`alike`); a
    possessive one that says ``right_after`` lists only from a name right after it
    (:func:`right_after`).

    A cue with a ``context`` reads only in a paragraph that has spoken of it before ("Le
    groupement compte de nombreux membres fondateurs. Aux côtés de l'Etat, on trouve A et B.
    Deux intercommunalités y participent également, C et D"), and the bodies named from there
    on are those listed, not the one referred to. The body referred to is never the centres as a
    group (``groups``): a directory's heading "Centres de ressources politique de la ville" is
    not the body whose record follows ("Réseau : membre du réseau national")."""
    before = [m for m in mentions if m.end <= match.start()]
    limit = match.start()
    if cue.context is not None:
        paragraph = _paragraph_start(body, match.start())
        spoken = cue.context.search(body, paragraph, match.start())
        if spoken is None:
            return
        limit = spoken.start()
    near = before[-1] if before else None
    if cue.shape == "relative":
        subjects = listed_after(body, match.end(), mentions, strict=True)
        if near is None or not subjects or not _relative_to(body, cue, near, match.start()):
            return
        if cue.link is not None and not cue.link.match(body, subjects[-1].end):
            return
        yield from ((subject, near) for subject in subjects)
        return
    if near is not None and not NEXT_TO.fullmatch(body, near.end, match.start()):
        near = None
    if near is not None and _completes(body, near):
        near = None  # "Les directions régionales de l'État en sont membres : A, B"
    if any(m.type == "organization" for m in mentions if match.start() <= m.start < match.end()):
        return  # "Les membres de l'ANRU en ont débattu :": "en" is not the body's, nor are they
    clause: list[Mention] = []  # "X, qui succède au CGET, a rejoint le GIP": not the CGET
    if cue.shape == "pronoun" and near is not None:
        subject = _past_relative(body, near, before)
        clause = [m for m in before if subject.end <= m.start] if subject is not near else []
        near = subject
        subjects = listed_before(body, near, mentions)
        if cue.alike:
            subjects += _alike(body, match.end(), mentions)
    elif cue.right_after:
        subjects = right_after(body, match.end(), mentions)
    else:
        subjects = listed_after(body, match.end(), mentions, clauses=True)
        if subjects and SUBJECT_OF_VERB.match(body, subjects[-1].end):
            return  # "Plusieurs membres en ont parlé : l'ANRU a présenté ...": a clause's subject
    referred = [
        m
        for m in [*earlier, *before]
        if m.end <= limit and m.entity not in groups and m not in clause
    ]
    # The body the subjects belong to is not the one they are members of (not the État).
    owner = _owner_of_members(body, [*earlier, *before], limit)
    obj = _listing_body(body, cue, near, referred, [*subjects, *([owner] if owner else [])])
    if obj is not None:
        yield from ((subject, obj) for subject in subjects)


def _owner_of_members(body: str, before: Sequence[Mention], position: int) -> Mention | None:
    """The body that completes the noun of the members a clause at ``position`` speaks of ("les
    directions régionales de l'État sont membres du groupement", "en sont membres"): the body
    they belong to, not the one they are members of.

    >>> text = "Les directions de l'État en sont membres"
    >>> etat = Mention("État", 20, 24, "organization")
    >>> _owner_of_members(text, [etat], 25).text, _owner_of_members("L'État en", [etat], 25)
    ('État', None)
    """
    named = [m for m in before if m.end <= position]
    if not named or not NEXT_TO.fullmatch(body, named[-1].end, position):
        return None
    return named[-1] if _completes(body, named[-1]) else None


def _alike(body: str, position: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The bodies a clause of membership, its member named before it, says are members as well,
    after a comma and a word of :func:`alike` a few words past its phrase, an article at most
    before the first: "Le Département en sera membre fondateur, tout comme la CSSM et la
    Caisse des Dépôts", "La DREAL y siège, comme la DRAAF"; not "comme l'a rappelé l'ANCT" (a
    verb), "avec l'appui de l'ANCT" (a noun).

    >>> text = "La DREAL en est membre, comme la DRAAF et l'ARS, avec l'appui de l'ANCT."
    >>> names = [Mention(n, text.index(n), text.index(n) + len(n), "organization")
    ...          for n in ("DRAAF", "ARS", "ANCT")]
    >>> [m.text for m in _alike(text, 15, names)], _alike(text, text.index(", avec"), names)
    (['DRAAF', 'ARS'], [])
    """
    said = alike().match(body, position)
    return right_after(body, said.end(), mentions) if said else []


@lru_cache(maxsize=1)
def alike() -> re.Pattern[str]:
    """A clause's last words (``lead``, 40 characters at most), a comma and a word that says the
    bodies named next are alike, members too (``cues.toml`` [members] alike: "tout comme", "au
    même titre que"...).

    >>> said = alike().match("PQN-A en est membre, au même titre que la DRAAF", 6)
    >>> said["lead"], said.end()
    ('en est membre', 39)
    """
    words = "|".join(phrase(word) for word in cue_tables()["members"]["alike"])
    return re.compile(rf"(?P<lead>[^,.;:!?()\n]{{0,40}}?)\s*,\s*(?:{words})\s*", re.I)


def right_after(body: str, position: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The names listed from ``position`` on (strictly: :func:`listed_after`) if the first
    follows it and an article at most: "avec le CAUE et CINEAM", not "avec le soutien de l'ANCT"
    (a funder), "comme le rappelle l'ANCT" (a verb), whose name completes another word.

    >>> text = "avec le CAUE, avec le soutien de l'ANCT"
    >>> names = [Mention(n, text.index(n), text.index(n) + len(n), "organization")
    ...          for n in ("CAUE", "ANCT")]
    >>> [m.text for m in right_after(text, 4, names)], right_after(text, 18, names)
    (['CAUE'], [])
    """
    listed = listed_after(body, position, mentions, strict=True)
    if not listed or not ARTICLE_ONLY.fullmatch(body, position, listed[0].start):
        return []
    return listed


def _paragraph_start(body: str, position: int) -> int:
    r"""Where the paragraph of ``position`` starts: its line's start, or, on a line right after
    the items of a list, the start of the block the list belongs to, whose heading it goes on
    ("Les autres membres :\n- DREAL ;\n- DRAAF.\nLe CESER y siège avec voix consultative."):
    after a blank line, else (a text whose paragraphs are lines) the heading's line.

    >>> text = "Intro.\n\nLes autres membres :\n- DREAL ;\n- DRAAF.\nLe CESER y siège."
    >>> text[_paragraph_start(text, len(text) - 5) :][:18], _paragraph_start("A.\nB", 4)
    ('Les autres membres', 3)
    >>> _paragraph_start(text.replace("\n\n", "\n"), len(text) - 5)
    7
    """
    start = body.rfind("\n", 0, position) + 1
    previous = body.rfind("\n", 0, max(0, start - 1)) + 1
    if not (start and BULLET.match(body, previous, start)):
        return start
    blank = body.rfind("\n\n", 0, start)
    if blank >= 0:
        return blank + 2
    while previous and BULLET.match(body, previous, start):
        previous = body.rfind("\n", 0, previous - 1) + 1
    return previous


def _listing_body(
    body: str,
    cue: Cue,
    near: Mention | None,
    before: Sequence[Mention],
    subjects: Sequence[Mention],
) -> Mention | None:
    """The body whose members a possessive or a pronoun cue lists: the one named right before
    "parmi ses membres" (``near``), else the :func:`antecedent` of the bodies ``before``."""
    if cue.shape == "possessive" and near is not None:
        return near
    return antecedent(before, subjects, _lead(body))


def listed_items(
    body: str, start: int, end: int, mentions: Sequence[Mention], earlier: Sequence[Mention]
) -> list[Related]:
    r"""The members an item of a bulleted list names, when the line that opens the list ends
    with a cue of members and its colon: "Villes au Carré a accueilli ses nouveaux adhérents
    2018 :", then "- Orléans Métropole ;", "- la communauté de communes giennoise ;". Each line
    is a sentence of its own; the item is the name that opens it ("- la communauté de communes
    X, qui succède à la Ville de Y": X), and the body is the one named right before the cue,
    else the one the text is about; a cue whose table says ``inverse`` reads the other way
    ("Successeur :", then "- l'ANCT": the body hands its activity to the item).

    >>> text = "L'IREV a présenté ses membres :\n- l'ANRU ;\n- l'URH."
    >>> irev = Mention("IREV", 2, 6, "organization", "o:irev")
    >>> urh = Mention("URH", text.index("URH"), text.index("URH") + 3, "organization", "o:urh")
    >>> [(r.subject, r.object) for r in listed_items(text, urh.start - 4, len(text), [urh], [irev])]
    [('o:urh', 'o:irev')]
    """
    bullet = BULLET.match(body, start, end)
    opening = _list_opening(body, start) if bullet else None
    if bullet is None or opening is None:
        return []
    item = next((m for m in mentions if _strict_first(body[bullet.end() : m.start])), None)
    if item is None or item.type != "organization":
        return []
    found = []
    for cue in load_cues().cues:
        if cue.shape not in ("possessive", "pronoun") or cue.context is not None:
            continue
        for match in cue.pattern.finditer(body, *opening):
            if match.end() != opening[1]:
                continue  # the cue is not the one the colon closes
            before = [m for m in earlier if m.end <= match.start()]
            near = before[-1] if before else None
            if near is not None and not NEXT_TO.fullmatch(body, near.end, match.start()):
                near = None
            obj = _listing_body(body, cue, near, before, [item])
            if obj is not None and reference(obj) != reference(item):
                ends = (obj, item) if cue.inverse else (item, obj)  # "Successeur :", "- l'ANCT"
                found.append(
                    Related(reference(ends[0]), cue.predicate, reference(ends[1]), cue.confidence)
                )
    return list(dict.fromkeys(found))  # "ses membres :" reads with and without {words}


def _list_opening(body: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the line that opens the bulleted list whose item starts at ``start``,
    up to its closing colon: the first line before it that is not an item, if it ends with a
    colon."""
    position = start
    while position > 0:
        line_start = body.rfind("\n", 0, position - 1) + 1
        line = body[line_start:position].strip()
        if not line:
            return None
        if not BULLET.match(line):
            colon = body.rfind(":", line_start, position)
            return (line_start, colon + 1) if line.endswith(":") else None
        position = line_start
    return None


def _relative_to(body: str, cue: Cue, near: Mention, position: int) -> bool:
    """Whether the relative pronoun at ``position`` ("dont") is the body ``near``'s: right after
    it ("le réseau RECI, dont"), or after a noun phrase that describes it ("l'IREV, groupement
    d'intérêt public dont"), a phrase without a verb or a clause of its own.

    >>> irev = Mention("IREV", 0, 4, "organization")
    >>> cue = Cue("p", "relative", re.compile("dont"), None, 0.5, gap=3)
    >>> text = "IREV (Nord) : groupement d'intérêt public dont"
    >>> _relative_to(text, cue, irev, len(text) - 4)
    True
    >>> text = "IREV, qui a rejoint le réseau dont"
    >>> _relative_to(text, cue, irev, len(text) - 4)
    False
    """
    if position - near.end <= cue.gap:
        return True
    described = DESCRIBED.fullmatch(body, near.end, position)
    return described is not None and not BREAKERS.search(described["noun"])


def antecedent(
    before: Sequence[Mention], subjects: Sequence[Mention], lead: int | None = None
) -> Mention | None:
    """The body "en", "y", "ses" or "le groupement" refer to when no body is named next to
    them: the body the text is about, which it has named most often so far (the first of them
    on a tie), if it is not one of ``subjects``. A news item names its body again and again
    ("L'IREV est un groupement d'intérêt public. L'Etat et la Région en sont les membres
    fondateurs."), where the nearest body may well be a member just listed. The body may be one
    the graph lacks: a news item is often about a new one ("la convention constitutive du GIP
    « Maore Ouvoimoja » a été signée").

    When each body was named once, the first is the one the text is about only if it stands in
    the lead (its first paragraph, ending at ``lead``), where a news item names its subject
    ("Plusieurs directions figurent parmi les membres" after a paragraph on the Etat and the
    Région as founders: no antecedent).

    >>> irev = Mention("IREV", 0, 4, "organization", "o:irev")
    >>> etat = Mention("Etat", 10, 14, "organization", "o:etat")
    >>> antecedent([irev, etat], [etat]).entity, antecedent([irev, etat], [irev, etat])
    ('o:irev', None)
    >>> antecedent([irev, etat], [], lead=4).entity, antecedent([irev, etat], [], lead=0)
    ('o:irev', None)
    """
    excluded = {reference(m) for m in subjects}
    bodies = [m for m in before if m.type == "organization" and reference(m) not in excluded]
    if not bodies:
        return None
    counts = Counter(reference(m) for m in bodies)
    most = max(counts.values())
    first = next(m for m in bodies if counts[reference(m)] == most)
    if most == 1 and len(counts) > 1 and lead is not None and first.start >= lead:
        return None  # bodies named once each, none in the lead: none is what the text is about
    return first


def _it(
    body: str,
    cue: Cue,
    match: re.Match[str],
    before: Sequence[Mention],
    groups: frozenset[str] = frozenset(),
) -> Mention | None:
    """The body "il" or "elle" stands for as the subject of a cue only a body is the subject
    of ("Depuis 2017, le centre ne couvre plus que le Centre-Val de Loire. Cette année-là, il a
    transmis son activité à PQA."): the :func:`antecedent`, when the text has just called it by
    a noun of bodies ("le centre", "l'association": "elle" after "la rencontre" is the
    meeting), no one was named lately in the paragraph (the pronoun could be theirs) or a noun
    of bodies was said since, and a body was named last; but the body named last, if it was the
    subject of its clause (:func:`_last_subject`: "l'ANCT a pris effet en 2020. Elle regroupe
    ..."). "Ils", "elles" or "ces structures" stand for the body named last ("Le réseau compte
    18 CRPV. Ces structures sont nées d'initiatives locales et sont labellisées par l'Etat.").

    A noun of bodies opening the sentence stands for that body as well, and so is the object of
    a cue whose object comes first ("Le nouvel opérateur reprend les missions de trois
    structures : A, B et C"). The body is looked for in the paragraph first (a news item of
    several centres speaks of one a paragraph), and is never the centres as a group (``groups``):
    "il", "le centre" is one."""
    ends = {"after": cue.subjects, "before": cue.objects}.get(cue.shape)
    if ends != ("organization",):
        return None
    paragraph = body.rfind("\n", 0, match.start())
    lately = [m for m in before if m.end > max(match.start() - 250, paragraph)]
    it = IT.search(body, max(0, match.start() - 60), match.start())
    # A pronoun may stand for a person named lately, unless the text has called a body by a
    # noun of bodies since ("Sa présidente, X, siège à Y. Le centre coopère : en 2006, il avait
    # répondu"); a noun of bodies never does.
    noun = it is not None and not (it["pronoun"] or it["plural"])
    if not before:
        return None
    person = _person_lately(body, match.start(), lately) or (
        before[-1].type == "person" and not BODY_NOUN.search(body, before[-1].end, match.start())
    )
    if not noun and person:
        return None
    if it is not None and it["plural"]:
        return _plural_antecedent(body, before)
    if it is not None:
        subject = _last_subject(body, it.start(), before) if it["pronoun"] else None
        if subject is not None or (
            it["pronoun"] and not BODY_NOUN.search(body, max(0, it.start() - 200), it.start())
        ):
            return subject
        bodies = [m for m in before if m.entity not in groups]
        named = _named_by_noun(body, it.start() if it["pronoun"] else it.end(), bodies)
        if named is not None:
            return named
        lead = _lead(body)
        within = [m for m in bodies if m.start > paragraph]
        return antecedent(within, [], lead) or antecedent(bodies, [], lead)
    if cue.shape != "after":
        return None
    they = list(THEY.finditer(body, max(0, match.start() - 120), match.start()))
    last = before[-1]
    if they and last.end <= they[-1].start() and cue.between is not None:
        plural = PLURAL.search(body, max(0, last.start - 8), last.start)
        if plural and cue.between.fullmatch(body, they[-1].end(), match.start()):
            return last
    return None


def _named_by_noun(body: str, position: int, bodies: Sequence[Mention]) -> Mention | None:
    """The body named last whose name opens with the noun of bodies said last before
    ``position`` ("l'Agence nationale de la cohésion des territoires (ANCT) [...]. Pour
    mémoire, l'agence est un établissement public de l'État. Elle": the agency, not the État).

    >>> text = "L'Agence nationale (ANCT) existe. L'agence est un établissement de l'État. Elle"
    >>> anct = Mention("Agence nationale", 2, 18, "organization")
    >>> etat = Mention("État", 70, 74, "organization")
    >>> _named_by_noun(text, len(text) - 4, [anct, etat]).text
    'Agence nationale'
    """
    nouns = list(BODY_NOUN.finditer(body, max(0, position - 200), position))
    if not nouns:
        return None
    word = re.sub(r"^(?:le|la|l['’])\s*", "", nouns[-1][0], flags=re.I).lower()
    named = [m for m in bodies if m.end <= nouns[-1].start() and _first_word(m) == word]
    return named[-1] if named else None


def _last_subject(body: str, position: int, before: Sequence[Mention]) -> Mention | None:
    """The body "il" or "elle" at ``position`` stands for when no noun of bodies did: the one
    named last, if it was the subject of its clause, an article at most before it ("le CGET
    relèvera du Premier ministre ; il se substitue à trois structures"; not "le projet de décret
    du CGET. Il prévoit"), a sentence or so before.

    >>> text = "Le CGET relèvera du Premier ministre ; il"
    >>> cget = Mention("CGET", 3, 7, "organization")
    >>> _last_subject(text, 39, [cget]).text, _last_subject("Le décret du " + text[3:], 48, [])
    ('CGET', None)
    """
    last = before[-1] if before else None
    if last is None or last.type != "organization" or position - last.end > 200:
        return None
    opening = max(body.rfind(mark, 0, last.start) for mark in ".;:!?\n") + 1
    return last if re.fullmatch(r"\s*" + LIST_ARTICLE, body[opening : last.start], re.I) else None


def _plural_antecedent(body: str, before: Sequence[Mention]) -> Mention | None:
    """The body "ils" or "elles" stands for: the one named last, if a plural article or a
    count stands before its name ("Créées en 2021, les DREETS sont placées sous l'autorité du
    préfet. Elles reprennent les missions des DIRECCTE"); "elles" after "la DREETS" or
    "Normanvilles" stands for others.

    A name followed by its acronym in brackets is counted by the article before the name ("les
    directions régionales de l'économie (DREETS) ont été créées. Elles reprendront ...").

    >>> text = "Les DREETS existent. Elles"
    >>> dreets = Mention("DREETS", 4, 10, "organization")
    >>> _plural_antecedent(text, [dreets]).text, _plural_antecedent("La " + text[4:], [dreets])
    ('DREETS', None)
    >>> text = "les directions régionales (DREETS) existent. Elles"
    >>> full = Mention("directions régionales", 4, 25, "organization")
    >>> _plural_antecedent(text, [full, Mention("DREETS", 27, 33, "organization")]).text
    'directions régionales'
    """
    last = before[-1]
    if len(before) > 1 and BRACKET.fullmatch(body, before[-2].end, last.start):
        last = before[-2]  # "les directions régionales (DREETS)": the name the acronym is of
    plural = PLURAL.search(body, max(0, last.start - 8), last.start)
    return last if last.type == "organization" and plural else None


def _lead(body: str) -> int:
    r"""Where the first paragraph of an article ends (its lead): its first line that holds
    text, past blank ones (a page's furniture blanked before it, :mod:`.article`); a record's
    lines of fields, when it opens with one ("Forme autorisée du nom : ...", "Sigle : CGET",
    :data:`~crpv_graph.ingest.recognise.FIELD`), all name the body it is about.

    >>> _lead("Chapeau.\n\nSuite."), _lead("    \n\nChapeau.\nSuite.")
    (8, 14)
    >>> _lead("Nom : Centre\nSigle : CGET\n\nHistorique")
    25
    """
    text = TEXT.search(body)
    end = body.find("\n", text.start()) if text else -1
    fields = bool(text and FIELD.match(body, text.start()))
    while fields and end >= 0 and FIELD.match(body, end + 1):
        end = body.find("\n", end + 1)
    return len(body) if end < 0 else end


TEXT = re.compile(r"\S")
"""The first character that is no space: where a text starts, found without copying it."""


def _next_to(
    body: str, between: re.Pattern[str], near: Mention, position: int, verb: bool = False
) -> bool:
    """Whether ``near`` is the body a cue at ``position`` qualifies: only ``between`` stands
    between them, and, when a verb does ("a rejoint", "est membre") or the cue is one
    (``verb``: "réunit", "labellise"), ``near`` is not the complement of a noun, whose verb it
    would be ("les agents du CGET ont rejoint la DGCL", "le bureau du réseau réunit"). A
    participle right after the name or set apart by a comma qualifies it all the same ("le bilan
    des centres labellisés par l'Etat", "des CRPV, membres du réseau"); a time set apart by
    commas is no such participle ("La directrice de l'ORIV, en 2015, a rejoint").

    >>> cget = Mention("CGET", 14, 18, "organization")
    >>> between = _between(["{aux}"])
    >>> _next_to("Une partie du CGET a rejoint", between, cget, 21)
    False
    >>> _next_to("Une partie du CGET rejoint", between, cget, 19, verb=True)
    False
    """
    if not between.fullmatch(body, near.end, position):
        return False
    gap = body[near.end : position].strip()
    return (
        (not gap and not verb)
        or (gap.startswith(",") and not TIME_APART.match(gap))
        or not _completes(body, near)
    )


def _generic(body: str, mention: Mention) -> bool:
    """Whether a mention the graph does not know is an acronym in the plural, the name of a
    kind of body rather than of one ("les EPCI et les communes", "des GIP").

    >>> text = "ses membres les EPCI et l'URH"
    >>> epci, urh = Mention("EPCI", 16, 20, "organization"), Mention("URH", 26, 29, "organization")
    >>> _generic(text, epci), _generic(text, urh)
    (True, False)
    """
    return (
        mention.entity is None
        and mention.text.isupper()
        and bool(
            re.search(
                r"\b(?:les|des|aux)\s+$", body[max(0, mention.start - 5) : mention.start], re.I
            )
        )
    )


def _fits(cue: Cue, subject: Mention, obj: Mention, titled: TitledBodies, body: str) -> bool:
    """Whether the cue relates these two: their types, a network's name ("le réseau national",
    or "le réseau RECI", the noun before the name) where the cue wants one, and a unit's name
    ("direction X", or a unit of the graph whose parent the object is: "la DVCU, au sein du
    CGET")."""
    if subject.type not in cue.subjects or obj.type not in cue.objects:
        return False
    if reference(subject) == reference(obj):
        return False
    if cue.successor and not titled.took_over(reference(obj), reference(subject)):
        return False
    if cue.object_words and not {_first_word(obj), _kind_before(body, obj)} & set(cue.object_words):
        return False
    if cue.subject_words:
        first = _first_word(subject)
        known = bool(subject.entity) and titled.parent(reference(subject)) == reference(obj)
        return (
            first in cue.subject_words
            or known
            or (
                _apposed_noun(body, subject) in cue.apposed_words
                and not (cue.apposed_bodies and cue.apposed_bodies.match(body, subject.end))
            )
        )
    return True


def _apposed_noun(body: str, mention: Mention) -> str:
    """The noun, in lower case, of a phrase set after a name by a comma ("centre" of "le CRPRS,
    un centre consacré à ..."), else "".

    >>> text = "le CRPRS, un centre consacré à la prévention"
    >>> _apposed_noun(text, Mention("CRPRS", 3, 8, "organization"))
    'centre'
    """
    noun = APPOSED_NOUN.match(body, mention.end)
    return noun["noun"].lower() if noun else ""


def _kind_before(body: str, mention: Mention) -> str:
    """The noun of a kind of body set right before a name, in lower case ("réseau" of "le réseau
    RECI", "gip" of "le GIP « Maore Ouvoimoja »"), else "".

    >>> text = "Le réseau RECI"
    >>> _kind_before(text, Mention("RECI", 10, 14, "organization"))
    'réseau'
    """
    kind = KIND_BEFORE.search(body, max(0, mention.start - 40), mention.start)
    return kind["kind"].lower() if kind else ""


def _first_word(mention: Mention) -> str:
    """The first word of a mention's text, in lower case ("réseau" of "réseau national")."""
    words = mention.text.split()
    return words[0].lower() if words else ""


def _related(cue: Cue, subject: str, obj: str, collectives: dict[str, str]) -> Related:
    predicate = cue.predicate
    if cue.collective and subject in collectives and collectives[subject]:
        predicate, subject = cue.collective, collectives[subject]
    if cue.symmetric and obj < subject:
        subject, obj = obj, subject
    return Related(subject, predicate, obj, cue.confidence)


# A finite verb right after a name, which is then its subject: "X a pris la parole", "X est".
SUBJECT_OF_VERB = re.compile(r"\s+(?:a|ont|avait|avaient|est|sont|était|étaient)\s", re.I)
# A name that a verb follows, or "y" or "en" before one: the subject of a clause ("l'État y
# siège", "la Région en est membre"), after a comma no item of the list before.
CLAUSE_VERB = re.compile(
    SUBJECT_OF_VERB.pattern
    + r"|\s+(?:y\s|en\s+(?:est|sont|était|étaient|a|ont|avait|avaient|fait|font)\b)",
    re.I,
)


def listed_after(
    body: str,
    position: int,
    mentions: Sequence[Mention],
    strict: bool = False,
    clauses: bool = False,
) -> list[Mention]:
    """The mentions listed from ``position`` on: "par le CGET, le Réseau national des CRPV et
    Question de ville", "réunir les équipes de la direction X au sein de l'ANCT, les référents
    des services (SGAR, DREETS)".

    ``strict`` (a relation's objects): the first name follows the cue, an article and at most a
    word between, the others only separators and articles ("par l'État et la Région").
    Otherwise (participants), each item follows a separator (comma, "et", a parenthesis) and a
    few words ("les représentants de l'"); a name that qualifies the previous one ("X au sein de
    l'ANCT", a person's body in "X, directrice de l'ANRU") or a longer phrase is not an item;
    a verb or a clause ends the list; with ``clauses`` (a member list), a clause closed by a
    comma does not ("les communes qui portent des contrats de ville, les départements").

    >>> text = ("réunissait les équipes de X au sein de Y, les référents politique de la ville "
    ...         "des services régionaux de Z (U, V)")
    >>> names = [Mention(n, text.index(n), text.index(n) + 1, "organization") for n in "XYZUV"]
    >>> [m.text for m in listed_after(text, 10, names)]
    ['X', 'U', 'V']
    """
    items: list[Mention] = []
    previous: Mention | None = None
    apposed = False  # the previous name is a person's body ("X, directrice de Y")
    relative = False  # the previous name is in a relative clause on an item ("X, qui ...")
    for mention in mentions:
        if mention.start < position:
            continue
        gap = body[position : mention.start]
        if strict:
            if previous is not None and re.fullmatch(r"\s*\(\s*", gap):
                # "du Commissariat général à l'égalité des territoires (CGET)": the same body.
                closing = re.match(r"\s*\)", body[mention.end :])
                previous, position = mention, mention.end + (closing.end() if closing else 0)
                continue
            if (
                previous is not None
                and previous.type == "person"
                and mention.type != "person"
                and APPOSITION.fullmatch(gap)
            ):
                position = mention.end  # "A, alors président du Réseau X, B et C": A's body
                continue
            apposition = (
                PERSON_APPOSITION
                if previous is not None and previous.type == mention.type == "person"
                else BODY_APPOSITION
            )
            titled = (
                previous is not None
                and previous.type == mention.type
                and apposition.fullmatch(gap)
                and not BREAKERS.search(gap)
            )
            if not (
                titled or (_strict_first(gap) if previous is None else BACK_GAP.fullmatch(gap))
            ):
                break
            if previous is not None and "," in gap and CLAUSE_VERB.match(body, mention.end):
                break  # "un centre ..., le CRPRS, et l'État y siège": a clause of its own
            items.append(mention)
        else:
            # "aux côtés de X, qui signait au nom de l'AdCF, et de Y": a name in a relative
            # clause on an item is no item; the list goes on after the clause's comma.
            if previous is not None and (
                (relative and not gap.lstrip().startswith(","))
                or (previous in items and RELATIVE_OPENS.fullmatch(gap))
            ):
                relative, previous, position = True, mention, mention.end
                continue
            relative = False
            # "Intervenants : A (IREV) ; B (ANCT)", "A ; B ; et C": items a semicolon apart
            semicolon = previous is not None and SEMICOLON_GAP.fullmatch(gap)
            opening = "" if semicolon else SEPARATOR.split(gap)[-1] if clauses else gap
            opening = _without_civility(body, opening, mention)
            if len(gap) > (200 if previous is None else 120) or BREAKERS.search(opening):
                break
            # "organisée par l'IREV à Lille, Isabelle Chenevez a pris la parole": a name that a
            # verb follows after a comma opens the sentence's main clause; the list ended before.
            subject = SUBJECT_OF_VERB.match(body, mention.end)
            if previous is not None and re.search(r"[,;]", gap) and subject:
                break
            person_body = previous is not None and (
                (
                    previous.type == "person"
                    and bool(
                        APPOSITION.fullmatch(gap)
                        or TITLE_BRACKET.fullmatch(gap)
                        or TITLE_FUSED.fullmatch(gap)
                    )
                )
                or (apposed and bool(BRACKET.fullmatch(gap)))  # "Y (CRPVE)": Y's acronym
                or (apposed and bool(SECOND_TITLE.fullmatch(gap)))  # "et maire d'Annecy"
            )
            # "l'État – par l'intermédiaire du SGAR – et la Région": whom the previous item acts
            # through is no item, nor is its acronym after it.
            through = previous is not None and bool(THROUGH.fullmatch(gap))
            # "X, de RésO Villes, deux centres membres du réseau national": what the items are
            # members of is no item.
            qualifies = previous is not None and (
                not (semicolon or SEPARATOR.search(gap))
                or person_body
                or through
                or bool(members_of().search(gap))
            )
            apposed = person_body or through
            # The words after the last separator introduce this name ("les équipes de la"): a
            # few, or the name qualifies a longer phrase ("les référents ... des services
            # régionaux de l'État"), and is not an item.
            if not qualifies and _content_words(SEPARATOR.split(gap)[-1]) <= 4:
                items.append(mention)
        previous = mention
        position = mention.end
    return items


def listed_before(body: str, mention: Mention, mentions: Sequence[Mention]) -> list[Mention]:
    """``mention`` and the names listed just before it ("le CGET, l'ANRU et l'ERU"), in text
    order. A body in a person's apposition ("X, directeur de l'ANRU, a ouvert") stands for the
    person; one in a relative clause on an item, closed by a comma, is no item ("A, qui succède
    à la Ville de V, B et C").

    >>> text = "A, qui succède à la Y, B et C"
    >>> names = [Mention(n, text.index(n), text.index(n) + 1, "organization") for n in "AYBC"]
    >>> [m.text for m in listed_before(text, names[-1], names)]
    ['A', 'B', 'C']
    """
    earlier = [m for m in mentions if m.end <= mention.start]
    if (
        earlier
        and earlier[-1].type == "person"
        and mention.type != "person"
        and APPOSITION.fullmatch(body[earlier[-1].end : mention.start])
    ):
        mention, earlier = earlier[-1], earlier[:-1]
    items = [mention]
    while earlier:
        previous = earlier.pop()
        gap = body[previous.end : items[0].start]
        if not BACK_GAP.fullmatch(gap):
            break
        if WITHIN.search(body, max(0, previous.start - 20), previous.start):
            break  # "Au sein du CGET, le SG-CIV et l'Acsé sont fondus": where, not who
        if (
            earlier
            and "," in gap
            and RELATIVE_OPENS.fullmatch(body, earlier[-1].end, previous.start)
        ):
            previous = earlier.pop()  # "A, qui succède à la Ville de V, B et C": not V
        items.insert(0, previous)
    return items


def _without_civility(body: str, opening: str, mention: Mention) -> str:
    """The words before a person's name without its civility: "Présidence de séance : M.
    Daniel Barnier", whose full stop ends no list."""
    if mention.type != "person":
        return opening
    civility = CIVILITY_BEFORE.search(body, max(0, mention.start - 12), mention.start + 1)
    if civility is None or civility.end() != mention.start:
        return opening
    return opening[: max(0, len(opening) - (mention.start - civility.start()))]


def _strict_first(gap: str) -> bool:
    """Between a relation's cue and its object: an article, and at most a word ("membre du
    réseau RECI"); or the items counted before a colon ("par trois personnalités : ").

    >>> _strict_first(" l'"), _strict_first(" réseau "), _strict_first(" des actions menées l'")
    (True, True, False)
    >>> _strict_first(" trois structures : le ")
    True
    """
    if COUNTED.fullmatch(gap):
        return True
    return len(gap) <= 25 and not BREAKERS.search(gap) and _content_words(gap) <= 1


def _content_words(text: str) -> int:
    words = re.findall(r"[^\W\d_]{3,}", text)
    return sum(1 for word in words if word.lower() not in STOPWORDS)


# A line of a list: an item's mark, or a group's head before a colon ("Côté communes :", "2
# intercommunalités :"), its names after it.
LIST_LINE = re.compile(r"[ \t]*(?:" + ITEM_MARK + r"|[^\n:.;]{1,40}:)\s*")
ITEM_LEAD = re.compile(r"[^,:;()]{0,40},\s*(?:(?:le|la|les|l['’])\s*)?", re.I)
HEAD_LENGTH = 120  # a heading or a lead sentence, not a paragraph


def member_sections(
    body: str, mentions: Sequence[Mention], page: str
) -> list[tuple[Mention, str, tuple[int, int]]]:
    r"""The members a section of a page lists (``cues.toml`` [members] section): (member, the
    body it is a member of, the line's span). The section opens with a line holding one of the
    words and runs over the lines of a list below it ("- l'État ;", "Côté communes : A, B et
    C."), up to a blank line or a line of prose; a line of prose that holds a word carries the
    section on ("Le GIP a été constitué par les partenaires suivants."). The members are of the
    one body the section's lines of words name, else of the page's (``page``, "" for none).

    >>> text = "Nos membres fondateurs\n- l'État ;\n- la Région.\n\nAutre chose : l'ANRU."
    >>> named = [Mention(n, text.index(n), text.index(n) + len(n), "organization", "o:" + n)
    ...          for n in ("État", "Région", "ANRU")]
    >>> [(m.text, owner) for m, owner, _ in member_sections(text, named, "o:gip")]
    [('État', 'o:gip'), ('Région', 'o:gip')]
    """
    words = _member_words()
    bodies = [m for m in mentions if m.type == "organization"]
    found: list[tuple[Mention, str, tuple[int, int]]] = []
    heads: list[tuple[int, int]] = []  # the lines of words of the section being read
    items: list[tuple[int, int]] = []
    for line in re.finditer(r"^.*$", body, re.M):  # one match a line, blank ones too
        span, text = line.span(), line.group()
        if not text.strip():
            found += _section_members(body, bodies, heads, items, page)
            heads, items = [], []
        elif heads and (BULLET.match(text.lstrip()) or _group_line(text, words)):
            items.append(span)
        elif words.search(text) and len(text) <= HEAD_LENGTH and not BULLET.match(text.lstrip()):
            if items:
                found += _section_members(body, bodies, heads, items, page)
                heads, items = [], []
            heads.append(span)
        else:
            found += _section_members(body, bodies, heads, items, page)
            heads, items = [], []
    return found + _section_members(body, bodies, heads, items, page)


@lru_cache(maxsize=1)
def _member_words() -> re.Pattern[str]:
    """A word that opens a section of members (``cues.toml`` [members] section)."""
    section = cue_tables()["members"]["section"]
    return re.compile(r"\b(?:" + "|".join(phrase(w) for w in section) + r")\b", re.I)


def _group_line(text: str, words: re.Pattern[str]) -> bool:
    """Whether a line is a group's head and its names ("Côté communes : A, B et C"), its head
    holding no word of members (which would open a section of its own)."""
    return bool(LIST_LINE.match(text)) and not words.search(text.split(":")[0])


def _called_owner(body: str, bodies: Sequence[Mention], heads: list[tuple[int, int]]) -> str:
    r"""The body a section's heading calls by a noun of bodies ("Les membres fondateurs du
    groupement :"): the first the text named most before it (:func:`antecedent`), "" if the
    heading names none so.

    >>> text = "Le GIP X est signé.\nLes membres fondateurs du groupement :"
    >>> gip = Mention("GIP X", 3, 8, "organization", "o:x")
    >>> _called_owner(text, [gip], [(20, len(text))]), _called_owner(text, [gip], [(0, 19)])
    ('o:x', '')
    """
    start, end = heads[0][0], heads[-1][1]
    if not OF_BODY_NOUN.search(body, start, end):
        return ""
    about = antecedent([b for b in bodies if b.end <= start], [])
    return reference(about) if about is not None else ""


def _section_members(
    body: str, bodies: Sequence[Mention], heads: list[tuple[int, int]],
    items: list[tuple[int, int]], page: str,
) -> list[tuple[Mention, str, tuple[int, int]]]:  # fmt: skip
    """The members the lines ``items`` name, of the body the ``heads`` name (else ``page``)."""
    if not heads or not items:
        return []
    named = {reference(b) for s, e in heads for b in bodies if s <= b.start and b.end <= e}
    owner = (
        (named.pop() if len(named) == 1 else "")
        if named
        else _called_owner(body, bodies, heads) or page
    )
    if not owner:
        return []
    found = []
    for start, end in items:
        opening = LIST_LINE.match(body, start, end)
        inside = [b for b in bodies if start <= b.start and b.end <= end]
        if opening is None or not inside:
            continue
        # "- ses deux membres fondateurs, l'État et la Région ;": the item's own lead, then names
        lead = ITEM_LEAD.fullmatch(body, opening.end(), inside[0].start)
        listed = listed_after(body, lead.end() if lead else opening.end(), inside, strict=True)
        found += [(b, owner, (start, end)) for b in listed if reference(b) != owner]
    return found
