"""Document text cannot become code: a hostile page builds into modules that only define what templates define."""

from __future__ import annotations

import ast
import copy
import importlib
import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from support import import_package, write_files

from generator.build import plan
from generator.writers import exceptions, package, validators
from generator.writers.env import environment

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"

ALLOWED_IMPORTS = {"__future__", "re", "collections.abc", "contextlib", "functools", "typing", "types", "importlib",
                   "errkb_runtime", "errkb_runtime.errors", None}
TEMPLATE_FUNCTIONS = {
    "errors.py": {"lookup", "from_response", "from_sdk", "translate"},
    "__init__.py": {"validator", "validate"},
    "validator": {"validate", "expected_error", "_fail"},
}
ALLOWED_CALLS = {"_re.compile", "_prebuilt", "frozenset", "_v.Indexed"}
BANNED_NAMES = {"exec", "eval", "__import__", "compile", "open", "os", "system", "getattr", "setattr", "globals",
                "locals", "vars", "breakpoint", "input", "subprocess", "builtins", "__builtins__"}


def build_tree(tmp: Path) -> Path:
    """File the hostile page as a source tree (spec/sources/<p>/<Op>/<ver>.md + product.json) and build it."""
    d = tmp / "spec" / "sources" / "evil" / "CreateTrap"
    d.mkdir(parents=True)
    shutil.copy(HOSTILE / "CreateTrap.md", d / "2024-01-01.md")
    shutil.copy(HOSTILE / "product.json", tmp / "spec" / "sources" / "evil" / "product.json")
    result = plan(tmp)
    assert not result.failures, [str(f) for f in result.failures]
    write_files(result.files, tmp)
    return tmp / "generated"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tree(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def evil(hostile: Path) -> ModuleType:
    return importlib.import_module(import_package(hostile, "errkb_hostile").__name__ + ".evil")


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return "?"


def _is_literal(node: ast.AST) -> bool:
    try:
        ast.literal_eval(node)
    except ValueError:
        return False
    return True


def _is_value(node: ast.AST) -> bool:
    """A literal, a name, an attribute, a subscript by a literal, or an allowed call of such values."""
    if _is_literal(node) or isinstance(node, (ast.Name, ast.Attribute)) and _dotted(node) != "?":
        return True
    if isinstance(node, ast.Subscript):
        return _is_value(node.value) and _is_literal(node.slice)
    if isinstance(node, ast.Attribute):
        return _is_value(node.value)
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call):
            return False
        return _dotted(func) in ALLOWED_CALLS and all(_is_value(a) for a in node.args) and all(
            _is_value(k.value) for k in node.keywords)
    if isinstance(node, (ast.Tuple, ast.List)):
        return all(_is_value(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(k is not None and _is_literal(k) for k in node.keys) and all(_is_value(v) for v in node.values)
    return False


def _check_module_level(stmt: ast.stmt, functions: set[str]) -> None:
    if isinstance(stmt, ast.ImportFrom):
        assert stmt.module in ALLOWED_IMPORTS or stmt.level > 0 and (stmt.module or "") in ALLOWED_IMPORTS
    elif isinstance(stmt, ast.Import):
        assert all(a.name in ALLOWED_IMPORTS for a in stmt.names)
    elif isinstance(stmt, ast.ClassDef):
        assert all(isinstance(b, (ast.Name, ast.Attribute)) for b in stmt.bases) and not stmt.keywords
        assert not stmt.decorator_list
        doc, *rest = stmt.body
        assert isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant) and isinstance(doc.value.value, str)
        for item in rest:
            assert isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name)
            value = item.value
            assert _is_literal(value) or (isinstance(value, ast.Call) and _dotted(value.func) == "_re.compile"
                                          and len(value.args) == 1 and _is_literal(value.args[0]))
    elif isinstance(stmt, ast.FunctionDef):
        assert stmt.name in functions or stmt.name.startswith("_p") and stmt.name[2:].isdigit(), stmt.name
        assert not stmt.decorator_list
    elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        assert all(isinstance(t, ast.Name) for t in targets)
        assert stmt.value is not None and _is_value(stmt.value), ast.unparse(stmt)
    elif isinstance(stmt, ast.Expr):
        assert isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)  # the docstring
    else:
        pytest.fail(f"unexpected top-level statement: {ast.unparse(stmt)[:200]}")


def _check_no_code_from_text(tree: ast.AST) -> None:
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            assert node.id not in BANNED_NAMES, node.id
        if isinstance(node, ast.Attribute):
            assert node.attr not in {"system", "popen", "spawn", "execv", "__globals__", "__subclasses__"}
        if isinstance(node, ast.Call):
            name = _dotted(node.func)
            assert name in ALLOWED_CALLS or name.split(".")[-1] not in BANNED_NAMES, name


def _modules(base: Path) -> list[Path]:
    return sorted(p for p in (base / "evil").rglob("*.py"))


def test_hostile_page_is_read_with_its_hostile_text(hostile: Path) -> None:
    spec = (hostile / "evil" / "spec" / "CreateTrap.json").read_text(encoding="utf-8")
    for text in ('Name\\"\\"\\"', "__import__('os').system", "{{ config.items() }}", "{% import os %}", "%s.%s",
                 "错误.代码", "Pa\\\\th"):
        assert text in spec, text


