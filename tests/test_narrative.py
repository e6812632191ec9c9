"""Narrative dating: ``narrate`` over short articles, ``tests/data/narrative.yml``.

Each sentence's ``Told`` is built as extraction builds it (``extract._told`` on the sentence's event frame),
so the cases also hold for what extraction tells narrative reading: whether a sentence reports something
done, points back, names a place, and which kind of action it reports.  The names a sentence uses are left
empty: narrative reading does not read them.

Besides every sentence's date, the tests check that the table exercises the code: every row of
``data/narrative.yml`` dates some sentence, and taking away any one step of narrative reading changes the
date of some sentence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefing.analyse.dates import best_date, find_dates
from briefing.analyse.dates import by_context as by_context_module
from briefing.analyse.dates import daytime as daytime_module
from briefing.analyse.dates import live as live_module
from briefing.analyse.dates import narrative as narrative_module
from briefing.analyse.dates import step_or_own as step_or_own_module
from briefing.analyse.dates import steps as steps_module
from briefing.analyse.dates import told_event as told_event_module
from briefing.analyse.dates import years as years_module
from briefing.analyse.dates.narrative import Told, narrate
from briefing.analyse.events.frames import read_frame
from briefing.analyse.extract import _told
from briefing.model import Article, Block, DateMention, Sentence

TABLE = Path(__file__).parent / "data" / "narrative.yml"
ORIGINS = {"own": "", "narrative": "narrative", "article": "article", "context": "context", "live": "live"}
TOLD_FIELDS = {"reports", "leans", "place", "family", "earlier", "plans", "recent", "telling"}
KINDS = {"paragraph", "title", "heading"}


@dataclasses.dataclass(frozen=True)
class Expected:
    """What the table says of a sentence's date."""

    phrase: str
    span: tuple[dt.date, dt.date] | None  # None: unresolved
    origin: str
    note: str = ""  # words the date's note contains

    def check(self, got: DateMention | None) -> None:
        assert got is not None, f"no date, expected {self}"
        assert (got.phrase, got.span if got.resolved else None, got.origin) == (self.phrase, self.span, self.origin)
        assert self.note in got.note


@dataclasses.dataclass(frozen=True)
class Line:
    text: str
    block: int
    kind: str
    date: Expected | None
    told: dict[str, Any]
    gap: str


@dataclasses.dataclass(frozen=True)
class Case:
    name: str
    about: str
    article: dt.date | None
    lines: tuple[Line, ...]
    dateline: bool = False  # the article opens with a dateline naming its day


def _span(value: object) -> tuple[dt.date, dt.date] | None:
    if value == "unresolved":
        return None
    if isinstance(value, dt.date):
        return (value, value)
    if isinstance(value, list) and len(value) == 2 and all(isinstance(d, dt.date) for d in value):
        return (value[0], value[1])
    raise ValueError(f"span must be a day, [first, last] or unresolved, not {value!r}")


def _expected(value: dict | None) -> Expected | None:
    if value is None:
        return None
    if set(value) - {"phrase", "span", "origin", "note"} or not {"phrase", "span", "origin"} <= set(value):
        raise ValueError(f"a date has phrase, span, origin and maybe note: {value!r}")
    return Expected(str(value["phrase"]), _span(value["span"]), ORIGINS[value["origin"]], value.get("note", ""))


def _line(case: str, raw: dict) -> Line:
    if "date" not in raw:
        raise ValueError(f"{case}: every sentence says its date (null for none): {raw.get('text')!r}")
    if set(raw) - {"text", "block", "kind", "date", "told", "gap"}:
        raise ValueError(f"{case}: unknown keys {sorted(set(raw) - {'text', 'block', 'kind', 'date', 'told', 'gap'})}")
    told = raw.get("told", {})
    if set(told) - TOLD_FIELDS:
        raise ValueError(f"{case}: told has only {sorted(TOLD_FIELDS)}")
    kind = raw.get("kind", "paragraph")
    if kind not in KINDS:
        raise ValueError(f"{case}: kind must be one of {sorted(KINDS)}")
    return Line(raw["text"], int(raw["block"]), kind, _expected(raw["date"]), told, raw.get("gap", ""))


def load_cases(path: Path = TABLE) -> list[Case]:
    cases = []
    for raw in yaml.safe_load(path.read_text(encoding="utf-8")):
        name = raw["case"]
        article = None if raw["article"] == "undated" else raw["article"]
        if article is not None and not isinstance(article, dt.date):
            raise ValueError(f"{name}: article is a date or undated")
        lines = tuple(_line(name, s) for s in raw["sentences"])
        blocks = [line.block for line in lines]
        if not lines or blocks != sorted(blocks):
            raise ValueError(f"{name}: sentences in article order, at least one")
        cases.append(Case(name, raw["about"], article, lines, bool(raw.get("dateline", False))))
    names = [c.name for c in cases]
    if len(names) != len(set(names)):
        raise ValueError("case names must be unique")
    return cases


