"""The one exception base: every error the library raises for a user's mistake is a
:class:`~crpv_graph.errors.CrpvError`, reported once, by the command group, as one line on stderr
and exit 1; anything else is a bug and keeps its traceback.

The hostile inputs of each command are tested beside the module that refuses them (a query file
in ``query/test_registry.py``, a source file in ``store/test_dataset.py``, ...).
"""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from crpv_graph.cli import CrpvGroup
from crpv_graph.errors import CrpvError
from crpv_graph.ingest import IngestError
from crpv_graph.paths import CannotWrite, NoDataDirectory
from crpv_graph.query import QueryError
from crpv_graph.query.remote import RemoteError
from crpv_graph.serve.app import BadRequest
from crpv_graph.serve.guard import RefusedQuery
from crpv_graph.store.dataset import InvalidDataset, LoadError
from crpv_graph.store.publish import PushError
from tests.helpers import one_line_error


@pytest.mark.parametrize(
    "error",
    [LoadError, InvalidDataset, PushError, QueryError, RemoteError, IngestError,
     NoDataDirectory, CannotWrite, RefusedQuery, BadRequest],
)  # fmt: skip
def test_every_user_error_of_the_library_is_a_crpv_error(error: type[Exception]) -> None:
    assert issubclass(error, CrpvError)


def test_an_error_that_is_not_a_crpv_error_keeps_its_traceback() -> None:
    group = CrpvGroup()

    @group.command()
    def bug() -> None:
        raise KeyError("a bug")

    @group.command()
    def mistake() -> None:
        raise CrpvError("a mistake,\n  said on one line")

    assert isinstance(CliRunner().invoke(group, ["bug"]).exception, KeyError)
    assert one_line_error(CliRunner().invoke(group, ["mistake"])) == (
        "Error: a mistake, said on one line\n"
    )
    assert isinstance(group, click.Group)
