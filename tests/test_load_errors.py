"""load() with bad files among good ones: every bad file named, no good document lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import csto_corpus
from csto_corpus import DecodeError, LoadError, LoadReport, ParseError, load, parse_file

GOOD = "Joint staff talks end\n\nThe talks ended with a plan for the coming year.\n"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A directory of three good pages and four bad ones, in name order."""
    directory = tmp_path / "pages"
    directory.mkdir()
    (directory / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (directory / "b_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (directory / "c_good.txt").write_text("Second page\n\nIts only paragraph.\n", "utf-8")
    (directory / "d_latin1.txt").write_bytes(b"Title\n\nCaf\xe9 au lait.\n")
    (directory / "e_folder.txt").mkdir()
    (directory / "f_good.txt").write_text("Third page\n\nAnother paragraph.\n", "utf-8")
    (directory / "g_nul.txt").write_bytes(b"Title\n\nA\x00B\n")
    (directory / "notes.md").write_text("not a page", "utf-8")
    return directory


def test_default_raises_naming_every_bad_file_after_trying_all(pages: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load(pages)
    failures = caught.value.failures
    assert list(failures) == [
        str(pages / "b_image.txt"),
        str(pages / "d_latin1.txt"),
        str(pages / "e_folder.txt"),
        str(pages / "g_nul.txt"),
    ]
    assert isinstance(failures[str(pages / "b_image.txt")], DecodeError)
    assert str(caught.value) == "\n".join(
        [
            "4 files could not be loaded:",
            f"  {pages / 'b_image.txt'}:1: expected text, found a PNG image (at character 0)",
            f"  {pages / 'd_latin1.txt'}:3: expected UTF-8 text, found the invalid byte 0xe9"
            " (at character 10)",
            f"  {pages / 'e_folder.txt'}: cannot read the file: Is a directory",
            f"  {pages / 'g_nul.txt'}:3: expected text, found a NUL byte (is this a binary "
            "file?) (at character 8)",
        ]
    )


def test_collect_returns_every_good_document_and_reports_the_bad(pages: Path) -> None:
    report = load(pages, errors="collect")
    assert isinstance(report, LoadReport)
    assert not report.ok
    assert [document.id for document in report.corpus] == ["a_good", "c_good", "f_good"]
    assert list(report.corpus) == [
        parse_file(pages / name) for name in ("a_good.txt", "c_good.txt", "f_good.txt")
    ]
    assert [(Path(f.path).name, type(f.error)) for f in report.failures] == [
        ("b_image.txt", DecodeError),
        ("d_latin1.txt", DecodeError),
        ("e_folder.txt", ParseError),
        ("g_nul.txt", DecodeError),
    ]
    with pytest.raises(LoadError) as caught:
        report.raise_for_failures()
    assert len(caught.value.failures) == 4


def test_collect_on_good_files_is_ok(pages: Path) -> None:
    report = load([pages / "a_good.txt", pages / "c_good.txt"], errors="collect")
    assert report.ok
    assert report.raise_for_failures() == report.corpus
    assert [d.id for d in report.corpus] == ["a_good", "c_good"]


def test_a_missing_path_is_named_not_raised_as_oserror(pages: Path) -> None:
    missing = pages / "missing.txt"
    with pytest.raises(LoadError) as caught:
        load([pages / "a_good.txt", missing])
    assert str(caught.value) == (
        f"1 file could not be loaded:\n  {missing}: cannot read the file: No such file or directory"
    )
    report = load([pages / "a_good.txt", missing], errors="collect")
    assert [d.id for d in report.corpus] == ["a_good"]


def test_unknown_errors_mode_is_a_usage_error(pages: Path) -> None:
    with pytest.raises(ValueError, match='errors must be "raise" or "collect"'):
        load(pages, errors="ignore")  # type: ignore[call-overload]


def test_files_are_read_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    script = tmp_path / "script.txt"
    script.write_text(
        f"#!/bin/sh\ntouch {marker}\n\nimport os; open({str(marker)!r}, 'w')\n", "utf-8"
    )
    script.chmod(0o755)
    (tmp_path / "module.py").write_text(f"open({str(marker)!r}, 'w')\n", "utf-8")
    corpus = load(tmp_path)
    assert [d.id for d in corpus] == ["script"]
    assert corpus.documents[0].text.startswith("#!/bin/sh\n")
    assert not marker.exists()


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """A directory with a page, a symlink to a page inside it and one to a page outside."""
    outside = tmp_path / "outside.txt"
    outside.write_text("Outside page\n\nA paragraph from elsewhere.\n", "utf-8")
    directory = tmp_path / "pages"
    directory.mkdir()
    (directory / "a.txt").write_text(GOOD, "utf-8")
    os.symlink(directory / "a.txt", directory / "b_inside.txt")
    os.symlink(outside, directory / "c_outside.txt")
    return directory


def test_symlinks_leading_outside_are_not_followed(linked: Path, tmp_path: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load(linked)
    (name,) = caught.value.failures
    assert name == str(linked / "c_outside.txt")
    assert str(caught.value.failures[name]) == (
        f"{linked / 'c_outside.txt'}: not read: a symbolic link to {tmp_path / 'outside.txt'}, "
        f"outside {linked} (pass follow_symlinks=True to read it)"
    )
    report = load(linked, errors="collect")
    assert [d.id for d in report.corpus] == ["a", "b_inside"]
    assert report.corpus.documents[1].text == GOOD


def test_symlinks_leading_outside_are_followed_when_asked(linked: Path) -> None:
    corpus = load(linked, follow_symlinks=True)
    assert [d.id for d in corpus] == ["a", "b_inside", "c_outside"]
    assert corpus.documents[2].articles[0].title == "Outside page"


def test_a_file_named_directly_is_read_even_if_a_symlink(linked: Path) -> None:
    corpus = load([linked / "c_outside.txt"])
    assert [d.id for d in corpus] == ["c_outside"]


def test_bundled_corpus_still_loads() -> None:
    assert len(csto_corpus.load()) == 5
