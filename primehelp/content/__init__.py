"""Typed content: one module per data file turns ``data/<file>.toml`` into frozen dataclasses.

Each module reads its file through :class:`primehelp.facts.Node` (types checked at load, any
fault a :class:`DataError`) and returns the domain's own dataclasses where the domain has them,
else its own. One module per file so that a command creates only the classes of the files it
reads (a frozen dataclass costs about 0.7 ms to create at start-up). Domain modules take these
objects as parameters; they never see a TOML table.
"""
