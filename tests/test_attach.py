"""Which event a date phrase dates: ``attached`` over the table ``tests/data/attachment.tsv``.

Each row gives a sentence, one of its date phrases, how production finds that phrase (``find_dates``;
narrative reading's bare weekdays; a phrase of ``data/narrative.yml``), and whether the phrase dates the
sentence's own event.  Besides the rows, the tests check that the table exercises the code: every rule of
``attach.py`` and every word list of ``data/attachment.yml`` decides at least one row (taking it away changes
an answer).
"""

from __future__ import annotations

import csv
import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from briefing.analyse.dates import DateMention, find_dates
from briefing.analyse.dates import attach as attach_module
from briefing.analyse.dates.attach import attached
from briefing.analyse.dates.bare_weekdays import with_bare_weekdays
from briefing.analyse.dates.steps import steps

TABLE = Path(__file__).parent / "data" / "attachment.tsv"
COLUMNS = ["sentence", "phrase", "via", "attached", "rule", "why", "gap"]
ARTICLE = date(2024, 9, 14)  # a Saturday
VIA = {"find", "bare", "narrative"}
RULES = {
    "main": "the main clause: nothing detaches the phrase",
    "ing-clause": "a bare weekday after a verb's object, before an -ing word: the day times the verb",
    "relative": "after ', which/who/whom/whose' with no comma closing the clause before the phrase",
    "summing-up": "in ', a <noun> that/which ...' after the clause the noun sums up: the noun's own clause",
    "new-date": ("after 'to'/'until' following a verb that moves dates ('extended the curfew to May 31'): the new end; "
                 "'from <day> to <day>' after one: the old and the new day"),
    "coordinated-plan": "after 'and said/says' and a future marker ('will', 'expects', 'hopes to'): the plan's day",
    "consequence": "after ', so' and a modal ('will', 'should'): a consequence to come, the phrase its day",
    "parenthesis": "inside an open parenthesis",
    "semicolon": "after a semicolon",
    "fronted": "in a fronted clause ('After ...,', 'Ahead of ...,') closed by a comma after the phrase",
    "subordinate": "in a subordinate clause after a comma (', because ...')",
    "noun-from": "'from <year>' after a noun: 'a law from 1851'",
    "no-calendar": "a phrase naming no month, weekday or figure does not describe the word after it",
    "led": ("a phrase led by a preposition ('on Thursday', 'in June') modifies a clause, not the noun after it; "
            "'on the March 26 storm' names the storm"),
    "report-noun": "before 'statement', 'vote', ...: the date dates the report",
    "possessive": "'<date>'s <noun>'",
    "noun-after": "a calendar phrase right before a noun it describes (not -ly, -ed or a function word)",
    "subject-event": ("the phrase names the event that is the sentence's subject, its verb right after the name "
                      "and no date of the predicate's own: the sentence tells that event"),
    "year-of-a-name": ("'the <year> <Name>' ('the 1972 Simla Agreement'): the named thing's year, unless the name is "
                       "the occasion the sentence's event happened at ('At the 2024 Paris Olympics')"),
    "of-noun": "'<noun> of <date>', unless the noun names a time ('the morning of June 5')",
    "that-clause": ("'that' (or 'who', 'which' with no comma) after a noun opens a clause describing it (not after "
                    "'said', a preposition, a past, nor after 'said <date>' before a past perfect), until the main "
                    "clause's reporting verb comes back"),
    "participle": "', <participle> ... <phrase>' closing within two words: it describes the noun before it",
    "apposed-participle": ("', the <noun> <participle> <phrase>,': a noun set off by commas, described by the "
                           "participle, not a source's saying (', the ministry confirmed on Monday,')"),
    "apposed-relative": ("', the <noun> that <verb> ... <phrase>,': a noun set off by commas, described by a "
                         "relative clause holding the phrase"),
    "object-relative": ("'<noun> <Name> <verb>-ed <phrase>' or '<noun> he <verb>-ed <phrase>': a clause with no "
                        "opening word describing the noun"),
    "superseded": "after a plan told in the past perfect ('had been expected', 'was originally scheduled')",
    "compared": "after 'up from', 'down from', 'compared with' and no comma: the earlier figure's date",
    "recalled": "a year in the object of an active 'recalled' or 'remembered': the memory's, not the recalling's",
    "scheduled": "after 'date for', 'date of', 'deadline of': the day set, not the day it was set on",
    "appended-plan": ("after ', due to <verb>' ('..., due to take effect on Wednesday') with no predicate going on: "
                      "the plan's day, not the clause's it hangs on"),
    "declared": "the day a verb declares something ('declared 24 March a day of national mourning'): the object",
    "sequence": "after 'after' or 'before' opening a clause or phrase in the main clause: another event's date",
    "follows": "after 'follows' or 'followed' and a determiner: the event followed, and its date",
    "with-clause": "in a ', with <subject> <participle> ...' clause after the main one: its own circumstance",
    "object-participle": ("'<verb> the <noun> <participle> (<preposition> ...) <phrase>': a clause describing the "
                          "object, not after a verb the participle completes ('kept its doors closed')"),
    "among-participle": "'among the <noun> <participle> <phrase>': a group named by what was done to it",
    "casualties-of": "'of the <noun> killed/injured ... <phrase>': the dead or hurt named by what was done to them",
    "hearsay-participle": ("'<noun> thought/believed/said to have <verb> ... <phrase>': what is believed of the noun, "
                           "not after a verb ('is believed to have died on Monday')"),
    "occasion-of": "'during the <date> <noun>', 'in the first days of the <date> <noun>': the event's own stretch",
    "agent-participle": "'<noun> <participle> by <Agent> <phrase>': what was done to the noun, unless a predicate"
                        " follows",
    "subject-participle": ("'<the|two> <noun> <participle> ... <phrase> <was|were|has ...> ... <date>': the "
                           "subject's clause, when the sentence's own verb has a date of its own"),
    "fronted-participle": ("'<Participle> ... <phrase> ..., <subject> <verb> ... <date>': a clause opening the "
                           "sentence tells an earlier happening when the main clause has a date of its own, or "
                           "always for 'Born', 'Founded'"),
    "first-since": "'since <date>' after 'first' or 'only': the time before, not the event's",
    "since-clause": ("'the most <...> since <clause with a past verb>, <date>': the earlier event's day, not a "
                     "noun's ('the first meeting since the flood, on July 14')"),
    "owned-noun": "'<noun> in the bank's collapse <date>': a noun whose owner is named, after a noun and a preposition",
    "source": ("after 'according to' with no comma, following a past perfect: the cited source's date ('had been told "
               "to wait, according to records released on Wednesday')"),
    "free-relative": ("'of what happened <date>', 'about how ... <date>': a clause standing for a thing after a "
                      "preposition"),
}


