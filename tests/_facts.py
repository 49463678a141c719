"""Helpers shared by the fact tests: parse a seed or a test page."""

from __future__ import annotations

from pathlib import Path

from csto_corpus.model import Article, Document, Span
from csto_corpus.parse import parse_file

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PAGES = ROOT / "tests" / "pages"


def seed(prefix: str) -> Document:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return parse_file(path)


def page(name: str) -> Document:
    return parse_file(PAGES / name)


def article(document: Document, number: int = 1) -> Article:
    return document.articles[number - 1]


def cut(document: Document, span: Span | None) -> str | None:
    return None if span is None else document.text[span.start : span.end]
