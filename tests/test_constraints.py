"""Machine constraints read from parameter prose.

Every sentence below is copied from a real reference page (the shared corpus, or the bundled ENS
CreateSnapshot copies). Checked here: each rule family, that every item keeps the sentence it came
from, that a sentence reading like a rule is never dropped (it becomes an item or lands in
`unparsed` with a reason), and, over the whole corpus, that no page fails and that the number of
items of each kind does not fall below what the extractor reaches today.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.document import Document
from generator.extract import tables as T
from generator.extract.constraints import parse_constraints, triggered
from generator.extract.constraints_text import split_sentences
from generator.extract.operation import extract
from generator.readers import read_path

Parsed = dict[str, Any]


def parse(*paragraphs: str, ptype: str = "String") -> Parsed:
    return parse_constraints(tuple(paragraphs), ptype)


def of_kind(result: Parsed, kind: str) -> list[dict[str, Any]]:
    return [{k: v for k, v in c.items() if k not in ("kind", "sentence")} for c in result["constraints"] if c["kind"] == kind]


def covered(result: Parsed) -> set[str]:
    return {c["sentence"] for c in result["constraints"]} | {u["sentence"] for u in result["unparsed"]}


def assert_never_dropped(paragraphs: tuple[str, ...], result: Parsed) -> None:
    """Every sentence that reads like a rule is the sentence of an item or listed as unparsed."""
    seen = covered(result)
    for s in split_sentences(paragraphs):
        if triggered(s.body):
            assert s.text in seen, f"dropped: {s.text!r}"
    for u in result["unparsed"]:
        assert u["reason"], u


# --- lengths ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The name must be 2 to 128 characters in length.", {"min": 2, "max": 128}),
        (
            "The description must be 2 to 256 characters in length and cannot start with http:// or https://.",
            {"min": 2, "max": 256},
        ),
        ("The key must be up to 64 characters in length, and start with a letter or Chinese character.", {"max": 64}),
        ("The token can only contain ASCII characters and cannot exceed 64 characters in length.", {"max": 64}),
        ("It must be 1 to 64 ASCII characters in length.", {"min": 1, "max": 64}),
        ("It cannot be an empty string.", {"min": 1}),
    ],
)
def test_length(sentence: str, expected: dict[str, int]) -> None:
    result = parse(sentence)
    assert of_kind(result, "length") == [{**expected, "unit": "characters"}]
    assert result["constraints"][0]["sentence"] == sentence


def test_ascii_length_also_limits_the_characters() -> None:
    result = parse("It must be 1 to 64 ASCII characters in length.")
    assert of_kind(result, "charset") == [{"classes": ["ascii"], "chars": []}]


# --- first character, forbidden prefixes, allowed characters ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "classes"),
    [
        ("It must start with a letter.", ["letter"]),
        ("It must start with a letter or digit.", ["letter", "digit"]),
        (
            "The tag value must be up to 128 characters in length, and start with a letter or Chinese character.",
            ["letter", "chinese"],
        ),
        ("The description must start with a letter but cannot start with http:// or https://.", ["letter"]),
    ],
)
def test_first_char(sentence: str, classes: list[str]) -> None:
    assert of_kind(parse(sentence), "first_char") == [{"classes": classes}]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("It cannot start with http:// or https://.", ["http://", "https://"]),
        ("It must start with a letter and cannot start with http:// or https://.", ["http://", "https://"]),
        ("It cannot start with aliyun or acs:.", ["aliyun", "acs:"]),
    ],
)
def test_forbidden_prefix(sentence: str, values: list[str]) -> None:
    assert of_kind(parse(sentence), "forbidden_prefix") == [{"values": values}]


@pytest.mark.parametrize(
    ("sentence", "classes", "chars"),
    [
        ("It can contain letters, digits, colons (:), underscores (_), and hyphens (-).",
         ["letter", "digit"], [":", "_", "-"]),
        (
            ("The name must be 2 to 64 characters in length and can contain letters, digits, underscores (_), "
            "hyphens (-), and periods (.)."),
            ["letter", "digit"],
            ["_", "-", "."],
        ),
        (
            ("The description must be 1 to 80 characters in length and can contain letters, digits, hyphens (-), "
            "forward slashes (/), periods (.), and underscores (_)."),
            ["letter", "digit"],
            ["-", "/", ".", "_"],
        ),
        ("The string must be 1 to 500 characters in length and can contain only letters and digits.",
         ["letter", "digit"], []),
        ("ClientToken can contain only ASCII characters.", ["ascii"], []),
    ],
)
def test_charset(sentence: str, classes: list[str], chars: list[str]) -> None:
    assert of_kind(parse(sentence), "charset") == [{"classes": classes, "chars": chars}]


def test_charset_includes_the_allowed_first_characters() -> None:
    # "start with a letter or Chinese character. It can contain digits, ...": the listed characters
    # come on top of those a value may start with
    result = parse(
        "The key must be up to 64 characters in length, and start with a letter or Chinese character.",
        "It can contain digits, periods (.), underscores (_), and hyphens (-).",
    )
    assert of_kind(result, "charset") == [{"classes": ["letter", "digit", "chinese"], "chars": [".", "_", "-"]}]


def test_damaged_character_list_is_reported() -> None:
    sentence = ("The name must be 2 to 128 characters in length, and can contain, digits, periods (.), "
                "underscores (_), and hyphens (-).")
    result = parse(sentence)
    assert of_kind(result, "length") == [{"min": 2, "max": 128, "unit": "characters"}]
    assert of_kind(result, "charset") == []
    assert [u["sentence"] for u in result["unparsed"]] == [sentence]
    assert "damaged list" in result["unparsed"][0]["reason"]


# --- enumerations and defaults -----------------------------------------------------------------


def test_enum_inline_with_default_marker() -> None:
    result = parse("Valid values: true|false (default value).", ptype="Boolean")
    assert of_kind(result, "enum") == [{"values": ["true", "false"]}]
    assert result["default"] == "false"


def test_enum_inline_integers() -> None:
    result = parse("The weight of the destination route. Valid values: 0|100.", ptype="Integer")
    assert of_kind(result, "enum") == [{"values": [0, 100]}]


def test_enum_as_following_paragraphs_with_default_marker() -> None:
    result = parse(
        "Indicates whether to delete a successfully negotiated IPsec-VPN tunnel and initiate a negotiation again. "
        "Valid values:",
        "true: Negotiate immediately after the configuration is completed.",
        "false (default): Negotiate when traffic is detected.",
        ptype="Boolean",
    )
    assert of_kind(result, "enum") == [{"values": ["true", "false"]}]
    assert result["default"] == "false"
    default = next(c for c in result["constraints"] if c["kind"] == "default")
    assert default["sentence"] == "false (default): Negotiate when traffic is detected."


def test_enum_with_this_is_the_default_value() -> None:
    result = parse(
        "The size of the NAT gateway. Valid values:",
        "Small: a small-sized NAT gateway. This is the default value.",
        "Middle: a medium-sized NAT gateway.",
        "Large: a large-sized NAT gateway.",
    )
    assert of_kind(result, "enum") == [{"values": ["Small", "Middle", "Large"]}]
    assert result["default"] == "Small"


def test_enum_as_bare_list_items() -> None:
    result = parse("The health status of an ECS instance. Valid values:", "Healthy", "Unhealthy")
    assert of_kind(result, "enum") == [{"values": ["Healthy", "Unhealthy"]}]


def test_enum_of_switch_words() -> None:
    result = parse(
        "Specifies whether to enable the SSL certificate. Valid values:",
        "on: enables the SSL certificate.",
        "off: disables the SSL certificate. Default value: off.",
    )
    assert of_kind(result, "enum") == [{"values": ["on", "off"]}]
    assert result["default"] == "off"


def test_enum_joined_into_one_paragraph() -> None:
    # a pipe copy joins the paragraphs of a cell
    result = parse(
        "The forwarding protocol. Valid values: TCP: forwards TCP packets. UDP: forwards UDP packets. "
        "Any: forwards packets of all protocols."
    )
    assert of_kind(result, "enum") == [{"values": ["TCP", "UDP", "Any"]}]


def test_set_the_value_to() -> None:
    result = parse("The operation that you want to perform. Set the value to DescribeEipAddresses.")
    assert of_kind(result, "enum") == [{"values": ["DescribeEipAddresses"]}]


@pytest.mark.parametrize(
    ("paragraphs", "ptype", "value"),
    [
        (("Specifies whether to check all settings. Default value: false.",), "Boolean", "false"),
        (("The number of entries to return on each page. Maximum value: 100. Default value: 10.",), "Integer", 10),
        (("Weight of the configuration. The value range is 1 ~ 99. The default value is 1.",), "String", "1"),
        (("The name of the system disk.", "This parameter is empty by default."), "String", ""),
        (("The description of the snapshot.", "By default, this parameter is left empty."), "String", ""),
    ],
)
def test_default(paragraphs: tuple[str, ...], ptype: str, value: object) -> None:
    result = parse(*paragraphs, ptype=ptype)
    assert result["default"] == value
    assert of_kind(result, "default") == [{"value": value}]


def test_conditional_defaults_are_not_taken_as_the_default() -> None:
    result = parse(
        "The time granularity. Unit: seconds. Valid values:",
        "If the time span between StartTime and EndTime is less than 3 days, valid values are 300, 3600, and 86400. "
        "Default value: 300.",
        "If the time span between StartTime and EndTime is 31 days or longer, the valid value is 86400. "
        "Default value: 86400.",
    )
    assert "default" not in result
    assert of_kind(result, "enum") == []
    assert any(u["reason"].startswith("conditional") for u in result["unparsed"])


# --- numeric ranges, units, counts, separators --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "ptype", "expected"),
    [
        ("Valid values: 1 to 65535.", "Integer", {"min": 1, "max": 65535}),
        ("Valid values: 1 to 65536.", "Integer", {"min": 1, "max": 65536}),
        ("Valid values: 30 to 21600.", "Integer", {"min": 30, "max": 21600}),
        ("Maximum value: 100.", "Integer", {"max": 100}),
        ("Minimum value: 1.", "Integer", {"min": 1}),
        ("Value range: 1 to 65535.", "String", {"min": "1", "max": "65535"}),
        ("The value range is 1 ~ 99.", "Integer", {"min": 1, "max": 99}),
        ("Valid values: 0 to 1.", "Float", {"min": 0.0, "max": 1.0}),
    ],
)
def test_range(sentence: str, ptype: str, expected: dict[str, Any]) -> None:
    got = of_kind(parse(sentence, ptype=ptype), "range")
    assert got == [expected]
    assert all(type(v) is type(expected[k]) for k, v in got[0].items())


def test_unit_is_kept_on_the_parameter() -> None:
    result = parse("The maximum outbound public bandwidth. Unit: Mbit/s. Valid values: 0 to 100.", ptype="Integer")
    assert result["unit"] == "Mbit/s"
    assert of_kind(result, "unit") == [{"unit": "Mbit/s"}]
    assert of_kind(result, "range") == [{"min": 0, "max": 100}]
    # "The maximum ..." reads like a rule but gives none: it is reported, not dropped
    assert result["unparsed"] == [{"sentence": "The maximum outbound public bandwidth.", "reason": "not machine-readable"}]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Valid values of N: 1 to 20.", {"max": 20, "index": "N"}),
        ("The value of this parameter can be a JSON array that consists of up to 20 instance IDs.", {"max": 20}),
        ("You can specify only one domain name.", {"max": 1}),
        ("A maximum of 20 tags can be specified.", {"max": 20}),
    ],
)
def test_max_items(sentence: str, expected: dict[str, Any]) -> None:
    assert of_kind(parse(sentence, ptype="RepeatList"), "max_items") == [expected]


def test_separator() -> None:
    result = parse("Separate multiple IP addresses with commas (,).")
    assert of_kind(result, "separator") == [{"value": ","}]


# --- sentences kept, never dropped --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("The name of a scaling group must be unique in a region.", "uniqueness"),
        ("It cannot contain http:// or https://.", "forbidden substrings"),
        ("If InstanceChargeType is set to PrePaid, InternetChargeType must be set to PayByBandwidth.", "conditional"),
        ("The default value is the value of ScalingGroupId.", "described, not a literal"),
    ],
)
def test_rule_not_understood_is_unparsed_with_reason(sentence: str, reason: str) -> None:
    result = parse(sentence)
    assert result["constraints"] == []
    assert len(result["unparsed"]) == 1
    assert result["unparsed"][0]["sentence"] == sentence
    assert reason in result["unparsed"][0]["reason"]


def test_value_named_default_is_not_dropped() -> None:
    paragraphs = (
        "Specifies whether to create the instance on a dedicated host. Valid values:",
        "default: creates the instance on a non-dedicated host.",
        "host: creates the instance on a dedicated host.",
        "Default value: default.",
    )
    result = parse(*paragraphs)
    assert of_kind(result, "enum") == [{"values": ["default", "host"]}]
    assert result["default"] == "default"
    assert_never_dropped(paragraphs, result)


def test_colon_inside_a_rule_is_not_a_case_label() -> None:
    result = parse("A tag key can be up to 64 characters in length and cannot start with acs: or aliyun.")
    # a rule about one part of the value (the key of a tag): reported, not applied to the whole value
    assert result["constraints"] == []
    assert result["unparsed"][0]["reason"] == "describes part or one kind of the value"


# --- the bundled ENS page ---------------------------------------------------------------------


def _ens_param(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in spec["request"] if p["name"] == name)


def _check_ens(spec: dict[str, Any]) -> None:
    name = _ens_param(spec, "SnapshotName")
    assert of_kind(name, "length") == [{"min": 2, "max": 128, "unit": "characters"}]
    assert of_kind(name, "first_char") == [{"classes": ["letter"]}]
    assert of_kind(name, "forbidden_prefix") == [{"values": ["http://", "https://"]}]
    assert of_kind(name, "charset") == [{"classes": ["letter", "digit"], "chars": [":", "_", "-"]}]
    desc = _ens_param(spec, "Description")
    assert of_kind(desc, "length") == [{"min": 2, "max": 256, "unit": "characters"}]
    assert of_kind(desc, "forbidden_prefix") == [{"values": ["http://", "https://"]}]
    assert desc["default"] == ""
    for p in (name, desc):
        text = p["description"]
        assert all(c["sentence"] in text for c in p["constraints"])


def test_ens_complete_copy(ens_sources: Path) -> None:
    _check_ens(extract(read_path(ens_sources / "2024-04-09.txt")))


def test_ens_lossy_copy_reports_the_cut_sentences(ens_sources: Path) -> None:
    # this copy loses the rest of a paragraph from its first code span (`http://`)
    spec = extract(read_path(ens_sources / "2024-08-19.txt"))
    name = _ens_param(spec, "SnapshotName")
    assert of_kind(name, "length") == [{"min": 2, "max": 128, "unit": "characters"}]
    assert of_kind(name, "first_char") == [{"classes": ["letter"]}]
    assert name["unparsed"] == [{"sentence": "It must start with a letter and cannot start with", "reason": "truncated"}]
    desc = _ens_param(spec, "Description")
    assert [u["reason"] for u in desc["unparsed"]] == ["truncated"]
    assert desc["default"] == ""


def test_ens_built_spec(ens_sources: Path) -> None:
    spec_file = ens_sources.parents[2] / "ens" / "CreateSnapshot.json"
    _check_ens(json.loads(spec_file.read_text(encoding="utf-8")))


# --- the corpus ---------------------------------------------------------------------------------

# Items of each kind over the request parameters of every HTML page of the corpus, as reached
# when this was written (enum 361, default 141, range 105, length 105, max_items 104, charset 80,
# unit 45, separator 42, forbidden_prefix 40, first_char 39); a little room for page updates.
KIND_FLOORS = {
    "enum": 355, "default": 137, "range": 102, "length": 102, "max_items": 101, "charset": 77,
    "unit": 43, "separator": 40, "forbidden_prefix": 38, "first_char": 37,
}


RENDERINGS = ("page.html", "source.md", "pipe.txt", "flat.txt")
Read = list[tuple[Path, Document, dict[str, Any]]]


@pytest.fixture(scope="module")
def corpus_read(corpus: Path) -> dict[str, Read]:
    """Every page of the corpus in every rendering: read and extracted (a crash fails here)."""
    return {
        name: [(path, doc, extract(doc)) for path in sorted(corpus.glob(f"*/*/{name}")) for doc in [read_path(path)]]
        for name in RENDERINGS
    }


@pytest.fixture(scope="module")
def corpus_params(corpus_read: dict[str, Read]) -> list[tuple[tuple[str, ...], str]]:
    """Every request parameter of every HTML and pipe page: its description paragraphs and type."""
    out: list[tuple[tuple[str, ...], str]] = []
    for name in ("page.html", "pipe.txt"):
        for _, doc, _ in corpus_read[name]:
            table = T.request_table(doc)
            if table is None:
                continue
            roles, rows = T.map_table(table)
            out.extend((tuple(mr.paragraphs("description", roles)), mr.get("type")) for mr in rows if mr.get("name"))
    assert len(out) > 2000
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_triggered_sentences_are_never_dropped(corpus_params: list[tuple[tuple[str, ...], str]], data: Any) -> None:
    """A real description, possibly cut short, reordered or joined into one paragraph (as lossy
    copies do), under any type: every sentence that reads like a rule is an item's or unparsed."""
    paragraphs, ptype = data.draw(st.sampled_from(corpus_params))
    change = data.draw(st.sampled_from(["keep", "cut", "join", "reverse", "tail"]))
    paras = list(paragraphs)
    if change == "cut" and paras:
        k = data.draw(st.integers(0, len(paras) - 1))
        words = paras[k].split()
        paras[k] = " ".join(words[: data.draw(st.integers(0, len(words)))])
    elif change == "join":
        paras = [" ".join(paras)]
    elif change == "reverse":
        paras.reverse()
    elif change == "tail" and paras:
        paras = paras[data.draw(st.integers(0, len(paras) - 1)) :]
    ptype = data.draw(st.sampled_from([ptype, "String", "Integer", "Long", "Float", "Boolean"]))
    result = parse_constraints(tuple(paras), ptype)
    assert_never_dropped(tuple(paras), result)
    for item in result["constraints"]:
        assert item["sentence"] and item["sentence"] in " ".join(paras)


