"""Every key of the curation file, declared once: its kind of value, its default and what it means.

The README's table "The curation file" is :func:`table` (a test keeps the two equal).
"""

from __future__ import annotations

from ..model import Column, Config, EntityRule, PersonRule, SectionRule, SourceMeta
from .options import Columns, Date, FilesOf, ListOf, Schema, Slug, Text, Texts, Url, Whole

# The fields a section's table can show besides the roles its events carry (derive/tables.py reads them).
FIELDS = ("when", "who", "where", "what", "amount")
# Ready-made tables, by name: the columns each stands for.
REGISTERS: dict[str, tuple[Column, ...]] = {
    "gifts": (Column("when", "When"), Column("giver", "From"), Column("receiver", "To"), Column("what", "What")),
    "visits": (Column("when", "When"), Column("visitors", "Who"), Column("where", "Where"), Column("host", "Host")),
}

SECTION = Schema(
    SectionRule,
    id=Slug("the name of the section's own page (`sections/<id>.md`) and its key in `briefing.json`",
            required=True, unique=True, fix="use letters, digits and '-', e.g. 'treaty'"),
    title=Text("the section's heading", required=True),
    terms=Texts("words or phrases that mark the section's statements: `word*` matches any ending, `...` a gap of "
                "up to five words; a single lower-case word ending in \"-ed\" or \"-ing\" also finds the verb's "
                "other forms (\"sailed\": sail, sails, sailing)", required=True, min_items=1,
                fix="list the words or phrases that mark this section's statements"),
    intro=Text("a line shown under the heading"),
    register=Columns("also show the section as a table, one row per event, each cell one of its fields: `when`, "
                     "`who` (everyone it involves, less those of a role column), `where`, `what` (what was given, "
                     "signed, imposed...), `amount` (the one sum or percentage its sentence gives), or a role its "
                     "events carry (`giver`, `host`, `signatory`, `imposer`, `target`...); "
                     "`[when, imposer: By, target, amount]` heads the second column *By*. "
                     "`gifts` is `[when, giver: From, receiver: To, what]`; "
                     "`visits` is When, Who (the visitors and guests; else, where a place or host is given, those "
                     "taking part), "
                     "Where, Host. A cell no field fills stays blank", tuple(REGISTERS), FIELDS,
                     fix="leave it out, name a ready-made table, or list the columns"),
)

ENTITY = Schema(
    EntityRule,
    name=Text("the entity's name", required=True),
    aliases=Texts("other names for it, so that statements match across articles (an acronym, the full name, the "
                  "adjective: *EU*, *European Union*, *European*)"),
)

PERSON = Schema(
    PersonRule,
    name=Text("the name the pages show", required=True, unique=True),
    aliases=Texts("other spellings of the name, always merged with it"),
    roles=Texts("titles the articles give the person (only ones they use)"),
    descriptions=Texts("phrases the articles use for the person instead of the name (*the prime minister*)"),
    not_same_as=Texts("names of other people never to be merged with this one"),
)

SOURCE = Schema(
    SourceMeta,
    outlet=Text("who published the article"),
    url=Url("where the article was published", fix="write it as https://…"),
    date=Date("the article's date, used when the file has none (the source page says where it came from)"),
    date_note=Text("how that date is known, shown beside it"),
)

TOP = Schema(
    Config,
    title=Text("the briefing's title", required=True),
    description=Text("the lead paragraph under the title"),
    key_points=Whole("how many statements the *Key points* list shows", 0, 20, default=5),
    latest_days=Whole("the *Latest* block lists the events first reported by articles dated this many days before "
                      "the newest article's date, or on it (0: on it only)", 0, 365, default=3),
    events_per_section=Whole("how many events each section shows on the briefing page, the most important; the "
                             "section's own page lists them all", 1, 50, default=8),
    sections=ListOf("the briefing's sections, in page order", SECTION, required=True, min_items=1,
                    fix="list at least one section with an id, a title and terms"),
    entities=ListOf("names that mean one thing when statements are compared across articles (never people)",
                    ENTITY),
    people=ListOf("people the articles name: how to recognise and tell them apart", PERSON),
    not_people=Texts("names that are no person's, though they look like one (a place, a company, a ship): never on "
                     "the *People* page"),
    sources=FilesOf("details per article, keyed by its path in `seeds/` (`2024/article.txt` in a folder)", SOURCE),
)


def table() -> list[str]:
    """The README's table of keys, one row per key at every level."""
    rows = ["| key | value | meaning |", "|---|---|---|"]
    return rows + [f"| `{key}` | {option.summary()} | {option.doc} |" for key, option in TOP.rows()]
