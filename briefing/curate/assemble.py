"""An event from a cluster of reports: the sentence shown, every citation, the date, and the fields the
sentences give (where, who, what), as their own words give them.

Every field is read off the sentences: a place or an object is a slice of
one of them, a participant a name the curation file or the People page gives
to someone a sentence names. A field no sentence fills stays empty.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..analyse.dates import best_date, find_dates, format_date
from ..analyse.tokens import leans_on_context
from ..analyse.tokens import points_back as leans
from ..model import Citation, ContextInsert, DateMention, Event, Participant, Statement, fold, is_resolved

PRONOUN = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their)\b", re.IGNORECASE)
LEADING_PRONOUN = re.compile(r"^\W*(He|She|They|The two leaders|The two men|Both leaders)\b")
# A stretch of days its words name by both ends ("from Oct. 9 to 15", "on Dec. 7 and Jan. 3"), at most a month
# long, places an event as exactly as a day does.
STRETCH = dt.timedelta(days=31)
NAMED_ENDS = re.compile(r"\w\s*[-–—]\s*\w|\s(?:to|until|till|through|and)\s", re.IGNORECASE)
# How directly a date comes from a sentence's own words: a phrase of its own ("on Tuesday") over one counted
# along the article's narrative ("the next day"), over one lent by the sentence before.
DIRECTNESS = {"": 3, "article": 3, "copy": 3, "corroboration": 2, "narrative": 1, "reports": 1, "live": 1,
              "context": 0}
# Actions whose object is worth a column of its own: what was given, signed, imposed, filed.
OBJECT_ACTIONS = frozenset("gift receive_gift deliver sign ratify submit impose lift sue settle fund "
                           "investigate".split())


@dataclass(frozen=True)
class Setting:
    """What making an event needs besides its reports: the story as curation knows it."""

    origin: dict[str, str]  # article id -> the article it copies
    names: dict[str, str]  # person or party key -> the name the pages give it


def make_event(section: str, cluster: list[Statement], tokens: list[frozenset[str]], setting: Setting) -> Event:
    """The event of one cluster; ``tokens`` are its statements' token sets."""
    dates = borrowed_dates(cluster)
    citations = {id(st): st.citation(date) for st, date in zip(cluster, dates)}
    shown = max(zip(cluster, tokens), key=_standalone_score)[0]
    ordered = tuple(citations[id(st)] for st in sorted(cluster, key=lambda s: (s.article, s.order)))
    dating = _dating_citation(citations[id(shown)], ordered, setting.origin)
    return Event(
        id=f"{section}-{shown.sentence.id.removeprefix('s-')}",
        section=section,
        text=fold(shown.sentence.text),
        citations=ordered,
        date=dating,
        independent=len({setting.origin.get(c.source, c.source) for c in ordered}),
        action=shown.frame.action if shown.frame and not shown.frame.oblique else "",
        place=_place(shown, cluster),
        participants=_participants(cluster, setting.names),
        object=_object(shown),
        context=context_insert(shown),
    )


def borrowed_dates(cluster: list[Statement]) -> list[DateMention | None]:
    """Each statement's date, an undated article's relative date resolved against a corroborating article's.

    "In mid-July" in an undated article, reporting the same fact as "In July
    of this year" in an article of 14 September 2024, is mid-July 2024. The
    result is kept only when it agrees with the corroborating date, and its
    note says where the year came from, so it is never a silent guess.
    """
    anchors = [s for s in cluster if is_resolved(s.date)]
    if not anchors:
        return [s.date for s in cluster]
    anchor = min(anchors, key=lambda a: (a.date.end_date - a.date.start_date, a.article))  # type: ignore[union-attr,operator]
    return [_borrowed(st, anchor.date) if st.date and not st.date.resolved else st.date  # type: ignore[arg-type]
            for st in cluster]


