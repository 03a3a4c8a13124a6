"""`errkb diff`, `errkb lookup`, `errkb add`: follow documents over time and across a catalog."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from . import diff as diff_mod
from . import ingest as ingest_mod
from . import lookup as lookup_mod
from .diff_sides import Side, load_path, load_side
from .errors import ErrkbError

T = TypeVar("T")

_ROOT = click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
                     show_default=True, help="Project folder (holding spec/ and spec/sources/; the git repository for REV:PATH).")


def _fail(exc: ErrkbError) -> None:
    click.echo(f"errkb: error: {exc}", err=True)
    sys.exit(exc.exit_code)


def show_progress(flag: bool) -> bool:
    """A progress bar only on a terminal, or when asked for."""
    return flag or sys.stderr.isatty()


@contextlib.contextmanager
def progress_bar(enabled: bool, total: int, label: str) -> Iterator[Callable[[Any], None]]:
    """A click progress bar on stderr (a no-op callback when disabled); yields `tick(item)`."""
    if not enabled or total == 0:
        yield lambda _item: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True) as bar:
        yield lambda _item: bar.update(1)


@click.command()
@click.argument("sides", nargs=-1, required=True)
@click.option("--git", "git", is_flag=True,
              help="SIDES are git revisions OLDREV [NEWREV] of spec/ at --root; without NEWREV the working tree's spec/.")
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON.")
@_ROOT
def diff(sides: tuple[str, ...], git: bool, as_json: bool, root: Path) -> None:
    """Compare two versions of an API: OLD NEW, or --git OLDREV [NEWREV].

    \b
    Each side is one of:
      spec.json         a canonical spec, or a page's spec from `errkb parse`
      FOLDER            a project root or spec folder (every operation), or a
                        folder of one operation's source documents (merged)
      page.html|md|txt  a source document, read and extracted
      REV:PATH          a git revision of a spec folder, spec file or document,
                        e.g. HEAD~1:spec or v1.0:spec/ens/CreateSnapshot.json

    Every change names its place (operation, request parameter, response
    field path or error code, attribute) and its class: breaking,
    non-breaking or documentation.

    Exit status: 0 nothing breaking, 1 a breaking change, 2 an error.
    """
    try:
        if git:
            if len(sides) not in (1, 2):
                raise click.UsageError("--git takes OLDREV [NEWREV]")
            old = load_side(f"{sides[0]}:spec", root)
            new = load_side(f"{sides[1]}:spec", root) if len(sides) == 2 else Side(str(root / "spec"), load_path(root / "spec"))
        else:
            if len(sides) != 2:
                raise click.UsageError("give two sides, OLD NEW (or --git OLDREV [NEWREV])")
            old, new = load_side(sides[0], root), load_side(sides[1], root)
        changes = diff_mod.diff_catalogs(old.specs, new.specs)
    except ErrkbError as exc:
        _fail(exc)
        return
    render = diff_mod.render_json if as_json else diff_mod.render_text
    click.echo(render(changes, old.label, new.label), nl=False)
    sys.exit(1 if any(c.severity == diff_mod.BREAKING for c in changes) else 0)


@click.command()
@click.argument("code")
@_ROOT
@click.option("--json", "as_json", is_flag=True, help="Print the matches as JSON.")
def lookup(code: str, root: Path, as_json: bool) -> None:
    """Every product and operation that documents error CODE (from the built spec/).

    Case-insensitive; a code filling a documented pattern (InvalidParameter.DiskId
    for InvalidParameter.%s) matches it. Exit status 1 when nothing documents it;
    the closest documented codes are then suggested.
    """
    try:
        specs = lookup_mod.load_specs(root)
    except ErrkbError as exc:
        _fail(exc)
        return
    hits = lookup_mod.find(specs, code)
    suggestions = [] if hits else lookup_mod.suggest(specs, code)
    if as_json:
        click.echo(json.dumps({"code": code, "matches": [h.to_json() for h in hits], "suggestions": suggestions},
                              indent=2, ensure_ascii=False))
    elif hits:
        click.echo(lookup_mod.render_text(code, hits), nl=False)
    else:
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        click.echo(f"errkb: no operation in {len(specs)} spec(s) documents {code}{hint}", err=True)
    if not hits:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_ROOT
@click.option("--product", default=None, help="Product for pages that do not name theirs (e.g. Markdown sources).")
@click.option("--progress", "progress", is_flag=True, help="Show a progress bar even when stderr is not a terminal.")
def add(paths: tuple[Path, ...], root: Path, product: str | None, progress: bool) -> None:
    """File documents (files or folders, recursively; html/md/txt) into spec/sources/.

    Each page goes to spec/sources/<product>/<Operation>/<page-version>.<ext> by
    what it says it is: operation and product from its title, page version from
    its Last Updated date (else a YYYY-MM-DD starting its file or folder name).
    A page naming only its operation goes to the one product that has it (or
    --product). product.json is written for a new product.

    Same content already filed: skipped. Same operation and page version with
    other content: a conflict, not overwritten. Exit status 1 on a conflict or
    a page that cannot be identified, else 0; run `errkb build` afterwards.
    """
    files = ingest_mod.collect(paths)
    with progress_bar(show_progress(progress), len(files), "reading pages") as tick:
        report = ingest_mod.add(root, files, product, progress=tick)
    for o in report.outcomes:
        if o.status == "added":
            click.echo(f"added      {o.target}  ← {o.path}")
        elif o.status == "duplicate":
            click.echo(f"duplicate  {o.path}: {o.message} ({o.target}); skipped")
        elif o.status == "conflict":
            click.echo(f"errkb: conflict: {o.path}: {o.message}", err=True)
        else:
            click.echo(f"errkb: cannot identify {o.path}: {o.message}", err=True)
    for key in report.products_created:
        click.echo(f"wrote spec/sources/{key}/product.json")
    counts = ", ".join(f"{report.count(s)} {s}" for s in ("added", "duplicate", "conflict", "unidentified"))
    click.echo(f"errkb: {counts}")
    if not report.ok:
        sys.exit(1)
