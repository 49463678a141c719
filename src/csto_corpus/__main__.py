"""``python -m csto_corpus``: the command line."""

from csto_corpus.cli import main

raise SystemExit(main())
