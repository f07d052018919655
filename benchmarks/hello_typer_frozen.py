"""The hello-world of hello_typer.py, ending the way ``primehelp.cli.main`` does.

``main`` freezes the objects before the interpreter exits, so that its last garbage collection
has nothing to walk (15-20 ms). The budgets compare primehelp with the plain hello-world
(issue 5); the ratio to this one shows what import discipline alone achieves, like for like.
"""

import gc

import typer

app = typer.Typer()


@app.command()
def main(name: str = "World") -> None:
    """Say hello."""
    print(f"Hello {name}")


if __name__ == "__main__":
    try:
        app()
    finally:
        gc.freeze()
