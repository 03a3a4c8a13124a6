"""Shapes seen on reference pages of products outside the bundled corpus, each as a small snippet."""

from __future__ import annotations

from generator.extract.operation import extract
from generator.readers import read_text


def _spec(text: str, name: str = "t.md") -> dict:
    return extract(read_text(text, name))


def test_tree_children_attach_to_a_parent_of_no_container_type() -> None:
    # `Acrs|N/A|N/A|...` with `└` rows below: the tree drawing, not the type, makes it a container.
    page = (
        "# ListThings\n\n## Response parameters\n\n|Parameter|Type|Example value|Description|\n"
        "|---------|----|-------------|-----------|\n|Acrs|N/A|N/A|A list of rules.|\n"
        "|└AclId|String|acl-1|The ID.|\n|└Priority|Integer|2|The priority.|\n|TotalCount|Integer|12|The count.|\n"
    )
    fields = _spec(page)["response"]
    assert [(f["name"], f.get("parent")) for f in fields] == [
        ("Acrs", None), ("└AclId", "Acrs"), ("└Priority", "Acrs"), ("TotalCount", None),
    ]


def test_error_table_with_description_and_semantics_columns() -> None:
    # No message column: the first description-like column holds the message, `Semantics` explains it.
    page = (
        "# SaveThing\n\n## Error codes\n\n|Error code|Description|HTTP status code|Semantics|\n"
        "|:---------|:----------|:---------------|:--------|\n|ParameterIllegal|Parameter illegal.|400|Parameter error.|\n"
    )
    [err] = _spec(page)["errors"]
    assert (err["status"], err["code"], err["message"], err["description"]) == (
        400, "ParameterIllegal", "Parameter illegal.", "Parameter error.",
    )


def test_error_table_with_one_description_column_keeps_it_as_description() -> None:
    page = "# T\n\n## Error codes\n\n|Error code|Description|\n|---|---|\n|Busy|The service is busy.|\n"
    [err] = _spec(page)["errors"]
    assert (err["message"], err["description"]) == ("", "The service is busy.")


def test_chinese_page_sections_and_columns() -> None:
    page = (
        "# DeleteThing\n\n## 请求参数\n\n|名称|类型|是否必选|示例值|描述|\n|--|--|----|---|--|\n"
        "|RegionId|String|是|cn-hangzhou|地域ID。 |\n|DryRun|Boolean|否|false|是否预检。 |\n\n"
        "## 返回数据\n\n|名称|类型|示例值|描述|\n|--|--|---|--|\n|RequestId|String|6EDE|请求ID。 |\n\n"
        "## 错误码\n\n|HttpCode|错误码|错误信息|描述|\n|---|---|---|---|\n|404|InvalidRegionId.NotFound|No region.|地域不存在。|\n"
    )
    spec = _spec(page)
    assert [(p["name"], p["type"], p["required"], p["example"]) for p in spec["request"]] == [
        ("RegionId", "String", True, "cn-hangzhou"), ("DryRun", "Boolean", False, "false"),
    ]
    assert [f["name"] for f in spec["response"]] == ["RequestId"]
    assert [(e["status"], e["code"], e["message"], e["description"]) for e in spec["errors"]] == [
        (404, "InvalidRegionId.NotFound", "No region.", "地域不存在。"),
    ]
    # the same page as a pipe-table text copy, headings as plain lines
    text = (
        "请求参数\n名称 | 类型 | 必填 | 描述 | 示例值 |\n---|---|---|---|---|\n"
        "EPNInstanceType | string | 是 | 边边通信实例。 | EdgeToEdge |\n"
        "错误码\nHTTP status code | 错误码 | 错误信息 | 描述 |\n---|---|---|---|\n400 | NoPermission | Permission denied. | - |\n"
    )
    spec = _spec(text, "t.txt")
    assert [(p["name"], p["required"], p["example"]) for p in spec["request"]] == [("EPNInstanceType", True, "EdgeToEdge")]
    assert [e["code"] for e in spec["errors"]] == ["NoPermission"]


def test_list_items_with_bullet_glyphs_are_read_as_entries() -> None:
    from generator.extract.constraints import parse_constraints

    out = parse_constraints(
        ("The billing method. Valid values:", "• ByDay: daily peak.", "• ByMonth: monthly peak."), "string"
    )
    assert {"kind": "enum", "values": ["ByDay", "ByMonth"]} in [
        {k: v for k, v in c.items() if k in ("kind", "values")} for c in out["constraints"]
    ]


