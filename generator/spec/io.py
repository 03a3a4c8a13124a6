"""Canonical spec files: deterministic JSON, validated against the JSON Schema on every load."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from ..errors import SpecError

SCHEMA_NAME = "operation.schema.json"


def schema_text() -> str:
    return resources.files("generator.spec").joinpath(SCHEMA_NAME).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(schema_text())
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def validate(spec: dict[str, Any], origin: str = "<spec>") -> None:
    """Raise SpecError naming the first failing place when `spec` breaks the schema."""
    errors = sorted(_validator().iter_errors(spec), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        first = errors[0]
        place = "/" + "/".join(str(p) for p in first.absolute_path)
        raise SpecError(f"spec does not match its schema: {first.message} ({len(errors)} problem(s))", file=origin, place=place)


def dumps(spec: Any) -> str:
    """The one canonical text of a spec: sorted keys, two-space indent, UTF-8, final newline."""
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SpecError(f"cannot read spec: {exc.strerror}", file=str(path)) from None
    except ValueError as exc:
        raise SpecError(f"spec is not valid JSON: {exc}", file=str(path)) from None
    if not isinstance(data, dict):
        raise SpecError("spec must be a JSON object", file=str(path))
    validate(data, str(path))
    return data


def spec_path(root: Path, product_key: str, operation: str) -> Path:
    return root / "spec" / product_key / f"{operation}.json"


def load_all(root: Path) -> list[dict[str, Any]]:
    """Every operation spec under `root/spec`, in product/operation order."""
    out = []
    base = root / "spec"
    for pdir in sorted(p for p in base.iterdir() if p.is_dir() and p.name != "sources") if base.is_dir() else []:
        for f in sorted(pdir.glob("*.json")):
            out.append(load(f))
    return out
