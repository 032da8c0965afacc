"""The titles people hold, read from the sentences of an article: an ``org:memberOf``
statement for each person a sentence gives a title at a body, with the title as printed and the
role concept it reads as.

The rules are a module of their own, split from :mod:`.extract`, which keeps the reading of the
article sentence by sentence and the participation in the event: one concern per module.
:func:`.extract.extract` calls each rule with a sentence (its offsets in the body),
the mentions of the people and bodies it names (:class:`.recognise.Mention`) and what the
sentences before said: whom a pronoun opening it stands for (``named``), the bodies of the last
sentence that names any (``bodied``), the body a sentence last opened with (``theme``), the
statements made so far. Each rule reads one way French gives a title:

- an apposition (:func:`apposed_titles`): "X, président de l'IREV", "X, président de l'ADCF et
  maire d'Annecy", "X intervenait comme directrice de Y", "le président de l'IREV, X", "X et Y,
  respectivement président et directrice de Z", "X (Y)", "X, de PQA", "X, pour France urbaine";
  a title after a copula or a verb of appointment ("X devient directeur général de l'ANCT");
- a title and its body before the person (:func:`title_is`), a list's line opening with a body
  (:func:`item_titles`), a possessive (:func:`possessive`), "en" or "dont" standing for the body
  (:func:`of_it`, :func:`whose_titles`), a pronoun or a fronted apposition standing for the
  person (:func:`pronoun_titled`, :func:`subordinate`, :func:`fronted`), an appointment whose
  body is the one the text speaks of (:func:`appointments`, :func:`of_the_body`,
  :func:`had_for`, :func:`placed`), a verb (:func:`verbed`, :func:`referred_passives`,
  :func:`directed`, :func:`unit_heads`, :func:`in_this_body`), a board's list or an assembly
  (:func:`on_boards`, :func:`listed_officers`, :mod:`.boards`), a body heading a list of people
  (:func:`headed_by_body`) or a heading line over lines of people (:func:`headed_people`),
  one person's posts a line each, a biography's or a record's (:func:`listed_posts`), a
  record's fields (:func:`record_fields`);
- a succession: whom one succeeded held the title one took (:func:`predecessors`,
  :func:`succeeded_by_pronoun`, :func:`succession`, :func:`handed_over`); an interim: one holds
  at interim the office the text gave last to another (:func:`interim`).

Titles are read against the vocabulary's role labels (:func:`role_titles`); a title that names
its unit or commune by itself ("maire d'Annecy") through :mod:`.titles`; the cue words in
``cues.toml`` [titles] and the role verbs and nouns (:mod:`.verbs`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice, pairwise, takewhile

from crpv_graph.ingest import boards, verbs
from crpv_graph.ingest.cues import cue_tables
from crpv_graph.ingest.french import ALSO, AT_OF, CIVILITY, ITEM_MARK, ITEM_OPENS, OF, SENTENCE_END
from crpv_graph.ingest.gazetteer import first_word, ingest_query, normalise
from crpv_graph.ingest.recognise import DATE, DEFINED_AS, MONTHS, Mention
from crpv_graph.ingest.relations import (
    BREAKERS,
    NUMBER_WORDS,
    count_of,
    listed_after,
    listed_before,
    load_cues,
    phrase,
    reference,
    signing,
)
from crpv_graph.ingest.statements import Statement
from crpv_graph.ingest.titles import TitledBodies
from crpv_graph.namespaces import PREFIXES
from crpv_graph.query import Target, text_rows

ORG = PREFIXES["org"]
TITLE_LINK = re.compile(
    r"[^.;:()]{0,60}?(?:\bde la|\bde l['’]|\bdu|\bdes|\bde|\bd['’]|\bà l['’]|\bau|\bà la|\bà|"
    r"\bchez|\bau sein (?:de la|de l['’]|du|des|de|d['’]))\s*"
    # "directrice adjointe du centre de ressources « Profession Banlieue »", "déléguée du
    # réseau RECI": a common noun or two before the name
    r"(?:[^.;:()«»\"“”]{0,40}?[«\"“]\s*|(?-i:[a-zà-ÿ]+\s+){1,2})?",
    re.I,
)
# "Murielle Maffessoli intervenait comme directrice de l'ORIV": a title after "comme".
AS_TITLE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:comme|en tant que|en qualité de)\s+", re.I)
# "Sa nouvelle directrice, X", "X est le nouveau directeur": an adjective of time before the
# title.
OF_TIME = r"(?:(?:nouveau|nouvel|nouvelle|actuel|actuelle|ancien|ancienne|premier|première)\s+)?"
# The space before a copula, or none after the elided "j'" ("J'étais", "J'y étais").
SPACED = r"(?:\s+|(?<=['’]))"
# The first person's copulas, after "je" in an interview's answers ("je suis", "j'étais").
FIRST_PERSON_COPULA = r"suis|étais|serai|ai\s+été|avais\s+été"
# "Stanislas Bourron devient directeur général de l'ANCT", "X a été élu président de l'ADCF",
# "X est élue de Brest Métropole": a title right after a copula or a verb of appointment;
# "La présidente de Y, X, est élue de Z": after the comma that closes the name's apposition.
# "X occupe le poste de directeur général de Y": the post one holds. "X, qui est présidente de
# Y": in a relative clause on the name. "X a pris ce lundi ses fonctions de préfet de la
# Sarthe", "Y prendra le 1er mars ses fonctions de directrice", "où il a pris son poste de
# préfet": the post one takes up.
COPULA = re.compile(
    r"(?:\s*,)?(?:\s*qui)?"
    + SPACED
    + r"(?:(?:est|était|devient|devenait|deviendra|sera|a été|avait été"
    r"|" + FIRST_PERSON_COPULA + r")\s+"
    r"|(?:occupe|occupait|a\s+occupé|avait\s+occupé)\s+(?:le\s+poste|la\s+fonction|les\s+"
    r"fonctions)\s+(?:de\s+|d['’]\s*)"
    r"|(?:a\s+|avait\s+)?(?:pris|prend|prenait|prendra|repris|reprend)\s+(?:[^,;.()]{1,30}?\s+)?"
    r"(?:ses\s+(?:nouvelles\s+)?fonctions|son\s+(?:nouveau\s+)?poste)\s+(?:de\s+|d['’]\s*))"
    r"(?:(?:" + ALSO + r"|par ailleurs|successivement|tour à tour|ensuite)\s+)?"
    r"(?:(?:le|la|l['’])\s*)?" + OF_TIME,
    re.I,
)
# "X, qui devient président d'honneur", "Y a pris ses fonctions de directrice adjointe": becoming
# or taking up an office, which a bare title then names.
BECOMES = re.compile(r"\bdev(?:ien|en)|\b(?:pris|prend|prenait|prendra|repris|reprend)\s", re.I)
# "Le directeur général de l'ANRU s'appelait alors X": naming is a copula too.
NAMED_IS = (
    r"(?:est|était|sera|reste|restait|devient|demeure|demeurait|s['’]appel(?:le|ait)"
    r"|se\s+nomm(?:e|ait))\s+(?:(?:alors|désormais|aujourd['’]hui|toujours|encore)\s+)?"
)
# "X a été nommé le 9 juillet commissaire général délégué", "élue, en 2019, présidente de Y",
# "nommée en Conseil des ministres directrice générale", "nommé par décret du 2 décembre ...":
# when or how one was appointed may stand between the verb and the title; a news item dates
# it from its own day too ("nommée, ce mois de décembre, directrice", "élu ce lundi président",
# "nommé cette semaine directeur", "désignée hier présidente").
WHEN_APPOINTED = (
    r"(?:\s*,?\s*(?:(?:le|dès\s+le|à\s+compter\s+du|à\s+partir\s+du|en|dès|début|fin"
    r"|ce\s+mois\s+de|ce)\s+|ce\s+mois\s+d['’]\s*)?"
    r"(?:" + DATE.pattern.removeprefix(r"\b") + r"|(?:19|20)\d{2}\b"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+derni(?:er|ère))?"
    r"|(?:cette|la)\s+semaine(?:\s+dernière)?|(?:avant-)?hier|ce\s+(?:matin|soir)"
    r"|par\s+décret(?:\s+du\s+[^,;.]{1,30}?\d{1,4}\b)?|en\s+conseil\s+des\s+ministres)"
    r"\s*,?)"
)
APPOINTED = re.compile(
    r"(?:ré)?(?:élu|nommé|désigné)e?s?(?:" + WHEN_APPOINTED + r"){0,2}\s+(?:(?:le|la|l['’])\s*)?",
    re.I,
)
# A title's complement: "président de la République", "déléguée à la ville" name what it is of.
COMPLEMENTED = re.compile(r"\s*(?:de|du|des|d['’]|à|au|aux|chargée?s?)\b", re.I)
UNIT_OF = re.compile(
    r"\s*(?:au sein |auprès )?(?:de la|de l['’]|du|des|de|d['’]|à la|à l['’]|au|aux|à)\s*", re.I
)
# A sentence about the person the one before named: "Elle est ...", "Ce dernier est ...".
# "En avril, celui-ci était ...", "Un an plus tôt, le 8 avril, il ...": after short phrases and
# their commas.
PRONOUN_OPENS = r"\s*(?:[^,.;:()]{1,30},\s*){0,2}"
DEMONSTRATIVES = r"[Cc]e dernier|[Cc]ette dernière|[Cc]elui-ci|[Cc]elle-ci"
# "... ; elle est aussi vice-présidente du CNV": a clause after a semicolon.
SEMICOLON = re.compile(r";\s*")
# "Je", "J'" opening a clause: the interviewee's in an interview's answers, no one's elsewhere
# (extract.py, whom "je" stands for; see interviewee).
JE = r"[Jj]e(?=\s)|[Jj]['’](?=\w)"
PRONOUN = re.compile(
    PRONOUN_OPENS + r"(?:(?:[Ii]l|[Ee]lle|" + DEMONSTRATIVES + r")(?=\s)|" + JE + ")"
)
FIRST_PERSON = re.compile(PRONOUN_OPENS + r"(?:" + JE + r")")
# "alors qu'il était ...", "lorsqu'elle est devenue ...": a subordinate clause whose pronoun
# is the sentence's subject.
SUBORDINATE = re.compile(
    r"\b(?:alors\s+qu['’]|lorsqu['’]|puisqu['’]|quand\s+|où\s+)\s*(?:il|elle)(?=\s)", re.I
)
# What may stand before a sentence's subject: a phrase of time or place and its comma, a noun
# phrase the name is the apposition of ("Le préfet X", "La présidente de l'ADCF, X", "C'est X
# qui"), with no auxiliary or copula ("Le congrès a salué X": X is its object).
SUBJECT_OPENS = re.compile(
    r"(?:[^,.;:()]{0,40},\s*)?(?:c['’]est\s+)?"
    r"(?:(?:le|la|l['’]|les|un|une)\s*"
    r"(?![^,.;:()]*\b(?:a|ont|avait|avaient|est|sont|était|étaient|sera|fut)\s)"
    r"[^,.;:()]{0,50}?(?:,\s*|\s+))?",
    re.I,
)
# "X en est le directeur général", "Y en était la présidente", "X y était commissaire général
# délégué": a title at the body "en" or "y" stands for.
OF_IT = re.compile(
    SPACED + r"(?:en|y)\s+(?:(?:est|était|a\s+été|avait\s+été)\s+(?:devenue?|nommée?)|est|était|"
    r"devient|devenait|sera|a été|avait été|" + FIRST_PERSON_COPULA + r")\s+"
    r"(?:" + ALSO + r"\s+)?(?:(?:le|la|l['’]|un|une)\s*)?",
    re.I,
)
# "X en est le directeur de la publication et Y la rédactrice en chef", "X en est devenu
# directeur général le 3 janvier, et Y directrice adjointe en mars": a second person, then
# their title, sharing the verb (the first title's date between).
GAPPED = re.compile(
    r"(?:\s+(?:le\s+)?\d{1,2}(?:er)?\s+[^\W\d_]+(?:\s+\d{4})?|\s+en\s+[^\W\d_]+(?:\s+\d{4})?)?"
    r"\s*,?\s*et\s+"
)
GAPPED_TITLE = re.compile(r"\s+(?:(?:(?:le|la)\b|l['’])\s*)?", re.I)
# "X a quitté la présidence de Y pour en devenir président d'honneur": later in its clause.
BECOMING_OF_IT = re.compile(
    r"\bpour\s+en\s+(?:devenir|être)\s+(?:(?:le|la|l['’]|un|une)\s*)?", re.I
)
# "ministre de la Ville, de la Jeunesse et des Sports": a title's own complements, listed; a
# name among them is part of the title, not its body.
PORTFOLIO = re.compile(
    r"\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|à\s+la|à\s+l['’]|au|aux|à)\s*[^,]{1,40},"
    r"\s*(?:et\s+)?" + OF,
    re.I,
)
# "directeur de X et responsable de Y", "directeur de X, secrétaire général de Y, puis
# sous-préfet": the next title of a list.
NEXT_TITLE = re.compile(
    r"\s*(?:,\s*(?:(?:puis|et)\s+)?|(?:puis|et)\s+)(?:(?:aussi|également|enfin|ensuite)\s+)?",
    re.I,
)
BRACKET_OPENS = re.compile(r"\s*\(")
# From a title put before a name to the name: its complement and a comma ("le préfet de région,
# X"), its portfolio's other complements too ("le ministre de la Ville, de la Jeunesse et des
# Sports, X").
APPOSED_TITLE_ENDS = re.compile(
    r"[^,;:.()]{0,40},\s*(?:(?:et\s+)?" + OF + r"[^,;:.()]{0,40},\s*){0,3}"
    r"(?:" + CIVILITY + r"\s+)?",
    re.I,
)
# "X, fondateur de l'association, préside ...": an apposition between commas on a subject.
APPOSED_SUBJECT = re.compile(r"\s*,[^,.;:()«»\n]{1,80},")
# "Son prédécesseur, X, en est devenu ...": a name in apposition to a short noun phrase that opens
# the sentence (naming no one), then the comma closing it.
NAME_OPENS = re.compile(r"\s*[^,.;:()«»\n]{1,40},\s*")
NAME_CLOSES = re.compile(r"\s*,")
CLITIC = re.compile(r"\s*(?:l['’]|la\s|le\s|les\s|en\s|y\s)", re.I)
# What opens an apposition after a name: "X, alors président de ...".
APPOSITION_OPENS = re.compile(r"\s*,\s*(?:alors\s+)?(?:(?:le|la|l['’])\s*)?", re.I)
# "a cédé le poste de directeur (de Y) à X": from the office's words to the successor's name.
HANDED_TO = re.compile(r"\s+à\s+(?:" + CIVILITY + r"\s+)?")
# "X a succédé à Y", "X, qui succède à Y", "X ..., succédant à Y", "X a pris la suite de Y": Y
# held the title X holds, right before X. A civility may stand between.
SUCCESSION = (
    r"(?:(?:succédé|succède|succédait|succéder|succédant)\s+à"
    r"|(?:pris|prend|prenait|prendra|prenant)\s+(?:la\s+suite|le\s+relais)\s+(?:de|d['’])"
    # "X, successeur d'Y", "X, qui est la successeure de Y"
    r"|successeur(?:e)?\s+(?:de|d['’])"
    # "X, nommée en 2021 à la suite de Y"
    r"|à\s+la\s+suite\s+(?:de|d['’]))\s*"
    r"(?:" + CIVILITY + r"\s+)?$"
)
SUCCEEDED = re.compile(r"\b" + SUCCESSION, re.I)
# "X lui a succédé", "X, qui a remplacé Y", "C'est X qui remplace Y": a successor, then
# "lui" or the predecessor's name.
SUCCEEDS = re.compile(
    r"\s*(?:,\s*)?(?:qui\s+)?(?:(?P<pronoun>lui|l['’])\s*)?(?:(?:a|avait|aura)\s+)?"
    r"(?:succédé|succède|succédait|succédant|remplacée?|remplace|remplaçait|remplaçant)"
    r"(?P<to>\s+à)?\s*"
    # "C'est X qui a remplacé ce dernier comme commissaire générale": the person named last.
    r"(?P<demonstrative>(?:ce\s+dernier|cette\s+dernière|celui-ci|celle-ci)(?!\w))?",
    re.I,
)
# "Il succède à Y", "où elle a succédé à Y", "Celui-ci a pris la suite de Y", "Il y remplace
# Y" ("y": at the office): the successor is whom the pronoun stands for.
SUCCEEDED_BY_PRONOUN = re.compile(
    r"\b(?:il|elle|"
    + DEMONSTRATIVES
    + r")\s+(?:y\s+)?(?:(?:a|avait)\s+)?(?:"
    + SUCCESSION
    + r"|remplac(?:e|é|ée|ait)\s*(?:"
    + CIVILITY
    + r"\s+)?$)",
    re.I,
)
# "M. X succède à Y, parti pour la préfecture", "... à Y." : whom one succeeded, and no office
# after them ("à Y à la tête de Z") that the successor's earlier title may not be.
PREDECESSOR_ENDS = re.compile(r"\s*(?:[,;.)]|$)")
# "X, qui assurait l'intérim", "Y, qui en avait assuré l'intérim": an interim held, told in a
# relative clause on the name (then a cue of [titles] interim).
ACTING = re.compile(r"\s*,\s*qui\s+(?:en\s+)?(?:(?:a|avait)\s+)?(?:assur\w*|exer[cç]\w*)\s+", re.I)
# "à Clichy-sous-Bois et à la communauté d'agglomération de ...": a second body, by the same
# preposition as the first's (the last before its name).
PREPOSITION = r"(?P<link>" + AT_OF + r"|à)"
AND_BODY = re.compile(r"\s*et\s+" + PREPOSITION + r"\s*", re.I)
LAST_PREPOSITION = re.compile(r"(?<!\w)" + PREPOSITION + r"\s*$", re.I)
# The end of a title's complement: "ministre de la Ville, de la Jeunesse ..." stops at the comma.
CLAUSE_END = re.compile(r"[,;:.()]")
# "Sa directrice, X", "X, sa présidente": a title at the body the text speaks of.
POSSESSIVE_BEFORE = re.compile(
    r"\b(?:sa|son|leur)\s+" + OF_TIME + r"(?P<title>)[^,;.]{1,80},\s*$", re.I
)
# "Son directeur général s'appelait alors X", "Sa présidente est Y": the subject a possessive
# title, the person after a copula.
POSSESSIVE_IS = re.compile(
    r"\b(?:sa|son|leur)\s+" + OF_TIME + r"(?P<title>)[^,;.]{1,80}?\s+" + NAMED_IS + r"$", re.I
)
# "Ours : directeur de la publication, X ; rédactrice en chef, Y.": a title opening an item of
# a list after a colon (or its semicolon), the person after its comma, and the item ending
# there; not a line "Vice-présidente : X", an officer's in a board's list only (boards.py).
CREDIT_BEFORE = re.compile(r"[:;]\s*(?P<title>)[^,;:.\n]{1,80},\s*$")
CREDIT_ENDS = re.compile(r"\s*(?:[;.\n]|$)")
POSSESSIVE_AFTER = re.compile(r"\s*,\s*(?:alors\s+)?(?:sa|son|leur)\s+" + OF_TIME, re.I)
# "par le préfet, X, et par le président de Y, Z": the apposition of X ends at ", et" and a
# new noun phrase ("X, maire de A, et président de B" goes on).
COORDINATED = re.compile(
    r",\s*(?:et|ou)\s+(?:(?:par|pour|avec|à|de)\s+)?(?:le|la|l['’]|les|un|une)\b", re.I
)
# The end of "X, de PQA": not a list of complements going on ("en présence de X, de l'ANRU,
# de l'ERU et d'EPARECA": X was with them, not of them).
APPOSITION_ENDS = re.compile(
    r"(?!\s*(?:,|et)\s*(?:de\s|du\s|des\s|d['’]))\s*(?:[,;.)]|et\b|ainsi\b|$)", re.I
)
# What stands before a body that opens its sentence: "L'ORIV est ...", "\nRésO Villes a ...".
SENTENCE_OPENS = re.compile(r"(?:\A|[.!?]\s+|\n\s*)(?:(?:le|la|les|l['’])\s*)?\Z", re.I)
# The same after a phrase put first and its comma ("Établissement public de l'État,
# l'Agence nationale ... a été créée en 2019", "Depuis 2020, l'ANCT ..."): the sentence's subject.
SUBJECT_AFTER_FRONTED = re.compile(
    r"(?:\A|[.!?]\s+|\n\s*)(?:[^,.;:!?()\n]{1,60},\s*)?(?:(?:le|la|les|l['’])\s*)?\Z", re.I
)
# "L'association a pour président X et pour trésorière Y": the titles of a body's people.
HAD_FOR = re.compile(r"\b(?:a|avait|aura|ont|avaient)\s+(?:eu\s+)?pour\s+", re.I)
AND_FOR = re.compile(r"\s*,?\s*et\s+pour\s+", re.I)
# "Maire d'Annecy depuis 2007, il ...", "Ancienne directrice de l'ORIV, X ...": a sentence
# opening with a title (its first word capitalised), an apposition to the subject that follows.
FRONTED = re.compile(
    r"(?:(?:Alors|Ancien|Ancienne|Longtemps|Désormais|Aujourd['’]hui)\s+)?(?=\w)", re.I
)
FRONTED_PRONOUN = re.compile(r",\s*(?:il|elle)\s", re.I)
# "En mars 2017, alors secrétaire d'État, X ...": an apposition before the name it qualifies.
BEFORE_NAME = re.compile(r"(?:^|,)\s*alors\s*$", re.I)
# "RésO Villes, dont Isabelle Melscoet est la présidente", "L'ERU, dont le directeur général
# est Franck Martin": a title in a relative clause on the body just before "dont".
WHOSE = re.compile(r"\s*,\s*dont\s+", re.I)
WHOSE_COPULA = re.compile(
    r"\s+(?:est|était|devient|sera|a\s+été|fut)\s+(?:" + ALSO + r"\s+)?",
    re.I,
)
ARTICLE = re.compile(r"(?:(?:le|la)\b|l['’])\s*" + OF_TIME, re.I)
# The article of a title that is a noun phrase before a name: "le préfet X", "un autre
# préfet, X", "aux côtés du ministre de la Ville, X" (the article in "du", "au").
NOUN_OPENS = re.compile(r"(?:\bl[ea]|\bl['’]|\bdu|\bau|\bune?\s+(?:autre\s+)?)\s*$", re.I)
# "Jean-Luc Moudenc, pour France urbaine,": whom one acts for.
FOR_BODY = re.compile(r"\s*,\s*pour\s+(?:(?:le|la|l['’]|les)\s*)?", re.I)
# "le départ d'X pour la préfecture": where one went, right after their name or its participle.
WENT_TO = re.compile(r"\s+pour\s+(?:(?:le|la|l['’]|les)\s*)?", re.I)
# "Dans cette même direction, X occupe le poste de ...", "Au sein de ce service, Y est ...": a
# demonstrative noun phrase opening the sentence stands for the body named before whose name
# opens with that noun.
DEMONSTRATIVE_BODY = re.compile(
    r"(?:dans|au\s+sein\s+d[eu]|chez)\s+(?:cette|cet|ce)\s+(?:même\s+)?(?P<noun>[^\W\d_]+)"
    r"\s*,\s*",
    re.I,
)
# "À la direction générale déléguée ... de l'ANCT, X occupe le poste de ...", "Au sein de
# l'ORIV, Y est chargée de mission", "Chez RésO Villes, Z est ...": a body named in a phrase of
# place opening the sentence, the person's workplace (the preposition before its name; the
# comma after it, or after its parent's name).
IN_BODY_OPENS = re.compile(
    r"(?:au\s+sein\s+" + OF + r"|à\s+la|à\s+l['’]|aux|au|à|chez"
    r"|dans\s+(?:la|le|l['’]))\s*",
    re.I,
)
# "directeur général de", "présidence du": the "de" linking an office to its body.
SPACED_OF_LINK = re.compile(verbs.SPACED_OF, re.I)
# Between a possessive's title and the name: "Son directeur général, X", "... s'appelait X".
POSSESSIVE_GAP = re.compile(r"\s*,\s*|\s+" + NAMED_IS, re.I)
# After a body that heads a list of people ("pour le CRPV Paca, X et Y", "Côté ANCT : X").
HEADING_BODY_ENDS = re.compile(r"\s*[,:]\s*")
# A team's signature ends its line with the names: "Équipe PQN-A, X et Y" (not "L'équipe de
# PQN-A : X a quitté le centre", a sentence).
SIGNATURE_ENDS = re.compile(r"[^\S\n]*\.?[^\S\n]*(?:\n|\Z)")
# After a common noun standing for a body named before: an adjective or a complement qualifies
# it as another ("la délégation française", "l'agence de Poitiers"), unless a word that goes on
# with the clause ("depuis", "en", "et", a verb) follows.
QUALIFIED = re.compile(
    r"\s+(?:" + OF + r"\b|(?!(?:depuis|dès|en|jusqu|et|ou|à|au|aux|pour|pendant|qui|où|a|avait"
    r"|est|était|sera|y|ne|n)\b)(?-i:[a-zà-ÿ]))",
    re.I,
)
# Between a person and "à la tête de", "la tête de": a verb of a few words at most.
HEAD_GAP = re.compile(r"\s*(?:,\s*)?(?:qui\s+)?(?:[^\W\d_]+\s+){0,3}?", re.I)
# "Le président de l'IREV était alors X": a title and its body, a copula, the person; or after
# "comme" no copula ("désigne comme président de l'IREV X").
TITLE_IS = re.compile(r"\s+(?P<copula>" + NAMED_IS + r")?", re.I)
AS_BEFORE = re.compile(r"\bcomme\s+(?:(?:le|la|l['’])\s*)?$", re.I)
RESPECTIVELY = re.compile(r"\s*,?\s*respectivement\s+", re.I)
# "- École du renouvellement urbain (ERU) : ...", "Villes au Carré (Centre-Val de Loire) : ...":
# a line of a list or a column (french.ITEM_OPENS) that opens with a body's name, brackets
# after it at most, then a colon; what the line says after it is about that body.
ITEM_HEAD_ENDS = re.compile(r"(?:\s*\([^()\n]{1,60}\))*\s*:\s*")
# What may follow a title with no body before the end of its apposition: when it was held
# ("directeur général depuis le 3 janvier 2023,", "directrice du centre depuis 2007,").
SINCE = (
    r"(?:\s+depuis\s+[^,;:.()]{1,40}?|\s+(?:en|dès|jusqu['’]en)\s+[^,;:.()]{0,30}?"
    r"(?:\d{4}|(?:" + "|".join(MONTHS) + r")\b))?"
)
BARE_TITLE_ENDS = re.compile(SINCE + r"\s*(?:[,;.)]|et\b|$)", re.I)
FRONTED_TITLE_ENDS = re.compile(SINCE + r"\s*,\s*$", re.I)
# (masculine ending, the feminine suffix's opening) of inclusive writing where the suffix
# replaces the ending: "directeur·rice", "trésorier·ère", "administratif·ve".
INCLUSIVE_ENDINGS = (("eur", "r"), ("er", "è"), ("f", "v"))


# A role labelled as the deputy of an office named by its body's name: "adjoint·e au SGAR".
DEPUTY_OF = re.compile(r"(?P<deputy>adjoint·e)\s+(?:au|aux|à\s+la|à\s+l['’])\s*(?P<office>.+)")


def role_titles(target: Target) -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern, role IRI, label) for each role, longest label first: "directeur·rice général·e
    délégué·e" reads "directeur général délégué" and "directrice générale déléguée"; a hyphen
    of a compound may be printed as a space or not at all ("covice-présidente", "vice
    présidente" for "co-vice-président·e", "vice-président·e"); the deputy of an office its
    body's name says reads after that name too ("SGAR adjoint" for "adjoint·e au SGAR")."""
    titles = []
    for row in text_rows(target, ingest_query("roles")):
        titles.append((_label_pattern(row["label"]), row["role"], row["label"]))
        # "adjoint·e au SGAR" reads "SGAR adjoint" too: French puts "adjoint" after the office
        if deputy := DEPUTY_OF.fullmatch(row["label"]):
            inverted = _label_pattern(f"{deputy['office']} {deputy['deputy']}")
            titles.append((inverted, row["role"], row["label"]))
    return sorted(titles, key=lambda item: -len(item[2]))


