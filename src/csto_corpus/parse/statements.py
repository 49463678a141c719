"""Extraction of :attr:`~csto_corpus.model.Article.statements` (a stub until its issue lands)."""

from __future__ import annotations

from csto_corpus.model import Article, Statement

__all__ = ["extract_statements"]


def extract_statements(text: str, article: Article) -> tuple[Statement, ...]:
    """The statements of ``article``, each with its span into ``text`` (the document text).

    >>> from csto_corpus.model import ArticleKind
    >>> extract_statements("", Article(id="p/1", kind=ArticleKind.NEWS))
    ()
    """
    return ()
