"""Machine constraints read from Chinese parameter prose, into the same vocabulary as English.

The sentences are copied from Chinese reference pages (ECS DeleteSnapshotGroup, NAS
DescribeFileSystems, GA CreateAcl, MongoDB ResetAccountPassword) or written in their phrasing.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.constraints import parse_constraints, triggered
from generator.extract.constraints_text import split_sentences
from generator.extract.operation import extract
from generator.readers import read_text

Parsed = dict[str, Any]


def parse(*paragraphs: str, ptype: str = "String") -> Parsed:
    return parse_constraints(tuple(paragraphs), ptype)


def items(result: Parsed) -> list[dict[str, Any]]:
    return [{k: v for k, v in c.items() if k != "sentence"} for c in result["constraints"]]


def assert_never_dropped(paragraphs: tuple[str, ...], result: Parsed) -> None:
    seen = {c["sentence"] for c in result["constraints"]} | {u["sentence"] for u in result["unparsed"]}
    for s in split_sentences(paragraphs):
        if triggered(s.body):
            assert s.text in seen, f"dropped: {s.text!r}"
    for u in result["unparsed"]:
        assert u["reason"], u


def test_chinese_full_stop_and_semicolon_end_sentences() -> None:
    texts = [s.text for s in split_sentences(("系统规定参数。取值：CreateAcl。长度为1~64个字符；默认值：10",))]
    assert texts == ["系统规定参数。", "取值：CreateAcl。", "长度为1~64个字符；", "默认值：10"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("长度为2~128个字符。", {"min": 2, "max": 128}),
        ("长度为 2~128 个字符。", {"min": 2, "max": 128}),
        ("限制长度为2~128个字符。", {"min": 2, "max": 128}),
        ("密码长度为8-32位", {"min": 8, "max": 32}),
        ("不超过64个字符。", {"max": 64}),
        ("长度不超过128个字符。", {"max": 128}),
        ("长度限制为1~256个字符。", {"min": 1, "max": 256}),
        ("至少8个字符。", {"min": 8}),
        ("不能为空。", {"min": 1}),
    ],
)
def test_length(sentence: str, expected: dict[str, int]) -> None:
    result = parse(sentence)
    assert items(result) == [{"kind": "length", **expected, "unit": "characters"}]
    assert result["constraints"][0]["sentence"] == sentence
    assert result["unparsed"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("必须以大小写字母或中文开头。", {"classes": ["letter", "chinese"]}),
        ("以英文字母开头。", {"classes": ["letter"]}),
        ("必须以小写字母开头。", {"classes": ["lower"]}),
        ("以字母或下划线（_）开头。", {"classes": ["letter"], "chars": ["_"]}),
    ],
)
def test_first_char(sentence: str, expected: dict[str, Any]) -> None:
    assert items(parse(sentence)) == [{"kind": "first_char", **expected}]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("不能以http://和https://开头。", ["http://", "https://"]),
        ("不能以 aliyun 或 acs: 开头。", ["aliyun", "acs:"]),
        ("不能以`http://`或`https://`开头。", ["http://", "https://"]),
    ],
)
def test_forbidden_prefix(sentence: str, values: list[str]) -> None:
    assert items(parse(sentence)) == [{"kind": "forbidden_prefix", "values": values}]


@pytest.mark.parametrize(
    ("sentence", "classes", "chars"),
    [
        ("可包含数字、半角句号（.）、下划线（_）和短划线（-）。", ["digit"], [".", "_", "-"]),
        ("可包含英文字母、数字。", ["letter", "digit"], []),
        ("只能包含小写字母、数字和短划线（-）。", ["lower", "digit"], ["-"]),
        ("ClientToken只支持ASCII字符，且不能超过64个字符。", ["ascii"], []),
        (
            "访问控制条目备注描述，长度限制为1~256个字符，允许包含字母、数字、短划线（-）、正斜线（/）、半角句号（.）和下划线（_），支持中文字符。",
            ["letter", "digit", "chinese"],
            ["-", "/", ".", "_"],
        ),
    ],
)
def test_charset(sentence: str, classes: list[str], chars: list[str]) -> None:
    [item] = [c for c in parse(sentence)["constraints"] if c["kind"] == "charset"]
    assert (item["classes"], item["chars"], item["sentence"]) == (classes, chars, sentence)


def test_ga_acl_name_every_rule_of_one_sentence() -> None:
    result = parse("ACL的名称。必须以大小写字母或中文开头，可包含数字，半角句号（.），下划线（_）和短划线（-），限制长度为2~128个字符。")
    assert items(result) == [
        {"kind": "length", "min": 2, "max": 128, "unit": "characters"},
        {"kind": "first_char", "classes": ["letter", "chinese"]},
        {"kind": "charset", "classes": ["letter", "digit", "chinese"], "chars": [".", "_", "-"]},
    ]
    assert {c["sentence"] for c in result["constraints"]} == {
        "必须以大小写字母或中文开头，可包含数字，半角句号（.），下划线（_）和短划线（-），限制长度为2~128个字符。"
    }


@pytest.mark.parametrize(
    ("paragraphs", "ptype", "expected"),
    [
        (("地址协议版本。取值：**ipv4**或**ipv6**。",), "String", [{"kind": "enum", "values": ["ipv4", "ipv6"]}]),
        (("全球加速实例所在的地域ID，仅取值：cn-hangzhou。",), "String", [{"kind": "enum", "values": ["cn-hangzhou"]}]),
        (("操作接口名，系统规定参数，取值：DescribeFileSystems",), "String", [{"kind": "enum", "values": ["DescribeFileSystems"]}]),
        (("取值：1、2、3。",), "Integer", [{"kind": "enum", "values": [1, 2, 3]}]),
        (("取值为true或false。",), "String", [{"kind": "enum", "values": ["true", "false"]}]),
        (("取值范围：1~100。",), "Integer", [{"kind": "range", "min": 1, "max": 100}]),
        (("取值范围为1~10之间的整数。",), "Integer", [{"kind": "range", "min": 1, "max": 10}]),
        (("取值范围：[1, 100]。",), "Integer", [{"kind": "range", "min": 1, "max": 100}]),
        (
            ("取值范围：0~3600，默认值：60。",),
            "Integer",
            [{"kind": "range", "min": 0, "max": 3600}, {"kind": "default", "value": 60}],
        ),
    ],
)
def test_enum_and_range(paragraphs: tuple[str, ...], ptype: str, expected: list[dict[str, Any]]) -> None:
    result = parse(*paragraphs, ptype=ptype)
    assert items(result) == expected
    assert result["unparsed"] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("默认值：10。", 10),
        ("默认为 10。", 10),
        ("每个分页包含的文件系统个数（默认为 10）", 10),
        ("每页数量（默认为10）。", 10),
        ("默认为空。", ""),
    ],
)
def test_default(sentence: str, value: object) -> None:
    result = parse(sentence, ptype="Integer")
    assert items(result) == [{"kind": "default", "value": value}]
    assert result["default"] == value


def test_unit() -> None:
    assert parse("取值范围：0~3600，单位：秒。", ptype="Integer")["unit"] == "seconds"
    assert parse("带宽（单位：Mbps）。", ptype="Integer")["unit"] == "Mbps"


DRY_RUN = (
    "是否只预检此次请求，取值：",
    (
        "**true**：发送检查请求，不会创建资源。检查项包括是否填写了必需参数、请求格式、业务限制。如果检查不通过，则返回对应错误。"
        "如果检查通过，则返回错误码`DryRunOperation`。"
    ),
    "**false**（默认值）：发送正常请求，通过检查后返回HTTP 2xx状态码并直接进行操作。",
)


@pytest.mark.parametrize("paragraphs", [DRY_RUN, (" ".join(DRY_RUN),)])
def test_value_list_after_a_head_with_default_marker(paragraphs: tuple[str, ...]) -> None:
    result = parse(*paragraphs, ptype="Boolean")
    assert items(result) == [{"kind": "enum", "values": ["true", "false"]}, {"kind": "default", "value": "false"}]
    assert result["constraints"][0]["sentence"].startswith("是否只预检此次请求，取值：")
    assert result["constraints"][1]["sentence"].startswith("**false**（默认值）")
    assert result["default"] == "false"
    assert result["unparsed"] == []


def test_list_ends_at_a_new_paragraph_of_prose() -> None:
    result = parse("取值：", "**a**：第一种。", "**b**：第二种。", "长度为1~8个字符。")
    assert items(result) == [
        {"kind": "enum", "values": ["a", "b"]},
        {"kind": "length", "min": 1, "max": 8, "unit": "characters"},
    ]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("密码由大写字母、小写字母、数字、特殊字符中的任意三种组成，特殊字符为!#$%^&*()_+-=", "character-type mixes"),
        ("名称必须唯一。", "uniqueness"),
        ("不能包含空格。", "forbidden substrings"),
        ("不能以数字结尾。", "suffixes"),
        ("取值与实例规格有关。", "not machine-readable"),
        ("取值：请参见实例规格族。", "in prose"),
        ("如果实例为包年包月，必须指定时长。", "conditional"),
        ("取值如下：", "no literal values"),
    ],
)
def test_rule_not_understood_is_unparsed_with_reason(sentence: str, reason: str) -> None:
    result = parse(sentence)
    assert result["constraints"] == []
    [u] = result["unparsed"]
    assert u["sentence"] == sentence and reason in u["reason"]


def test_sentences_without_a_rule_yield_nothing() -> None:
    for text in ("实例快照ID。", "您可以调用DescribeRegions查看最新的阿里云地域列表。", "列表的分页页码（从 1 开始计数）"):
        assert parse(text) == {"constraints": [], "unparsed": []}


REAL = [
    (("系统规定参数。取值：DeleteSnapshotGroup",), "String"),
    (("每个分页包含的文件系统个数（默认为 10）",), "Integer"),
    (("ACL的名称。必须以大小写字母或中文开头，可包含数字，半角句号（.），下划线（_）和短划线（-），限制长度为2~128个字符。",), "String"),
    (
        (
            "保证请求的幂等性。从您的客户端生成一个参数值，确保不同请求间该参数值唯一。ClientToken只支持ASCII字符，且不能超过64个字符。",
            "若您未指定，则系统自动使用API请求的RequestId作为ClientToken标识。每次API请求的RequestId可能不一样。",
        ),
        "String",
    ),
    (DRY_RUN, "Boolean"),
    (
        ("重置后的密码，即修改后的密码。", "密码由大写字母、小写字母、数字、特殊字符中的任意三种组成，特殊字符为!#$%^&*()_+-=", "密码长度为8-32位"),
        "String",
    ),
    (("取值范围：1~100，默认值：10。", "不能以 aliyun 或 acs: 开头；名称必须唯一。"), "Integer"),
]


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_chinese_rules_are_never_dropped(data: Any) -> None:
    """A real Chinese description, cut, joined or reordered, under any type: nothing dropped."""
    paragraphs, ptype = data.draw(st.sampled_from(REAL))
    paras = list(paragraphs)
    change = data.draw(st.sampled_from(["keep", "cut", "join", "reverse"]))
    if change == "cut":
        k = data.draw(st.integers(0, len(paras) - 1))
        paras[k] = paras[k][: data.draw(st.integers(0, len(paras[k])))]
    elif change == "join":
        paras = [" ".join(paras)]
    elif change == "reverse":
        paras.reverse()
    ptype = data.draw(st.sampled_from([ptype, "String", "Integer", "Boolean"]))
    result = parse_constraints(tuple(paras), ptype)
    assert_never_dropped(tuple(paras), result)
    for item in result["constraints"]:
        assert item["sentence"] in " ".join(paras)


def test_chinese_page_end_to_end() -> None:
    page = (
        "# CreateAcl\n\n## 请求参数\n\n|名称|类型|是否必选|示例值|描述|\n|--|--|----|---|--|\n"
        "|AclName|String|否|test-acl|ACL的名称。必须以大小写字母或中文开头，可包含数字，半角句号（.），下划线（\\_）和短划线（-），"
        "限制长度为2~128个字符。 |\n"
        "|AddressIPVersion|String|是|IPv4|地址协议版本。取值：**ipv4**或**ipv6**。 |\n"
        "|PageSize|Integer|否|10|每个分页包含的个数（默认为 10）|\n"
    )
    spec = extract(read_text(page, "t.md"))
    kinds = {p["name"]: [c["kind"] for c in p["constraints"]] for p in spec["request"]}
    assert kinds == {
        "AclName": ["length", "first_char", "charset"],
        "AddressIPVersion": ["enum"],
        "PageSize": ["default"],
    }
    assert spec["request"][2]["default"] == 10


def test_quoted_characters_special_characters_only_and_explained_names() -> None:
    from generator.extract.constraints import parse_constraints

    quoted = parse_constraints(('长度在4-32之间，可包含英文字母、数字、英文句点 "."、下划线 "_"或短划线 "-"。',), "String")
    [charset] = [c for c in quoted["constraints"] if c["kind"] == "charset"]
    assert (charset["classes"], charset["chars"]) == (["letter", "digit"], [".", "_", "-"])
    special = parse_constraints(("只可包含特殊字符中的英文句号（.）、下划线（_）、短划线（-）和半角冒号（:），不可以使用http://或https://开头。",), "String")
    kinds = {c["kind"]: c for c in special["constraints"]}
    assert kinds["charset"]["classes"] == ["letter", "digit"] and kinds["forbidden_prefix"]["values"] == ["http://", "https://"]
    regions = parse_constraints(("目前仅支持华东1（杭州）、华北2（北京）、华东2（上海）。",), "String")
    assert not regions["constraints"] and regions["unparsed"]


def test_rules_of_the_fields_of_a_key_value_list_are_not_rules_on_it() -> None:
    r = parse_constraints(
        (
            "由Key-Values键值对组成，长度为0~1。",
            "Key取值为SecretName时：长度为1~192个字符，可包含英文字母、数字和特殊字符 _/+=.@-。",
        ),
        "String",
    )
    assert r["constraints"] == []
    assert {u["sentence"] for u in r["unparsed"]} >= {"由Key-Values键值对组成，长度为0~1。"}


def test_letters_written_as_大小字母_and_characters_listed_before_等字符() -> None:
    r = parse_constraints(
        ("必须以大小字母或中文开头。", "可以包含数字、半角冒号（:）、下划线（_）或者连字符（-）。",
         "允许包含字母、数字、“-”、“/”、“.”和“_”等字符。"),
        "String",
    )
    charsets = [c for c in r["constraints"] if c["kind"] == "charset"]
    assert {"letter", "chinese"} <= set(charsets[0]["classes"]) and "_" in charsets[1]["chars"]


def test_fields_of_structured_values_and_sizes_in_bytes() -> None:
    assert [c for c in parse_constraints(("长度为1~64个字节。",), "String")["constraints"] if c["kind"] == "length"] == [
        {"kind": "length", "min": 1, "max": 64, "unit": "bytes", "sentence": "长度为1~64个字节。"}]
    # a map written as JSON: the lengths and characters of its keys and values are no rules on it
    dims = parse_constraints(
        ("维度Map。", "格式：key-value键值对形式的集合。", "Key和Value的长度为1~64个字节。", "Key和Value的取值可包含英文字母、数字。"),
        "String",
    )
    assert dims["constraints"] == []
    # a value described field by field (`SSLConfig.Cipher：...`)
    ssl = parse_constraints(
        ("SSLConfig. Protocol：SSL-VPN服务端所使用的协议。取值：UDP（默认值）|TCP。", "SSLConfig.Cipher：加密算法。取值：AES-128-CBC|none。"),
        "String",
    )
    assert [c["kind"] for c in ssl["constraints"]] == []
    # cases that pick a range of a number are no values of it
    size = parse_constraints(("取值范围：", "cloud：5~2000", "cloud_efficiency：20~32768"), "Integer")
    assert [c for c in size["constraints"] if c["kind"] == "enum"] == []


def test_cases_labelled_before_a_colon() -> None:
    r = parse_constraints(
        ("云服务器的主机名。", "Windows实例：字符长度为2~15，不支持点号（.）。允许大小写英文字母、数字和短横线（-）。",
         "其他类型实例（Linux等）：字符长度为2~64，支持多个点号（.）。"),
        "String",
    )
    assert r["constraints"] == [] and len(r["unparsed"]) == 3
    # a list of values after a sentence on one case is no case itself
    order = parse_constraints(("如果OrderByField为空，默认按开始时间降序排列。取值：ASC|DESC。",), "String")
    assert [c["values"] for c in order["constraints"] if c["kind"] == "enum"] == [["ASC", "DESC"]]


def test_several_values_separated_by_commas() -> None:
    r = parse_constraints(("健康检查正常的HTTP状态码，多个状态码用逗号（,）分割。", "取值：http_2xx|http_3xx。"), "String")
    assert {c["kind"] for c in r["constraints"]} == {"separator", "enum"}
    assert [c["value"] for c in r["constraints"] if c["kind"] == "separator"] == [","]


def test_a_value_list_going_on_after_a_sentence_of_one_entry() -> None:
    r = parse_constraints(
        ("调度算法。取值：", "wrr：权重值越高的后端服务器，被轮询到的次数也越高。", "wlc：同时还考虑后端服务器的实际负载。",
         "当权重值相同时，当前连接数越小的后端服务器被轮询到的次数也越高。", "rr：按照访问顺序依次分发。"),
        "String",
    )
    assert [c["values"] for c in r["constraints"] if c["kind"] == "enum"] == [["wrr", "wlc", "rr"]]


def test_the_full_width_colon_ends_a_listed_value() -> None:
    r = parse_constraints(("取值：", "ecs：云服务器ECS。", "emr：E-MapReduce。", "acs:ecs：带冒号的值。"), "String")
    assert [c["values"] for c in r["constraints"] if c["kind"] == "enum"] == [["ecs", "emr", "acs:ecs"]]


def test_a_listed_value_holding_a_comma() -> None:
    r = parse_constraints(("取值：", "product：按照云服务统计。", "product,metricName：按照云服务和监控项统计。"), "String")
    assert [c["values"] for c in r["constraints"] if c["kind"] == "enum"] == [["product", "product,metricName"]]


def test_conditional_defaults_and_listed_entries_standing_for_classes() -> None:
    r = parse_constraints(("I/O优化实例的默认值为cloud_efficiency，非I/O优化实例的默认值为cloud。",), "String")
    assert r["constraints"] == [] and r["unparsed"][0]["reason"] == "the default depends on a case"
    dom = parse_constraints(
        ("用于健康检查的域名。取值：", "$_ip： 后端服务器的私网IP。", "domain：域名长度为1~80，只能包含字母、数字、点号（.）和连字符（-）。"),
        "String",
    )
    assert dom["constraints"] == []