def test_corpus_descriptions_never_drop_a_rule(corpus_params: list[tuple[tuple[str, ...], str]]) -> None:
    for paragraphs, ptype in corpus_params:
        assert_never_dropped(paragraphs, parse_constraints(paragraphs, ptype))


@pytest.fixture(scope="module")
def html_specs(corpus_read: dict[str, Read]) -> list[dict[str, Any]]:
    return [spec for _, _, spec in corpus_read["page.html"]]


def test_every_corpus_page_extracts(corpus_read: dict[str, Read]) -> None:
    for name in RENDERINGS:
        assert len(corpus_read[name]) >= 150, name
        for path, _, spec in corpus_read[name]:
            assert spec["request"], path
            for p in spec["request"]:
                assert isinstance(p["constraints"], list) and isinstance(p["unparsed"], list), path


def test_kind_floors(html_specs: list[dict[str, Any]]) -> None:
    counts = Counter(c["kind"] for spec in html_specs for p in spec["request"] for c in p["constraints"])
    low = {k: (counts[k], floor) for k, floor in KIND_FLOORS.items() if counts[k] < floor}
    assert not low, low


def test_corpus_sentences_come_from_the_description(html_specs: list[dict[str, Any]]) -> None:
    for spec in html_specs:
        for p in spec["request"]:
            text = " ".join(p["description"].split())
            for item in p["constraints"] + p["unparsed"]:
                assert item["sentence"], (spec["operation"], p["name"])
                assert " ".join(item["sentence"].split()) in text, (spec["operation"], p["name"], item["sentence"])


