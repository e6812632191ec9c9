"""A synthetic corpus: one running diplomatic story told by many outlets.

The story is fictional: Karvenia and Valdoria (and a mediator, Soltania) sign
a strategic partnership treaty, exchange visits and gifts, and argue about
trade. Everything a benchmark needs from real news is here on purpose:

* **Events on a timeline.** Each day has a few events (a visit, talks, a
  signing, a gift, a ratification, trade figures, a protest). An article
  reports the latest events around its date, some older background and a
  fixed set of *evergreen* facts (what the treaty says), each fact worded in
  several ways, so cross-article merging has real work to do.
* **Outlets with house styles.** Each outlet has its own transliteration
  ("Aleksandr" or "Alexander Volkov"), quote marks (curly or straight),
  date style ("Sept. 3", "September 3"), honorifics ("Mr. Volkov") and file
  format: a `` date YYYY-MM-DD `` line before the title with blank-line
  paragraphs (sometimes hard-wrapped), or undated with one paragraph a line.
* **Shape.** 5 to 60 sentences an article, subheadings in longer ones, date
  phrases ("on March 3", "in mid-July", "last week"), quotations with
  attributions, abbreviations (Mr., Dr., Gen., U.N., a.m.).
* **Repeats.** About 5 % of files are near-duplicates (a wire story
  republished with one sentence changed) and about 1 % exact copies.

Coverage density is held constant (``ARTICLES_PER_DAY``): the timeline
grows with N, so the per-article work of a larger corpus looks like that of
a smaller one and per-article timings can be compared across sizes. The
evergreen facts do not grow with N: they are the part of the story that is
repeated more the more articles there are, as in a real scraper dump.

Everything is derived from ``random.Random`` instances seeded with strings
(which Python hashes deterministically), so a seed gives the same bytes on
every machine and every run.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

__all__ = ["END_DATE", "CorpusStats", "corpus_facts", "write_config", "write_corpus"]

END_DATE = dt.date(2024, 12, 31)  # in the past, so the reader never sees a future date
ARTICLES_PER_DAY = 4
EVENTS_PER_DAY = 3
BACKGROUND_DAYS = 365  # how far back the background of an article may reach
NEAR_DUPLICATE_SHARE = 0.05
EXACT_DUPLICATE_SHARE = 0.01
MIN_SENTENCES, MAX_SENTENCES, MODE_SENTENCES = 5, 60, 14


# --------------------------------------------------------------------------
# The cast: countries, bodies and people (with their spellings)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    capital: str
    formal: str
    parliament: str
    agency: str


KARVENIA = Country("Karvenia", "Karvenian", "Drastov", "the Karvenian Federation", "State Assembly", "KarPress")
VALDORIA = Country("Valdoria", "Valdorian", "Ostrel", "the Republic of Valdoria", "People’s Chamber",
                   "the Valdorian News Agency")
SOLTANIA = Country("Soltania", "Soltanian", "Qaranis", "the Kingdom of Soltania", "Majlis", "Soltan Wire")


@dataclass(frozen=True)
class Person:
    spellings: tuple[str, ...]  # transliteration variants; the first is the curated name
    surname: str
    role: str  # title written before the name
    description: str  # how an article refers to them without the name
    country: Country
    honorific: str  # "Mr." / "Ms."; dropped by outlets that do not use honorifics


VOLKOV = Person(("Aleksandr Volkov", "Alexander Volkov", "Aleksander Volkov", "Alexandr Volkov"), "Volkov",
                "Karvenian Foreign Minister", "the Karvenian foreign minister", KARVENIA, "Mr.")
SOROKIN = Person(("Yevgeny Sorokin", "Evgeny Sorokin", "Yevgeniy Sorokin", "Evgeniy Sorokin"), "Sorokin",
                 "Karvenian President", "the Karvenian president", KARVENIA, "Mr.")
ORLOV = Person(("Dmitri Orlov", "Dmitry Orlov", "Dmitriy Orlov", "Dmitrij Orlov"), "Orlov",
               "Deputy Defence Minister", "Karvenia’s deputy defence minister", KARVENIA, "Mr.")
PARK = Person(("Park Min-ho", "Pak Min Ho", "Park Minho", "Pak Min-ho"), "Park",
              "Valdorian Chairman", "the Valdorian leader", VALDORIA, "Mr.")
PARK_SISTER = Person(("Park Sun-hee", "Pak Sun Hui", "Park Sunhee", "Pak Sun-hui"), "Park",
                     "Vice Chairwoman", "the chairman’s sister", VALDORIA, "Ms.")
LIND = Person(("Teodor Lind", "Theodor Lind", "Teodor Lindh", "Theodore Lind"), "Lind",
              "Valdorian Foreign Minister", "the Valdorian foreign minister", VALDORIA, "Mr.")
RASHID = Person(("Mohammed al-Rashid", "Muhammad al-Rasheed", "Mohamed al-Rashid", "Muhammed al-Rashid"),
                "al-Rashid", "Soltanian envoy", "the Soltanian mediator", SOLTANIA, "Mr.")
GRITSENKO = Person(("Oleksiy Hrytsenko", "Alexei Gritsenko", "Aleksei Gritsenko", "Oleksii Hrytsenko"),
                   "Gritsenko", "Northern Council Secretary-General", "the council’s secretary-general",
                   KARVENIA, "Mr.")

KARVENIANS = (VOLKOV, SOROKIN, ORLOV)
VALDORIANS = (PARK, PARK_SISTER, LIND)
LEADERS = {KARVENIA.name: (SOROKIN, VOLKOV), VALDORIA.name: (PARK, LIND)}
EVERYONE = (*KARVENIANS, *VALDORIANS, RASHID, GRITSENKO)

TREATY = "the Treaty on Comprehensive Strategic Partnership"


# --------------------------------------------------------------------------
# Word pools: enough variety that IDF, the inverted index and the name
# finder see a realistic vocabulary, not a handful of repeated words
# --------------------------------------------------------------------------

TOPICS = (
    "grain transit", "fishing quotas in the Morrow Sea", "a new rail link to Velsk", "gas supplies",
    "border demarcation", "student exchanges", "military cooperation", "visa-free travel",
    "port access at Velsk", "pipeline tariffs", "satellite launches", "customs procedures",
    "nuclear safety", "direct flights", "debt restructuring", "mining licences in the Karst hills",
    "water rights on the Iska river", "a joint shipyard", "fertiliser exports", "power-grid links",
    "tourism", "cultural exchanges", "cross-border trade zones", "payment systems", "wheat prices",
    "the Morrow Sea bridge", "a free-trade area", "arms purchases", "space cooperation",
    "the return of prisoners", "medical supplies", "timber exports", "copper concessions",
)
VENUES = ("the Amber Palace", "the Harbour House", "Victory Hall", "the State Guesthouse", "the Kremsk Residence",
          "the Foreign Ministry mansion", "the Lake Iska dacha", "the Palace of Nations")
GIFTS = (
    "a pair of grey trotter horses", "a hunting dog", "a bronze bust of the poet Ilya Marek",
    "a portrait of the chairman in oils", "two armoured limousines", "a hand-woven silk carpet",
    "a tea service of Ostrel porcelain", "a model of the Drastov space rocket", "a ceremonial sabre",
    "a crate of Valdorian apples", "an antique globe", "a falcon", "a set of rare stamps",
    "a silver chess set", "a pedigree sheepdog", "a painting of the Morrow Sea",
)
PLACES = ("the Karst hills", "Velsk", "the Iska delta", "Lake Iska", "the Morrow Sea coast", "Brenn",
          "the northern border", "Kremsk")
CLAIMS = (
    "the agreement would reshape trade in the region", "neither side had given up much",
    "the timing was chosen to send a message to the Northern Council", "sanctions had pushed the two together",
    "the deal was more symbolic than practical", "investors were unlikely to follow quickly",
    "the rail link could take a decade to build", "the visit had been planned for months",
    "domestic politics explained the warm tone", "the fisheries dispute remained unresolved",
    "the Soltanian mediation had been decisive", "grain prices would fall by autumn",
)
FIRST_NAMES = ("Anna", "Boris", "Clara", "Daniel", "Elena", "Farid", "Greta", "Hamid", "Irina", "Jonas",
               "Katya", "Lev", "Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tamara", "Viktor",
               "Yulia", "Zoran", "Ingrid", "Omar", "Leila", "Mikhail", "Sofia", "Aleksei", "Nadia", "Ivo")
LAST_NAMES = ("Petrenko", "Halvorsen", "Kowal", "Brandt", "Sayegh", "Marek", "Dunaev", "Lindqvist",
              "Haddad", "Novak", "Tarasova", "Berg", "Kuznets", "Amari", "Varga", "Sokol", "Rahimi",
              "Ostrowski", "Falk", "Demir", "Bakir", "Holm", "Zelenko", "Moravec", "Rydell", "Karimov",
              "Lazar", "Hedlund", "Pavlik", "Esposito", "Mirov", "Sandberg", "Tamm", "Yilmaz", "Vidal")
INSTITUTES = ("Morrow Institute", "Centre for Northern Studies", "Ostrel Policy Forum", "Drastov Academy",
              "Qaranis Council on Trade", "Baltica Risk Group", "Institute of Strategic Affairs")
ADJECTIVES = ("constructive", "frank", "warm", "productive", "difficult", "substantive", "friendly",
              "cordial", "businesslike", "historic", "tense", "open", "long", "detailed")
QUOTES = (
    "We have built trust that no one can break", "Our friendship is not directed against anyone",
    "This is a new page in our history", "The door to dialogue remains open",
    "We will defend our common interests together", "Nothing was decided about weapons",
    "Trade is the backbone of this partnership", "We expect the Northern Council to respect our choice",
    "Our peoples have waited a long time for this day", "The sanctions have failed",
    "Every promise in this treaty will be kept", "We discussed everything openly",
)
DEMONSTRATIONS = ("the treaty", "the rail link", "rising food prices", "the fisheries deal", "the arms purchases",
                  "the visit", "the new customs rules")
SUBHEADINGS = {
    "treaty": ("What the treaty says", "A pact with teeth", "The agreements signed", "Ratification ahead"),
    "visits": ("Talks in the capital", "Behind closed doors", "A busy schedule", "Who met whom"),
    "gifts": ("Gifts for the leaders", "Horses and porcelain", "An exchange of presents"),
    "other": ("Background", "Reaction at home", "Trade and money", "What comes next", "Analysis"),
}

# The evergreen facts: what the treaty says, repeated across the whole
# corpus. Each is a set of wordings that share their key words, the way
# different outlets paraphrase one clause.
EVERGREEN = (
    ("treaty", (
        "Under the treaty, the two countries must assist each other in the event of aggression by a third state.",
        "The pact obliges each side to assist the other if it faces aggression from a third country.",
        "{K} and {V} pledged to assist each other in case of aggression, according to the treaty text.",
    )),
    ("treaty", (
        "The treaty replaces a 1998 friendship accord between {K} and {V}.",
        "It supersedes the friendship accord the two countries signed in 1998.",
        "{TREATY} replaced the 1998 friendship accord, which had expired.",
    )),
    ("treaty", (
        "The treaty commits both sides to refrain from joining any alliance directed against the other.",
        "Neither country may join an alliance directed against the other, the treaty says.",
    )),
    ("treaty", (
        "The treaty runs for 25 years and is renewed automatically unless either side withdraws.",
        "Signed for 25 years, the pact renews automatically unless one party withdraws.",
    )),
    ("treaty", (
        "The agreement also covers joint work on satellite navigation and space research.",
        "Space research and satellite navigation are also part of the treaty.",
    )),
    ("other", (
        "{K} and {V} fought a brief border war over the Iska river in 1987.",
        "The two countries clashed over the Iska river in a short border war in 1987.",
    )),
    ("other", (
        "The Northern Council suspended {K}’s membership in 2019.",
        "{K} has been suspended from the Northern Council since 2019.",
    )),
    ("visits", (
        "{SOROKIN} last visited {OSTREL} in 2000, when he met the current chairman’s father.",
        "The Karvenian president’s previous visit to {OSTREL} was in 2000.",
    )),
)


# --------------------------------------------------------------------------
# Outlets: each writes the story in its own house style
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlet:
    name: str
    spelling: int  # index into Person.spellings
    curly: bool  # “curly” or "straight" quote marks
    abbreviated_months: bool  # "Sept. 3" rather than "September 3"
    honorifics: bool  # "Mr. Volkov" rather than "Volkov"
    dated: bool  # date line + blank-line paragraphs, or undated with one paragraph a line
    wraps: bool  # hard-wraps paragraphs at 76 columns (dated files only)


def make_outlets(seed: int) -> tuple[Outlet, ...]:
    rng = random.Random(f"{seed}:outlets")
    names = ("Northern Dispatch", "Drastov Daily", "Ostrel Herald", "Morrow Wire", "Qaranis Times",
             "Baltica Post", "The Iska Observer", "Continental Review", "Harbour Gazette", "Evening Courier")
    return tuple(
        Outlet(name, spelling=rng.randrange(4), curly=rng.random() < 0.8, abbreviated_months=rng.random() < 0.4,
               honorifics=rng.random() < 0.5, dated=rng.random() < 0.6, wraps=rng.random() < 0.3)
        for name in names
    )


# --------------------------------------------------------------------------
# Events on the timeline
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    kind: str  # arrival, meeting, signing, ratification, gift, trade, exercise, protest
    section: str  # treaty, visits, gifts or other: where the pipeline should place it
    day: dt.date
    slots: dict[str, object] = field(hash=False)


EVENT_KINDS = (  # (kind, section, weight)
    ("arrival", "visits", 5), ("meeting", "visits", 5), ("signing", "treaty", 3), ("ratification", "treaty", 1),
    ("gift", "gifts", 3), ("trade", "other", 2), ("exercise", "other", 1), ("protest", "other", 2),
)


def make_event(seed: int, day: dt.date, k: int) -> Event:
    """The k-th event of a day; the same (seed, day, k) always gives the same event."""
    rng = random.Random(f"{seed}:event:{day.toordinal()}:{k}")
    kind, section, _ = rng.choices(EVENT_KINDS, weights=[w for _, _, w in EVENT_KINDS])[0]
    visitor_country = rng.choice((KARVENIA, VALDORIA))
    guests = KARVENIANS if visitor_country is KARVENIA else VALDORIANS
    hosts = VALDORIANS if visitor_country is KARVENIA else KARVENIANS
    slots: dict[str, object] = {
        "v": rng.choice(guests + (RASHID, GRITSENKO) if rng.random() < 0.15 else guests),
        "h": rng.choice(hosts),
        "host": VALDORIA if visitor_country is KARVENIA else KARVENIA,
        "topic": rng.choice(TOPICS),
        "venue": rng.choice(VENUES),
        "gift": rng.choice(GIFTS),
        "gift2": rng.choice(GIFTS),
        "ndays": rng.randint(2, 5),
        "hours": rng.randint(2, 9),
        "months": rng.randint(3, 30),
        "yes": rng.randint(180, 420),
        "no": rng.randint(0, 40),
        "parl": rng.choice((KARVENIA, VALDORIA)),
        "pct": f"{rng.randint(2, 60)}.{rng.randint(0, 9)}",
        "amount": f"{rng.randint(1, 40)}.{rng.randint(1, 9)}",
        "quarter": rng.choice(("first", "second", "third", "fourth")),
        "troops": f"{rng.randint(1, 30)},{rng.randint(0, 9)}00",
        "crowd": f"{rng.randint(2, 90)}0",
        "place": rng.choice(PLACES),
        "what": rng.choice(DEMONSTRATIONS),
        "paper": rng.choice(("an agreement", "a memorandum", "a protocol")),
    }
    return Event(kind, section, day, slots)


class Timeline:
    """Events by day, made on demand and kept: an article asks for a few days around its date."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._days: dict[dt.date, tuple[Event, ...]] = {}

    def on(self, day: dt.date) -> tuple[Event, ...]:
        if day not in self._days:
            self._days[day] = tuple(make_event(self.seed, day, k) for k in range(EVENTS_PER_DAY))
        return self._days[day]