def _borrowed(st: Statement, anchor: DateMention) -> DateMention | None:
    """The statement's unresolved date read again against the anchor's end; its own date if that does not agree.
    A weekday agrees only with an anchor under a week wide, which holds it once: "on Tuesday" against "last
    December" could be any of four Tuesdays."""
    assert st.date is not None and anchor.start_date is not None and anchor.end_date is not None
    again = best_date(find_dates(st.sentence.text, anchor.end_date), st.sentence.text)
    if again and again.resolved and again.phrase == st.date.phrase \
            and again.start_date <= anchor.end_date and anchor.start_date <= again.end_date \
            and (again.precision != "weekday" or (anchor.end_date - anchor.start_date).days < 7):  # type: ignore[operator]
        return dataclasses.replace(again, note=f"year from the corroborating report ‘{anchor.phrase}’")
    return st.date


def _dating_citation(shown: Citation, citations: tuple[Citation, ...], origin: dict[str, str]) -> Citation | None:
    """The date most sources give, at the finest precision any gives; else the shown one's, if any.

    Reports of one event may date it a day apart (time zones, "late Tuesday"
    against "early Wednesday"); the date the most independent sources give
    wins over a lone report, then a day over a stretch holding as many,
    then the one a sentence's own words give over one counted along the
    narrative, the shown one's and the earlier citation on ties. A date lent by the
    sentence before (``origin`` "context") counts only where no sentence dates
    the event in its own words.
    """
    resolved = [c for c in citations if is_resolved(c.date)]
    own = [c for c in resolved if c.date.origin != "context"]  # type: ignore[union-attr]
    resolved = own or resolved
    if not resolved:
        return shown if shown.date else next((c for c in citations if c.date), None)
    finest = min(_width(c.date) for c in resolved)  # type: ignore[arg-type]
    fine = [c for c in resolved if _width(c.date) == finest]  # type: ignore[arg-type]
    backers: dict[tuple, set[str]] = {}
    for c in fine:
        backers.setdefault(c.date.span, set()).add(origin.get(c.source, c.source))  # type: ignore[union-attr]
    best = max(fine, key=lambda c: (*_weight(c, backers), c == shown, -citations.index(c)))
    weight: dict[tuple, tuple[int, int, int]] = {}  # a date -> (sources, narrowness, its best words' directness)
    for c in fine:
        span = c.date.span  # type: ignore[union-attr]
        weight[span] = max(weight.get(span, (0, 0, 0)), _weight(c, backers))
    ranked = sorted(weight.values(), reverse=True)
    return best if len(ranked) == 1 or ranked[0] > ranked[1] else _covering(best, fine)


def _weight(c: Citation, backers: dict[tuple, set[str]]) -> tuple[int, int, int]:
    """How strongly ``c`` dates the event: by its date's sources, then a day over a stretch holding as many (a
    report of its first day is the finer), then by how directly its words give the date."""
    date: DateMention = c.date  # type: ignore[assignment]
    return len(backers[date.span]), -(date.end_date - date.start_date).days, DIRECTNESS.get(date.origin, 0)  # type: ignore[operator]


def _width(date: DateMention) -> dt.timedelta:
    """How loosely ``date`` places the event: a stretch whose first and last days the words name ("from Oct. 9 to
    15") places it as exactly as a day, so the reports giving that stretch are weighed against a report of its
    first day, not set aside for it. A rolling span ("over the past week") and a stretch of years do not."""
    width = date.end_date - date.start_date  # type: ignore[operator]
    if date.precision == "range" and date.origin != "reports" and width <= STRETCH and NAMED_ENDS.search(date.phrase):
        return dt.timedelta(0)
    return width


def _covering(best: Citation, fine: list[Citation]) -> Citation:
    """``best`` dated by the span all the reports' dates cover, when they put the event on different days.

    The reports of a two-day visit date its arrival and its talks a day
    apart, and a report filed across a time zone may date one moment a day
    off; picking one of their days would be wrong as often as right, while
    the span they cover holds the truth either way. The note names each date
    and its words, so the reader sees the disagreement.
    """
    first: dict[tuple, DateMention] = {}  # each date, in calendar order -> the first report's words for it
    for c in sorted(fine, key=lambda c: c.date.span):  # type: ignore[union-attr]
        first.setdefault(c.date.span, c.date)  # type: ignore[union-attr,arg-type]
    told = ", ".join(f"‘{d.phrase}’" if d.phrase else format_date(d) for d in first.values())
    date = DateMention("", 0, 0, "range", min(s for s, _ in first), max(e for _, e in first),
                       best.date.relative, f"the reports differ: {told}", origin="reports")  # type: ignore[union-attr]
    return dataclasses.replace(best, date=date)


