"""Typed exceptions: naming, registry, templated codes, HTTP answers and the official SDK's errors."""

from __future__ import annotations

import copy
import importlib
import importlib.util
import keyword
import pickle
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from support import import_package, write_files

from generator import naming
from generator.build import plan_specs
from generator.writers import exceptions, package, validators
from generator.writers.env import environment

ROOT = Path(__file__).resolve().parents[1]


def load_generated(specs: list[dict[str, Any]], where: Path) -> ModuleType:
    """Render the package, runtime, exception and validator writers into `where` and import it."""
    env = environment()
    files: dict[str, bytes] = {}
    for writer in (package, exceptions, validators):
        files.update(writer.render(specs, env))
    write_files(files, where)
    return import_package(where / "generated", "errkb_gen")


@pytest.fixture(scope="module")
def ens_specs() -> list[dict[str, Any]]:
    return plan_specs(ROOT).specs


@pytest.fixture(scope="module")
def ens(ens_specs: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    root = load_generated(ens_specs, tmp_path_factory.mktemp("ens"))
    return importlib.import_module(root.__name__ + ".ens.errors")


# --- naming ---------------------------------------------------------------------------------------


def test_names_are_identifiers_and_distinct() -> None:
    codes = ["SaleControl.VerificationFailed", "SaleControlVerificationFailed", "SaleControlVerificationFailedStock",
             "saleControl.verificationFailed", "Foo-Bar", "Foo.Bar", "foo.bar", "FooBar", "class", "None", "True",
             "match", "404NotFound", "500", "错误.代码", "错误-代码", "", "...", "InvalidParameter.%s",
             "InvalidParameter.Field", "SystemError", "Exception", "REGISTRY", "a b", "a\nb", "a\x00b"]
    names = naming.class_names(codes, reserved={"REGISTRY"})
    assert set(names) == set(codes)
    assert len(set(names.values())) == len(codes)
    for name in names.values():
        assert name.isidentifier() and name.isascii()
        assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name)
        assert name not in naming.BUILTINS and name != "REGISTRY"


def test_code_that_is_its_name_keeps_it() -> None:
    names = naming.class_names(["Foo.Bar", "FooBar", "foo.bar"])
    assert names["FooBar"] == "FooBar"
    assert names["Foo.Bar"] == "Foo_Bar"
    assert names["foo.bar"] == "foo_bar"
    names = naming.class_names(["SaleControl.VerificationFailed", "SaleControlVerificationFailedStock"])
    assert names == {"SaleControl.VerificationFailed": "SaleControlVerificationFailed",
                     "SaleControlVerificationFailedStock": "SaleControlVerificationFailedStock"}


def test_special_codes() -> None:
    names = naming.class_names(["class", "None", "404NotFound", "错误", "InvalidParameter.%s", "SystemError"])
    assert names["class"] == "Class"
    assert names["None"] == "None_"
    assert names["404NotFound"] == "E404NotFound"
    assert names["错误"] == "U9519U8BEF"
    assert names["InvalidParameter.%s"] == "InvalidParameterField"
    assert names["SystemError"] == "SystemError_"


def test_names_do_not_depend_on_order() -> None:
    codes = ["A.B", "a-b", "a.b", "AB", "a_b", "A-B", "x", "X"]
    first = naming.class_names(codes)
    rng = random.Random(7)
    for _ in range(20):
        shuffled = codes[:]
        rng.shuffle(shuffled)
        assert naming.class_names(shuffled) == first


def test_operation_modules() -> None:
    assert naming.snake("CreateSnapshot") == "create_snapshot"
    assert naming.snake("DescribeDBInstances") == "describe_db_instances"
    mods = naming.operation_modules(["Errors", "Spec", "TestThing", "ThingStrategies", "Import", "DescribeDBA",
                                     "DescribeDbA"])
    assert mods["Errors"] == "errors_op" and mods["Spec"] == "spec_op" and mods["Import"] == "import_op"
    assert mods["TestThing"] == "test_thing_op" and mods["ThingStrategies"] == "thing_strategies_op"
    assert len(set(mods.values())) == len(mods)
    assert all(m.isidentifier() and not keyword.iskeyword(m) for m in mods.values())


# --- registry and classes -------------------------------------------------------------------------


def test_registry_has_every_documented_code(ens: ModuleType, ens_specs: list[dict[str, Any]]) -> None:
    codes = {e["code"] for s in ens_specs for e in s["errors"]}
    assert set(ens.REGISTRY) == codes
    for code, cls in ens.REGISTRY.items():
        assert issubclass(cls, ens.EnsError) and cls.code == code and cls.documented
        assert ens.lookup(code) is cls
        assert cls.__doc__ and code in cls.__doc__
    assert len(set(ens.REGISTRY.values())) == len(codes)


