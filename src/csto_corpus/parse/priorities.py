"""Extraction of :attr:`~csto_corpus.model.Article.priorities` (a stub until its issue lands)."""

from __future__ import annotations

from csto_corpus.model import Article, Priority

__all__ = ["extract_priorities"]


def extract_priorities(text: str, article: Article) -> tuple[Priority, ...]:
    """The priorities of ``article``, each with its span into ``text`` (the document text).

    >>> from csto_corpus.model import ArticleKind
    >>> extract_priorities("", Article(id="p/1", kind=ArticleKind.NEWS))
    ()
    """
    return ()
