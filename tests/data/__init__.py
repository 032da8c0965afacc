"""Checks of the data itself: the sources it cites and the questions it must answer."""