def test_collision_of_dotted_and_plain_codes(ens: ModuleType) -> None:
    dotted = ens.REGISTRY["SaleControl.VerificationFailed"]
    stock = ens.REGISTRY["SaleControlVerificationFailedStock"]
    assert dotted is not stock
    assert dotted.__name__ == "SaleControlVerificationFailed"
    assert stock.__name__ == "SaleControlVerificationFailedStock"
    assert "You did not pass the salecontrol verification" in dotted.__doc__
    assert dotted.messages == ("You did not pass the salecontrol verification.Please contact the product.",)
    assert dotted.statuses == (400,)


def test_pattern_class_exposes_field(ens: ModuleType) -> None:
    cls = ens.lookup("InvalidParameter.DiskId")
    assert cls is ens.REGISTRY["InvalidParameter.%s"] and cls in ens.PATTERNS
    assert cls.code == "InvalidParameter.%s"
    exc = cls(code="InvalidParameter.DiskId")
    assert exc.code == "InvalidParameter.DiskId" and exc.field == "DiskId" and exc.fields == ("DiskId",)
    assert exc.message == "The specified field DiskId invalid. Please check it again."
    made = cls(field="SnapshotName")
    assert made.code == "InvalidParameter.SnapshotName" and made.field == "SnapshotName"
    assert ens.lookup("InvalidParameter.with space") is ens.EnsError
    assert ens.lookup("InvalidParameter.") is ens.EnsError


def test_unknown_code_and_family(ens: ModuleType) -> None:
    assert ens.lookup("NoSuchCode") is ens.EnsError
    assert ens.lookup(None) is ens.EnsError
    assert ens.lookup(42) is ens.EnsError
    assert ens.lookup("") is ens.EnsError
    # The family of an unknown dotted code is its part before the first dot.
    assert ens.lookup("SaleControl.SomethingNew") is ens.EnsError
    assert ens.lookup("NoPermission.Sub") is ens.REGISTRY["NoPermission"]


def test_several_statuses_and_messages(ens_specs: list[dict[str, Any]], tmp_path: Path) -> None:
    specs = copy.deepcopy(ens_specs)
    errors = specs[0]["errors"]
    base = next(e for e in errors if e["code"] == "NoPermission")
    errors.append({**base, "status": 403, "message": "Forbidden for this account.", "description": "Other text."})
    other = copy.deepcopy(specs[0])
    other["operation"] = "DeleteSnapshot"
    other["errors"] = [{**base, "status": 404, "message": "Permission denied."}]
    gen = load_generated(specs + [other], tmp_path)
    cls = importlib.import_module(gen.__name__ + ".ens.errors").REGISTRY["NoPermission"]
    assert cls.statuses == (400, 403, 404)
    assert cls.messages == ("Permission denied.", "Forbidden for this account.")
    assert cls.descriptions == ("-", "Other text.")
    assert cls.operations == ("CreateSnapshot", "DeleteSnapshot")
    assert "Forbidden for this account." in cls.__doc__
    assert cls().status == 400


def test_undocumented_classes(ens: ModuleType) -> None:
    for code in ("errkb.MissingParameter", "errkb.InvalidType", "errkb.InvalidValue", "errkb.UnknownParameter"):
        cls = ens.UNDOCUMENTED[code]
        assert cls.documented is False and cls.code == code and issubclass(cls, ens.EnsError)
        assert "Not from the documents" in cls.__doc__


# --- HTTP answers -------------------------------------------------------------------------------


def test_from_response_both_key_cases(ens: ModuleType) -> None:
    upper = ens.from_response(400, {"Code": "NoPermission", "Message": "Permission denied.", "RequestId": "R1"})
    lower = ens.from_response("400", {"code": "NoPermission", "message": "Permission denied.", "requestId": "R1"})
    for exc in (upper, lower):
        assert type(exc) is ens.REGISTRY["NoPermission"]
        assert (exc.code, exc.message, exc.status, exc.request_id) == ("NoPermission", "Permission denied.", 400, "R1")
        assert "R1" in str(exc)


def test_from_response_text_bytes_and_xml(ens: ModuleType) -> None:
    body = '{"Code": "InvalidParameter.DiskId", "Message": "bad disk", "RequestId": "R2"}'
    for given in (body, body.encode(), bytearray(body.encode())):
        exc = ens.from_response(400, given)
        assert type(exc) is ens.REGISTRY["InvalidParameter.%s"]
        assert exc.field == "DiskId" and exc.message == "bad disk" and exc.request_id == "R2"
        assert exc.body == {"Code": "InvalidParameter.DiskId", "Message": "bad disk", "RequestId": "R2"}
    xml = b"<?xml version='1.0'?><Error><RequestId>R3</RequestId><Code>OrderFailed</Code><Message>m</Message></Error>"
    exc = ens.from_response(400, xml)
    assert type(exc) is ens.REGISTRY["OrderFailed"] and exc.request_id == "R3"


