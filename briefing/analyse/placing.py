"""Which section a sentence belongs in: by the kind of event it states, and by the section terms it uses.

A section's kinds of event are read off its own definition: the actions
(``events/data/actions.yml``) its terms, title and intro name. "visit*",
"met with" and "received" make a section of visits and meetings; "treaty",
"signed" and "ratif*" one of agreements. A sentence then goes where its main
action belongs, even when it uses none of the terms ("the two leaders put
their signatures to the document"), and a term it uses only in passing ("the
probe into last month's collapse") weighs less than what it reports.

The headline and lead of the article, the subheading above the sentence and
the sentence before it are evidence too, but only between sections the
sentence already has evidence for. A section whose terms name what was said ("statement", "remarks")
takes, a little, a sentence whose main verb is one of saying and that states no other action ("Pistorius
said the damage had to be regarded as sabotage"). Ties go to the section whose evidence
comes first in the sentence, never to the first section listed. A sentence
with no evidence at all goes on with its paragraph; failing that, if it
names one of the story's parties ("Gov. Moore watched from a boat"), it
goes where its article's headline and lead go; otherwise to other reporting.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Article, Frame, SectionRule, Sentence
from .dates.by_context import adds_to_told
from .events.frames import CLAUSE_CUT, NOT_PAST, PAST, WORD, clause_opening
from .events.frames import SUBORDINATORS as FRAME_SUBORDINATORS
from .events.lexicon import lexicon
from .terms import terms_pattern
from .tokens import entry_start, points_back

# What a sentence reports outweighs a term it uses in passing; context only settles near ties.
MAIN_ACTION = 2.5  # the sentence's main action, stated by a verb, is one the section's definition names
NOUN_ACTION = 1.5  # ... named by a noun only ("the signing of the treaty")
PASSING_ACTION = 0.5  # ... a noun in a prepositional phrase ("the probe into the collapse")
OTHER_ACTION = 0.5  # another action the sentence names
TERM = 1.0  # each distinct term it uses
# Saying is the main verb and nothing else is stated: a remark, for a section of what was said; what it is
# about still weighs more ("Cinia said the repairs were complete" is news of the repairs).
REMARK = 0.5
PASSING_TERM = 0.5  # ... inside a subordinate clause, or one of the corpus's common terms (below)
COMMON_SHARE = 0.25  # a term this share of the corpus's sentences use weighs as one named in passing
COMMON_NAME_SHARE = 0.10  # ... and a name this share: a party of the story, named in many kinds of its events
NAME_ARTICLE_SHARE = 0.5  # ... or a name this share of its articles use: the place all of the story happens in
WORD_ARTICLE_SHARE = 0.75  # ... or any term this share of them use: the story's own word ("landslide")
SHARE_ARTICLES = 6  # ... in a corpus of at least this many articles
HEADING_BONUS = 0.4  # a sentence sits under a subheading that names the section
FOLLOW_BONUS = 0.2  # the sentence before it, in the same paragraph, went there
ARTICLE_BONUS = 0.2  # the headline and lead are about the section's kind of event
# A clause after a comma opened by an -ing form tells a circumstance of the main one ("..., blaming ...").
PARTICIPLE_OPENER = re.compile(r"[a-z]{3,}ing")
NOT_PARTICIPLES = frozenset("during including according morning evening nothing something anything everything "
                            "bring thing king spring string ring wing".split())
# Words opening a subordinate clause ("after", "when", "which"), as the event frames read them; not "that", whose
# clause after "said" is the news, nor "as" and "whether", which open as many phrases as clauses.
SUBORDINATORS = FRAME_SUBORDINATORS - {"that", "as", "whether"}


@dataclass(frozen=True)
class SectionProfile:
    """A section as placing reads it: its terms as one pattern, and the actions its definition names."""

    id: str
    pattern: re.Pattern[str]
    actions: frozenset[str]
    # groups of the pattern that a large share of the corpus's sentences use ("Boeing" in a story of Boeing's
    # capsule): the story's own words, which tell no section apart
    common: frozenset[str] = frozenset()
    proper: frozenset[str] = frozenset()  # groups that are names ("Kirby", "Delta")
    remarks: bool = False  # its terms name acts of saying ("statement", "remarks"): a section of what was said


def place_sentences(a: Article, rules: Sequence[SectionRule], frames: Sequence[Frame | None],
                    acted: Sequence[bool], parties: Sequence[bool],
                    common: frozenset[tuple[str, str]] = frozenset()) -> list[str | None]:
    """The section of each of the article's statements, or None for none.

    ``frames`` are their events, one each, in order; ``acted`` says for each
    whether its main action has the agent it needs (``curate.participants``):
    without one ("24 trotters arrived"), what the action says of the section
    counts only as much as an action named in passing. ``parties`` says for
    each whether it names one of the story's parties or people: with no
    evidence of its own, such a sentence goes where its article's headline
    and lead go, not to other reporting.
    """
    profiles = _with_common(profiles_of(tuple(rules)), common)
    sentences = a.statement_sentences
    frames = [f if f is None or ok else in_passing(f) for f, ok in zip(frames, acted)]
    article_topic = _topic(a, sentences, frames, profiles)
    out: list[str | None] = []
    previous_block, previous_section = -1, None
    for s, frame, ok, party in zip(sentences, frames, acted, parties):
        scores = _evidence(s.text, frame, profiles, ignored=frame.action if frame and not ok else "")
        for sid in scores:
            scores[sid] = (scores[sid][0] + _context(a, s, sid, profiles, article_topic, previous_block,
                                                      previous_section), scores[sid][1])
        best = max(scores, key=lambda sid: (scores[sid][0], -scores[sid][1])) if scores else None
        if best is None and _goes_on(s, previous_block):
            best = previous_section  # nothing of its own: it goes on with its paragraph ("The charges went off")
        if best is None and party and a.blocks[s.block].kind != "heading" and not _remark(s.text):
            best = article_topic  # a party of the story, in an article about one section's events
        out.append(best)
        previous_block, previous_section = s.block, best
    return out


def common_terms(articles: Iterable[Iterable[str]], rules: Sequence[SectionRule]) -> frozenset[tuple[str, str]]:
    """(section, term group) of the terms a large share of the corpus's sentences use (``COMMON_SHARE``), of
    the names half its articles use (``NAME_ARTICLE_SHARE``) and of the terms three quarters of them use
    (``WORD_ARTICLE_SHARE``): the story's own words ("cable" in a story of cut cables, "landslide" in a story of a
    landslide) and places ("Yambali", the village it buried), which tell no section apart, however few of the
    sentences use them. ``articles`` are the sentences of each article."""
    profiles = profiles_of(tuple(rules))
    counts: Counter[tuple[str, str]] = Counter()
    used_by: Counter[tuple[str, str]] = Counter()
    n = n_articles = 0
    for texts in articles:
        n_articles += 1
        used: set[tuple[str, str]] = set()
        for text in texts:
            n += 1
            hits = {(p.id, m.lastgroup) for p in profiles for m in p.pattern.finditer(text) if m.lastgroup}
            counts.update(hits)
            used |= hits
        used_by.update(used)
    proper = {(p.id, g) for p in profiles for g in p.proper}
    steady = n_articles >= SHARE_ARTICLES
    return frozenset(key for key, c in counts.items()
                     if n and c >= (COMMON_NAME_SHARE if key in proper else COMMON_SHARE) * n
                     or steady and used_by[key] >= (NAME_ARTICLE_SHARE if key in proper else WORD_ARTICLE_SHARE)
                     * n_articles)


@functools.lru_cache(maxsize=16)
def _with_common(profiles: tuple[SectionProfile, ...],
                 common: frozenset[tuple[str, str]]) -> tuple[SectionProfile, ...]:
    """The profiles with the corpus's common terms weighed as in passing: made once per corpus, not per article."""
    if not common:
        return profiles
    return tuple(dataclasses.replace(p, common=p.common | {g for sid, g in common if sid == p.id}) for p in profiles)


