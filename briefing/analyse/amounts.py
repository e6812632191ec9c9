"""The sums of money and the shares a sentence states ("$1.5 million", "45 billion yuan", "35.3%").

What makes a figure an amount (currency signs, codes and names, scale words,
"percent") is data (``data/amounts.yml``). A figure with none of them ("221
votes", "24 horses", "2024") is no amount.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data" / "amounts.yml"
NUMBER = r"\d+(?:[.,]\d+)*"


@functools.cache
def amount_pattern() -> re.Pattern[str]:
    """One pattern for every amount, read once from the data file."""
    table = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    symbols = "|".join(re.escape(s) for s in table["symbols"])
    codes = _alternation(table["codes"])
    words = _alternation(table["words"])
    scale = rf"(?:\s?(?:{_alternation(table['scales'])})(?![\w]))?"
    percent = _alternation(table["percent"])
    forms = [
        rf"(?:\b[A-Z]{{1,2}})?(?:{symbols})\s?{NUMBER}{scale}",  # "$1.5 million", "US$ 3bn"
        rf"\b(?:{codes})\s?{NUMBER}{scale}",  # "USD 10 million"
        rf"(?<![\w.,]){NUMBER}{scale}\s(?:{codes}|{words})\b",  # "45 billion yuan", "10 million EUR"
        rf"(?<![\w.,]){NUMBER}\s?(?:%|(?:{percent})\b)",  # "35.3%", "10 percent"
    ]
    return re.compile("|".join(f"(?:{f})" for f in forms))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


def amounts(text: str) -> list[str]:
    """Every amount the text states, verbatim, in order, each distinct wording once."""
    return list(dict.fromkeys(m.group().strip() for m in amount_pattern().finditer(text)))