@pytest.mark.parametrize("body", [None, b"", b"\xff\xfe\x00garbage", "not json", "[1, 2]", "{broken", 42,
                                  {"Code": 5}, {"Code": None}, {"Message": "no code"}, "<html>oops</html>",
                                  '{"Code": ["x"]}', object()])
def test_from_response_garbage_gives_base_class(ens: ModuleType, body: object) -> None:
    exc = ens.from_response(502, body)
    assert isinstance(exc, ens.EnsError)
    assert exc.status == 502
    assert type(exc) is ens.EnsError


def test_unknown_code_keeps_the_code(ens: ModuleType) -> None:
    exc = ens.from_response(400, {"Code": "Brand.NewCode", "Message": "new", "RequestId": "R"})
    assert type(exc) is ens.EnsError and exc.code == "Brand.NewCode" and exc.message == "new"


def test_errors_pickle(ens: ModuleType) -> None:
    exc = ens.from_response(400, {"Code": "InvalidParameter.DiskId", "Message": "m", "RequestId": "R"})
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc) and back.code == exc.code and back.field == "DiskId" and back.request_id == "R"


# --- the official SDK -----------------------------------------------------------------------------


class FakeClientException(Exception):
    """Shaped like alibabacloud_tea_openapi.exceptions.ClientException."""

    def __init__(self, *, status_code: int | None, code: str, message: str, request_id: str | None,
                 data: dict[str, Any] | None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.request_id = request_id
        self.data = data


def _fake(code: str = "InvalidParameter.SnapshotName", status: int = 400) -> FakeClientException:
    original = "The specified field SnapshotName invalid. Please check it again."
    return FakeClientException(
        status_code=status, code=code, message=f"code: {status}, {original} request id: RID",
        request_id="RID", data={"Code": code, "Message": original, "RequestId": "RID", "statusCode": status})


def test_from_sdk_duck_typed(ens: ModuleType) -> None:
    exc = ens.from_sdk(_fake())
    assert type(exc) is ens.REGISTRY["InvalidParameter.%s"]
    assert exc.field == "SnapshotName" and exc.status == 400 and exc.request_id == "RID"
    assert exc.message == "The specified field SnapshotName invalid. Please check it again."
    assert ens.from_sdk(exc) is exc


def test_from_sdk_without_code(ens: ModuleType) -> None:
    fake = FakeClientException(status_code=500, code="None", message="code: 500, x", request_id=None, data={})
    exc = ens.from_sdk(fake)
    assert type(exc) is ens.EnsError and exc.status == 500 and exc.message == "code: 500, x"


def test_from_sdk_real_client_exception(ens: ModuleType) -> None:
    sdk = pytest.importorskip("alibabacloud_tea_openapi.exceptions")
    data = {"Code": "OrderFailed", "Message": "Order failed, please try again.", "RequestId": "R9", "statusCode": 400}
    err = sdk.ClientException(status_code=400, code="OrderFailed", message="code: 400, Order failed request id: R9",
                              request_id="R9", data=data)
    exc = ens.from_sdk(err)
    assert type(exc) is ens.REGISTRY["OrderFailed"]
    assert (exc.status, exc.request_id, exc.message) == (400, "R9", "Order failed, please try again.")
    server = sdk.ServerException(status_code=503, code="ServiceUnavailable", message="m", request_id="R10",
                                 data={"Code": "ServiceUnavailable", "Message": "busy"})
    exc = ens.from_sdk(server)
    assert type(exc) is ens.EnsError and exc.status == 503 and exc.code == "ServiceUnavailable"


def test_translate_reraises_typed_from_original(ens: ModuleType) -> None:
    original = _fake("SaleControl.VerificationFailed")
    with pytest.raises(ens.REGISTRY["SaleControl.VerificationFailed"]) as info, ens.translate():
        raise original
    assert info.value.__cause__ is original and info.value.request_id == "RID"
    with pytest.raises(ValueError), ens.translate():
        raise ValueError("not an SDK error")
    typed = ens.REGISTRY["OrderFailed"]()
    with pytest.raises(ens.REGISTRY["OrderFailed"]) as again, ens.translate():
        raise typed
    assert again.value is typed
    with ens.translate():
        pass