# --- sentences of pages of other products (read wrongly once) --------------------------------


def test_sizes_in_bytes_are_lengths_not_counts() -> None:
    result = parse("Path to a media file,- which consists of up to 3,200 bytes.")
    assert of_kind(result, "length") == [{"max": 3200, "unit": "bytes"}] and not of_kind(result, "max_items")
    assert of_kind(parse("The template body must be 1 to 524,288 bytes in length."), "length") == [
        {"min": 1, "max": 524288, "unit": "bytes"}]
    each = parse("Each tag consists of up to 32 bytes.")  # the size of one item, not of the value
    assert not each["constraints"] and each["unparsed"]


def test_only_one_of_several_parameters_is_no_count() -> None:
    result = parse("Note: You can specify only one of the following parameters: InstanceIds and DefenseId.")
    assert not of_kind(result, "max_items")


def test_counts_of_different_things_keep_the_largest() -> None:
    paragraphs = ("The IP addresses of the origin servers or a back-to-origin domain name.",
                  ("You can specify a maximum of 20 IP addresses. Separate more than one IP address with commas (,). "
                   "You can specify only one back-to-origin domain name."))
    result = parse(*paragraphs)
    assert of_kind(result, "max_items") == [{"max": 20}]
    assert_never_dropped(paragraphs, result)


