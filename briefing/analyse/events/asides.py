"""Asides set off by commas between a sentence's subject and its verb ("Saman Kunan, 38, lost consciousness")."""

from __future__ import annotations

import re

# A verb of saying opening what follows an aside ("..., said ...").
SAYS = re.compile(r"\s*(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|noted|notes|wrote|writes)\b")
# An aside about the subject, set off by commas: a relative clause or a noun phrase in apposition.
ASIDE = re.compile(r"\s*(?:who|which|whose|the|a|an|one\s+of|its|his|her|their)\b", re.IGNORECASE)
# An aside with no article to open it: an age ("38", "aged 52"), a name ("Valeepoan"), a phrase naming, leading or
# counting the subject ("known as RESTORE", "led by the mayor", "among them a woman", "two of them pilots") or a
# participle ("speaking beside him").
BARE_ASIDE = re.compile(r"\s*(?:\d{1,3}|aged\s+\d{1,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                        r"|(?:among\s+them|known\s+as|led\s+by|[a-z]{2,}ing|(?:[\w\-]+\s+){1,3}of\s+them)\b.*)\s*")


def subject_aside(part: str) -> bool:
    """``part``, set off by commas right after the subject, is an aside about it, not the predicate."""
    return ASIDE.match(part) is not None or BARE_ASIDE.fullmatch(part) is not None
