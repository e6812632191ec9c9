"""Date expressions in news sentences: finding, resolving, choosing and labelling them.

The phrase -> interval cases are a table, ``tests/data/dates.tsv``: for each sentence and article date,
every mention ``find_dates`` returns, in order, with its precision, interval, note and label.
"""

from __future__ import annotations

import csv
import dataclasses
from datetime import date
from pathlib import Path

import pytest

from briefing.analyse.dates import (
    NOTE_AMBIGUOUS,
    NOTE_EVENT,
    NOTE_INVALID,
    NOTE_NO_YEAR,
    NOTE_OPEN,
    NOTE_UNDATED,
    DateMention,
    best_date,
    find_dates,
    format_date,
)
from briefing.analyse.dates import find as find_module
from briefing.analyse.dates.clock import minutes
from briefing.analyse.dates.context import Ctx, Hit
from briefing.analyse.dates.rules import RULES, Rule

TABLE = Path(__file__).parent / "data" / "dates.tsv"
NOTES = {
    "-": "",
    "undated": NOTE_UNDATED,
    "no-year": NOTE_NO_YEAR,
    "event": NOTE_EVENT,
    "invalid": NOTE_INVALID,
    "open": NOTE_OPEN,
    "ambiguous": NOTE_AMBIGUOUS,
}
COLUMNS = ["sentence", "article", "phrase", "precision", "start", "end", "relative", "note", "label"]

SEP14 = date(2024, 9, 14)  # a Saturday, the date of the Shoigu articles
SEP13 = date(2024, 9, 13)  # a Friday


@dataclasses.dataclass(frozen=True)
class Seen:
    """What the table says of one mention (and what the code is checked to give)."""

    phrase: str
    precision: str
    start: date | None
    end: date | None
    relative: bool
    note: str
    label: str


@dataclasses.dataclass(frozen=True)
class Case:
    line: int  # of its first row in the table
    sentence: str
    article: date | None
    mentions: tuple[Seen, ...]


def _day(cell: str) -> date | None:
    return None if cell in ("-", "undated") else date.fromisoformat(cell)


def _seen(row: dict[str, str]) -> Seen:
    if row["relative"] not in ("yes", "no"):
        raise ValueError(f"relative must be yes or no, not {row['relative']!r}")
    return Seen(
        row["phrase"],
        row["precision"],
        _day(row["start"]),
        _day(row["end"]),
        row["relative"] == "yes",
        NOTES[row["note"]],
        row["label"],
    )


def load_cases(path: Path = TABLE) -> list[Case]:
    """The table's rows grouped by sentence and article date; a row with phrase "-" means no mention."""
    cases: dict[tuple[str, date | None], Case] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    data = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    header, *rows = data
    assert header[1].split("\t") == COLUMNS, f"{path.name}:{header[0]}: unexpected header"
    last = None
    for n, line in rows:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        assert len(cells) == len(COLUMNS), f"{path.name}:{n}: {len(cells)} columns"
        row = dict(zip(COLUMNS, cells))
        key = (row["sentence"], _day(row["article"]))
        if key != last:
            assert key not in cases, f"{path.name}:{n}: a sentence's rows for one article date must be together"
            cases[key] = Case(n, key[0], key[1], ())
        last = key
        case = cases[key]
        if row["phrase"] == "-":
            assert case.line == n, f"{path.name}:{n}: a row without a phrase must be the sentence's only row"
        else:
            assert not (case.mentions == () and case.line != n), f"{path.name}:{n}: follows a row without a phrase"
            cases[key] = dataclasses.replace(case, mentions=(*case.mentions, _seen(row)))
    return list(cases.values())


CASES = load_cases()


def seen(m: DateMention) -> Seen:
    return Seen(m.phrase, m.precision, m.start_date, m.end_date, m.relative, m.note, format_date(m))


# --------------------------------------------------------------------------- the table


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"dates.tsv:{c.line}")
def test_table(case: Case) -> None:
    found = find_dates(case.sentence, case.article)
    assert [seen(m) for m in found] == list(case.mentions)
    for m in found:
        assert case.sentence[m.start : m.end] == m.phrase