def test_a_list_of_forbidden_prefixes_runs_over_its_commas() -> None:
    result = parse("The key can be up to 128 characters in length, and cannot start with aliyun, acs:, http://, or https://.")
    assert of_kind(result, "forbidden_prefix") == [{"values": ["aliyun", "acs:", "http://", "https://"]}]
    assert not of_kind(parse("It cannot start with a digit."), "forbidden_prefix")  # a kind of character


def test_value_lists_mixing_ranges_and_json_values_are_not_enums() -> None:
    mixed = parse("购买时长，取值：1~9、12、24、或36。")
    assert not of_kind(mixed, "enum") and mixed["unparsed"][0]["reason"] == "values mixed with ranges"
    fields = parse("The extended configuration. The value can be up to 1,024 characters in length.",
                   "SubType: the subtype. Valid values:", "SingleUser", "DoubleUsers", ptype="Json")
    assert [c["kind"] for c in fields["constraints"]] == ["length"]
    assert any(u["reason"] == "describes a field inside the value" for u in fields["unparsed"])


def test_chinese_default_after_a_full_width_colon() -> None:
    assert parse("说明： 默认取值为：MySQL。")["default"] == "MySQL"


def test_action_naming_another_operation_is_no_rule() -> None:
    page = ("# DescribeThings\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|--|--|--|--|--|\n"
            "|Action|String|Yes|DeleteThing|The operation. Set the value to DeleteThing.|\n\n"
            "## Error codes\n\n|HttpCode|Error code|Error message|Description|\n|--|--|--|--|\n|404|NoThing|No.|None.|\n")
    from generator.readers import read_text

    [action] = extract(read_text(page, "t.md"))["request"]
    assert not action["constraints"] and "contradicts the operation name" in action["unparsed"][0]["reason"]


