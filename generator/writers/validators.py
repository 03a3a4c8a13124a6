"""`generated/<product>/<operation>.py`: one straight-line `validate(request)` per operation.

Each parameter's checks are generated as plain statements (type, then every machine constraint in
the spec's order) against precompiled regexes and literal sets, so a call does no table lookups.
Document text reaches the module only as `repr()` literals. How values are normalised and which
keys are accepted is described in `generator/runtime/validation.py`; which code each broken rule
raises in `generator/writers/codes.py`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import jinja2

from .. import naming
from ..errors import SpecError
from ..runtime.kinds import CLASS_RANGES, INDEX_SEGMENTS, value_kind
from ..runtime.kinds import element_kind as _element_kind
from .codes import KINDS, Codes
from .package import by_product, frozenset_lit, lit, set_lit

SMALL_CLASSES = {
    "letter": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "lower": "abcdefghijklmnopqrstuvwxyz",
    "upper": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "digit": "0123456789",
}
CONVERTERS = {"int": "_as_int", "float": "_as_float", "bool": "_as_bool", "list": "_as_list", "obj": "_as_object"}


def type_kind(ptype: Any) -> str:
    """A page's type string → str/int/float/bool/list/obj, or `any` (no type check) if unknown."""
    return value_kind(ptype)


@dataclass
class Module:
    """What one validator module is made of, filled while the parameters are compiled."""

    where: str
    codes: Codes
    constants: list[tuple[str, str]] = field(default_factory=list)
    fails: dict[tuple[str, str], str] = field(default_factory=dict)
    functions: list[dict[str, Any]] = field(default_factory=list)
    counter: int = 0

    def const(self, prefix: str, expr: str) -> str:
        for name, value in self.constants:
            if value == expr and name.startswith(prefix):
                return name
        name = f"{prefix}{self.counter}"
        self.counter += 1
        self.constants.append((name, expr))
        return name

    def fail(self, pname: str, kind: str, detail: str | None) -> str:
        """The module-level factory raising the error for `kind` broken on `pname`."""
        key = (pname, kind)
        if key in self.fails:
            return self.fails[key]
        r = self.codes.resolve(pname, kind)
        cls = f"_errors.REGISTRY[{lit(r.template)}]" if r.documented else f"_errors.UNDOCUMENTED[{lit(r.template)}]"
        message = r.message if r.documented else _undocumented_message(pname, kind, detail)
        args = [cls, lit(message), f"code={lit(r.code)}"]
        if r.field is not None:
            args.append(f"field={lit(r.field)}")
        args += [f"parameter={lit(pname)}", f"constraint={lit(kind)}", f"detail={lit(detail)}"]
        name = f"_F{len(self.fails)}"
        self.constants.append((name, f"_prebuilt({', '.join(args)})"))
        self.fails[key] = name
        return name


def _undocumented_message(pname: str, kind: str, detail: str | None) -> str:
    if kind == "required":
        return f"The required parameter {pname} is missing."
    if kind == "type":
        return f"The parameter {pname} has a value of the wrong type."
    return f"The parameter {pname} breaks its {kind} rule" + (f": {detail}" if detail else ".")


def _char_class(classes: Any, chars: Any, where: str, pname: str, kind: str) -> tuple[str, str | None]:
    """(regex character-class body, the same as a plain string of characters when small)."""
    body, plain = "", ""
    small = True
    for c in classes or []:
        if c not in CLASS_RANGES:
            raise SpecError(f"parameter {pname!r}: unknown character class {c!r} in {kind}", file=where)
        body += CLASS_RANGES[c]
        if c in SMALL_CLASSES:
            plain += SMALL_CLASSES[c]
        else:
            small = False
    for ch in "".join(str(x) for x in (chars or [])):
        body += re.escape(ch)
        plain += ch
    return body, ("".join(sorted(set(plain))) if small else None)


