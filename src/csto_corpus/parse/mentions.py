"""Extraction of :attr:`~csto_corpus.model.Article.mentions`: the states and organizations named.

One :class:`~csto_corpus.model.Mention` per occurrence in the article's title, subtitle
and paragraphs, found by the gazetteer's matcher
(:func:`csto_corpus.parse._gazetteer.find_names`): the longest name wins (``UN Security
Council`` is one mention of the Security Council, not also one of the UN), and adjectives
count for their state (``Russian`` in ``the Russian Foreign Ministry`` is Russia). Photo
captions and credits are not searched: they repeat the text or name a photographer.
"""

from __future__ import annotations

from csto_corpus.model import Article, Mention, Span
from csto_corpus.parse._gazetteer import find_names

__all__ = ["extract_mentions"]


def extract_mentions(text: str, article: Article) -> tuple[Mention, ...]:
    """The states and organizations ``article`` names, in page order, with spans into ``text``.

    >>> from csto_corpus.model import ArticleKind, Paragraph
    >>> page = "The Russian envoy spoke at the UN Security Council."
    >>> article = Article(id="p/1", kind=ArticleKind.NEWS,
    ...                   paragraphs=(Paragraph(text=page, span=Span(start=0, end=len(page))),))
    >>> [(m.kind.value, m.name, m.code, m.text) for m in extract_mentions(page, article)]
    [('state', 'Russia', 'RUS', 'Russian'), ('organization', 'UN Security Council', 'UNSC', 'UN Security Council')]
    """  # noqa: E501 (a doctest's expected output is one line)
    regions = [article.title_span, article.subtitle_span, *(p.span for p in article.paragraphs)]
    mentions: list[Mention] = []
    seen: set[int] = set()
    for first, last in _runs(text, regions):
        for kind, name, code, start, end, printed in find_names(text, first, last):
            if start in seen:
                continue
            seen.add(start)
            mentions.append(
                Mention(
                    kind=kind, name=name, code=code, text=printed, span=Span(start=start, end=end)
                )
            )
    mentions.sort(key=lambda m: m.span.start)
    return tuple(mentions)


def _runs(text: str, regions: list[Span | None]) -> list[tuple[int, int]]:
    """The regions, in order, each joined to the one before if only white space stands between.

    The white space must hold a line break: no name holds one, so the matcher finds in the
    stretch what it finds in each region, with fewer calls.

    >>> _runs("Title\\n\\nOne.\\nTwo. Photo\\nThree", [Span(start=0, end=5), None,
    ...       Span(start=7, end=11), Span(start=12, end=16), Span(start=23, end=28)])
    [(0, 16), (23, 28)]
    """
    runs: list[tuple[int, int]] = []
    for region in regions:
        if region is None:
            continue
        if runs:
            start, end = runs[-1]
            gap = text[end : region.start]  # empty if the region starts before that end
            if gap.isspace() and "\n" in gap:
                runs[-1] = (start, region.end)
                continue
        runs.append((region.start, region.end))
    return runs
