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
from csto_corpus.model import Document, Published, Span

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


def _structure_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError(f"not Unicode text: a lone surrogate at {error.start}") from error
    return value


def _structure_int(value: Any, _: Any) -> int:
    # cattrs would take "3", 3.7 and True for 3, 3 and 1: a wrong type is an error here.
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _structure_bool(value: Any, _: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value


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
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
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
    """
    if not isinstance(data, dict):
        raise SchemaError(f"expected a JSON object for a document @ $, got {type(data).__name__}")
    data = dict(data)
    version = data.pop("schema_version", None)
    if type(version) is not int or version != SCHEMA_VERSION:
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
    """Every span must lie inside the text and slice out its item's text: else no evidence.

    An item's text is the ``text`` field beside a ``span`` field, the ``title`` field
    beside ``title_span`` and so on.
    """
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
            if field.name == "span" or field.name.endswith("_span"):
                span = getattr(value, field.name)
                claim = getattr(value, "text" if field.name == "span" else field.name[:-5], None)
                if isinstance(span, Span) and isinstance(claim, str):
                    evidence = document.text[span.start : span.end]
                    if evidence != claim:
                        raise SchemaError(
                            f"span slices out {evidence[:60]!r}, not the item's text "
                            f"{claim[:60]!r} @ {path}.{field.name}"
                        )

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
    except UnicodeDecodeError as error:
        raise SchemaError(
            f"not JSON: the bytes are not {error.encoding} text (invalid byte at {error.start})"
        ) from error
    except RecursionError as error:
        raise SchemaError("not a document: JSON nested too deeply @ $") from error
    except ValueError as error:  # an integer of more digits than Python converts
        raise SchemaError(f"not JSON this library reads: {error}") from error
    return document_from_dict(parsed)
