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