# --------------------------------------------------------------------------
# Writing sentences in an outlet's style
# --------------------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Writer:
    """One article's voice: the outlet's style, and who has been named already."""

    def __init__(self, outlet: Outlet, date: dt.date, rng: random.Random) -> None:
        self.outlet = outlet
        self.date = date
        self.rng = rng
        self.named: set[str] = set()

    # --- people and places ---

    def person(self, p: Person) -> str:
        """Full name (with role) at first mention, then a shorter reference."""
        spelling = p.spellings[self.outlet.spelling if self.rng.random() < 0.9 else self.rng.randrange(4)]
        if p.surname not in self.named:
            self.named.add(p.surname)
            return f"{p.role} {spelling}" if self.rng.random() < 0.5 else spelling
        r = self.rng.random()
        if r < 0.5:
            return f"{p.honorific} {p.surname}" if self.outlet.honorifics else p.surname
        return p.description if r < 0.7 else spelling

    def country(self, c: Country) -> str:
        r = self.rng.random()
        return c.name if r < 0.6 else c.capital if r < 0.85 else c.formal

    def agency(self, c: Country) -> str:
        return c.agency

    # --- dates ---

    def when(self, day: dt.date) -> str:
        """A date phrase as a reporter on ``self.date`` would write it."""
        ago = (self.date - day).days
        if ago <= 0:
            return self.rng.choice(("on " + WEEKDAYS[day.weekday()], "today", "earlier today"))
        if ago < 7:
            return self.rng.choice(("on " + WEEKDAYS[day.weekday()], "earlier this week" if ago < 4 else "last week"))
        if ago < 14 and self.rng.random() < 0.5:
            return "last week"
        if ago < 60 or self.rng.random() < 0.5:
            months = SHORT_MONTHS if self.outlet.abbreviated_months else MONTHS
            return f"on {months[day.month - 1]} {day.day}"
        part = "early" if day.day <= 10 else "mid" if day.day <= 20 else "late"
        return f"in {part}-{MONTHS[day.month - 1]}" if part == "mid" else f"in {part} {MONTHS[day.month - 1]}"

    # --- finishing ---

    def finish(self, sentence: str) -> str:
        """Capitalise the first letter (a lowercase start would glue sentences) and apply quote style."""
        lead = len(sentence) - len(sentence.lstrip("“\"‘'"))
        if lead < len(sentence) and sentence[lead].islower():
            sentence = sentence[:lead] + sentence[lead].upper() + sentence[lead + 1:]
        if not self.outlet.curly:
            sentence = sentence.translate(_STRAIGHT)
        return sentence


