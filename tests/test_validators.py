"""Generated request validators: CreateSnapshot's documented rules, every type and constraint kind, corpus pages."""

from __future__ import annotations

import copy
import importlib
import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from support import import_package, write_files

from generator.build import plan_specs
from generator.errors import ErrkbError
from generator.runtime.strategies import wire_key
from generator.writers import exceptions, package, validators
from generator.writers.env import environment

ROOT = Path(__file__).resolve().parents[1]
WRITERS = (package, exceptions, validators)


def render(specs: list[dict[str, Any]]) -> dict[str, bytes]:
    env = environment()
    files: dict[str, bytes] = {}
    for writer in WRITERS:
        files.update(writer.render(specs, env))
    return files


def load_generated(specs: list[dict[str, Any]], where: Path) -> ModuleType:
    write_files(render(specs), where)
    return import_package(where / "generated", "errkb_val")


@pytest.fixture(scope="module")
def ens_specs() -> list[dict[str, Any]]:
    return plan_specs(ROOT).specs


@pytest.fixture(scope="module")
def ens(ens_specs: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return importlib.import_module(load_generated(ens_specs, tmp_path_factory.mktemp("ens")).__name__ + ".ens")


@pytest.fixture(scope="module")
def cs(ens: ModuleType) -> ModuleType:
    return ens.validator("CreateSnapshot")


VALID = {"DiskId": "d-bp1s5fnvk4gn2tws0****", "EnsRegionId": "cn-shenzhen-3"}


def rejects(mod: ModuleType, request: dict[str, Any], code: str, constraint: str) -> Any:
    errors = sys.modules[mod.__name__.rsplit(".", 1)[0] + ".errors"]
    with pytest.raises(errors.lookup(code)) as info:
        mod.validate(request)
    exc = info.value
    assert exc.code == code and exc.constraint == constraint, (exc.code, exc.constraint)
    return exc


# --- CreateSnapshot --------------------------------------------------------------------------------


def test_required_parameters_match_the_spec(cs: ModuleType, ens_specs: list[dict[str, Any]]) -> None:
    spec = next(s for s in ens_specs if s["operation"] == "CreateSnapshot")
    assert cs.REQUIRED == tuple(p["name"] for p in spec["request"] if p["required"]) == ("DiskId", "EnsRegionId")
    assert cs.PARAMETERS == tuple(p["name"] for p in spec["request"])


@pytest.mark.parametrize("length,ok", [(1, False), (2, True), (3, True), (127, True), (128, True), (129, False)])
def test_snapshot_name_length(cs: ModuleType, length: int, ok: bool) -> None:
    request = {**VALID, "SnapshotName": "a" * length}
    if ok:
        assert cs.validate(request) == request
    else:
        exc = rejects(cs, request, "InvalidParameter.SnapshotName", "length")
        assert exc.field == "SnapshotName" and exc.parameter == "SnapshotName"
        assert exc.detail == "The name must be 2 to 128 characters in length."
        assert exc.message == "The specified field SnapshotName invalid. Please check it again."
        assert cs.expected_error("SnapshotName", "length") == exc.code


@pytest.mark.parametrize("name,kind", [
    ("http://abc", "forbidden_prefix"), ("https://abc", "forbidden_prefix"), ("1abc", "first_char"),
    ("_abc", "first_char"), (":abc", "first_char"), ("中文", "first_char"), ("ab c", "charset"), ("ab$c", "charset"),
    ("ab/c", "charset"), ("ab.c", "charset"), ("abc\n", "charset"), ("a中文", "charset"),
])
def test_snapshot_name_rules(cs: ModuleType, name: str, kind: str) -> None:
    exc = rejects(cs, {**VALID, "SnapshotName": name}, "InvalidParameter.SnapshotName", kind)
    assert cs.expected_error("SnapshotName", kind) == "InvalidParameter.SnapshotName"
    assert exc.field == "SnapshotName"


@pytest.mark.parametrize("name", ["ab", "A1", "z:_-", "httpX", "http", "Http:x", "a" * 128, "testSnapshotName"])
def test_snapshot_name_accepted(cs: ModuleType, name: str) -> None:
    assert cs.validate({**VALID, "SnapshotName": name})["SnapshotName"] == name


def test_description_rules(cs: ModuleType) -> None:
    rejects(cs, {**VALID, "Description": "x"}, "InvalidParameter.Description", "length")
    rejects(cs, {**VALID, "Description": "x" * 257}, "InvalidParameter.Description", "length")
    rejects(cs, {**VALID, "Description": "http://example.com"}, "InvalidParameter.Description", "forbidden_prefix")
    assert cs.validate({**VALID, "Description": "描述 with anything: $/."})["Description"] == "描述 with anything: $/."


@pytest.mark.parametrize("missing", ["DiskId", "EnsRegionId"])
def test_required_missing(cs: ModuleType, missing: str) -> None:
    request = {k: v for k, v in VALID.items() if k != missing}
    exc = rejects(cs, request, "errkb.MissingParameter", "required")
    assert exc.documented is False and exc.parameter == missing
    assert cs.expected_error(missing, "required") == "errkb.MissingParameter"
    rejects(cs, {**VALID, missing: None}, "errkb.MissingParameter", "required")


@pytest.mark.parametrize("value", [5, 1.5, True, None.__class__, ["d-1"], {"a": 1}, b"d-1"])
def test_wrong_types(cs: ModuleType, value: Any) -> None:
    rejects(cs, {**VALID, "DiskId": value}, "InvalidParameter.DiskId", "type")
    assert cs.expected_error("DiskId", "type") == "InvalidParameter.DiskId"


def test_unknown_and_common_parameters(cs: ModuleType) -> None:
    exc = rejects(cs, {**VALID, "Bogus": "x"}, "errkb.UnknownParameter", "unknown")
    assert exc.parameter == "Bogus" and exc.documented is False
    assert cs.expected_error("Bogus", "unknown") == "errkb.UnknownParameter"
    common = {"Action": "CreateSnapshot", "Version": "2017-11-10", "RegionId": "cn-hangzhou", "Format": "JSON",
              "Timestamp": "2024-01-01T00:00:00Z", "SignatureNonce": "n", "AccessKeyId": "ak"}
    assert cs.validate({**VALID, **common}) == {**VALID, **common}


def test_returns_only_what_was_given(cs: ModuleType) -> None:
    out = cs.validate(dict(VALID))
    assert out == VALID and "Description" not in out
    assert cs.validate({**VALID, "SnapshotName": None}) == VALID
    with pytest.raises(TypeError):
        cs.validate([("DiskId", "d")])  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        cs.expected_error("SnapshotName", "no-such-kind")


def test_product_package(ens: ModuleType) -> None:
    assert ens.OPERATIONS == {"CreateSnapshot": "create_snapshot"}
    assert ens.validate("CreateSnapshot", VALID) == VALID
    assert ens.PRODUCT == "ENS" and ens.API_VERSION == "2017-11-10"


# --- every type and constraint kind, on a spec made for it ------------------------------------------


def _param(name: str, ptype: str, *constraints: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "type": ptype, "required": required, "description": "", "example": "",
            "constraints": [{**c, "sentence": f"rule {c['kind']} of {name}"} for c in constraints], "unparsed": [],
            "first_seen": "2024-01-01", "last_seen": "2024-01-01", "provenance": [{"file": "x"}]}


def _error(code: str, message: str) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "status": 400, "message": message, "description": "-"}
    if "%s" in code:
        error["pattern"] = {"regex": "^" + code.replace(".", "\\.").replace("%s", "(?P<p0>[^\\s]+)") + "\\Z",
                            "placeholders": ["%s"], "dialect": "python"}
    return error


