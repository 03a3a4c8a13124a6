"""``errkb stub``: serve the documented API of one product on loopback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from ..errors import ErrkbError
from .auth import DEFAULT_KEY_ID, DEFAULT_KEY_SECRET


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8808, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("--product", default="ens", show_default=True, help="Product key (folder under spec/).")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True,
              help="Project folder holding spec/ and generated/.")
@click.option("--key", "keys", multiple=True, metavar="ID:SECRET",
              help=f"AccessKey pair accepted (repeatable). Default: {DEFAULT_KEY_ID}:{DEFAULT_KEY_SECRET}.")
def stub(port: int, product: str, root: Path, keys: tuple[str, ...]) -> None:
    """Serve the documented API on 127.0.0.1: signatures checked, requests validated, documented errors."""
    from .server import parse_key, serve_forever

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    try:
        pairs = dict(parse_key(k) for k in keys) or {DEFAULT_KEY_ID: DEFAULT_KEY_SECRET}
        serve_forever(root, port, product, pairs)
    except ErrkbError as exc:
        click.echo(f"errkb: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        pass
