"""JSON for the model, through a cattrs converter: one document, a corpus, JSON Lines.

Dates and datetimes are ISO 8601 strings, enums their values, tuples JSON arrays. Every
export carries ``schema_version``: a document export and each line of a JSON Lines file at
the top of the document, a corpus export once, next to its ``documents``. The readers refuse
a version they do not know, and report any mismatch with the JSON path of the problem.
:func:`json_schema` describes the format; it is generated from the model classes.

>>> from csto_corpus.model import Document, Source
>>> doc = Document(id="p", source=Source.TASS, text="Hi")
>>> loads(dumps(doc)) == doc
True
"""

from __future__ import annotations

import datetime
import enum
import json
import os
import types
import typing
from collections.abc import Iterable, Iterator
from typing import Any, Literal, TextIO

import attrs
import cattrs

from csto_corpus.corpus import Corpus
from csto_corpus.errors import SchemaError
from csto_corpus.model import Document, Published, Span

__all__ = [
    "SCHEMA_VERSION",
    "configure_converter",
    "corpus_from_dict",
    "corpus_to_dict",
    "document_from_dict",
    "document_to_dict",
    "dumps",
    "dumps_corpus",
    "json_schema",
    "loads",
    "loads_corpus",
    "make_converter",
    "parse_json",
    "read_jsonl",
    "write_jsonl",
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

    >>> from csto_corpus.model import Source
    >>> document_from_dict({"schema_version": 1, "id": "p", "source": "tass", "text": ""}).id
    'p'
    """
    if not isinstance(data, dict):
        raise SchemaError(f"expected a JSON object for a document @ $, got {type(data).__name__}")
    if "documents" in data and "id" not in data:
        raise SchemaError("this is a corpus export, not a document: read it with loads_corpus")
    data = dict(data)
    _check_version(data.pop("schema_version", None), "$.schema_version")
    return _structure_document(data, "$")


def _check_version(version: Any, path: str) -> None:
    if type(version) is not int or version != SCHEMA_VERSION:
        raise SchemaError(
            f"unsupported schema_version {version!r} @ {path} "
            f"(this version of csto_corpus reads {SCHEMA_VERSION})"
        )


def _structure_document(data: Any, path: str) -> Document:
    """The document in ``data`` (without ``schema_version``), found at ``path``."""
    try:
        document = _CONVERTER.structure(data, Document)
    except (cattrs.BaseValidationError, ValueError, TypeError) as error:
        if isinstance(error, cattrs.BaseValidationError):
            details = "; ".join(cattrs.transform_error(error, path=path))
        else:
            details = f"{error} @ {path}"
        raise SchemaError(f"invalid document: {details}") from error
    _check_spans(document, path)
    return document


def _check_spans(document: Document, root: str = "$") -> None:
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

    visit(document, root)


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
    return document_from_dict(parse_json(data))


def corpus_to_dict(corpus: Corpus) -> dict[str, Any]:
    """The JSON-ready dict of ``corpus``: ``schema_version`` and the list of ``documents``.

    >>> from csto_corpus.model import Source
    >>> corpus = Corpus.from_documents([Document(id="p", source=Source.CSTO, text="")])
    >>> data = corpus_to_dict(corpus)
    >>> data["schema_version"], data["documents"][0]["id"]
    (1, 'p')
    """
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [_CONVERTER.unstructure(document) for document in corpus],
    }


def corpus_from_dict(data: Any) -> Corpus:
    """Build a :class:`~csto_corpus.corpus.Corpus` from its JSON-ready dict.

    :raises SchemaError: naming the JSON path of every problem.
    :raises DuplicateIdError: if two documents share an id.

    >>> corpus_from_dict({"schema_version": 1, "documents": []})
    Corpus(documents=())
    >>> corpus_from_dict({"schema_version": 1, "documents": [{"id": 1}]})
    Traceback (most recent call last):
    ...
    csto_corpus.errors.SchemaError: invalid document: ... @ $.documents[0]...
    """
    if not isinstance(data, dict):
        raise SchemaError(f"expected a JSON object for a corpus @ $, got {type(data).__name__}")
    _check_version(data.get("schema_version"), "$.schema_version")
    extra = sorted(set(data) - {"schema_version", "documents"})
    if extra:
        raise SchemaError(f"unexpected keys {extra} in a corpus @ $")
    documents = data.get("documents")
    if not isinstance(documents, list):
        raise SchemaError(
            f"expected a list of documents @ $.documents, got {type(documents).__name__}"
        )
    return Corpus.from_documents(
        _structure_document(item, f"$.documents[{index}]") for index, item in enumerate(documents)
    )


def dumps_corpus(corpus: Corpus, *, indent: int | None = None) -> str:
    """Serialise a whole corpus to one JSON string.

    >>> from csto_corpus.model import Source
    >>> dumps_corpus(Corpus.from_documents([Document(id="p", source=Source.CSTO, text="")]))
    '{"schema_version": 1, "documents": [{"id": "p", "source": "csto", "text": "", ...}]}'
    """
    return json.dumps(corpus_to_dict(corpus), ensure_ascii=False, indent=indent)


def loads_corpus(data: str | bytes) -> Corpus:
    """Read a corpus back from :func:`dumps_corpus` output.

    :raises SchemaError: for JSON that is not a valid corpus export, with the path of the
        problem.

    >>> from csto_corpus.model import Source
    >>> corpus = Corpus.from_documents([Document(id="p", source=Source.CSTO, text="")])
    >>> loads_corpus(dumps_corpus(corpus)) == corpus
    True
    """
    return corpus_from_dict(parse_json(data))


def parse_json(data: str | bytes) -> Any:
    """Parse JSON text; a syntax error is a :class:`~csto_corpus.errors.SchemaError`.

    Its message gives the line and the column.


    >>> parse_json("[1,")
    Traceback (most recent call last):
    ...
    csto_corpus.errors.SchemaError: not JSON: Expecting value at line 1, column 4
    """
    try:
        return json.loads(data)
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


def write_jsonl(documents: Iterable[Document], file: TextIO | str | os.PathLike[str]) -> int:
    """Write each document as one line of JSON to ``file``, as it comes; return the count.

    Each line is a document export, ``schema_version`` included; nothing is held back, so
    a generator of documents (:func:`csto_corpus.iter_documents`,
    :func:`csto_corpus.parse_many`) is written with bounded memory.

    :param file: an open text file, or a path to create (UTF-8, ``\\n`` line ends).

    >>> import io
    >>> from csto_corpus.model import Source
    >>> out = io.StringIO()
    >>> write_jsonl([Document(id="a", source=Source.CSTO, text=""),
    ...              Document(id="b", source=Source.TASS, text="")], out)
    2
    >>> [document.id for document in read_jsonl(io.StringIO(out.getvalue()))]
    ['a', 'b']
    """
    if isinstance(file, (str, os.PathLike)):
        with open(file, "w", encoding="utf-8", newline="\n") as opened:
            return write_jsonl(documents, opened)
    count = 0
    for document in documents:
        file.write(json.dumps(document_to_dict(document), ensure_ascii=False))
        file.write("\n")
        count += 1
    return count


def read_jsonl(lines: Iterable[str]) -> Iterator[Document]:
    """Read documents from JSON Lines (a text file, or any iterable of lines), lazily.

    Blank lines are skipped.

    :raises SchemaError: naming the line number and the JSON path of the problem.

    >>> list(read_jsonl(['{"schema_version": 1, "id": "p", "source": "tass", "text": ""}']))
    [Document(id='p', source=<Source.TASS: 'tass'>, ...)]
    >>> list(read_jsonl(["", "[1, 2]"]))
    Traceback (most recent call last):
    ...
    csto_corpus.errors.SchemaError: line 2: expected a JSON object for a document @ $, got list
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield document_from_dict(parse_json(line))
        except SchemaError as error:
            raise SchemaError(f"line {number}: {error}") from error


# -- JSON Schema -----------------------------------------------------------------------

_JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(kind: Literal["document", "corpus"] = "document") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an export, generated from the model classes.

    :param kind: ``"document"`` for :func:`dumps` output and each line of a JSON Lines
        file, ``"corpus"`` for :func:`dumps_corpus` output.

    >>> schema = json_schema()
    >>> schema["properties"]["schema_version"]
    {'const': 1}
    >>> sorted(schema["$defs"]["Span"]["required"])
    ['end', 'start']
    >>> json_schema("corpus")["properties"]["documents"]["items"]
    {'$ref': '#/$defs/Document'}
    """
    defs: dict[str, Any] = {}
    _schema_of(Document, defs)
    header = {"$schema": _JSON_SCHEMA_DIALECT, "$defs": defs}
    version = {"const": SCHEMA_VERSION}
    if kind == "document":
        document = defs["Document"]
        return {
            **header,
            "title": "csto_corpus document export",
            "type": "object",
            "properties": {"schema_version": version, **document["properties"]},
            "required": ["schema_version", *document["required"]],
            "additionalProperties": False,
        }
    if kind == "corpus":
        return {
            **header,
            "title": "csto_corpus corpus export",
            "type": "object",
            "properties": {
                "schema_version": version,
                "documents": {"type": "array", "items": {"$ref": "#/$defs/Document"}},
            },
            "required": ["schema_version", "documents"],
            "additionalProperties": False,
        }
    raise ValueError(f"kind must be 'document' or 'corpus', not {kind!r}")


def _schema_of(annotation: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of values of type ``annotation`` as the converter writes them.

    Attrs classes and enums go into ``defs`` once and are referred to by name.
    """
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if annotation is type(None):
        return {"type": "null"}
    if origin is typing.Union or origin is types.UnionType:
        return {"anyOf": [_schema_of(argument, defs) for argument in arguments]}
    if origin is tuple:
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            return {"type": "array", "items": _schema_of(arguments[0], defs)}
        items = [_schema_of(argument, defs) for argument in arguments]
        return {"type": "array", "prefixItems": items, "minItems": len(items), "items": False}
    if origin is Literal:
        return {"enum": list(arguments)}
    if origin is dict and arguments and arguments[0] is str:
        return {"type": "object", "additionalProperties": _schema_of(arguments[1], defs)}
    simple = _SIMPLE_TYPES.get(annotation)
    if simple is not None:
        return dict(simple)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        if annotation.__name__ not in defs:
            defs[annotation.__name__] = {
                **_description(annotation),
                "enum": [member.value for member in annotation],
            }
        return {"$ref": f"#/$defs/{annotation.__name__}"}
    if isinstance(annotation, type) and attrs.has(annotation):
        if annotation.__name__ not in defs:
            defs[annotation.__name__] = {}  # placed first: a class may refer to itself
            defs[annotation.__name__] = _object_schema(annotation, defs)
        return {"$ref": f"#/$defs/{annotation.__name__}"}
    raise TypeError(f"no JSON Schema for the type {annotation!r}")


#: Types the converter writes as JSON scalars. ``bool`` is checked before ``int`` by the
#: dictionary lookup itself (``bool`` is its own key), and ``datetime`` is not a ``date``.
_SIMPLE_TYPES: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    datetime.date: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    datetime.datetime: {
        "type": "string",
        "format": "date-time",
        # What datetime.isoformat writes: seconds and fractions optional, offset optional.
        "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}(:\d{2})?|Z)?$",
    },
}


def _description(cls: type) -> dict[str, Any]:
    summary = (cls.__doc__ or "").strip().split("\n\n")[0]
    return {"description": " ".join(summary.split())} if summary else {}


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _schema_of(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
        elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            default = _CONVERTER.unstructure(field.default)
            schema = {**schema, "default": list(default) if isinstance(default, tuple) else default}
        properties[field.name] = schema
    return {
        **_description(cls),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