@pytest.fixture(scope="module")
def kinds(ens_specs: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    spec = copy.deepcopy(ens_specs[0])
    spec["operation"] = "CheckKinds"
    spec["request"] = [
        _param("Count", "Integer", {"kind": "range", "min": 1, "max": 10}, {"kind": "default", "value": 5}),
        _param("Size", "Long", {"kind": "enum", "values": [20, 40]}),
        _param("Ratio", "Double", {"kind": "range", "min": 0.5, "max": 2.5}),
        _param("Flag", "Boolean"),
        _param("Mode", "String", {"kind": "enum", "values": ["fast", "slow"]}),
        _param("Bandwidth", "String", {"kind": "range", "min": "1", "max": "200"}),
        _param("Names", "String", {"kind": "separator", "value": ","}, {"kind": "max_items", "max": 2}),
        _param("Code", "String", {"kind": "pattern", "regex": "^[a-z]{2}-[0-9]+$", "dialect": "python",
                                   "anchored": True}),
        _param("Cn", "String", {"kind": "charset", "classes": ["chinese", "digit"], "chars": []},
               {"kind": "first_char", "classes": ["chinese"]}),
        _param("Ascii", "String", {"kind": "charset", "classes": ["ascii"], "chars": []},
               {"kind": "length", "min": 1, "max": 4, "unit": "characters"}),
        _param("Upper", "String", {"kind": "charset", "classes": ["upper", "lower"], "chars": ["."]}),
        _param("Ids", "Array", {"kind": "max_items", "max": 2}),
        _param("Meta", "Object"),
        _param("Odd", "WeirdType"),
        _param("InstanceId.N", "RepeatList", {"kind": "max_items", "max": 3, "index": "N"}, required=True),
        _param("Weight.N", "RepeatList", {"kind": "range", "min": 0, "max": 100}),
        _param("Tag.N.Key", "String", {"kind": "max_items", "max": 2, "index": "N"},
               {"kind": "forbidden_prefix", "values": ["aliyun"]}, required=True),
        _param("Tag.N.Value", "String", {"kind": "length", "max": 3}),
        _param("Unit", "Integer", {"kind": "unit", "unit": "GiB"}),
    ]
    spec["errors"] = [_error("InvalidParameter.%s", "The parameter %s is invalid."),
                      _error("InvalidMode.ValueNotSupported", "Mode not supported."),
                      _error("MissingInstanceId", "InstanceId is missing."),
                      _error("InvalidParameter", "Something is invalid.")]
    gen = load_generated([spec], tmp_path_factory.mktemp("kinds"))
    return importlib.import_module(gen.__name__ + ".ens").validator("CheckKinds")


BASE = {"InstanceId.1": "i-1", "Tag.1.Key": "k"}


def test_numbers_and_booleans_are_normalised(kinds: ModuleType) -> None:
    out = kinds.validate({**BASE, "Count": "5", "Size": "40", "Ratio": "1.5", "Flag": "true", "Unit": 3})
    assert out["Count"] == 5 and type(out["Count"]) is int
    assert out["Size"] == 40 and out["Ratio"] == 1.5 and type(out["Ratio"]) is float
    assert out["Flag"] is True and kinds.validate({**BASE, "Flag": "FALSE"})["Flag"] is False
    assert kinds.validate({**BASE, "Ratio": 2})["Ratio"] == 2.0
    assert "Count" not in kinds.validate(BASE)  # documented default not filled in


@pytest.mark.parametrize("key,value", [("Count", "5.0"), ("Count", True), ("Count", "five"), ("Count", 2.0),
                                       ("Ratio", "nan"), ("Ratio", float("inf")), ("Ratio", "x"), ("Flag", "yes"),
                                       ("Flag", 1), ("Ids", 5), ("Meta", 5), ("Size", False)])
def test_type_errors(kinds: ModuleType, key: str, value: Any) -> None:
    rejects(kinds, {**BASE, key: value}, f"InvalidParameter.{key}", "type")


@pytest.mark.parametrize("key,value,kind", [
    ("Count", 0, "range"), ("Count", "11", "range"), ("Ratio", 0.4, "range"), ("Ratio", "2.6", "range"),
    ("Bandwidth", "0", "range"), ("Bandwidth", "201", "range"), ("Bandwidth", "many", "range"),
    ("Size", 30, "enum"), ("Names", "a,b,c", "max_items"), ("Code", "ab-12\n", "pattern"), ("Code", "AB-1", "pattern"),
    ("Cn", "1中", "first_char"), ("Cn", "中a", "charset"), ("Ascii", "", "length"), ("Ascii", "abcde", "length"),
    ("Ascii", "é", "charset"), ("Ascii", "a\tb", "charset"), ("Upper", "a-b", "charset"), ("Ids", [1, 2, 3], "max_items"),
])
def test_constraint_errors(kinds: ModuleType, key: str, value: Any, kind: str) -> None:
    exc = rejects(kinds, {**BASE, key: value}, f"InvalidParameter.{key}", kind)
    assert exc.field == key and kinds.expected_error(key, kind) == exc.code


def test_enum_with_its_own_code(kinds: ModuleType) -> None:
    exc = rejects(kinds, {**BASE, "Mode": "medium"}, "InvalidMode.ValueNotSupported", "enum")
    assert exc.message == "Mode not supported." and kinds.expected_error("Mode", "enum") == exc.code
    assert kinds.expected_error("Mode", "type") == "InvalidParameter.Mode"


@pytest.mark.parametrize("key,value", [("Count", 1), ("Count", "10"), ("Ratio", "0.5"), ("Bandwidth", "200"),
                                       ("Names", "a,b"), ("Code", "ab-12"), ("Cn", "中文12"), ("Ascii", "a b~"),
                                       ("Upper", "Ab.C"), ("Ids", ["a", "b"]), ("Ids", "a,b,c"), ("Meta", {"a": 1}),
                                       ("Odd", object), ("Mode", "fast"), ("Weight.1", "7")])
def test_constraint_accepts(kinds: ModuleType, key: str, value: Any) -> None:
    assert key in kinds.validate({**BASE, key: value})


def test_indexed_parameters(kinds: ModuleType) -> None:
    out = kinds.validate({"InstanceId.1": "i-1", "InstanceId.3": "i-3", "Tag.1.Key": "k", "Tag.1.Value": "v",
                          "Tag.2.Key": "k2", "Weight.2": "50"})
    assert out["InstanceId.3"] == "i-3" and out["Weight.2"] == 50
    assert kinds.validate({"InstanceId": ["i-1", "i-2"], "Tag.1.Key": "k"})["InstanceId"] == ["i-1", "i-2"]
    rejects(kinds, {**BASE, "InstanceId.4": "i"}, "InvalidParameter.InstanceId", "max_items")
    rejects(kinds, {**BASE, "InstanceId.0": "i"}, "InvalidParameter.InstanceId", "max_items")
    rejects(kinds, {"InstanceId": ["a", "b", "c", "d"], "Tag.1.Key": "k"}, "InvalidParameter.InstanceId", "max_items")
    rejects(kinds, {"InstanceId": "i-1", "Tag.1.Key": "k"}, "InvalidParameter.InstanceId", "type")
    rejects(kinds, {**BASE, "InstanceId.2": 5}, "InvalidParameter.InstanceId", "type")
    rejects(kinds, {**BASE, "Tag.3.Key": "k"}, "InvalidParameter.TagKey", "max_items")
    rejects(kinds, {**BASE, "Tag.2.Key": "aliyunX"}, "InvalidParameter.TagKey", "forbidden_prefix")
    rejects(kinds, {**BASE, "Tag.1.Value": "long"}, "InvalidParameter.TagValue", "length")
    rejects(kinds, {**BASE, "Weight.1": "101"}, "InvalidParameter.Weight", "range")
    rejects(kinds, {**BASE, "Tag.x.Key": "k"}, "errkb.UnknownParameter", "unknown")


def test_required_indexed_parameters(kinds: ModuleType) -> None:
    rejects(kinds, {"Tag.1.Key": "k"}, "MissingInstanceId", "required")
    assert kinds.expected_error("InstanceId.N", "required") == "MissingInstanceId"
    # Tag.N.Key is required in every element given, not overall.
    rejects(kinds, {"InstanceId.1": "i", "Tag.1.Key": "k", "Tag.2.Value": "v"}, "errkb.MissingParameter",
            "required")
    assert "Tag.1.Key" not in kinds.validate({"InstanceId.1": "i"})


@pytest.mark.parametrize("request_", [{}, {"Count": 5}, {"Count": 5, "Flag": True}, {"Count": 5, "InstanceId.1": None},
                                      {"Count": None, "Mode": "fast"}, {"InstanceId": []}])
def test_missing_required_repeated_parameter_without_extra_keys(kinds: ModuleType, request_: dict[str, Any]) -> None:
    # Only fixed parameters (or nothing) given: the repeated one is still missing.
    rejects(kinds, request_, "MissingInstanceId", "required")


def test_unknown_character_class_is_a_build_error(ens_specs: list[dict[str, Any]]) -> None:
    spec = copy.deepcopy(ens_specs[0])
    spec["request"][2]["constraints"][3]["classes"] = ["letter", "emoji"]
    with pytest.raises(ErrkbError) as info:
        render([spec])
    assert "spec/ens/CreateSnapshot.json" in str(info.value) and "SnapshotName" in str(info.value)
    assert "emoji" in str(info.value)


def test_bad_pattern_and_range_are_build_errors(ens_specs: list[dict[str, Any]]) -> None:
    spec = copy.deepcopy(ens_specs[0])
    spec["request"][2]["constraints"].append({"kind": "pattern", "regex": "([a-z", "sentence": "s"})
    with pytest.raises(ErrkbError, match="SnapshotName"):
        render([spec])
    spec = copy.deepcopy(ens_specs[0])
    spec["request"][2]["constraints"].append({"kind": "range", "min": "low", "sentence": "s"})
    with pytest.raises(ErrkbError, match="SnapshotName"):
        render([spec])


def test_output_is_deterministic(ens_specs: list[dict[str, Any]]) -> None:
    assert render(ens_specs) == render(copy.deepcopy(ens_specs))


# --- corpus pages ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_build(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], ModuleType]:
    """Every fourth corpus page, filed as a source tree and built into specs and a generated package."""
    tmp = tmp_path_factory.mktemp("corpus")
    pages = sorted(corpus.glob("*/*/source.md"))[::4]
    for page in pages:
        product, op = page.parent.parent.name, page.parent.name
        dst = tmp / "spec" / "sources" / product / op
        dst.mkdir(parents=True)
        shutil.copy(page, dst / "2024-01-01.md")
        meta = tmp / "spec" / "sources" / product / "product.json"
        meta.write_text(json.dumps({"product": product.upper(), "api_version": "2016-04-28"}), encoding="utf-8")
    plan = plan_specs(tmp)
    assert not plan.failures and len(plan.specs) == len(pages) > 30
    return plan.specs, load_generated(plan.specs, tmp)


def test_corpus_modules_compile(corpus_build: tuple[list[dict[str, Any]], ModuleType]) -> None:
    specs, gen = corpus_build
    base = Path(gen.__file__).parent
    sources = sorted(base.rglob("*.py"))
    assert len(sources) >= len(specs)
    for path in sources:
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_corpus_examples_mostly_pass(corpus_build: tuple[list[dict[str, Any]], ModuleType]) -> None:
    specs, gen = corpus_build
    passed, failed = 0, []
    for spec in specs:
        mod = importlib.import_module(f"{gen.__name__}.{spec['product_key']}").validator(spec["operation"])
        params = {p["name"]: p for p in spec["request"]}
        # A required repeated parameter (`InstanceId.N`) travels as its first flattened key.
        base = {wire_key(n): p["example"] for n, p in params.items() if p["required"] and p["example"]}
        for name, p in params.items():
            if not p["example"] or "." in name or "****" in p["example"]:
                continue
            request = {**base, name: p["example"]}
            try:
                mod.validate(request)
                passed += 1
            except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
                failed.append((spec["operation"], name, p["example"], getattr(exc, "code", repr(exc))))
    assert passed > 150
    assert len(failed) <= 0.05 * (passed + len(failed)), failed
    # Each failure is a typed error, never a crash of the validator.
    assert all(not code.startswith(("TypeError", "AttributeError", "KeyError")) for *_, code in failed)