def test_generated_modules_define_only_what_templates_define(hostile: Path) -> None:
    mine = [p for p in _modules(hostile) if p.name == "errors.py" or p.name == "__init__.py"
            or p.name == "create_trap.py"]
    assert {p.name for p in mine} == {"errors.py", "__init__.py", "create_trap.py"}
    for path in mine:
        source = path.read_text(encoding="utf-8")
        assert source.isascii()
        tree = ast.parse(source, str(path))
        functions = TEMPLATE_FUNCTIONS.get(path.name, TEMPLATE_FUNCTIONS["validator"])
        for stmt in tree.body:
            _check_module_level(stmt, functions)
        _check_no_code_from_text(tree)


def test_every_generated_module_compiles(hostile: Path) -> None:
    for path in sorted(hostile.rglob("*.py")):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_hostile_errors_behave(evil: ModuleType) -> None:
    errors = evil.errors
    codes = ['Bad"""Code', "{{ config.items() }}", "{% import os %}", "__import__('os').system('id')", "class", "None",
             "404NotFound", "错误.代码", "Foo.Bar", "FooBar", "foo.bar", "Foo-Bar", "MissingParameter"]
    names = set()
    for code in codes:
        cls = errors.lookup(code)
        assert cls.code == code and cls.__name__.isidentifier() and cls.documented
        names.add(cls.__name__)
    assert len(names) == len(codes)
    bad = errors.REGISTRY['Bad"""Code']
    assert bad.messages == ('Message with """ triple quotes and \\ backslash.',)
    assert "\"\"\"; import os; os.system('echo pwned'); \"\"\"" in bad.__doc__
    assert errors.REGISTRY["Foo.Bar"].statuses == (400, 403)
    two = errors.REGISTRY["%s.%s"]
    assert errors.lookup("Anything.Else") is two
    exc = errors.from_response(500, {"Code": "Anything.Else", "Message": "m"})
    assert type(exc) is two and exc.fields == ("Anything", "Else")
    assert errors.from_response(400, b"\x00{{ x }}\"\"\"").__class__ is errors.EvilError


def test_hostile_validator_behaves(evil: ModuleType) -> None:
    mod = evil.validator("CreateTrap")
    name = 'Name"""'
    ok = {name: "abc", "Pa\\th": "{{ 7*7 }}", "Mode": "{{x}}", "Tag.1.Key": "k", "class": "kw", "名称": "名字",
          "exec(open('x').read())": "x"}
    assert mod.validate(ok) == ok
    with pytest.raises(evil.errors.REGISTRY["InvalidParameter.%s"]) as info:
        mod.validate({name: "1bc"})
    assert info.value.field == name and info.value.code == 'InvalidParameter.Name"""'
    assert info.value.constraint == "first_char"
    with pytest.raises(evil.errors.EvilError) as missing:
        mod.validate({})
    assert missing.value.code == mod.expected_error(name, "required")
    for request, kind in (({name: "abc", "Tag.4.Key": "k"}, "max_items"), ({name: "abc", "Tag.1.Key": "aliyunX"},
                          "forbidden_prefix"), ({name: "abc", "Mode": "{{ x }}"}, "enum"),
                          ({name: "abc", "Count": "11"}, "range"), ({name: "abc", "名称": "名字1"}, "charset")):
        with pytest.raises(evil.errors.EvilError) as err:
            mod.validate(request)
        assert err.value.constraint == kind
        assert err.value.code == mod.expected_error(err.value.parameter, kind)
    with pytest.raises(evil.errors.UNDOCUMENTED["errkb.UnknownParameter"]):
        mod.validate({name: "abc", "__import__('os')": "x"})


def _nasty(text: str) -> str:
    return text + ' """ \x00 \\ {{ x }} {% if %} %s \n\r\t \u2028 \u202e \x1b[31m'


def test_control_characters_in_specs(tmp_path: Path) -> None:
    """Writers get specs, and a spec may hold what no page can (NUL): every text stays a literal."""
    doc = build_spec_from(tmp_path / "src")
    spec = copy.deepcopy(doc)
    for p in spec["request"]:
        p["name"] = _nasty(p["name"])
        for c in p["constraints"]:
            c["sentence"] = _nasty(c["sentence"])
    for e in spec["errors"]:
        e["message"] = _nasty(e["message"])
        e["description"] = _nasty(e["description"])
        if not e.get("pattern"):
            e["code"] = _nasty(e["code"])
    env = environment()
    files: dict[str, bytes] = {}
    for writer in (package, exceptions, validators):
        files.update(writer.render([spec], env))
    out = tmp_path / "out"
    for rel, data in files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
        if rel.endswith(".py") and "errkb_runtime" not in rel:
            assert data.isascii()
            _check_no_code_from_text(ast.parse(data.decode(), rel))
    gen = import_package(out / "generated", "errkb_hostile")
    errs = importlib.import_module(gen.__name__ + ".evil.errors")
    code = _nasty('Bad"""Code')
    assert errs.REGISTRY[code].code == code and errs.REGISTRY[code].messages == (
        _nasty('Message with """ triple quotes and \\ backslash.'),)
    validator = importlib.import_module(gen.__name__ + ".evil").validator("CreateTrap")
    assert validator.PARAMETERS[0] == _nasty('Name"""')


def build_spec_from(tmp: Path) -> dict[str, Any]:
    tmp.mkdir(parents=True)
    build_tree(tmp)
    return json.loads((tmp / "generated" / "evil" / "spec" / "CreateTrap.json").read_text(encoding="utf-8"))
