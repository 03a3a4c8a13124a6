"""The one Jinja environment writers render through; templates overridable by file name."""

from __future__ import annotations

from pathlib import Path

import jinja2


def environment(override: Path | None = None) -> jinja2.Environment:
    """Templates come from `override` first (`errkb build --templates DIR`), then the package."""
    loaders: list[jinja2.BaseLoader] = []
    if override is not None:
        loaders.append(jinja2.FileSystemLoader(str(override)))
    loaders.append(jinja2.PackageLoader("generator", "templates"))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
