"""Rewrite tests/golden/<seed id>.json from the current parser.

Run it only after a change to the parser that is meant to change the output, then read the
diff of every golden file against its page, line by line, before committing:

    python tests/update_golden.py && git diff tests/golden
"""

from __future__ import annotations

import json
from pathlib import Path

from csto_corpus import parse_file
from csto_corpus.serialize import document_to_dict

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    for page in sorted((ROOT / "seeds").glob("*.txt")):
        data = document_to_dict(parse_file(page))
        target = ROOT / "tests" / "golden" / f"{page.stem}.json"
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
