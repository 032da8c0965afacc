"""The dictionary's explanations, written once for the Markdown file and the HTML pages.

Messages of the ``dictionary`` catalog (``N_`` marks them; the page translates them in the
reader's language, the Markdown file reads them in English). Each takes its numbers and names
as ``%(name)s`` fields, so that what they say is what the data says at every build.
"""

from __future__ import annotations

from crpv_graph.i18n.shared import N_

TITLE = N_("Data dictionary")
INTRO = N_(
    "Every class and property the data uses: what it means, in French and English, how the data "
    "uses it, and for each class an example query that runs. Generated from the ontology, the "
    "SHACL shapes and the compiled dataset: %(classes)s classes and %(properties)s properties."
)
UNION = N_(
    "The dataset is one named graph per source document, a graph describing the sources, the "
    "ontology's graph, and the inferred graph that the build's rules fill. Queries read the "
    "union of these graphs as their default graph, where a statement several sources make is "
    "there once. The sources' graphs and the graph describing them make %(stated)s statements (a "
    "statement two sources make counts twice); the union holds %(statements)s distinct "
    "statements (the ontology's left out), %(inferred)s of which only the inferred graph makes. "
    "A count over the union counts facts, not sources; to count what each source says, name "
    "its graph (GRAPH ?source { ... })."
)
RULES = N_(
    "The rules run when the dataset is compiled, in the order of their names, each over the "
    "union and what the earlier ones derived; what they derive goes to the inferred graph. A "
    "property they write has more statements in the union than the sources give, and a class "
    "they type has more instances: some properties, such as crpv:tookPartIn, exist only there."
)
RULES_DESCRIBED = N_(
    "Besides what the rules derive, the inferred graph describes the rules themselves (PROV-O): "
    "%(statements)s statements."
)
WORKED_QUESTION = N_(
    "Which centres took part in the most national meetings? Counting, for each centre, the "
    "national meetings of the CRPVs (crpv:NationalMeeting) it took part in gives %(centre)s "
    "%(meetings)s. The event network (crpv-graph network --kind event) gives %(centre)s "
    "%(events)s: it counts every top-level event, that is every event (schema:Event) that is not "
    "part of another, national meeting or not."
)
WORKED_WHY = N_(
    "Both read crpv:tookPartIn, which the rule 40-participation derives from every role "
    "(organiser, participant, host, speaker...) held at an event or at one of its parts: a query "
    "on the sources' graphs alone finds none, and a centre that spoke at a round table took part "
    "in its meeting. Both count distinct events, so several roles or several parts of one event "
    "count once. The national meetings question keeps the events of the class "
    "crpv:NationalMeeting; the event network keeps the events that are part of no other, "
    "whatever their class. The difference is the events below, which only the network counts."
)
