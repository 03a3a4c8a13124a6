from __future__ import annotations

from generator.readers import detect, markdown, read_text
from generator.readers.markdown import cell_paragraphs, inline_text, split_cells

PAGE = """# CreateThing

Creates a thing.

## Request parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|Name|String|No|a\\*\\*\\*\\*|The name \\(display\\) of the **thing**.

 It must be 2 to 128 characters in length and cannot start with `http://`. |
|AutoPay|Boolean|No|false|
 Specifies whether to pay. Valid values: **0**\\|**100**. |
|Mode|String|Yes|x|-   **A**: first.
-   **B**: second.<br>Default: A |

## Error codes

|HttpCode|Error code|Error message|Description|
|--------|----------|-------------|-----------|
|400|Invalid.Name|The name is bad.|The error message returned because ********the name is bad.|
"""


def test_inline_markup_is_unescaped() -> None:
    assert inline_text(r"vpc-1\*\*\*\* \(VPC\) \_x [link](~~123~~) **bold** `code`") == "vpc-1**** (VPC) _x link bold code"
    assert inline_text("Otherwise, ********the **X** works") == "Otherwise, ********the X works"


def test_escaped_bar_does_not_split() -> None:
    assert split_cells(r"|a|b \| c|d|") == ["a", r"b \| c", "d"]


def test_cell_paragraphs_lists_and_breaks() -> None:
    assert cell_paragraphs("-   **A**: first.\n-   **B**: second.<br>Default: A ") == ("A: first.", "B: second.", "Default: A")


def test_rows_over_several_lines_and_empty_trailing_cell() -> None:
    doc = markdown.read(PAGE, "t.md")
    assert doc.title == "CreateThing"
    req = doc.section("Request parameters")
    assert req is not None
    (table,) = req.tables()
    assert table.header == ("Parameter", "Type", "Required", "Example", "Description")
    names = [r.cells[0].text for r in table.rows]
    assert names == ["Name", "AutoPay", "Mode"]
    name_row, pay_row, mode_row = table.rows
    assert name_row.cells[3].text == "a****"
    assert name_row.cells[4].paragraphs == (
        "The name (display) of the thing.",
        "It must be 2 to 128 characters in length and cannot start with http://.",
    )
    assert pay_row.cells[4].text == "Specifies whether to pay. Valid values: 0|100."
    assert mode_row.loc.line == 14
    errors = doc.section("Error codes")
    assert errors is not None
    assert errors.tables()[0].rows[0].texts()[3] == "The error message returned because ********the name is bad."


def test_detect_markdown() -> None:
    assert detect(PAGE) == "markdown"
    assert read_text(PAGE, "t.md").format == "markdown"


def test_table_without_delimiter_row_takes_first_row_as_header() -> None:
    # Older exports of the vendor's docs write the header row and then the rows, with no `|---|` line.
    page = (
        "# DisableThing {#concept_1 .concept}\n\n## Request parameters { .section}\n\n"
        "|Name|Type|Required|Description|\n|ThingId|String|Yes|The ID.|\n|Mode|String|No|The mode.|\n\n"
        "## Response parameters { .section}\n\n|Name|Type|Description|\n|RequestId|String|The ID of this request.|\n"
    )
    doc = markdown.read(page, "t.md")
    req = next(s for s in doc.sections if s.title == "Request parameters").tables()[0]
    assert req.header == ("Name", "Type", "Required", "Description")
    assert [r.cells[0].text for r in req.rows] == ["ThingId", "Mode"]
    resp = next(s for s in doc.sections if s.title == "Response parameters").tables()[0]
    assert [r.cells[2].text for r in resp.rows] == ["The ID of this request."]


def test_bar_lines_that_are_not_a_header_stay_text() -> None:
    doc = markdown.read("# A\n\n## Notes\n\n|a sentence that is far too long to be any column name at all|x|\n|y|z|\n", "t.md")
    assert not [t for s in doc.sections for t in s.tables()]


def test_setext_underline_needs_a_text_line_and_three_marks() -> None:
    from generator.readers import markdown

    doc = markdown.read("Title\n=====\n\nSection\n---\n\ntext\n\n- item\n---\n\n|a|b|\n", "t.md")
    assert doc.title == "Title"
    assert [s.title for s in doc.sections if s.title] == ["Section"]


