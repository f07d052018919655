"""Compiled patterns per Python, by tools/compile_patterns.py: do not edit."""
