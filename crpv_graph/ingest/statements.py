"""A statement an article makes (:class:`Statement`): what :mod:`.extract`,
:mod:`.memberships` and :mod:`.events` propose and :mod:`.draft` writes; a module of its own so
that they share it without importing one another."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Statement:
    """A proposed triple, the sentence it rests on, and a confidence in [0, 1].

    ``relation`` is the predicate's local name ("memberOf", "partnerOf"), what scores count by;
    ``evidence_start`` and ``evidence_end`` are the evidence's offsets in the article body.
    For org:memberOf, ``title`` is the title as printed and ``role`` the role concept it reads
    as ("" for a body member of another). A literal object (a date) has its XSD ``datatype``.
    """

    subject: str
    predicate: str
    object: str
    evidence: str
    confidence: float
    title: str = ""
    role: str = ""
    relation: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    datatype: str = ""

    def __post_init__(self) -> None:
        if not self.relation:
            self.relation = re.split(r"[#/]", self.predicate)[-1]

    def as_json(self) -> dict[str, str | float | int]:
        """Every field, the confidence rounded to two decimals."""
        return {"subject": self.subject, "predicate": self.predicate, "object": self.object,
                "relation": self.relation, "evidence": self.evidence,
                "evidence_start": self.evidence_start, "evidence_end": self.evidence_end,
                "confidence": round(self.confidence, 2), "role": self.role, "title": self.title,
                "datatype": self.datatype}  # fmt: skip