CASES = load_cases()
BY_NAME = {c.name: c for c in CASES}


# --- the article, as the reader would give it -----------------------------------------------------------


def article_of(case: Case) -> Article:
    """The case as an Article: its blocks in order, a block number with no sentence an empty paragraph."""
    text, blocks = "", []
    for b in range(case.lines[-1].block + 1):
        mine = [line for line in case.lines if line.block == b]
        kinds = {line.kind for line in mine} or {"paragraph"}
        assert len(kinds) == 1, f"{case.name}: block {b} has sentences of kinds {sorted(kinds)}"
        if text:
            text += "\n\n"
        sentences = []
        for n, line in enumerate(mine):
            if n:
                text += " "
            sentences.append(Sentence(f"s{b}-{n}", line.text, len(text), len(text) + len(line.text), b))
            text += line.text
        blocks.append(Block(kinds.pop(), tuple(sentences)))
    return Article(case.name, f"{case.name}.txt", case.lines[0].text, case.article, "", "", text, tuple(blocks))


def told_of(case: Case) -> list[Told]:
    a = article_of(case)
    for s in a.sentences:
        assert a.text[s.start:s.end] == s.text
    return [_told(a, s, read_frame(s.text), []) for s in a.sentences]


@functools.cache
def narrated(name: str) -> tuple[DateMention | None, ...]:
    case = BY_NAME[name]
    return tuple(date for _, date in narrate(told_of(case), case.article, case.dateline))


def all_dates() -> list[DateMention | None]:
    """Every sentence's date, narrated afresh (no cache: for the tests that change the code)."""
    return [date for case in CASES for _, date in narrate(told_of(case), case.article, case.dateline)]


# --- the table ---------------------------------------------------------------------------------------------


def _items() -> list[Any]:
    items = []
    for case in CASES:
        for i, line in enumerate(case.lines):
            marks = [pytest.mark.xfail(strict=True, reason=line.gap)] if line.gap else []
            items.append(pytest.param(case.name, i, marks=marks, id=f"{case.name}[{i}]"))
    return items


@pytest.mark.parametrize(("name", "index"), _items())
def test_sentence_date(name: str, index: int) -> None:
    expected = BY_NAME[name].lines[index].date
    got = narrated(name)[index]
    if expected is None:
        assert got is None, f"expected no date, got {got}"
    else:
        expected.check(got)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_what_the_case_relies_on(case: Case) -> None:
    """The ``told`` of the table is what extraction tells narrative reading, and headlines are labels."""
    for line, told in zip(case.lines, told_of(case)):
        assert told.text == line.text
        assert told.label == (line.kind != "paragraph")
        for field, value in line.told.items():
            assert getattr(told, field) == value, f"{line.text!r}: {field} is {getattr(told, field)!r}"


# --- the table exercises the code --------------------------------------------------------------------------