def _goes_on(s: Sentence, previous_block: int) -> bool:
    """The sentence goes on from the one before: in its paragraph, or the next one when it points back or
    adds to it ("Representatives of Germany, Finland and Denmark also took part in the visit")."""
    return s.block == previous_block or (s.block == previous_block + 1
                                         and (points_back(s.text) or adds_to_told(s.text)))


def _remark(text: str) -> bool:
    """Someone's words ("“...,” Sorokin said", "officials said they were following the contacts"): a remark,
    which says too little of what happened to follow its article's topic."""
    if QUOTE_MARK.search(text) is not None:
        return True
    table = lexicon()
    return any(table.actions[t.action].speech for t in table.triggers(text))


QUOTE_MARK = re.compile(r"[“”\"]")


def in_passing(frame: Frame) -> Frame:
    """The frame of an action the sentence only names, not states (it lacks the agent it needs)."""
    return dataclasses.replace(frame, verbal=False, oblique=True)


@functools.lru_cache(maxsize=16)
def profiles_of(rules: tuple[SectionRule, ...]) -> tuple[SectionProfile, ...]:
    table = lexicon()
    out = []
    for r in rules:
        # The terms and the title, not the intro: an intro is prose, and its verbs ("what they commit to")
        # say little about the section's kind of event.
        actions = set().union(*(table.actions_named(t) for t in (*r.terms, *r.title.split())))
        # A name among the terms ("Kirby", "White House") is as much evidence as any other term: the user put it
        # in this section's terms because what it does belongs here. Only a name the whole corpus uses is not.
        remarks = any(table.names_remarks(t) for t in r.terms)
        proper = frozenset(f"t{n}" for n, t in enumerate(r.terms) if t[:1].isupper())
        out.append(SectionProfile(r.id, terms_pattern(r.terms), frozenset(actions), remarks=remarks, proper=proper))
    return tuple(out)


