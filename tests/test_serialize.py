from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import attrs
import jsonschema
import pytest

import csto_corpus
from csto_corpus import (
    Corpus,
    DuplicateIdError,
    LoadError,
    SchemaError,
    dumps,
    dumps_corpus,
    json_schema,
    load,
    loads,
    loads_corpus,
    read_jsonl,
    write_jsonl,
)
from csto_corpus import model as model_module
from csto_corpus._loading import bundled_seed_paths


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return csto_corpus.load()


DATETIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}(:\d{2})?|Z)?$"


def _validator(kind: str = "document") -> jsonschema.Draft202012Validator:
    schema = json_schema(kind)  # type: ignore[arg-type]
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


# -- round trips ---------------------------------------------------------------------------


def test_documents_with_every_kind_of_fact_round_trip(samples):
    for document in samples.corpus:
        assert loads(dumps(document)) == document
        assert loads(dumps(document, indent=2)) == document


def test_a_corpus_round_trips_through_one_json(samples, seeds):
    for corpus in (samples.corpus, seeds):
        text = dumps_corpus(corpus)
        assert json.loads(text)["schema_version"] == 1
        assert loads_corpus(text) == corpus


def test_json_lines_hold_one_document_a_line(samples):
    out = io.StringIO()
    assert write_jsonl(samples.corpus, out) == 3
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["alpha", "beta", "gamma"]
    assert all(line.startswith('{"schema_version": 1, "id": ') for line in lines)
    assert tuple(read_jsonl(io.StringIO(out.getvalue()))) == samples.corpus.documents


def test_json_lines_are_written_as_the_documents_come(samples):
    events: list[str] = []

    class Recorder:
        def write(self, text: str) -> None:
            if text != "\n":
                events.append("write " + json.loads(text)["id"])

    def documents():
        for document in samples.corpus:
            events.append("yield " + document.id)
            yield document

    write_jsonl(documents(), Recorder())
    assert events == [
        "yield alpha",
        "write alpha",
        "yield beta",
        "write beta",
        "yield gamma",
        "write gamma",
    ]


def test_read_jsonl_skips_blank_lines_and_names_the_bad_line(samples):
    good = dumps(samples.alpha)
    assert [d.id for d in read_jsonl(["", good, "   "])] == ["alpha"]
    with pytest.raises(SchemaError, match=r"^line 3: invalid document: .*\$\.source"):
        list(read_jsonl([good, "", good.replace('"belta"', '"wire"')]))


def test_raw_pages_to_json_lines_to_load_give_an_equal_corpus(tmp_path, seeds):
    path = tmp_path / "seeds.jsonl"
    with path.open("w", encoding="utf-8") as file:
        write_jsonl(load(bundled_seed_paths()), file)
    assert load(path) == seeds
    assert load(str(path)) == seeds


def test_load_reads_document_and_corpus_exports_and_directories(tmp_path, samples):
    (tmp_path / "alpha.json").write_text(dumps(samples.alpha), encoding="utf-8")
    (tmp_path / "rest.json").write_text(
        dumps_corpus(Corpus.from_documents([samples.beta, samples.gamma])), encoding="utf-8"
    )
    assert load(tmp_path) == samples.corpus
    assert load([tmp_path / "rest.json", tmp_path / "alpha.json"]).documents == (
        samples.beta,
        samples.gamma,
        samples.alpha,
    )


def test_load_mixes_pages_and_exports(tmp_path, samples):
    shutil.copy(bundled_seed_paths()[2], tmp_path / "page.txt")
    (tmp_path / "zeta.jsonl").write_text(dumps(samples.beta) + "\n", encoding="utf-8")
    corpus = load(tmp_path)
    assert [document.id for document in corpus] == ["page", "beta"]
    assert corpus.documents[1] == samples.beta


def test_load_names_the_file_and_the_json_path_of_a_bad_export(tmp_path, samples):
    bad = json.loads(dumps_corpus(samples.corpus))
    bad["documents"][1]["articles"][0]["statements"][0]["span"]["start"] = "ten"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load(path)
    error = caught.value.failures[str(path)]
    assert isinstance(error, SchemaError)
    message = str(error)
    assert message.startswith(f"{path}: invalid document: ")
    assert message in str(caught.value)
    assert "$.documents[1].articles[0].statements[0].span.start" in message


def test_load_names_the_line_of_a_bad_json_lines_file(tmp_path, samples):
    path = tmp_path / "bad.jsonl"
    path.write_text(dumps(samples.alpha) + "\nnot json\n", encoding="utf-8")
    with pytest.raises(
        LoadError, match=r"bad\.jsonl: line 2: not JSON: Expecting value at line 1, column 1"
    ) as caught:
        load(path)
    assert isinstance(caught.value.failures[str(path)], SchemaError)


def test_load_refuses_an_export_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"id": "\xe9"}')
    with pytest.raises(LoadError, match=r"latin\.json: not JSON|latin\.json: not UTF-8") as caught:
        load(path)
    assert isinstance(caught.value.failures[str(path)], SchemaError)