def test_every_narrative_row_dates_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every row of data/narrative.yml is the step of some sentence's date (like test_dates.py's rules)."""
    steps = steps_module.steps()
    used: set[int] = set()
    real = steps_module._step

    def spy(spec: dict, m: Any, anchor: DateMention) -> Any:
        used.add(next(i for i, s in enumerate(steps) if s.spec is spec))
        return real(spec, m, anchor)

    def spy_within(spec: dict, m: Any) -> Any:
        used.add(next(i for i, s in enumerate(steps) if s.spec is spec))
        return real_within(spec, m)

    real_within = steps_module._within
    monkeypatch.setattr(steps_module, "_step", spy)
    monkeypatch.setattr(steps_module, "_within", spy_within)
    all_dates()
    missing = [steps[i].spec["pattern"] for i in range(len(steps)) if i not in used]
    assert not missing, f"rows of data/narrative.yml no case uses: {missing}"


def test_every_origin_is_given() -> None:
    assert {d.origin for d in all_dates() if d is not None} == set(ORIGINS.values())


def _own_date_without_its_rules(mentions: list[DateMention], t: Told) -> DateMention | None:
    return best_date(mentions, t.text)


ABLATIONS: dict[str, tuple[str, object]] = {
    # what narrative reading does -> (the attribute of narrative.py, or of another module, replaced, by what)
    "bare weekdays": ("with_bare_weekdays", lambda text, mentions, article_date: mentions),
    "the article's own year": ("with_own_year", lambda text, mentions, found, own, here: mentions),
    "only a full date before gives its year": ("years.found_before", lambda found, m, here: True),
    "a line that is a year heads the days under it": ("in_heading_year", lambda text, m, heading: None),
    "a day named in full opens the narrative's week": ("in_week", lambda m, week, article_date: m),
    "a step back in the past perfect is an aside": ("_step_back", lambda t, date, anchor: False),
    "an event named as told before is counted from": ("told_event", lambda told, dates, i, found: None),
    "an event's day may stand in its name": ("told_event._names_day_of", lambda text, m, noun: False),
    "... or right after the verb that told it": ("told_event._verb_day", lambda text, end, phrases: None),
    "a later month leaves no day to count from": ("_moved_on", lambda date, anchor: False),
    "a day in a thing's name is no day the narrative named": ("names_a_noun", lambda text, m: False),
    "... nor a day in a clause describing a noun": ("describes_a_noun", lambda text, m: False),
    "... not for a step in a clause on something else": ("told_event.OPEN_PARTICIPLE", re.compile(r"(?!)")),
    "an undated 'yesterday' wins, a report's date is not its action's": ("_own_date", _own_date_without_its_rules),
    "a lead just done takes the article's day": ("just_done",
                                                 lambda told, found, dates, article_date, dateline=False: dates),
    "a lead after a dateline naming its day takes that day": (
        "just_done", lambda told, found, dates, article_date, dateline=False: live_module.just_done(
            told, found, dates, article_date)),
    "counting from the narrative": ("counted", lambda text, anchor, named=None, broad=None, first=False,
                                    event=None, phrases=(): None),
    "a timeline's entry lends its day to the paragraphs under it": ("by_context.entry_above",
                                                                     lambda told, dates, i, reach: None),
    "the days of one list are one span": ("joined", lambda text, mentions: mentions),
    "an occasion lasts the days its sentence gives": ("lasting", lambda text, date: date),
    "a time of day goes on in the narrative's day": ("daytime.at_time_of_day", lambda text, anchor, clock: None),
    "a time of day half a day before the last is past midnight": ("daytime.HALF_DAY", 10**6),
    "a day something was told lends no time of day": ("daytime.names_a_report", lambda text, m: False),
    "'in recent months' is back in the article's time": ("BACK_TO_NOW", re.compile("(?!)")),
    "a step after an event counts from the day its words give it": ("steps._dated_object",
                                                                    lambda text, after, phrases: None),
    "before any date, a step back counts from the article's": ("told_on", lambda article_date: None),
    "an event named as told before takes its date": ("by_context._referent", lambda told, dates, i: None),
    "a year anchors a step of years": ("steps.UNIT_WIDTH", {}),
    "looking back past undated sentences": ("by_context.LOOK_BACK", 1),
    "a plan told keeps the day it was told": ("future_after", lambda text, end: False),
    "a live entry is of its page's day": ("live_entries", lambda told, found, dates, article_date: dates),
    "the same day is the last day named": ("_last_named", lambda text, mentions, date, anchor=None: None),
    "attachment": ("attached", lambda text, m: True),
    "dating by context": ("by_context", lambda told, found, attached_to, dates, article_date=None: dates),
    "a headline's lead": ("by_context._lead_of", lambda told, dates, i: None),
    "a month anchors nothing": ("FINE", dt.timedelta(days=400)),
    "a week anchors": ("FINE", dt.timedelta(days=0)),
    "a year lends nothing": ("by_context.CONTEXT_WIDEST", dt.timedelta(days=400)),
    "a month lends": ("by_context.CONTEXT_WIDEST", dt.timedelta(days=29)),
    "a subheading after the long past starts afresh": ("long_past", lambda d, article_date: False),
    "a day named inside a counted span is finer": ("finer", lambda step, own: step or own),
    "a step right before a weekday is counted": ("step_or_own._step_names_weekday", lambda text, date: False),
    "a weekday corrects the day a step counts to": ("step_or_own._on_weekday", lambda step, own: step),
    "the same day is not a day of an aside after the sentence's own": ("_describes_after", lambda text, m, date: False),
    "a live entry reporting a statement made now": ("live.SAYING_NOW", re.compile("(?!)")),
    "a live entry's statement of a day to come": ("live._says_what_is_to_come",
                                                  lambda text, body, date, article_date: False),
    "a live entry starts afresh": ("by_context.CLOCK", re.compile("(?!)")),
    "a live entry's stamped weekday is the one nearest the page's date": ("stamped", lambda text, m, article_date: m),
}


@pytest.mark.parametrize("what", ABLATIONS)
def test_taking_a_step_away_changes_a_date(what: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each step of narrative reading decides at least one sentence of the table."""
    before = all_dates()
    attribute, replacement = ABLATIONS[what]
    prefix, _, name = attribute.rpartition(".")
    module = {"steps": steps_module, "years": years_module, "live": live_module, "daytime": daytime_module,
              "by_context": by_context_module,
              "step_or_own": step_or_own_module, "told_event": told_event_module}.get(prefix, narrative_module)
    attribute = name
    assert hasattr(module, attribute)
    monkeypatch.setattr(module, attribute, replacement)
    assert all_dates() != before, f"no case depends on {what} ({attribute})"