def evidence_for(text: str, frame: Frame | None, rules: Sequence[SectionRule]) -> dict[str, float]:
    """Section -> the weight of the evidence the sentence's own words give for it (terms, its kind of action),
    for the sections it gives any for."""
    return {sid: score for sid, (score, _) in _evidence(text, frame, profiles_of(tuple(rules))).items()}


def _evidence(text: str, frame: Frame | None, profiles: Sequence[SectionProfile],
              ignored: str = "") -> dict[str, tuple[float, int]]:
    """Section -> (weight of the sentence's own evidence for it, where in the sentence that evidence starts).

    Terms that only state the ``ignored`` action are left out: "arrived in" is
    no evidence of a visit when what arrived is 24 horses.
    """
    out: dict[str, tuple[float, int]] = {}
    table = lexicon()
    verb = _main_verb(text) if frame is None else None
    said = _said(text) if frame is None and any(p.remarks for p in profiles) else None
    for p in profiles:
        hits = {m.lastgroup: (m.start(), PASSING_TERM if m.lastgroup in p.common
                              else _term_weight(text, m.start(), m.end(), frame, verb))
                for m in reversed(list(p.pattern.finditer(text)))
                if not ignored or ignored not in {t.action for t in table.triggers(m.group())}}
        score = sum(weight for _, weight in hits.values())
        first = min((at for at, _ in hits.values()), default=len(text))
        if frame is not None and frame.action in p.actions:
            score += MAIN_ACTION if frame.verbal else PASSING_ACTION if frame.oblique else NOUN_ACTION
            first = min(first, frame.trigger.start)
        if frame is not None:
            score += OTHER_ACTION * len(p.actions.intersection(frame.others))
        if p.remarks and said is not None:
            score += REMARK
            first = min(first, said)
        if score:
            out[p.id] = (score, first)
    return out