def test_list_whose_first_item_runs_on_after_the_text() -> None:
    # tables indented under a bullet: `requirements:    -   first` then `    -   second`
    raw = "The name must meet the following requirements:    -   It must be unique.\n    -   It can contain digits. "
    assert cell_paragraphs(raw) == (
        "The name must meet the following requirements:", "It must be unique.", "It can contain digits.",
    )
    assert cell_paragraphs("Valid values: 1 - 10.") == ("Valid values: 1 - 10.",)


def test_delimiter_rows_of_one_hyphen() -> None:
    page = ("# GetThing\n\n## 请求参数 {#section_1 .section}\n\n|参数|类型|是否必需|描述|\n|:-|:-|:---|:-|\n"
            "|Action|String|是|要执行的操作。|\n|ThingId|String|是|ID。|\n")
    assert detect(page) == "markdown"
    sec = markdown.read(page, "t.md").section("请求参数")
    assert sec is not None and [r.texts()[0] for r in sec.tables()[0].rows] == ["Action", "ThingId"]


def test_section_titles_written_in_bold() -> None:
    from generator.extract.operation import extract

    spec = extract(
        markdown.read(
            "createServiceTask\n======\n\n**请求参数** \n\n|名称|类型|是否必选|示例值|描述|\n|--|--|--|--|--|\n"
            "| appId | String | 是 | fb6a | 应用唯一标识符 |\n| appParams | Json数组 | 否 | [] | 参数 |\n\n"
            "**返回参数** \n\n|名称|类型|示例值|描述|\n|--|--|--|--|\n| taskId | String | fa2e | task唯一标识符 |\n\n"
            "**Note** the bold words of a paragraph stay a paragraph.\n",
            "createServiceTask.md",
        )
    )
    assert [(p["name"], p["type"], p["required"]) for p in spec["request"]] == [
        ("appId", "String", True), ("appParams", "Json数组", False),
    ]
    assert [p["name"] for p in spec["response"]] == ["taskId"]


def test_required_flag_followed_by_a_full_stop() -> None:
    from generator.extract.operation import extract

    spec = extract(
        markdown.read(
            "# DescribeL2Vips\n\n## Request parameters\n\n|Parameters|Type|Required|Description|\n|--|--|--|--|\n"
            "|DomainName|String|Yes.|Domain name.|\n|Zone|String|No.|The zone.|\n",
            "p.md",
        )
    )
    assert [(p["name"], p["required"]) for p in spec["request"]] == [("DomainName", True), ("Zone", False)]


def test_singular_section_titles() -> None:
    from generator.extract.operation import extract

    spec = extract(
        markdown.read(
            "# DescribeInvocations\n\n## Request Parameter\n\n|Parameter|Type|Required|Description|\n|--|--|--|--|\n"
            "|RegionId|String|Yes|The region.|\n\n## Response parameter\n\n|Parameter|Type|Description|\n|--|--|--|\n"
            "|RequestId|String|The request.|\n",
            "p.md",
        )
    )
    assert [p["name"] for p in spec["request"]] == ["RegionId"]
    assert [p["name"] for p in spec["response"]] == ["RequestId"]


def test_code_spans_show_as_written_and_emphasis_inside_words() -> None:
    assert inline_text("`acs:ecs:*:*:instance/*`") == "acs:ecs:*:*:instance/*"
    assert inline_text("use `a\\_b` and `[x](y)`") == "use a_b and [x](y)"
    assert inline_text("*yyyy-MM-dd*T*HH:mm:ss*Z") == "yyyy-MM-ddTHH:mm:ssZ"
    assert inline_text("app-**** and a * b * c") == "app-**** and a * b * c"


def test_operation_named_by_the_explorer_link_when_the_title_does_not() -> None:
    from generator.extract.operation import extract

    spec = extract(
        markdown.read(
            "# 查询消费组详情\n\n[调试](https://api.aliyun.com/#product=Dts&api=DescribeConsumerGroup&type=RPC&version=2020-01-01)\n\n"
            "## 请求参数\n\n|名称|类型|是否必选|描述|\n|--|--|--|--|\n|RegionId|String|是|地域。|\n",
            "p.md",
        )
    )
    assert (spec["operation"], spec["api_product"], spec["api_version"]) == ("DescribeConsumerGroup", "Dts", "2020-01-01")


