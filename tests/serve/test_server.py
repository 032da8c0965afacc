"""``crpv-graph serve`` as researchers use it: a real server process on a real port.

What a real process shows and the in-process app (``test_app.py``) cannot: SPARQLWrapper, as the
README tells researchers to use it, against a real port; a monitor's view of ``/health``; and a
runaway query stopped at the time limit while others are answered. The server runs with a 2 s
timeout and a 500-row cap (see the ``served`` fixture).
"""

from __future__ import annotations

import csv
import io
import threading
import time
from pathlib import Path
from xml.dom.minidom import Document

import httpx
import rdflib
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from crpv_graph.query import formats, run
from crpv_graph.query.remote import USER_AGENT
from crpv_graph.store import dataset
from tests.helpers import CENTRE_COUNT, ServedEndpoint, count_centres, descendants

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def researcher(served: ServedEndpoint, query: str, fmt: str) -> SPARQLWrapper:
    """SPARQLWrapper set up as the README tells researchers to."""
    wrapper = SPARQLWrapper(served.sparql, agent=USER_AGENT)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    return wrapper


# --- SPARQLWrapper, as a researcher would use it -------------------------------------------


def test_sparqlwrapper_select_as_json(served: ServedEndpoint) -> None:
    result = researcher(served, CENTRE_COUNT, JSON).queryAndConvert()
    assert isinstance(result, dict)
    assert result["head"]["vars"] == ["n"]
    assert result["results"]["bindings"][0]["n"]["value"] == "21"


def test_sparqlwrapper_select_as_xml(served: ServedEndpoint) -> None:
    document = researcher(served, CENTRE_COUNT, XML).queryAndConvert()
    assert isinstance(document, Document)
    literals = document.getElementsByTagName("literal")
    assert [node.childNodes[0].nodeValue for node in literals] == ["21"]


def test_sparqlwrapper_select_as_csv(served: ServedEndpoint) -> None:
    query = "SELECT ?code WHERE { reg:44 crpv:inseeCode ?code }"
    data = researcher(served, query, CSV).queryAndConvert()
    assert isinstance(data, bytes)
    assert list(csv.reader(io.StringIO(data.decode()))) == [["code"], ["44"]]


def test_sparqlwrapper_ask(served: ServedEndpoint) -> None:
    yes = researcher(served, "ASK { o:cget crpv:predecessorOf o:anct }", JSON).queryAndConvert()
    no = researcher(served, "ASK { o:anct crpv:predecessorOf o:cget }", JSON).queryAndConvert()
    assert isinstance(yes, dict) and isinstance(no, dict)
    assert (yes["boolean"], no["boolean"]) == (True, False)


def test_sparqlwrapper_construct_as_turtle_matches_the_embedded_store(
    served: ServedEndpoint, real_dataset: dataset.LoadedDataset
) -> None:
    query = "CONSTRUCT { o:oriv ?p ?o } WHERE { o:oriv ?p ?o }"
    data = researcher(served, query, TURTLE).queryAndConvert()
    assert isinstance(data, bytes)
    served_graph = rdflib.Graph().parse(data=data, format="turtle")
    local = formats.serialize_result(run(real_dataset.store, query), "ntriples")
    local_graph = rdflib.Graph().parse(data=local, format="nt")
    assert len(served_graph) > 10
    assert isomorphic(served_graph, local_graph)


# --- Time limit and health --------------------------------------------------------------------


def a_worker_is_running(server: int) -> bool:
    """Whether a process below the server is on the CPU (state R): a worker answering a query."""
    for pid in descendants(server):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except FileNotFoundError:  # a process that ended meanwhile
            continue
        if stat.rsplit(")", 1)[1].split()[0] == "R":
            return True
    return False


def test_a_runaway_query_answers_503_and_others_are_served_meanwhile(
    served: ServedEndpoint,
) -> None:
    outcome: dict[str, float | int] = {}

    def runaway() -> None:
        start = time.monotonic()
        answer = httpx.post(served.sparql, data={"query": RUNAWAY}, timeout=60)
        outcome["status"] = answer.status_code
        outcome["seconds"] = time.monotonic() - start
        outcome["timed_out"] = answer.headers.get("x-query-timed-out") == "true"
        outcome["finished"] = time.monotonic()

    thread = threading.Thread(target=runaway)
    thread.start()
    deadline = time.monotonic() + 30
    while not a_worker_is_running(served.pid):  # the runaway is in a worker now
        assert time.monotonic() < deadline, "no worker took the runaway query"
        time.sleep(0.01)
    quick = count_centres(served)
    quick_done = time.monotonic()
    thread.join()
    assert quick.text.splitlines() == ["n", "21"]
    assert quick_done < outcome["finished"], "the quick query waited for the runaway one"
    assert outcome["status"] == 503 and outcome["timed_out"]
    assert outcome["seconds"] <= served.timeout + 2


def test_health_runs_a_real_query(served: ServedEndpoint) -> None:
    answer = httpx.get(served.base + "/health")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"
