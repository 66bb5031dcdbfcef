"""The command line: Typer glue and terminal rendering. Core modules never import from here."""