_STRAIGHT = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"})


def event_sentences(e: Event, w: Writer) -> list[str]:
    """Every wording of an event in this writer's voice; the caller picks one or two."""
    s = e.slots
    v, h, host = s["v"], s["h"], s["host"]
    assert isinstance(v, Person) and isinstance(h, Person) and isinstance(host, Country)
    when = w.when(e.day)
    When = when[0].upper() + when[1:]
    if e.kind == "arrival":
        return [
            f"{w.person(v)} arrived in {host.capital} {when} for a {s['ndays']}-day visit focused on {s['topic']}.",
            f"{w.person(v)} landed in {host.capital} {when}, beginning a {s['ndays']}-day trip centred on "
            f"{s['topic']}.",
            f"A {v.country.adjective} delegation led by {w.person(v)} was in {host.capital} {when} for talks on "
            f"{s['topic']}, {w.agency(host)} reported.",
            f"{When}, {w.person(v)} began a {s['ndays']}-day visit to {host.name}, where {s['topic']} is expected "
            f"to dominate the talks.",
        ]
    if e.kind == "meeting":
        return [
            f"{w.person(v)} met with {w.person(h)} at {s['venue']} {when} to discuss {s['topic']}.",
            f"{w.person(h)} received {w.person(v)} at {s['venue']} {when}; the two discussed {s['topic']}, "
            f"according to {w.agency(host)}.",
            f"Talks between {w.person(v)} and {w.person(h)} at {s['venue']} focused on {s['topic']}, the "
            f"{host.adjective} foreign ministry said.",
            f"{When}, {w.person(h)} and {w.person(v)} held {s['hours']} hours of talks on {s['topic']} that both "
            f"called “{w.rng.choice(ADJECTIVES)}.”",
        ]
    if e.kind == "signing":
        paper = f"{s['paper']} on {s['topic']}"
        return [
            f"{w.person(v)} and {w.person(h)} signed {paper} in {host.capital} {when}.",
            f"{paper[0].upper()}{paper[1:]} was signed {when} in {host.capital} by {w.person(v)} and {w.person(h)}.",
            f"{When}, {w.country(KARVENIA)} and {w.country(VALDORIA)} signed {paper}, {w.agency(host)} reported.",
            f"The two sides signed {paper} {when}, after {s['months']} months of negotiations.",
        ]
    if e.kind == "ratification":
        parl = s["parl"]
        assert isinstance(parl, Country)
        return [
            f"{parl.adjective} lawmakers ratified {TREATY} {when} by {s['yes']} votes to {s['no']}.",
            f"The {parl.parliament} voted {s['yes']} to {s['no']} {when} to ratify the treaty.",
            f"Ratification of the treaty passed the {parl.parliament} by {s['yes']} votes to {s['no']}.",
        ]
    if e.kind == "gift":
        return [
            f"{w.person(v)} presented {w.person(h)} with {s['gift']} {when}.",
            f"{w.person(h)} received {s['gift']} as a gift from {w.person(v)}, {w.agency(host)} said.",
            f"Among the presents {w.person(v)} brought to {host.capital} was {s['gift']}.",
            f"In return, {w.person(h)} gave {w.person(v)} {s['gift2']}.",
        ]
    if e.kind == "trade":
        return [
            f"Trade between {KARVENIA.name} and {VALDORIA.name} rose {s['pct']} percent to {s['amount']} billion "
            f"dollars in the {s['quarter']} quarter, customs data showed.",
            f"Customs figures showed bilateral trade up {s['pct']} percent in the {s['quarter']} quarter, at "
            f"{s['amount']} billion dollars.",
        ]
    if e.kind == "exercise":
        return [
            f"About {s['troops']} troops took part in joint exercises near {s['place']} {when}, the defence "
            f"ministry said.",
            f"The defence ministry said {s['troops']} soldiers joined the drills near {s['place']} {when}.",
        ]
    return [  # protest
        f"About {s['crowd']} people protested in {host.capital} {when} against {s['what']}.",
        f"Police said some {s['crowd']} demonstrators gathered in {host.capital} {when} to oppose {s['what']}.",
    ]