def test_load_refuses_the_same_document_twice(tmp_path, samples):
    (tmp_path / "a.json").write_text(dumps(samples.alpha), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(dumps(samples.alpha), encoding="utf-8")
    with pytest.raises(DuplicateIdError, match="'alpha'"):
        load(tmp_path)


def test_corpus_readers_check_version_shape_and_ids(samples):
    with pytest.raises(SchemaError, match=r"unsupported schema_version 2 @ \$\.schema_version"):
        loads_corpus('{"schema_version": 2, "documents": []}')
    with pytest.raises(SchemaError, match=r"expected a list of documents @ \$\.documents"):
        loads_corpus('{"schema_version": 1, "documents": {}}')
    with pytest.raises(SchemaError, match=r"unexpected keys \['extra'\] in a corpus @ \$"):
        loads_corpus('{"schema_version": 1, "documents": [], "extra": 1}')
    with pytest.raises(SchemaError, match="expected a JSON object for a corpus"):
        loads_corpus("[]")
    twice = Corpus.from_documents([samples.alpha])
    data = json.loads(dumps_corpus(twice))
    data["documents"] *= 2
    with pytest.raises(DuplicateIdError):
        loads_corpus(json.dumps(data))


def test_loads_points_a_corpus_export_to_loads_corpus(samples):
    with pytest.raises(SchemaError, match="this is a corpus export, not a document"):
        loads(dumps_corpus(samples.corpus))


def test_a_span_outside_the_text_is_refused_with_its_path(samples):
    data = json.loads(dumps_corpus(samples.corpus))
    data["documents"][2]["articles"][0]["paragraphs"][1]["span"]["end"] = 10_000
    with pytest.raises(
        SchemaError, match=r"lies outside the text of \d+ characters @ \$\.documents\[2\]"
    ):
        loads_corpus(json.dumps(data))


# -- the JSON Schema -----------------------------------------------------------------------


def test_the_schema_validates_every_export(samples, seeds):
    documents = _validator("document")
    corpora = _validator("corpus")
    for corpus in (samples.corpus, seeds):
        corpora.validate(json.loads(dumps_corpus(corpus)))
        for document in corpus:
            documents.validate(json.loads(dumps(document)))
        out = io.StringIO()
        write_jsonl(corpus, out)
        for line in out.getvalue().splitlines():
            documents.validate(json.loads(line))


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda d: d.update(schema_version=2), "1 was expected"),
        (lambda d: d.update(source="wire"), "'wire' is not one of"),
        (lambda d: d.pop("text"), "'text' is a required property"),
        (lambda d: d.update(colour="red"), "Additional properties are not allowed"),
        (lambda d: d["articles"][0].update(published="yesterday"), "is not valid under any"),
        (lambda d: d["articles"][0]["paragraphs"][0]["span"].update(end="9"), "is not of type"),
        (lambda d: d["articles"][0]["statements"][0].update(kind="rumour"), "is not one of"),
    ],
)
def test_the_schema_rejects_what_the_reader_rejects(samples, change, complaint):
    data = json.loads(dumps(samples.alpha))
    change(data)
    errors = [error.message for error in _validator().iter_errors(data)]
    assert any(complaint in message for message in errors), errors
    with pytest.raises(SchemaError):
        loads(json.dumps(data))


def test_the_schema_is_generated_from_every_model_class():
    defs = json_schema()["$defs"]
    classes = [
        getattr(model_module, name)
        for name in model_module.__all__
        if attrs.has(getattr(model_module, name))
    ]
    exported = [cls for cls in classes if cls.__name__ in defs]
    # Excerpt is a helper type that no Document field holds.
    assert [cls.__name__ for cls in classes if cls not in exported] == ["Excerpt"]
    assert len(exported) == 14
    for cls in exported:
        fields = attrs.fields(cls)
        definition = defs[cls.__name__]
        assert list(definition["properties"]) == [field.name for field in fields]
        assert definition["required"] == [f.name for f in fields if f.default is attrs.NOTHING]
        assert definition["additionalProperties"] is False
    assert defs["Source"]["enum"] == ["belta", "tass", "csto", "unknown"]
    assert defs["Speaker"]["properties"]["kind"] == {
        "$ref": "#/$defs/SpeakerKind",
        "default": "person",
    }
    assert defs["Article"]["properties"]["published"]["anyOf"] == [
        {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        {"type": "string", "format": "date-time", "pattern": DATETIME},
        {"type": "null"},
    ]


def test_the_corpus_schema_refers_to_the_document_definition():
    schema = json_schema("corpus")
    assert schema["required"] == ["schema_version", "documents"]
    assert schema["properties"]["documents"] == {
        "type": "array",
        "items": {"$ref": "#/$defs/Document"},
    }
    with pytest.raises(ValueError, match="kind must be 'document' or 'corpus'"):
        json_schema("page")  # type: ignore[arg-type]


def test_an_export_written_to_disk_validates(tmp_path, seeds):
    path = Path(tmp_path) / "corpus.json"
    path.write_text(dumps_corpus(seeds, indent=2), encoding="utf-8")
    _validator("corpus").validate(json.loads(path.read_text(encoding="utf-8")))