def _number(value: Any, where: str, pname: str) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, str):  # bounds of a String parameter are read as text
        if re.fullmatch(r"[+-]?\d+", value.strip()):
            return int(value)
        try:
            value = float(value)
        except ValueError:
            pass
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise SpecError(f"parameter {pname!r}: range bound {value!r} is not a number", file=where)
    return value


def _regex(value: Any, where: str, pname: str) -> str:
    """The regex of a pattern constraint, checked to be text that compiles."""
    if not isinstance(value, str):
        raise SpecError(f"parameter {pname!r}: pattern does not compile: {value!r} is not a string", file=where)
    try:
        re.compile(value)
    except re.error as exc:
        raise SpecError(f"parameter {pname!r}: pattern does not compile: {exc}", file=where) from None
    return value


def _convert(value: Any, kind: str) -> Any:
    """A documented enum value in the parameter's normalised type, or None if it does not convert."""
    if kind == "int":
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return value
        return int(value) if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value) else None
    if kind == "float":
        if isinstance(value, bool):
            return None
        if isinstance(value, (int, float)):
            return value
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        low = str(value).lower()
        return True if low == "true" else False if low == "false" else None
    # a value of another kind (an object, anything) is compared by its text
    return value if isinstance(value, str) and kind == "str" else None


def element_kind(param: dict[str, Any]) -> str:
    """The type of one item of a list parameter: numbers if its enum/range say so, else text."""
    return _element_kind(param.get("constraints", []))


