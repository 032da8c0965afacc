"""The notebooks run top to bottom with a real kernel, and their committed outputs are current.

Each notebook states its question in its first cell and its findings in its last, a code cell
whose Markdown output is computed; the committed findings must be what a fresh run computes
(``make notebooks`` re-executes them in place).
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.helpers import CHECKOUT

NOTEBOOKS = sorted((CHECKOUT / "notebooks").glob("*.ipynb"))


def findings(notebook: nbformat.NotebookNode) -> str:
    outputs = notebook.cells[-1].get("outputs", [])
    return "".join(o.get("data", {}).get("text/markdown", "") for o in outputs)


def test_there_are_four_notebooks() -> None:
    assert [path.name for path in NOTEBOOKS] == [
        "01-tour-of-the-graph.ipynb",
        "02-collaborations.ipynb",
        "03-people-and-roles.ipynb",
        "04-questions-without-sparql.ipynb",
    ]


def test_notebook_04_answers_without_writing_sparql() -> None:
    """Its promise: only ``find``, the tidy tables, pandas and networkx."""
    notebook = nbformat.read(CHECKOUT / "notebooks" / "04-questions-without-sparql.ipynb", 4)
    code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    assert "from crpv_graph import find" in code and "crpv_graph.query.tables import" in code
    for sparql in ("SELECT", "CONSTRUCT", "ASK", "to_dataframe", "network.project"):
        assert sparql not in code


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_and_its_committed_findings_are_current(path: Path) -> None:
    committed = nbformat.read(path, as_version=4)
    first, last = committed.cells[0], committed.cells[-1]
    assert first.cell_type == "markdown" and "**Question.**" in first.source
    assert last.cell_type == "code" and "Markdown(" in last.source
    assert findings(committed).strip(), "the committed notebook carries its findings"
    figures = [o for c in committed.cells if c.cell_type == "code" for o in c.outputs
               if "image/png" in o.get("data", {})]  # fmt: skip
    assert figures, "the committed notebook carries its figures"

    fresh = nbformat.read(path, as_version=4)
    NotebookClient(fresh, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()  # fmt: skip
    errors = [o for c in fresh.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]  # fmt: skip
    assert errors == []
    assert findings(fresh) == findings(committed)


def test_notebooks_use_the_library_not_copies_of_it() -> None:
    for path in NOTEBOOKS:
        source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells)
        assert "from crpv_graph" in source
        assert "def project" not in source and "def centralities" not in source