def test_valid_value_an_integer_between_two_numbers() -> None:
    from generator.extract.constraints import parse_constraints

    out = parse_constraints(("The page size. Valid value: an integer between 1 and 100.",), "Integer")
    ranges = [(c.get("min"), c.get("max")) for c in out["constraints"] if c["kind"] == "range"]
    assert ranges == [(1, 100)]


def test_setext_headings_and_a_version_note_in_the_title() -> None:
    # Sections underlined with `===` / `---` instead of `#`, title `Op (new) {#title}`.
    page = (
        "AddThing (new) {#title}\n======================\n\nAdds a thing.\n\n"
        "Request parameters \n------------------\n\n"
        "| Parameter | Type   | Required | Example | Description      |\n"
        "|-----------|--------|----------|---------|------------------|\n"
        "| PoolId    | String | Yes      | pool1   | The ID of the pool. |\n\n"
        "Response parameters \n-------------------\n\n"
        "| Parameter | Type   | Example | Description |\n|-----------|--------|---------|-------------|\n"
        "| RequestId | String | 68-56   | The ID.     |\n"
    )
    spec = _spec(page)
    assert spec["operation"] == "AddThing"
    assert [(p["name"], p["required"], p["example"]) for p in spec["request"]] == [("PoolId", True, "pool1")]
    assert [f["name"] for f in spec["response"]] == ["RequestId"]


def test_list_flattened_into_one_line_with_asterisks_is_read_as_entries() -> None:
    from generator.extract.constraints import parse_constraints

    out = parse_constraints(("The health check protocol. Valid values: * HTTP   * HTTPS   * TCP",), "string")
    kinds = {c["kind"]: c for c in out["constraints"]}
    assert kinds["enum"]["values"] == ["HTTP", "HTTPS", "TCP"]
    # a lone wildcard is not a list
    plain = parse_constraints(("The domain. Example: * matches all.",), "string")
    assert all(c["kind"] != "enum" for c in plain["constraints"])


def test_columns_named_required_or_not_and_position() -> None:
    page = (
        "# DescribeOrders\n\n## Request parameters\n\n"
        "|Parameters|Position|Type|Required or not|Example|Description|\n|--|--|--|--|--|--|\n"
        "|Action|Query|String|Yes|DescribeOrders|The operation.|\n|PageSize|Query|Integer|No|10|Entries per page.|\n"
    )
    spec = _spec(page)
    assert [(p["name"], p["position"], p["required"]) for p in spec["request"]] == [
        ("Action", "query", True), ("PageSize", "query", False),
    ]


def test_common_errors_and_response_elements_sections() -> None:
    # `Error codes` only links to the error center; the rows are under `Common errors`
    page = (
        "# AddMark\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|--|--|--|--|--|\n"
        "|Name|String|Yes|m|The name.|\n\n## Response elements\n\n|Element|Type|Example|Description|\n|--|--|--|--|\n"
        "|RequestId|String|A-1|The ID of the request.|\n\n## Error codes\n\nSee the API Error Center.\n\n"
        "## Common errors\n\n|Error code|Error message|HTTP status code|Description|\n|--|--|--|--|\n"
        "|NoSuchResource|The specified resource %s does not exist.|404|The resource does not exist.|\n\n"
        "## SDK examples\n\nSee the SDKs.\n"
    )
    spec = _spec(page)
    assert [f["name"] for f in spec["response"]] == ["RequestId"]
    assert [(e["code"], e["status"]) for e in spec["errors"]] == [("NoSuchResource", 404)]
    # the same page as a text copy: the headings are plain lines
    text = "\n".join(_pipe_line(line.lstrip("# ")) for line in page.split("\n"))
    text_spec = extract(read_text(text, "t.txt"))
    assert [(e["code"], e["status"]) for e in text_spec["errors"]] == [("NoSuchResource", 404)]
    assert [f["name"] for f in text_spec["response"]] == ["RequestId"]


def _pipe_line(line: str) -> str:
    """A Markdown table line as a pipe-table text copy writes it (`a | b |`, `---|---|`)."""
    if not line.startswith("|"):
        return line
    cells = line.strip("|").split("|")
    if all(set(c) <= {"-", ":"} for c in cells):
        return "|".join("---" for _ in cells) + "|"
    return " | ".join(cells) + " |"