class ParamCompiler:
    """Statements checking one value `v` of one parameter; they leave the normalised value in `v`."""

    def __init__(self, mod: Module, param: dict[str, Any]) -> None:
        self.mod = mod
        self.p = param
        self.name: str = param["name"]
        self.constraints = [c for c in param.get("constraints", []) if isinstance(c, dict)]
        self.separator = next((c.get("value") for c in self.constraints if c.get("kind") == "separator"
                               and isinstance(c.get("value"), str) and c.get("value")), None)

    def fail(self, kind: str, detail: str | None = None) -> str:
        return f"raise {self.mod.fail(self.name, kind, detail)}()"

    def type_check(self, kind: str) -> list[str]:
        f = self.fail("type")
        if kind == "str":
            return ["if v.__class__ is not str and not isinstance(v, str):", f"    {f}"]
        if kind == "int":
            return ["if v.__class__ is not int:", "    v = _as_int(v)", "    if v is _BAD:", f"        {f}"]
        if kind == "float":
            return ["if v.__class__ is not float or v - v:", "    v = _as_float(v)", "    if v is _BAD:",
                    f"        {f}"]
        if kind == "bool":
            return ["if v is not True and v is not False:", "    v = _as_bool(v)", "    if v is _BAD:",
                    f"        {f}"]
        if kind in ("list", "obj"):
            return [f"v = {CONVERTERS[kind]}(v)", "if v is _BAD:", f"    {f}"]
        return []

    def value_checks(self, kind: str, indexed: bool) -> list[str]:
        """Checks of the machine constraints on a value already of type `kind`."""
        out: list[str] = []
        where = self.mod.where
        t = "v" if kind == "str" else "t"
        if kind != "str" and any(c.get("kind") in ("length", "first_char", "forbidden_prefix", "charset", "pattern")
                                 for c in self.constraints):
            out.append("t = _text(v)")
        nonempty = False  # a length check with a minimum of 1 or more has run
        text_rules: list[tuple[int, int, str]] = []  # (first line, end line, regex piece) of character rules
        for c in self.constraints:
            begin = len(out)
            k = c.get("kind")
            sentence = c.get("sentence") if isinstance(c.get("sentence"), str) else None
            if k not in KINDS:
                raise SpecError(f"parameter {self.name!r}: unknown constraint kind {k!r}", file=where)
            if k == "length":
                lo, hi = _number(c.get("min"), where, self.name), _number(c.get("max"), where, self.name)
                n = f"len({t}.encode())" if str(c.get("unit", "")).lower() == "bytes" else f"len({t})"
                if lo is not None and hi is not None:
                    out += [f"if not {lit(lo)} <= {n} <= {lit(hi)}:", f"    {self.fail(k, sentence)}"]
                elif lo is not None or hi is not None:
                    test = f"{n} < {lit(lo)}" if lo is not None else f"{n} > {lit(hi)}"
                    out += [f"if {test}:", f"    {self.fail(k, sentence)}"]
                nonempty = nonempty or (lo is not None and lo >= 1)
            elif k == "first_char":
                body, plain = _char_class(c.get("classes"), c.get("chars"), where, self.name, k)
                guard = "" if nonempty else f"{t} and "  # an empty value has no first character
                text_rules.append((begin, begin + 2, f"(?=[{body}])" if nonempty else f"(?:(?=[{body}])|\\Z)"))
                if plain is not None:
                    out += [f"if {guard}{t}[0] not in {set_lit(plain)}:", f"    {self.fail(k, sentence)}"]
                else:
                    rx = self.mod.const("_R", f"_re.compile({lit('[' + body + ']')}).match")
                    out += [f"if {guard}{rx}({t}) is None:", f"    {self.fail(k, sentence)}"]
            elif k == "forbidden_prefix":
                values = tuple(v for v in c.get("values") or [] if isinstance(v, str) and v)
                if values:
                    out += [f"if {t}.startswith({lit(values)}):", f"    {self.fail(k, sentence)}"]
                    text_rules.append((begin, begin + 2, "(?!" + "|".join(re.escape(v) for v in values) + ")"))
            elif k == "charset":
                body, _ = _char_class(c.get("classes"), c.get("chars"), where, self.name, k)
                rx = self.mod.const("_R", f"_re.compile({lit('[' + body + ']*')}).fullmatch")
                out += [f"if {rx}({t}) is None:", f"    {self.fail(k, sentence)}"]
                text_rules.append((begin, begin + 2, f"[{body}]*"))
            elif k in ("enum", "range") and kind == "str" and self.separator is not None:
                # a list written as text (`1,2,3`): each of its values is one of the listed ones or in range
                check = self._enum(c, kind, sentence, "y") if k == "enum" else self._range(c, kind, sentence, "y")
                if check:
                    out += [f"for y in v.split({lit(self.separator)}):", "    y = y.strip()", *_indent(check, 4)]
            elif k == "enum":
                out += self._enum(c, kind, sentence)
            elif k == "range":
                out += self._range(c, kind, sentence)
            elif k == "pattern":
                regex = _regex(c.get("regex"), where, self.name)
                how = "fullmatch" if c.get("anchored") or (regex.startswith("^") and regex.endswith("$")) else "search"
                rx = self.mod.const("_R", f"_re.compile({lit(regex)}).{how}")
                out += [f"if {rx}({t}) is None:", f"    {self.fail(k, sentence)}"]
            elif k == "max_items" and not indexed:
                limit = c.get("max")
                if not isinstance(limit, int) or isinstance(limit, bool):
                    raise SpecError(f"parameter {self.name!r}: max_items {limit!r} is not an integer", file=where)
                if kind == "list" or self.separator is not None or limit < 1:
                    out += [f"if _count_items(v, {lit(self.separator)}) > {lit(limit)}:",
                            f"    {self.fail(k, sentence)}"]
        return self._merge_text_rules(out, text_rules, t)

    def _merge_text_rules(self, out: list[str], rules: list[tuple[int, int, str]], t: str) -> list[str]:
        """Adjacent character rules (first character, forbidden prefixes, character set) → one regex.

        A valid value then costs one regex call; only a value it rejects runs the single checks, in
        the spec's order, to raise the error of the first rule broken — the same error as without it.
        """
        runs: list[list[tuple[int, int, str]]] = []
        for rule in rules:
            if runs and runs[-1][-1][1] == rule[0]:
                runs[-1].append(rule)
            else:
                runs.append([rule])
        for run in reversed(runs):
            if len(run) < 2:
                continue
            pieces = [piece for _, _, piece in run]
            body = [piece for piece in pieces if piece.endswith("]*")]
            heads = [piece for piece in pieces if not piece.endswith("]*")]
            if len(body) > 1:
                continue  # two character sets: leave them as they are
            regex = "".join(heads) + (body[0] if body else "(?s:.*)")
            rx = self.mod.const("_C", f"_re.compile({lit(regex)}).fullmatch")
            start, end = run[0][0], run[-1][1]
            out[start:end] = [f"if {rx}({t}) is None:", *_indent(out[start:end], 4)]
        return out

    def _enum(self, c: dict[str, Any], kind: str, sentence: str | None, var: str = "v") -> list[str]:
        values = list(c.get("values") or [])
        if not values:
            return []
        converted = [_convert(v, kind) for v in values]
        if values and all(v is not None for v in converted):
            return [f"if {var} not in {set_lit(converted)}:", f"    {self.fail('enum', sentence)}"]
        texts = frozenset(str(v).lower() if isinstance(v, bool) else str(v) for v in values)
        return [f"if _text({var}) not in {set_lit(texts)}:", f"    {self.fail('enum', sentence)}"]

    def _range(self, c: dict[str, Any], kind: str, sentence: str | None, var: str = "v") -> list[str]:
        where = self.mod.where
        lo, hi = _number(c.get("min"), where, self.name), _number(c.get("max"), where, self.name)
        tests = ([f"x < {lit(lo)}"] if lo is not None else []) + ([f"x > {lit(hi)}"] if hi is not None else [])
        if not tests:
            return []
        f = self.fail("range", sentence)
        if kind in ("int", "float"):
            return [f"if {' or '.join(tests).replace('x', var)}:", f"    {f}"]
        return [f"x = _number({var})", f"if x is _BAD or {' or '.join(tests)}:", f"    {f}"]


