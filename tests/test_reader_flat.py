"""The reader of tag-stripped text copies whose table cells are glued (`DiskIdstringYes`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.document import Document, Table
from generator.extract.operation import extract
from generator.readers import detect, flat, read_path, read_text
from generator.readers.glued import _all_glue_points, example_likeness, split_row
from generator.readers.glued_header import split_header
from generator.readers.glued_words import COMMON_WORDS, Lexicon

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_1b6ebd76f190bfb8.txt"


def _table(doc: Document, section: str, k: int = 0) -> Table:
    sec = doc.section(section)
    assert sec is not None, f"no section {section!r}"
    return sec.tables()[k]


# --- header rows -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "columns"),
    [
        ("ParameterTypeRequiredDescriptionExample", ["Parameter", "Type", "Required", "Description", "Example"]),
        (
            "ParameterTypeRequired?Example valueDescription",
            ["Parameter", "Type", "Required?", "Example value", "Description"],
        ),
        ("HttpCodeError codeError messageDescription", ["HttpCode", "Error code", "Error message", "Description"]),
        (
            "HTTP status codeError codeError messageDescription",
            ["HTTP status code", "Error code", "Error message", "Description"],
        ),
        (
            "Error codeError messageHTTP status codeDescription",
            ["Error code", "Error message", "HTTP status code", "Description"],
        ),
        ("HTTP staError codeError messageDescription", ["HTTP sta", "Error code", "Error message", "Description"]),
        ("ParameterTypeRequiredDefaultDescription", ["Parameter", "Type", "Required", "Default", "Description"]),
        ("Change timeSummary of changesOperation", ["Change time", "Summary of changes", "Operation"]),
    ],
)
def test_header_split_by_column_vocabulary(line: str, columns: list[str]) -> None:
    assert split_header(line) == columns


@pytest.mark.parametrize(
    "line",
    [
        "The ID of the region.",
        "RegionIdStringYescn-hangzhou",
        "Request parameters",
        "NameStringtest",
        "DescriptionString",
        "ParameterValueStringecs.cm4.6xlarge",  # a row whose name is made of two column names
        "DescriptionStringtestDescription",  # a row named `Description` whose example repeats it
        "DescriptionStringAPI",  # a row whose example is a column name
        "接口状态或POP错误码。取值说明如下：",  # Chinese prose holding a column name
    ],
)
def test_not_a_header(line: str) -> None:
    assert split_header(line) is None


@pytest.mark.parametrize(
    ("line", "columns"),
    [
        ("名称类型是否必选示例值描述", ["名称", "类型", "是否必选", "示例值", "描述"]),
        ("名称类型位置是否必选示例值描述", ["名称", "类型", "位置", "是否必选", "示例值", "描述"]),
        ("HttpCode错误码错误信息描述", ["HttpCode", "错误码", "错误信息", "描述"]),
        ("错误代码描述Http 状态码", ["错误代码", "描述", "Http 状态码"]),
        ("HTTP状态码错误码错误信息", ["HTTP状态码", "错误码", "错误信息"]),
    ],
)
def test_chinese_header_cut_by_column_vocabulary(line: str, columns: list[str]) -> None:
    assert split_header(line) == columns


# --- inline cells of parameter rows ------------------------------------------------------------

NO_LEX = Lexicon()


@pytest.mark.parametrize(
    ("line", "roles", "cells"),
    [
        (
            "RegionIdStringYescn-hangzhou",
            ["name", "type", "required", "example"],
            ("RegionId", "String", "Yes", "cn-hangzhou"),
        ),
        ("DiskIdstringYes", ["name", "type", "required"], ("DiskId", "string", "Yes")),
        ("DescriptionstringNo", ["name", "type", "required"], ("Description", "string", "No")),
        (
            "ActionStringYesCreateNatGateway",
            ["name", "type", "required", "example"],
            ("Action", "String", "Yes", "CreateNatGateway"),
        ),
        (
            "DBInstance.NRepeatListYesrm-bp12****",
            ["name", "type", "required", "example"],
            ("DBInstance.N", "RepeatList", "Yes", "rm-bp12****"),
        ),
        ("AutoPayBooleanNofalse", ["name", "type", "required", "example"], ("AutoPay", "Boolean", "No", "false")),
        ("DeletionProtectionBooleanfalse", ["name", "type", "example"], ("DeletionProtection", "Boolean", "false")),
        ("StartTimeDateTime", ["name", "type", "example"], ("StartTime", "DateTime", "")),
        ("CertInfosArray of CertInfo", ["name", "type", "example"], ("CertInfos", "Array of CertInfo", "")),
        ("BandwidthPackagesN/AN/A", ["name", "type", "example"], ("BandwidthPackages", "N/A", "N/A")),
        ("└BandwidthString5", ["name", "type", "example"], ("└Bandwidth", "String", "5")),
        ("Instancesarray<object>", ["name", "type"], ("Instances", "array<object>")),
        ("DescriptionStringLive streaming", ["name", "type", "example"], ("Description", "String", "Live streaming")),
        ("ByteHitRateString", ["name", "type", "example"], ("ByteHitRate", "String", "")),
        ("objectNo", ["name", "type", "required"], ("", "object", "No")),
        # a name ending in its type word: the word twice, the first one ends the name
        (
            "ConnectionStringStringgp-xxxxxxx.gpdb.rds.aliyuncs.com",
            ["name", "type", "example"],
            ("ConnectionString", "String", "gp-xxxxxxx.gpdb.rds.aliyuncs.com"),
        ),
        ("BlackListList[1. ***. ***.1]", ["name", "type", "example"], ("BlackList", "List", "[1. ***. ***.1]")),
        # where the parameter goes (RESTful operations), between the name and the type
        (
            "RegionIdQueryStringYescn-hangzhou",
            ["name", "position", "type", "required", "example"],
            ("RegionId", "Query", "String", "Yes", "cn-hangzhou"),
        ),
        ("ClusterIdPathStringYesc-1", ["name", "position", "type", "required", "example"], ("ClusterId", "Path", "String", "Yes", "c-1")),
        ("bodyBodyObjectNo", ["name", "position", "type", "required"], ("body", "Body", "Object", "No")),
        # the example does not open with the rest of the name (`OfImageToKeep` + `Integer`)
        ("MaxNumberOfImageToKeepInteger8", ["name", "type", "example"], ("MaxNumberOfImageToKeep", "Integer", "8")),
        ("MediaListMedia[]", ["name", "type"], ("MediaList", "Media[]")),
        ("NextRotationDateString2022-04-18T13:13:08Z", ["name", "type", "example"],
         ("NextRotationDate", "String", "2022-04-18T13:13:08Z")),
        ("SecretListArray", ["name", "type", "example"], ("SecretList", "Array", "")),
        ("GmtCreateTimestampLong1581912859713", ["name", "type", "example"], ("GmtCreateTimestamp", "Long", "1581912859713")),
        ("ContactGroupsArray of ContactGroupN/A", ["name", "type", "example"], ("ContactGroups", "Array of ContactGroup", "N/A")),
        ("machineListJson Array", ["name", "type", "example"], ("machineList", "Json Array", "")),
        # lists written the other way round (`[]String`)
        ("ProxyTypes[]String80", ["name", "type", "example"], ("ProxyTypes", "[]String", "80")),
        ("RealSevers[]Layer7RealServer", ["name", "type", "example"], ("RealSevers", "[]Layer7RealServer", "")),
        # Chinese pages: the required flag in Chinese, the position column after the type
        ("NamespaceIdStringQuery是cn-beijing:test", ["name", "type", "position", "required", "example"],
         ("NamespaceId", "String", "Query", "是", "cn-beijing:test")),
    ],
)
def test_parameter_row_split(line: str, roles: list[str | None], cells: tuple[str, ...]) -> None:
    sp = split_row(line, roles, NO_LEX)
    assert sp is not None
    assert sp.cells == cells


def test_names_of_the_samples_decide_a_close_call() -> None:
    # `ISPDataInterval` + `UsageData[]`: the sub-table titled `UsageData` names the type
    lex = Lexicon.of(["ISPDataIntervalUsageData[]", "", "UsageData", ""])
    sp = split_row("ISPDataIntervalUsageData[]", ["name", "type", "example"], lex)
    assert sp is not None and sp.cells[:2] == ("ISPDataInterval", "UsageData[]")


def test_example_likeness() -> None:
    assert example_likeness("d-bp1s5fnvk4gn2tws0****") > 0
    assert example_likeness("cn-hangzhou") > 0
    assert example_likeness("The ID of the cloud disk, which you can query with DescribeDisks.") < 0
    assert example_likeness("Valid values: 1 to 100.") < 0


def _words_twice(text: str, word: str) -> bool:
    """The reference: the text cut into words (runs of lower case, capitalised, capitals), counted."""
    words = re.findall(r"[a-z]+|[A-Z](?:[a-z]+|[A-Z]+(?![a-z]))", text)
    return sum(1 for w in words if w.lower() == word.lower()) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "HTTPServer httpServer the HTTP server. Vpc vpc VPCId, VPC.",
        "ABc ABCd abc-ABC Abc_abc ABCDe 中abc abcé",
        "ExpiredToken tokenExpired token TOKEN e e. eE xE",
        "",
    ],
)
def test_known_counts_words_as_cut_from_the_text(text: str) -> None:
    lex = Lexicon.of(text.split("\n"))
    for word in ("http", "server", "vpc", "abc", "ab", "bc", "token", "expired", "e", "x", "é", "vpc1"):
        if word not in COMMON_WORDS:  # the common words are known whatever the page
            assert lex.known(word) == _words_twice(text, word), word


def test_glue_point_before_a_lone_dash_at_the_end() -> None:
    lex = Lexicon()
    assert split_row("400OrderFailed-", ["status", "code", "message", "description"], lex) is not None
    assert _all_glue_points("Failed-", lex) == [6]
    assert _all_glue_points("Failed -", lex) == []
    assert _all_glue_points("a.B-", lex) == [2, 3]


# --- a page in the format of the corpus (Example before Description) ----------------------------

PAGE = """All Products
Search
Document Center