def _label_pattern(label: str) -> re.Pattern[str]:
    """The regex of a role's French label, both genders, a compound's hyphen optional."""
    words = [
        _unaccented_capitals(_inclusive(word)).replace(r"\-", r"(?:-|\s)?")
        for word in label.split()
    ]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b", re.I)


def _unaccented_capitals(pattern: str) -> str:
    """A regex that reads a capital printed with or without its accent, and either apostrophe:
    French print often drops them ("secrétaire d'Etat" for "secrétaire d'État").

    >>> _unaccented_capitals("d'État")
    "d['’][ÉE]tat"
    """
    pattern = re.sub("['’]", "['’]", pattern)
    return re.sub("[ÀÂ]", "[ÀÂA]", re.sub("[ÉÈÊ]", r"[\g<0>E]", pattern))


def _inclusive(word: str) -> str:
    """A regex for both genders of an inclusive word: the suffix replaces the masculine ending
    it stands for ("-eur·rice", "-er·ère", "-f·ve"), else it is added.

    >>> _inclusive("directeur·rice"), _inclusive("délégué·e")
    ('(?:directeur|directrice)', '(?:délégué|déléguée)')
    >>> _inclusive("trésorier·ère"), _inclusive("administratif·ve")
    ('(?:trésorier|trésorière)', '(?:administratif|administrative)')
    """
    if "·" not in word:
        return re.escape(word)
    masculine, suffix = word.split("·", 1)
    suffix = suffix.split("·")[0]
    replaced = next(
        (len(ending) for ending, opening in INCLUSIVE_ENDINGS
         if masculine.endswith(ending) and suffix.startswith(opening)),
        0,
    )  # fmt: skip
    feminine = masculine[: len(masculine) - replaced] + suffix
    return f"(?:{re.escape(masculine)}|{re.escape(feminine)})"


def apposed_titles(
    body: str, start: int, end: int, inside: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies, year: int | None,
    region: str = "",
) -> list[Statement]:  # fmt: skip
    """Person–title–organisation appositions within a sentence (see the module docstring); a
    title that names its unit or commune itself ("directeur de la ville et de la cohésion
    urbaine", "maire d'Annecy") reads as a title at that body (:mod:`.titles`); a regional
    title with no body, at the article's ``region`` (:func:`_held_alone`)."""
    statements: list[Statement] = []
    sentence = body[start:end]
    people = [m for m in inside if m.type == "person"]
    bodies = [m for m in inside if m.type == "organization"]
    member_role = role_of_label(titles, load_cues().parenthesis_role) if people else ""
    representative = role_of_label(titles, load_cues().representative_role) if people else ""
    regional = (_regional_roles(titles) if people else frozenset(), region)

    def member(person: Mention, organisation: Mention | str, role: str, printed: str,
               c: float) -> None:  # fmt: skip
        held = organisation if isinstance(organisation, str) else reference(organisation)
        statements.append(Statement(reference(person), ORG + "memberOf", held,
                                    sentence, c, title=printed.strip(" ,"), role=role,
                                    evidence_start=start, evidence_end=end))  # fmt: skip

    def unit_of(unit: str, after: int) -> None:
        """ "directeur Ville et cohésion urbaine au CGET": the unit's parent named after it."""
        parent = next((b for b in bodies if b.start >= after
                       and UNIT_OF.fullmatch(body[after : b.start])), None)  # fmt: skip
        if parent is not None and reference(parent) == titled.parent(unit):
            statements.append(Statement(unit, ORG + "unitOf", reference(parent), sentence, 0.7,
                                        evidence_start=start, evidence_end=end))  # fmt: skip

    for person in people:
        # "X, directrice générale déléguée ... de l'ANCT" (up to the next person or the end).
        tail_end = min([m.start for m in people if m.start > person.end] + [end])
        # "Jean-Luc Rigaut (président de l'ADCF)": up to the closing bracket.
        bracket = BRACKET_OPENS.match(body, person.end, tail_end)
        closing = body.find(")", person.end, tail_end) if bracket else -1
        tail_end = closing if closing >= 0 else tail_end
        apposed = (
            body.startswith(",", person.end) or AS_TITLE.match(body, person.end) or closing >= 0
        )
        if apposed and not RESPECTIVELY.match(body, person.end):
            fused = _self_named(body, (person.end, tail_end), bodies, titles, titled, year)
            for title_start, title_end, role, held, c in fused:
                member(person, held, role, body[title_start:title_end], c)
                unit_of(held, title_end)
            for title_start, _title_end, role, organisation in _titled(
                body, person.end, tail_end, bodies, titles
            ):
                if all(title_start != other[0] for other in fused):
                    member(person, organisation, role, body[title_start : organisation.end], 0.75)
                    unit_of(reference(organisation), organisation.end)
                    title = (title_start, organisation.end, role, reference(organisation), 0.75)
                    if joined := _and_body(body, person.end, title, bodies):
                        member(person, joined, role, body[title_start : joined.end], 0.7)
        # "Patrick Kanner, ministre de la Ville", "le préfet de région, Francis Idrac".
        if not any(s.subject == reference(person) for s in statements):
            for title_start, title_end, role, held in _bare(
                body, (start, person.start, person.end, tail_end), bodies, titles, titled, regional
            ):
                member(person, held, role, body[title_start:title_end], 0.6)
        for title_start, title_end, role, held, c in _predicated(
            body, (person.end, tail_end), bodies, titles, titled, year
        ):
            member(person, held, role, body[title_start:title_end], c)
        # "la présidente de l'IREV, X": the last title before the person, its body just before.
        head_start = max([m.end for m in people if m.end <= person.start] + [start])
        before = [b for b in bodies if head_start <= b.start and b.end <= person.start]
        # "le maire d'Annecy, X", "le directeur de la ville et de la cohésion urbaine, X".
        headed = False
        for title_start, _end, _role in _title_spans(body, head_start, person.start, titles)[-1:]:
            for _start, title_end, role, held, c in _self_named(
                body, (title_start, person.start), bodies, titles, titled, year
            )[:1]:
                if re.fullmatch(r"\s*,\s*", body[title_end : person.start]):
                    member(person, held, role, body[title_start:title_end], c)
                    headed = True
        if before and not headed and re.fullmatch(r"\s*,\s*", body[before[-1].end : person.start]):
            for title_start, _end, role, organisation in _titled(
                body, head_start, person.start, bodies, titles, apposed=False
            )[-1:]:
                # "Yves Dauge, alors président du Réseau ..., Michel Lussault": the title is
                # the apposition of the person before, not a title of this one.
                of_previous = head_start > start and APPOSITION_OPENS.fullmatch(
                    body[head_start:title_start]
                )
                if organisation is before[-1] and not of_previous:
                    member(person, organisation, role, body[title_start : organisation.end], 0.75)
        # "Fabien Bressan (Labo Cités)".
        enclosed = next((b for b in bodies if b.start > person.end
                         and re.fullmatch(r"\s*\(\s*", body[person.end : b.start])
                         and re.match(r"\s*\)", body[b.end : end])), None)  # fmt: skip
        if enclosed is not None and member_role:
            member(person, enclosed, member_role, body[enclosed.start : enclosed.end], 0.6)
        # "Hervé Castelli, de PQA, est ...", "X et Y, tous deux du CRPV Paca": where one works.
        of = next((b for b in bodies if _of_body().fullmatch(body, person.end, b.start)
                   and APPOSITION_ENDS.match(body, b.end, end)), None)  # fmt: skip
        if of is not None and member_role:
            both = _of_body().fullmatch(body, person.end, of.start)
            listed = listed_before(body, person, people) if both and both.group("both") else []
            staff = both is not None and both.group("staff") is not None
            role = role_of_label(titles, cue_tables()["titles"]["staff_role"]) if staff else ""
            for who in [p for p in listed if p.type == "person"] or [person]:
                if role:  # "membre de l'équipe de X": one of its staff, not twice a member
                    pair = (reference(who), reference(of), member_role)
                    statements[:] = [s for s in statements if (s.subject, s.object, s.role) != pair]
                printed = body[both.start("staff") if role and both else of.start : of.end]
                member(who, of, role or member_role, printed, 0.6)
        # "Ouided Ayad, à la direction de RésO Villes depuis janvier": an office in apposition.
        office = _office_apposed().match(body, person.end, tail_end)
        office_of = next((b for b in bodies if office and b.start == office.end()), None)
        if office is not None and office_of is not None:
            label = dict(load_cues().role_nouns)[office.group("noun").lower()]
            if role := role_of_label(titles, label):
                member(person, office_of, role, body[office.start("noun") : office_of.end], 0.6)
        # "Jean-Luc Moudenc, pour France urbaine": whom the person signs or speaks for (not
        # "la vice-présidence revenait à X, pour la Région": a seat's, no one signing).
        behalf = next((b for b in bodies if FOR_BODY.fullmatch(body, person.end, b.start)
                       and APPOSITION_ENDS.match(body, b.end, end)), None)  # fmt: skip
        if behalf is not None and representative and _signing_or_saying().search(sentence):
            member(person, behalf, representative, body[behalf.start : behalf.end], 0.6)
    statements += _respectively(body, start, end, people, bodies, titles)
    return statements


@cache
def _signing_or_saying() -> re.Pattern[str]:
    """The verbs of signing (``cues.toml`` [signature] verbs) and of saying ([titles]
    saying_verbs), after which "X, pour Y" names whom X signs or speaks for ("X l'a signé avec
    Y, pour France urbaine"; "X, pour la Région, a rappelé ...")."""
    saying = r"\b(?:" + boards.SAYING + r")"
    return re.compile(signing().verbs.pattern + "|" + saying, re.I)


