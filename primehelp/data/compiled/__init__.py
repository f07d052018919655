"""The bundled data compiled from ../*.toml by tools/compile_data.py: do not edit."""