NAT:CreateNatGateway

Last Updated:Apr 26, 2021

Creates an enhanced NAT gateway.

Request parameters

ParameterTypeRequiredExampleDescription
ActionStringYesCreateNatGateway

The operation that you want to perform. Set the value to CreateNatGateway.

RegionIdStringYescn-hangzhou

The ID of the region where the NAT gateway is deployed.

You can call the DescribeRegions operation to query region IDs.

VpcIdStringYesvpc-bp1di7uewzmtvfuq8****

The ID of the VPC where the NAT gateway is deployed. Examples:

Examples:

vpc-1 is one.

Response parameters

ParameterTypeExampleDescription
NatGatewayIdStringngw-112za33e4****

The ID of the created NAT gateway.

SourceModelsArray

The information about the origin servers.

SourceModel
ContentStringtest.com

The address of the origin server.

ISPDataIntervalUsageData[]

The proportions of ISPs.

UsageData

ParameterTypeDescription
ValueString

The value.

Examples

Sample success responses

JSON format

{
    "NatGatewayId": "ngw-112za33e4****",
    "SourceModels": {"SourceModel": [{"Content": "test.com"}]}
}

Error codes

HttpCodeError codeError messageDescription
400InvalidVPCStatusvpc incorrect status.The error message returned because the VPC is in an invalid state. Check the state of the VPC.
404InvalidRegionId.NotFoundThe specified RegionId does not exist in our records.The error message returned because the specified region ID does not exist.
400InvalidNatGatewayName.MalFormedNatGateway name is not valid.The error message returned because the specified gateway name is invalid.
400InvalidNatGatewayDescription.MalFormedNatGateway description is not valid.The error message returned because the specified gateway description is invalid.
400ZONE_NO_AVAILABLE_IPThe Zone have no available ip.The error message returned because no IP addresses are available in the zone.
400Resource.QuotaFullThe quota of resource is fullThe error message returned because the resource quota has been reached.
400InvalidScheduledTaskName.Duplicate

The specified value of parameter

ScheduledTaskNameis duplicated.

The error message returned because the name of the scheduled task already exists.
403Forbidden.RAMUser not authorized to operate on the specified resource.-

For a list of error codes, visit the API Error Center.

Was this page helpful?

