"""Run primehelp as ``python -m primehelp``."""

from primehelp.cli import main

main()