def test_listed_values_holding_a_colon() -> None:
    result = parse("The method for sorting the results. Valid values:",
                   "CreationTime:Desc (default): The results are sorted in reverse chronological order.",
                   "CreationTime:Asc: The results are sorted in chronological order.")
    assert of_kind(result, "enum") == [{"values": ["CreationTime:Desc", "CreationTime:Asc"]}]
    assert result["default"] == "CreationTime:Desc"


def test_slash_joined_values_and_sizes_of_what_a_url_points_to() -> None:
    assert parse("取值：Month/Year。")["unparsed"][0]["reason"] == "values joined by slashes"
    page = ("# CreateThing\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|--|--|--|--|--|\n"
            "|TemplateURL|String|No|oss://t|The URL of the template. The template must be 1 to 524,288 bytes in length.|\n"
            "|FileURL|String|No|oss://f|Path to a media file, which consists of up to 3,200 bytes.|\n"
            "|PolicyURL|String|No|oss://p|The policy can be up to 16,384 bytes in length and the URL can be up to "
            "1,350 bytes in length.|\n\n"
            "## Error codes\n\n|HttpCode|Error code|Error message|Description|\n|--|--|--|--|\n|404|NoThing|No.|None.|\n")
    from generator.readers import read_text

    template, file_url, policy = extract(read_text(page, "t.md"))["request"]
    assert not template["constraints"] and template["unparsed"][0]["reason"] == "the size of what the URL points to"
    assert [(c["kind"], c["max"], c["unit"]) for c in file_url["constraints"]] == [("length", 3200, "bytes")]
    assert [(c["kind"], c["max"]) for c in policy["constraints"]] == [("length", 1350)]  # the URL's, not the policy's


