#!/usr/bin/env python3
"""Regenerate every golden output: docs/ for the seeds and tests/golden/* for the fixtures.

    python tests/refresh_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

from support import CORRIDOR, FIXTURES, FORMATS, PACIFIC, ROOT, TRADE  # noqa: E402

from briefing.pipeline import build  # noqa: E402

GOLDEN = [
    (ROOT / "seeds", ROOT / "briefing.yml", ROOT / "docs"),
    (PACIFIC / "seeds", PACIFIC / "briefing.yml", FIXTURES / "golden" / "pacific"),
    (CORRIDOR / "seeds", CORRIDOR / "briefing.yml", FIXTURES / "golden" / "corridor"),
    (FORMATS / "seeds", FORMATS / "briefing.yml", FIXTURES / "golden" / "formats"),
    (TRADE / "seeds", TRADE / "briefing.yml", FIXTURES / "golden" / "trade"),
]
READ_GOLDEN = FORMATS / "read.json"  # what each file of the formats fixture reads into


def read_golden() -> str:
    """Each file of the formats fixture as read: the fields a reader fills and the blocks, one JSON text."""
    import datetime as dt
    import json

    from briefing.read import read_corpus

    corpus = read_corpus(FORMATS / "seeds", today=dt.date(2026, 1, 1))
    lines = ["{", ' "articles": {']
    for n, a in enumerate(corpus.articles):
        fields = {"id": a.id, "format": a.format, "title": a.title, "title_from_lead": a.title_from_lead,
                  "date": a.date.isoformat() if a.date else None, "date_note": a.date_note, "outlet": a.outlet,
                  "url": a.url, "dateline": a.dateline.text if a.dateline else None}
        lines.append(f"  {json.dumps(a.file)}: {{")
        lines += [f"   {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in fields.items()]
        lines.append('   "blocks": [')
        blocks = [json.dumps([b.kind, *(s.text for s in b.sentences)], ensure_ascii=False) for b in a.blocks]
        lines.append(",\n".join(f"    {b}" for b in blocks))
        lines.append("   ]}" + ("," if n + 1 < len(corpus.articles) else ""))
    lines.append(" },")
    skipped = json.dumps({p.file: p.reason for p in corpus.rejected}, ensure_ascii=False, indent=2)
    lines.append(' "skipped": ' + skipped.replace("\n", "\n "))
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # still JSON
    return text


if __name__ == "__main__":
    for seeds, config, out in GOLDEN:
        report = build(seeds, config, out).report
        assert report is not None
        print(f"{out.relative_to(ROOT)}: {len(report.written)} written, {len(report.removed)} removed")
    READ_GOLDEN.write_text(read_golden(), encoding="utf-8")
    print(f"{READ_GOLDEN.relative_to(ROOT)}: written")