def _term_weight(text: str, start: int, end: int, frame: Frame | None, verb: tuple[int, int] | None) -> float:
    """A term counts TERM; as the main verb of a sentence whose action the table does not know ("CrowdStrike
    reverted the update"), as much as a main action; inside a subordinate clause ("the inquiry comes days
    after a defective update crashed ..."), as little as a thing named in passing."""
    if verb is not None and start <= verb[0] < end:
        return MAIN_ACTION
    if DESCRIBING.search(text, max(0, start - 12), start) and text[start:end].lower().endswith("ed"):
        return PASSING_TERM  # "the failed bank", "a damaged cable": what a thing is, not what the sentence reports
    clause = text[clause_opening(text, start):start]
    words = WORD.findall(clause)
    if any(w.lower() in SUBORDINATORS for w in words):
        return PASSING_TERM
    if words and PARTICIPLE_OPENER.fullmatch(words[0]) and words[0].lower() not in NOT_PARTICIPLES:
        return PASSING_TERM  # "..., blaming the update for the failure that grounded its fleet": a side remark
    return TERM


DESCRIBING = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+$", re.IGNORECASE)


def _said(text: str) -> int | None:
    """Where the verb of saying stands that is the sentence's main verb, when no other action is stated
    ("Pistorius said the damage had to be regarded as sabotage"): a remark, for a section of what was said."""
    start = entry_start(text)  # "9:40 a.m.: He says ...": the posting time is no clause of its own
    clause = re.split(r"[;:(]|\s[\u2013\u2014]\s", text[start:], maxsplit=1)[0]
    table = lexicon()
    for t in table.triggers(" " * start + clause):
        opening = WORD.findall(text[clause_opening(text, t.start):t.start])
        if t.verbal and table.actions[t.action].speech and not any(w.lower() in SUBORDINATORS for w in opening):
            return t.start
    return None


def _main_verb(text: str) -> tuple[int, int] | None:
    """Where the first past-tense verb of the main clause stands, if any."""
    clause = CLAUSE_CUT.split(text, maxsplit=1)[0]
    for m in PAST.finditer(clause):
        if m.group().lower() not in NOT_PAST and not DESCRIBING.search(clause, max(0, m.start() - 12), m.start()):
            return m.start(), m.end()  # not "The failed bank's deposits": a participle describing a noun
    return None


def _context(a: Article, s: Sentence, sid: str, profiles: Sequence[SectionProfile], topic: str | None,
             previous_block: int, previous_section: str | None) -> float:
    bonus = ARTICLE_BONUS if topic == sid and s.block != 0 else 0.0
    if previous_block == s.block and previous_section == sid:
        bonus += FOLLOW_BONUS
    heading = _heading_above(a, s.block)
    profile = next(p for p in profiles if p.id == sid)
    if heading and profile.pattern.search(heading):
        bonus += HEADING_BONUS
    return bonus


def _topic(a: Article, sentences: Sequence[Sentence], frames: Sequence[Frame | None],
           profiles: Sequence[SectionProfile]) -> str | None:
    """The section the headline and the lead paragraph are about, if they agree on one."""
    lead_block = next((b for b, block in enumerate(a.blocks) if block.kind == "paragraph"), -1)
    totals: dict[str, float] = {}
    for s, frame in zip(sentences, frames):
        if s.block in (0, lead_block):
            for sid, (score, _) in _evidence(s.text, frame, profiles).items():
                totals[sid] = totals.get(sid, 0.0) + score
    if not totals:
        return None
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


def _heading_above(a: Article, block: int) -> str | None:
    for b in reversed(a.blocks[:block]):
        if b.kind == "heading":
            return " ".join(s.text for s in b.sentences)
    return None
