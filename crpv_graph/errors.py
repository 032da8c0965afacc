"""The one exception base of the library, and how the command line reports it.

Every error a user can cause (a file that does not parse, a bad parameter, an endpoint that
answers nonsense) is a :class:`CrpvError`: the command line prints its message on one line and
exits with its :attr:`~CrpvError.exit_code`. Anything else is a bug, and keeps its traceback.

>>> str(CrpvError("data/x.trig:3: unexpected end of file"))
'data/x.trig:3: unexpected end of file'
"""

from __future__ import annotations


class CrpvError(Exception):
    """An error with a message meant for the user, on one line."""

    #: The process exit status the command line uses for it.
    exit_code = 1
