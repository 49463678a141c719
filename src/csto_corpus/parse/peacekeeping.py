"""Extraction of :attr:`~csto_corpus.model.Article.peacekeeping` (a stub until its issue lands)."""

from __future__ import annotations

from csto_corpus.model import Article, PeacekeepingCapability

__all__ = ["extract_peacekeeping"]


def extract_peacekeeping(text: str, article: Article) -> tuple[PeacekeepingCapability, ...]:
    """The peacekeeping of ``article``, each with its span into ``text`` (the document text).

    >>> from csto_corpus.model import ArticleKind
    >>> extract_peacekeeping("", Article(id="p/1", kind=ArticleKind.NEWS))
    ()
    """
    return ()