About Alibaba Cloud
Contact Us
Legal
"""


@pytest.fixture(scope="module")
def page() -> Document:
    return flat.read(PAGE, "page.txt")


def test_detected_as_flat() -> None:
    assert detect(PAGE) == "flat"
    assert read_text(PAGE, "p.txt").format == "text-flat"


def test_metadata_title_and_summary(page: Document) -> None:
    assert page.title == "NAT:CreateNatGateway"
    assert page.meta == {"product": "NAT", "operation": "CreateNatGateway", "updated": "2021-04-26"}
    preamble = page.sections[0]
    assert [p.text for p in preamble.paragraphs()] == ["Creates an enhanced NAT gateway."]
    assert preamble.paragraphs()[0].loc.line == 9


def test_request_rows_with_block_descriptions(page: Document) -> None:
    table = _table(page, "Request parameters")
    assert table.header == ("Parameter", "Type", "Required", "Example", "Description")
    assert [r.texts()[:4] for r in table.rows] == [
        ["Action", "String", "Yes", "CreateNatGateway"],
        ["RegionId", "String", "Yes", "cn-hangzhou"],
        ["VpcId", "String", "Yes", "vpc-bp1di7uewzmtvfuq8****"],
    ]
    region = table.rows[1]
    assert region.loc.line == 18 and region.cells[0].loc.line == 18
    assert region.cells[4].paragraphs == (
        "The ID of the region where the NAT gateway is deployed.",
        "You can call the DescribeRegions operation to query region IDs.",
    )
    assert region.cells[4].loc.line == 20
    # `Examples:` ending in a colon is a paragraph of the cell, not the Examples heading
    assert table.rows[2].cells[4].paragraphs[-2:] == ("Examples:", "vpc-1 is one.")
    assert all(c.confidence == 1.0 for r in table.rows for c in r.cells)


def test_response_rows_name_only_and_nested_table(page: Document) -> None:
    sec = page.section("Response parameters")
    assert sec is not None
    first, nested = sec.tables()
    assert [r.texts()[:3] for r in first.rows] == [
        ["NatGatewayId", "String", "ngw-112za33e4****"],
        ["SourceModels", "Array", ""],
        ["SourceModel", "", ""],  # a row whose other cells are empty
        ["Content", "String", "test.com"],
        ["ISPDataInterval", "UsageData[]", ""],
    ]
    # the title of the nested table is a paragraph between the two tables, not a cell
    assert [p.text for p in sec.paragraphs()] == ["UsageData"]
    assert nested.header == ("Parameter", "Type", "Description")
    assert nested.rows[0].texts() == ["Value", "String", "The value."]


def test_error_rows(page: Document) -> None:
    table = _table(page, "Error codes")
    rows = [r.texts() for r in table.rows]
    assert rows[0][:3] == ["400", "InvalidVPCStatus", "vpc incorrect status."]
    assert rows[1] == [
        "404",
        "InvalidRegionId.NotFound",
        "The specified RegionId does not exist in our records.",
        "The error message returned because the specified region ID does not exist.",
    ]
    # the message repeats a word of the code: the code ends where the repetition starts
    assert rows[2][1:3] == ["InvalidNatGatewayName.MalFormed", "NatGateway name is not valid."]
    assert rows[3][1] == "InvalidNatGatewayDescription.MalFormed"
    assert rows[4][1:3] == ["ZONE_NO_AVAILABLE_IP", "The Zone have no available ip."]
    # a message without a final period, glued to a description
    assert rows[5][1:3] == ["Resource.QuotaFull", "The quota of resource is full"]
    # a message made of paragraphs leaves status and code alone on the row's line
    assert rows[6] == [
        "400",
        "InvalidScheduledTaskName.Duplicate",
        "The specified value of parameter ScheduledTaskNameis duplicated.",
        "The error message returned because the name of the scheduled task already exists.",
    ]
    assert rows[7][1:] == ["Forbidden.RAM", "User not authorized to operate on the specified resource.", "-"]
    assert len(rows) == 8
    assert table.loc.line == 72
    assert table.rows[1].loc.line == 74


def test_paragraphs_outside_tables_and_footer(page: Document) -> None:
    err = page.section("Error codes")
    assert err is not None
    assert [p.text for p in err.paragraphs()] == ["For a list of error codes, visit the API Error Center."]
    sample = page.section("Sample success responses")
    assert sample is not None
    texts = [p.text for p in sample.paragraphs()]
    assert texts[0] == "JSON format" and texts[1] == "{" and texts[-1] == "}"
    spec = extract(page)
    assert spec["samples"][0]["body"]["NatGatewayId"] == "ngw-112za33e4****"
    assert spec["summary"] == "Creates an enhanced NAT gateway."


# --- the newer page layout (Example after Description) ----------------------------------------

MODERN = """ENS:DescribeThings

Last Updated:Nov 14, 2024

Queries things.

Authorization information

OperationAccess levelResource typeCondition keyAssociated operation
ens:DescribeThingsget
*All Resources
*
    none
none

Request parameters

ParameterTypeRequiredDescriptionExample
RegionIdstringYes

The region ID.

cn-hangzhou
Tagarray<object>No

The tags.

objectNo

The tag.

KeystringNo

The tag key.

TestKey
DryRunbooleanNo

Specifies whether to perform only a dry run.

Valid values: true and false.

Response parameters

ParameterTypeDescriptionExample
object

Schema of Response

RequestIdstring

The request ID.

473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E
Tagsarray

The tags.

string

A tag.

tag1

Error codes

HTTP status codeError codeError messageDescription
400OrderFailed-
400SaleControl.VerificationFailedYou did not pass the verification.Please contact the product.Failed to pass the sales constraint verification.

Change history

Change timeSummary of changesOperation
2023-10-17The Error code has changedsee changesets
Change itemChange content
Error CodesThe Error code has changed.
    Error Codes 400 change
