"""JSON for the model, through a cattrs converter.

Dates and datetimes are ISO 8601 strings, enums their values, tuples JSON arrays. Every
exported document carries ``schema_version``; :func:`loads` refuses a version it does not
know, and reports any mismatch with the JSON path of the problem.

>>> from csto_corpus.model import Document, Source
>>> doc = Document(id="p", source=Source.TASS, text="Hi")
>>> loads(dumps(doc)) == doc
True
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import cattrs

from csto_corpus.errors import SchemaError
from csto_corpus.model import Document, Published

__all__ = [
    "SCHEMA_VERSION",
    "configure_converter",
    "document_from_dict",
    "document_to_dict",
    "dumps",
    "loads",
    "make_converter",
]

#: The version of the exported JSON format; bumped when a field changes meaning.
SCHEMA_VERSION = 1


def _structure_published(value: Any, _: Any) -> Published:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date or datetime string, got {value!r}")
    if "T" in value:
        return datetime.datetime.fromisoformat(value)
    return datetime.date.fromisoformat(value)


def _structure_date(value: Any, _: Any) -> datetime.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {value!r}")
    return datetime.date.fromisoformat(value)


def _structure_datetime(value: Any, _: Any) -> datetime.datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 datetime string, got {value!r}")
    return datetime.datetime.fromisoformat(value)


def configure_converter(converter: cattrs.Converter) -> None:
    """Register this library's hooks (ISO dates, the date-or-datetime union) on ``converter``.

    >>> converter = cattrs.Converter()
    >>> configure_converter(converter)
    >>> converter.unstructure(datetime.date(2024, 7, 19))
    '2024-07-19'
    """
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_unstructure_hook(datetime.datetime, datetime.datetime.isoformat)
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_structure_hook(datetime.datetime, _structure_datetime)
    # The union ``date | datetime`` (and its optional form) needs its own hooks: a string
    # with a time part is a datetime, one without is a date.
    converter.register_structure_hook_func(
        lambda t: t == Published or t == (Published | None),
        lambda value, t: None if value is None else _structure_published(value, t),
    )
    converter.register_unstructure_hook_func(
        lambda t: t == Published or t == (Published | None),
        lambda value: None if value is None else value.isoformat(),
    )


def make_converter() -> cattrs.Converter:
    """A new converter set up for the model; the global converter is left alone.

    >>> make_converter().unstructure(datetime.date(2022, 2, 17))
    '2022-02-17'
    """
    converter = cattrs.Converter(forbid_extra_keys=True)
    configure_converter(converter)
    return converter


_CONVERTER = make_converter()


def document_to_dict(document: Document) -> dict[str, Any]:
    """The JSON-ready dict of ``document``, with ``schema_version`` first.

    >>> from csto_corpus.model import Source
    >>> document_to_dict(Document(id="p", source=Source.CSTO, text=""))["schema_version"]
    1
    """
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(_CONVERTER.unstructure(document))
    return data


def document_from_dict(data: Any) -> Document:
    """Build a :class:`~csto_corpus.model.Document` from its JSON-ready dict.

    :raises SchemaError: naming the JSON path of every problem (a wrong type, a missing
        field, an unknown enum value, a span outside the text, an unknown schema version).

    >>> data = {"schema_version": 1, "id": "p", "source": "tass", "text": "Hi"}
    >>> document_from_dict(data).source
    <Source.TASS: 'tass'>
    >>> document_from_dict({"schema_version": 99})
    Traceback (most recent call last):
    ...
    csto_corpus.errors.SchemaError: unsupported schema_version 99 @ $.schema_version ...
    """
    if not isinstance(data, dict):
        raise SchemaError(f"expected a JSON object for a document @ $, got {type(data).__name__}")
    data = dict(data)
    version = data.pop("schema_version", None)
    if version != SCHEMA_VERSION:
        raise SchemaError(
            f"unsupported schema_version {version!r} @ $.schema_version "
            f"(this version of csto_corpus reads {SCHEMA_VERSION})"
        )
    try:
        document = _CONVERTER.structure(data, Document)
    except (cattrs.BaseValidationError, ValueError, TypeError) as error:
        if isinstance(error, cattrs.BaseValidationError):
            details = "; ".join(cattrs.transform_error(error, path="$"))
        else:
            details = str(error)
        raise SchemaError(f"invalid document: {details}") from error
    _check_spans(document)
    return document


def _check_spans(document: Document) -> None:
    """Every span must lie inside the text: a span that does not is no evidence."""
    limit = len(document.text)

    def visit(value: Any, path: str) -> None:
        if isinstance(value, tuple):
            for index, item in enumerate(value):
                visit(item, f"{path}[{index}]")
            return
        fields = getattr(type(value), "__attrs_attrs__", None)
        if fields is None:
            return
        if {field.name for field in fields} == {"start", "end"}:
            if not 0 <= value.start <= value.end <= limit:
                raise SchemaError(
                    f"span [{value.start}, {value.end}) lies outside the text of "
                    f"{limit} characters @ {path}"
                )
            return
        for field in fields:
            visit(getattr(value, field.name), f"{path}.{field.name}")

    visit(document, "$")


def dumps(document: Document, *, indent: int | None = None) -> str:
    """Serialise one document to a JSON string.

    >>> from csto_corpus.model import Source
    >>> dumps(Document(id="p", source=Source.CSTO, text=""))[:40]
    '{"schema_version": 1, "id": "p", "source'
    """
    return json.dumps(document_to_dict(document), ensure_ascii=False, indent=indent)


def loads(data: str | bytes) -> Document:
    """Read one document back from :func:`dumps` output.

    :raises SchemaError: for JSON that is not a valid export, with the path of the problem.

    >>> loads('{"schema_version": 1, "id": 5}')
    Traceback (most recent call last):
    ...
    csto_corpus.errors.SchemaError: invalid document: ...
    """
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as error:
        raise SchemaError(
            f"not JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from error
    return document_from_dict(parsed)