@dataclasses.dataclass(frozen=True)
class Case:
    line: int
    sentence: str
    phrase: str
    via: str
    attached: bool
    rule: str
    why: str
    gap: str  # "" or what the code does instead


def load_cases(path: Path = TABLE) -> list[Case]:
    lines = path.read_text(encoding="utf-8").splitlines()
    data = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    header, *rows = data
    assert header[1].split("\t") == COLUMNS, f"{path.name}:{header[0]}: unexpected header"
    cases, seen = [], set()
    for n, line in rows:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        assert len(cells) == len(COLUMNS), f"{path.name}:{n}: {len(cells)} columns"
        row = dict(zip(COLUMNS, cells))
        assert row["via"] in VIA, f"{path.name}:{n}: via is one of {sorted(VIA)}"
        assert row["attached"] in ("yes", "no"), f"{path.name}:{n}: attached is yes or no"
        assert row["rule"] in RULES, f"{path.name}:{n}: unknown rule {row['rule']!r}"
        assert row["why"].strip() and row["gap"].strip(), f"{path.name}:{n}: why and gap ('-') are needed"
        assert row["phrase"] in row["sentence"], f"{path.name}:{n}: the phrase is not in the sentence"
        key = (row["sentence"], row["phrase"])
        assert key not in seen, f"{path.name}:{n}: the same sentence and phrase twice"
        seen.add(key)
        cases.append(Case(n, row["sentence"], row["phrase"], row["via"], row["attached"] == "yes", row["rule"],
                          row["why"], "" if row["gap"] == "-" else row["gap"]))
    return cases


CASES = load_cases()


def mentions_via(sentence: str, via: str) -> list[DateMention]:
    """The date phrases production hands ``attached`` for the sentence, found the way ``via`` says."""
    found = find_dates(sentence, ARTICLE)
    if via == "find":
        return found
    if via == "bare":
        return [m for m in with_bare_weekdays(sentence, found, ARTICLE) if m not in found]
    out = []  # as steps.counted builds the mention of a narrative phrase
    for step in steps():
        m = step.pattern.search(sentence)
        if m is not None:
            out.append(DateMention(m.group(), m.start(), m.end(), step.spec["precision"], None, None, True, ""))
    return out


def mention(case: Case) -> DateMention:
    found = [m for m in mentions_via(case.sentence, case.via) if m.phrase == case.phrase]
    assert found, f"attachment.tsv:{case.line}: {case.via} gives no phrase {case.phrase!r}"
    return found[0]


MENTIONS = [mention(c) for c in CASES]


def answers() -> list[bool]:
    return [attached(c.sentence, m) for c, m in zip(CASES, MENTIONS)]


