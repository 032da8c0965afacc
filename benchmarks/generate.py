"""A seeded generator of synthetic datasets with the real dataset's shape.

One TriG file per source document, each with its ``crpvg:sources`` description and its named
graph: centres covering regions, bodies merged into others, people holding dated roles, events
with sub-events, participants, hosts and speakers, partnership offers. About 150 triples a
source, like a well-described news item. The same seed gives the same files.

    python benchmarks/generate.py --triples 100000 --out /tmp/synthetic-100k

Besides the TriG files, ``params.json`` holds a parameter value for every named query (an IRI
or year that exists in the generated data), and ``ontology/`` is the project's.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://w3id.org/crpv/id/"
TRIPLES_PER_SOURCE = 130
PREFIXES = """@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix o: <https://w3id.org/crpv/id/organization/> .
@prefix p: <https://w3id.org/crpv/id/person/> .
@prefix ev: <https://w3id.org/crpv/id/event/> .
@prefix m: <https://w3id.org/crpv/id/membership/> .
@prefix chg: <https://w3id.org/crpv/id/change/> .
@prefix reg: <https://w3id.org/crpv/id/region/> .
@prefix role: <https://w3id.org/crpv/id/role/> .
@prefix theme: <https://w3id.org/crpv/id/theme/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
REGIONS = ["01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75",
           "76", "84", "93", "94"]  # fmt: skip
ROLES = ["president", "director", "director-general", "vice-president", "member"]
THEMES = ["contrats-de-ville", "participation-citoyenne", "outre-mer", "cites-educatives",
          "intelligence-collective", "structuration-du-reseau"]  # fmt: skip
KINDS = ["crpv:NationalAgency", "crpv:Association", "crpv:LocalAuthority", "org:FormalOrganization"]