def title_is(
    body: str, span: tuple[int, int], inside: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Le président de l'IREV était alors Kléber Arhoul", "La directrice de Labo Cités est
    Frédérique Bourgeois", "Son site désigne comme président de l'IREV X": a title and its body
    (:func:`_titled`), then a copula (TITLE_IS) or, after "comme", nothing, then the person."""
    start, end = span
    bodies = [m for m in inside if m.type == "organization"]
    found = []
    for person in (m for m in inside if m.type == "person"):
        head_start = max([m.end for m in inside if m.type == "person" and m.end <= person.start]
                         + [start])  # fmt: skip
        for title_start, _end, role, organisation in _titled(
            body, head_start, person.start, bodies, titles, apposed=False
        )[-1:]:
            link = TITLE_IS.fullmatch(body, organisation.end, person.start)
            if link is None or (
                not link["copula"] and not AS_BEFORE.search(body, head_start, title_start)
            ):
                continue
            found.append(Statement(reference(person), ORG + "memberOf", reference(organisation),
                                   body[start:end], 0.6, title=body[title_start : organisation.end],
                                   role=role, evidence_start=start, evidence_end=end))  # fmt: skip
    return found


# "X, préfet délégué, y était présenté comme président de l'IREV", "Y est souvent considérée
# comme la fondatrice de Z": a passive of regarding (an apposition on the name before it).
@cache
def _presented_as() -> re.Pattern[str]:
    """A copula, a participle of ``cues.toml`` [titles] regarded_as_passive, "comme" and the
    title's article, an apposition on the name before them."""
    participles = "|".join(map(re.escape, cue_tables()["titles"]["regarded_as_passive"]))
    return re.compile(
        r"(?:\s*,[^.;:()]{1,80},)?\s*(?:y\s+|en\s+)?(?:est|était|a\s+été|avait\s+été|fut|sera)"
        r"\s+(?:(?:souvent|aussi|alors|parfois|déjà)\s+)?(?:" + participles + r")e?s?\s+"
        r"comme\s+(?:(?:le|la|l['’])\s*|(?P<its>son|sa)\s+)?",
        re.I,
    )


def presented_as(
    body: str, span: tuple[int, int], inside: list[Mention],
    context: tuple[list[Mention], list[Mention]],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Kléber Arhoul, préfet délégué, y était présenté comme président de l'IREV": the title
    and its body (:func:`_titled`) after a passive of regarding (:func:`_presented_as`) are its
    subject's; after "son", "sa", a bare title is at the body the text speaks of (``context``:
    the bodies for :func:`_spoken_of`; "X est présenté comme son fondateur"); none for a bare
    title after an article ("est présenté comme le fondateur": whose, unsaid)."""
    start, end = span
    bodies = [m for m in inside if m.type == "organization"]
    found = []
    for person in (m for m in inside if m.type == "person"):
        cue = _presented_as().match(body, person.end, end)
        if cue is None or any(m.type == "person" and person.end < m.start < cue.end()
                              for m in inside):  # fmt: skip
            continue
        if cue["its"]:
            found += _its_title(body, (start, end), (person, bodies), cue.end(), context, titles)
            continue
        for title_start, _end, role, organisation in _titled(
            body, cue.end(), end, bodies, titles, apposed=False
        )[:1]:
            if title_start == cue.end():
                found.append(Statement(reference(person), ORG + "memberOf",
                                       reference(organisation), body[start:end], 0.55,
                                       title=body[title_start : organisation.end], role=role,
                                       evidence_start=start, evidence_end=end))  # fmt: skip
    return found


def _its_title(
    body: str, span: tuple[int, int], named: tuple[Mention, list[Mention]], at: int,
    context: tuple[list[Mention], list[Mention]], titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """The person's bare title right at ``at``, after "son", "sa" ("présenté comme son
    fondateur"), at the body the text speaks of (:func:`_spoken_of`); none where the title goes
    on to name what it is of ("son fondateur du réseau", "sa directrice à Lille"), nor where
    the sentence names another body "son" may stand for ("Lors du congrès de RésO Villes, X a
    été présenté comme son fondateur"), nor where the sentence before names no body ("Le
    festival de Chinon existe depuis 1990. X est présenté comme son fondateur": the festival's).
    ``named``: the person, and the sentence's bodies."""
    start, end = span
    person, bodies = named
    spans = [t for t in _title_spans(body, at, end, titles)[:1] if t[0] == at]
    owner = _spoken_of(body, *context)
    told = max((m.end for m in context[0]), default=start)  # the last body named before
    if (not spans or not owner or not BARE_TITLE_ENDS.match(body, spans[0][1], end)
            or any(reference(b) != owner for b in bodies)
            or len(SENTENCE_END.findall(body, told, start)) > 1):  # fmt: skip
        return []
    title_start, title_end, role = spans[0]
    return [Statement(reference(person), ORG + "memberOf", owner, body[start:end], 0.55,
                      title=body[title_start:title_end], role=role, evidence_start=start,
                      evidence_end=end)]  # fmt: skip


def _item_head(body: str, start: int, earlier: list[Mention]) -> tuple[list[Mention], int]:
    """The mentions of the body a list's line opens with, before its colon ("- École du
    renouvellement urbain (ERU) : ..." gives both names), for the line ``start`` is on, and
    where the line goes on after the colon; none when the line opens otherwise."""
    line = body.rfind("\n", 0, start) + 1
    opens = ITEM_OPENS.match(body, line)
    at = opens.end() if opens else line
    head = next((m for m in earlier if m.type == "organization" and m.start == at), None)
    ends = ITEM_HEAD_ENDS.match(body, head.end) if head else None
    if head is None or ends is None:
        return [], 0
    named = [m for m in earlier if m.type == "organization" and head.start <= m.start < ends.end()]
    return named, ends.end()


def item_titles(
    body: str, span: tuple[int, int], earlier: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "- École du renouvellement urbain (ERU) : directeur général depuis 2023, X est secondé
    par Y, directrice adjointe. Le président, Z, ...": on a list's line that opens with a body
    (:func:`_item_head`), a title with no body of its own, beside a name ("Y, directrice
    adjointe"; "directeur général depuis 2023, X"; "Le président, Z,"; "directrice du centre,
    X"), is at that body, when the sentence names no other body."""
    start, end = span
    head, after_colon = _item_head(body, start, earlier)
    inside = [m for m in earlier if m.start >= start]
    if not head or any(m.type == "organization" and m not in head for m in inside):
        return []
    owner = {reference(m) for m in head}
    if len(owner) != 1:
        return []
    held_at = owner.pop()
    opening = max(start, after_colon)
    found = []
    for person in (m for m in inside if m.type == "person"):
        for title_start, title_end, role in _item_title(body, (opening, end), person, titles):
            found.append(Statement(reference(person), ORG + "memberOf", held_at, body[start:end],
                                   0.55, title=body[title_start:title_end], role=role,
                                   evidence_start=start, evidence_end=end))  # fmt: skip
    return found


def _item_title(
    body: str, span: tuple[int, int], person: Mention,
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[tuple[int, int, str]]:  # fmt: skip
    """(start, end, role) of the bare title beside ``person`` in ``body[span]``: in apposition
    after the name (after a participle of appointment too: "X, nommée directrice adjointe en
    mars"), or opening the clause before it (after the colon, or "Le président, X");
    its complement a body noun at most ("directrice du centre"), not another body's ("ministre
    de la Ville")."""
    opening, end = span
    after = APPOSITION_OPENS.match(body, person.end, end)
    # "X, nommée directrice adjointe en mars": the participle of an appointment before it.
    after = (after and APPOINTED.match(body, after.end(), end)) or after
    spans = _title_spans(body, after.end(), end, titles)[:1] if after else []
    before = [
        t for t in _title_spans(body, opening, person.start, titles)[-1:]
        if re.fullmatch(r"\s*(?:(?:le|la)\b|l['’])?\s*" + OF_TIME, body[opening : t[0]], re.I)
    ]  # fmt: skip
    found = []
    for title_start, title_end, role in [t for t in spans if after and t[0] == after.end()]:
        noun = _body_noun(ended=False).match(body, title_end, end)
        if BARE_TITLE_ENDS.match(body, noun.end("noun") if noun else title_end, end):
            found.append((title_start, title_end, role))
    for title_start, title_end, role in before:
        noun = _body_noun(ended=False).match(body, title_end, person.start)
        if FRONTED_TITLE_ENDS.fullmatch(
            body, noun.end("noun") if noun else title_end, person.start
        ):
            found.append((title_start, title_end, role))
    return found


def possessive(
    body: str, span: tuple[int, int], inside: list[Mention],
    bodied: tuple[list[Mention], list[Mention]], titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Sa directrice, X, la dirige", "X, sa présidente, ...": a title after "sa", "son" or
    "leur" is at the one body the sentence names before it, else at the body the text speaks
    of (:func:`_spoken_of`; ``bodied``: the bodies of the last sentence that names any, and
    the last body a sentence opened with) ("L'ORIV est membre du réseau RECI. Sa directrice,
    X": the ORIV's), or before a copula ("Son directeur général s'appelait alors Y":
    POSSESSIVE_IS); none when a body follows the title ("son directeur de Y"). So is a title
    opening a list's item, its person after it ending the item ("Ours : directeur de la
    publication, X ; directrice de la rédaction, Y": CREDIT_BEFORE)."""
    start, end = span
    statements = []
    bodies = [m for m in inside if m.type == "organization"]
    for person in (m for m in inside if m.type == "person"):
        before = POSSESSIVE_BEFORE.search(body, start, person.start) or POSSESSIVE_IS.search(
            body, start, person.start
        )
        if before is None and CREDIT_ENDS.match(body, person.end, end):
            before = CREDIT_BEFORE.search(body, start, person.start)
        after = POSSESSIVE_AFTER.match(body, person.end, end)
        at = before.end("title") if before else after.end() if after else -1
        spans = [s for s in _title_spans(body, at, end, titles) if s[0] == at]
        if not spans:
            continue
        title_start, title_end, role = spans[0]
        if before and not POSSESSIVE_GAP.fullmatch(body, title_end, person.start):
            continue
        if after and not APPOSITION_ENDS.match(body, title_end, end):
            continue  # "X, son directeur de Y": the title names its own body
        owner = [b for b in bodies if b.end <= min(title_start, person.start)]
        held = {reference(b) for b in one_per_body(body, owner)}
        held_at = (held.pop() if len(held) == 1 else "") if owner else _spoken_of(body, *bodied)
        if held_at:
            statements.append(Statement(reference(person), ORG + "memberOf", held_at,
                                        body[start:end], 0.6, title=body[title_start:title_end],
                                        role=role, evidence_start=start, evidence_end=end))  # fmt: skip
    return statements


def appointments(
    body: str, span: tuple[int, int], inside: list[Mention],
    context: tuple[list[Mention], list[Mention]],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies,
) -> list[Statement]:  # fmt: skip
    """ "Sylvie Hautière est élue vice-présidente", "Il avait été nommé directeur général", "X,
    qui devient président d'honneur", "X, nommée directrice adjointe en mars": an office one is
    elected or appointed to or becomes, its
    body unnamed, is at the body the text speaks of
    (as for a possessive: :func:`possessive`); ``context`` holds whom a pronoun stands for and
    the bodies of the last sentence that names any. None where the title goes on with a
    complement ("élu président de la République") or its office is held at one body."""
    start, end = span
    named, bodied = context
    subjects = [(m, m.end) for m in inside if m.type == "person"]
    pronoun = PRONOUN.match(body, start, end)
    if pronoun is not None and len({reference(m) for m in named}) == 1:
        subjects.append((named[0], pronoun.end()))
    statements = []
    for person, at in subjects:
        copula = COPULA.match(body, at, end)
        appointed = APPOINTED.match(body, copula.end(), end) if copula else None
        # "L'ERU a recruté X, nommée directrice adjointe en mars": a participle in apposition.
        comma = boards.APPOSED.match(body, at, end) if copula is None else None
        appointed = APPOINTED.match(body, comma.end(), end) if comma else appointed
        # "X, qui devient président d'honneur", "X a pris ses fonctions de directrice adjointe":
        # becoming or taking up an office is taking it too.
        becoming = copula is not None and BECOMES.search(copula.group())
        title_at = appointed.end() if appointed else copula.end() if copula and becoming else -1
        spans = [t for t in _title_spans(body, title_at, end, titles)[:1] if t[0] == title_at]
        if not spans:
            continue
        title_start, title_end, role = spans[0]
        if COMPLEMENTED.match(body, title_end, end) or titled.usual_body(role):
            continue
        owner = [b for b in inside if b.type == "organization" and b.end <= at]
        held = {reference(b) for b in one_per_body(body, owner)}
        held_at = (held.pop() if len(held) == 1 else "") if owner else _spoken_of(body, bodied)
        if held_at:
            statements.append(Statement(reference(person), ORG + "memberOf", held_at,
                                        body[start:end], 0.55, title=body[title_start:title_end],
                                        role=role, evidence_start=start, evidence_end=end))  # fmt: skip
    return statements


def opens_sentence(body: str, mention: Mention) -> bool:
    """Whether ``mention`` is the subject its sentence opens with, after a phrase put first
    and its comma, if any ("Depuis 2020, l'ANCT ...")."""
    return SUBJECT_AFTER_FRONTED.search(body, max(0, mention.start - 80), mention.start) is not None


def ordinals(
    body: str, span: tuple[int, int], inside: list[Mention], linked: list[Mention], before: int
) -> list[Mention]:
    """``inside``, with a mention of the person each ordinal of the sentence stands for ("Le
    premier, alors président de A, et le second, ...", "La seconde siège au Parlement
    européen"): of the last sentence before that named several people, not bodies
    (``linked[:before]``: the people and bodies named before it; :func:`_named_group`), the one
    of that rank; after "ces deux derniers", of the people named last (``cues.toml`` [titles]
    ordinals, last_ones). The mention spans the ordinal and keeps the person's name and link,
    so the rules of titles read it as the person. An ordinal with a name after its comma ("La
    première, Yves Dauge, ...") or a complement ("le premier à avoir occupé ce poste") is none.
    Most sentences have no ordinal: they are given back at once, the earlier names unread."""
    start, end = span
    if _ordinal().search(body, start, end) is None:
        return inside
    found = list(inside)
    agents = linked[:before]
    for ordinal in _ordinal().finditer(body, start, end):
        rank = cue_tables()["titles"]["ordinals"][ordinal["rank"].lower()]
        group = _named_group(body, agents, ordinal.start())
        named = next((m for m in inside if m.type == "person" and m.start >= ordinal.end()), None)
        if named is not None and boards.APPOSED.fullmatch(body, ordinal.end(), named.start):
            continue
        if rank <= len(group):
            who = group[rank - 1]
            found.append(replace(who, start=ordinal.start(), end=ordinal.end()))
    return sorted(found, key=lambda m: m.start)


def _named_group(body: str, agents: list[Mention], before: int) -> list[Mention]:
    """The people, in order, one each, of the last sentence before ``before`` that names
    several people or bodies, when two or more of them are people ("deux préfets, X et Y";
    none after "deux centres, A et B": an ordinal then stands for a body); the people named
    last, as many as "ces deux derniers" counts, when such a phrase follows them ("A, B et C,
    puis A. Ces deux derniers": C and A)."""
    people = [m for m in agents if m.type == "person"]
    last_ones = _last_ones().search(body, people[-1].end, before) if people else None
    if last_ones is not None:
        count = count_of(last_ones["count"])
        latest: dict[str, Mention] = {}
        for person in reversed(people):
            latest.setdefault(reference(person), person)
        last = list(latest.values())[:count]
        return sorted(last, key=lambda m: m.start) if len(last) == count else []
    group: list[Mention] = []
    for agent in reversed(agents):
        if group and SENTENCE_END.search(body, agent.end, group[0].start):
            if len({reference(m) for m in group}) > 1:
                break
            group = []
        group.insert(0, agent)
    named = list({reference(m): m for m in group if m.type == "person"}.values())
    return named if len({reference(m) for m in group}) > 1 and len(named) > 1 else []


@cache
def _ordinal() -> re.Pattern[str]:
    """ "Le premier,", "la seconde est", "et le second,", "la seconde siège au" ([titles]
    ordinals): an ordinal standing alone, before a comma or a verb ([titles] ordinal_verbs and
    sits), not a noun's ("le premier programme")."""
    titles = cue_tables()["titles"]
    ranks = "|".join(sorted(titles["ordinals"], key=len, reverse=True))
    verbs = "|".join(phrase(verb) for verb in [*titles["ordinal_verbs"], *titles["sits"]])
    return re.compile(
        r"\b(?:le|la)\s+(?P<rank>" + ranks + r")(?=\s*[,;)]|\s+(?:" + verbs + r"))", re.I
    )


@cache
def _last_ones() -> re.Pattern[str]:
    """ "Ces deux derniers", "les trois dernières" ([titles] last_ones)."""
    words = "|".join(cue_tables()["titles"]["last_ones"])
    return re.compile(
        r"\b(?:ces|les)\s+(?P<count>" + NUMBER_WORDS + r")\s+(?:" + words + r")\b", re.I
    )


def subject(body: str, bodies: list[Mention]) -> list[Mention]:
    """The first of ``bodies`` (those of one sentence) and its acronym in brackets, when the
    sentence opens with it, as its subject ("L'ORIV est aussi membre du réseau RECI"): what a
    possessive in the next sentence speaks of. All of them otherwise, and when it shares the
    subject with another ("L'ERU et l'ANRU travaillent ensemble")."""
    first, *rest = bodies
    shared = rest and re.fullmatch(
        r"\s*(?:,|et|ou)\s*(?:(?:le|la|les|l['’])\s*)?", body[first.end : rest[0].start], re.I
    )
    if shared or not opens_sentence(body, first):
        return bodies
    return [first] + [
        b for b in bodies[1:2] if re.fullmatch(r"\s*\(\s*", body[first.end : b.start])
    ]


def verbed(
    body: str, span: tuple[int, int], earlier: list[Mention], named: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], bodied: list[Mention] | None = None,
) -> list[Statement]:  # fmt: skip
    """The titles a verb gives (:mod:`.verbs`): "X a fondé Y", "Elle codirige aussi Y" (the
    one person the text last named: ``named``), "c'est X qui dirige l'agence", "X, qui le
    dirigeait" (the body the text speaks of: :func:`_spoken_of` of ``bodied``). Who runs
    ([titles] head_verb) a body whose name, or the common noun standing for it, opens with a
    noun of [titles] head_titles holds that office ("dirige l'agence": its director general)."""
    start, end = span
    inside = [m for m in earlier if m.start >= start]
    subjects = [(m, m.end) for m in inside if m.type == "person"]
    subjects += _past_apposition(body, span, inside)
    pronoun = PRONOUN.match(body, start, end)
    if pronoun is not None and len({reference(m) for m in named}) == 1:
        subjects.append((named[0], pronoun.end()))
    bodies = [m for m in inside if m.type == "organization"]
    before = [m for m in earlier if m.start < start and m.type == "organization"]
    cues = verbs.role_cues(load_cues().role_verbs, load_cues().role_nouns)
    nouns = cue_tables()["titles"]["body_nouns"]
    spoken = (_spoken_of(body, bodied or []), nouns)
    found = verbs.verb_titles(body, span, subjects, bodies, before, cues, spoken)
    people = [m for m in inside if m.type == "person"]
    found += verbs.passive_titles(body, people, bodies, load_cues().role_passives)
    found += verbs.inverted_titles(body, people, bodies, load_cues().role_verbs)
    return _verb_memberships(body, span, _heads_by_name(found, earlier), titles)


def _past_apposition(
    body: str, span: tuple[int, int], inside: list[Mention]
) -> list[tuple[Mention, int]]:
    """ "X, fondateur de l'association, préside le Réseau ...": (person, the end of the
    apposition between commas right after their name), where the verb may stand; none where
    the apposition names another person ("X, Y et Z dirigent": a list, not an apposition), nor
    before an object pronoun ("X, préfet délégué, la présidait": often a meeting, not a body)."""
    _start, end = span
    found = []
    for person in (m for m in inside if m.type == "person"):
        apposition = APPOSED_SUBJECT.match(body, person.end, end)
        if (
            apposition is not None
            and not CLITIC.match(body, apposition.end(), end)
            and not any(
                m.type == "person" and person.end < m.start < apposition.end() for m in inside
            )
        ):
            found.append((person, apposition.end()))
    return found


def _heads_by_name(found: list[verbs.VerbTitle], earlier: list[Mention]) -> list[verbs.VerbTitle]:
    """The titles of ``found`` that running a body gives ([titles] role_verbs of head_verb),
    in the office [titles] head_titles gives the common noun the verb's words name ("dirige
    l'établissement"), else the noun the body's name opens with ("c'est X qui dirige l'ANRU":
    the Agence's director general); others as they are."""
    table = cue_tables()["titles"]
    running = table["role_verbs"][table["head_verb"]]
    if all(title.label != running for title in found):
        return found  # most sentences: no need to read the names of every body so far
    heads: dict[str, str] = table["head_titles"]
    names: dict[str, set[str]] = {}
    for mention in (m for m in earlier if m.type == "organization"):
        names.setdefault(reference(mention), set()).add(first_word(mention.label or mention.text))
    changed = []
    for title in found:
        said = [w for w in re.findall(r"[^\W\d_]+", title.printed.lower()) if w in heads]
        offices = {heads[noun] for noun in names.get(title.body, set()) if noun in heads}
        office = heads[said[-1]] if said else offices.pop() if len(offices) == 1 else ""
        relabel = title.label == running and office
        changed.append(replace(title, label=office) if relabel else title)
    return changed


def referred_passives(
    body: str, span: tuple[int, int], inside: list[Mention],
    bodied: tuple[list[Mention], list[Mention]], titles: list[tuple[re.Pattern[str], str, str]],
    about_assembly: bool,
) -> list[Statement]:  # fmt: skip
    """ "L'association a été présidée par X", "Elle est présidée depuis 2020 par Y": a passive
    whose subject stands for a body (:func:`.verbs.referred_passive_titles`) is at the body the
    sentences before opened with (``bodied``: the bodies of the last sentence that names any,
    and that theme): a subject pronoun carries on the subject before it, not a body named in
    a complement ("la mission de l'Assemblée nationale"); else at the body the text speaks of
    (:func:`_spoken_of`). No pronoun stands for it where the text speaks of an assembly
    (``about_assembly``). Besides [titles] body_nouns, the noun that body's name opens with
    stands for it ("L'École du renouvellement urbain ... L'école a été fondée par X")."""
    recent, theme = bodied
    owner = _spoken_of(body, theme) or _spoken_of(body, recent)
    people = [m for m in inside if m.type == "person"]
    cues = load_cues()
    opened = [NAME_NOUN.match(m.text) for m in recent + theme if reference(m) == owner]
    own = {noun[1].lower() for noun in opened if noun}
    nouns = sorted(set(cue_tables()["titles"]["body_nouns"]) | own)
    bodies = [m for m in inside if m.type == "organization"]
    found = verbs.referred_passive_titles(
        body, span, people, bodies, owner, cues.role_passives, nouns, not about_assembly
    )
    return _verb_memberships(body, span, found, titles)


def directed(
    body: str, span: tuple[int, int], earlier: list[Mention], bodied: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "L'ANRU était alors dirigée par X", "L'agence est dirigée depuis 2021 par Y": the person
    after the passive of ``cues.toml`` [titles] head_verb holds the office [titles] head_titles
    gives the noun the body's name opens with (the graph's name: "ANRU", the "Agence nationale
    ..."), or the common noun subject standing for it ("l'agence": the last body named before
    whose name opens with it, else the one the text speaks of); none for other bodies, whose
    head's title French leaves unsaid. ``earlier``: the mentions up to the sentence's end."""
    start, _end = span
    inside = [m for m in earlier if m.start >= start]
    people = [m for m in inside if m.type == "person"]
    bodies = [m for m in inside if m.type == "organization"]
    stem, heads = cue_tables()["titles"]["head_verb"], cue_tables()["titles"]["head_titles"]
    opening = _head_openings()
    found = []
    for named in bodies:
        if label := opening.get(first_word(named.label or named.text)):
            found += verbs.passive_titles(body, people, [named], [(stem, label)])
    for noun, label in heads.items():
        opens = normalise(noun)
        last = _last_named(earlier, start, opens)
        owner = reference(last) if last else _spoken_of(body, bodied)
        # "Dirigée par X, l'ANRU ...": a body named as the subject whose name opens with the noun
        # (not "Dirigée par X, l'ERU": its head's title unsaid).
        subjects = [b for b in bodies if first_word(b.label or b.text) == opens]
        found += verbs.referred_passive_titles(
            body, span, people, subjects, owner, [(stem, label)], [noun], pronouns=False
        )
    statements = _verb_memberships(body, span, found, titles)
    for person, held, label, printed in _at_the_head(body, span, earlier, opening):
        if role := role_of_label(titles, label):
            statements.append(Statement(reference(person), ORG + "memberOf", held,
                                        body[start:_end], 0.55, title=printed, role=role,
                                        evidence_start=start, evidence_end=_end))  # fmt: skip
    return statements


def _at_the_head(
    body: str, span: tuple[int, int], earlier: list[Mention], heads: dict[str, str]
) -> list[tuple[Mention, str, str, str]]:
    """ "X a pris la tête de l'ANRU", "la nomination de Y à la tête de l'agence": (person, body
    IRI, role label, printed words) for the person named last before ``cues.toml`` [titles]
    head_nouns, its body right after it: a name, or a common noun of ``heads`` (normalised, as
    names open: the last body named before whose name opens with it), the office ``heads`` gives
    that noun; not for a noun of [titles] head_nouns_not ("la tête de l'association": its
    president or its director)."""
    start, end = span
    elected = _not_heads()
    found = []
    for cue in _head_noun().finditer(body, start, end):
        people = [m for m in earlier if m.type == "person" and start <= m.end <= cue.start()]
        named = next((b for b in earlier if b.type == "organization" and b.start == cue.end()),
                     None)  # fmt: skip
        noun = first_word(named.label or named.text) if named else ""
        common = None if named else WORD.match(body, cue.end(), end)
        if common is not None and QUALIFIED.match(body, common.end(), end):
            continue  # "la tête de la délégation française", "de l'agence de Poitiers": another
        if common is not None:
            noun = normalise(common.group())
            named = _last_named(earlier, start, noun)
        # the person right before: "X a pris la tête", "la nomination de X à la tête", "X, qui
        # a été nommé à la tête" (not "X, qui a rejoint Y bien avant de prendre la tête": Y's)
        gap = HEAD_GAP.fullmatch(body, people[-1].end, cue.start()) if people else None
        if gap is not None and named is not None and noun in heads and noun not in elected:
            said = named.text if common is None else common.group()
            printed = body[cue.start() : cue.end()] + said
            found.append((people[-1], reference(named), heads[noun], printed.strip()))
    return found


@cache
def _head_openings() -> dict[str, str]:
    """``cues.toml`` [titles] head_titles keyed by its nouns normalised as names open
    ("établissement", "délégation": "etablissement")."""
    heads: dict[str, str] = cue_tables()["titles"]["head_titles"]
    return {normalise(noun): label for noun, label in heads.items()}


@cache
def _not_heads() -> frozenset[str]:
    """``cues.toml`` [titles] head_nouns_not, normalised: the nouns whose head's office a
    "tête" leaves unsaid ("la tête de l'association")."""
    return frozenset(normalise(noun) for noun in cue_tables()["titles"]["head_nouns_not"])


@cache
def _head_noun() -> re.Pattern[str]:
    """ "à la tête de", "la tête du" (``cues.toml`` [titles] head_nouns), and the article of the
    body's name or noun after it."""
    phrases = "|".join(phrase(text) for text in cue_tables()["titles"]["head_nouns"])
    return re.compile(r"(?:" + phrases + r")\s*", re.I)


def unit_heads(
    body: str, span: tuple[int, int], inside: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies,
) -> list[Statement]:  # fmt: skip
    """ "La direction générale déléguée à la politique de la ville de l'ANCT est conduite par X",
    "la direction ..., dirigée par Y": a unit of the graph run by a person (the body named
    right before the participle, or the unit whose parent that body is, "<unit> de <parent>")
    gives that person the title its name says (:meth:`.titles.TitledBodies.head_role`:
    "directeur général délégué"); a body that is no unit says no title so ("L'ERU est dirigée
    par X": a director general, a director, an interim)."""
    start, end = span
    people = [m for m in inside if m.type == "person"]
    bodies = [m for m in inside if m.type == "organization"]
    labels = {role: label for _pattern, role, label in titles}
    found = []
    for person, before, printed in verbs.unit_heads(
        body, people, bodies, cue_tables()["titles"]["unit_heads"]
    ):
        run = before[-1]
        of_parent = len(before) > 1 and UNIT_OF.fullmatch(body, before[-2].end, run.start)
        if of_parent and titled.parent(reference(before[-2])) == reference(run):
            run = before[-2]
        if role := titled.head_role(reference(run), labels):
            found.append(Statement(reference(person), ORG + "memberOf", reference(run),
                                   body[start:end], 0.55, title=printed, role=role,
                                   evidence_start=start, evidence_end=end))  # fmt: skip
    return found


def in_this_body(
    body: str, span: tuple[int, int], earlier: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies,
) -> list[Statement]:  # fmt: skip
    """ "La direction générale déléguée ... est conduite par X. Dans cette même direction, Y
    occupe le poste de directeur de la coordination des programmes": the title after a copula
    of the person a demonstrative opening (DEMONSTRATIVE_BODY) is followed by is at the body
    last named before the sentence whose name opens with its noun, when the title goes on to
    name nothing of its own. A body named in a phrase of place opening the sentence stands
    there too ("Au sein de l'ORIV, X est chargée de mission": :func:`_named_workplace`)."""
    start, end = span
    opening = DEMONSTRATIVE_BODY.match(body, start, end)
    held = None
    if opening is not None:
        noun = normalise(opening["noun"])
        held = next((b for b in reversed(earlier) if b.type == "organization" and b.end <= start
                     and first_word(b.text) == noun), None)  # fmt: skip
    else:
        opening, held = _named_workplace(body, span, earlier)
    person = next((m for m in earlier if opening and m.start == opening.end()), None)
    copula = COPULA.match(body, person.end, end) if person and person.type == "person" else None
    if opening is None or person is None or copula is None:
        return []
    spans = [t for t in _title_spans(body, copula.end(), end, titles)[:1] if t[0] == copula.end()]
    if held is None or not spans:
        return []
    title_start, title_end, role = spans[0]
    # "Au CNV, X est maire de Vaulx-en-Velin": a title that goes on names what it is of; "Au
    # CGET, X était préfet": an office held at one body (the State) is held there.
    if COMPLEMENTED.match(body, title_end, end) or titled.usual_body(role):
        return []
    return [Statement(reference(person), ORG + "memberOf", reference(held), body[start:end], 0.55,
                      title=body[title_start:title_end], role=role, evidence_start=start,
                      evidence_end=end)]  # fmt: skip


# "une directrice adjointe, ": an indefinite article (and "nouveau", "nouvelle"), a title, then
# the comma before the holder's name.
INDEFINITE_TITLE = re.compile(r"\b(?:un|une)\s+(?:(?:nouveau|nouvel|nouvelle)\s+)?\Z", re.I)


def indefinite_titles(
    body: str, span: tuple[int, int], inside: list[Mention],
    context: tuple[list[Mention], list[Mention]], titles: list[tuple[re.Pattern[str], str, str]],
    titled: TitledBodies,
) -> list[Statement]:  # fmt: skip
    """ "Il peut compter sur une directrice adjointe, Céline Gipoulon", "L'agence s'est dotée
    d'un nouveau directeur général, X", an item "une directrice générale, X, nommée en 2021": a
    bare title after "un", "une", then a comma and a name, is that person's, at the one body the
    sentence names before it, else the one body the title is held at (a préfet's State), else
    the body the text speaks of (``context``: the bodies of the last sentence naming any, and
    the theme), but for a regional authority's title ("une conseillère régionale, X"). Not a
    title that names a body after it ("un directeur de l'ANRU, X")."""
    start, end = span
    found = []
    people = [m for m in inside if m.type == "person"]
    # one scan of the sentence up to its last name; each person's titles are those before it
    scanned = _title_spans(body, start, max(p.start for p in people), titles) if people else []
    for person in people:
        spans = [t for t in scanned if t[1] <= person.start
                 and boards.APPOSED.fullmatch(body, t[1], person.start)
                 and INDEFINITE_TITLE.search(body, max(start, t[0] - 20), t[0])][-1:]  # fmt: skip
        if not spans:
            continue
        title_start, title_end, role = spans[0]
        before = {reference(b) for b in one_per_body(body, [
            b for b in inside if b.type == "organization" and b.end <= title_start])}  # fmt: skip
        # "une conseillère régionale, X": at a regional authority, which the regional reading
        # gives (:func:`_held_alone`), never at the body the text speaks of.
        spoken_of = "" if role in _regional_roles(titles) else _spoken_of(body, *context)
        owner = (before.pop() if len(before) == 1 else "") if before else (
            titled.usual_body(role) or spoken_of)  # fmt: skip
        if owner:
            found.append(Statement(reference(person), ORG + "memberOf", owner, body[start:end],
                                   0.5, title=body[title_start:title_end], role=role,
                                   evidence_start=start, evidence_end=end))  # fmt: skip
    return found


def sits(
    body: str, span: tuple[int, int], inside: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies,
) -> list[Statement]:  # fmt: skip
    """ "Fabienne Keller siège au Parlement européen", "X, qui siégeait aussi au Parlement
    européen": a person who sits at a body holds the one office held at that body only
    (:meth:`.TitledBodies.offices_at`: a member of the European Parliament there); none for a
    body where several offices are held (the State) or none is. The sentence prints no title:
    the statement's is the office's label."""
    start, end = span
    labels = {role: label for _pattern, role, label in titles}
    found = []
    for person in (m for m in inside if m.type == "person"):
        verb = _sitting().match(body, person.end, end)
        at = next((b for b in inside if verb and b.start == verb.end()), None)
        if verb is None or at is None or at.type != "organization":
            continue
        offices = titled.offices_at(reference(at))
        if len(offices) == 1:
            found.append(Statement(reference(person), ORG + "memberOf", reference(at),
                                   body[start:end], 0.55, title=labels.get(offices[0], ""),
                                   role=offices[0], evidence_start=start,
                                   evidence_end=end))  # fmt: skip
    return found


@cache
def _sitting() -> re.Pattern[str]:
    """ ", qui siège aussi au ", " siégeait à la ": a verb of ``cues.toml`` [titles] sits after
    a name, an adverb perhaps, its preposition (``{adv}``, ``{à}``)."""
    verb = "|".join(phrase(text) for text in cue_tables()["titles"]["sits"])
    return re.compile(
        r"\s*,?\s*(?:qui\s+)?(?:"
        + verb
        + r")\s+(?:"
        + phrase("{adv}")
        + r"\s+)?"
        + phrase("{à}")
        + r"\s*",
        re.I,
    )


def _named_workplace(
    body: str, span: tuple[int, int], earlier: list[Mention]
) -> tuple[re.Match[str] | None, Mention | None]:
    """The opening phrase of place that names a body ("À la direction ... de l'ANCT, ",
    :data:`IN_BODY_OPENS`) and that body (the first named there: "<unit> de <parent>" is the
    unit), or (None, None)."""
    start, end = span
    place = IN_BODY_OPENS.match(body, start, end)
    if place is None:
        return None, None
    named = [m for m in earlier if m.start >= start and m.type == "organization"]
    if not named or named[0].start != place.end():
        return None, None
    last = named[0]
    for after in named[1:]:
        if not UNIT_OF.fullmatch(body, last.end, after.start):
            break
        last = after
    closing = boards.APPOSED.match(body, last.end, end)
    return (closing, named[0]) if closing else (None, None)


@dataclass(frozen=True)
class Officers:
    """The owner of a board whose officers the lines being read list, one a line ("" outside such
    a list), and the memberships the last line stated."""

    owner: str
    statements: tuple[Statement, ...] = ()


def listed_officers(
    body: str, span: tuple[int, int], inside: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], officers: Officers,
) -> Officers:  # fmt: skip
    """ "Il se compose comme suit :" then "Président : Marc Ratsimba", "Vice-présidente : ...":
    each line of a board's list, opened by :func:`.boards.opens_officers`, gives its officer's
    title at the board's owner; the list ends at the first line that is not an officer's."""
    start, end = span
    people = [m for m in inside if m.type == "person"]
    if not (officers.owner and people):  # no list open: no titles to read in this sentence
        return Officers("")
    found = boards.officer_line(
        body, span, people, _title_spans(body, start, end, titles), officers.owner
    )
    if not found:
        return Officers("")
    return Officers(officers.owner, tuple(
        Statement(reference(f.person), ORG + "memberOf", f.body, body[start:end], f.confidence,
                  title=f.title, role=f.role, evidence_start=start, evidence_end=end)
        for f in found
    ))  # fmt: skip


def on_boards(
    body: str, span: tuple[int, int], earlier: list[Mention], previous: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], last: tuple[int, int],
    owners: tuple[str, tuple[list[Mention], list[Mention]]] = ("", ([], [])),
) -> list[Statement]:  # fmt: skip
    """The titles a sentence gives on the board or at the general assembly of a body it names
    elsewhere (:mod:`.boards`): "Le bureau se compose ainsi : X, vice-présidente ; ...",
    "Cette assemblée générale était présidée par X"; of the page's body (``owners``: it, and
    the bodies for :func:`_spoken_of`) where no sentence near names one ("Agenda de l'IREV
    [...] L'assemblée générale annuelle du groupement se tiendra à Lille. Elle sera présidée par
    X"), else of the body the text speaks of where this sentence or the one before says the
    assembly as its own (:data:`.boards.OWN_SITTING`: "L'IREV est un GIP. [...] Les membres du
    groupement se sont réunis en assemblée générale. La séance était présidée par X"; not "La
    séance du conseil municipal était présidée par X")."""
    start, end = span
    inside = [m for m in earlier if m.start >= start]
    people = [m for m in inside if m.type == "person"]
    if not people:
        return []
    page, bodied = owners
    held = boards.owner(body, end, earlier, one_per_body(body, previous)) or page
    if not held and boards.OWN_SITTING.search(body, last[0], end):
        held = _spoken_of(body, *bodied)
    chair, vice = load_cues().assembly_roles
    roles = (role_of_label(titles, chair), role_of_label(titles, vice))
    # "La séance était présidée par X. À ses côtés, la vice-présidence revenait à Y": the
    # sentence before speaks of the assembly or its sitting.
    about_assembly = bool(boards.SITTING.search(body, *last))
    found = boards.board_titles(
        body, span, people, _title_spans(body, start, end, titles), held
    ) + boards.assembly_chairs(body, span, people, roles, held, about_assembly)
    return [Statement(reference(f.person), ORG + "memberOf", f.body, body[start:end],
                      f.confidence, title=f.title, role=f.role, evidence_start=start,
                      evidence_end=end) for f in found]  # fmt: skip


def predecessors(
    body: str, span: tuple[int, int], inside: list[Mention], statements: list[Statement],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Le président de l'ERU, Philippe Bies, avait succédé à Alain Cacheux": whom a person
    succeeded held the one title this sentence gives that person, else the one the text gave
    them last ("X devient directeur général de l'ANCT. M. X succède à Y": ``statements``, what
    the text has said so far; not where an office follows Y, "succède à Y à la tête de Z");
    "X a succédé à Y à la direction de Z": both held the office there."""
    start, end = span
    people = [m for m in inside if m.type == "person"]
    bodies = [m for m in inside if m.type == "organization"]
    found = []
    for successor, predecessor in pairwise(people):
        if not SUCCEEDED.search(body[successor.end : predecessor.start]):
            continue
        office = _office_of().match(body, predecessor.end, end)
        owner = next((b for b in bodies if office and b.start == office.end()), None)
        if office is not None and owner is not None:
            label = dict(load_cues().role_nouns)[office.group("noun").lower()]
            role = role_of_label(titles, label)
            printed = body[office.start("noun") : owner.end]
            found += [Statement(reference(who), ORG + "memberOf", reference(owner),
                                body[start:end], 0.6, title=printed, role=role,
                                evidence_start=start, evidence_end=end)
                      for who in (successor, predecessor) if role]  # fmt: skip
            continue
        held = _last_titles(statements, reference(successor))
        given = Statement(
            reference(predecessor), ORG + "memberOf", held[0].object, body[start:end], 0.6,
            title=held[0].title, role=held[0].role, evidence_start=start, evidence_end=end,
        ) if held else None  # fmt: skip
        acting = _acting(body, predecessor, end)  # "X succède à Y, qui assurait l'intérim"
        if given is not None and (
            held[0].evidence_start == start or PREDECESSOR_ENDS.match(body, predecessor.end)
        ) and (given := _as_held(given, acting, titles)):  # fmt: skip
            found.append(given)
    return found


@cache
def _handing_over() -> re.Pattern[str]:
    """ "a passé le relais à son successeur, ", "cède sa place à " (``cues.toml`` [titles]
    handed_over) right before the successor's name."""
    phrases = "|".join(phrase(text) for text in cue_tables()["titles"]["handed_over"])
    return re.compile(r"(?:" + phrases + r")\s*(?:(?:son|sa)\s+successeu\w*\s*,?\s*)?$", re.I)


def handed_over(
    body: str, span: tuple[int, int], inside: list[Mention], named: list[Mention],
    statements: list[Statement],
) -> list[Statement]:  # fmt: skip
    """ "X, présidente de Y, a passé le relais à son successeur, Z", "Il a cédé sa place à Z":
    the successor named right after the phrase holds the office the text gave last to whom
    handed it over (the last person named before the phrase in the sentence, else the one
    person ``named`` a pronoun stands for) (:func:`_last_titles`)."""
    start, end = span
    found = []
    for successor in (m for m in inside if m.type == "person"):
        cue = _handing_over().search(body, max(start, successor.start - 80), successor.start)
        if cue is None:
            continue
        before = [m for m in inside if m.type == "person" and m.end <= cue.start()]
        givers = {reference(before[-1])} if before else {reference(m) for m in named}
        if len(givers) != 1 or reference(successor) in givers:
            continue
        found += [Statement(reference(successor), ORG + "memberOf", s.object, body[start:end],
                            0.55, title=s.title, role=s.role, evidence_start=start,
                            evidence_end=end)
                  for s in _last_titles(statements, givers.pop())[:1]]  # fmt: skip
    return found


@cache
def _first_to_hold() -> re.Pattern[str]:
    """ "le tout premier à occuper ce poste", "la première à avoir tenu ce poste" (``cues.toml``
    [titles] first_to_hold), its article and "tout" before it (group ``article``), the clause
    ending there (not "ce poste à Poitiers", "dans une préfecture": a post somewhere else)."""
    phrases = "|".join(phrase(text) for text in cue_tables()["titles"]["first_to_hold"])
    return re.compile(
        r"(?P<article>\b(?:le|la)\s+(?:tout\s+)?)(?:" + phrases + r")(?=\s*(?:[,;.:)]|$))", re.I
    )


# Between the one said first to hold a post and the phrase: "X, qui avait été le premier à".
FIRST_HOLDER = re.compile(r"\s*,\s*(?:qui\s+(?:avait\s+été|a\s+été|était|fut)\s+)?", re.I)


def first_holder(
    body: str, span: tuple[int, int], named: tuple[list[Mention], list[Mention]],
    statements: list[Statement],
) -> list[Statement]:  # fmt: skip
    """ "Y, qui avait été le tout premier à occuper ce poste", "Le premier à avoir occupé ce
    poste, Y, était là": the one said first to hold "ce poste" (the person right before the
    phrase, else right after it when it opens the sentence) held the office the text gave to
    the person named last before them, in the sentence or the one before (``named``: the
    mentions of both); none if that person has none."""
    start, end = span
    people = [m for m in named[0] + named[1] if m.type == "person"]
    found = []
    for cue in _first_to_hold().finditer(body, start, end):
        holder = next((p for p in people if start <= p.start and p.end <= cue.start()
                       and FIRST_HOLDER.fullmatch(body, p.end, cue.start("article"))), None)  # fmt: skip
        if holder is None and not body[start : cue.start()].strip():
            comma = boards.APPOSED.match(body, cue.end(), end)
            holder = next((p for p in people if comma and p.start == comma.end()), None)
        if holder is None:
            continue
        before = [p for p in people if p.end <= cue.start() and reference(p) != reference(holder)]
        # the post of the person named last, not of one before them ("le préfet X et le délégué
        # Y, mais aussi Z, le premier à occuper ce poste": Y's, if the text gave Y one)
        if before and (held := _last_titles(statements, reference(before[-1]))):
            found.append(replace(held[0], subject=reference(holder), evidence=body[start:end],
                                 evidence_start=start, evidence_end=end))  # fmt: skip
    return found


@cache
def _ceding() -> re.Pattern[str]:
    """ "a cédé le poste de ", "a laissé son poste de ", "a transmis la présidence" (``cues.toml``
    [titles] ceded), then the office: a title after "poste de", else a noun of [titles]
    role_nouns (group ``noun``; ``possessive``: "sa présidence", the body's the text speaks
    of), as :func:`_office_held` reads them."""
    ceding = "|".join(phrase(text) for text in cue_tables()["titles"]["ceded"])
    return re.compile(
        r"(?:" + ceding + r")\s+(?:(?:le|son)\s+poste\s+(?:de|d['’])\s*"
        r"|(?:la|(?P<possessive>sa))\s+(?P<noun>" + _office_nouns() + r")\b)",
        re.I,
    )


def ceded(
    body: str, span: tuple[int, int], inside: list[Mention], named: list[Mention],
    bodied: list[Mention], titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "X a cédé le poste de commissaire général à Y", "Il a laissé son poste de directrice à
    Z", "X a transmis la présidence de l'IREV à Y": whom an office is handed over to (the person
    right after "à") and who handed it (the person right before the verb, else the one person
    ``named`` a pronoun opening the sentence stands for) both held it, at the body named
    after the office, else the one the text speaks of (``bodied``: :func:`_office_held`)."""
    start, end = span
    people = [m for m in inside if m.type == "person"]
    found = []
    for cue in _ceding().finditer(body, start, end):
        held = _office_held(body, cue, inside, bodied, titles)
        to = HANDED_TO.match(body, held[2]) if held else None
        successor = next((p for p in people if to and p.start == to.end()), None)
        if held is None or successor is None:
            continue
        givers = [p for p in people if p.end <= cue.start()
                  and HEAD_GAP.fullmatch(body, p.end, cue.start())]  # fmt: skip
        if not givers and PRONOUN.fullmatch(body, start, cue.start() - 1):
            givers = named[:1] if len({reference(m) for m in named}) == 1 else []
        owner, role, printed_end = held
        for person in [successor, *givers[-1:]]:
            found.append(Statement(reference(person), ORG + "memberOf", owner, body[start:end],
                                   0.55, title=body[cue.start() : printed_end], role=role,
                                   evidence_start=start, evidence_end=end))  # fmt: skip
    return found


@cache
def _interim_cue() -> re.Pattern[str]:
    """ "l'intérim", "un intérim" (``cues.toml`` [titles] interim): a sentence about who holds an
    office until it is filled."""
    return re.compile("|".join(phrase(text) for text in cue_tables()["titles"]["interim"]), re.I)


def _acting(body: str, person: Mention, end: int) -> bool:
    """Whether a relative clause on ``person`` says they held an office at interim ("Y, qui
    assurait l'intérim depuis août", "Y, qui en avait assuré l'intérim"): whom one succeeded
    so held it at interim, not as its holder."""
    clause = ACTING.match(body, person.end, end)
    return clause is not None and _interim_cue().match(body, clause.end(), end) is not None


def _as_held(
    statement: Statement, acting: bool, titles: list[tuple[re.Pattern[str], str, str]]
) -> Statement | None:
    """``statement``, or its office at interim when ``acting`` (the role whose label is its
    label and [titles] interim_suffix; None when the vocabulary has no such role)."""
    if not acting:
        return statement
    role = _acting_role(statement.role, titles)
    return replace(statement, role=role) if role and statement.role else None


def _acting_role(role: str, titles: list[tuple[re.Pattern[str], str, str]]) -> str:
    """The role of ``role`` held at interim: the one whose label is its label and ``cues.toml``
    [titles] interim_suffix ("directeur·rice général·e par intérim"), "" where the vocabulary
    has none."""
    labels = {each: label for _pattern, each, label in titles}
    suffix = cue_tables()["titles"]["interim_suffix"]
    return role_of_label(titles, labels.get(role, "") + suffix)


@cache
def _interim_after() -> re.Pattern[str]:
    """ "... par intérim" right after a title ([titles] interim_suffix)."""
    return re.compile(re.escape(cue_tables()["titles"]["interim_suffix"]) + r"\b", re.I)


def _left_for(body: str, inside: list[Mention], before: int) -> list[tuple[Mention, Mention]]:
    """The people of a sentence who left for a body, before ``before``, and that body: "après
    le départ d'X pour la préfecture de Y", "X, partie pour l'ANCT" (``cues.toml`` [titles]
    left_before, left_after, then "pour"). Where they went is not the body "en" stands for."""
    before_cue, after_cue = _leaving()
    gone = []
    for person in (m for m in inside if m.type == "person" and m.end <= before):
        after = after_cue.match(body, person.end, before)
        went = WENT_TO.match(body, after.end() if after else person.end, before)
        to = next((b for b in inside if went and b.start == went.end()), None)
        left = after is not None or bool(
            before_cue.search(body, max(0, person.start - 40), person.start)
        )
        if to is not None and to.type == "organization" and left:
            gone.append((person, to))
    return gone


@cache
def _leaving() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The phrases of leaving right before a name ("départ d'") and right after it (",
    partie"): ``cues.toml`` [titles] left_before, left_after."""
    tables = cue_tables()["titles"]
    return (
        re.compile(r"(?:" + "|".join(map(phrase, tables["left_before"])) + r")\s*\Z", re.I),
        re.compile(r"(?:" + "|".join(map(phrase, tables["left_after"])) + r")", re.I),
    )


def interim(
    body: str, span: tuple[int, int], inside: list[Mention], statements: list[Statement],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Son directeur général, Y, a quitté l'agence. Depuis août, l'intérim est assuré par X":
    the one person of a sentence that speaks of an interim holds, at interim, the office the
    text gave last to someone else (``statements``: what it has said so far), at its body: the
    role whose label is that office's and ``cues.toml`` [titles] interim_suffix, if any."""
    start, end = span
    cue = _interim_cue().search(body, start, end)
    if cue is None:
        return []
    # "Il prend la suite de X, qui assurait l'intérim, après le départ de Y": X.
    people = {reference(m) for m in inside if _acting(body, m, end)} or {
        reference(m) for m in inside if m.type == "person"
    }
    if not people:
        return []
    offices = [s for s in statements if s.relation == "memberOf" and s.evidence_start <= start
               and s.role and _acting_role(s.role, titles)]  # fmt: skip
    last = [s for s in offices if s.evidence_start == max(o.evidence_start for o in offices)]
    held = {(s.object, s.role) for s in last}
    acting = people - {s.subject for s in last}
    if len(held) != 1 or len(acting) != 1:
        return []
    owner, role = held.pop()
    return [Statement(acting.pop(), ORG + "memberOf", owner, body[start:end], 0.55,
                      title=cue.group(),
                      role=_acting_role(role, titles), evidence_start=start,
                      evidence_end=end)]  # fmt: skip


def _last_titles(statements: list[Statement], person: str) -> list[Statement]:
    """The memberships of ``person`` the last sentence giving them any gave, if they name one
    office (one body and role): the title a successor took, that whom they succeeded held."""
    held = [s for s in statements if s.subject == person and s.relation == "memberOf"]
    last = [s for s in held if s.evidence_start == max(h.evidence_start for h in held)]
    return last if len({(s.object, s.role) for s in last}) == 1 else []


def succeeded_by_pronoun(
    body: str, span: tuple[int, int], inside: list[Mention], named: list[Mention],
    statements: list[Statement], titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Sébastien Martin en a été élu président. Il succède à Jean-Luc Rigaut": whom "il"
    succeeded (it stands for the one person ``named``) held the one title the text gives that
    person in this sentence, else in the sentences before since it was named; at interim
    where a relative clause says so ("Il prend la suite de X, qui assurait l'intérim")."""
    start, end = span
    people = {reference(m) for m in named}
    if len(people) != 1:
        return []
    successor = people.pop()
    recent = _last_titles(statements, successor)
    if not recent:
        return []
    given = Statement(
        "", ORG + "memberOf", recent[0].object, body[start:end], 0.55, title=recent[0].title,
        role=recent[0].role, evidence_start=start, evidence_end=end,
    )  # fmt: skip
    return [
        replace(held, subject=reference(person))
        for person in inside
        if person.type == "person" and reference(person) != successor
        and (match := SUCCEEDED_BY_PRONOUN.search(body, start, person.start))
        and not any(match.end() <= m.start < person.start for m in inside)
        and (held := _as_held(given, _acting(body, person, end), titles))
    ]  # fmt: skip


def succession(
    body: str, span: tuple[int, int], inside: list[Mention],
    context: tuple[list[Mention], list[Mention]], titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Daniel Delaveau lui avait succédé à sa présidence", "C'est X qui a remplacé Y au poste
    de commissaire générale", "X a remplacé ce dernier comme président": successor and
    predecessor ("lui": the one person named in the sentence before, of ``context``; "ce
    dernier", "celui-ci": the last one named there) held the office named after them, at the body named
    after it, else at the body the text speaks of (the one body of the last sentence naming
    any, of ``context``)."""
    start, end = span
    recent, bodied = context
    people = [m for m in inside if m.type == "person"]
    found = []
    for successor in people:
        verb = SUCCEEDS.match(body, successor.end, end)
        if verb is None:
            continue
        if verb["pronoun"]:
            antecedents = {reference(m) for m in recent} - {reference(successor)}
            predecessor = antecedents.pop() if len(antecedents) == 1 else ""
            after = verb.start("to") if verb["to"] else verb.end()  # "lui a succédé à sa ..."
        elif verb["demonstrative"]:
            last = [m for m in recent if reference(m) != reference(successor)][-1:]
            predecessor, after = (reference(last[0]), verb.end()) if last else ("", 0)
        else:
            named = next((p for p in people if p.start == verb.end()), None)
            predecessor, after = (reference(named), named.end) if named else ("", 0)
        office = _succeeded_office(True).match(body, after, end) if predecessor else None
        held = _office_held(body, office, inside, bodied, titles) if office else None
        if office is None or held is None:
            continue
        owner, role, printed_end = held
        found += [Statement(who, ORG + "memberOf", owner, body[start:end], 0.55,
                            title=body[office.start("office") : printed_end], role=role,
                            evidence_start=start, evidence_end=end)
                  for who in (reference(successor), predecessor)]  # fmt: skip
    return found


def placed(
    body: str, span: tuple[int, int], inside: list[Mention],
    context: tuple[list[Mention], list[Mention]], titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Le conseil a placé X à sa présidence", "l'assemblée a porté X à la présidence de Y": a
    person right before an office (:func:`_succeeded_office`) holds it, at the body named
    after it or the one the text speaks of (``bodied``: the bodies of the last sentence that
    names any); "sa" is the body the sentence names before the person, its subject, when it
    names one ("L'ADCF a élu mercredi X à sa présidence"). So is an office opening the
    sentence before its subject ("À la présidence, X ...": :func:`_fronted_office`), and one an
    office is given to (:func:`_given_office`). ``context``: the bodies of the last sentence
    that names any, and the last body a sentence opened with (the theme)."""
    start, end = span
    bodied = context[0]
    found = []
    for person in (m for m in inside if m.type == "person"):
        office = _succeeded_office().match(body, person.end, end)
        subject = [b for b in inside if b.type == "organization" and b.end <= person.start]
        owners = subject if office and office["possessive"] and subject else bodied
        held = _office_held(body, office, inside, owners, titles) if office else None
        if office is not None and held is not None:
            owner, role, printed_end = held
            found.append(Statement(reference(person), ORG + "memberOf", owner, body[start:end],
                                   0.55, title=body[office.start("office") : printed_end],
                                   role=role, evidence_start=start, evidence_end=end))  # fmt: skip
    return (
        found
        + _fronted_office(body, span, inside, bodied, titles)
        + _given_office(body, span, inside, context, titles)
    )


@cache
def _office_given() -> re.Pattern[str]:
    """ "sa présidence", "la direction générale" (a body may follow): an office of
    ``cues.toml`` [titles] role_nouns that a verb of [titles] given_to may give someone."""
    return re.compile(r"\b(?:la|(?P<possessive>sa))\s+(?P<noun>" + _office_nouns() + r")\b", re.I)


@cache
def _given_to() -> re.Pattern[str]:
    """ " revient à ", " est assurée par " ([titles] given_to), a civility, before a holder."""
    verbs_of = "|".join(phrase(text) for text in cue_tables()["titles"]["given_to"])
    return re.compile(r"\s+(?:" + verbs_of + r")\s+(?:" + CIVILITY + r"\s+)?", re.I)


def _given_office(
    body: str, span: tuple[int, int], inside: list[Mention],
    context: tuple[list[Mention], list[Mention]], titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Côté gouvernance, sa présidence revient à X", "La direction de l'ERU est confiée à
    Y": the office a clause opens with, given to the person after the verb, at the body named
    after it, else the one "sa" stands for (the one the text speaks of: :func:`_office_held`);
    not "la présidence" of nothing named (a sitting's). "sa" carries on the body sentences
    opened with (the theme of ``context``), if one, before the last one named in a complement
    ("... 2004 pour l'Union sociale pour l'habitat. Côté gouvernance, sa présidence ...")."""
    start, end = span
    bodied, theme = context
    owners = theme if _spoken_of(body, theme) else bodied
    found = []
    for office in _office_given().finditer(body, start, end):
        held = _office_held(body, office, inside, owners, titles)
        given = _given_to().match(body, held[2], end) if held else None
        person = next((m for m in inside if given and m.start == given.end()), None)
        if held is None or person is None or person.type != "person":
            continue
        if not office["possessive"] and held[2] == office.end("noun"):
            continue
        owner, role, printed_end = held
        found.append(Statement(reference(person), ORG + "memberOf", owner, body[start:end],
                               0.55, title=body[office.start("noun") : printed_end], role=role,
                               evidence_start=start, evidence_end=end))  # fmt: skip
    return found


@cache
def _office_opens() -> re.Pattern[str]:
    """ "À la présidence", "À sa direction" (an office of ``cues.toml`` [titles] role_nouns)
    opening a sentence."""
    return re.compile(
        r"\s*(?:à|a)\s+(?:la|(?P<possessive>sa))\s+(?P<noun>" + _office_nouns() + r")\b", re.I
    )


def _fronted_office(
    body: str, span: tuple[int, int], inside: list[Mention], bodied: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "À la présidence, Philippe Bies poursuit son action", "À la direction de l'ERU, X
    ...": the office a sentence opens with, then a comma, is its subject's, at the body named
    after it, else the one the text speaks of (:func:`_office_held`; not "À la présidence de
    séance", no body's)."""
    start, end = span
    office = _office_opens().match(body, start, end)
    held = _office_held(body, office, inside, bodied, titles) if office else None
    if office is None or held is None:
        return []
    owner, role, printed_end = held
    comma = boards.APPOSED.match(body, printed_end, end)
    person = next((m for m in inside if comma and m.start == comma.end()), None)
    if person is None or person.type != "person":
        return []
    return [Statement(reference(person), ORG + "memberOf", owner, body[start:end], 0.55,
                      title=body[office.start("noun") : printed_end], role=role,
                      evidence_start=start, evidence_end=end)]  # fmt: skip


# After "la direction du centre de ressources", "la présidence de l'association": the noun phrase
# ends (not "du centre social"), before whom it is handed to or a verb of its holder.
COMMON_OFFICE_ENDS = re.compile(r"\s*(?:[,;:.)]|$|(?:à|est|était|sera|revient|revenait)\s)", re.I)


def _office_held(
    body: str, office: re.Match[str], inside: list[Mention], bodied: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> tuple[str, str, int] | None:  # fmt: skip
    """(body IRI, role, end of the words that state it) of the office ``office`` matched ("à
    la présidence de Y", "à sa présidence", "au poste de commissaire générale"): at the body
    named after it, else at the one body ``bodied`` holds; None when the vocabulary has no
    such role or no one body is found."""
    if office["noun"]:
        role = role_of_label(titles, dict(load_cues().role_nouns)[office["noun"].lower()])
        office_end = office.end("noun")
    else:
        spans = [t for t in _title_spans(body, office.end(), len(body), titles)[:1]
                 if t[0] == office.end()]  # fmt: skip
        role, office_end = (spans[0][2], spans[0][1]) if spans else ("", 0)
    if not role:
        return None
    link = SPACED_OF_LINK.match(body, office_end)
    named = next((b for b in inside if link and b.start == link.end()
                  and b.type == "organization"), None)  # fmt: skip
    if named is not None:
        return reference(named), role, named.end
    if office["possessive"] is None and office["noun"] and link:
        common = _body_noun(ended=False).match(body, office_end)
        if common is None or not COMMON_OFFICE_ENDS.match(body, common.end()):
            return None  # "à la présidence de la commission": something else's
        office_end = common.end("noun")  # "la direction du centre de ressources": the one spoken of
        role = _head_of(common["noun"], role, titles)
    owner = _spoken_of(body, bodied)
    return (owner, role, office_end) if owner else None


def _spoken_of(body: str, bodied: list[Mention], theme: list[Mention] | None = None) -> str:
    """The body the text speaks of: the one body of the last sentence that names any
    (``bodied``), else the one that sentence opens with (:func:`subject`), else the last body
    a sentence opened with (``theme``: "RésO Villes n'en est pas à son premier cycle. [...]
    avec le CRPV Paca et PQA, il avait répondu [...]. Sa présidente, X": RésO Villes's); ""
    for none."""
    held = {reference(b) for b in one_per_body(body, bodied)}
    if len(held) > 1:
        held = {reference(b) for b in one_per_body(body, subject(body, bodied))}
    if len(held) > 1 and theme:
        held = {reference(b) for b in one_per_body(body, theme)}
    return held.pop() if len(held) == 1 else ""


def of_the_body(
    body: str, span: tuple[int, int], earlier: list[Mention], bodied: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Isabelle Chenevez, alors directrice du centre", "X est présidente de l'association", "Y,
    vice-présidente de l'institut": a title of a common noun that stands for a body, nothing
    after it, is at the last body named before whose name opens with that noun ("l'Institut
    régional de la ville ... de l'institut"), else, for a noun of ``cues.toml`` [titles]
    body_nouns, at the body the text speaks of (:func:`_spoken_of`); when the sentence names no
    body before the person. ``earlier``: the mentions up to the sentence's end."""
    start, end = span
    inside = [m for m in earlier if m.start >= start]
    found = []
    for person in (m for m in inside if m.type == "person"):
        opens = APPOSITION_OPENS.match(body, person.end, end) or COPULA.match(body, person.end, end)
        at = opens.end() if opens else -1
        spans = [t for t in _title_spans(body, at, end, titles)[:1] if t[0] == at]
        noun = _body_noun(any_noun=True).match(body, spans[0][1], end) if spans else None
        if noun is None or any(b.type == "organization" and b.end <= person.start for b in inside):
            continue
        named = next((b for b in reversed(earlier) if b.type == "organization" and b.end <= start
                      and first_word(b.text) == normalise(noun["noun"])), None)  # fmt: skip
        common = noun["noun"].lower() in cue_tables()["titles"]["body_nouns"]
        owner = reference(named) if named else _spoken_of(body, bodied) if common else ""
        if owner:
            title_start, _end, role = spans[0]
            found.append(Statement(reference(person), ORG + "memberOf", owner, body[start:end],
                                   0.5, title=body[title_start : noun.end("noun")], role=role,
                                   evidence_start=start, evidence_end=end))  # fmt: skip
    return found


# "X est notre directeur général", "X, notre présidente": a title after "notre", "nos" (an
# adverb between), after a person's comma or copula; "notre directrice, X": right before.
OUR_AFTER = re.compile(
    r"(?:\s*,\s*|\s+(?:est|était|sera|reste|restait|devient|est\s+devenue?)\s+)"
    r"(?:(?:aussi|désormais|également|toujours|alors)\s+)?(?:notre|nos)\s+",
    re.I,
)
OUR_BEFORE = re.compile(r"\b(?:notre|nos)\s+$", re.I)
# What may follow such a title: its end, not a complement naming another body ("notre
# représentant auprès de l'ANCT").
OUR_TITLE_ENDS = re.compile(r"(?:-[^\W\d_]+)?\s*(?:[,;.!?)]|et\b|$|depuis\b|\n)", re.I)


@dataclass(frozen=True)
class Beside:
    """How a title stands right beside a person's name, nothing else between."""

    after: re.Pattern[str]  # from the name to a title after it ("X, notre ")
    ends: re.Pattern[str]  # what follows a title after the name: its end
    before: re.Pattern[str]  # what stands right before a title put before the name ("notre ")
    gap: re.Pattern[str]  # between a title put before the name and the name (", ")


def _title_beside(
    body: str, span: tuple[int, int], person: Mention, titles: list[tuple[re.Pattern[str], str, str]],
    beside: Beside,
) -> tuple[int, int, str] | None:  # fmt: skip
    """(start, end, role) of the title right after ``person`` (``beside.after``, then the
    title, then ``beside.ends``), else right before it (``beside.before``, the title,
    ``beside.gap``), within the sentence ``span``; None for none."""
    start, end = span
    after = beside.after.match(body, person.end, end)
    if after is not None:
        spans = _title_spans(body, after.end(), end, titles)[:1]
        if spans and spans[0][0] == after.end() and beside.ends.match(body, spans[0][1]):
            return spans[0]
    before = [
        t
        for t in _title_spans(body, max(start, person.start - 60), person.start, titles)
        if beside.gap.fullmatch(body, t[1], person.start)
        and beside.before.search(body, max(0, t[0] - 12), t[0])
    ]
    return before[-1] if before else None


OURS = Beside(OUR_AFTER, OUR_TITLE_ENDS, OUR_BEFORE, re.compile(r"(?:-[^\W\d_]+)?\s*,?\s*"))


def ours(
    body: str, span: tuple[int, int], inside: list[Mention], page: str,
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Depuis le 3 janvier, X est notre directeur général", "notre directrice, Y, a pris la
    parole": a title after "notre" is held at the body whose page it is, which speaks in the
    first person (``page``: :func:`page_body`); none on a page about no one body.

    >>> from crpv_graph.ingest.recognise import Mention
    >>> text = "Franck Martin est notre directeur général."
    >>> titles = [(re.compile(r"\\bdirecteur\\s+général\\b", re.I), "role/dg", "directeur général")]
    >>> [(s.subject, s.object, s.role) for s in ours(text, (0, len(text)),
    ...     [Mention("Franck Martin", 0, 13, "person", "https://w3id.org/crpv/id/person/f")],
    ...     "https://w3id.org/crpv/id/organization/eru", titles)]
    [('https://w3id.org/crpv/id/person/f', 'https://w3id.org/crpv/id/organization/eru', 'role/dg')]
    """
    if not page:
        return []
    start, end = span
    found = []
    for person in (m for m in inside if m.type == "person"):
        if (beside := _title_beside(body, span, person, titles, OURS)) is None:
            continue
        title_start, title_end, role = beside
        found.append(Statement(reference(person), ORG + "memberOf", page, body[start:end], 0.55,
                               title=body[title_start:title_end], role=role,
                               evidence_start=start, evidence_end=end))  # fmt: skip
    return found


# After a title one is regarded as, "de notre centre", "de nos associations": the page's body.
OF_OURS = re.compile(r"\s+" + OF + r"\s*(?:notre|nos)\s+[^\W\d_]+", re.I)
# The subject of a verb of regarding that speaks in the first person: "notre association".
OUR_SUBJECT = re.compile(r"\s*(?:notre|nos)\b", re.I)


@cache
def _regarded() -> re.Pattern[str]:
    """ "X, que la structure présente comme son fondateur" (group ``subject``: who regards),
    "Nous le tenons pour le fondateur de notre association" (group ``clitic``): the verbs of
    ``cues.toml`` [titles] regarded_as, and the determiner of the title after them."""
    verbs = "|".join(phrase(text) for text in cue_tables()["titles"]["regarded_as"])
    return re.compile(
        r"(?:\b(?:que\s+|qu['’]\s*)(?P<subject>[^,;:.()]{1,40}?)\s+"
        r"|(?:(?P<noun>" + DEFINITE_NOUN.pattern + r")\s+)?\b(?P<clitic>l['’]\s*|le\s+|la\s+))"
        r"(?:" + verbs + r")\s+(?P<det>le|la|l['’]|son|sa|notre)\s*",
        re.I,
    )


def regarded(
    body: str, span: tuple[int, int], inside: list[Mention], named: list[Mention],
    owners: tuple[str, tuple[list[Mention], list[Mention]]],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Yves Dauge, que la structure présente comme son fondateur", "X, qu'on présente à juste
    titre comme le fondateur de notre centre", "Nous le tenons pour le fondateur de notre
    association", "X était là : l'association le considère comme son fondateur": a title one
    is regarded as (:func:`_regarded`) is held by the person the relative "que" follows (the
    last one named before it); for an object pronoun ("le", "la", "l'"), by the one person
    named before the cue in the sentence, else by the one person the text last named
    (``named``); none where either names several. Who regards is the subject after "que", or
    the common noun with its article right before the pronoun ("l'association le considère").
    Its body: one named right after the title; "de notre centre", or "son" after "notre
    association", the body whose page it is (``owners``: it, and the bodies for
    :func:`_spoken_of`); "son" after a subject naming a body, that body; after a common noun
    of [titles] body_nouns ("la structure", "l'association"), the body the text speaks of.
    None for a bare title ("qu'on présente comme le fondateur")."""
    start, end = span
    page, bodied = owners
    bodies = [m for m in inside if m.type == "organization"]
    found = []
    for cue in _regarded().finditer(body, start, end):
        before = [m for m in inside if m.type == "person" and m.end <= cue.start()]
        if cue.group("clitic"):
            # "X était là : l'association le considère comme son fondateur": X.
            people = {reference(m) for m in before or named}
            who = people.pop() if len(people) == 1 else ""
        else:
            who = reference(before[-1]) if before else ""
        spans = [t for t in _title_spans(body, cue.end(), end, titles)[:1] if t[0] == cue.end()]
        if not who or not spans:
            continue
        title_start, title_end, role = spans[0]
        held = _regarded_body(body, (cue, title_end, end), bodies, page, bodied)
        if held:
            found.append(Statement(who, ORG + "memberOf", held, body[start:end], 0.55,
                                   title=body[title_start:title_end], role=role,
                                   evidence_start=start, evidence_end=end))  # fmt: skip
    return found


def _regarded_body(
    body: str, where: tuple[re.Match[str], int, int], bodies: list[Mention], page: str,
    bodied: tuple[list[Mention], list[Mention]],
) -> str:  # fmt: skip
    """The body of a title one is regarded as (see :func:`regarded`; ``where``: the cue, the
    title's end, the sentence's end), "" for none."""
    cue, title_end, end = where
    named = next((b for b in bodies if b.start >= title_end
                  and SPACED_OF_LINK.fullmatch(body, title_end, b.start)), None)  # fmt: skip
    if named is not None:
        return reference(named)
    if OF_OURS.match(body, title_end, end) or cue.group("det").lower() == "notre":
        return page
    regards = "subject" if cue.group("subject") else "noun"
    if cue.group("det").lower() not in ("son", "sa") or not cue.group(regards):
        return ""
    subject = (cue.start(regards), cue.end(regards))
    if OUR_SUBJECT.match(body, *subject):
        return page
    within = [b for b in bodies if subject[0] <= b.start and b.end <= subject[1]]
    if within:
        return reference(within[-1])
    nouns = cue_tables()["titles"]["body_nouns"]
    noun = DEFINITE_NOUN.fullmatch(body, *subject)
    return _spoken_of(body, *bodied) if noun and noun.group(1).lower() in nouns else ""


# "la structure", "cette association": a subject that is a common noun after its determiner.
DEFINITE_NOUN = re.compile(r"\s*(?:la|le|l['’]|cette|cet|ce)\s*(\w+)\s*", re.I)
# A word's letters, from where a cue ends ("l'agence" after "à la tête de").
WORD = re.compile(r"[^\W\d_]+")
# "L'École du renouvellement urbain": the noun a body's name opens with, after its article.
NAME_NOUN = re.compile(r"(?:(?:le|la|les)\s+|l['’]\s*)?([^\W\d_]{3,})\b", re.I)
# "comme", "en tant que", "en qualité de" before the title one joins or represents a body in.
JOINED_AS = re.compile(
    r"\s*,?\s*(?:comme|en\s+tant\s+que|en\s+qualité\s+de)\s+(?:(?:le|la|l['’])\s*)?", re.I
)
# What stands before the body these verbs govern: an adverb, an article, a common noun ("aussi
# le réseau RECI").
JOINED_BODY = re.compile(
    r"\s*(?:(?:" + ALSO + r"|déjà)\s+)?"
    r"(?:(?:le|la|les|l['’])\s*(?:(?-i:[a-zà-ÿ]+)\s+)?)?",
    re.I,
)


@cache
def _joining() -> re.Pattern[str]:
    """The verbs of ``cues.toml`` [titles] joined, an object pronoun before them (group
    ``clitic``): "l'a rejoint", "représentait"."""
    verbs = "|".join(phrase(text) for text in cue_tables()["titles"]["joined"])
    return re.compile(r"(?P<clitic>\bl['’]\s*|\bla\s+|\ble\s+)?(?:" + verbs + r")", re.I)


def joined(
    body: str, span: tuple[int, int], inside: list[Mention], named: list[Mention],
    owners: tuple[str, tuple[list[Mention], list[Mention]]],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "X rejoint l'ANCT en tant que directeur", "Elle représentait RECI comme déléguée",
    "Céline Gipoulon l'a rejoint comme directrice adjointe": a bare title after "comme" (JOINED_AS)
    is held at the body the verb of [titles] joined governs; for an object pronoun, at the page's
    body, else the one the text speaks of (``owners``: the page's body, and the bodies for
    :func:`_spoken_of`). Its holder is the last person named before the verb, else the one the
    text last named (``named``) when a pronoun opens the sentence. None for a title that names
    what it is of ("comme directrice de l'ORIV": read as an apposition)."""
    start, end = span
    page, bodied = owners
    bodies = [m for m in inside if m.type == "organization"]
    pronoun = PRONOUN.match(body, start, end)
    found = []
    for verb in _joining().finditer(body, start, end):
        before = [m for m in inside if m.type == "person" and m.end <= verb.start()]
        people = {reference(m) for m in named} if pronoun and not before else set()
        who = reference(before[-1]) if before else people.pop() if len(people) == 1 else ""
        governed = next((b for b in bodies
                         if JOINED_BODY.fullmatch(body, verb.end(), b.start)), None)  # fmt: skip
        if verb.group("clitic"):
            held, after = (page or _spoken_of(body, *bodied)), verb.end()
        else:
            held, after = (reference(governed), governed.end) if governed else ("", verb.end())
        as_title = JOINED_AS.match(body, after, end)
        if as_title is None:
            continue  # no "comme", "en tant que": no title of the joining
        at = as_title.end()
        spans = [t for t in _title_spans(body, at, end, titles)[:1] if t[0] == at]
        if not (who and held and spans) or COMPLEMENTED.match(body, spans[0][1], end):
            continue
        title_start, title_end, role = spans[0]
        found.append(Statement(who, ORG + "memberOf", held, body[start:end], 0.55,
                               title=body[title_start:title_end], role=role,
                               evidence_start=start, evidence_end=end))  # fmt: skip
    return found


# A bare title right after a person ("X, présidente,", "X (trésorier)", "X, notre directrice")
# or right before ("la directrice Cécile Dublanche", "Présidente : X"), and what ends it.
BARE_AFTER = re.compile(
    r"\s*(?:,|\()\s*(?:(?:notre|son|sa|leur|alors|actuel|actuelle)\s+)?(?:(?:le|la|l['’])\s*)?",
    re.I,
)
BARE_BEFORE = re.compile(
    r"(?:(?:\A|[\n.;!?(])\s*(?:[-–•*]\s*)?|\b(?:le|la|l['’]|sa|son|notre|leur)\s*)$", re.I
)
BARE_ENDS = re.compile(r"(?:-[^\W\d_]+)?\s*(?:[,;.:!?)\n]|$)")
BARE = Beside(BARE_AFTER, BARE_ENDS, BARE_BEFORE, re.compile(r"\s*(?::\s*)?,?\s*"))


def page_titles(
    body: str, span: tuple[int, int], inside: list[Mention], page: str,
    given: list[Statement], titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Isabelle Melscoet, présidente, a ouvert la journée", "la directrice Cécile Dublanche",
    "X (trésorière)": on a page about one body (``page``: :func:`page_body`), a bare title of an
    office held within a body (``cues.toml`` [titles] page_roles, not a préfet's or a mayor's)
    is held there, unless a statement already gives the person that role (``given``)."""
    if not page:
        return []
    start, end = span
    allowed = {role_of_label(titles, label) for label in cue_tables()["titles"]["page_roles"]}
    held = {(s.subject, s.role) for s in given}
    found = []
    for person in (m for m in inside if m.type == "person"):
        if (beside := _title_beside(body, span, person, titles, BARE)) is None:
            continue
        title_start, title_end, role = beside
        if role not in allowed or (reference(person), role) in held:
            continue
        found.append(Statement(reference(person), ORG + "memberOf", page, body[start:end], 0.45,
                               title=body[title_start:title_end], role=role,
                               evidence_start=start, evidence_end=end))  # fmt: skip
    return found


# "Fabien Bressan, Labo Cités, et ...", "- Maximilien Steindorsson – RésO Villes": a body
# alone after a person's comma or dash, then the end of the apposition.
BODY_APPOSED = re.compile(r"\s*(?:,|\s[–—-])\s*")
BODY_APPOSED_ENDS = re.compile(r"\s*(?:[,;.)\n]|$|et\s)")


def apposed_bodies(
    body: str, span: tuple[int, int], inside: list[Mention], given: list[Statement],
    titles: list[tuple[re.Pattern[str], str, str]], collectives: dict[str, str],
) -> list[Statement]:  # fmt: skip
    """ "Fabien Bressan, Labo Cités, et Maximilien Steindorsson, RésO Villes", "- X – IREV": a
    body named alone right after a person's comma or dash, as a programme or a list prints one's
    structure, is the body the person is a member of, in the role of ``cues.toml`` [titles]
    parenthesis_role (as "X (Labo Cités)"); not the centres as a group (``collectives``), nor
    where the sentence already relates the two."""
    role = role_of_label(titles, load_cues().parenthesis_role)
    related = {(s.subject, s.object) for s in given}
    found = []
    for person in (m for m in inside if m.type == "person"):
        link = BODY_APPOSED.match(body, person.end, span[1])
        named = next((m for m in inside if link and m.start == link.end()), None)
        if named is None or named.type != "organization" or not role:
            continue
        if reference(named) in collectives or (reference(person), reference(named)) in related:
            continue
        if not BODY_APPOSED_ENDS.match(body, named.end, span[1]) and named.end != span[1]:
            continue
        found.append(Statement(reference(person), ORG + "memberOf", reference(named),
                               body[span[0] : span[1]], 0.5, title=named.text, role=role,
                               evidence_start=span[0], evidence_end=span[1]))  # fmt: skip
    return found


def had_for(
    body: str, span: tuple[int, int], inside: list[Mention],
    bodied: tuple[list[Mention], list[Mention]], titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "L'association a pour président X", "sa revue avait pour directeur de la publication X
    et pour directrice de la rédaction Y": each title after "a pour", and after "et pour", is
    the person's named right after it, at the one body the sentence names before the cue,
    else at the body the text speaks of (:func:`_spoken_of`; ``bodied``: the bodies of the
    last sentence that names any, and the theme)."""
    start, end = span
    cue = HAD_FOR.search(body, start, end)
    if cue is None:
        return []
    before = {reference(b) for b in one_per_body(body, [m for m in inside if m.end <= cue.start()])}
    owner = (before.pop() if len(before) == 1 else "") if before else _spoken_of(body, *bodied)
    people = {m.start: m for m in inside if m.type == "person"}
    found, at = [], cue.end()
    while owner:
        spans = [t for t in _title_spans(body, at, end, titles)[:1] if t[0] == at]
        gap = re.compile(r"\s+").match(body, spans[0][1]) if spans else None
        person = people.get(gap.end()) if gap else None
        if person is None:
            break
        title_start, title_end, role = spans[0]
        found.append(Statement(reference(person), ORG + "memberOf", owner, body[start:end], 0.55,
                               title=body[title_start:title_end], role=role,
                               evidence_start=start, evidence_end=end))  # fmt: skip
        again = AND_FOR.match(body, person.end, end)
        if again is None:
            break
        at = again.end()
    return found


@cache
def _heading_body() -> re.Pattern[str]:
    """What opens a body that heads the people listed after it: "pour le", "côté", "du côté
    de l'" (``cues.toml`` [titles] heading_body), at the start of a clause (a sentence, a line,
    after a comma, semicolon, colon or bracket), its article after it; or, opening a line, a
    noun of its staff ([titles] staff_nouns, the group ``staff``: "Équipe PQN-A, X", "L'équipe
    de Labo Cités : X et Y", a signature)."""
    phrases = "|".join(phrase(text) for text in cue_tables()["titles"]["heading_body"])
    staff = "|".join(map(re.escape, cue_tables()["titles"]["staff_nouns"]))
    return re.compile(
        r"(?:(?:\A|[\n.;:,(])\s*(?:[-–•*]\s*)?(?:" + phrases + r")"
        r"|(?:\A|\n)\s*(?:[-–•*]\s*)?(?:(?:l['’]|les)\s*)?(?P<staff>" + staff + r")"
        r"(?:\s+" + OF + r")?)\s*(?:(?:le|la|les|l['’])\s*)?$",
        re.I,
    )


def headed_by_body(
    body: str, span: tuple[int, int], inside: list[Mention], given: list[Statement],
    vocabulary: tuple[list[tuple[re.Pattern[str], str, str]], dict[str, str]],
) -> list[Statement]:  # fmt: skip
    """ "pour le CRPV Paca, Dominique Michel et Mustapha Berra", "Côté Labo Cités : X": the people
    listed right after a body that a heading phrase opens (:func:`_heading_body`) and a comma or
    a colon are its members, in the role of ``cues.toml`` [titles] parenthesis_role, or of its
    team after a noun of its staff, staff_role (a signature: "Équipe PQN-A, X", the names right
    after the comma ending the line: :data:`SIGNATURE_ENDS`); not of the
    centres as a group ("côté CRPV, X et Y": the centres each of them is at is unsaid), nor one
    the sentence already gives a title at that body, nor where bodies are listed with the
    people ("pour RésO Villes, X et Labo Cités"). ``vocabulary``: the role titles, and the
    collectives (:func:`.extract.extract`)."""
    titles, collectives = vocabulary
    member = role_of_label(titles, load_cues().parenthesis_role)
    team = role_of_label(titles, cue_tables()["titles"]["staff_role"])
    statements: list[Statement] = []
    for head in (m for m in inside if m.type == "organization"):
        opens = _heading_body().search(body, max(0, head.start - 40), head.start)
        after = HEADING_BODY_ENDS.match(body, head.end)
        role = (team if opens["staff"] else member) if opens else ""
        if opens is None or after is None or reference(head) in collectives or not role:
            continue
        listed = listed_after(body, after.end(), inside, strict=True)
        people = list(takewhile(lambda m: m.type == "person", listed))
        if len(people) < len(listed):
            continue  # "un prix pour RésO Villes, X et Labo Cités": all three were given it
        if opens["staff"] and not (
            people and people[0].start == after.end() and SIGNATURE_ENDS.match(body, people[-1].end)
        ):
            continue  # "L'équipe de PQN-A, reçue par X, ...", "Équipe PQN-A, X et le préfet ont"
        held = {(s.subject, s.object) for s in given}
        statements += [
            Statement(reference(p), ORG + "memberOf", reference(head), body[span[0] : span[1]],
                      0.55, title=head.text, role=role, evidence_start=span[0],
                      evidence_end=span[1])
            for p in people if (reference(p), reference(head)) not in held
        ]  # fmt: skip
    return statements


def _head_of(noun: str, role: str, titles: list[tuple[re.Pattern[str], str, str]]) -> str:
    """The office of running a body (``role``, if it is [titles] head_verb's) as [titles]
    head_titles names it for the common noun standing for the body ("la direction de l'agence":
    its director general's); other offices, and other nouns, as they are."""
    table = cue_tables()["titles"]
    running = role_of_label(titles, table["role_verbs"][table["head_verb"]])
    label = table["head_titles"].get(noun.lower())
    return (role_of_label(titles, label) or role) if label and role == running else role


@cache
def _of_body() -> re.Pattern[str]:
    """ "X, de PQA,", "X et Y, tous deux du CRPV Paca", "X, de l'équipe de RésO Villes", "Y,
    membre de l'équipe du centre": a person's apposition that names a body only, perhaps after a
    noun of its staff (``cues.toml`` [titles] staff_nouns: the group ``staff``)."""
    nouns = "|".join(map(re.escape, cue_tables()["titles"]["staff_nouns"]))
    return re.compile(
        r"\s*,\s*(?P<both>(?:tous|toutes)\s+(?:les\s+)?deux\s+)?"
        r"(?:(?:membres?\s+)?(?:" + OF + r"\s*)?(?P<staff>" + nouns + r")\s+)?" + OF + r"\s*",
        re.I,
    )


@cache
def _body_noun(ended: bool = True, any_noun: bool = False) -> re.Pattern[str]:
    """ "du centre", "de l'association", then the end of the apposition (when ``ended``; else
    anything, "du centre depuis 2007"): a common noun of ``cues.toml`` ([titles] body_nouns), or
    any lower-case noun (``any_noun``: "de l'institut"), standing for a body named before."""
    listed = sorted(cue_tables()["titles"]["body_nouns"], key=len, reverse=True)
    nouns = "|".join(map(re.escape, listed))  # "centre de ressources" before "centre"
    end = r"\s*(?=[,;.)]|et\b|$)" if ended else ""
    if any_noun:  # not a complement that goes on: "directeur de la ville et de la cohésion ..."
        nouns = r"(?-i:[a-zà-ÿ][a-zà-ÿ-]+)"
        end = r"\s*(?=[,;.)]|et\s+(?!(?:de|du|des)\W|d['’])|$)"
    return re.compile(r"\s*(?:du|de\s+la|de\s+l['’])\s*(?P<noun>" + nouns + r")\b" + end, re.I)


@cache
def _succeeded_office(replacing: bool = False) -> re.Pattern[str]:
    """ "à la présidence", "à sa direction" (an office of ``cues.toml`` [titles] role_nouns),
    "au poste de" (a title follows): the office a successor took. ``replacing``: after whom one
    replaced, "comme", "en tant que" too ("X a remplacé Y comme commissaire générale"), which
    after a name alone need not tell an office ("avec à ses côtés X comme vice-présidente" of
    what the text may not name)."""
    replaced = r"|(?:comme|en\s+tant\s+que|en\s+qualité\s+(?:de|d['’]))\s*(?:(?:la|le|l['’])\s*)?"
    return re.compile(
        r"\s+(?P<office>à\s+(?:la|(?P<possessive>sa))\s+(?P<noun>" + _office_nouns() + r")\b"
        r"|au\s+poste\s+(?:de|d['’])\s*" + (replaced if replacing else "") + ")",
        re.I,
    )


@cache
def _office_of() -> re.Pattern[str]:
    """ "(succédé à Y) à la direction de Z": an office of ``cues.toml`` ([titles] role_nouns)
    and the link to the body it is held at."""
    return re.compile(r"\s+à\s+la\s+(?P<noun>" + _office_nouns() + r")" + verbs.SPACED_OF, re.I)


@cache
def _office_apposed() -> re.Pattern[str]:
    """ "X, à la direction de Y", "X, nommée à la présidence de Y", "élu le 4 octobre à la
    présidence de Y": an office of ``cues.toml`` ([titles] role_nouns) in a person's apposition,
    when one was appointed between, and the link to the body it is held at."""
    return re.compile(
        r"\s*,\s*(?:(?:alors|désormais|aujourd['’]hui)\s+)?"
        r"(?:(?:nommé|élu|désigné|arrivé)e?s?(?:"
        + WHEN_APPOINTED
        + r"){0,2}\s+)?à\s+la\s+(?P<noun>"
        + _office_nouns()
        + r")"
        + verbs.SPACED_OF,
        re.I,
    )


def _office_nouns() -> str:
    """The nouns of offices ("direction", "présidence"), longest first, as an alternation."""
    nouns = sorted((noun for noun, _label in load_cues().role_nouns), key=len, reverse=True)
    return "|".join(map(re.escape, nouns))


# "X, conseillère régionale, représentant le président de la Région": whom one stands for holds
# the title after it, not the person.
ON_BEHALF = re.compile(r"\b(?:représent(?:ant|ante|ait|e)|au\s+nom\s+d)", re.I)


def _titled(
    body: str, position: int, limit: int, bodies: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], apposed: bool = True,
) -> list[tuple[int, int, str, Mention]]:  # fmt: skip
    """(start, end, role, body) of each title in ``body[position:limit]`` followed closely by
    the name of a body: "directrice générale déléguée de l'ANCT", "déléguée générale, depuis
    2015, de Villes au Carré"; no verb between a title and its body, nor another title. In an
    apposition (``apposed``: "X, présidente de ..."), no verb either between ``position`` and
    a title: "X, qui a rencontré la présidente de l'IREV" gives none."""
    spans = _title_spans(body, position, limit, titles)
    found = []
    for index, (title_start, title_end, role) in enumerate(spans):
        if apposed and (
            BREAKERS.search(body, position, title_start)
            or COORDINATED.search(body, position, title_start)
            or ON_BEHALF.search(body, position, title_start)
        ):
            break
        next_title = spans[index + 1][0] if index + 1 < len(spans) else limit
        organisation = next(
            (b for b in bodies if title_end <= b.start < min(next_title, limit)
             and TITLE_LINK.fullmatch(body[title_end : b.start])
             and not BREAKERS.search(body, title_end, b.start)),
            None,
        )  # fmt: skip
        if organisation is not None and not PORTFOLIO.match(body, title_end, organisation.start):
            found.append((title_start, title_end, role, organisation))
    return found


def _bare(
    body: str, span: tuple[int, int, int, int], bodies: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies,
    regional: tuple[frozenset[str], str] = (frozenset(), ""),
) -> list[tuple[int, int, str, str]]:  # fmt: skip
    """(start, end, role, body IRI) of a title printed with no body beside a person, an office
    the ontology holds at one body (:meth:`TitledBodies.usual_body`): right after the name
    ("X, ministre de la Ville", "X, alors préfet", "X, le ministre ...") or just before it, as a noun phrase ("le
    préfet de région, X", "un autre préfet, X"), the name's own title ("le préfet X") or an apposition opening the
    sentence ("Alors secrétaire d'État, X"). Its complement up to the next comma names no
    body."""
    start, person_start, person_end, limit = span
    found = []
    after = re.match(r"\s*,\s*(?:alors\s+)?(?:(?:le|la|l['’])\s*)?", body[person_end:limit])
    spans = _title_spans(body, person_end, limit, titles)
    if after and spans and spans[0][0] == person_end + after.end():
        found.append(spans[0])
    # The name closes the apposition: "par le préfet de région, X, et ..." but not "pour le
    # préfet de région, X étant ..." (the préfet and X are two people); "le préfet X" and
    # "alors préfet, X" say the title of X whatever follows.
    closed = re.match(r"\s*(?:[,;:.)]|et\b|$)", body[person_end:limit])
    for title_start, title_end, role in _title_spans(body, start, person_start, titles)[-1:]:
        opening = body[start:title_start]
        between = body[title_end:person_start]
        noun = NOUN_OPENS.search(opening)
        apposed = APPOSED_TITLE_ENDS.fullmatch(between)
        if (noun and ((apposed and closed) or re.fullmatch(r"\s+", between))) or (
            apposed and BEFORE_NAME.search(opening)
        ):
            found.append((title_start, title_end, role))
    bare = []
    for title_start, title_end, role in found:
        stop = limit if title_end > person_end else person_start
        # "le SGAR adjoint, X": a title holding its body's name (not a kind's: "les SGAR")
        within = [reference(b) for b in bodies if title_start <= b.start and b.end <= title_end]
        if within and within[0] not in titled.collectives:
            bare.append((title_start, title_end, role, within[0]))
        elif held := _held_alone(body, (title_end, stop), role, bodies, titled, regional):
            bare.append((title_start, title_end, role, held))
    return bare[:1]


def _and_body(
    body: str, position: int, title: tuple[int, int, str, str, float], bodies: list[Mention]
) -> Mention | None:
    """The second body a title is held at, joined to the first (``title`` ends with its name)
    by the same preposition: "directeur général adjoint à Clichy-sous-Bois et à la communauté
    d'agglomération de Clichy-Montfermeil" (None for none). ``position``: where the text
    about the title starts."""
    title_start, first_end, *_rest = title
    first = next((b for b in bodies if b.end == first_end and b.start >= title_start), None)
    following = next((b for b in bodies if first and b.start >= first.end), None)
    if first is None or following is None or title_start < position:
        return None
    joined = AND_BODY.fullmatch(body, first.end, following.start)
    link = LAST_PREPOSITION.search(body, title_start, first.start)
    same = joined and link and _preposition(joined["link"]) == _preposition(link["link"])
    return following if same else None


def _preposition(link: str) -> str:
    """ "à" for à, au, aux, à la; "de" for de, du, des, d', de la."""
    return "à" if link.lower().startswith(("à", "au")) else "de"


def _held_alone(
    body: str, span: tuple[int, int], role: str, bodies: list[Mention], titled: TitledBodies,
    regional: tuple[frozenset[str], str] = (frozenset(), ""),
) -> str:  # fmt: skip
    """The one body the ontology holds the office ``role`` at (:meth:`TitledBodies.usual_body`)
    when the title ending at ``span[0]`` names no body up to the end of its clause ("préfet de
    la Sarthe": a place, not a body), else "". ``regional``: the roles held at a regional
    authority ([titles] regional_roles) and the one the article speaks of: "conseillère
    régionale des Hauts-de-France" is at the Région named after the place after the title, a
    bare "conseillère régionale" at the article's."""
    title_end, limit = span
    clause = CLAUSE_END.search(body, title_end, limit)
    stop = clause.start() if clause else limit
    held = titled.usual_body(role)
    roles, region = regional
    if not held and role in roles:
        place = REGION_AFTER.match(body, title_end, stop)
        held = (titled.region([place.group("place")]) if place else "") or region
    return held if held and not any(title_end <= b.start < stop for b in bodies) else ""


# After a regional title, the region: "conseillère régionale des Hauts-de-France", "conseiller
# régional de Bretagne", "conseillère régionale Hauts-de-France".
REGION_AFTER = re.compile(
    r"\s+(?:(?:de\s+la\s+région|des|du|de|d['’])\s*)?(?P<place>[A-ZÀ-Ý][\w'’]*(?:[- ][\w'’]+)*?)"
    r"(?=\s*(?:[,;:.()]|$|\s(?:et|qui|a|est)\b))"
)


def _regional_roles(titles: list[tuple[re.Pattern[str], str, str]]) -> frozenset[str]:
    """The roles held at a regional authority ([titles] regional_roles)."""
    labels = cue_tables()["titles"]["regional_roles"]
    return frozenset(role for label in labels if (role := role_of_label(titles, label)))


def of_it(
    body: str, span: tuple[int, int], inside: list[Mention],
    previous: tuple[list[Mention], list[Mention]], titles: list[tuple[re.Pattern[str], str, str]],
    about_assembly: bool, named: list[Mention],
) -> list[Statement]:  # fmt: skip
    """ "Franck Martin en est le directeur général", "X en a pris la direction", "X a quitté
    la présidence de l'ADCF pour en devenir président d'honneur": the title of a person at the
    body "en" stands for, when one body only is named before it (earlier in the sentence, else
    :func:`_of_it_body` of ``previous``, the bodies of the last sentence naming any and the
    theme). A pronoun opening the sentence stands for the one person the text last named
    (``named``: "Elle en est la directrice"). A title that goes on to name its body is not "of
    it", nor is a body named in the person's apposition ("X, vice-présidente de la Région, en
    était la vice-présidente": of the body named before). A second person may share the verb:
    "X en est le directeur de la publication et Y la rédactrice en chef"."""
    start, end = span
    statements = []
    people = [m for m in inside if m.type == "person"]
    # "Elle en est la directrice": the pronoun opening the sentence, for the one person the
    # text last named (``named``).
    if (pronoun := _pronoun_person(body, start, end, named)) is not None:
        people.insert(0, pronoun)
    for person in people:
        clause_end = min([p.start for p in people if p.start > person.end] + [end])
        held_title = _title_of_it(body, (person.end, end, clause_end), titles, about_assembly)
        # "X, vice-présidente de la Région, en était la vice-présidente": past an apposition, a
        # copula only ("X, préfet délégué, en assurait la présidence" may be a meeting's chair)
        apposed = APPOSED_SUBJECT.match(body, person.end, clause_end) if not held_title else None
        apposition = (person.end, person.end)
        if apposed is not None and OF_IT.match(body, apposed.end(), end):
            held_title = _title_of_it(body, (apposed.end(), end, clause_end), titles)
            apposition = (person.end, apposed.end())
        # "Son prédécesseur, X, en est devenu président d'honneur": the name is the apposition,
        # between commas, of a noun opening the sentence; a copula only, as above
        closing = NAME_CLOSES.match(body, person.end, clause_end)
        if (
            held_title is None
            and closing is not None
            and NAME_OPENS.fullmatch(body, start, person.start)
            and not any(start <= m.start < person.start for m in inside if m.type == "person")
            and OF_IT.match(body, closing.end(), end)
        ):
            held_title = _title_of_it(body, (closing.end(), end, clause_end), titles)
        if held_title is None:
            continue
        title_start, title_end, role, copula_start = held_title
        if any(
            title_end <= b.start < clause_end and TITLE_LINK.fullmatch(body[title_end : b.start])
            for b in inside
            if b.type == "organization"
        ):
            continue
        gone = _left_for(body, inside, copula_start)
        # not the body of the person's apposition ("X, vice-présidente de la Région, en était la
        # vice-présidente": of what the sentence named before, not of the Région)
        bodies_before = [m for m in inside if m.type == "organization" and m.end <= copula_start
                         and all(m is not to for _who, to in gone)
                         and not apposition[0] <= m.start < apposition[1]]  # fmt: skip
        held = {reference(b) for b in one_per_body(body, bodies_before)}
        owner = ((held.pop() if len(held) == 1 else "") if bodies_before
                 else _of_it_body(body, *previous))  # fmt: skip
        if not owner:
            continue
        statements += [Statement(reference(who), ORG + "memberOf", owner, body[start:end], 0.55,
                                 title=body[title_start:title_end], role=role,
                                 evidence_start=start, evidence_end=end)
                       for who, _to in gone if who is not person]  # fmt: skip
        # "X en assure la direction générale par intérim": the office at interim, if any.
        acting = _interim_after().match(body, title_end, end)
        if acting is not None:
            role, title_end = _acting_role(role, titles), acting.end()
        holders = [(person, title_start, title_end, role)] if role else []
        second = next((p for p in people if p.start > title_end
                       and GAPPED.fullmatch(body, title_end, p.start)), None)  # fmt: skip
        article = GAPPED_TITLE.match(body, second.end, end) if second else None
        if second is not None and article is not None:
            spans = _title_spans(body, article.end(), end, titles)[:1]
            if spans and spans[0][0] == article.end():
                holders.append((second, *spans[0]))
        for who, printed_start, printed_end, held_role in holders:
            statements.append(Statement(reference(who), ORG + "memberOf", owner, body[start:end],
                                        0.6, title=body[printed_start:printed_end],
                                        role=held_role, evidence_start=start,
                                        evidence_end=end))  # fmt: skip
    return statements


def _of_it_body(body: str, bodied: list[Mention], theme: list[Mention]) -> str:
    """The body "en" stands for when its sentence names none before it: the one body of the
    last sentence naming any (``bodied``); of several, the theme (the last body a sentence
    opened with) when none of them is that sentence's subject ("L'agence ... a été créée en
    2019. Elle a repris les missions du CGET et de l'EPARECA. X en assure la direction": the
    agency's); none when one is ("L'ORIV appartient au réseau RECI. X en est la directrice":
    either): :func:`_spoken_of`, but none where one of several bodies opens that sentence."""
    several = len({reference(b) for b in one_per_body(body, bodied)}) > 1
    if several and any(opens_sentence(body, b) for b in bodied):
        return ""
    return _spoken_of(body, bodied, theme)


def _pronoun_person(body: str, at: int, end: int, named: list[Mention]) -> Mention | None:
    """A mention spanning the pronoun that opens the clause at ``at`` ("Elle en est la
    directrice", "; il est aussi ..."), of the one person of ``named`` it stands for; None
    without such a pronoun, or when ``named`` names several people or none."""
    pronoun = PRONOUN.match(body, at, end)
    if pronoun is None or len({reference(m) for m in named}) != 1:
        return None
    return replace(named[0], start=pronoun.start(), end=pronoun.end())


def whose_titles(
    body: str, span: tuple[int, int], inside: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "RésO Villes, dont Isabelle Melscoet est la présidente", "L'ERU, dont le directeur
    général est Franck Martin": the person's title is at the body "dont" follows; none when the
    title names a body of its own ("dont X est le président de Y")."""
    start, end = span
    organisations = [m for m in inside if m.type == "organization"]
    people = [m for m in inside if m.type == "person"]
    statements = []
    for owner in organisations:
        whose = WHOSE.match(body, owner.end, end)
        if whose is None:
            continue
        held: list[tuple[Mention, int, int, str]] = []
        first = next((p for p in people if p.start == whose.end()), None)
        copula = WHOSE_COPULA.match(body, first.end, end) if first else None
        article = ARTICLE.match(body, copula.end() if copula else whose.end(), end)
        at = article.end() if article else -1
        spans = [s for s in _title_spans(body, at, end, titles) if s[0] == at][:1]
        for title_start, title_end, role in spans:
            if first is not None and copula is not None:
                named = any(b.start >= title_end and TITLE_LINK.fullmatch(body[title_end : b.start])
                            for b in organisations)  # fmt: skip
                if not named:
                    held.append((first, title_start, title_end, role))
            elif first is None:
                linked = WHOSE_COPULA.match(body, title_end, end)
                after = next((p for p in people if linked and p.start == linked.end()), None)
                if after is not None:
                    held.append((after, title_start, title_end, role))
        for who, title_start, title_end, role in held:
            statements.append(Statement(reference(who), ORG + "memberOf", reference(owner),
                                        body[start:end], 0.6, title=body[title_start:title_end],
                                        role=role, evidence_start=start,
                                        evidence_end=end))  # fmt: skip
    return statements


def _title_of_it(
    body: str, span: tuple[int, int, int], titles: list[tuple[re.Pattern[str], str, str]],
    about_assembly: bool = False,
) -> tuple[int, int, str, int] | None:  # fmt: skip
    """(start, end, role, where "en" is) of the title "en" holds right after a name ending at
    ``span[0]``: "en est le directeur général", "en a pris la direction", "pour en devenir
    président d'honneur" (before ``span[2]``, the next name)."""
    position, end, clause_end = span
    taking = _taking_of_it().match(body, position, end)
    if taking is not None and taking["holds"] and about_assembly:
        return None
    if taking is not None:
        role = role_of_label(titles, dict(load_cues().role_nouns)[taking.group("noun").lower()])
        return (taking.start("noun"), taking.end("noun"), role, taking.start()) if role else None
    copula = OF_IT.match(body, position, end) or BECOMING_OF_IT.search(body, position, clause_end)
    if copula is None:
        return None
    # "X en a été élu président": the office one is elected to, not "élu" (an elected official).
    appointed = APPOINTED.match(body, copula.end(), end)
    at = appointed.end() if appointed else copula.end()
    spans = _title_spans(body, at, end, titles)[:1]
    if not spans or spans[0][0] != at:
        return None
    return spans[0][0], spans[0][1], spans[0][2], copula.start()


@cache
def _taking_of_it() -> re.Pattern[str]:
    """ "X en a pris la direction", "Y en reprend la présidence", "c'est X qui en assure la
    direction générale", "il en a tenu la présidence": an office taken or held at the body "en" stands for, of the nouns of
    ``cues.toml`` ([titles] role_nouns). Not "en assurait la présidence" where the text speaks
    of an assembly: what one chairs so is the meeting (:mod:`.boards`)."""
    return re.compile(
        r"(?:\s*,)?(?:\s+qui)?\s+en\s+(?:(?:a|avait|aura)\s+)?"
        r"(?:(?:pris|repris|prend\w*|reprend\w*|(?P<holds>assur\w*|tenu|tien\w*|ten(?:ait|ir)))\s+)"
        r"la\s+(?P<noun>" + _office_nouns() + r")\b",
        re.I,
    )


def pronoun_titled(
    body: str, span: tuple[int, int], inside: list[Mention], named: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies, year: int | None,
) -> list[Statement]:  # fmt: skip
    """ "Elle est également déléguée du réseau RECI": a sentence opening with a pronoun, a
    copula and a title (:func:`_predicated`) gives the title to the one person the text
    last named (the last sentence before that names any: ``named``). So does a clause after a
    semicolon, to the one person named before it in the sentence, if any ("X, maire de
    Vaulx-en-Velin, a pris la parole ; elle est aussi co-vice-présidente du CNV")."""
    start, end = span
    found = []
    for opens in [start] + [m.end() for m in SEMICOLON.finditer(body, start, end)]:
        before = [m for m in inside if m.type == "person" and m.end <= opens]
        pronoun = _pronoun_person(body, opens, end, before or named)
        if pronoun is None:
            continue
        bodies = [m for m in inside if m.type == "organization" and m.start >= opens]
        found += [
            Statement(reference(pronoun), ORG + "memberOf", held, body[start:end], c * 0.9,
                      title=body[title_start:title_end], role=role, evidence_start=start,
                      evidence_end=end)
            for title_start, title_end, role, held, c in _predicated(
                body, (pronoun.end, end), bodies, titles, titled, year
            )
        ]  # fmt: skip
    return found


@cache
def _party_label() -> re.Pattern[str]:
    """ " sous l'étiquette ", " sous l'étiquette de l'" ([titles] party_label) before a body."""
    labels = "|".join(phrase(text) for text in cue_tables()["titles"]["party_label"])
    return re.compile(r"\s*(?:" + labels + r")\s+(?:" + OF + r"\s*)?", re.I)


# "X, élu sous l'étiquette UDI", "Il a été réélu en 2020 sous l'étiquette UDI": the holder's
# election, right before the party's label.
ELECTED_UNDER = re.compile(
    r"\s*(?:,\s*|\s+(?:a|avait)\s+été\s+)(?:ré)?élue?(?:\s+(?:en|le)\s+[^,.;:()]{1,25}?)?",
    re.I,
)
# What may stand between the holder's verb of office and the party's label: its object and
# words of the same clause.
UNDER_OFFICE = re.compile(r"[^.;:()]{0,120}")


def labelled(
    body: str, span: tuple[int, int], inside: list[Mention], named: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Il présidait le Grand Annecy sous l'étiquette UDI", "X préside, sous l'étiquette UDI,
    Y", "X, élu sous l'étiquette UDI": the party whose label one holds an office under (a verb
    of office whose subject is the holder: [titles] role_verbs, role_nouns) or was elected under
    counts one among its members; the holder is the one person the sentence names before the
    cue, else the one a pronoun opening it stands for (``named``: the people of the last
    sentence naming any). None where several are named, nor where the label is another's ("X a
    battu le candidat élu sous l'étiquette UDI") or the verb is not the holder's office ("X ne
    s'est pas présenté sous l'étiquette UDI", "X a publié sous l'étiquette de Y")."""
    start, end = span
    role = role_of_label(titles, load_cues().parenthesis_role)
    cues = verbs.role_cues(load_cues().role_verbs, load_cues().role_nouns)
    found = []
    for cue in _party_label().finditer(body, start, end):
        party = next((m for m in inside if m.start == cue.end()), None)
        if party is None or party.type != "organization" or not role:
            continue
        before = {reference(m): m for m in inside if m.type == "person" and m.end <= cue.start()}
        who = next(iter(before.values())) if len(before) == 1 else None
        if not before:
            who = _pronoun_person(body, start, end, named)
        if who is None:
            continue
        elected = ELECTED_UNDER.fullmatch(body, who.end, cue.start())
        office = next((m for c in cues if (m := c.after_subject.match(body, who.end, cue.start()))),
                      None)  # fmt: skip
        if elected is None and (
            office is None or not UNDER_OFFICE.fullmatch(body, office.end(), cue.start())
        ):
            continue
        found.append(Statement(reference(who), ORG + "memberOf", reference(party),
                               body[start:end], 0.5, title=body[cue.start() : party.end].strip(),
                               role=role, evidence_start=start, evidence_end=end))  # fmt: skip
    return found


# "La maire de Vaulx-en-Velin est aussi ...", "Le nouveau préfet est ...": a sentence whose
# subject is a title, the definite article before it.
DESCRIBED_OPENS = re.compile(r"\s*(?:le|la|l['’])\s*" + OF_TIME, re.I)
# The rest of that subject, its complement with no verb nor comma, up to the copula.
DESCRIPTION_ENDS = re.compile(r"[^,;:.()]{0,60}?(?=\s+(?:est|était|sera|reste|demeure)\s)", re.I)


def described(
    body: str, span: tuple[int, int], inside: list[Mention], named: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies, year: int | None,
) -> list[Statement]:  # fmt: skip
    """ "Hélène Geoffroy était parmi les participants. La maire de Vaulx-en-Velin est aussi
    covice-présidente du Conseil national des villes": a sentence naming no one whose subject is
    a title, then a copula and a title (:func:`_predicated`), speaks of the one person the text
    last named (``named``, as "Elle" would): both titles are theirs, the subject's where it names
    its body or commune (:func:`_titled`, :func:`_self_named`). None without a title after the
    copula ("Le préfet est arrivé": a préfet the text need not have named)."""
    start, end = span
    people = {reference(m) for m in named}
    opens = DESCRIBED_OPENS.match(body, start, end)
    if opens is None or len(people) != 1 or any(m.type == "person" for m in inside):
        return []
    spans = _title_spans(body, opens.end(), end, titles)[:1]
    subject = DESCRIPTION_ENDS.match(body, spans[0][1], end) if spans else None
    if subject is None or spans[0][0] != opens.end():
        return []
    bodies = [m for m in inside if m.type == "organization"]
    found = _predicated(body, (subject.end(), end), bodies, titles, titled, year)
    if not found:
        return []
    own = _self_named(body, (opens.end(), subject.end()), bodies, titles, titled, year)
    own += [(s, e, role, reference(held), 0.6)
            for s, e, role, held in _titled(body, opens.end(), subject.end(), bodies, titles)]  # fmt: skip
    who = people.pop()
    return [Statement(who, ORG + "memberOf", held, body[start:end], c * 0.9,
                      title=body[title_start:title_end], role=role, evidence_start=start,
                      evidence_end=end)
            for title_start, title_end, role, held, c in found + own[:1]]  # fmt: skip


@cache
def _preparing() -> re.Pattern[str]:
    """ "a copiloté la phase de préfiguration du", "ont mené les travaux de préfiguration",
    "avait auparavant copiloté, avec X, la phase de préparation du": a verb of [titles]
    prepared_verbs, then (past an apposition) a noun phrase ending with a noun of
    prepared_nouns; group ``of``: the "de" of its body, if any."""
    table = cue_tables()["titles"]
    verbs = "|".join(re.escape(stem) for stem in table["prepared_verbs"])
    nouns = "|".join(re.escape(noun) for noun in table["prepared_nouns"])
    return re.compile(
        r"\b(?:" + verbs + r")(?:é|ée|és|ées|e|ent|ait|aient|t|sait|saient)?\b"
        r"(?:\s*,[^,.;:]{1,60},)?\s+(?:la|les|sa|leur)\s+(?:[^\W\d_]+\s+){0,2}?"
        r"(?:de\s+|d['’]\s*)(?:la\s+|l['’]\s*)?(?:" + nouns + r")\b(?P<of>\s+" + OF + r"\s*)?",
        re.I,
    )


def prepared(
    body: str, span: tuple[int, int], earlier: list[Mention], named: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Il avait copiloté la phase de préfiguration du commissariat avec un autre préfet, X",
    "Avec X, il avait conduit la phase de préparation du commissariat", "Deux préfets ont mené
    les travaux de préfiguration : X et Y": the people of the sentence, and whom a pronoun opening
    it stands for (``named``), led the making of a body to be ([titles] prepared_role, see
    :func:`_preparing`): the one named after it, or the last one named before whose name opens
    with the common noun there ("du commissariat"); none for another noun ("du projet") nor with
    none ("les travaux de préfiguration": the body the text spoke of last may be another)."""
    start, end = span
    cue = _preparing().search(body, start, end)
    role = role_of_label(titles, cue_tables()["titles"]["prepared_role"]) if cue else ""
    if cue is None or not role:
        return []
    inside = [m for m in earlier if m.start >= start]
    held = _prepared_body(body, cue, inside, earlier)
    people = [reference(m) for m in inside if m.type == "person"]
    pronoun = PRONOUN.match(body, start, end)
    if pronoun is not None and len({reference(m) for m in named}) == 1:
        people.append(reference(named[0]))
    return [Statement(who, ORG + "memberOf", held, body[start:end], 0.55,
                      title=body[cue.start() : cue.end()].strip(), role=role,
                      evidence_start=start, evidence_end=end)
            for who in dict.fromkeys(people) if held]  # fmt: skip


def _prepared_body(
    body: str, cue: re.Match[str], inside: list[Mention], earlier: list[Mention]
) -> str:
    """The body whose making the words of ``cue`` speak of (see :func:`prepared`), "" for none."""
    if not cue.group("of"):
        return ""  # "les travaux de préfiguration": of what, the sentences before may not say
    named = next((b for b in inside if b.type == "organization" and b.start == cue.end()), None)
    if named is not None:
        return reference(named)
    noun = WORD.match(body, cue.end())
    last = _last_named(earlier, cue.start(), normalise(noun.group()) if noun else "")
    return reference(last) if last else ""


def _last_named(earlier: list[Mention], before: int, noun: str) -> Mention | None:
    """The last body named before ``before`` whose name opens with ``noun`` ("l'agence" for
    "Agence nationale ..."): the body a common noun stands for."""
    return next((b for b in reversed(earlier) if b.type == "organization" and b.end <= before
                 and first_word(b.label or b.text) == noun), None)  # fmt: skip


def subordinate(
    body: str, span: tuple[int, int], inside: list[Mention], named: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies, year: int | None,
) -> list[Statement]:  # fmt: skip
    """ "X a été élu président, alors qu'il était directeur général adjoint à Y": the titles
    after a copula in a subordinate clause whose pronoun is the sentence's subject (the
    person it opens with, or whom a pronoun opening it stands for: the one person
    ``named``)."""
    start, end = span
    people = [m for m in inside if m.type == "person"]
    if people and SUBJECT_OPENS.fullmatch(body, start, people[0].start):
        who = reference(people[0])
    elif PRONOUN.match(body, start, end) and len({reference(m) for m in named}) == 1:
        who = reference(named[0])
    else:
        return []
    bodies = [m for m in inside if m.type == "organization"]
    return [
        statement
        for clause in SUBORDINATE.finditer(body, start, end)
        for statement in _held_by(
            who, body, span, _predicated(body, (clause.end(), end), bodies, titles, titled, year)
        )
    ]


def fronted(
    body: str, span: tuple[int, int], inside: list[Mention], named: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies, year: int | None,
) -> list[Statement]:  # fmt: skip
    """ "Maire d'Annecy depuis 2007, il a été battu", "Ancienne directrice de l'ORIV, X
    ...": titles in an apposition that opens the sentence, before its subject (a name, or a
    pronoun standing for the one person ``named``), are that subject's."""
    start, end = span
    opening = FRONTED.match(body, start, end)
    if opening is None:
        return []
    people = [m for m in inside if m.type == "person"]
    pronoun = FRONTED_PRONOUN.search(body, opening.end(), end)
    named_first = next((p for p in people if re.search(r",\s*$", body[start : p.start])), None)
    if named_first and (pronoun is None or named_first.start < pronoun.start()):
        who, apposition_end = reference(named_first), body.rindex(",", start, named_first.start)
    elif (
        pronoun
        and len({reference(m) for m in named}) == 1
        and not any(p.start < pronoun.start() for p in people)
    ):
        who, apposition_end = reference(named[0]), pronoun.start()
    else:
        return []
    bodies = [m for m in inside if m.type == "organization"]
    listed = _listed(body, (opening.end(), apposition_end), bodies, titles, titled, year)
    return _held_by(who, body, span, listed)


def _held_by(
    who: str, body: str, span: tuple[int, int], found: list[tuple[int, int, str, str, float]]
) -> list[Statement]:
    """The memberships of ``who`` for titles read away from their name (:func:`_predicated`,
    :func:`_listed`: start, end, role, body, confidence), a little less sure than an apposition."""
    start, end = span
    return [
        Statement(who, ORG + "memberOf", held, body[start:end], c * 0.9,
                  title=body[title_start:title_end], role=role, evidence_start=start,
                  evidence_end=end)
        for title_start, title_end, role, held, c in found
    ]  # fmt: skip


def _verb_memberships(
    body: str, span: tuple[int, int], found: list[verbs.VerbTitle],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """The memberships of titles a verb gives (:mod:`.verbs`), those whose label names a role."""
    start, end = span
    return [Statement(reference(f.person), ORG + "memberOf", f.body, body[start:end],
                      f.confidence, title=f.printed, role=role_of_label(titles, f.label),
                      evidence_start=start, evidence_end=end)
            for f in found if role_of_label(titles, f.label)]  # fmt: skip


def one_per_body(body: str, mentions: list[Mention]) -> list[Mention]:
    """The bodies among ``mentions``, a name followed by its acronym in brackets ("L'École du
    renouvellement urbain (ERU)") counted once: the acronym, which the graph may know alone."""
    bodies = [m for m in mentions if m.type == "organization"]
    return [
        b
        for b in bodies
        if not any(re.fullmatch(r"\s*\(\s*", body[b.end : o.start]) for o in bodies)
    ]


def _predicated(
    body: str, span: tuple[int, int], bodies: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies, year: int | None,
) -> list[tuple[int, int, str, str, float]]:  # fmt: skip
    """(start, end, role, body IRI, confidence) of the titles that follow a person's name and a
    copula or a verb of appointment ("devient directeur général de l'ANCT", "a été élu
    président de l'ADCF", "est élue de Brest Métropole"): the first title, right there, and
    those listed with it (:func:`_listed`)."""
    position, limit = span
    # "Il se présentait comme directeur général délégué ...": a title after "comme" too; "il
    # enchaîne trois postes : ...": a list of posts after a colon.
    copula = (
        COPULA.match(body, position, limit)
        or AS_TITLE.match(body, position, limit)
        or _career().match(body, position, limit)
    )
    if copula is None:
        return []
    appointed = APPOINTED.match(body, copula.end(), limit)
    for at in ([appointed.end()] if appointed else []) + [copula.end()]:
        if any(
            title_start == at for title_start, _end, _role in _title_spans(body, at, limit, titles)
        ):
            return _listed(body, (at, limit), bodies, titles, titled, year)
    return []


@cache
def _career() -> re.Pattern[str]:
    """ "a occupé plusieurs postes : ", "enchaîne trois fonctions : ": a verb and up to three
    words, then a noun of posts (``cues.toml`` [titles] career_nouns) and a colon, right after
    a person's name or a pronoun: the list of that person's titles follows."""
    nouns = "|".join(phrase(text) for text in cue_tables()["titles"]["career_nouns"])
    return re.compile(
        r"\s+(?:[\w'’-]+\s+){1,4}?(?:" + nouns + r")(?:\s+[^\W\d_]+){0,2}\s*:\s*", re.I
    )


def _listed(
    body: str, span: tuple[int, int], bodies: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies, year: int | None,
) -> list[tuple[int, int, str, str, float]]:  # fmt: skip
    """The titles of a list that opens ``body[span]`` and names their bodies: "était directeur
    général délégué ... de l'ANCT et responsable de l'autorité de gestion du programme
    URBACT", a career ("il a été directeur de cabinet du préfet, secrétaire général de la
    préfecture du Gers, puis sous-préfet à Lyon"). A title whose body is not named is passed
    over, up to the end of its clause; the list ends at anything but a title."""
    at, limit = span
    found: list[tuple[int, int, str, str, float]] = []
    while True:
        held = _title_at(body, (at, limit), bodies, titles, titled, year)
        spans = [s for s in _title_spans(body, at, limit, titles)[:1] if s[0] == at]
        if held:
            found += held
            item_end = max(end for _start, end, *_rest in held)
        elif spans:
            clause = CLAUSE_END.search(body, spans[0][1], limit)
            item_end = clause.start() if clause else limit
        else:
            return found
        listed = NEXT_TITLE.match(body, item_end, limit)
        if listed is None:
            return found
        at = listed.end()


def _title_at(
    body: str, span: tuple[int, int], bodies: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies, year: int | None,
) -> list[tuple[int, int, str, str, float]]:  # fmt: skip
    """(start, end, role, body IRI, confidence) of the title that opens ``body[span]`` and names
    its body: a unit or commune by itself, else the name that follows, else the one body its
    office is held at (none or one)."""
    at, limit = span
    fused = [found for found in _self_named(body, (at, limit), bodies, titles, titled, year)
             if found[0] == at]  # fmt: skip
    named = [(title_start, organisation.end, role, reference(organisation), 0.7)
             for title_start, _end, role, organisation
             in _titled(body, at, limit, bodies, titles, apposed=False)
             if title_start == at]  # fmt: skip
    named += [(start, joined.end, role, reference(joined), c)
              for start, _end, role, _held, c in named[:1]
              if (joined := _and_body(body, at, named[0], bodies))]  # fmt: skip
    # "il devient préfet de la Sarthe": an office held at one body, which needs no name.
    alone = [(title_start, title_end, role, held, 0.6)
             for title_start, title_end, role in _title_spans(body, at, limit, titles)[:1]
             if title_start == at
             and (held := _held_alone(body, (title_end, limit), role, bodies, titled))]  # fmt: skip
    return fused[:1] or named[:2] or alone[:1]


def _self_named(
    body: str, span: tuple[int, int], bodies: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies, year: int | None,
) -> list[tuple[int, int, str, str, float]]:  # fmt: skip
    """(start, end, role, body IRI, confidence) of each title in the apposition
    ``body[span]`` that names its commune ("maire d'Annecy": the commune's authority in the
    article's ``year``, whatever the name "Annecy" links to) or its unit by itself (not where
    the name of a body follows: :func:`_titled` reads that one); a bare title just before a
    unit's ("commissaire général délégué, directeur de la ville ...") is at the unit's parent.
    None past a verb."""
    position, limit = span
    labels = {role: label for _pattern, role, label in titles}
    found: list[tuple[int, int, str, str, float]] = []
    bare: tuple[int, int, str] | None = None  # the last title that named no body
    for title_start, title_end, role in _title_spans(body, position, limit, titles):
        if BREAKERS.search(body, position, title_start):
            break
        commune = titled.commune(body, title_end, limit, year)
        # "directeur de cabinet du préfet de Vaucluse": at the prefecture of that département
        if commune is None and (prefecture := titled.prefecture(body, title_end, limit)):
            commune = (*prefecture, 0.6)
        # "directrice de Villes au Carré": a body whose name only opens like a commune's.
        if commune is not None and any(title_end <= b.start < commune[1] < b.end for b in bodies):
            commune = None
        if commune is not None:
            found.append((title_start, commune[1], role, commune[0], commune[2]))
            bare = None
            continue
        named = next((b for b in bodies if title_end <= b.start < title_end + 8), None)
        if named is not None and TITLE_LINK.fullmatch(body[title_end : named.start]):
            bare = None
            continue
        unit = titled.headed(body, title_end, limit, labels[role])
        if unit is None:
            bare = (title_start, title_end, role)
            continue
        # "délégué interministériel à la ville": the head of the Délégation, its director
        office = role_of_label(titles, unit[0].office) if unit[0].office else role
        found.append((title_start, unit[1], office or role, unit[0].iri, 0.7))
        if (
            bare is not None
            and unit[0].parent
            and re.fullmatch(r"\s*(?:,|et)\s*", body[bare[1] : title_start])
        ):
            found.append((bare[0], bare[1], bare[2], unit[0].parent, 0.6))
        bare = None
    return found


def _title_spans(
    body: str, position: int, limit: int, titles: list[tuple[re.Pattern[str], str, str]]
) -> list[tuple[int, int, str]]:
    """(start, end, role) of the titles in ``body[position:limit]``, in text order; the longest
    label wins an overlap ("vice-présidente" holds no "présidente")."""
    spans: list[tuple[int, int, str]] = []
    for pattern, role, _label in titles:  # longest label first
        for match in pattern.finditer(body, position, limit):
            if _elected_to().match(body, match.start()):
                continue
            if all(match.end() <= s or match.start() >= e for s, e, _ in spans):
                spans.append((match.start(), match.end(), role))
    return sorted(spans)


@cache
def _elected_to() -> re.Pattern[str]:
    """ "élu le 4 octobre 2017 à la présidence de l'AdCF", "élue en janvier à la tête de la
    commune": the participle of an election to an office (``cues.toml`` [titles] role_nouns,
    elected_to), which that office's reading gives; not the title of an elected official."""
    nouns = "|".join([_office_nouns(), *cue_tables()["titles"]["elected_to"]])
    return re.compile(
        r"élue?s?(?:" + WHEN_APPOINTED + r"){0,2}\s+(?:à\s+(?:la|sa)|au)\s+(?:" + nouns + r")\b",
        re.I,
    )


def _respectively(
    body: str, start: int, end: int, people: list[Mention], bodies: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "X et Y, respectivement président et directrice de Z": the titles in the order of the
    people; a title without a body of its own takes the last one's."""
    statements = []
    for person in people:
        match = RESPECTIVELY.match(body, person.end)
        if match is None:
            continue
        named = [m for m in listed_before(body, person, people) if m.type == "person"]
        clause_end = min([p.start for p in people if p.start > match.end()] + [end])
        spans = _title_spans(body, match.end(), clause_end, titles)
        if len(spans) != len(named):
            continue
        owners = []
        for index, (_start, title_end, _role) in enumerate(spans):
            limit = spans[index + 1][0] if index + 1 < len(spans) else clause_end
            owners.append(next((b for b in bodies if title_end <= b.start < limit
                                and TITLE_LINK.fullmatch(body[title_end : b.start])), None))  # fmt: skip
        last = owners[-1]
        if last is None:
            continue
        for who, (title_start, title_end, role), owner in zip(named, spans, owners, strict=True):
            organisation = owner or last
            printed = body[title_start : owner.end] if owner else body[title_start:title_end]
            statements.append(Statement(reference(who), ORG + "memberOf", reference(organisation),
                                        body[start:end], 0.7, title=printed, role=role,
                                        evidence_start=start, evidence_end=end))  # fmt: skip
    return statements


def role_of_label(titles: list[tuple[re.Pattern[str], str, str]], label: str) -> str:
    """The role whose French label is ``label`` ("" if the vocabulary has none)."""
    return next((role for _pattern, role, text in titles if text == label), "")


# A line of a career or of a record, its head before a colon (or a spaced dash): "- juin 2018 :
# commissaire général adjoint du CGET", "2004-2009 – sous-préfet à Lyon", "• Raphaël Le
# Méhauté : préfet ; commissaire général délégué".
POST_LINE = re.compile(ITEM_OPENS.pattern + r"(?P<head>[^:\n]{1,70}?)\s*(?::|\s[–—]\s)\s*")
# A head that is a time and nothing else: a year or a month, with the words of a period around
# them ("2004-2009", "De 2015 à 2019", "du lundi 31 janvier 2022 à juin 2025", "Depuis 2021",
# "Fin 2017", "juin 2018").
PERIOD = re.compile(
    r"(?:(?:(?:de|du|depuis|dès|en|à|au|jusqu['’]en|fin|début|mi|courant|et|1er|\d{1,4}|"
    + "|".join(MONTHS)
    + r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|[-–/,])\s*)+",
    re.I,
)
# What makes a head a time: a year or a month.
DATED = re.compile(r"\b(?:(?:19|20)\d{2}|" + "|".join(MONTHS) + r")\b", re.I)
# A record line's items: "préfet ; co-pilote de la préfiguration ; commissaire général".
ITEM_SEPARATOR = re.compile(r"\s*;\s*")
# What may follow a bare title to the end of a record's item: a time, a year in brackets.
BARE_ITEM_ENDS = re.compile(SINCE + r"\s*(?:\([^()\n]{0,40}\))?\s*[.;,]?\s*$", re.I)


# An interview's heading names the interviewee within the text's first lines.
INTERVIEW_LINES = 6


@cache
def _interview() -> re.Pattern[str]:
    """The words of an interview's heading right before the interviewee's name (``cues.toml``
    [titles] interview: "Quatre questions à ", "Entretien avec "), opening its line, a word
    ("Quatre") or a topic and a colon ("Culture : entretien avec ") before them at most: not a
    sentence of minutes ("Les habitants ont posé leurs questions à X")."""
    cues = "|".join(phrase(text) for text in cue_tables()["titles"]["interview"])
    return re.compile(
        r"\n?[^\S\n]*(?:[^\n:]{1,60}:[^\S\n]*)?(?:[^\W\d_]+[^\S\n]+)?(?:" + cues + r")\s+$",
        re.I,
    )


def interviewee(body: str, linked: list[Mention]) -> Mention | None:
    """Whom "je" stands for in an interview's answers: the person its heading names, in the
    text's first lines, right after "questions à" or "entretien avec" ("Quatre questions à
    François-Antoine Mariani"); None in a text that is no interview.

    >>> body = "ENTRETIEN\\n\\nTrois questions à Cécile Dublanche\\n\\nJe suis directrice."
    >>> interviewee(body, [Mention("Cécile Dublanche", 29, 45, "person")]).text
    'Cécile Dublanche'
    """
    return next((m for m in linked if m.type == "person"
                 and body.count("\n", 0, m.start) <= INTERVIEW_LINES
                 and _interview().match(body, max(0, body.rfind("\n", 0, m.start)), m.start)),
                None)  # fmt: skip


def page_body(body: str, linked: list[Mention]) -> str:
    """The body a page is about, as a record or a centre's page opens: the one body named by
    the first of its first three lines that names any ("Forme autorisée du nom : ..." then
    "Sigle : CGET"; "Pays et Quartiers de Nouvelle-Aquitaine (PQN-A) est un centre de
    ressources ..."); "" when that line names several, unless it opens with one that it says
    what it is ("Maoré Ouvoimoja, c'est le Centre de ressources ... de Mayotte")."""
    lines = islice(re.finditer(r"[^\n]*\S[^\n]*", body), 3)  # not every line of the text
    for line in lines:
        bodies = [
            m for m in linked if m.type == "organization" and line.start() <= m.start < line.end()
        ]
        held = {reference(m) for m in one_per_body(body, bodies)}
        if len(held) > 1 and SENTENCE_OPENS.search(body, max(0, line.start() - 1), bodies[0].start):
            held = {reference(bodies[0])} if DEFINED_AS.match(body, bodies[0].end) else held
        if held:
            return held.pop() if len(held) == 1 else ""
    return ""


def opening_body(body: str, linked: list[Mention]) -> str:
    """The one body the first sentence naming any names ("" for several): who "notre" is in a
    text that names no page's body, as it opens with what it is about ("Mardi, l'assemblée
    générale de Villes au Carré [...] : notre directrice-fondatrice, X, ...")."""
    for match in re.finditer(r"[^.!?\n]+", body):
        named = [m for m in linked if m.type == "organization"
                 and match.start() <= m.start < match.end()]  # fmt: skip
        if named:
            held = {reference(m) for m in one_per_body(body, named)}
            return held.pop() if len(held) == 1 else ""
    return ""


def _list_heading(body: str, start: int, earlier: list[Mention]) -> list[Mention]:
    """The bodies named on the line that heads the list the line ``start`` is an item of (the
    first line above it that opens with no item's dash and no head before a colon: "L'équipe
    du CGET :", "Personnes liées"), within ten lines."""
    line = body.rfind("\n", 0, start) + 1
    for _ in range(10):
        if line == 0:
            return []
        above = body.rfind("\n", 0, line - 1) + 1
        text = body[above : line - 1]
        if not text.strip():
            return []
        item = POST_LINE.match(text)
        if not re.match(r"\s*" + ITEM_MARK, text) and not (item and text[item.end() :].strip()):
            return [m for m in earlier if m.type == "organization" and above <= m.start < line]
        line = above
    return []


def listed_posts(
    body: str, span: tuple[int, int], earlier: list[Mention], named: list[Mention],
    page: str, titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies,
    year: int | None,
) -> list[Statement]:  # fmt: skip
    """One person's posts, a line each, as a biography or a record prints them: a line that
    opens with a time and a colon, its titles the person's the passage is about (the one person
    ``named``: "Biographie de X" then "- juin 2018 : commissaire général adjoint du CGET",
    "2004-2009 : directeur de cabinet du préfet de Vaucluse, sous-préfet à Lyon"), or with the
    person and a colon ("- Raphaël Le Méhauté : préfet ; commissaire général délégué (2014)").
    Each item after the colon (up to a semicolon) is a title and its body (:func:`_listed`), or
    needs none ("préfet": the State); on a person's line, a title printed alone in its item is
    at the body the list's heading names, else the one the page is about (``page``:
    :func:`page_body`). A biography's bare title goes nowhere: the page is about a person.
    ``earlier``: the mentions up to the sentence's end."""
    start, end = span
    if start and body[start - 1] != "\n":
        return []
    line = POST_LINE.match(body, start, end)
    if line is None:
        return []
    head = line["head"]
    inside = [m for m in earlier if m.start >= start]
    opener = next((m for m in inside if m.type == "person" and m.start == line.start("head")), None)
    if opener is not None and not head[opener.end - opener.start :].strip():
        who = reference(opener)
        heading = {reference(m) for m in one_per_body(body, _list_heading(body, start, earlier))}
        owner = heading.pop() if len(heading) == 1 else page
    elif PERIOD.fullmatch(head) and DATED.search(head) and len({reference(m) for m in named}) == 1:
        who, owner = reference(named[0]), ""
    else:
        return []
    bodies = [m for m in inside if m.type == "organization"]
    found: list[tuple[int, int, str, str, float]] = []
    at = line.end()
    while at < end:
        separator = ITEM_SEPARATOR.search(body, at, end)
        item_end = separator.start() if separator else end
        listed = _listed(body, (at, item_end), bodies, titles, titled, year)
        found += listed
        spans = [s for s in _title_spans(body, at, item_end, titles)[:1] if s[0] == at]
        if owner and spans and not listed and BARE_ITEM_ENDS.match(body, spans[0][1], item_end):
            found.append((spans[0][0], spans[0][1], spans[0][2], owner, 0.6))
        at = separator.end() if separator else end
    return _held_by(who, body, span, found)


# A line that heads a list of people: it ends with a colon ("Le bureau de Profession Banlieue :",
# "Pour l'ERU :", "L'équipe de RésO Villes :", "Composition du conseil d'administration :").
HEADING_LINE = re.compile(r"[^\n]*\S[ \t]*:[ \t]*$")


def _people_heading(body: str, start: int, earlier: list[Mention]) -> tuple[int, int] | None:
    """(start, end) of the line ending with a colon that heads the list the line ``start``
    opens is an item of: the lines between open with a dash or a bullet or a person's name
    (``earlier``: the mentions up to here); None past a blank line or another line."""
    line = start
    people = {m.start for m in earlier if m.type == "person"}
    for _ in range(15):
        if line == 0:
            return None
        above = body.rfind("\n", 0, line - 1) + 1
        text = body[above : line - 1]
        if HEADING_LINE.fullmatch(text):
            return above, line - 1
        opens = ITEM_OPENS.match(body, above)
        at = opens.end() if opens else above
        if not text.strip() or not (re.match(ITEM_MARK, text.lstrip()) or at in people):
            return None
        line = above
    return None


@cache
def _staff_noun() -> re.Pattern[str]:
    """A noun of a body's staff (``cues.toml`` [titles] staff_nouns: "équipe", "salariés")."""
    staff = "|".join(map(re.escape, cue_tables()["titles"]["staff_nouns"]))
    return re.compile(r"\b(?:" + staff + r")\b", re.I)


def headed_people(
    body: str, span: tuple[int, int], earlier: list[Mention], owners: tuple[str, list[Mention]],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """A heading line over lines of people, one a line: "Le bureau de Profession Banlieue :"
    then "- Sylvie Hautière, vice-présidente ;", "Pour l'ERU :" then "- Franck Martin, directeur
    général". The person a line opens with holds its bare title (:func:`_item_title`) at the
    one body the heading names; with no title on the line and no other body, they are its
    member (``cues.toml`` [titles] parenthesis_role). A heading that names no body but a
    board or a team ("Le bureau :", "L'équipe du centre :") is the body the text speaks of
    (``owners``: the page's body, the bodies of the last sentence naming any). None under a
    heading naming a person, or several bodies."""
    start, end = span
    opens = ITEM_OPENS.match(body, start, end)
    at = opens.end() if opens else start
    person = next((m for m in earlier if m.type == "person" and m.start == at), None)
    heading = _people_heading(body, start, earlier) if person else None
    if heading is None or person is None:
        return []
    named = [m for m in earlier if heading[0] <= m.start < heading[1]]
    held = {reference(m) for m in one_per_body(body, named)}
    if any(m.type == "person" for m in named) or len(held) > 1:
        return []
    page, bodied = owners
    if held:
        owner = held.pop()
    elif boards.ORGAN_NAMED.search(body, *heading) or _staff_noun().search(body, *heading):
        owner = _spoken_of(body, bodied) or page
    else:
        return []
    inside = [m for m in earlier if start <= m.start < end]
    found = [(t_start, t_end, role) for t_start, t_end, role in
             _item_title(body, (at, end), person, titles)]  # fmt: skip
    if not found and not _title_spans(body, start, end, titles):
        if any(m.type == "organization" for m in inside):
            return []
        role = role_of_label(titles, load_cues().parenthesis_role)
        found = [(person.start, person.end, role)] if role else []
    return [Statement(reference(person), ORG + "memberOf", owner, body[start:end], 0.55,
                      title=body[t_start:t_end], role=role, evidence_start=start,
                      evidence_end=end)
            for t_start, t_end, role in found]  # fmt: skip


@cache
def _record_field(kind: str) -> re.Pattern[str]:
    """A line of a record's field of ``kind`` ("person", "title", "body": ``cues.toml``
    [titles] record_person...), up to its colon and the value's start: "Fonction : "."""
    labels = sorted(cue_tables()["titles"]["record_" + kind], key=len, reverse=True)
    return re.compile(
        ITEM_OPENS.pattern + r"(?:" + "|".join(map(re.escape, labels)) + r")\s*:\s*", re.I
    )


def _record_block(body: str, start: int) -> tuple[int, int]:
    """(start, end) of the block of lines around ``start``: up to the blank lines, eight lines
    each way at most."""
    block_start = block_end = start
    for _ in range(8):
        above = body.rfind("\n", 0, max(0, block_start - 1)) + 1
        if block_start == 0 or not body[above : block_start - 1].strip():
            break
        block_start = above
    for _ in range(8):
        below = body.find("\n", block_end)
        line_end = body.find("\n", below + 1) if below >= 0 else -1
        if below < 0 or not body[below + 1 : line_end if line_end >= 0 else len(body)].strip():
            break
        block_end = below + 1
    line_end = body.find("\n", block_end)
    return block_start, line_end if line_end >= 0 else len(body)


def record_fields(
    body: str, span: tuple[int, int], linked: list[Mention], page: str,
    titles: list[tuple[re.Pattern[str], str, str]], titled: TitledBodies, year: int | None,
) -> list[Statement]:  # fmt: skip
    """A record's fields, one a line ("Nom : Céline Gipoulon" / "Fonction : directrice adjointe"
    / "Organisme : École du renouvellement urbain (ERU)"): on a title's field, the one person a
    person's field of its block names holds each title of it at its own body (:func:`_listed`),
    else at the one body a body's field names, else at the page's (``page``); ``linked``: every
    mention of the text, the fields in any order."""
    start, end = span
    field = _record_field("title").match(body, start, end)
    if field is None or (start and body[start - 1] != "\n"):
        return []
    block = _record_block(body, start)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body[: block[1]])
             if m.start() >= block[0]]  # fmt: skip

    def named(kind: str, type_: str) -> set[str]:
        """The entities of ``type_`` the block's fields of ``kind`` name, where their values
        start."""
        found = set()
        for line_start, line_end in lines:
            value = _record_field(kind).match(body, line_start, line_end)
            if value is not None:
                found |= {reference(m) for m in linked if m.type == type_
                          and m.start == value.end() and m.end <= line_end}  # fmt: skip
        return found

    people, bodies = named("person", "person"), named("body", "organization")
    if len(people) != 1 or len(bodies) > 1:
        return []
    owner = bodies.pop() if bodies else page
    inside = [m for m in linked if start <= m.start < end and m.type == "organization"]
    held = _listed(body, (field.end(), end), inside, titles, titled, year)
    spans = [s for s in _title_spans(body, field.end(), end, titles)[:1] if s[0] == field.end()]
    if not held and spans and owner and BARE_ITEM_ENDS.match(body, spans[0][1], end):
        held = [(spans[0][0], spans[0][1], spans[0][2], owner, 0.6)]
    return _held_by(people.pop(), body, span, held)


def intercommunal(
    statements: list[Statement], mentions: list[Mention],
    titles: list[tuple[re.Pattern[str], str, str]],
) -> list[Statement]:  # fmt: skip
    """ "Jean-Luc Rigaut, président du Grand Annecy": a president of a body whose name (the
    graph's, else as printed) holds a word of an intercommunal body ([titles]
    intercommunal_names) holds the role data/ gives such a president ([titles]
    intercommunal_role), whatever rule read the title."""
    settings = cue_tables()["titles"]
    plain, specific = (role_of_label(titles, label) for label in settings["intercommunal_role"])
    words = {normalise(word) for word in settings["intercommunal_names"]}
    names = {reference(m): m.label or m.text for m in mentions if m.type == "organization"}

    def at_an_intercommunal_body(statement: Statement) -> bool:
        name = names.get(statement.object, statement.object.removeprefix("NEW:"))
        return bool(specific) and bool(words & set(normalise(name).split()))

    return [
        replace(s, role=specific) if s.role == plain and at_an_intercommunal_body(s) else s
        for s in statements
    ]
