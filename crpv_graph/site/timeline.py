"""Timelines: the national meetings on the home page, an entity's roles and events on its page.

A timeline is a list of :class:`Item` s, each dated at the precision its source gives: a date
known to the year is drawn as that whole year, to the month as that month, to the day as a point;
a role with a beginning and an end is drawn from one to the other. The macro
``templates/macros/timeline.html`` writes the items twice: as JSON for ``static/timeline.js``,
which draws them with vis-timeline (vendored), and as an ordered list in words ("14 juin 2018 —
2e rencontre nationale"), which is what screen readers, keyboards and pages without JavaScript
read. Items no source dates are listed ("date non renseignée") but not drawn.

>>> items = timeline_items([{"iri": "e", "label": "Rencontre", "at": "2018-06-14"},
...                         {"iri": "f", "label": "Assemblée", "at": "2017"},
...                         {"iri": "g", "label": "Réunion"}], "fr", lambda iri: iri + ".html")
>>> [(i.when, i.label, i.start, i.end) for i in items]  # doctest: +NORMALIZE_WHITESPACE
[('2017', 'Assemblée', '2017-01-01', '2018-01-01'),
 ('14 juin 2018', 'Rencontre', '2018-06-14', None),
 ('date non renseignée', 'Réunion', None, None)]
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from babel.dates import format_date as babel_format_date

from crpv_graph.i18n import gettext
from crpv_graph.query import Target, execute, load_queries, resolve_query, term_text, text_rows
from crpv_graph.site.regionmap import queries_dir
from crpv_graph.site.views import date_text

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
#: The shortest period drawn as a range, in days (a month); shorter ones are points.
SHORTEST_RANGE = 28
_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Item:
    """One thing on a timeline: what it is, when as a reader reads it, and what is drawn."""

    label: str
    #: The date or period in words, at the source's precision ("juin 2018", "2014 – 2016").
    when: str
    #: The first day drawn (ISO), or ``None``: the item is undated and only listed.
    start: str | None
    #: The day after the last one drawn, for a period; ``None`` for a point.
    end: str | None
    #: The page the item leads to, if it has one.
    href: str | None

    @property
    def vis(self) -> dict[str, Any]:
        """The item as ``static/timeline.js`` reads it (a vis-timeline item, its content text).

        A period of a few days (a two-day meeting) is drawn as a point where it starts: on an
        axis of years it would be a sliver too narrow for its name.

        >>> Item("x", "", "2018-06-14", "2018-06-16", None).vis["type"]
        'point'
        >>> Item("x", "", "2018-01-01", "2019-01-01", None).vis["type"]
        'range'
        """
        drawn: dict[str, Any] = {"content": self.label, "start": self.start, "href": self.href}
        if self.start and self.end and _days(self.start, self.end) >= SHORTEST_RANGE:
            drawn.update(end=self.end, type="range")
        else:
            drawn["type"] = "point"
        return drawn


def timeline_items(
    rows: Iterable[Mapping[str, str]], lang: str, href: Callable[[str], str | None]
) -> list[Item]:
    """Items from rows of ``iri``, ``label`` and the dates the source gives: ``begin`` and/or
    ``end`` of a period, or ``at``, the date of an event or a date a role is attested at (each
    missing or ``""`` when unknown); sorted by date, the undated last. ``href(iri)`` is the link
    of the item's page, if it has one.

    >>> [item.when for item in timeline_items([{"iri": "m", "label": "x", "begin": "2014",
    ...     "end": "2016-03"}, {"iri": "n", "label": "y", "begin": "2019-06"}], "fr", str)]
    ['2014 – mars 2016', 'depuis juin 2019']
    """
    _ = gettext(lang)
    items = []
    for row in rows:
        begin, end, at = row.get("begin", ""), row.get("end", ""), row.get("at", "")
        first, last = begin or at or end, end or at or begin
        if not first:
            when = _("date not known")
        elif begin and not end and not at:
            when = _("since %(date)s") % {"date": _date_text(begin, lang)}
        elif end and not begin and not at:
            when = _("until %(date)s") % {"date": _date_text(end, lang)}
        elif first == last:
            when = _date_text(first, lang)
        else:
            when = f"{_date_text(first, lang)} – {_date_text(last, lang)}"
        opening, closing = _period(first), _period(last)
        start = opening[0] if opening else None
        stop = closing[1] if closing else None
        if opening and closing and opening != closing and stop is None:
            stop = _next_day(closing[0])  # a period ending on a day: drawn to the end of that day
        items.append(Item(row["label"], when, start, stop, href(row["iri"])))
    return sorted(
        items,
        key=lambda i: (i.start is None, i.start or "", i.label, i.end or "", i.when, i.href or ""),
    )


def national_meetings(target: Target, lang: str, href: Callable[[str], str | None]) -> list[Item]:
    """The national meetings of the resource centres (``national-meetings``), each at the dates
    its sources give; a meeting no source dates is listed as undated (a year the curators
    inferred is no date). The query's other columns (place, number) may repeat a meeting's
    dates when sources differ on them: each meeting and dates is drawn once."""
    dated = {
        (row["meeting"], row["label"], row["start"], row["end"])
        for row in text_rows(target, resolve_query("national-meetings"))
    }
    return timeline_items(
        ({"iri": iri, "label": label, **_event_dates(start, end)}
         for iri, label, start, end in dated),
        lang,
        href,
    )  # fmt: skip


def timeline_rows(target: Target) -> dict[str, list[dict[str, str]]]:
    """Every entity's timeline rows (see :func:`entity_timeline`), read in one pass: the query
    with its parameter left free. A site with a page per entity reads them so, not one query per
    page (minutes at 100k triples)."""
    query = load_queries(queries_dir())["timeline-entity"]
    # execute, not text_rows: text_rows would bind the parameter to its default.
    solutions = execute(target, query.text)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [variable.value for variable in solutions.variables]
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for solution in solutions:
        row = {name: term_text(solution[name]) for name in names}
        grouped[row["entity"]].append(row)
    return grouped


def entity_timeline(
    target: Target,
    iri: str,
    lang: str,
    href: Callable[[str], str | None],
    rows: Iterable[dict[str, str]] | None = None,
) -> list[Item]:
    """An organisation's, a person's or an event's timeline: the roles held in it or by it
    ("Président·e : Kléber Arhoul"), from their beginning to their end or at the date a source
    attests them, and the events it took part in (an event's own sub-events). ``rows``: the
    entity's rows from :func:`timeline_rows`, when they are read already.

    >>> from crpv_graph.store.dataset import load
    >>> items = entity_timeline(load().store, "https://w3id.org/crpv/id/organization/irev", "fr",
    ...                         lambda iri: None)
    >>> any(item.label.startswith("Président·e : ") for item in items)
    True
    """
    _ = gettext(lang)
    if rows is None:
        rows = text_rows(target, load_queries(queries_dir())["timeline-entity"], {"entity": iri})
    items = []
    for row in rows:
        if row["kind"] == "membership" and row["roleLanguage"] != lang:
            continue
        if row["kind"] == "membership":
            role = row["role"][:1].upper() + row["role"][1:]
            label = _("%(role)s: %(name)s") % {"role": role, "name": row["otherLabel"]}
            dates = {"begin": row["begin"], "end": row["end"], "at": row["attested"]}
        else:
            label, dates = row["otherLabel"], _event_dates(row["begin"], row["end"])
        items.append({"iri": row["other"], "label": label, **dates})
    return timeline_items(items, lang, href)


def _event_dates(start: str, end: str) -> dict[str, str]:
    """An event's dates as :func:`timeline_items` reads them: a period when it has an end, else
    the date it took place."""
    return {"begin": start, "end": end} if end else {"at": start}


def _date_text(value: str, lang: str) -> str:
    """A date in words, a day without its year (``xsd:gMonthDay``) too.

    >>> _date_text("--10-17", "fr"), _date_text("2018-06", "fr")
    ('17 octobre', 'juin 2018')
    """
    match = _MONTH_DAY.fullmatch(value.strip())
    if match:
        day = datetime.date(2000, int(match.group(1)), int(match.group(2)))
        return str(babel_format_date(day, format="d MMMM", locale=lang))
    return date_text(value, lang)


def _period(value: str) -> tuple[str, str | None] | None:
    """The days a date covers at its precision: its first day (ISO) and the day after its last
    one, ``None`` for one day; ``None`` for no date or one without a year (``--10-17``).

    >>> _period("2018"), _period("2018-12"), _period("2018-06-14"), _period("--10-17")
    (('2018-01-01', '2019-01-01'), ('2018-12-01', '2019-01-01'), ('2018-06-14', None), None)
    """
    match = _DATE.fullmatch(value.strip()[:10])
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", None
    if month:
        after = (int(year) + 1, 1) if month == "12" else (int(year), int(month) + 1)
        return f"{year}-{month}-01", f"{after[0]:04d}-{after[1]:02d}-01"
    return f"{year}-01-01", f"{int(year) + 1:04d}-01-01"


def _days(start: str, end: str) -> int:
    return (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days


def _next_day(day: str) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()
