"""Extraction of :attr:`~csto_corpus.model.Article.resolutions` (a stub until its issue lands)."""

from __future__ import annotations

from csto_corpus.model import Article, Resolution

__all__ = ["extract_resolutions"]


def extract_resolutions(text: str, article: Article) -> tuple[Resolution, ...]:
    """The resolutions of ``article``, each with its span into ``text`` (the document text).

    >>> from csto_corpus.model import ArticleKind
    >>> extract_resolutions("", Article(id="p/1", kind=ArticleKind.NEWS))
    ()
    """
    return ()
