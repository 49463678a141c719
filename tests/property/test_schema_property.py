"""The JSON Schema of the export format validates every generated document and corpus."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import given

from csto_corpus import Corpus, Document
from csto_corpus.serialize import corpus_to_dict, document_to_dict, json_schema
from csto_corpus.testing import corpora, documents

DOCUMENT_SCHEMA = json_schema("document")
CORPUS_SCHEMA = json_schema("corpus")


@given(documents())
def test_every_generated_document_export_is_valid(document: Document) -> None:
    exported = json.loads(json.dumps(document_to_dict(document)))
    jsonschema.validate(exported, DOCUMENT_SCHEMA)


@given(corpora())
def test_every_generated_corpus_export_is_valid(corpus: Corpus) -> None:
    exported = json.loads(json.dumps(corpus_to_dict(corpus)))
    jsonschema.validate(exported, CORPUS_SCHEMA)


def test_the_schema_refuses_an_unknown_outlet() -> None:
    bad = {"schema_version": 1, "id": "p", "source": "wire", "text": ""}
    validator = jsonschema.Draft202012Validator(DOCUMENT_SCHEMA)
    assert [error.json_path for error in validator.iter_errors(bad)] == ["$.source"]