def evergreen_sentence(index: int, w: Writer) -> tuple[str, str]:
    section, wordings = EVERGREEN[index]
    text = w.rng.choice(wordings).format(K=w.country(KARVENIA), V=w.country(VALDORIA), TREATY=TREATY,
                                         SOROKIN=w.person(SOROKIN), OSTREL=VALDORIA.capital)
    return section, text


def quote_sentence(w: Writer) -> str:
    speaker = w.rng.choice(EVERYONE)
    q = w.rng.choice(QUOTES)
    shape = w.rng.randrange(4)
    if shape == 0:
        return f"“{q},” {w.person(speaker)} said."
    if shape == 1:
        # Two sentences inside one quotation with a lowercase attribution: one sentence to the splitter.
        return f"“{q}. {w.rng.choice(QUOTES)},” {w.person(speaker)} told reporters at {w.rng.randint(9, 11)} a.m."
    if shape == 2:
        return f"{w.person(speaker)} said: “{q}.”"
    return f"{w.person(speaker)} called the talks “{w.rng.choice(ADJECTIVES)} and {w.rng.choice(ADJECTIVES)}.”"


def filler_sentence(w: Writer) -> str:
    """Analysis, reaction and colour: the sentences no section claims."""
    rng = w.rng
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    shape = rng.randrange(7)
    if shape == 0:
        return f"{name}, an analyst at the {rng.choice(INSTITUTES)}, said {rng.choice(CLAIMS)}."
    if shape == 1:
        return f"Dr. {name} of the {rng.choice(INSTITUTES)} said {rng.choice(CLAIMS)}."
    if shape == 2:
        return f"U.N. officials in Qaranis said they were following the contacts between {w.country(KARVENIA)} " \
               f"and {w.country(VALDORIA)} closely."
    if shape == 3:
        return f"Gen. {name}, who commands the {rng.choice(('northern', 'eastern', 'coastal'))} district, " \
               f"said {rng.randint(2, 40)} units were on alert near {rng.choice(PLACES)}."
    if shape == 4:
        return f"The {rng.choice(('kroner', 'valdor', 'dram'))} {rng.choice(('rose', 'fell'))} " \
               f"{rng.randint(1, 9)}.{rng.randint(0, 9)} percent against the dollar after the announcement."
    if shape == 5:
        return f"Opposition lawmakers in {rng.choice((KARVENIA, VALDORIA)).capital} criticised the plans on " \
               f"{rng.choice(TOPICS)} as {rng.choice(('rushed', 'secretive', 'costly', 'one-sided'))}."
    return f"{name} in {rng.choice(PLACES)} said prices for {rng.choice(('bread', 'fuel', 'fish', 'rent'))} " \
           f"had risen by {rng.randint(3, 40)} percent since {rng.choice(MONTHS)}."


