"""Datelines: the place, outlet and date a news report opens with, kept as metadata rather than as text.

Wire copy and most newspapers open the first paragraph with a dateline:

    BALTIMORE (AP) — ...                     WASHINGTON, Oct 25 (Reuters) - ...
    BALTIMORE, Md. — ...                     BALTIMORE, MD (CBS NEWS) — ...
    BERLIN/WARSAW, Aug 14 (Reuters) - ...    (two places, one report)
    KARUIZAWA, Japan/KHARTOUM, April 18 (Reuters) - ...   (the first place with its country)
    CAPE CANAVERAL, Fla., Sept 13 (Reuters) - ...
    MOSCOW, October 18. /TASS/. ...          Beijing, June 20 (Xinhua) -- ...
    BEIJING. Dec 5 (Interfax) - ...          NEW DELHI: ...      (CNN) — ...
    March 26, 2024 -- ...                    (a full date alone, with its year)
    Bern, 08.01.2026 - ...                   (a press office's place and full date, no outlet)

Read as text, a dateline becomes a one-word sentence ("BEIJING.") or opens a
statement. :func:`find_dateline` recognises one at the start of a paragraph:
a place in capitals (or a capitalised place with the outlet named after it, or
with a full date), optionally its region, a month and day and the outlet in brackets or slashes,
then a dash, a colon or TASS's full stop, and a capitalised word after it.
Capital words that are labels rather than places ("BREAKING:", "UPDATE —")
are listed in ``data/datelines.txt``.
"""

from __future__ import annotations

import re

from ..model import Dateline
from .wordlists import data_lines

_LABELS = frozenset(data_lines("datelines.txt"))

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # with the accented letters of Latin-1 (VALPARAÍSO, Bogotá, ZÜRICH)
_CAPS_WORD = rf"[{_UP}][{_UP}'’.\-]*[{_UP}.]"  # BALTIMORE, ST., NEW, O'HARE
_TITLE_WORD = rf"[{_UP}][{_LOW}'’\-]+"  # Beijing, Paris
_REGION = rf"[{_UP}][{_UP}{_LOW}.'’\-]*(?:[ ][{_UP}][{_UP}{_LOW}.'’\-]*){{0,2}}"  # Md., MD, Texas, South Korea, D.C.
_DASH = r"(?:—|–|--?)"


def _day_month(named: bool = False) -> str:
    """A dateline's date: "Oct 25", "March 26, 2024", or the day first as British, South Asian and Gulf outlets
    write it ("12 March 2025"); with ``named``, its parts as groups, to read them back (``date_parts``)."""
    def g(name: str) -> str:
        return f"?P<{name}>" if named else "?:"
    return (rf"(?:({g('m1')}{_MONTH})[ ]({g('d1')}\d{{1,2}})(?:,[ ]({g('y1')}\d{{4}}))?"
            rf"|({g('d2')}\d{{1,2}})[ ]({g('m2')}{_MONTH})(?:[ ]({g('y2')}\d{{4}}))?)")


_DAY_MONTH = _day_month()
_DATE_PARTS = re.compile(_day_month(named=True))
_YEAR = re.compile(r"\d{4}")

# a day written in figures, as European government press offices date a release ("Bern, 08.01.2026 - ...")
_NUMERIC_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}"
# the second of two places after the first one's region: "KARUIZAWA, Japan/KHARTOUM"
_SECOND_PLACE = rf"(?:,[ ]{_REGION}/{_CAPS_WORD}(?:[ \-]{_CAPS_WORD}){{0,2}})"

_DATELINE = re.compile(
    rf"""
    (?:
        (?P<place>(?P<caps>{_CAPS_WORD}(?:[ \-/]{_CAPS_WORD}){{0,3}}{_SECOND_PLACE}?)
                 |(?P<titled>{_TITLE_WORD}(?:[ \-/]{_TITLE_WORD}){{0,2}}))
        (?P<region>(?:,[ ]{_REGION}){{0,2}}?)
        (?:[,.][ ](?P<date>{_DAY_MONTH}|{_NUMERIC_DATE})\.?)?
      |(?P<lone>{_DAY_MONTH})
    )?
    (?:[ ]?\((?P<outlet>[A-Za-z0-9][^()\n]{{0,38}})\)|[ ]?/(?P<slashed>[A-Za-z][A-Za-z \-]{{0,28}})/\.)?
    (?P<sep>\.?[ ]?{_DASH}[ ]|(?<=\))(?:--|—)(?=[A-Z])|:[ ]|(?<=/\.)[ ])
    """,
    re.VERBOSE,
)
_MAX_DATELINE = 120
# What follows a dateline: a sentence, opening with a capital, a digit or a quote.
_SENTENCE_START = re.compile(r"\s*[\"“‘'(]?[A-Z0-9]")


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline at ``text[start:end]``'s start (offsets into ``text``), or None."""
    window = text[start:min(end, start + _MAX_DATELINE + 40)]
    flat = window.replace("\n", " ")  # a hard-wrapped dateline reads the same; offsets are unchanged
    match = _DATELINE.match(flat)
    if match is None or not _is_dateline(match):
        return None
    rest = _SENTENCE_START.match(flat, match.end())
    if rest is None or match.end() > _MAX_DATELINE:
        return None
    place = (match.group("place") or "") + (match.group("region") or "")
    outlet = match.group("outlet") or match.group("slashed") or ""
    shown = window[:match.end()].rstrip()
    return Dateline(text=shown, start=start, end=start + len(shown), place=place.strip(), outlet=outlet.strip(),
                    date=match.group("date") or match.group("lone") or "")


def _is_dateline(match: re.Match[str]) -> bool:
    """The match's parts make a dateline: a place in capitals or a named outlet, and a separator."""
    caps, titled, sep = match.group("caps"), match.group("titled"), match.group("sep").strip()
    outlet = match.group("outlet") or match.group("slashed")
    if match.group("slashed"):
        return bool(caps or titled)  # "PYONGYANG, October 18. /TASS/." ends with its own full stop
    if not sep:
        return False  # a dash or colon must close it
    if caps:
        letters = sum(ch.isalpha() for ch in caps)
        if letters < 3 or caps.strip(". ") in _LABELS:
            return False
        # "NEW DELHI: ..." bare, or with a full date as a press office writes it ("RAWALPINDI, 12 March 2025: ...")
        return sep != ":" or not (outlet or (match.group("date") and not _YEAR.search(match.group("date"))))
    if titled:  # "Beijing, June 20 (Xinhua) --", "Paris (AFP) -", a press office's "Bern, 08.01.2026 - "
        return (bool(outlet) or _YEAR.search(match.group("date") or "") is not None) and sep != ":"
    if match.group("lone"):
        # "Aug 5 (Reuters) -": a wire story filed with no place; "March 26, 2024 -- The head of ...": a full date
        # with its year before the lead, as UPI writes it
        return (bool(outlet) or _YEAR.search(match.group("lone")) is not None) and sep != ":"
    return bool(outlet) and sep != ":" and not match.group("region")  # "(CNN) —"


def date_parts(date: str) -> tuple[str, int, int | None] | None:
    """The month as written, the day and the year (None when not given) of a dateline's date, as ``find_dateline``
    keeps it; None for anything else."""
    m = _DATE_PARTS.fullmatch(date.strip())
    if m is None:
        return None
    year = m["y1"] or m["y2"]
    return m["m1"] or m["m2"], int(m["d1"] or m["d2"]), int(year) if year else None
