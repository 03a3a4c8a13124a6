from __future__ import annotations

from generator.readers import detect, pipe

TEXT = """Creates a snapshot.
Request parameters
Parameter | Type | Required | Description | Example |
---|---|---|---|---|
DiskId | string | Yes | The ID of the cloud disk. | d-1**** |
Weight | Integer | No | Valid values: 0|100. | 0 |
Error codes
HTTP status code | Error code | Error message | Description |
---|---|---|---|
400 | InvalidParameter.%s | The specified field %s invalid. | - |
"""


def test_pipe_tables_and_headings() -> None:
    assert detect(TEXT) == "pipe"
    doc = pipe.read(TEXT, "t.txt")
    req = doc.section("Request parameters")
    assert req is not None
    table = req.tables()[0]
    assert table.rows[0].texts() == ["DiskId", "string", "Yes", "The ID of the cloud disk.", "d-1****"]
    # a bare bar inside a description goes back into the description
    assert table.rows[1].texts() == ["Weight", "Integer", "No", "Valid values: 0|100.", "0"]
    assert table.rows[1].loc.line == 6
    err = doc.section("Error codes")
    assert err is not None and err.tables()[0].rows[0].texts()[1] == "InvalidParameter.%s"
    assert doc.sections[0].paragraphs()[0].text == "Creates a snapshot."


def test_row_broken_where_a_list_was_dropped_runs_on() -> None:
    # Real copies drop a list inside a cell and break the row there.
    text = (
        "Request parameters\nParameter | Type | Required | Description | Example |\n---|---|---|---|---|\n"
        "Mode | string | Yes | The networking mode. Valid values:\n| SpeedUp |\n"
        "Charge | string | Yes | The billing method. Valid values:\nOnly one method applies. | ByDay |\n"
        "Size | integer | No | The size. | 1 |\n"
        "Authorization information\nOperation | Access level | Resource type | Condition key | Associated operation |\n"
        "---|---|---|---|---|\nens:Run | create | *All Resources * |\n| none |\nError codes\n"
    )
    doc = pipe.read(text, "t.txt")
    rows = doc.section("Request parameters").tables()[0].rows
    assert [r.texts() for r in rows] == [
        ["Mode", "string", "Yes", "The networking mode. Valid values:", "SpeedUp"],
        ["Charge", "string", "Yes", "The billing method. Valid values: Only one method applies.", "ByDay"],
        ["Size", "integer", "No", "The size.", "1"],
    ]
    assert rows[1].cells[3].paragraphs == ("The billing method. Valid values:", "Only one method applies.")
    assert rows[2].loc.line == 8
    auth = doc.section("Authorization information").tables()[0].rows
    # the line break after a closing bar stands for the cell whose content the copy dropped
    assert [r.texts() for r in auth] == [["ens:Run", "create", "*All Resources *", "", "none"]]


def test_text_after_a_table_is_not_a_row() -> None:
    text = "Errors\nError code | Message |\n---|---|\nBusy | Try later. |\nSee the error center.\n"
    doc = pipe.read(text, "t.txt")
    sec = doc.section("Errors")
    assert len(sec.tables()[0].rows) == 1
    assert sec.paragraphs()[0].text == "See the error center."


def test_two_tables_back_to_back() -> None:
    # a response table whose nested fields come in a second table with no line between them
    text = (
        "Response parameters\nName | Type | Description |\n---|---|---|\nRequestId | String | The ID. |\n"
        "ChildInstances | List | The child instances. |\nName | Type | Description |\n---|---|---|\n"
        "CenId | String | The ID of the CEN instance. |\nStatus | String | The status. |\n"
    )
    sec = pipe.read(text, "t.txt").section("Response parameters")
    assert sec is not None
    assert [[r.texts()[0] for r in t.rows] for t in sec.tables()] == [["RequestId", "ChildInstances"], ["CenId", "Status"]]
