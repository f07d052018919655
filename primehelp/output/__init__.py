"""Everything primehelp prints: the JSON envelope, the Rich console and one view per command.

Importing this package imports nothing: each module is imported where it is used.
"""
