from __future__ import annotations

import csv
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

import csto_corpus
from csto_corpus import Corpus
from csto_corpus.export import FACT_TYPES, columns, rows, to_pandas, write_csv

#: How many facts of each type the hand-built corpus holds.
SAMPLE_COUNTS = {
    "articles": 3,
    "statements": 5,
    "priorities": 1,
    "resolutions": 3,
    "peacekeeping": 2,
    "mentions": 4,
}


def _model_counts(corpus: Corpus) -> dict[str, int]:
    articles = corpus.articles()
    counts = {"articles": len(articles)}
    for fact_type in FACT_TYPES[1:]:
        counts[fact_type] = sum(len(getattr(article, fact_type)) for article in articles)
    return counts


def _read(path):
    with path.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        return reader.fieldnames, list(reader)


def test_the_fact_types():
    assert FACT_TYPES == (
        "articles",
        "statements",
        "priorities",
        "resolutions",
        "peacekeeping",
        "mentions",
    )
    for fact_type in FACT_TYPES:
        names = columns(fact_type)
        assert names[:4] == ("document_id", "article_id", "source", "published_date")
        assert names[-2:] == ("span_start", "span_end")
    with pytest.raises(KeyError, match="no fact type 'events'"):
        columns("events")


def test_csv_files_have_one_row_per_fact(tmp_path, samples):
    paths = write_csv(samples.corpus, tmp_path / "out")
    assert {name: path.name for name, path in paths.items()} == {
        name: f"{name}.csv" for name in FACT_TYPES
    }
    assert _model_counts(samples.corpus) == SAMPLE_COUNTS
    for fact_type, path in paths.items():
        header, records = _read(path)
        assert tuple(header) == columns(fact_type)
        assert len(records) == SAMPLE_COUNTS[fact_type]


def test_csv_row_counts_match_the_model_on_the_seeds(tmp_path):
    corpus = csto_corpus.load()
    paths = corpus.to_csv(tmp_path)
    counts = {fact_type: len(_read(path)[1]) for fact_type, path in paths.items()}
    assert counts == _model_counts(corpus)
    assert counts["articles"] == 10


def test_csv_span_columns_point_at_the_evidence(tmp_path, samples):
    paths = write_csv(samples.corpus, tmp_path)
    text_columns = {"statements": "text", "mentions": "text", "priorities": None}
    for fact_type, column in text_columns.items():
        for record in _read(paths[fact_type])[1]:
            document = samples.corpus.document(record["document_id"])
            evidence = document.text[int(record["span_start"]) : int(record["span_end"])]
            if column is not None:
                assert evidence == record[column]
            else:
                assert evidence.startswith("The first priority")
                summary = document.text[int(record["summary_start"]) : int(record["summary_end"])]
                assert summary == record["summary"] == "border security"


def test_csv_cells(tmp_path, samples):
    paths = write_csv(samples.corpus, tmp_path)
    articles = _read(paths["articles"])[1]
    assert [
        (r["article_id"], r["source"], r["published_date"], r["published"], r["published_inferred"])
        for r in articles
    ] == [
        ("alpha/1", "belta", "2026-03-03", "2026-03-03T11:15:00+06:00", "false"),
        ("beta/1", "tass", "2026-04-04", "2026-04-04", "true"),
        ("gamma/1", "csto", "", "", "false"),
    ]
    assert [(r["kind"], r["title"], r["statements"]) for r in articles][2] == ("excerpt", "", "1")
    resolutions = _read(paths["resolutions"])[1]
    assert [
        (r["symbol"], r["body"], r["session"], r["adopted"], r["draft"]) for r in resolutions
    ] == [
        ("A/RES/80/5", "general_assembly", "80", "2025-12-12", "false"),
        ("A/RES/80/5", "general_assembly", "80", "", "false"),
        ("", "", "", "", "true"),
    ]
    peacekeeping = _read(paths["peacekeeping"])[1]
    assert [
        (
            r["kind"],
            r["quantity"],
            r["approximate"],
            r["date"],
            r["date_precision"],
            r["date_inferred"],
        )
        for r in peacekeeping
    ] == [
        ("personnel", "2500", "true", "", "", "false"),
        ("deployment", "", "false", "2025-05-01", "month", "false"),
    ]
    statements = _read(paths["statements"])[1]
    assert [(r["speaker_name"], r["speaker_role"], r["speaker_kind"]) for r in statements][:2] == [
        ("Zhanna Ivanova", "Foreign Minister", "person"),
        ("Zhanna Ivanova", "", "person"),
    ]
    assert statements[0]["attribution_start"] != ""
    assert statements[1]["text"].startswith("We support resolution")


def test_csv_keeps_commas_in_cells(tmp_path, samples):
    paths = write_csv(samples.corpus, tmp_path)
    statements = _read(paths["statements"])[1]
    assert statements[3]["text"] == "We are ready to work with the UN,"


def test_rows_are_what_the_csv_holds(tmp_path, samples):
    paths = write_csv(samples.corpus, tmp_path)
    for fact_type in FACT_TYPES:
        assert list(rows(samples.corpus, fact_type)) == _read(paths[fact_type])[1]


def test_to_pandas_gives_one_typed_frame_per_fact_type(samples):
    frames = to_pandas(samples.corpus)
    assert list(frames) == list(FACT_TYPES)
    for fact_type, frame in frames.items():
        assert list(frame.columns) == list(columns(fact_type))
        assert len(frame) == SAMPLE_COUNTS[fact_type]
    articles = frames["articles"]
    assert str(articles["span_start"].dtype) == "Int64"
    assert str(articles["published_inferred"].dtype) == "boolean"
    assert str(articles["source"].dtype).startswith("string")
    assert articles["published_date"].dtype.kind == "M"
    assert articles["published_date"].tolist()[:2] == [
        pd.Timestamp("2026-03-03"),
        pd.Timestamp("2026-04-04"),
    ]
    assert pd.isna(articles["published_date"].iloc[2])
    peacekeeping = frames["peacekeeping"]
    assert peacekeeping["quantity"].tolist()[0] == 2500
    assert pd.isna(peacekeeping["quantity"].iloc[1])
    assert peacekeeping["kind"].tolist() == ["personnel", "deployment"]
    assert frames["mentions"]["code"].tolist() == ["KGZ", "CSTO", "TJK", "ARM"]


def test_corpus_to_pandas_delegates(samples):
    frames = samples.corpus.to_pandas()
    expected = to_pandas(samples.corpus)
    for fact_type in FACT_TYPES:
        pd.testing.assert_frame_equal(frames[fact_type], expected[fact_type])


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_importing_the_package_never_imports_pandas():
    result = _python(
        """
        import sys
        import csto_corpus, csto_corpus.export, csto_corpus.cli
        corpus = csto_corpus.load()
        corpus.articles(); corpus.timeline(); list(corpus.search("CSTO"))
        print("pandas" in sys.modules)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "False\n"


def test_to_pandas_without_pandas_says_how_to_install_it():
    result = _python(
        """
        import sys
        sys.modules["pandas"] = None  # as if pandas were not installed
        import csto_corpus
        try:
            csto_corpus.load().to_pandas()
        except ModuleNotFoundError as error:
            print(error.name, "|", error)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("pandas | to_pandas needs pandas: pip install 'csto-corpus[pandas]'\n")