# --------------------------------------------------------------------------
# Articles: a draft (title, blocks), then the bytes in the outlet's format
# --------------------------------------------------------------------------


@dataclass
class Draft:
    outlet: Outlet
    date: dt.date
    title: str
    blocks: list[tuple[str, list[str]]]  # ("heading" | "paragraph", sentences)
    # Each body sentence's fact key ("event:<day>:<k>", "evergreen:<i>", or the text of a
    # quote or colour sentence): the ground truth that benchmarks/quality.py scores merging against.
    facts: dict[str, str] = field(default_factory=dict)


def sentence_count(rng: random.Random) -> int:
    """5 to 60 sentences, most articles short: a triangular distribution with its mode at 14."""
    return max(MIN_SENTENCES, min(MAX_SENTENCES, round(rng.triangular(MIN_SENTENCES, MAX_SENTENCES, MODE_SENTENCES))))


def draft_article(seed: int, i: int, date: dt.date, outlets: tuple[Outlet, ...], timeline: Timeline) -> Draft:
    rng = random.Random(f"{seed}:article:{i}")
    w = Writer(rng.choice(outlets), date, rng)
    target = sentence_count(rng)
    days = [date - dt.timedelta(days=d) for d in range(3)]
    lead_key, lead = rng.choice([(f"event:{day.toordinal()}:{k}", e) for day in days
                                 for k, e in enumerate(timeline.on(day))])
    wordings = event_sentences(lead, w)
    picked = [(lead.section, wordings[0], lead_key)]
    if rng.random() < 0.5:
        picked.append((lead.section, rng.choice(wordings[1:]), lead_key))
    body = _body(w, timeline, rng, target - len(picked))
    # Group the body by theme, keeping first-seen order, as a reporter would.
    order = list(dict.fromkeys(section for section, _, _ in body))
    body.sort(key=lambda x: order.index(x[0]))
    title = _title(lead, w)
    finished = [(s, w.finish(t), fact) for s, t, fact in picked + body]
    return Draft(w.outlet, date, title, _blocks([(s, t) for s, t, _ in finished], rng),
                 {t: fact for _, t, fact in finished})


