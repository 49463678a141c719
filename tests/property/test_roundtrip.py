"""Round trips through JSON for generated documents and corpora."""

from __future__ import annotations

from hypothesis import given

from csto_corpus import Corpus, Document, dumps, loads
from csto_corpus.serialize import document_from_dict, document_to_dict
from csto_corpus.testing import corpora, documents, evidence_problems


@given(documents())
def test_loads_dumps_is_identity(document: Document) -> None:
    assert evidence_problems(document) == []
    assert loads(dumps(document)) == document
    assert loads(dumps(document, indent=2).encode("utf-8")) == document


@given(documents())
def test_dict_round_trip(document: Document) -> None:
    assert document_from_dict(document_to_dict(document)) == document


@given(corpora())
def test_every_document_of_a_corpus_round_trips(corpus: Corpus) -> None:
    # A whole-corpus export is the corpus API's; until it lands, document by document.
    assert Corpus.from_documents(loads(dumps(d)) for d in corpus) == corpus