def test_the_table_has_a_case_for_every_rule_and_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule counts when one of the mentions it makes survives the overlaps."""
    made: dict[int, str] = {}

    def spy(rule: Rule) -> Rule:
        def handler(m: Hit, ctx: Ctx) -> DateMention | None:
            mention = rule.handler(m, ctx)
            if mention is not None:
                made[id(mention)] = rule.name
            return mention

        return dataclasses.replace(rule, handler=handler)

    monkeypatch.setattr(find_module, "RULES", tuple(spy(rule) for rule in RULES))
    used = {made[id(m)] for case in CASES for m in find_dates(case.sentence, case.article)}
    assert used == {rule.name for rule in RULES}
    assert {m.note for case in CASES for m in case.mentions} == set(NOTES.values())


def test_loader_rejects_a_short_row(tmp_path: Path) -> None:
    table = tmp_path / "dates.tsv"
    table.write_text("\t".join(COLUMNS) + "\nIn June.\t2024-09-14\tIn June\tmonth\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="4 columns"):
        load_cases(table)


# --------------------------------------------------------------------------- best_date

BEST = [
    # (sentence, article, pass the sentence, phrase of the best mention or None, its label)
    (
        "Also, since the beginning of the year, Kim received two cars of the premium Russian brand Aurus.",
        SEP14,
        False,
        "since the beginning of the year",
        "1 January – 14 September 2024",
    ),
    (
        "This June, Russian President Vladimir Putin paid a state visit to North Korea for the first time since 2000.",
        SEP13,
        False,
        "This June",
        "June 2024",
    ),
    # The anchor still does not date the event: the unresolved "This June" is returned.
    (
        "This June, Russian President Vladimir Putin paid a state visit to North Korea for the first time since 2000.",
        None,
        False,
        "This June",
        "undated (‘This June’)",
    ),
    (
        "Voters will go to the polls on November 5, the first presidential election since 2020.",
        SEP14,
        False,
        "on November 5",
        "5 November 2024",
    ),
    (
        "Tarsk United beat Rovno 3-1 in the cup final on Saturday, their first title since the 1990s.",
        date(2025, 5, 10),
        False,
        "on Saturday",
        "Saturday 10 May 2025",
    ),
    # Without the sentence: the most precise.  With it: "said on Tuesday" is the report's date.
    (
        "Exports rose 5% in the third quarter of 2023, the statistics office said on Tuesday.",
        date(2024, 1, 12),
        False,
        "on Tuesday",
        "Tuesday 9 January 2024",
    ),
    (
        "Exports rose 5% in the third quarter of 2023, the statistics office said on Tuesday.",
        date(2024, 1, 12),
        True,
        "in the third quarter of 2023",
        "Q3 2023",
    ),
    ("In 2023, the company opened a plant on 5 May, its first since 2019.", SEP14, False, "on 5 May", "5 May 2024"),
    ("The ban stays until 2030, and emissions must halve by 2035.", SEP14, False, None, None),
    # "through <a date>" alone ends a plan or a state, as "until" does; "from ... through ..." is a range
    ("The leaders put their names to a plan for economic cooperation through 2030.", SEP14, True, None, None),
    ("The order stays in place through Friday.", SEP14, True, None, None),
    ("He led the company from 2010 through 2019.", SEP14, True, "from 2010 through 2019", "2010–2019"),
    # "Since <a day>," opening the sentence dates what began that day; a year, or a "since" later on, anchors.
    ("Since 11 September, importers have had to lodge deposits.", SEP14, True, "Since 11 September",
     "11 September 2024"),
    ("Since 2019, importers have had to lodge deposits.", SEP14, True, None, None),
    ("Importers have had to lodge deposits since 11 September.", SEP14, True, None, None),
    # ... and so does "since <a day>" after what has been going on since ("has been investigating", "have been
    # held"), but not after a state that merely holds since ("has been the lowest")
    ("The ministry has also been investigating brandy since 5 September.", SEP14, True, "since 5 September",
     "5 September 2024"),
    ("The two men have been held since 5 September.", SEP14, True, "since 5 September", "5 September 2024"),
    ("Drilling has been on hold since Friday, when a cracking sound raised fears.", SEP14, True, "since Friday",
     "Friday 13 September 2024"),
    ("The two men have been held since 5 September.", SEP14, False, None, None),
    # ... and after a state kept up since ("have kept their building under blockade since Monday")
    ("Students have kept their faculty under blockade since Monday, demanding punishment for the men who attacked "
     "them on Friday.", SEP14, True, "since Monday", "Monday 9 September 2024"),
    # ... in the sentence's own clause, not in a relative clause on one of its nouns
    ("The embassy said on Friday it was moving staff to Port Sudan, where the airport has been shut since 5 "
     "September.", SEP14, True, "on Friday", "Friday 13 September 2024"),
    ("Turnout has been the lowest since 5 September.", SEP14, True, None, None),
    # ... or in a place or condition since ("has been in detention since"), what stopped that day ("have not used
    # the numbers since"), or what had been going on ("had been flagging the risk since"); not a count since
    ("The accused has been in detention since 5 September.", SEP14, True, "since 5 September", "5 September 2024"),
    ("Controllers have not used the numbers since 5 September.", SEP14, True, "since 5 September",
     "5 September 2024"),
    ("The agency had been flagging the risk since 5 September.", SEP14, True, "since 5 September",
     "5 September 2024"),
    ("The ministry said 51 people had been killed since 5 September.", SEP14, True, None, None),
    # "no later than <a day>" is a deadline, as "by" is
    ("The inspections must be completed no later than 21 September.", SEP14, True, None, None),
    ("The regulator ordered checks on 9 September, to be completed no later than 21 September.", SEP14, True,
     "on 9 September", "9 September 2024"),
    # "By <a day>," opening a sentence in the past perfect: where things stood that day; a deadline stays one
    # A date opening the sentence before its subject and "said" is the report's, when what is reported is told in
    # the past perfect: the other date is the event's
    ("Earlier this month prosecutors said they had searched a yacht in January.", SEP14, True, "in January",
     "January 2024"),
    ("On Friday the navy said it searched the yacht in January.", SEP14, True, "On Friday", "Friday 13 September 2024"),
    ("In February the bank reported a net loss for 2022, its worst year, and said clients had fled.", SEP14, True,
     "In February", "February 2024"),
    ("By Thursday evening, customers had asked to withdraw $42 billion.", SEP14, True, "By Thursday evening",
     "Thursday 12 September 2024"),
    ("By Friday the plan will be ready.", SEP14, True, None, None),
    # ... and so does "by <a day>" after a past perfect, wherever it stands
    ("Power had been restored in both countries by Thursday morning.", SEP14, True, "by Thursday morning",
     "Thursday 12 September 2024"),
    ("The plan will be ready by Friday.", SEP14, True, None, None),
    ("By 2023, the country had built ten plants.", SEP14, True, None, None),
    # ... but a day opening the sentence, the state as it stood after it: "By <day>, X was ..."
    ("By Sept. 11, the company was in bankruptcy court.", SEP14, True, "By Sept. 11", "11 September 2024"),
    ("By Sept. 11, the company had filed for bankruptcy.", SEP14, True, "By Sept. 11", "11 September 2024"),
    # ... an attribution perhaps before the subject; not a saying about a state
    ("By Thursday night, according to the state's chief secretary, the names of 72 of the dead were known.", SEP14,
     True, "By Thursday night", "Thursday 12 September 2024"),
    ("By Friday, the company said the deal was off.", SEP14, True, None, None),
    # ... and a count as it stood, told before any saying
    ("By June 21, the agency's running count, drawn from governments, stood at 1,126.", SEP14, True, "By June 21",
     "21 June 2024"),
    ("By Wednesday evening the centre was counting nine dead.", SEP14, True, "By Wednesday evening",
     "Wednesday 11 September 2024"),
    ("By Friday, the ministry said the count stood at 12.", SEP14, True, None, None),
    # "Also <day>, X said ...": the day of the report, when what was said has a day of its own up to it
    ("Also on Thursday, the command said the body of a fourth victim was recovered on Wednesday.", SEP14, True,
     "on Wednesday", "Wednesday 11 September 2024"),
    ("Also on Thursday, the state told the court it had widened the inquiry on Wednesday.", SEP14, True,
     "on Thursday", "Thursday 12 September 2024"),
    ("The company will be in bankruptcy court by Sept. 20, officials said.", SEP14, True, None, None),
    # What was said denies that anything happened on the other day: the saying is the news
    ("The weather agency said on Friday that it had recorded nothing unusual on Thursday.", SEP14, True,
     "on Friday", "Friday 13 September 2024"),
    ("The weather agency said on Friday that a storm had hit the coast on Thursday.", SEP14, True,
     "on Thursday", "Thursday 12 September 2024"),
    # What was said is an expectation, and the other date is when it expects it: the expectation is the news
    ("The bank said on Friday it expected to complete the takeover as early as September 20.", SEP14, True,
     "on Friday", "Friday 13 September 2024"),
    ("The bank said on Friday it completed the takeover on Thursday.", SEP14, True,
     "on Thursday", "Thursday 12 September 2024"),
    # ... or an intent or a plan: "intends to", "plans to", "wants to"
    ("The council said on Friday it intends to hold elections in August 2026.", SEP14, True,
     "on Friday", "Friday 13 September 2024"),
    ("The firm said on Friday it plans to open the plant in March.", SEP14, True,
     "on Friday", "Friday 13 September 2024"),
    # ... or what was to come, told with "would": the announcement is the news
    ("The bank said on Friday that its meetings would go ahead on September 20.", SEP14, True,
     "on Friday", "Friday 13 September 2024"),
    # ... or a second thing said, still to come: what was said first, done, is the news of the saying's day
    ("The mayor said on Friday that the survey had been finished, and that payments would start next week.", SEP14,
     True, "on Friday", "Friday 13 September 2024"),
    # What was said, in the active past perfect, names an event by its day: the toll as of the saying is the news;
    # in the passive, the deaths are that day's
    ("The ministry said on Friday that 29 people had died in Wednesday's crash.", SEP14, True,
     "on Friday", "Friday 13 September 2024"),
    ("The ministry said on Friday that 22 people had been killed in Wednesday's protests.", SEP14, True,
     "in Wednesday", "Wednesday 11 September 2024"),
    # The day set for the thing just named, after a comma, is not the day of the sentence's own event
    ("The government announces a day of national mourning, to be held tomorrow.", SEP14, True, None, None),
    ("The council called a special session, to take place on Monday, after the vote.", SEP14, True, None, None),
    ("The government declared a day of mourning on Friday, to be held tomorrow.", SEP14, True,
     "on Friday", "Friday 13 September 2024"),
    ("The day of mourning will be held tomorrow.", SEP14, True, "tomorrow", "15 September 2024"),
    # A day set in what was agreed yields to the day of the agreeing, before the infinitive
    ("The ruling coalition agreed last month to hold the rerun on May 4.", SEP14, True, "last month", "August 2024"),
    ("The ministers agreed to meet again on Friday.", SEP14, True, "on Friday", "Friday 13 September 2024"),
    # The old and the new day of a date moved: the thing moved was set for them, not done on them
    ("Earlier this week, the agency pushed the undocking from Sept. 22 to no earlier than Sept. 26.", SEP14, True,
     "Earlier this week", "9–15 September 2024"),
    ("The council postponed the vote from Monday to Thursday.", SEP14, True, None, None),
    ("The office moved from Kyiv to Lviv on Monday.", SEP14, True, "on Monday", "Monday 9 September 2024"),
    # A wish or a call told with the saying: the saying is the news
    ("The union said on Thursday that it wanted doctors across the country to stop work on Saturday.", SEP14, True,
     "on Thursday", "Thursday 12 September 2024"),
]


@pytest.mark.parametrize(("sentence", "article", "with_sentence", "phrase", "label"), BEST)
def test_best_date(
    sentence: str, article: date | None, with_sentence: bool, phrase: str | None, label: str | None
) -> None:
    found = find_dates(sentence, article)
    best = best_date(found, sentence) if with_sentence else best_date(found)
    assert (best.phrase if best else None) == phrase
    assert best is None or best in found
    assert (format_date(best) if best else None) == label


def test_best_date_of_nothing_or_only_anchors_is_none() -> None:
    assert best_date([]) is None
    found = find_dates(
        "Tarsk United beat Rovno 3-1 in the cup final on Saturday, their first title since the 1990s.",
        date(2025, 5, 10),
    )
    assert best_date(found[1:]) is None  # a decade after "since" dates nothing


# --------------------------------------------------------------------------- invariants

INVARIANT_SENTENCES = sorted({case.sentence for case in CASES}) + [
    "On Monday, May 5, and again from 10 to 12 June 2023, between 2019 and 2022, the İstanbul office "
    "said last week that earlier this month two years ago it was in mid-2023, then the next day.",
]


@pytest.mark.parametrize("article", [SEP14, date(2024, 1, 1), date(2024, 12, 31), None])
def test_invariants(article: date | None) -> None:
    for s in INVARIANT_SENTENCES:
        found = find_dates(s, article)
        assert found == find_dates(s, article)  # deterministic
        previous_end = 0
        for m in found:
            assert s[m.start : m.end] == m.phrase
            assert m.start >= previous_end  # sorted, no overlaps
            previous_end = m.end
            assert (m.start_date is None) == (m.end_date is None)
            if m.start_date is not None:
                assert m.start_date <= m.end_date  # type: ignore[operator]
                assert m.note == ""
            else:
                assert m.note
            assert format_date(m)


@pytest.mark.parametrize(("hour", "minute", "half", "expected"), [
    (9, 42, "a", 9 * 60 + 42), (12, 1, "a", 1), (12, 30, "P", 12 * 60 + 30), (5, 45, "p", 17 * 60 + 45),
    (21, 38, "", 21 * 60 + 38), (0, 5, "", 5), (24, 0, "", None), (9, 60, "a", None),
])
def test_clock_minutes(hour: int, minute: int, half: str, expected: int | None) -> None:
    """One reading of a time of day for a live entry's stamp and a sentence's "at 1:28 a.m."."""
    assert minutes(hour, minute, half) == expected