"""


@pytest.fixture(scope="module")
def modern() -> Document:
    return flat.read(MODERN, "modern.txt")


def test_example_after_the_description(modern: Document) -> None:
    table = _table(modern, "Request parameters")
    rows = [r.texts() for r in table.rows]
    assert rows[0] == ["RegionId", "string", "Yes", "The region ID.", "cn-hangzhou"]
    # no example: the description's last paragraph is followed by a blank line, not glued
    assert rows[1] == ["Tag", "array<object>", "No", "The tags.", ""]
    assert rows[2] == ["", "object", "No", "The tag.", ""]
    assert rows[3] == ["Key", "string", "No", "The tag key.", "TestKey"]
    assert table.rows[3].cells[4].loc.line == 36
    # the last row before a heading: `Valid values: ...` reads as a sentence, not an example
    assert rows[4] == [
        "DryRun",
        "boolean",
        "No",
        "Specifies whether to perform only a dry run. Valid values: true and false.",
        "",
    ]


def test_response_rows_without_names(modern: Document) -> None:
    table = _table(modern, "Response parameters")
    assert [r.texts() for r in table.rows] == [
        ["", "object", "Schema of Response", ""],
        ["RequestId", "string", "The request ID.", "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"],
        ["Tags", "array", "The tags.", ""],
        ["", "string", "A tag.", "tag1"],
    ]
    assert [f["name"] for f in extract(modern)["response"]] == ["RequestId", "Tags"]


def test_ambiguous_borders_lower_the_confidence(modern: Document) -> None:
    table = _table(modern, "Error codes")
    dash, glued = table.rows
    # `400OrderFailed-`: the `-` is the empty description's mark, the message is missing
    assert dash.texts() == ["400", "OrderFailed", "", "-"]
    assert dash.cells[2].confidence < 1.0 and dash.cells[3].confidence < 1.0
    # two glued sentence ends: the message keeps its own glued sentence
    assert glued.texts()[2:] == [
        "You did not pass the verification.Please contact the product.",
        "Failed to pass the sales constraint verification.",
    ]
    assert glued.confidence < 1.0


def test_change_history_and_authorization(modern: Document) -> None:
    sec = modern.section("Change history")
    assert sec is not None
    history, items = sec.tables()
    assert history.rows[0].texts() == ["2023-10-17", "The Error code has changed", "see changesets"]
    assert items.header == ("Change item", "Change content")
    assert items.rows[0].cells[1].paragraphs == ("The Error code has changed.", "Error Codes 400 change")
    assert extract(modern)["history"][0]["summary"] == "The Error code has changed"
    auth = _table(modern, "Authorization information")
    assert auth.header[:2] == ("Operation", "Access level")
    row = auth.rows[0]
    assert row.texts()[:2] == ["ens:DescribeThings", "get"]
    assert row.cells[2].paragraphs == ("*All Resources", "*")
    assert row.texts()[3:] == ["none", "none"]


def test_breadcrumb_before_a_bare_title_is_dropped() -> None:
    text = (
        "Document Center\nElastic Compute Service > API Reference\n\nDescribeInstances\n\n"
        "Last Updated: May 03, 2018\n\nDescribes instances.\n\nRequest parameters\n\n"
        "NameTypeRequiredDescription\nActionStringYes\n\nThe name of this interface.\n\n"
        "Error codes\n\nError codeError messageHTTP status codeDescription\n"
        "InvalidParamterThe specified value of parameter is not valid.400The specified value is invalid.\n"
    )
    doc = flat.read(text, "old.txt")
    assert doc.title == "DescribeInstances" and doc.meta == {"updated": "2018-05-03"}
    spec = extract(doc)
    assert spec["operation"] == "DescribeInstances" and spec["summary"] == "Describes instances."
    assert [(e["status"], e["code"], e["message"]) for e in spec["errors"]] == [
        (400, "InvalidParamter", "The specified value of parameter is not valid.")
    ]


def test_not_a_table_is_paragraphs() -> None:
    doc = flat.read("Title line\n\nDescription\n\nJust text.\nMore text.\n", "x.txt")
    sec = doc.section("Description")
    assert sec is not None and [p.text for p in sec.paragraphs()] == ["Just text.", "More text."]
    assert not sec.tables()


def test_error_table_without_rows_ends_at_prose() -> None:
    doc = flat.read("Error codes\n\nHttpCodeError codeError messageDescription\nSee the error center.\n", "e.txt")
    sec = doc.section("Error codes")
    assert sec is not None
    assert sec.tables()[0].rows == ()
    assert [p.text for p in sec.paragraphs()] == ["See the error center."]


def _flat_spec(body: str) -> dict:
    return extract(flat.read("PRODUCT:DoThing\n\nLast Updated:Mar 21, 2021\n\nDoes a thing.\n\n" + body, "p.txt"))


def test_page_note_under_the_request_table_is_not_a_description() -> None:
    spec = _flat_spec(
        "Request parameters\n\nParameterTypeRequiredExampleDescription\nHostIdStringNo1\n\n"
        "The ID of the host.\n\n\nAll Alibaba Cloud API operations must include common request parameters. "
        "For more information about common request parameters, see Common parameters.\n\n"
        "Response parameters\n\nParameterTypeExampleDescription\nRequestIdStringA-1\n\nThe ID of the request.\n"
    )
    assert [(p["name"], p["description"]) for p in spec["request"]] == [("HostId", "The ID of the host.")]


def test_lone_words_of_a_value_list_and_constants_stay_in_the_description() -> None:
    spec = _flat_spec(
        "Response parameters\n\nParameterTypeExampleDescription\nStatusStringReady\n\n"
        "The status. Valid values:\n\n\nReady\n\n\nStopped\n\n\nInError\n\n\nUPDATE_IN_PROGRESS\n\n"
        "KeyString_aliyun_kind\n\nThe key. Valid values:\n\n\n_aliyun_involvedObject_kind: the kind\n\n"
        "RequestIdStringA-1\n\nThe ID of the request.\n"
    )
    assert [f["name"] for f in spec["response"]] == ["Status", "Key", "RequestId"]


def test_a_word_ending_a_sentence_on_its_own_line_is_no_row() -> None:
    # `Set the value to` then `GetThing.` on the next line (a line break inside the cell)
    spec = _flat_spec(
        "Request parameters\n\nParameterTypeRequiredExampleDescription\nActionStringYesGetThing\n\n"
        "The operation. Set the value to\n\nGetThing.\n\nRegionIdStringYescn-hangzhou\n\nThe region.\n"
    )
    assert [p["name"] for p in spec["request"]] == ["Action", "RegionId"]
    assert spec["request"][0]["description"] == "The operation. Set the value to GetThing."


def test_message_opening_with_a_placeholder() -> None:
    spec = _flat_spec(
        "Request parameters\n\nParameterTypeRequiredExampleDescription\nStackIdStringYess-1\n\nThe stack.\n\n"
        "Error codes\n\nError codeError messageHTTP status codeDescription\n"
        "InvalidSchema{reason}.400The error message returned because the template format is invalid.\n"
        "StackValidationFailed{reason}.400The error message returned because the stack validation failed.\n"
    )
    assert [(e["code"], e["message"]) for e in spec["errors"]] == [
        ("InvalidSchema", "{reason}."), ("StackValidationFailed", "{reason}."),
    ]


def test_value_below_a_description_is_not_a_two_column_header() -> None:
    # `CommodityType` (the Valid value cell after the description) reads like `Commodity | Type`
    spec = _flat_spec(
        "Request parameters\n\nParameterTypeRequiredDescriptionValid value\n"
        "Parameter.1.CodeStringYes\n\nThe code of the first parameter.\nCommodityType\n"
        "Parameter.1.ValueStringYes\n\nThe value of the first parameter.\npvtz\n\nSample requests\n\nhttps://x/\n"
    )
    assert [p["name"] for p in spec["request"]] == ["Parameter.1.Code", "Parameter.1.Value"]


def test_error_rows_of_chinese_pages_and_placeholder_messages() -> None:
    spec = _flat_spec(
        "请求参数\n\n名称类型是否必选示例值描述\nRegionIdString是cn-hangzhou\n\n地域ID。\n\n"
        "错误码\n\nHttpCode错误码错误信息描述\n"
        "400InvalidNamespace.WithUppercaseThis namespace does not support uppercase letters.命名空间不支持大写字母。\n"
        "400Resource.QuotaFullThe quota of resource is full资源配额已达上限。\n"
        "400Throttling%sThe error message returned because the request is denied due to throttling.\n"
        "400ChargeTypeViolationPay-As-You-Go instances do not support this operation.The error message returned "
        "because the billing method does not support this operation.\n"
    )
    assert [(p["name"], p["required"]) for p in spec["request"]] == [("RegionId", True)]
    assert [(e["code"], e["message"], e["description"]) for e in spec["errors"]] == [
        ("InvalidNamespace.WithUppercase", "This namespace does not support uppercase letters.", "命名空间不支持大写字母。"),
        ("Resource.QuotaFull", "The quota of resource is full", "资源配额已达上限。"),
        ("Throttling", "%s", "The error message returned because the request is denied due to throttling."),
        ("ChargeTypeViolation", "Pay-As-You-Go instances do not support this operation.",
         "The error message returned because the billing method does not support this operation."),
    ]
    # a description phrase opens no message, even one holding digits (`IPv4`) further on
    more = _flat_spec(
        "Request parameters\n\nParameterTypeRequiredExampleDescription\nInstanceIdStringYesi-1\n\nThe ID.\n\n"
        "Error codes\n\nHttpCodeError codeError messageDescription\n"
        "403InvalidOperation.Ipv4CountExceeded%sThe error message returned because the maximum number of IPv4 "
        "addresses has been reached.\n"
    )
    assert [(e["code"], e["message"]) for e in more["errors"]] == [("InvalidOperation.Ipv4CountExceeded", "%s")]


def test_rows_named_like_columns_and_mixed_case_type_words() -> None:
    spec = _flat_spec(
        "Response parameters\n\nParameterTypeExampleDescription\nHpcClustersArray of HpcCluster\n\nThe clusters.\n\n"
        "HpcCluster\nDescriptionStringtestDescription\n\nThe description of the cluster.\n\n"
        "NameStringtestName\n\nThe name. Valid values:\n\n\nGreaterThanYesterday\n\n\nLessThanYesterday\n\n"
        "RequestIdStringA-1\n\nThe ID of the request.\n"
    )
    assert [f["name"] for f in spec["response"]] == ["HpcClusters", "HpcCluster", "Description", "Name", "RequestId"]


def test_a_chinese_sentence_announcing_the_next_table_is_not_the_last_description() -> None:
    spec = _flat_spec(
        "请求参数\n\n名称类型是否必选示例值描述\nTopLevelDomainString否example.com\n\n顶级接入域。\n\n"
        "Sources各字段含义如下所示。\n\n名称类型示例值描述\nContentString1.1.1.1\n\n源站地址。\n"
    )
    assert [(p["name"], p["description"]) for p in spec["request"]] == [("TopLevelDomain", "顶级接入域。")]


def test_oss_style_page_request_elements_containers_and_codes_before_statuses() -> None:
    spec = _flat_spec(
        "Request elements\n\nElementTypeRequiredExampleDescription\nIdStringYesreport1\n\nThe name.\n\n"
        "FilterContainerNoN/A\n\nThe container of the filter.\n\nPrefixStringNoPics\n\nThe prefix.\n\n"
        "Error codes\n\nError codeHTTP status codeDescription\n"
        "InvalidArgument400The error message returned because the input parameter is invalid.\n"
        "AccessDenied403\n\nThe error message returned because the request is not signed.\n\n\n"
        "The error message returned because you are not authorized.\n\n"
        "InventoryAlreadyExist409The error message returned because the inventory already exists.\n"
    )
    assert [(p["name"], p["type"]) for p in spec["request"]] == [("Id", "String"), ("Filter", "Container"), ("Prefix", "String")]
    assert [(e["status"], e["code"]) for e in spec["errors"]] == [
        (400, "InvalidArgument"), (403, "AccessDenied"), (409, "InventoryAlreadyExist"),
    ]
    assert spec["errors"][1]["description"].endswith("you are not authorized.")


def test_a_description_reading_like_the_section_title_stays_in_the_table() -> None:
    spec = _flat_spec(
        "返回数据\n\n名称类型示例值描述\nCodeString200\n\n返回码\n\nDataStruct\n\n返回数据\n\n"
        "AppNameStringahas-demo\n\n应用名称\n"
    )
    assert [f["name"] for f in spec["response"]] == ["Code", "Data", "AppName"]


def test_the_section_title_again_above_a_table_is_a_heading() -> None:
    # a page that titles its response table `Request parameters` a second time
    spec = _flat_spec(
        "Request parameters\n\nParameterTypeRequired?Example valueDescription\nNameStringYest\n\nThe name.\n\n"
        "All Alibaba Cloud API operations must include common request parameters.\n\n"
        "Request parameters\n\nParameterTypeExample valueDescription\nThingIdStringt-1\n\nThe ID.\n\n"
        "RequestIdStringA-1\n\nThe ID of the request.\n"
    )
    assert [p["name"] for p in spec["request"]] == ["Name"]
    assert [f["name"] for f in spec["response"]] == ["ThingId", "RequestId"]


def test_common_parameters_row_and_capital_required_flags() -> None:
    spec = _flat_spec(
        "Request parameters\n\nParameter nameTypeRequiredDescription\n<Common request parameters>-Yes\n\n"
        "For more information, see Common parameters.\n\nActionStringTRUE\n\nThe operation.\n\n"
        "FileSystemIdStringFALSE\n\nThe ID of the file system.\n"
    )
    assert [(p["name"], p["required"]) for p in spec["request"]] == [("Action", True), ("FileSystemId", False)]


def test_a_sentence_announcing_the_fields_of_the_next_table() -> None:
    spec = _flat_spec(
        "Request parameters\n\nParameterTypeRequiredExampleDescription\ngroupTypeStringNoArmory\n\n"
        "The type of the machine group.\n\nThe groupAttribute parameter consists of the following parameters.\n\n"
        "ParameterTypeRequiredExampleDescription\nexternalNameStringNotestgroup\n\nThe name.\n"
    )
    assert [(p["name"], p["description"]) for p in spec["request"]] == [("groupType", "The type of the machine group.")]


def test_position_column_of_restful_operations() -> None:
    spec = _flat_spec(
        "Request parameters\n\nParameterPositionTypeRequiredExampleDescription\n"
        "ActionQueryStringYesDescribeThings\n\nThe operation.\n\nStartIndexQueryIntegerYes0\n\nThe start.\n"
    )
    assert [(p["name"], p["position"], p["type"], p["required"]) for p in spec["request"]] == [
        ("Action", "query", "String", True), ("StartIndex", "query", "Integer", True),
    ]


# --- the seed copy ---------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seeds is not beside the project")
def test_seed_000() -> None:
    doc = read_path(SEED)
    assert doc.format == "text-flat"
    spec = extract(doc)
    assert spec["product"] == "ENS" and spec["operation"] == "CreateSnapshot"
    assert spec["updated"] == "2024-04-09"
    assert spec["summary"] == "Creates a snapshot."
    request = [(p["name"], p["type"], p["required"], p["example"]) for p in spec["request"]]
    assert request == [
        ("DiskId", "string", True, "d-bp1s5fnvk4gn2tws0****"),
        ("EnsRegionId", "string", True, "cn-shenzhen-3"),
        ("SnapshotName", "string", False, "testSnapshotName"),
        ("Description", "string", False, "testDescription"),
    ]
    assert spec["request"][0]["description"] == "The ID of the cloud disk."
    assert spec["request"][3]["description"] == (
        "The description of the snapshot. The description must be 2 to 256 characters in length "
        "and cannot start with http:// or https://. By default, this parameter is left empty."
    )
    assert spec["request"][2]["source"]["line"] == 32
    assert [(f["name"], f["type"]) for f in spec["response"]] == [
        ("RequestId", "string"),
        ("SnapShotId", "string"),
        ("OrderId", "string"),
    ]
    errors = [(e["status"], e["code"], e["message"], e["description"]) for e in spec["errors"]]
    assert errors == [
        (400, "OrderFailed", "", "-"),
        (
            400,
            "SaleControl.VerificationFailed",
            "You did not pass the salecontrol verification.Please contact the product.",
            "Failed to pass the sales constraint verification when you create the resource.",
        ),
        (
            400,
            "SaleControlVerificationFailedStock",
            "Inventory sales constraint verification failed, please re-match, or contact the product.",
            "Inventory sales constraint verification failed, please re-select",
        ),
        (
            400,
            "SaleControlVerificationFailedRegion",
            "The node sales constraint verification failed, please re-select or contact the product.",
            "Node sales constraint verification failed, please re-select",
        ),
        (400, "NoPermission", "Permission denied.", "-"),
        (400, "InvalidParameter.%s", "The specified field %s invalid. Please check it again.", "-"),
    ]
    assert spec["errors"][0]["source"]["confidence"] < 1.0
    assert spec["history"] == [
        {"date": "2023-10-17", "summary": "The Error code has changed", "source": {"file": str(SEED), "line": 95}}
    ]
    assert spec["samples"][0]["body"]["SnapShotId"] == "s-bp17441ohwka0yuh****"


def test_lone_capitalised_names_of_container_rows_on_chinese_pages() -> None:
    # `List` is a type word, but alone on its line it names a row without a type; so does one
    # capitalised word below a Chinese description (no sentence of that description)
    spec = _flat_spec(
        "返回数据\n\n名称类型示例值描述\nData\n\n返回的结果。\n\nList\n\n查询到的网关信息列表。\n\n"
        "AddressString详细地址\n\n网关所在详细地址。\n\nSandboxStringnormal\n\n沙箱。\n\nSources\n\n源站信息。\n\n"
        "PortInteger80\n\n端口。\n\n示例\n\n{\"Data\": {}}\n"
    )
    assert [(p["name"], p["type"]) for p in _flat_rows(spec["response"])] == [
        ("Data", ""), ("List", ""), ("Address", "String"), ("Sandbox", "String"), ("Sources", ""), ("Port", "Integer"),
    ]


def _flat_rows(rows: list[dict]) -> list[dict]:
    out: list[dict] = []
    for r in rows:
        out.append(r)
        out.extend(_flat_rows(r.get("children", [])))
    return out


def test_chinese_notes_on_common_parameters_and_their_row() -> None:
    spec = _flat_spec(
        "请求参数\n\n名称类型是否必选示例值描述\nPageNumInteger否1\n\n分页的页码。\n\n\n"
        "调用API时，除了本文介绍的该API的特有请求参数，还需传入公共请求参数。公共请求参数说明，请参见公共参数文档。\n\n"
        "调用API的请求格式，请参见本文示例中的请求示例。\n"
    )
    assert [(p["name"], p["description"]) for p in spec["request"]] == [("PageNum", "分页的页码。")]
    md = extract(
        read_text(
            "# DoThing\n\n## 请求参数\n\n|名称|类型|是否必选|描述|\n|--|--|--|--|\n|公共请求参数|-|是|详情请参见公共参数 。|\n"
            "|PageNum|Integer|否|分页的页码。|\n\n## 错误码\n\n|HttpCode|错误码|错误信息|描述|\n|--|--|--|--|\n"
            "|400|Bad|Bad request.|请求错误。|\n",
            "DoThing.md",
            "markdown",
        )
    )
    assert [p["name"] for p in md["request"]] == ["PageNum"]  # the row that stands for the common parameters


def test_a_code_ending_in_a_two_word_final_phrase() -> None:
    # `InstanceInUse`, not the message's `...yet.Instance` and a code `InUse`
    line = (
        "The scaling configuration has an associated ECS instance not deleted yet.InstanceInUse"
        "You cannot delete a scaling configuration while there is an instance associated with it.400"
    )
    sp = split_row(line, ["message", "code", "description", "status"], Lexicon())
    assert sp is not None
    assert sp.cells[:2] == ("The scaling configuration has an associated ECS instance not deleted yet.", "InstanceInUse")


def test_error_header_shifted_by_an_unnamed_column() -> None:
    # the header names `错误ID | 错误代码 | 描述 | Http 状态码`; the rows hold code, message, status, description
    assert split_header("错误ID错误代码描述Http 状态码") == ["错误ID", "错误代码", "描述", "Http 状态码"]
    spec = _flat_spec(
        "特殊错误码\n\n错误ID错误代码描述Http 状态码\n"
        "InternalErrorThe request processing has failed due to some unknown error.500内部错误\n"
    )
    assert [(e["status"], e["code"], e["message"], e["description"]) for e in spec["errors"]] == [
        (500, "InternalError", "The request processing has failed due to some unknown error.", "内部错误")
    ]


def test_names_glued_to_types_of_the_page_s_own() -> None:
    spec = _flat_spec(
        "Response parameters\n\nNameTypeDescription\nRequestIdString\n\nThe ID of the request.\n\n"
        "MountTargetsMountTargetType\n\nThe mount targets.\n\nMediaMedia\n\nMedia\n\n"
        "ScalingConfigurationsScalingConfigurationSetType\n\nThe scaling configurations.\n"
    )
    assert [(p["name"], p["type"]) for p in _flat_rows(spec["response"])] == [
        ("RequestId", "String"),
        ("MountTargets", "MountTargetType"),
        ("Media", "Media"),
        ("ScalingConfigurations", "ScalingConfigurationSetType"),
    ]


def test_types_written_in_chinese() -> None:
    spec = _flat_spec(
        "请求参数\n\n名称类型是否必选示例值描述\nappIdString是fb6a\n\n应用唯一标识符\n\n"
        'appParamsJson数组否[{"type":0}]\n\n参数列表\n'
    )
    assert [(p["name"], p["type"], p["required"]) for p in spec["request"]] == [
        ("appId", "String", True), ("appParams", "Json数组", False),
    ]


def test_types_named_by_the_tables_that_describe_them() -> None:
    spec = _flat_spec(
        "Response parameters\n\nNameTypeDescription\nRequestIdString\n\nThe ID of the request.\n\n"
        "DataMqttClientInfoDo\n\nThe online information.\n\nSubscriptionsList(SubscriptionDo)\n\nThe subscriptions.\n\n"
        "Fields in MqttClientInfoDo\n\nNameTypeDescription\nOnlineBoolean\n\nWhether the device is online.\n"
    )
    assert [(p["name"], p["type"]) for p in _flat_rows(spec["response"])][:3] == [
        ("RequestId", "String"), ("Data", "MqttClientInfoDo"), ("Subscriptions", "List(SubscriptionDo)"),
    ]


def test_fields_of_a_json_value_listed_in_its_description() -> None:
    spec = _flat_spec(
        "Request parameters\n\nParameterTypeRequiredExampleDescription\n"
        'OperationPreferencesJsonNo{"FailureToleranceCount": 1}\n\nThe operation settings. The following fields are supported:\n\n\n'
        "FailureToleranceCount\n\n\nThe maximum number of failures.\n\n\nFailureTolerancePercentage\n\n\nThe percentage of failures.\n\n"
        "RegionIdStringYescn-hangzhou\n\nThe region.\n"
    )
    assert [p["name"] for p in spec["request"]] == ["OperationPreferences", "RegionId"]


def test_a_chinese_description_made_of_two_column_names_stays_in_the_table() -> None:
    spec = _flat_spec(
        "返回数据\n\n名称类型示例值描述\nOperationTypeStringcreate\n\n操作类型\n\n"
        "StartTimeString1562666697684\n\n变更开始时间\n"
    )
    assert [(p["name"], p["type"]) for p in spec["response"]] == [("OperationType", "String"), ("StartTime", "String")]


def test_rows_whose_type_the_page_left_empty() -> None:
    spec = _flat_spec(
        "Response parameters\n\nParameterTypeExampleDescription\nRequestIdString1234\n\nThe ID of the request.\n\n"
        "DestinationCidrBlocks1.1.1.0/10\n\nThe prefix list.\n\nDestinationChildInstanceTypesVPC\n\nThe type.\n\n"
        'Targets["demo.testfire.net"]\n\nThe assets.\n\nExitCodeLong0\n\nThe exit code.\n\n'
        '{"Targets": []}\n'
    )
    assert [(p["name"], p["type"]) for p in _flat_rows(spec["response"])] == [
        ("RequestId", "String"), ("DestinationCidrBlocks", ""), ("DestinationChildInstanceTypes", ""), ("Targets", ""),
        ("ExitCode", "Long"),
    ]


def test_http_reason_phrases_as_codes_and_names_running_into_chinese() -> None:
    spec = _flat_spec(
        "Error codes\n\nError codeHTTP status codeDescription\n"
        "InvalidArgument400The error message returned because the values are invalid.\n"
        "Precondition Failed412\n\nPossible causes: the ETag differs.\n"
    )
    assert [(e["code"], e["status"]) for e in spec["errors"]] == [("InvalidArgument", 400), ("Precondition Failed", 412)]
    spec = _flat_spec(
        "返回数据\n\n名称类型示例值描述\nGreConfigString[]\n\nGRE配置。\n\n"
        "GreConfig参数为结构体数组转成的JSON String，可以通过LocalIP来配置。\n\nNameStringtest\n\n名称。\n"
    )
    assert [p["name"] for p in spec["response"]] == ["GreConfig", "Name"]


def test_lists_named_like_a_key_of_the_samples_and_typed_lists_before_examples() -> None:
    spec = _flat_spec(
        "Response parameters\n\nParameterTypeExampleDescription\nTopicList\n\nThe topics.\n\n"
        "TopicStringtest\n\nThe topic.\n\nValuesArray of Stringwww.example.com\n\nThe values.\n\n"
        "IsTruncatedEnumerated stringtrue\n\nWhether the list is cut.\n\n"
        '{"TopicList": {"Topic": ["test"]}}\n'
    )
    assert [(p["name"], p["type"], p.get("example")) for p in _flat_rows(spec["response"])] == [
        ("TopicList", "", None), ("Topic", "String", "test"), ("Values", "Array of String", "www.example.com"),
        ("IsTruncated", "Enumerated string", "true"),
    ]


def test_a_message_opening_with_a_curly_apostrophe() -> None:
    sp = split_row(
        "400InvalidStatus.ResourceGroupIt’s now allowed to do this operation because of the status."
        "The error message returned because the resource group is invalid.",
        ["status", "code", "message", "description"],
        Lexicon(),
    )
    assert sp is not None and sp.cells[1] == "InvalidStatus.ResourceGroup"


def test_constants_listed_in_a_description_and_json_examples_of_untyped_rows() -> None:
    spec = _flat_spec(
        "Response parameters\n\nParameterTypeExampleDescription\nTaskTypeStringUPDATE_DNSHOST\n\nThe task type:\n\n\n"
        "UPDATE_ADMIN_CONTACT: The task is run to modify the administrator.\n\n\n"
        "SET_UPDATE_PROHIBITED: The task is run to configure the security lock.\n\n"
        "KeyString_aliyun_arms_involvedObject_kind\n\nThe key.\n\n"
        'ListenerPorts"ListenerPort": [ 80, 443 ]\n\nThe ports.\n'
    )
    assert [(p["name"], p["type"], p.get("example")) for p in _flat_rows(spec["response"])] == [
        ("TaskType", "String", "UPDATE_DNSHOST"),
        ("Key", "String", "_aliyun_arms_involvedObject_kind"),
        ("ListenerPorts", "", '"ListenerPort": [ 80, 443 ]'),
    ]


def test_placeholder_messages_after_codes_and_value_lists_opened_inline() -> None:
    sp = split_row(
        "400InvalidSchema{reason}.The error message returned because the template format is invalid.",
        ["status", "code", "message", "description"],
        Lexicon(),
    )
    assert sp is not None and sp.cells[1:3] == ("InvalidSchema", "{reason}.")
    spec = _flat_spec(
        "Request parameters\n\nNameTypeRequiredDescription\nAccountPrivilegeStringNo\n\n"
        "The privilege of the account. Valid values:- ReadWrite (default)\n\nReadOnly\n\nDDLOnly\n\n"
        "RegionIdStringYes\n\nThe region.\n\n"
        '{"ReadOnly": ["mydb"]}\n'
    )
    assert [p["name"] for p in spec["request"]] == ["AccountPrivilege", "RegionId"]


def test_fields_and_constants_described_in_a_description_are_no_rows() -> None:
    spec = _flat_spec(
        "Response parameters\n\nParameterTypeExampleDescription\n"
        'DataString{"dataHeaderList":["name"]}\n\nThe data. It contains:\n\n\n'
        "dataHeaderList: the names of the columns.\n\n\ndataList: the data.\n\n"
        "StatusStringCURRENT\n\nThe status:\n\n\nOUTDATED: The stack instance is outdated.\n\n"
        "IpProtocolStringTCP\n\nThe protocol:\n\n\nAny: all protocols.\n"
    )
    assert [p["name"] for p in _flat_rows(spec["response"])] == ["Data", "Status", "IpProtocol"]


def test_english_messages_glued_to_chinese_descriptions_and_json_after_one_word() -> None:
    sp = split_row(
        "400Duplicate.TagKeyThe Tag.N.Key contain duplicate key.标签中存在重复的键，请保持键的唯一性。",
        ["status", "code", "message", "description"],
        Lexicon(),
    )
    assert sp is not None and sp.cells[2:] == ("The Tag.N.Key contain duplicate key.", "标签中存在重复的键，请保持键的唯一性。")
    spec = _flat_spec(
        "返回数据\n\n名称类型示例值描述\nSourceTypeStringoss\n\n源站类型。\n\n"
        'Sources{ "Source": [ "a.b.com" ] }\n\n源站信息。\n'
    )
    assert [(p["name"], p.get("example")) for p in spec["response"]] == [
        ("SourceType", "oss"), ("Sources", '{ "Source": [ "a.b.com" ] }')
    ]


def test_chinese_descriptions_right_after_codes_and_types_glued_to_json_examples() -> None:
    roles = ["status", "code", "message", "description"]
    sp = split_row("404InvalidFilterKey.NotFound指定的起始时间或到期时间参数错误。", roles, Lexicon())
    assert sp is not None and sp.cells[1:] == ("InvalidFilterKey.NotFound", "", "指定的起始时间或到期时间参数错误。")
    sp = split_row(
        "400InvalidTag.MismatchThe specified Tag.n.Key and Tag.n.Value are not match.指定的Tag.N.Key和Tag.N.Value不匹配。",
        roles, Lexicon(),
    )
    assert sp is not None and sp.cells[3] == "指定的Tag.N.Key和Tag.N.Value不匹配。"
    sp = split_row('OpeningListString[{"OpenUrl":"http://example.com/a.mp4"}]', ["name", "type", "example"], Lexicon())
    assert sp is not None and sp.cells[:2] == ("OpeningList", "String")


def test_a_table_of_request_headers_after_the_request_parameters() -> None:
    spec = _flat_spec(
        "Request parameters\n\nParameterTypeRequiredExampleDescription\nencoding-typeStringNourl\n\n"
        "The method used to encode the object name.\n\nRequest headers\n\n"
        "The operation supports the following standard HTTP request headers.\n\nHeaderTypeDescription\n"
        "Cache-ControlString\n\nThe caching behavior.\n"
    )
    assert [(p["name"], p["description"]) for p in spec["request"]] == [
        ("encoding-type", "The method used to encode the object name.")]
