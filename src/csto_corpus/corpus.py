"""The :class:`Corpus`: an immutable collection of parsed documents.

>>> from csto_corpus.model import Document, Source
>>> corpus = Corpus.from_documents([Document(id="p", source=Source.TASS, text="")])
>>> len(corpus)
1
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from csto_corpus.model import Article, Document

__all__ = ["Corpus"]


@attrs.frozen(kw_only=True)
class Corpus:
    """An immutable, ordered collection of :class:`~csto_corpus.model.Document`.

    >>> import csto_corpus
    >>> corpus = csto_corpus.load()
    >>> len(corpus), len(corpus.articles())
    (5, 10)
    """

    documents: tuple[Document, ...] = ()

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> Corpus:
        """Build a corpus from any iterable of documents, keeping their order.

        >>> from csto_corpus.model import Source
        >>> documents = (Document(id=name, source=Source.UNKNOWN, text="") for name in "ab")
        >>> [document.id for document in Corpus.from_documents(documents)]
        ['a', 'b']
        """
        return cls(documents=tuple(documents))

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def articles(self) -> tuple[Article, ...]:
        """Every article of every document, in document order.

        >>> import csto_corpus
        >>> [article.id for article in csto_corpus.load().articles()][:2]
        ['000_579c4f8cae9ae30b/1', '001_aca8ceefc62db698/1']
        """
        return tuple(article for document in self.documents for article in document.articles)
