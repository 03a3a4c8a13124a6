"""The `errkb` command line: a thin layer over the library API."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import build as build_mod
from .cli_catalog import add, diff, lookup
from .errors import ErrkbError
from .extract.operation import extract
from .readers import read_path
from .sitecmd import site
from .stub.cli import stub


def _fail(exc: ErrkbError) -> None:
    click.echo(f"errkb: error: {exc}", err=True)
    sys.exit(exc.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="errkb")
def main() -> None:
    """Turn API reference pages into a canonical spec and everything generated from it."""


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["auto", "html", "markdown", "text"]), default="auto",
              show_default=True, help="Input format; auto tells them apart.")
def parse(file: Path, fmt: str) -> None:
    """Print one document's spec as JSON on stdout; warnings go to stderr."""
    try:
        spec = extract(read_path(file, fmt))
    except ErrkbError as exc:
        _fail(exc)
        return
    for w in spec.get("warnings", []):
        click.echo(f"{w['file']}: {w['level']}: {w['message']}", err=True)
    click.echo(json.dumps(spec, indent=2, ensure_ascii=False))


@main.command()
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True,
              help="Project folder holding spec/sources/.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 and list the files a build would change.")
@click.option("--templates", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Folder of templates that override the built-in ones by file name.")
@click.option("--progress", "progress", is_flag=True, help="Show a progress bar even when stderr is not a terminal.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for operations to (re)build [default: one per core when there are many].")
@click.option("--no-cache", "no_cache", is_flag=True, help="Neither read nor write .errkb-cache/: rebuild every operation.")
def build(root: Path, check: bool, templates: Path | None, progress: bool, jobs: int | None, no_cache: bool) -> None:
    """Read every source under spec/sources/; write spec/, generated/ and site/."""
    from .cli_catalog import progress_bar, show_progress
    from .spec.sources import discover

    total = len(discover(root)) if show_progress(progress) else 0
    with progress_bar(total > 0, total, "building") as tick:
        plan = build_mod.plan(root, templates, tick, jobs=jobs, use_cache=not no_cache,
                               store_cache=not (check or no_cache))
    for w in plan.warnings:
        click.echo(w, err=True)
    if check:
        diffs = build_mod.differences(root, plan)
        for d in diffs:
            click.echo(d)
        for f in plan.failures:
            click.echo(f"errkb: error: {f}", err=True)
        if plan.failures:
            sys.exit(2)
        if diffs:
            click.echo(f"errkb: {len(diffs)} file(s) differ from a fresh build; run `errkb build`", err=True)
            sys.exit(1)
        click.echo("errkb: up to date")
        return
    touched = build_mod.write(root, plan)
    for t in touched:
        click.echo(f"wrote {t}" if not t.startswith("removed") else t)
    click.echo(f"errkb: {len(plan.specs)} operation(s) built, {len(touched)} file(s) changed")
    if plan.failures:
        for f in plan.failures:
            click.echo(f"errkb: error: {f}", err=True)
        sys.exit(2)


for _command in (diff, lookup, add, site, stub):
    main.add_command(_command)


if __name__ == "__main__":
    main()