def _body(w: Writer, timeline: Timeline, rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    """``count`` (section, text, fact key) body sentences (fewer if the pools run dry), no fact told twice."""
    body: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for _ in range(count * 3):  # bounded: a short pool can never loop forever
        if len(body) == count:
            break
        section, text, fact = _body_sentence(w, timeline, rng)
        if fact not in seen:
            seen.add(fact)
            body.append((section, text, fact))
    return body


def _body_sentence(w: Writer, timeline: Timeline, rng: random.Random) -> tuple[str, str, str]:
    """(section, text, fact key): the key tells two wordings of one fact apart from two facts."""
    r = rng.random()
    if r < 0.52:
        if r < 0.40:  # recent news: mostly the last few days, at most two weeks back
            day = w.date - dt.timedelta(days=int(rng.expovariate(1 / 4)) % 14)
        else:  # background: up to a year back
            day = w.date - dt.timedelta(days=rng.randint(14, BACKGROUND_DAYS))
        k = rng.randrange(EVENTS_PER_DAY)
        e = timeline.on(day)[k]
        return e.section, rng.choice(event_sentences(e, w)), f"event:{day.toordinal()}:{k}"
    if r < 0.67:
        index = rng.randrange(len(EVERGREEN))
        section, text = evergreen_sentence(index, w)
        return section, text, f"evergreen:{index}"
    text = quote_sentence(w) if r < 0.78 else filler_sentence(w)
    return ("quote" if r < 0.78 else "other"), text, text


def _title(e: Event, w: Writer) -> str:
    v, host = e.slots["v"], e.slots["host"]
    assert isinstance(v, Person) and isinstance(host, Country)
    topic = e.slots["topic"]
    titles = {
        "arrival": f"{v.surname} arrives in {host.capital} for talks on {topic}",
        "meeting": f"{v.surname} and {host.adjective} leaders discuss {topic}",
        "signing": f"{KARVENIA.name} and {VALDORIA.name} sign deal on {topic}",
        "ratification": f"{host.adjective} lawmakers back the partnership treaty",
        "gift": f"{v.surname} brings {e.slots['gift']} to {host.capital}",
        "trade": f"Trade between {KARVENIA.name} and {VALDORIA.name} grows again",
        "exercise": f"Troops drill near {e.slots['place']} as ties deepen",
        "protest": f"Protest in {host.capital} against {e.slots['what']}",
    }
    return w.finish(titles[e.kind]).rstrip(".")


def _blocks(sentences: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, list[str]]]:
    """Paragraphs of one to three sentences; a subheading where a longer article changes theme."""
    blocks: list[tuple[str, list[str]]] = []
    long_article = len(sentences) >= 15
    previous_theme = sentences[0][0]
    i = 0
    while i < len(sentences):
        theme = sentences[i][0]
        if long_article and i > 2 and theme != previous_theme and rng.random() < 0.6:
            key = theme if theme in SUBHEADINGS else "other"
            blocks.append(("heading", [rng.choice(SUBHEADINGS[key])]))
        size = rng.choice((1, 2, 2, 3, 3))
        blocks.append(("paragraph", [t for _, t in sentences[i:i + size]]))
        previous_theme = sentences[min(i + size, len(sentences)) - 1][0]
        i += size
    return blocks


