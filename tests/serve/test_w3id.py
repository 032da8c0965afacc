"""The redirect rules proposed to w3id.org (``deploy/w3id.org/crpv/.htaccess``), read as Apache's
mod_rewrite reads them (conditions on ``Accept`` and on the path, first matching rule wins), for
the namespace's IRIs: each one reaches a route of ``serve`` that answers it, with its path kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from starlette.routing import Match

from crpv_graph.serve import ServerSettings, create_app
from tests.helpers import CHECKOUT

W3ID = CHECKOUT / "deploy" / "w3id.org" / "crpv"
HOST = "https://crpv-graph.example.org"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@dataclass
class Rule:
    pattern: str
    target: str
    flags: str
    conditions: list[tuple[str, str]] = field(default_factory=list)

    def apply(self, path: str, accept: str) -> str | None:
        """Where the rule sends ``path`` (relative to the namespace), or None."""
        match = re.search(self.pattern, path)
        if match is None:
            return None
        variables = {"%{HTTP_ACCEPT}": accept, "%{REQUEST_URI}": "/crpv/" + path}
        for variable, condition in self.conditions:
            negated = condition.startswith("!")
            if bool(re.search(condition.lstrip("!"), variables[variable])) == negated:
                return None
        return re.sub(r"\$(\d)", lambda m: match.group(int(m.group(1))) or "", self.target)


def rules() -> list[Rule]:
    """The file's RewriteRules with their RewriteConds, in order."""
    found: list[Rule] = []
    conditions: list[tuple[str, str]] = []
    text = (W3ID / ".htaccess").read_text(encoding="utf-8")
    assert re.search(r"(?m)^RewriteEngine on$", text)
    for line in text.splitlines():
        words = line.split()
        if words[:1] == ["RewriteCond"]:
            conditions.append((words[1], words[2]))
        elif words[:1] == ["RewriteRule"]:
            found.append(Rule(words[1], words[2], words[3], conditions))
            conditions = []
    return found


def redirect(path: str, accept: str) -> tuple[str, str]:
    """The first rule's target for a request, and its flags."""
    for rule in rules():
        target = rule.apply(path, accept)
        if target is not None:
            return target, rule.flags
    raise AssertionError(f"no rule for {path}")


CASES = [
    ("id/organization/irev", BROWSER, "/site/id/organization/irev/"),
    ("id/person/jallet", "text/html", "/site/id/person/jallet/"),
    ("id/organization/irev", "text/turtle", "/id/organization/irev"),
    ("id/organization/irev", "application/n-quads", "/id/organization/irev"),
    ("id/event/2018-06-rencontre-nationale", "*/*", "/id/event/2018-06-rencontre-nationale"),
    ("id/organization/irev.ttl", BROWSER, "/id/organization/irev.ttl"),
    ("id/organization/irev.jsonld", "*/*", "/id/organization/irev.jsonld"),
    ("id/organization/irev.rdf", BROWSER, "/id/organization/irev.rdf"),
    ("ontology", BROWSER, "/ontology"),
    ("ontology", "text/turtle", "/ontology"),
    ("ontology.ttl", "*/*", "/ontology.ttl"),
    ("graph/inferred", "application/trig", "/graph/inferred"),
    ("graph/sources.nq", "*/*", "/graph/sources.nq"),
    ("", BROWSER, "/site/"),
]


@pytest.mark.parametrize(("path", "accept", "target"), CASES)
def test_each_namespace_iri_goes_to_the_deployment_with_its_path(
    path: str, accept: str, target: str
) -> None:
    location, flags = redirect(path, accept)
    assert location == HOST + target
    assert re.fullmatch(r"\[R=30[23],L\]", flags)


def test_every_target_is_a_route_the_server_answers() -> None:
    app = create_app(ServerSettings(dataset=b""))
    for _, _, path in CASES:
        scope = {"type": "http", "path": path, "method": "GET", "root_path": ""}
        assert any(route.matches(scope)[0] is Match.FULL for route in app.routes), path


def test_the_deployment_host_is_a_marked_placeholder() -> None:
    htaccess = (W3ID / ".htaccess").read_text(encoding="utf-8")
    readme = (W3ID / "README.md").read_text(encoding="utf-8")
    assert "PLACEHOLDER" in htaccess and "crpv-graph.example.org" in htaccess
    hosts = set(re.findall(r"https://([^/\s]+)/", htaccess)) - {"w3id.org", "github.com"}
    assert hosts == {"crpv-graph.example.org"}
    assert "## Contacts" in readme and "PLACEHOLDER" in readme
