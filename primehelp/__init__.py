"""primehelp: offline help for Amazon Prime members in Japan."""

__version__ = "0.1.0"
