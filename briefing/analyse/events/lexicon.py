"""The kinds of action news reports, and the words that state each (``data/actions.yml``).

A verb is listed once, by its base form (irregular past and participle
beside it); the other forms are made here. Every form of every action is one
alternation, so a sentence is scanned once whatever the size of the table.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..dates.words import MONTH_STEMS, NUMBER_WORDS, WEEKDAY_STEMS
from ..names.words import DEMONYMS
from ..trie import trie_regex

DATA = Path(__file__).resolve().parent / "data" / "actions.yml"
AGENTS = Path(__file__).resolve().parent / "data" / "agents.txt"
ROLES = Path(__file__).resolve().parent / "data" / "roles.yml"
VOWELS = "aeiou"


@dataclass(frozen=True)
class Action:
    name: str
    speech: bool  # an act of saying: its content is the news, not the saying
    objects: frozenset[str]  # the action counts only with one of these words after it (empty: always)
    roles: tuple[tuple[str, str], ...]  # (grammatical place, role): subject, object, to, with, from, on, against
    opposite: frozenset[str]  # actions stating the other outcome of the same thing
    family: str  # actions of one family may describe one event; of different families, never
    agent: bool  # needs someone to do it: a person, a party, a delegation
    distinct: bool = False  # its object tells its events apart: a rifle given is not a portrait given
    telling: bool = False  # done in the telling (a pledge, an apology): the day of the telling is its own

    def role(self, place: str) -> str:
        return dict(self.roles).get(place, "")


@dataclass(frozen=True)
class Trigger:
    """A word or phrase of a sentence that states an action."""

    action: str
    start: int
    end: int
    verbal: bool  # a verb form (not a noun or a fixed phrase)
    participle: bool  # a past participle form, which a passive needs


@dataclass(frozen=True)
class Lexicon:
    actions: dict[str, Action]
    pattern: re.Pattern[str]
    forms: dict[str, tuple[tuple[str, bool, bool], ...]]  # surface form -> (action, verbal, participle) per action
    exceptions: tuple[re.Pattern[str], dict[str, frozenset[str]]] | None  # every `not` expression; its actions
    bare: frozenset[str]  # the base and -s forms of the verbs, which are often nouns too

    def triggers(self, text: str) -> list[Trigger]:
        """Every trigger of every action in ``text``, left to right, one per action and place.

        A verb form written with a capital inside the sentence is a name
        ("the State Duma"); a trigger inside one of its action's `not`
        expressions is another sense of the word; an action that needs an
        object word gets one within the next few words.
        """
        low = text.lower()
        excluded = self._excluded(low)
        found: dict[tuple[str, int], Trigger] = {}
        for m in self.pattern.finditer(low):
            capital = m.start() > 0 and text[m.start()].isupper()
            form = _verb_form(m.group(), text, m.start(), self.bare)
            # a name ("State Duma"), a noun ("a container ship"), an adjective ("the fallen span") is no verb; a
            # trigger inside one of its action's `not` expressions is another sense of the word
            entries = [e for e in self.forms[m.group()]
                       if not (e[1] and (capital or not form)) and (e[0], m.start()) not in excluded]
            # a fixed phrase ("rolled back", "back to normal") says what it says without an object word
            unfit = set() if " " in m.group() else self._without_object(text, low, m.start(), m.end(), entries)
            for action, verbal, participle in entries:
                if action in unfit:
                    continue
                known = found.get((action, m.start()))
                if known is not None:
                    verbal, participle = verbal or known.verbal, participle or known.participle
                found[(action, m.start())] = Trigger(action, m.start(), m.end(), verbal, participle)
        return sorted(found.values(), key=lambda t: (t.start, t.action))

    def _excluded(self, low: str) -> set[tuple[str, int]]:
        """(action, position) of every word inside one of that action's `not` expressions."""
        if self.exceptions is None:
            return set()
        pattern, actions = self.exceptions
        out = set()
        m = pattern.search(low)
        while m is not None:  # expressions may overlap ("failed to" of failing, "to block" of blocking)
            for action in actions[m.group()]:
                out.update((action, i) for i in range(m.start(), m.end()))
            m = pattern.search(low, m.start() + 1)
        return out

    def actions_named(self, words: str) -> set[str]:
        """The actions a section term names, whatever its inflection ("ratif*", "signed", "visit*")."""
        named = set()
        for word in [words.replace("...", " ").strip(), *words.replace("...", " ").split()]:
            prefix = word.endswith("*")
            stem = word.rstrip("*").lower()
            for surface, entries in self.forms.items():
                if surface == stem or (prefix and surface.startswith(stem) and len(stem) >= 4):
                    named.update(action for action, _, _ in entries if not self.actions[action].speech)
            if named:
                break
        return named

    def names_remarks(self, term: str) -> bool:
        """The section term is a noun for what someone said ("statement", "remarks"): the section gathers what
        was said. A verb of saying ("claim*") is no such sign; it often means something else ("claims")."""
        stem = term.rstrip("*").lower()
        return any(self.actions[action].speech and not verbal
                   for word in (stem, stem.removesuffix("s")) for action, verbal, _ in self.forms.get(word, ()))

    def _without_object(self, text: str, low: str, start: int, end: int,
                        entries: list[tuple[str, bool, bool]]) -> set[str]:
        """The senses of a word that need an object word and lack one. When its senses each find one ("found him
        guilty on all counts": a verdict by "guilty", a find by "all"; "were found guilty", though "all" opens the
        passive's clause), only the nearest counts: the word right after the verb says what it means."""
        wanting = [(action, participle) for action, _, participle in entries if self.actions[action].objects]
        if not wanting:
            return set()  # most words: no sense of theirs needs an object word
        after = re.findall(r"[a-z][a-z\-]*", low[end:end + 60])[:5]
        # a participle's object may stand before it or open its passive clause: those words, read once
        participles = any(participle for _, participle in wanting)
        before = re.findall(r"[a-z][a-z\-]*", low[max(0, start - 40):start])[-3:] if participles else []
        subject = _passive_subject(low, start, participles)
        ranks = {action: self._object_at(action, text, low, start, end, after, before if participle else [],
                                         subject if participle else [])
                 for action, participle in wanting}
        nearest = min((rank for rank in ranks.values() if rank is not None), default=None)
        return {action for action, rank in ranks.items() if rank is None or rank != nearest}

    def _object_at(self, action: str, text: str, low: str, start: int, end: int, after: list[str],
                   before: list[str], subject: list[str]) -> float | None:
        """Where the action's first object word stands: within five words after (``after``; their place, 1 to 5);
        for a participle ("treaty signed", "the bill was approved") in the three words before it (``before``) or
        opening its passive clause (``subject``) instead (1.5: nearer than any but the word right after). The object
        word ``<name>`` is a name right after the verb ("ousted Altman"; 1) or, for a passive, opening its clause
        ("Altman was fired"; 1.5). None when there is none. ``low`` is ``text`` lower-cased."""
        wanted = self.actions[action].objects
        place: float | None = next((k for k, w in enumerate(after, 1) if w in wanted), None)
        if place == 1 or place is None and NAME_OBJECT in wanted and NAME_AFTER.match(text, end) is not None:
            return 1
        if any(w in wanted for w in (*before, *subject)) \
                or NAME_OBJECT in wanted and bool(subject) and NAME_AFTER.match(text, _clause_start(low, start)):
            return BEFORE_OBJECT
        return place


PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")


def _passive_subject(low: str, start: int, participle: bool) -> list[str]:
    """The first words of a passive verb's clause, where its object stands as the subject: "the body of a
    worker killed in the collapse was recovered"."""
    if not participle or PASSIVE_BEFORE.search(low, max(0, start - 12), start) is None:
        return []
    return re.findall(r"[a-z][a-z\-]*", low[_clause_start(low, start):start])[:4]


def _clause_start(low: str, start: int) -> int:
    return max(low.rfind(mark, 0, start) for mark in ",;:") + 1


NAME_OBJECT = "<name>"  # an object word standing for a name
BEFORE_OBJECT = 1.5  # the rank of an object word before a participle: nearer than all but the word right after it
# A name: one or two capitalised words, not a month or a day ("names Oct. 8 as the day"), nor a speaker.
NAME_AFTER = re.compile(rf"\s*(?!(?:{'|'.join(stem.capitalize() for stem in (*MONTH_STEMS, *WEEKDAY_STEMS))})[a-z]*\b)"
                        r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\b(?!\s+(?:said|says|told))")


DETERMINERS = frozenset("the a an this that these those its their his her our your my of for in on at to by "
                        "with from no any each every some".split())
# Words that make an -ing form after them a noun, though a past tense after them stays a verb.
ORDINALS = frozenset("next last first second third previous final upcoming latest".split())
# Words after which a bare or -s form is a verb: "will sign", "to visit", "did not meet", "he signs".
VERB_CUES = frozenset("to will would shall should can could may might must do does did not never also he she it "
                      "they we i you who which that and then".split())
PREVIOUS_WORDS = re.compile(r"[\w'’\-]+")


def _verb_form(surface: str, text: str, at: int, bare: frozenset[str]) -> bool:
    """Whether the word at ``at`` is used as a verb, judged from its form and the words before it.

    A past tense ("signed", "met") is one, unless a determiner makes it an
    adjective ("the fallen span"); an -ing form is one unless a determiner
    makes it a noun ("the signing"). A bare or -s form is a verb only after a
    word that calls for one ("will sign", "to visit", "he signs"), after a
    plural word for people who act ("lawmakers ratify"), or after a
    name that is a subject, as in headlines ("Putin signs"), not part of a
    longer name ("the Key Bridge collapse"); otherwise it is a noun ("a
    container ship", "the exchange of instruments").
    """
    before = PREVIOUS_WORDS.findall(text, max(0, at - 80), at)
    previous = before[-1] if before else ""
    low = previous.lower()
    if low == "to" and _takes_infinitive(_word_before_to(before)):
        return True  # "agreed to pay", "is expected to approve": an infinitive, whose tense done() reads
    if low in DETERMINERS or low.endswith(("'s", "’s")):
        return False
    if low in ORDINALS and surface.endswith("ing"):
        return False  # "the next meeting", "their first sitting": a noun; "Putin last met Kim" keeps its verb
    if surface not in bare:
        return True
    if low in DEMONYMS or low in NUMBER_WORDS or low.isdigit():
        return False  # "Chinese ships", "two visits": a noun after the adjective or the number that counts it
    if low in VERB_CUES or (low.endswith("s") and low in agent_words()):
        return True  # "Russian lawmakers ratify treaty", "Officials sign deal": a plural subject, as in headlines
    if surface.endswith("s") and NAME_ASIDE_BEFORE.search(text, max(0, at - 80), at):
        return True  # "Putin, in uniform, visits a command post": the name, an aside set off by commas, its verb
    name = 0
    while name < len(before) and before[-1 - name][:1].isupper():
        name += 1
    if name == len(before) == 1 and not surface.endswith("s") and not low.endswith("s") \
            and HEADLINE_VERB_NEXT.match(text, at + len(surface)):
        return False  # "Repair ship reaches ...": two nouns, then the headline's verb ("Leaders sign pacts" is not)
    return name > 0 and (name == len(before) or before[-1 - name].lower() not in DETERMINERS)


# A name, then an aside set off by commas, ending right before the word ("Putin, in uniform, ").
# (the aside opening as one does, not an item of a list: "Ministers, envoys, visits and talks")
NAME_ASIDE_BEFORE = re.compile(r"\b[A-Z][\w'’\-]*,\s+(?:in|at|on|with|without|the|a|an|his|her|its|their|now|still|"
                               r"already|once|aged|\d+)\b[^,;:()]{0,60},\s*$")
# A lower-case -s word right after: the headline's verb, the word before it a noun ("Repair ship reaches").
HEADLINE_VERB_NEXT = re.compile(r"\s+[a-z]{3,}s\b")
# Words before "to" + a bare form that make it an infinitive ("agreed to pay"), not a preposition ("to trade").
INFINITIVE_CUES = frozenset("agree agrees decide decides vote votes move moves promise promises pledge pledges vow "
                            "vows plan plans expect intend intends want wants hope hopes seek seeks try tries fail "
                            "fails refuse refuses begin begins began start starts continue continues threaten "
                            "threatens offer offers is are was were be been going set due able unable likely "
                            "unlikely ready about order orders allow allows".split())


def _word_before_to(before: list[str]) -> str:
    """The word before "to", past a date between them ("agreed on Oct. 24 to pay")."""
    for word in reversed(before[-6:-1]):
        low = word.lower()
        if not (low[:1].isdigit() or word[:1].isupper() or low in DATE_FILLERS):
            return low
    return ""


DATE_FILLERS = frozenset("on in at last this next week month year day early late".split())


def _takes_infinitive(word: str) -> bool:
    return word in INFINITIVE_CUES or (word.endswith("ed") and len(word) > 4)


@functools.cache
def agent_words() -> frozenset[str]:
    """Words for people who act ("delegation", "officials", "he"), read once."""
    lines = (line.split("#", 1)[0].strip() for line in AGENTS.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


@functools.cache
def opposed_roles() -> frozenset[frozenset[str]]:
    """Pairs of roles one party cannot hold in one event (giver and receiver), read once."""
    raw = yaml.safe_load(ROLES.read_text(encoding="utf-8"))
    _no_booleans(raw, ROLES.name)
    return frozenset(frozenset(pair) for pair in raw["opposed"])


@functools.cache
def stating_forms() -> frozenset[str]:
    """Every form of the verbs of stating that are no action of the table ("denied", "concedes"), read once."""
    raw = yaml.safe_load(ROLES.read_text(encoding="utf-8"))
    return frozenset(form for form, _, _ in _surfaces({"verbs": raw.get("stating", [])}))


@functools.cache
def lexicon() -> Lexicon:
    """The table, read once per process."""
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    _no_booleans(raw, DATA.name)
    actions: dict[str, Action] = {}
    forms: dict[str, list[tuple[str, bool, bool]]] = {}
    bare: set[str] = set()
    for name, spec in raw.items():
        for verb in spec.get("verbs", ()):
            base = verb.split("/")[0]
            bare.update((base, _third_person(base)))
        actions[name] = Action(name, bool(spec.get("speech")), frozenset(spec.get("objects", ())),
                               tuple((spec.get("roles") or {}).items()), frozenset(spec.get("opposite", ())),
                               spec.get("family", name), bool(spec.get("agent")), bool(spec.get("distinct")),
                               bool(spec.get("telling")))
        for surface, verbal, participle in _surfaces(spec):
            entry = (name, verbal, participle)
            if entry not in forms.setdefault(surface, []):
                forms[surface].append(entry)
    # One trie, the longest form at a place first: "held talks" wins over "talks", "handed over" over "handed".
    pattern = re.compile(rf"(?<![\w-])(?:{trie_regex(forms)})(?![\w-])")
    return Lexicon(actions, pattern, {k: tuple(v) for k, v in forms.items()}, _exceptions(raw), frozenset(bare))


def _exceptions(raw: dict) -> tuple[re.Pattern[str], dict[str, frozenset[str]]] | None:
    """Every `not` expression as one pattern, and each expression's actions."""
    actions: dict[str, set[str]] = {}
    for name, spec in raw.items():
        for expr in spec.get("not", ()):
            actions.setdefault(expr, set()).add(name)
    if not actions:
        return None
    pattern = re.compile(rf"(?<![\w-])(?:{trie_regex(actions)})(?![\w-])")
    return pattern, {expr: frozenset(names) for expr, names in actions.items()}


def _surfaces(spec: dict) -> list[tuple[str, bool, bool]]:
    """(surface form, is a verb form, is a past participle) for every word of an action."""
    out: list[tuple[str, bool, bool]] = []
    for verb in spec.get("verbs", ()):
        base, *irregular = verb.split("/")
        past, participle = (irregular + irregular)[:2] if irregular else (_past(base), _past(base))
        out += [(f, True, False) for f in (base, _third_person(base), *_gerunds(base), past)]
        out += [(f, True, True) for f in {participle, *(_regular_pasts(base) if not irregular else ())}]
    out += [(n, False, False) for n in spec.get("nouns", ())]
    out += [(p, True, False) for p in spec.get("phrases", ())]
    return out


def _third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _past(base: str) -> str:
    return _regular_pasts(base)[0]


def _regular_pasts(base: str) -> list[str]:
    """The regular past form; for a word ending consonant-vowel-consonant, the doubled form too
    ("ship" -> "shipped", "submit" -> "submitted"): stress decides, and a form no text uses matches nothing."""
    if base.endswith("e"):
        return [base + "d"]
    if base.endswith("y") and base[-2:-1] not in VOWELS:
        return [base[:-1] + "ied"]
    forms = [base + "ed"]
    if _ends_cvc(base):
        forms.append(base + base[-1] + "ed")
    return forms


def _gerunds(base: str) -> list[str]:
    if base.endswith("ie"):
        return [base[:-2] + "ying"]
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return [base[:-1] + "ing"]
    forms = [base + "ing"]
    if _ends_cvc(base):
        forms.append(base + base[-1] + "ing")
    return forms


def _ends_cvc(word: str) -> bool:
    """Consonant, vowel, consonant at the end; "qu" sounds a consonant ("acquit" -> "acquitted")."""
    return (len(word) >= 3 and word[-1] not in VOWELS + "wxy" and word[-2] in VOWELS
            and (word[-3] not in VOWELS or word[-4:-2] == "qu"))


def _no_booleans(value: object, where: str) -> None:
    """YAML reads a bare on, off, yes or no as a boolean: in a word list that is a word silently lost."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, bool):
                raise ValueError(f"{where}: a key read as {key}; quote it")
            _no_booleans(item, f"{where}: {key}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, bool):
                raise ValueError(f"{where}: a word read as {item}; quote it")