def _indent(lines: list[str], n: int) -> list[str]:
    return [" " * n + line for line in lines]


@dataclass
class Shape:
    """How a parameter's keys look: fixed (`DiskId`) or indexed (`Tag.N.Key` → `Tag.1.Key`)."""

    indexed: bool
    regex: str = ""
    root: str = ""
    positions: int = 0
    simple: bool = False


def shape(name: str) -> Shape:
    segs = name.split(".")
    idx = [i for i, s in enumerate(segs) if s in INDEX_SEGMENTS]
    if not idx or len(segs) == 1:
        return Shape(False)
    regex = "^" + r"\.".join("([0-9]+)" if s in INDEX_SEGMENTS else re.escape(s) for s in segs) + r"\Z"
    return Shape(True, regex, ".".join(segs[: idx[0]]), len(idx), simple=len(idx) == 1 and idx[0] == len(segs) - 1)


def _limits(param: dict[str, Any], sh: Shape) -> tuple[int | None, ...]:
    letters = [s.upper() for s in param["name"].split(".") if s in INDEX_SEGMENTS]
    limits: list[int | None] = [None] * sh.positions
    for c in param.get("constraints", []):
        if c.get("kind") != "max_items" or not isinstance(c.get("max"), int) or isinstance(c.get("max"), bool):
            continue
        letter = str(c.get("index", "N")).upper()
        pos = {"N": 0, "M": 1}.get(letter, letters.index(letter) if letter in letters else 0)
        if pos < sh.positions:
            limits[pos] = c["max"] if limits[pos] is None else min(limits[pos] or c["max"], c["max"])
    return tuple(limits)


