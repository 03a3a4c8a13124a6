"""`errkb site build|serve`: turn the mkdocs project that `errkb build` wrote in `site/` into HTML."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from .errors import ErrkbError

CONFIG = Path("site") / "mkdocs.yml"


def _config_file(root: Path) -> Path:
    path = root / CONFIG
    if not path.is_file():
        raise ErrkbError("no site project here; run `errkb build` first", file=str(path))
    return path


def build_html(root: Path, site_dir: Path | None = None, strict: bool = True) -> Path:
    """Build the HTML of `root/site/` with mkdocs (strict: any warning fails); returns the output folder."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config_file = _config_file(root)
    out_dir = str(site_dir.resolve()) if site_dir is not None else None  # None: load_config keeps mkdocs.yml's
    try:
        config = load_config(config_file=str(config_file), strict=strict, site_dir=out_dir)
        build(config)
    except exceptions.MkDocsException as exc:
        raise ErrkbError(f"mkdocs: {exc}", file=str(config_file)) from exc
    return Path(config["site_dir"])


@click.group()
def site() -> None:
    """Build or serve the searchable docs site from site/ (written by `errkb build`)."""


@site.command("build")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True,
              help="Project folder holding site/mkdocs.yml.")
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where the HTML goes (default: site_dir of mkdocs.yml, ../site-build from site/).")
def build_cmd(root: Path, site_dir: Path | None) -> None:
    """Build the HTML site with mkdocs --strict."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        out = build_html(root, site_dir)
    except ErrkbError as exc:
        click.echo(f"errkb: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    click.echo(f"errkb: site built in {out}")


@site.command("serve")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True,
              help="Project folder holding site/mkdocs.yml.")
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
def serve_cmd(root: Path, dev_addr: str) -> None:
    """Serve the site with live reload (mkdocs serve)."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.serve import serve

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    try:
        serve(config_file=str(_config_file(root)), dev_addr=dev_addr, strict=True)
    except ErrkbError as exc:
        click.echo(f"errkb: error: {exc}", err=True)
        sys.exit(exc.exit_code)
