"""The reference for benchmarks/startup.py: a minimal Typer app with one option.

Run by the same interpreter, with the same typer, as primehelp. It is the floor for our stack.
"""

import typer

app = typer.Typer()


@app.command()
def main(name: str = "World") -> None:
    """Say hello."""
    print(f"Hello {name}")


if __name__ == "__main__":
    app()
