"""Time the generated CreateSnapshot validator against other ways of checking the same rules.

    python benchmarks/bench_validators.py [--repeat R]

Inputs: CreateSnapshot's boundary cases and 400 drawn examples (valid and invalid, the invalid
ones breaking one rule each), the same list for every method. Methods:

  generated       generated.ens.create_snapshot.validate (raises the typed error)
  hand-written    plain Python checks of these rules raising ValueError (the floor)
  fastjsonschema  the exported JSON Schema, compiled
  jsonschema      the exported JSON Schema, one reused Draft202012Validator (is_valid)
  msgspec         a msgspec.Struct with Meta constraints, decoded from a dict (convert)
  pydantic        a pydantic v2 model with Field constraints (model_validate)

Each method's verdicts are compared with the generated validator's first, so every method
checks the same thing. Printed: µs per call (valid / invalid / all) and ratios to the
generated validator. Goals: generated within 1.2x of hand-written, >= 4x faster than
fastjsonschema, >= 40x faster than jsonschema.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import fastjsonschema
import jsonschema
import msgspec
import pydantic
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generated.ens import create_snapshot, create_snapshot_strategies, errors

SCHEMA = json.loads((ROOT / "generated/schemas/ens/CreateSnapshot.request.json").read_text("utf-8"))
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9:_\-]*").fullmatch
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_PREFIXES = ("http://", "https://")
_KNOWN = frozenset({"DiskId", "EnsRegionId", "SnapshotName", "Description"})


def hand_checked(r: dict[str, Any]) -> dict[str, Any]:
    """What a careful person writes for these rules: raise on the first broken one, return the request."""
    out = {}
    for key in ("DiskId", "EnsRegionId"):
        v = r.get(key)
        if not isinstance(v, str):
            raise ValueError(f"{key}: missing or not text")  # noqa: TRY004 - one error type for every rule
        out[key] = v
    name = r.get("SnapshotName")
    if name is not None:
        if not isinstance(name, str) or not 2 <= len(name) <= 128 or name[0] not in _LETTERS:
            raise ValueError("SnapshotName: length or first character")
        if name.startswith(_PREFIXES) or _NAME(name) is None:
            raise ValueError("SnapshotName: prefix or characters")
        out["SnapshotName"] = name
    desc = r.get("Description")
    if desc is not None:
        if not isinstance(desc, str) or not 2 <= len(desc) <= 256 or desc.startswith(_PREFIXES):
            raise ValueError("Description: length or prefix")
        out["Description"] = desc
    if len(out) != len(r):
        raise ValueError("unknown parameter")
    return out


def hand_written(r: dict[str, Any]) -> bool:
    try:
        hand_checked(r)
    except ValueError:
        return False
    return True


class MsgspecRequest(msgspec.Struct, forbid_unknown_fields=True):
    DiskId: str
    EnsRegionId: str
    SnapshotName: Annotated[str, msgspec.Meta(min_length=2, max_length=128,
                                              pattern=r"^(?!https?://)[A-Za-z][A-Za-z0-9:_\-]*\Z")] | None = None
    Description: Annotated[str, msgspec.Meta(min_length=2, max_length=256, pattern=r"^(?!https?://)")] | None = None


_PD_NAME = r"^(?!https?://)[A-Za-z][A-Za-z0-9:_\-]*\Z"


class PydanticRequest(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", strict=True, regex_engine="python-re")
    DiskId: str
    EnsRegionId: str
    SnapshotName: Annotated[str, pydantic.Field(min_length=2, max_length=128, pattern=_PD_NAME)] | None = None
    Description: Annotated[str, pydantic.Field(min_length=2, max_length=256, pattern=r"^(?!https?://)")] | None = None


def inputs() -> list[dict[str, Any]]:
    out = [r for r, _ in create_snapshot_strategies.boundary_cases()]
    drawn: list[dict[str, Any]] = []

    @settings(max_examples=400, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def draw(data: Any) -> None:
        drawn.append(data.draw(create_snapshot_strategies.valid_requests()))
        drawn.append(data.draw(create_snapshot_strategies.invalid_requests()).request)

    draw()
    return out + drawn


def methods() -> dict[str, Callable[[dict[str, Any]], bool]]:
    validate = create_snapshot.validate
    error = errors.EnsError

    def generated(r: dict[str, Any]) -> bool:
        try:
            validate(r)
        except error:
            return False
        return True

    fast = fastjsonschema.compile(SCHEMA)
    fast_error = fastjsonschema.JsonSchemaException

    def fastjs(r: dict[str, Any]) -> bool:
        try:
            fast(r)
        except fast_error:
            return False
        return True

    js = jsonschema.Draft202012Validator(SCHEMA)
    convert = msgspec.convert
    ms_error = msgspec.ValidationError

    def ms(r: dict[str, Any]) -> bool:
        try:
            convert(r, MsgspecRequest, strict=True)
        except ms_error:
            return False
        return True

    pd_validate = PydanticRequest.model_validate
    pd_error = pydantic.ValidationError

    def pd(r: dict[str, Any]) -> bool:
        try:
            pd_validate(r)
        except pd_error:
            return False
        return True

    return {"generated": generated, "hand-written": hand_written, "fastjsonschema": fastjs,
            "jsonschema": js.is_valid, "msgspec": ms, "pydantic": pd}


def timed(fn: Callable[[dict[str, Any]], bool], data: list[dict[str, Any]], repeat: int) -> float:
    """Median over `repeat` runs of µs per call."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        for r in data:
            fn(r)
        runs.append((time.perf_counter() - t) / len(data) * 1e6)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    data = inputs()
    ms = methods()
    verdicts = [ms["generated"](r) for r in data]
    for name, fn in ms.items():
        wrong = sum(fn(r) != v for r, v in zip(data, verdicts))
        if wrong:
            print(f"warning: {name} disagrees with the generated validator on {wrong} of {len(data)} inputs")
    valid = [r for r, v in zip(data, verdicts) if v]
    invalid = [r for r, v in zip(data, verdicts) if not v]
    print(f"inputs: {len(valid)} valid, {len(invalid)} invalid; median of {args.repeat} runs, µs per call")
    rows = {name: (timed(fn, valid, args.repeat), timed(fn, invalid, args.repeat), timed(fn, data, args.repeat))
            for name, fn in ms.items()}
    gen = rows["generated"]
    print(f"{'method':<15}{'valid':>9}{'invalid':>9}{'all':>9}   ratio to generated (all)")
    for name, (v, i, a) in rows.items():
        print(f"{name:<15}{v:>9.2f}{i:>9.2f}{a:>9.2f}   {a / gen[2]:.2f}x")
    print(f"generated / hand-written: {gen[2] / rows['hand-written'][2]:.2f} (goal <= 1.2)")
    print(f"fastjsonschema / generated: {rows['fastjsonschema'][2] / gen[2]:.1f}x (goal >= 4)")
    print(f"jsonschema / generated: {rows['jsonschema'][2] / gen[2]:.1f}x (goal >= 40)")


if __name__ == "__main__":
    main()