# --- the table ---------------------------------------------------------------------------------------------


def _params() -> list[object]:
    return [pytest.param(c, m, id=f"attachment.tsv:{c.line}",
                         marks=[pytest.mark.xfail(strict=True, reason=c.gap)] if c.gap else [])
            for c, m in zip(CASES, MENTIONS)]


@pytest.mark.parametrize(("case", "m"), _params())
def test_table(case: Case, m: DateMention) -> None:
    assert case.sentence[m.start:m.end] == m.phrase
    assert attached(case.sentence, m) is case.attached, f"{case.phrase!r}: {case.why}"


def test_every_rule_has_a_row() -> None:
    assert {c.rule for c in CASES} == set(RULES)


def test_every_detaching_rule_has_a_row_each_way() -> None:
    """A rule that detaches phrases has a row it detaches and a row it leaves attached (its limit)."""
    one_way = {"main", "no-calendar"}
    for rule in set(RULES) - one_way:
        assert {c.attached for c in CASES if c.rule == rule} == {True, False}, rule


def test_bare_weekdays_are_not_found_by_find_dates() -> None:
    """A 'bare' row's phrase is one only narrative reading adds (else the row belongs to 'find')."""
    for c in CASES:
        if c.via == "bare":
            assert c.phrase not in [m.phrase for m in find_dates(c.sentence, ARTICLE)], f"line {c.line}"


# --- the table exercises the code --------------------------------------------------------------------------

NEVER = re.compile(r"(?!)")
BUILD = attach_module._rules.__wrapped__  # builds the rules afresh from DATA; the cached ones stay as they are


@pytest.mark.parametrize("rule", sorted(attach_module._rules()))
def test_every_pattern_decides_a_row(rule: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the pattern matching nothing, some row of the table gets another answer."""
    before = answers()
    rules = {**attach_module._rules(), rule: NEVER}
    monkeypatch.setattr(attach_module, "_rules", lambda: rules)
    assert answers() != before, f"no row depends on the pattern {rule!r}"


def _word_lists() -> list[str]:
    return sorted(yaml.safe_load(attach_module.DATA.read_text(encoding="utf-8")))


def _list_params() -> list[object]:
    return [*_word_lists(), "PREPOSITIONS"]


def _rules_with(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, key: str, **patterns: re.Pattern[str]) -> None:
    """attach._rules() rebuilt with the word list ``key`` holding no real word, and ``patterns`` replaced."""
    if key == "PREPOSITIONS":
        monkeypatch.setattr(attach_module, "PREPOSITIONS", "zzzz")
    elif key:
        data = yaml.safe_load(attach_module.DATA.read_text(encoding="utf-8"))
        data[key] = "zzzz" if isinstance(data[key], str) else ["zzzz"]
        path = tmp_path / "attachment.yml"
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        monkeypatch.setattr(attach_module, "DATA", path)
    rules = {**BUILD(), **patterns}
    monkeypatch.setattr(attach_module, "_rules", lambda: rules)


@pytest.mark.parametrize("key", _list_params())
def test_every_word_list_decides_a_row(key: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With the word list (of data/attachment.yml, or attach.PREPOSITIONS) holding no real word, some row of
    the table gets another answer."""
    before = answers()
    _rules_with(monkeypatch, tmp_path, key)
    assert answers() != before, f"no row depends on the word list {key!r}"


def test_relative_rows_are_the_relative_rules(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without the subordinate rule, the relative rule alone still answers every 'relative' row, and takes
    its openers from relative_openers."""
    rows = [(c, m) for c, m in zip(CASES, MENTIONS) if c.rule == "relative" and not c.gap]
    _rules_with(monkeypatch, tmp_path, "", subordinate=NEVER)
    assert [attached(c.sentence, m) for c, m in rows] == [c.attached for c, _ in rows]
    _rules_with(monkeypatch, tmp_path, "relative_openers", subordinate=NEVER)
    assert [attached(c.sentence, m) for c, m in rows] != [c.attached for c, _ in rows]


# --- the loader --------------------------------------------------------------------------------------------


def test_loader_rejects_an_unknown_rule(tmp_path: Path) -> None:
    table = tmp_path / "attachment.tsv"
    table.write_text("\t".join(COLUMNS) + "\nIt fell in June.\tin June\tfind\tyes\tsomething\tx\t-\n",
                     encoding="utf-8")
    with pytest.raises(AssertionError, match="unknown rule"):
        load_cases(table)


def test_loader_rejects_a_short_row(tmp_path: Path) -> None:
    table = tmp_path / "attachment.tsv"
    table.write_text("\t".join(COLUMNS) + "\nIt fell in June.\tin June\tfind\tyes\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="4 columns"):
        load_cases(table)