def _standalone_score(entry: tuple[Statement, frozenset[str]]) -> tuple[int, int, int, int, int, int]:
    """Prefer the sentence that reads best alone: running text over a headline; named, specific, not leaning
    on the one before."""
    st, tokens = entry
    text = st.sentence.text
    named = sum(1 for t in tokens if t.startswith("@"))
    numbers = len(re.findall(r"\d", text))
    return (0 if st.label else 1, 0 if leans_on_context(text) else 1, -len(PRONOUN.findall(text)),
            named + min(numbers, 2), -st.article, -st.order)


def _place(shown: Statement, cluster: list[Statement]) -> str:
    """The place the shown sentence names, else the first one another report names."""
    for st in (shown, *cluster):
        place = st.frame.place if st.frame is not None else None
        if place is not None and not any(m.start < place.end and place.start < m.end for m in st.mentions):
            return st.sentence.text[place.start:place.end]  # a person is not a place ("to President Hart")
    return ""


def _participants(cluster: list[Statement], names: dict[str, str]) -> tuple[Participant, ...]:
    """Everyone the reports name, in order of first mention, each with the role most reports give them."""
    roles: dict[str, Counter[str]] = {}
    for st in cluster:
        for key, role in st.participants:
            roles.setdefault(key, Counter())[role] += 1
    out = []
    for key, counted in roles.items():
        if key not in names:
            continue
        given = [(n, r) for r, n in counted.items() if r]
        role = max(given, key=lambda nr: (nr[0], nr[1]))[1] if given else ""
        out.append(Participant(key, names[key], role))
    return tuple(out)


def _object(st: Statement) -> str:
    """What the shown sentence's action is done to or with, in its own words ("an Aurus car", "the treaty")."""
    frame = st.frame
    if frame is None or frame.oblique or frame.action not in OBJECT_ACTIONS:
        return ""
    text = st.sentence.text
    withs = [region for word, region in frame.prepositions if word == "with"]
    start, end = (withs[0].start, withs[0].end) if withs and frame.action == "gift" else (frame.object.start,
                                                                                            frame.object.end)
    stops = [region.start - len(word) - 1 for word, region in frame.prepositions if region.start > start]
    end = min([end, *stops])
    for key_start, key_end in _named_spans(st):
        if start <= key_start and key_start - start <= 2:
            start = key_end  # "gave Hart a bowl": the receiver before the thing
    phrase = text[start:end].strip(" ,;:")
    return phrase if 0 < len(phrase.split()) <= 12 else ""


def _named_spans(st: Statement) -> list[tuple[int, int]]:
    return sorted((m.start, m.end) for m in st.mentions)


def context_insert(st: Statement) -> ContextInsert | None:
    """For a sentence that leans on the one before it: the person it means, or that sentence shown beside it.

    "He pledged ..." after a sentence naming one person becomes "[Daniel
    Hart] pledged ..."; "They ..." after one naming two, "[Hart and
    Quiroga] ...". Anything less sure shows the sentence before instead.
    """
    text = st.sentence.text
    if not leans_on_context(text) and not leans(text):
        return None
    lead = LEADING_PRONOUN.match(text)
    people = list(dict(st.context).values()) if st.context else []
    if lead and st.context_from is not None and people:
        single = lead.group(1).lower() in ("he", "she")
        if (single and len(people) == 1) or (not single and len(people) >= 2):
            insert = people[0] if single else " and ".join(people[:2])
            return ContextInsert(Citation(st.source, st.context_from.id, st.context_from.text), lead.group(1), insert)
    if st.before is not None:
        return ContextInsert(Citation(st.source, st.before.id, st.before.text))
    return None