def test_a_string_holding_json_has_rules_on_its_fields_only() -> None:
    driver = parse(
        'The configuration of the driver. Set this parameter to a JSON string in the following format: '
        '{"format":"JSON","content":"{}"} The JSON string contains the following parameters: format: the format '
        "of the driver configuration. Valid values: KV (key-value pair), JSON (JSON string), and FILE (configuration file)."
    )
    assert not driver["constraints"]
    assert any(u["reason"] == "describes a field inside the value" for u in driver["unparsed"])
    ids = parse("The IDs of SLB instances. This value can be a JSON array that contains multiple SLB instance IDs. "
                "Separate multiple IDs with commas (,).")
    assert not of_kind(ids, "separator")  # the commas are inside the JSON array


def test_values_described_case_by_case_below_them() -> None:
    r = parse(
        "The overall status of the execution. Valid values:",
        "Running:",
        "Recurring execution: Before you manually stop the command, the overall execution status is always Running.",
        "One-time execution: If the command is being run on one or more instances, the status is Running.",
        "Finished:",
        "Recurring execution: The overall execution status can never be Finished.",
        "Stopped: The execution is stopped.",
        "Default value: Running.",
    )
    assert of_kind(r, "enum") == [{"values": ["Running", "Finished", "Stopped"]}]
    assert of_kind(r, "default") == [{"value": "Running"}]
    assert r["unparsed"] == []


