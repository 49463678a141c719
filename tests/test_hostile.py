"""Hostile and broken input: each gives a correct Document or a clear error.

A clear error is a :class:`~csto_corpus.errors.CstoCorpusError` that names the file, the
position and the reason; never mojibake passed off as text.
"""

# Russian text is the point of some tests here: its Cyrillic letters are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import codecs
import datetime
from pathlib import Path

import pytest

import csto_corpus
from csto_corpus import DecodeError, Source, parse_file
from csto_corpus.testing import evidence_problems

TASS_PAGE = (
    "All news\n\n"
    "Security bloc prepares joint exercises\n\n"
    "KAZAN, October 3. /TASS/. Staff officers of the member states met to plan the "
    "exercises, the defence ministry said.\n\n"
    "The exercises will take place in the autumn.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_empty_file_gives_an_empty_document(tmp_path: Path) -> None:
    document = parse_file(write(tmp_path, "empty.txt", b""))
    assert document.id == "empty"
    assert document.text == ""
    assert document.source is Source.UNKNOWN
    assert document.articles == ()
    assert document.chrome == ()


def test_whitespace_only_gives_no_articles(tmp_path: Path) -> None:
    document = parse_file(write(tmp_path, "blank.txt", b" \n\t\n\xc2\xa0\n  \r\n"))
    assert document.text == " \n\t\n\u00a0\n  \n"
    assert document.articles == ()
    assert document.chrome == ()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "a PNG image"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00page.txt", "a ZIP archive"),
        (b"PK\x05\x06" + b"\x00" * 18, "an empty ZIP archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"),
    ],
)
def test_binary_file_is_refused_naming_its_format(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path, "page.txt", data)
    with pytest.raises(DecodeError) as caught:
        parse_file(path)
    assert caught.value.source == str(path)
    assert caught.value.position == 0
    assert caught.value.line == 1
    assert caught.value.message.startswith(f"expected text, found {reason}")
    assert str(caught.value).startswith(f"{path}:1: expected text, found {reason}")


def test_nul_byte_is_refused_with_line_and_byte_offset(tmp_path: Path) -> None:
    path = write(tmp_path, "nul.txt", b"Title\n\nFirst paragraph.\nSec\x00ond")
    with pytest.raises(DecodeError) as caught:
        parse_file(path)
    assert (caught.value.line, caught.value.position) == (4, 27)
    assert "NUL byte" in caught.value.message
    assert str(caught.value) == (
        f"{path}:4: expected text, found a NUL byte (is this a binary file?) (at character 27)"
    )


def test_nul_character_in_text_is_refused() -> None:
    with pytest.raises(csto_corpus.ParseError) as caught:
        csto_corpus.parse("Title\n\nA\x00B", "page")
    assert caught.value.position == 8
    assert caught.value.source == "page"


def test_bomless_utf16_gets_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path, "utf16.txt", TASS_PAGE.encode("utf-16-le"))
    with pytest.raises(DecodeError) as caught:
        parse_file(path)
    assert caught.value.position == 1
    assert "UTF-16 without a byte-order mark?" in caught.value.message


def test_invalid_utf8_is_refused_with_line_and_byte(tmp_path: Path) -> None:
    data = b"Title\n\nCaf\xe9 and cr\xe8me are served.\n"
    path = write(tmp_path, "latin1.txt", data)
    with pytest.raises(DecodeError) as caught:
        parse_file(path)
    assert (caught.value.line, caught.value.position) == (3, 10)
    assert caught.value.message == "expected UTF-8 text, found the invalid byte 0xe9"


def test_western_windows_1252_page_is_not_read_as_cyrillic(tmp_path: Path) -> None:
    text = "Delegates from Genève and Zürich met the Müller commission.\n" * 3
    path = write(tmp_path, "cp1252.txt", text.encode("cp1252"))
    with pytest.raises(DecodeError) as caught:
        parse_file(path)
    assert caught.value.message == "expected UTF-8 text, found the invalid byte 0xe8"
    assert caught.value.position == 18


def test_damaged_utf8_russian_is_not_read_as_windows_1251(tmp_path: Path) -> None:
    data = "Минск, 2 мая. Встреча министров иностранных дел.".encode()
    damaged = data[:20] + b"\xff" + data[21:]
    path = write(tmp_path, "damaged.txt", damaged)
    with pytest.raises(DecodeError) as caught:
        parse_file(path)
    assert caught.value.position == 20
    assert caught.value.message == "expected UTF-8 text, found the invalid byte 0xff"


def test_truncated_utf8_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "cut.txt", "Title\n\nСовет министров".encode()[:-1])
    with pytest.raises(DecodeError) as caught:
        parse_file(path)
    assert caught.value.message == "expected UTF-8 text, found it cut off inside a character"
    assert caught.value.position == 34


def test_utf8_with_bom_reads_as_without(tmp_path: Path) -> None:
    plain = parse_file(write(tmp_path, "page.txt", TASS_PAGE.encode()))
    with_bom = parse_file(write(tmp_path, "page.txt", codecs.BOM_UTF8 + TASS_PAGE.encode()))
    assert with_bom == plain
    assert with_bom.source is Source.TASS
    assert with_bom.articles[0].title == "Security bloc prepares joint exercises"
    assert with_bom.articles[0].dateline == "KAZAN"
    assert evidence_problems(with_bom) == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_read_as_utf8(tmp_path: Path, encoding: str) -> None:
    plain = parse_file(write(tmp_path, "page.txt", TASS_PAGE.encode()))
    data = TASS_PAGE.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert parse_file(write(tmp_path, "page.txt", data)) == plain