def test_request_structure_sections_and_a_code_sample_before_the_request_elements() -> None:
    from generator.extract.operation import extract

    # Tablestore: the table of a protobuf message's fields under `Request structure`
    ots = extract(
        markdown.read(
            "# GetRange\n\n## Request structure\n\n```\nmessage GetRangeRequest {}\n```\n\n"
            "|Parameter|Type|Required|Description|\n|--|--|--|--|\n|table\\_name|string|Yes|The table.|\n\n"
            "## Response structure\n\n|Parameter|Type|Description|\n|--|--|--|\n|rows|bytes|The rows.|\n",
            "p.md",
        )
    )
    assert [p["name"] for p in ots["request"]] == ["table_name"] and [p["name"] for p in ots["response"]] == ["rows"]
    # OSS: `Request structure` holds the HTTP request only; the parameters are the `Request elements`
    oss = extract(
        markdown.read(
            "# PutBucketInventory\n\n## Request structure\n\n```\nPUT /?inventory HTTP/1.1\n```\n\n## Request elements\n\n"
            "|Element|Type|Required|Description|\n|--|--|--|--|\n|Id|String|Yes|The name.|\n\n"
            "## Error codes\n\n|Error code|HTTP status code|Description|\n|--|--|--|\n|InvalidArgument|400|Bad.|\n",
            "p.md",
        )
    )
    assert [p["name"] for p in oss["request"]] == ["Id"]


def test_error_section_titles_with_slips() -> None:
    from generator.extract.operation import extract

    for title in ("Errors codes", "Error codes."):
        spec = extract(
            markdown.read(
                f"# PutDeliveryChannel\n\n## {title}\n\n|HttpCode|Error code|Error message|Description|\n|--|--|--|--|\n"
                "|400|Invalid.Arn|The ARN is invalid.|The ARN is invalid.|\n",
                "p.md",
            )
        )
        assert [e["code"] for e in spec["errors"]] == ["Invalid.Arn"], title
    page = "PRODUCT:DoThing\n\nLast Updated:Mar 21, 2021\n\nDoes a thing.\n\nErrors codes\n\nHttpCodeError codeError messageDescription\n"
    from generator.readers import flat

    spec = extract(flat.read(page + "400Invalid.ArnThe ARN is invalid.The error message returned.\n", "p.txt"))
    assert [e["code"] for e in spec["errors"]] == ["Invalid.Arn"]


def test_an_empty_cell_past_the_header_closes_a_row() -> None:
    from generator.extract.operation import extract

    spec = extract(
        markdown.read(
            "# DescribeVodDomainDetail\n\n## Error codes\n\n|Error code\n\n|Error message\n\n|HTTP status code\n\n|Description |\n"
            "|---|---|---|---|\n|ServiceBusy\n\n|The domain is configuring.\n\n|403\n\n|The domain name is being configured.\n\n| |\n",
            "p.md",
        )
    )
    assert [(e["code"], e["status"], e["description"]) for e in spec["errors"]] == [
        ("ServiceBusy", 403, "The domain name is being configured.")
    ]


def test_sample_requests_and_headers_are_no_response_bodies() -> None:
    from generator.extract.operation import extract

    spec = extract(
        markdown.read(
            "# UpdateMachineGroup\n\n## Request parameters\n\n|Parameter|Type|Required|Description|\n|--|--|--|--|\n"
            "|groupName|String|Yes|The name.|\n\n## Response parameters\n\nNo other elements are returned.\n\n## Examples\n\n"
            "-   Sample requests\n\n    ```\n    PUT /machinegroups/test HTTP/1.1\n    Header :\n    {\n"
            '        "Host": "example.com"\n    }\n    Body :\n    {\n        "groupName": "test"\n    }\n    ```\n\n'
            "-   Sample success responses\n\n    ```\n    HTTP/1.1 200 OK\n    Header :\n    {\n"
            '        "x-log-requestid": "5642"\n    }\n    ```\n',
            "p.md",
        )
    )
    assert spec["response"] == [] and not spec.get("samples")