def test_positive_integers() -> None:
    assert of_kind(parse("The value must be a positive integer.", ptype="Integer"), "range") == [{"min": 1}]
    assert of_kind(parse("The value must be a non-negative integer.", ptype="Long"), "range") == [{"min": 0}]
    # (a string holding digits gets no numeric bound)
    assert of_kind(parse("The value must be a positive integer.", ptype="String"), "range") == []


def test_bounds_stated_as_sentences() -> None:
    assert of_kind(parse("The bandwidth cannot be less than 2 Mbps.", ptype="Integer"), "range") == [{"min": 2}]
    assert of_kind(parse("This value must be greater than 0.", ptype="Integer"), "range") == [{"min": 1}]
    assert of_kind(parse("It must be less than or equal to 100.", ptype="Long"), "range") == [{"max": 100}]
    # another parameter's value, a possibility, a string's size: no bound on this value
    assert of_kind(parse("The value of n cannot be greater than 5.", ptype="Integer"), "range") == []
    assert of_kind(parse("The value can be greater than 5.", ptype="Integer"), "range") == []
    assert of_kind(parse("The size must be smaller than 1024 bytes.", ptype="String"), "range") == []


def test_switches_and_compared_bounds() -> None:
    # a Boolean's text says what it turns on: no character rule on true/false
    r = parse("Specifies whether the password must contain uppercase letters.", ptype="Boolean")
    assert r["constraints"] == [] and r["unparsed"][0]["reason"] == "describes what the switch turns on"
    assert of_kind(parse("第几页，取值：>0。", ptype="Long"), "range") == [{"min": 1}]
    assert of_kind(parse("Valid values: >=1.", ptype="Integer"), "range") == [{"min": 1}]
    assert of_kind(parse("Valid values: >0.5.", ptype="Float"), "enum") == []


def test_audited_readings_of_more_pages() -> None:
    # bytes written as `UTF-8 encoded bytes` are a length, not a count of items
    assert of_kind(parse("The parameter value consists of up to 128 UTF-8 encoded bytes."), "length") == [
        {"max": 128, "unit": "bytes"}]
    # `Default value: null` leaves the parameter out, unless `NULL` is one of the listed values
    assert of_kind(parse("Default value: null."), "default") == []
    listed = parse("Default value: NULL.", "Valid values:", "NULL: no encryption.", "CloudDisk: disk encryption.")
    assert of_kind(listed, "default") == [{"value": "NULL"}]


def test_a_json_value_whose_structure_a_table_describes() -> None:
    r = parse(
        "The details of the HTTP-based ACL rule, in JSON format. The following table describes the structure.",
        "Action: the matching action of the rule. Valid values: 0: blocks the request. 1: allows it.",
    )
    assert [c for c in r["constraints"] if c["kind"] == "enum"] == []


def test_a_default_value_alone_on_its_item() -> None:
    r = parse("Specifies whether to precheck only this request. Valid values:", "true: checked.", "false (default):")
    assert of_kind(r, "enum") == [{"values": ["true", "false"]}] and of_kind(r, "default") == [{"value": "false"}]
    assert r["unparsed"] == []
