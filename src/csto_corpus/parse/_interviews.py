"""Question-and-answer interviews: which paragraphs are the interviewee's answers.

A TASS interview prints the questions as paragraphs of their own, each ending with a
question mark (sometimes after a dash, ``— And Afghanistan?``), and the answers as the
paragraphs after them, up to the next question. A page is read as an interview only if it
says it is one (``in an interview``, ``told TASS``, ``spoke to TASS``) before its first
question, and has at least two questions, each followed by an answer; the interviewee is
the first person named there. This module finds the paragraphs; the statements module
resolves the person.
"""

from __future__ import annotations

from typing import NamedTuple

from csto_corpus.model import Article
from csto_corpus.parse._regex import lazy_compile

__all__ = ["Interview", "find_interview"]

#: The page says it holds an interview: ``in an interview``, ``told TASS``, ``spoke to BelTA``.
_INTERVIEW_CUE = lazy_compile(
    r"\binterview\b|\b(?:told|spoke\s+to|talked\s+to|said\s+to)\s+(?:TASS|BelTA)\b"
)
#: A dash that opens a question or an answer: ``— And Afghanistan?``.
_DASH = "-\u2013\u2014 \u00a0"
#: The fewest questions that make a page an interview.
_MIN_QUESTIONS = 2


class Interview(NamedTuple):
    """Where an interview's lead and answers are, by paragraph index."""

    lead: tuple[int, int]  #: Offsets of the text before the first question (with the lead).
    answers: tuple[tuple[int, int, int], ...]  #: (paragraph, start, end) of each answer.


def find_interview(text: str, article: Article) -> Interview | None:
    """The answers of a question-and-answer interview in ``article``, or None.

    >>> from csto_corpus.model import ArticleKind, Paragraph, Span
    >>> parts = ["X told TASS in an interview about the plans.", "What do you expect?",
    ...          "Much.", "And Afghanistan?", "— It is worrying."]
    >>> text = "\\n\\n".join(parts)
    >>> spans, at = [], 0
    >>> for part in parts:
    ...     spans.append(Paragraph(text=part, span=Span(start=at, end=at + len(part))))
    ...     at += len(part) + 2
    >>> found = find_interview(text, Article(id="p/1", kind=ArticleKind.NEWS,
    ...                                      paragraphs=tuple(spans)))
    >>> [text[start:end] for _, start, end in found.answers]
    ['Much.', 'It is worrying.']
    """
    paragraphs = article.paragraphs
    questions = [index for index, p in enumerate(paragraphs) if p.text.rstrip().endswith("?")]
    if len(questions) < _MIN_QUESTIONS or questions[0] == 0:
        return None
    first = paragraphs[questions[0]].span.start
    lead_start = paragraphs[0].span.start
    for span in (article.subtitle_span, article.title_span):
        if span is not None and span.start < lead_start:
            lead_start = span.start
    if _INTERVIEW_CUE.search(text, lead_start, first) is None:
        return None
    answers: list[tuple[int, int, int]] = []
    asked = set(questions)
    for number, question in enumerate(questions):
        stop = questions[number + 1] if number + 1 < len(questions) else len(paragraphs)
        replies = [index for index in range(question + 1, stop) if index not in asked]
        if not replies and number + 1 < len(questions):
            return None  # a question with no answer: a list of questions, not an interview
        for index in replies:
            span = paragraphs[index].span
            start, end = span.start, span.end
            while start < end and text[start] in _DASH:
                start += 1
            if start < end:
                answers.append((index, start, end))
    if not answers:
        return None
    return Interview(lead=(lead_start, first), answers=tuple(answers))
