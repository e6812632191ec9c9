"""The quotes list: every quoted passage with its speaker, as the sentence gives them."""

from __future__ import annotations

from ..model import Citation, QuoteRecord, Statement


def collect_quotes(statements: list[Statement], cited: dict[tuple[str, str], Citation]) -> list[QuoteRecord]:
    """Each quotation of each statement, citing the statement as its item does (``cited``, by article and sentence)."""
    out = []
    for st in statements:
        for q in st.quotes:
            person = next((m.person for m in st.mentions if q.speaker and m.text in q.speaker), "")
            out.append(QuoteRecord(q.text, q.speaker, person, cited[(st.source, st.sentence.id)]))
    return out
