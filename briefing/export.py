"""The machine-readable export, ``briefing.json`` (its contract is in the README)."""

from __future__ import annotations

import json
from typing import Any

from .markup import site_url, source_doc
from .model import Briefing, Citation, Item

SCHEMA_VERSION = 1


def briefing_json(b: Briefing, directory_urls: bool = True) -> str:
    """Deterministic JSON text: fixed key order, no timestamps, UTF-8 as is."""
    return json.dumps(briefing_data(b, directory_urls), ensure_ascii=False, indent=2) + "\n"


def briefing_data(b: Briefing, directory_urls: bool = True) -> dict[str, Any]:
    def url(source: str, anchor: str = "") -> str:
        return site_url(source_doc(source), directory_urls) + (f"#{anchor}" if anchor else "")

    def citation(c: Citation) -> dict[str, Any]:
        return {"source": c.source, "sentence": c.sentence, "text": c.text, "url": url(c.source, c.sentence)}

    def item(i: Item) -> dict[str, Any]:
        return {"id": i.id, "text": i.text, "source_count": len(i.sources),
                "citations": [citation(c) for c in i.citations]}

    return {
        "schema_version": SCHEMA_VERSION,
        "title": b.title,
        "as_of": b.as_of.isoformat() if b.as_of else None,
        "sources": [
            {"id": a.id, "file": a.file, "title": a.title, "date": a.date.isoformat() if a.date else None,
             "date_note": a.date_note, "sha256": a.sha256, "url": url(a.id),
             "outlet": b.outlets.get(a.id) or None, "original_url": b.urls.get(a.id) or None,
             "sentences": len(a.sentences)}
            for a in b.corpus.articles
        ],
        "key_points": [i.id for i in b.key_points],
        "sections": [
            {"id": s.id, "title": s.title, "items": [item(i) for i in s.items]} for s in b.sections
        ],
        "unplaced": [{"source": c.source, "sentence": c.sentence, "text": c.text} for c in b.unplaced],
        "rejected": [{"file": p.file, "reason": p.reason} for p in b.corpus.rejected],
        "warnings": [{"file": p.file, "reason": p.reason} for p in b.corpus.warnings],
    }