def test_truncated_utf16_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "cut.txt", TASS_PAGE.encode("utf-16")[:-1])
    with pytest.raises(DecodeError) as caught:
        parse_file(path)
    assert caught.value.message == "expected UTF-16 text, found it cut off inside a character"
    assert caught.value.source == str(path)


RUSSIAN_PAGE = (
    "Главное\n\n"
    "Совет министров иностранных дел обсудил сотрудничество с ООН\n\n"
    "ЕРЕВАН, 14 июня. Министры иностранных дел государств – членов организации "
    "обсудили «практические шаги» по укреплению сотрудничества — заявил представитель.\n\n"
    "Следующее заседание пройдёт осенью.\n"
)


def test_windows_1251_russian_page_is_decoded_correctly(tmp_path: Path) -> None:
    document = parse_file(write(tmp_path, "ru.txt", RUSSIAN_PAGE.encode("cp1251")))
    assert document.text == RUSSIAN_PAGE
    assert document.source is Source.UNKNOWN
    article = document.articles[0]
    assert article.title == "Главное"
    assert article.paragraphs[0].text == (
        "Совет министров иностранных дел обсудил сотрудничество с ООН"
    )
    assert article.paragraphs[-1].text == "Следующее заседание пройдёт осенью."
    assert evidence_problems(document) == []


def test_mixed_line_ends_read_as_lf(tmp_path: Path) -> None:
    lines = TASS_PAGE.split("\n")
    ends = ["\r\n", "\r", "\r", "\r", "\n", "\r\n", "\r"]  # never CR, then LF
    mixed = "".join(line + end for line, end in zip(lines[:-1], ends, strict=True))
    assert mixed.count("\r\n") == 2
    plain = parse_file(write(tmp_path, "page.txt", TASS_PAGE.encode()))
    document = parse_file(write(tmp_path, "page.txt", mixed.encode()))
    assert document.text == TASS_PAGE
    assert document == plain


def test_a_50_mb_file_parses_into_every_paragraph(tmp_path: Path) -> None:
    paragraph = (
        "Regional security cooperation of the members and partners within the framework "
        "of joint efforts continues. "
    ) * 100
    block = paragraph.strip() + "\n\n"
    count = 50_000_000 // len(block) + 1
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("A very long page\n\n")
        for _ in range(count):
            handle.write(block)
    assert path.stat().st_size >= 50_000_000
    document = parse_file(path)
    (article,) = document.articles
    assert article.title == "A very long page"
    assert len(article.paragraphs) == count
    assert all(p.text == paragraph.strip() for p in article.paragraphs)
    assert evidence_problems(document) == []


def test_a_1_mb_line_without_spaces(tmp_path: Path) -> None:
    line = "x" * 1_000_000
    document = parse_file(write(tmp_path, "long.txt", f"Title\n\n{line}\n".encode()))
    (article,) = document.articles
    assert article.title == "Title"
    assert [p.text for p in article.paragraphs] == [line]
    assert article.paragraphs[0].span == csto_corpus.Span(start=7, end=1_000_007)


def test_a_1_mb_line_of_quotation_marks_and_datelines() -> None:
    text = "MINSK, 2 May (BelTA) - " + '\u201c\u201d"' * 300_000
    document = csto_corpus.parse(text, "marks")
    assert document.source is Source.BELTA
    assert document.articles[0].dateline == "MINSK"
    assert evidence_problems(document) == []


# Found by the fuzzer: printed dates and times that name no real day or minute raised
# dateutil's ParserError out of parse(). They now give no date.


def test_impossible_belta_time_stamp_and_today_line_give_no_date() -> None:
    page = (
        "Projects\nFlag Monday, 31 February 2024\nAll news\n02 February 2023, 14:73\n\n"
        "A title\n\nMINSK, 2 February (BelTA) - A paragraph.\n"
    )
    document = csto_corpus.parse(page, "page")
    assert document.source is Source.BELTA
    assert document.retrieved is None
    assert document.retrieved_span is None
    (article,) = document.articles
    assert article.title == "A title"
    assert article.published is None
    assert article.dateline == "MINSK"
    assert evidence_problems(document) == []


def test_impossible_csto_dates_give_no_date() -> None:
    page = (
        "A news item of the secretariat\n\n31.02.2024\n\nThe text of the item.\n\n\n"
        "On 31 February 2024, staff met.\n\n\nGo back\n"
    )
    document = csto_corpus.parse(page, "page")
    assert document.source is Source.CSTO
    news, teaser = document.articles
    assert (news.title, news.published) == ("A news item of the secretariat", None)
    assert [p.text for p in news.paragraphs] == ["31.02.2024", "The text of the item."]
    assert teaser.published is None
    assert teaser.paragraphs[0].text == "On 31 February 2024, staff met."


def test_no_break_spaces_in_printed_dates() -> None:
    page = (
        "Projects\nFlag Monday,\u00a015\u00a0January\u00a02024\nPolitics\n"
        "15\u00a0January\u00a02024, 10:05\n\nA title\n\n"
        "MINSK, 15\u00a0January (BelTA) - A paragraph.\n"
    )
    document = csto_corpus.parse(page, "page")
    assert document.retrieved == datetime.date(2024, 1, 15)
    assert document.articles[0].published == datetime.datetime(
        2024, 1, 15, 10, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=3))
    )
