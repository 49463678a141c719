"""Extraction of :attr:`~csto_corpus.model.Article.mentions` (a stub until its issue lands)."""

from __future__ import annotations

from csto_corpus.model import Article, Mention

__all__ = ["extract_mentions"]


def extract_mentions(text: str, article: Article) -> tuple[Mention, ...]:
    """The mentions of ``article``, each with its span into ``text`` (the document text).

    >>> from csto_corpus.model import ArticleKind
    >>> extract_mentions("", Article(id="p/1", kind=ArticleKind.NEWS))
    ()
    """
    return ()
