"""Extraction of :attr:`~csto_corpus.model.Article.events` (a stub until its issue lands)."""

from __future__ import annotations

from csto_corpus.model import Article, Event

__all__ = ["extract_events"]


def extract_events(text: str, article: Article) -> tuple[Event, ...]:
    """The events of ``article``, each with its span into ``text`` (the document text).

    >>> from csto_corpus.model import ArticleKind
    >>> extract_events("", Article(id="p/1", kind=ArticleKind.NEWS))
    ()
    """
    return ()