# --- the loader --------------------------------------------------------------------------------------------


def _load(tmp_path: Path, text: str) -> Callable[[], list[Case]]:
    path = tmp_path / "narrative.yml"
    path.write_text(text, encoding="utf-8")
    return lambda: load_cases(path)


def test_loader_wants_every_sentence_dated(tmp_path: Path) -> None:
    load = _load(tmp_path, "- {case: a, about: b, article: 2024-09-14, sentences: [{text: x, block: 1}]}\n")
    with pytest.raises(ValueError, match="every sentence says its date"):
        load()


def test_loader_rejects_a_bad_span(tmp_path: Path) -> None:
    load = _load(tmp_path, "- {case: a, about: b, article: undated, sentences: [{text: x, block: 1, "
                           "date: {phrase: x, span: soon, origin: own}}]}\n")
    with pytest.raises(ValueError, match="span must be"):
        load()


@pytest.mark.parametrize(("text", "phrases"), [
    ("The light came on during three flights, on Dec. 7, Jan. 3 and Jan. 4.", ["on Dec. 7, Jan. 3 and Jan. 4"]),
    # a weekday and its date are one day told twice, however the weekday alone was read
    ("The bank reopened on Monday morning, March 11, 2024.", ["on Monday morning", "March 11, 2024"]),
    ("The minister arrived on 5 August and left on 7 August.", ["on 5 August", "on 7 August"]),
])
def test_the_days_of_one_list_are_joined(text: str, phrases: list[str]) -> None:
    assert [m.phrase for m in daytime_module.joined(text, find_dates(text, dt.date(2024, 8, 12)))] == phrases


def test_an_occasion_is_told_apart_by_its_first_day() -> None:
    """A visit dated to its two days still clusters by the day it starts on: the talks of its second day are
    another event, not a report of the visit because their day falls inside it."""
    from briefing.curate.cluster import _span
    text = "Blinken arrived on Sunday for a two-day visit."
    visit = daytime_module.lasting(text, find_dates(text, dt.date(2023, 6, 19))[0])
    assert visit is not None and visit.span == (dt.date(2023, 6, 18), dt.date(2023, 6, 19))
    assert _span(visit) == daytime_module.first_day(visit) == (dt.date(2023, 6, 18), dt.date(2023, 6, 18))
    day = find_dates("They met on Monday.", dt.date(2023, 6, 19))[0]
    assert _span(day) == day.span



SPEAKER_CASE = """
- case: a-speaker-named-before-goes-on
  about: "a saying told in the past by the subject the sentence before named is dated by it, whatever it says"
  article: 2023-12-20
  sentences:
    - text: "The state's two senators, Bob Casey and John Fetterman, attacked the deal on Monday."
      block: 1
      date: {phrase: on Monday, span: 2023-12-18, origin: own}
    - text: "Fetterman, who lives near the plant, said he would do everything he could to stop it."
      block: 1
      date: {phrase: on Monday, span: 2023-12-18, origin: context}
    - text: "Nothing had been agreed about the plant, Casey said."
      block: 2
      date: null
"""


def test_a_saying_by_a_speaker_named_before_takes_its_day(tmp_path: Path) -> None:
    # The people of each sentence come from the name finder in production; here, each capitalised surname.
    case = _load(tmp_path, SPEAKER_CASE)()[0]
    a = article_of(case)
    told = [dataclasses.replace(t, people=frozenset(w.lower() for w in re.findall(r"\b(?:Casey|Fetterman)\b", t.text)))
            for t in told_of(case)]
    assert [s.text for s in a.sentences] == [line.text for line in case.lines]
    for line, (_, date) in zip(case.lines, narrate(told, case.article)):
        if line.date is None:
            assert date is None, line.text
        else:
            assert date is not None and date.phrase == line.date.phrase and date.span == line.date.span \
                and date.origin == line.date.origin, line.text