def generate(triples: int, out: Path, seed: int = 7) -> dict[str, object]:
    """Write about ``triples`` triples of synthetic sources into ``out/data``; return params."""
    rng = random.Random(seed)
    sources = max(4, triples // TRIPLES_PER_SOURCE)
    scale = max(1, sources // 40)
    centres = [f"centre-{i}" for i in range(20 * scale)]
    bodies = [f"body-{i}" for i in range(60 * scale)]
    people = [f"person-{i}" for i in range(400 * scale)]
    data = out / "data"
    if out.exists():
        shutil.rmtree(out)
    data.mkdir(parents=True)
    shutil.copytree(ROOT / "ontology", out / "ontology")
    shutil.copy(ROOT / "data" / "insee.fr--cog.trig", data / "insee.fr--cog.trig")
    events: list[tuple[str, int]] = []
    merged: list[tuple[str, str, int]] = []
    for index in range(sources):
        year = 2005 + index * 20 // sources
        url = f"https://example.org/source/{index}"
        lines = [PREFIXES, "crpvg:sources {",
                 f"  <{url}> a crpv:SourceDocument ; rdfs:label \"Source {index}\"@fr ;",
                 f"    dcterms:issued \"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\"^^xsd:date ;",
                 '    dcterms:language "fr" .', "}", f"<{url}> {{"]  # fmt: skip
        body = lines.append
        centre = rng.choice(centres)
        body(f'  o:{centre} a crpv:ResourceCentre ; rdfs:label "Centre {centre[7:]}"@fr ;')
        body(f"    crpv:coversTerritory reg:{REGIONS[int(centre[7:]) % len(REGIONS)]} ;")
        body(f'    schema:foundingDate "{1990 + int(centre[7:]) % 25}"^^xsd:gYear .')
        event = f"{year}-event-{index}"
        events.append((event, year))
        month = rng.randint(1, 12)
        body(f'  ev:{event} a crpv:NationalMeeting ; rdfs:label "Rencontre {index} ({year})"@fr ;')
        body(
            f'    schema:startDate "{year}-{month:02d}-10"^^xsd:date ; schema:endDate "{year}-{month:02d}-11"^^xsd:date ;'
        )
        body(f"    schema:organizer o:{centre} ; schema:about theme:{rng.choice(THEMES)} ;")
        body(f"    schema:location <https://w3id.org/crpv/id/place/city-{rng.randint(0, 40)}> .")
        body(
            f'  <https://w3id.org/crpv/id/place/city-{index % 41}> a crpv:City ; rdfs:label "Ville {index % 41}"@fr .'
        )
        for sub in range(3):
            body(
                f'  ev:{event}-part-{sub} a crpv:RoundTable ; rdfs:label "Table ronde {index}.{sub}"@fr ;'
            )
            body(f"    schema:superEvent ev:{event} ; schema:about theme:{rng.choice(THEMES)} ;")
            attendees = " , ".join(f"o:{b}" for b in rng.sample(bodies, 3))
            body(f"    schema:attendee {attendees} .")
            speaker = rng.choice(people)
            body(
                f'  p:{speaker} a foaf:Person ; foaf:name "Personne {speaker[7:]}" ; rdfs:label "Personne {speaker[7:]}" .'
            )
            body(f"  p:{speaker} crpv:speaksAt ev:{event}-part-{sub} .")
        for participant in rng.sample(bodies, 6):
            kind = KINDS[int(participant[5:]) % len(KINDS)]
            body(f'  o:{participant} a {kind} ; rdfs:label "Organisme {participant[5:]}"@fr ;')
            body(f'    skos:altLabel "ORG{participant[5:]}"@fr .')
            body(f"  ev:{event} schema:attendee o:{participant} .")
        body(f"  o:{rng.choice(bodies)} crpv:hosts ev:{event} .")
        body(f"  o:{rng.choice(bodies)} crpv:facilitates ev:{event} .")
        body(f"  o:{rng.choice(bodies)} crpv:proposesPartnershipTo o:reseau-national-crpv .")
        body('  o:reseau-national-crpv a crpv:NationalNetwork ; rdfs:label "Réseau national"@fr .')
        body(f"  o:reseau-national-crpv crpv:invites ev:{event} .")
        for membership in range(4):
            person = rng.choice(people)
            role = rng.choice(ROLES)
            begin = year - rng.randint(0, 6)
            iri = f"m:{person}--{centre}--{role}-{index}-{membership}"
            body(
                f'  p:{person} a foaf:Person ; foaf:name "Personne {person[7:]}" ; rdfs:label "Personne {person[7:]}" .'
            )
            body(
                f'  {iri} a org:Membership ; rdfs:label "{role} {person}"@fr ; org:member p:{person} ; org:organization o:{centre} ;'
            )
            body(f'    org:role role:{role} ; crpv:statedTitle "{role}"@fr ;')
            body(
                f'    org:memberDuring [ a time:Interval ; time:hasBeginning [ a time:Instant ; time:inXSDgYear "{begin}"^^xsd:gYear ] ;'
            )
            body(
                f'      time:hasEnd [ a time:Instant ; time:inXSDgYear "{begin + rng.randint(1, 6)}"^^xsd:gYear ] ] .'
            )
        if index % 10 == 0:
            before, after = rng.sample(bodies, 2)
            merged.append((before, after, year))
            body(
                f'  chg:change-{index} a org:ChangeEvent ; rdfs:label "Fusion {index}"@fr ; dcterms:date "{year}-01-01"^^xsd:date ;'
            )
            body(f"    org:originalOrganization o:{before} ; org:resultingOrganization o:{after} .")
            body(f"  o:{before} crpv:animatesNetwork o:reseau-national-crpv .")
        lines.append("}")
        (data / f"example.org--source-{index:06d}.trig").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
    event, event_year = events[len(events) // 2]
    later = max(year for _, year in events)
    before, after, merge_year = merged[0] if merged else (bodies[0], bodies[1], 2010)
    params: dict[str, object] = {
        "absorbed-bodies": {"body": f"o:{after}"},
        "centre-state-services": {"centre": f"o:{centres[0]}"},
        "centres": {"centre": f"o:{centres[0]}"},
        "centres-by-territory": {"region": "reg:44"},
        "co-participation": {"year": str(event_year)},
        "changes-between": {"first": str(event_year - 2), "second": str(event_year)},
        "describe": {"resource": f"o:{centres[0]}"},
        "event-participants": {"event": f"ev:{event}"},
        "event-subevents": {"event": f"ev:{event}"},
        "labels": {"resource": f"o:{centres[0]}"},
        "leadership": {"centre": f"o:{centres[0]}"},
        "network-animator": {"year": str(merge_year)},
        "partners-in-common": {"first": str(event_year), "second": str(later)},
        "statement-sources": {"subject": f"o:{centres[0]}"},
        "sub-event-themes": {"year": str(event_year)},
        "successions": {"body": f"o:{before}"},
        "took-part": {"body": f"o:{bodies[0]}", "event": f"ev:{event}"},
    }
    (out / "params.json").write_text(json.dumps(params, indent=1), encoding="utf-8")
    return params


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=10_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    generate(arguments.triples, arguments.out, arguments.seed)
    print(arguments.out)


if __name__ == "__main__":
    main()