def test_response_table_titled_request_parameters_a_second_time() -> None:
    page = (
        "# CreateThing\n\n## Request parameters {#a .section}\n\n|Parameter|Type|Required?|Example value|Description|\n"
        "|:--|:--|:--|:--|:--|\n|Name|String|Yes|t|The name.|\n\n## Request parameters {#b .section}\n\n"
        "|Parameter|Type|Example value|Description|\n|:--|:--|:--|:--|\n|ThingId|String|t-1|The ID.|\n"
        "|RequestId|String|A-1|The ID of the request.|\n\n## Error codes\n\n|HttpCode|Error code|Error message|Description|\n"
        "|--|--|--|--|\n|404|NoThing|No thing.|The thing does not exist.|\n"
    )
    spec = _spec(page)
    assert [p["name"] for p in spec["request"]] == ["Name"]
    assert [f["name"] for f in spec["response"]] == ["ThingId", "RequestId"]


def test_rows_standing_for_the_common_parameters_are_no_parameters() -> None:
    page = (
        "# ModifyPolicy {#reference_1 .reference}\n\n## Request parameters {#section_1 .section}\n\n"
        "|Name|Type|Required|Description|\n|:---|:---|:---|:---|\n"
        "|<Common request parameters\\>|-|Yes|For more information, see Common parameters.|\n"
        "|DBInstanceId|String|Yes|The ID of the instance.|\n|Enabled|Boolean|TRUE|Whether it is on.|\n\n"
        "## Response parameters\n\n|Name|Type|Description|\n|:---|:---|:---|\n"
        "|<Common response parameters\\>|-|For more information, see Common parameters.|\n|RequestId|String|The ID.|\n"
    )
    spec = _spec(page)
    assert [(p["name"], p["required"]) for p in spec["request"]] == [("DBInstanceId", True), ("Enabled", True)]
    assert [f["name"] for f in spec["response"]] == ["RequestId"]


def test_a_json_example_is_no_heading_attribute() -> None:
    # `Example: {"Format":"mp4"}` alone on a line of a text copy is a paragraph, not an `Example` heading
    text = (
        "Request parameters\nParameters | Type | Required or not | Description |\n---|---|---|---|\n"
        'Container | String | No | Container. Example: {"Format":"mp4"} |\nVideo | String | No | Video. |\n'
    )
    assert [p["name"] for p in extract(read_text(text, "t.txt"))["request"]] == ["Container", "Video"]
    flat_text = (
        "Request parameters\n\nParametersTypeRequired or notDescription\nContainerStringNo\n\nContainer.\n\n\n"
        'Example: {"Format":"mp4"}\n\nVideoStringNo\n\nVideo.\n'
    )
    assert [p["name"] for p in extract(read_text(flat_text, "f.txt"))["request"]] == ["Container", "Video"]


def test_chinese_required_column_variants() -> None:
    page = ("# GetThing\n\n## 请求参数\n\n|名称|类型|是否必须|描述|\n|:-|:-|:-|:-|\n|Action|String|是|要执行的操作。|\n"
            "|PageSize|Integer|否|每页的行数。|\n")
    assert [(p["name"], p["required"]) for p in _spec(page)["request"]] == [("Action", True), ("PageSize", False)]


def test_n_of_a_parameter_that_repeats_nothing_is_its_value() -> None:
    from generator.readers import markdown

    spec = extract(
        markdown.read(
            "# SetPasswordPolicy\n\n## Request parameters\n\n|Parameter|Type|Required|Description|\n|--|--|--|--|\n"
            "|PasswordReusePrevention|Integer|No|The number of previous passwords that cannot be reused. "
            "Valid values of N: 0 to 24.|\n|Tag.N.Key|String|No|The key. Valid values of N: 1 to 20.|\n",
            "p.md",
        )
    )
    by = {p["name"]: p["constraints"] for p in spec["request"]}
    assert [{k: v for k, v in c.items() if k != "sentence"} for c in by["PasswordReusePrevention"]] == [
        {"kind": "range", "min": 0, "max": 24}]
    assert [c["kind"] for c in by["Tag.N.Key"]] == ["max_items"]
