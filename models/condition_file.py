"""The conditions of an approval as a YAML file (`main.py decide … --conditions FILE`).

    conditions:
      - what: The Security Council's authorisation stays in force
        owner: Director, UN affairs
        how_checked: Weekly reading of the Council's resolutions
        review_on: 2027-01-15          # YYYY-MM-DD, the first review
        tripwire: The authorisation lapses or is revoked   # optional

Problems are reported naming the file, line and field (models.yamlfields), before anything is
written.
"""

from __future__ import annotations

import re
from datetime import date
from os import PathLike
from pathlib import Path as FilePath
from typing import Any

from models.condition_records import ConditionInput
from models.condition_terms import CONDITIONS_MAX
from models.validation import LONG_TEXT_MAX, NAME_MAX
from models.yamlfields import expect_list, expect_mapping, expect_text, field_error, read_yaml
from playbooks.input_files import read_input_file
from playbooks.strict_yaml import Path, YamlDocument

MAX_FILE_BYTES = 1024 * 1024
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_conditions_file(path: str | PathLike[str]) -> list[ConditionInput]:
    content = read_input_file(FilePath(path), MAX_FILE_BYTES, what="conditions file")
    return parse_conditions(content, str(path))


def parse_conditions(content: str | bytes, file: str) -> list[ConditionInput]:
    doc = read_yaml(content, file, max_bytes=MAX_FILE_BYTES)
    top = expect_mapping(doc, (), doc.data, required=("conditions",),
                         what="a conditions file (a mapping with a `conditions` list)")
    items = expect_list(doc, ("conditions",), top["conditions"], max_items=CONDITIONS_MAX)
    if not items:
        raise field_error(doc, ("conditions",), "is empty", "at least one condition")
    result = []
    for index, item in enumerate(items):
        path = ("conditions", index)
        fields = expect_mapping(doc, path, item,
                                required=("what", "owner", "how_checked", "review_on"),
                                optional=("tripwire",))

        review = expect_text(doc, (*path, "review_on"), fields["review_on"], max_length=10,
                             pattern=_DATE, expected="a date written YYYY-MM-DD")
        try:
            review_on = date.fromisoformat(review)
        except ValueError:
            raise field_error(doc, (*path, "review_on"), f"`{review}` is not a calendar day",
                              "a date written YYYY-MM-DD") from None
        result.append(ConditionInput(
            requirement=_text(doc, path, fields, "what"),
            owner=expect_text(doc, (*path, "owner"), fields["owner"], max_length=NAME_MAX,
                              single_line=True, allow_empty=False).strip(),
            how_checked=_text(doc, path, fields, "how_checked"),
            review_on=review_on,
            tripwire=_text(doc, path, fields, "tripwire", required=False),
        ))
    return result


def _text(doc: YamlDocument, path: Path, fields: dict[str, Any], key: str, *,
          required: bool = True) -> str:
    return expect_text(doc, (*path, key), fields.get(key, ""), max_length=LONG_TEXT_MAX,
                       allow_empty=not required).strip()
