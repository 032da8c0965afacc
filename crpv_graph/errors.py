"""The one exception base of the library, and how the command line reports it.

Every error a user can cause (a file that does not parse, a bad parameter, an endpoint that
answers nonsense, a full disk) is a :class:`CrpvError`: the command line prints its
:attr:`~CrpvError.details` if any, then its message on one line, and exits with its
:attr:`~CrpvError.exit_code` (``crpv_graph.cli.CrpvGroup``). Anything else is a bug, and keeps
its traceback.

>>> str(CrpvError("data/x.trig:3: unexpected end of file"))
'data/x.trig:3: unexpected end of file'
"""

from __future__ import annotations


class CrpvError(Exception):
    """An error with a message meant for the user, on one line."""

    #: The process exit status the command line uses for it.
    exit_code = 1

    #: Lines printed before the message, when one line cannot say it all (a validation report).
    details = ""
