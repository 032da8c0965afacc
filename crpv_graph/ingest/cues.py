"""``cues.toml``, the French cue phrases of every part of the ingest, read once.

A module of its own, below every reader: :mod:`.recognise` needs its [mentions] section and is
read itself by :mod:`.relations`, which holds what the relations' tables mean.

>>> sorted(section for section in cue_tables() if ":" not in section)[:4]
['between', 'events', 'members', 'mentions']
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def cue_tables() -> dict[str, Any]:
    """``cues.toml`` (package data) as read, once: the relations' tables and the other parts'
    sections ([events] for :mod:`.events`, [mentions] for :mod:`.recognise`)."""
    with resources.files("crpv_graph.ingest").joinpath("cues.toml").open("rb") as file:
        return tomllib.load(file)