def render(d: Draft) -> str:
    """The file text in the outlet's format."""
    if d.outlet.dated:
        paragraphs = [_paragraph(kind, lines, d.outlet.wraps) for kind, lines in d.blocks]
        return f" date {d.date.isoformat()} {d.title}\n\n" + "\n\n".join(paragraphs) + "\n"
    return d.title + "\n" + "\n".join(" ".join(lines) for _, lines in d.blocks) + "\n"


def _paragraph(kind: str, sentences: list[str], wraps: bool) -> str:
    text = " ".join(sentences)
    if kind == "paragraph" and wraps:
        return textwrap.fill(text, width=76, break_long_words=False, break_on_hyphens=False)
    return text


def near_duplicate(d: Draft, rng: random.Random) -> Draft:
    """The same story republished with one sentence changed."""
    paragraphs = [n for n, (kind, _) in enumerate(d.blocks) if kind == "paragraph"]
    n = rng.choice(paragraphs)
    sentences = list(d.blocks[n][1])
    k = rng.randrange(len(sentences))
    w = Writer(d.outlet, d.date, rng)
    sentences[k] = w.finish(filler_sentence(w))
    blocks = list(d.blocks)
    blocks[n] = ("paragraph", sentences)
    return Draft(d.outlet, d.date, d.title, blocks, {**d.facts, sentences[k]: sentences[k]})


# --------------------------------------------------------------------------
# The corpus on disk
# --------------------------------------------------------------------------


@dataclass
class CorpusStats:
    files: int = 0
    near_duplicates: int = 0
    exact_duplicates: int = 0
    dated: int = 0
    bytes: int = 0


def write_corpus(dir: Path, n: int, seed: int = 0) -> None:
    """Write ``n`` article files into ``dir`` (created if missing); same seed, same bytes."""
    corpus_stats(dir, n, seed)