def compile_operation(spec: dict[str, Any], env: jinja2.Environment) -> bytes:
    where = f"spec/{spec['product_key']}/{spec['operation']}.json"
    mod = Module(where, Codes(spec.get("errors", [])))
    body: list[str] = []
    known: list[str] = []
    indexed: list[str] = []
    lists: list[tuple[str, str]] = []
    needs_list = False  # a required repeated parameter: its absence shows only among the extra keys
    expected: list[tuple[str, str]] = []
    names: list[str] = []
    required: list[str] = []
    seen: set[str] = set()
    for param in spec.get("request", []):
        name = param.get("name")
        if not isinstance(name, str) or not name or name in seen:
            continue
        seen.add(name)
        names.append(name)
        is_required = bool(param.get("required")) and not param.get("removed")
        if is_required:
            required.append(name)
        pc = ParamCompiler(mod, param)
        kind = type_kind(param.get("type"))
        sh = shape(name)
        codes = {k: mod.codes.resolve(name, k) for k in ("required", "type", "length", "enum")}
        expected.append((lit(name), lit(tuple(codes[k].code for k in ("required", "type", "length", "enum")))))
        if sh.indexed:
            ekind = element_kind(param) if kind in ("list", "any") else kind
            fn = f"_p{len(mod.functions)}"
            mod.functions.append({"name": fn, "lines": pc.type_check(ekind) + pc.value_checks(ekind, True)})
            mod.fail(name, "type", None)
            mod.fail(name, "max_items", None)
            if is_required:
                mod.fail(name, "required", None)
            entry = (f"_v.Indexed({lit(name)}, {lit(sh.root)}, {lit(sh.regex)}, {fn}, {lit(_limits(param, sh))}, "
                     f"{lit(is_required)}, {lit(sh.simple)})")
            indexed.append(entry)
            needs_list = needs_list or (is_required and sh.simple)
            if sh.simple:
                lists.append((lit(sh.root), f"_INDEXED[{len(indexed) - 1}]"))
            continue
        known.append(name)
        lines = pc.type_check(kind)
        if kind == "list" and any(c.get("kind") in ("enum", "range", "length", "charset", "pattern", "first_char",
                                                       "forbidden_prefix") for c in pc.constraints):
            ekind = element_kind(param)
            fn = f"_p{len(mod.functions)}"
            items = ParamCompiler(mod, {**param, "constraints": [c for c in pc.constraints if c.get("kind") != "max_items"]})
            mod.functions.append({"name": fn, "lines": items.type_check(ekind) + items.value_checks(ekind, True)})
            counts = ParamCompiler(mod, {**param, "constraints": [c for c in pc.constraints if c.get("kind") in
                                                                  ("max_items", "separator")]})
            lines += counts.value_checks("list", False)
            lines += ["if v.__class__ is list:", f"    v = [{fn}(x) for x in v]"]
        else:
            lines += pc.value_checks(kind, False)
        lines.append(f"out[{lit(name)}] = v")
        body.append(f"v = get({lit(name)})")
        if is_required:
            body += ["if v is None:", f"    {pc.fail('required')}"]
            body += lines
        else:
            body += ["if v is not None:"] + _indent(lines, 4)
    # Lists of simple indexed parameters may also be given under their root, unless that is a parameter.
    lists = [(k, v) for k, v in lists if k not in {lit(n) for n in known}]
    return env.get_template("validator.py.j2").render(
        docstring=lit(f"Request validator of {spec.get('product', spec['product_key'])} {spec['operation']}, "
                      f"generated from its API reference ({', '.join(spec.get('page_versions', []))})."),
        operation=lit(spec["operation"]),
        parameters=lit(tuple(names)),
        required=lit(tuple(required)),
        known=frozenset_lit(known),
        constants=mod.constants,
        functions=mod.functions,
        fails=sorted(mod.fails.items()),
        indexed=indexed,
        lists=lists,
        always_extra=needs_list,
        expected=expected,
        body=body,
        lit=lit,
        base=naming.product_class(spec["product_key"]),
        kinds=set_lit(KINDS),
    ).encode("utf-8")


def render(specs: list[dict[str, Any]], env: jinja2.Environment) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for key, group in by_product(specs).items():
        pkg = naming.product_package(key)
        modules = naming.operation_modules(s["operation"] for s in group)
        for spec in group:
            files[f"generated/{pkg}/{modules[spec['operation']]}.py"] = compile_operation(spec, env)
    return files