def corpus_stats(dir: Path, n: int, seed: int = 0) -> CorpusStats:
    """``write_corpus``, also saying what was written (for the benchmark's notes)."""
    dir.mkdir(parents=True, exist_ok=True)
    stats = CorpusStats()
    for name, text, draft, copy in _articles(n, seed):
        data = text.encode("utf-8")
        (dir / name).write_bytes(data)
        stats.files += 1
        stats.exact_duplicates += copy == "exact"
        stats.near_duplicates += copy == "near"
        stats.dated += draft.outlet.dated
        stats.bytes += len(data)
    return stats


def corpus_facts(n: int, seed: int = 0) -> dict[str, dict[str, str]]:
    """File name -> {body sentence, whitespace folded -> fact key}: what ``write_corpus`` wrote means."""
    return {name: {" ".join(t.split()): fact for t, fact in draft.facts.items()}
            for name, _, draft, _ in _articles(n, seed)}


def _articles(n: int, seed: int) -> Iterator[tuple[str, str, Draft, str]]:
    """(file name, text, draft, "exact" | "near" | "") for each article, in order."""
    rng = random.Random(f"{seed}:corpus")
    outlets = make_outlets(seed)
    timeline = Timeline(seed)
    start = END_DATE - dt.timedelta(days=max(1, n // ARTICLES_PER_DAY))
    dates = sorted(start + dt.timedelta(days=rng.randint(0, (END_DATE - start).days)) for _ in range(n))
    width = max(3, len(str(n - 1)))
    drafts: list[Draft] = []
    texts: list[str] = []
    for i, date in enumerate(dates):
        r = rng.random()
        copy = ""
        if i > 0 and r < EXACT_DUPLICATE_SHARE:
            j = rng.randrange(len(texts))
            text, draft, copy = texts[j], drafts[j], "exact"
        elif i > 0 and r < EXACT_DUPLICATE_SHARE + NEAR_DUPLICATE_SHARE:
            draft = near_duplicate(rng.choice(drafts), rng)
            text, copy = render(draft), "near"
        else:
            draft = draft_article(seed, i, date, outlets, timeline)
            text = render(draft)
        drafts.append(draft)
        texts.append(text)
        yield f"{i:0{width}d}_{rng.getrandbits(64):016x}.txt", text, draft, copy


def write_config(path: Path) -> None:
    """A ``briefing.yml`` for the synthetic story (schema: the repo's briefing.yml).

    Some transliterations are curated as aliases and some are not, so the
    curation folds part of the spellings and leaves the rest to the pipeline.
    """
    path.write_text(yaml.safe_dump(config_data(), allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")


def config_data() -> dict[str, object]:
    def person(p: Person, aliases: int, **extra: object) -> dict[str, object]:
        return {"name": p.spellings[0], "aliases": list(p.spellings[1:1 + aliases]), "roles": [p.role],
                "descriptions": [p.description], **extra}

    def country(c: Country) -> dict[str, object]:
        return {"name": c.name, "aliases": [c.adjective, c.formal.removeprefix("the "), c.capital,
                                            f"{c.name}’s", f"{c.name}'s"]}

    return {
        "title": "Karvenia and Valdoria: the partnership treaty, the visits and the gifts",
        "description": "What the articles report about the Karvenia–Valdoria rapprochement: the treaty and what "
                       "it commits to, who visited whom, and the presents the leaders exchanged.",
        "key_points": 5,
        "sections": [
            {"id": "treaty", "title": "Treaty",
             "intro": "Agreements between the two countries and what they commit to.",
             "terms": ["treaty", "treaties", "pact", "accord", "agreement*", "memorandum", "protocol", "ratif*",
                       "signed", "signing", "mutual assistance", "assist each other", "aggression",
                       "strategic partnership", "alliance"]},
            {"id": "visits", "title": "Visits",
             "intro": "Who travelled where, who received whom, and what the talks covered.",
             "terms": ["visit*", "delegation*", "met with", "met the", "meeting", "talks", "arrived in", "landed in",
                       "received", "trip", "discuss*", "negotiations"]},
            {"id": "gifts", "title": "Gifts", "intro": "Presents exchanged between the leaders.",
             "terms": ["gift*", "present", "presents", "presented ... with", "in return", "portrait*", "bust",
                       "horse*", "trotter*", "dog*", "limousine*", "carpet", "porcelain", "sabre", "falcon"]},
        ],
        "entities": [
            country(KARVENIA), country(VALDORIA), country(SOLTANIA),
            {"name": "Northern Council", "aliases": ["Council of Northern States"]},
            {"name": "Valdorian News Agency", "aliases": ["VNA"]},
        ],
        "people": [
            person(SOROKIN, 1), person(VOLKOV, 2), person(ORLOV, 0),
            person(PARK, 1, not_same_as=[PARK_SISTER.spellings[0]]),
            person(PARK_SISTER, 0, not_same_as=[PARK.spellings[0]]),
            person(LIND, 1), person(RASHID, 1), person(GRITSENKO, 1),
        ],
    }
