"""People named in the corpus, with their spelling variants reconciled.

``find_people(sentences, hints)`` reads every ``(source_id, sentence_id,
text)`` sentence of every article and returns one :class:`Person` per person,
sorted by key, each with the exact places (:class:`Mention`) where the text
names or describes them.  Standard library only; deterministic (the output
depends on the input alone, never on hash order).

How it decides, step by step, and why:

1. **Vocabulary.**  Every word written in lower case anywhere in the corpus is
   collected.  A capitalised word that also occurs in lower case ("Security",
   "Strategic", "Harvest") is an ordinary word: a candidate made only of such
   words is dropped (unless it starts with a known given name), and a
   sentence-initial word of that kind is cut off ("Concluding ...").

2. **Candidates.**  Capitalised tokens that touch (only spaces between them;
   a dot only after an initial) form runs; possessives ("Russia's") end a run.
   Runs are split at stop words: function words, months, weekdays, countries,
   cities and regions, demonyms, organisation/place/event words ("Council",
   "Street", "Hurricane"), acronyms ("DPRK") and title words ("Deputy",
   "Minister"; a title word counts as one only when a name follows it, so
   "John Major" keeps "Major").  A few stop words read as a name after a
   name token ("Theresa May", "Michael Jordan").  Particles may stand inside
   a name ("bin", "van", "de") and hyphenated parts are one token
   ("Jong-un", "al-Assad").  2-4 capitalised tokens make a full-name
   candidate, one token a surname candidate; longer runs are dropped.  In a
   3-4 token candidate, unknown words before a known given name are dropped
   ("Gazprom Alexei Miller" -> "Alexei Miller").

3. **Roles** (precision first: better to miss a role than invent one).  Three
   patterns, each ending in a title head word (president, minister,
   secretary, leader, spokesman, chief executive...):
   a title chain right before the name ("Russian President Vladimir Putin",
   "Deputy Defense Minister ...", "Secretary of the Russian Security Council
   Sergei Shoigu", "Chairman of the DPRK Kim Jong-un"); an appositive before
   it, which needs "the" ("the secretary of Russia's Security Council, Sergey
   Shoigu,"); and one after it ("Dmitriy Peskov, the Kremlin spokesman,",
   "Jerome Powell, chairman of the Federal Reserve,").  Words after "of" must
   be capitalised or organisation/place words.  Roles are kept as written,
   first letter capitalised, one per case-insensitive spelling; curated roles
   come first, then found ones by frequency.

4. **Variant merging.**  Each token gets a transliteration key
   (:func:`token_key`: NFKD without diacritics, lower case, hyphens and
   apostrophes dropped, then sch/sh, tch/ch, ph/f, w/v, x/ks, kh/h, tz/ts,
   ck/k, q/k, hard c/k, Russian yo/e after a consonant, initial ye/e, j/i
   after a letter, y/i, double letters collapsed).  Given names also pass a
   small table of equivalent forms (:func:`given_key`: Volodymyr = Vladimir,
   Muhammad = Mohammed, Aleksandr = Alexander, ...).  A union-find over
   *distinct spellings* (never all pairs of names) merges:
   (a) equal whole-name keys ("Kim Jong-un" = "Kim Jong Un");
   (b) within a block of equal surname keys, equal joined given-name keys;
   (c) within the block, a spelling with initials ("V. Putin") into the one
   full spelling its initials fit; when several fit ("A. Hassan" with Ahmed
   and Ali Hassan) it stays apart.
   East Asian names are read family-name-first when the first token is a
   common Korean/Chinese family name and the rest is 1-2 romanised syllables
   per part ("Kim Jong-un", "Kim Il Sung", "Xi Jinping"); their surname is the
   first token, so the Kims share a block but never merge.  An Arabic article
   is ignored in surnames (al-Assad = Assad).  Curation aliases force merges;
   ``not_same_as`` vetoes a merge with any spelling whose whole-name key
   equals a vetoed name's, checked on whole clusters so that a third spelling
   cannot bridge it; two curated people are never merged with each other.

5. **Person-likeness.**  A merged cluster of full-name candidates is a person
   when any of: it is a curated name or alias; a role, title or honorific
   ("Mr") precedes one of its mentions; its given name is a known given name,
   or it has the East Asian shape; or it occurs in 2+ sentences with at least
   one occurrence not right after a place preposition ("in", "from", "to"...;
   "flights to Kiryat Shmona" twice does not make a person).  Candidates had
   to pass the stop-word and vocabulary filters first, so "North Korea",
   "Security Council", "Wall Street" or "Treaty on Comprehensive Strategic
   Partnership" never get here.

6. **Surname mentions.**  A lone token ("Shoigu", "Putin", "Kim") attaches to
   a person when exactly one person in the corpus (found or curated) has that
   surname; when several do, to the one of them named in full in the same
   article if there is exactly one; otherwise it stays unattached.  Stop
   words (countries, months...) are never surname candidates.

7. **Descriptions** from the curation ("the North Korean leader") resolve to
   their person, case-insensitively; a description listed for several people
   is ambiguous and ignored; one that directly precedes a name ("the DPRK
   leader Kim Jong-un") is not counted a second time.  Curated names and
   aliases are also matched literally (case-sensitive), so one-word aliases
   work and curated spellings win over overlapping heuristic candidates.

Output: a curated person is named by the curation; otherwise by its most used
spelling, a spelling without initials first, ties alphabetical.  The key is
the slug of that name, numbered ("-2") on a collision.  Variants are the
spellings of name/alias mentions with the sorted sources that used them.
Curated people with no mention at all are left out.

Known limits: all-capitals names ("PUTIN") read as acronyms and are skipped;
given names outside the built-in list need a title, a second sentence or a
curation entry; a middle name or patronymic makes another person
("George W. Bush" vs "George Bush", "Vladimir Vladimirovich Putin") unless an
alias joins them; "Lee Harvey"-like Western names starting with an East Asian
family name may be read family-name-first; the word lists are English-news
oriented; Latin, Greek and Cyrillic capitals are recognised, other scripts not.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ...model import Mention, NameCandidate, Person, PersonHint, Variant

# --------------------------------------------------------------------------
# Word lists.  Kept as data so that they can be read and extended; all are
# compared in lower case.
# --------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised only because they start a sentence or a headline word.
FUNCTION_WORDS = _words(
    """a an the and or but nor if in on at to of for from by with without into onto
    over under after before during since until while when where why how what which
    who whom whose this that these those it its he she they we you i his her their
    our my your me him them us also according among although as because both each
    either every few however meanwhile moreover neither not now once only other
    others several so some such than then there thus too very yet yesterday today
    tomorrow last next later earlier still just even here all any many most much no
    more less between against through throughout within about above below across
    along around behind beyond near toward towards upon via per concluding together
    following despite amid amidst unlike like instead asked speaking writing
    overall finally first second third further furthermore indeed perhaps
    recently previously currently notably separately similarly additionally
    earlier afterwards nevertheless nonetheless otherwise whether do does did
    is are was were be been has have had will would can could should may might
    must shall let see read watch listen photo video update breaking exclusive
    analysis opinion editorial comment live latest more top new old""")

MONTHS = _words(
    """january february march april may june july august september october november
    december sept""")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")

COUNTRIES_AND_PLACES = _words(
    """afghanistan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin
    bhutan bolivia bosnia herzegovina botswana brazil brunei bulgaria burkina faso
    burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
    cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia
    eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
    grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
    iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati
    korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali
    malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
    morocco mozambique myanmar burma namibia nauru nepal netherlands holland
    nicaragua niger nigeria macedonia norway oman pakistan palau palestine panama
    paraguay peru philippines poland portugal qatar romania russia rwanda samoa
    senegal serbia seychelles singapore slovakia slovenia somalia sudan spain sri
    lanka suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo
    tonga trinidad tobago tunisia turkey türkiye turkmenistan tuvalu uganda ukraine
    emirates britain england scotland wales uruguay uzbekistan vanuatu vatican
    venezuela vietnam yemen zambia zimbabwe crimea donbas donbass donetsk luhansk
    lugansk kherson zaporizhzhia kharkiv kyiv kiev moscow pyongyang seoul beijing
    tokyo washington london paris berlin kremlin primorye vladivostok khabarovsk
    siberia europe asia africa america americas arabia gaza jerusalem tehran
    damascus baghdad kabul ankara istanbul riyadh cairo dubai doha minsk warsaw
    brussels geneva vienna rome madrid delhi mumbai taipei hanoi manila jakarta
    bangkok sydney ottawa york california texas florida hong kong macau tibet
    xinjiang kashmir balkans caucasus chechnya dagestan belgorod kursk bakhmut
    avdiivka mariupol odesa odessa lviv dnipro sevastopol kaliningrad crimean
    los angeles san francisco chicago boston miami manhattan brooklyn
    westminster downing whitehall pentagon tel aviv buenos aires dhabi janeiro
    kuala lumpur addis ababa paulo vegas zealand leone orleans jersey hampshire
    dakota rica marino lumpur""")

DEMONYMS = _words(
    """russian ukrainian american british english french german italian spanish
    chinese japanese korean iranian iraqi syrian israeli palestinian turkish saudi
    emirati qatari egyptian indian pakistani afghan belarusian polish czech
    hungarian romanian bulgarian serbian croatian greek swedish finnish norwegian
    danish dutch belgian swiss austrian canadian mexican brazilian argentine
    argentinian cuban venezuelan colombian african nigerian kenyan ethiopian
    european asian arab arabic persian kurdish jewish muslim christian catholic
    orthodox soviet yemeni lebanese jordanian libyan sudanese somali moldovan
    georgian armenian azerbaijani kazakh uzbek chechen mongolian vietnamese thai
    filipino indonesian malaysian australian taiwanese tibetan uighur uyghur latin
    nordic baltic slavic pacific atlantic arctic antarctic western eastern
    northern southern north south east west central middle western sino""")

# Words that make a capitalised phrase an organisation, place, event or thing.
ORG_AND_THING_WORDS = _words(
    """council committee commission ministry department agency office bureau service
    services party union federation republic kingdom empire states nations united
    organization organisation association institute university college school
    academy foundation fund bank company corporation corp inc ltd llc plc group
    holdings airlines airways motors systems technologies news times post journal
    herald gazette tribune press media network radio television tv channel court
    tribunal parliament congress senate assembly duma rada knesset cabinet
    government administration army navy air force forces guard guards police
    militia brigade battalion regiment division corps command fleet security
    defense defence foreign interior affairs energy health justice finance economy
    economic trade commerce industry labour labor education culture sport transport
    agriculture environment national international federal state supreme
    democratic republican socialist communist workers people peoples popular
    liberation front movement alliance coalition treaty agreement accord pact
    partnership strategic comprehensive cooperation summit conference forum
    convention declaration charter protocol initiative program programme project
    operation plan act law bill street avenue road square boulevard lane bridge
    tower building center centre hall house palace castle station airport port
    harbor harbour railway highway park garden gardens museum gallery theatre
    theater stadium arena hospital clinic church cathedral mosque temple island
    islands peninsula river lake sea ocean gulf bay strait mount mountain mountains
    valley desert coast region province oblast krai district county city town
    village capital territory territories zone hurricane typhoon cyclone storm
    tropical earthquake war world cup games olympics olympic championship league
    club prize award day week year month christmas easter ramadan eid new wall
    silicon great grand royal imperial global saint st fort lower upper holy god
    allah internet google facebook twitter telegram youtube apple microsoft amazon
    exchange market markets stock index dollar euro ruble rouble yuan won
    reserve intelligence unit units team uk us usa eu nato""")  # UN: an acronym; "Un" is a name part

# Titles: stripped from the front of names, and the heads of role phrases.
TITLE_HEADS = _words(
    """president minister secretary chairman chairwoman chairperson chancellor premier
    leader king queen prince princess emperor empress pope governor mayor senator
    congressman congresswoman ambassador envoy spokesman spokeswoman spokesperson
    commander general admiral colonel lieutenant captain marshal director chief ceo
    founder judge prosecutor speaker sheikh emir sultan ayatollah patriarch
    archbishop bishop cardinal rabbi imam commissioner adviser advisor aide
    lawmaker deputy mp negotiator secretary-general president-elect executive
    vice-president commander-in-chief officer""")
# Modifiers that may stand in lower case inside a title chain.
TITLE_MODIFIERS = _words(
    """deputy vice first acting former prime foreign defense defence interior finance
    chief senior supreme crown state top security presidential executive general
    national military armed intelligence trade economy energy health justice
    emergency emergencies press""")
TITLE_WORDS = TITLE_HEADS | _words(
    """deputy vice acting prime foreign defense defence interior finance crown
    supreme first""")
HONORIFICS = _words("mr mrs ms miss mx dr sir dame lord lady madam mme mlle herr frau prof professor rev reverend")

# Lower-case particles allowed inside a name, and prefixes glued by a hyphen.
PARTICLES = _words(
    "bin ibn bint binti al el de da di del della der den van von du la le dos das ter ten abu abd")
_PREFIX_PARTICLES = "al|el|ad|an|ar|as|ash|at|az|ad|ed|bin|ibn|abu|abd|d|o|de|da|di|le|la|van|von|mac|mc"

# Stop words that read as a name part when they follow a name token:
# "Theresa May", "Michael Jordan", "George Washington", "Oliver North".
SOFT_STOP = _words(
    "may june august april march jordan georgia chad israel washington north paris")

STOP_WORDS = FUNCTION_WORDS | MONTHS | WEEKDAYS | COUNTRIES_AND_PLACES | DEMONYMS | ORG_AND_THING_WORDS
_CLASSIFY_WORDS = STOP_WORDS | HONORIFICS | TITLE_WORDS
_PLACE_PARTS = COUNTRIES_AND_PLACES | DEMONYMS

# Known given names (any transliteration): a strong "this is a person" signal.
_GIVEN_NAMES_TEXT = """
john james robert michael william david richard joseph thomas charles christopher
daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
stephen larry justin scott brandon benjamin samuel gregory frank patrick raymond
jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle
walter ethan jeremy harold keith christian roger noah gerald carl terry sean
austin arthur lawrence jesse dylan bryan joe billy bruce albert willie gabriel
logan alan juan wayne roy ralph randy eugene vincent russell louis bobby philip
johnny harvey lee martin mary patricia jennifer linda elizabeth barbara susan jessica sarah
karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle
dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia
kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane
virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn
sara janice jean alice madison doris abigail julia judy grace denise amber
marilyn beverly danielle theresa sophia marie diana natalie isabella charlotte
rose alexis kamala hillary boris emmanuel olaf keir rishi narendra recep ursula
antony jake lloyd mike ron nikki ted bernie elon jeff bill tim satya sundar sam
giorgia pedro luiz javier jair andres claudia gustavo nicolas xavier theresa
liz gordon tony margaret angela francois jacques nicolas jean pierre marine
friedrich annalena robert mette pedro luis carlos antonio manuel francisco jorge
miguel alejandro fernando ricardo sergio roberto eduardo rafael diego
vladimir volodymyr sergei dmitry alexei aleksandr alexander mikhail nikolai
andrei yuri ivan igor oleg pavel pyotr viktor valery vasily yevgeny evgeny
gennady anatoly leonid konstantin maxim roman ramzan denis kirill arkady grigory
fyodor stanislav vyacheslav vitaly ruslan artem anton ilya timur yegor semyon
boris elena olga tatiana natalia irina svetlana valentina lyudmila marina yulia
ekaterina yekaterina maria anastasia alina daria vitali petro mykhailo oleksandr
oleksiy kyrylo andriy valerii denys rustem dmytro vadym taras bohdan yaroslav
iryna olena oksana nataliya yevhen serhiy volodymyr mykola hryhoriy
muhammad mohammed ahmed ali omar hassan hussein abdullah khalid mahmoud mustafa
ibrahim yusuf salman faisal abdel abdul ismail yahya hamad tamim bashar hafez
saddam osama ayman hamza karim nasser walid tariq samir rami khaled fatima aisha
mariam layla nour masoud javad qasem ebrahim hassan abbas saeed said majid
rashid zayed mansour naif nayef turki bandar sultan anwar jamal hosni hosni
abdelaziz abdulaziz benjamin yoav benny yair naftali isaac itamar bezalel gadi
herzi avigdor gideon moshe ehud ariel shimon yitzhak golda
narendra rahul sonia indira amit arvind imran nawaz shehbaz asif benazir
recep ahmet mevlut hakan kemal
"""

# Equivalent given names (same name, other language or transliteration).
# The first spelling of each group is the canonical form.
_GIVEN_EQUIVALENTS_TEXT = """
muhammad mohammed mohamed mohammad muhammed mohamad
ahmed ahmad
omar umar
osama usama
hussein husayn hussain husain hossein hosein
mahmoud mahmud
mustafa mostafa
yusuf youssef yousef yusef yousuf youssouf
ibrahim ebrahim
khalid khaled
abdullah abdallah
abdulaziz abdelaziz
vladimir volodymyr wladimir wolodymyr uladzimir
alexander aleksandr alexandr oleksandr olexandr aliaksandr alyaksandr aleksander
alexei oleksiy oleksii aliaksei
sergei serhiy serhii siarhei
dmitry dmytro dzmitry
andrei andriy andrii
mikhail mykhailo michail
nikolai mykola
yevgeny yevhen
yuri jurij
pyotr petro petr
grigory hryhoriy
olga olha
yulia julia
"""

# Common East Asian family names; with a given name of 1-2 syllables they
# make a family-name-first name ("Kim Jong-un", "Xi Jinping").
_EAST_ASIAN_SURNAMES_TEXT = """
kim lee li ri yi park pak bak choi choe jung chung jeong kang cho jo yoon yun jang
chang lim im han oh seo shin sin kwon hwang ahn song ryu yoo hong jeon chun ko
moon mun son yang bae baek heo nam noh roh ha kwak xi wang zhang liu chen zhao
huang zhou wu xu sun hu zhu gao lin guo ma luo liang zheng xie tang feng deng
cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
shen yao jin fu wen mao qin hua
"""

# --------------------------------------------------------------------------
# Transliteration keys
# --------------------------------------------------------------------------

# Ordered rewrite rules on lower-case ASCII.  Each maps alternative Latin
# spellings of the same sound to one form.  Order matters: "x" must become
# "ks" before doubles collapse, "yo" must be read before "y" becomes "i".
_KEY_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"sch", "sh"),  # German Schoigu = Shoigu
        (r"tch", "ch"),  # French Tchaikovsky
        (r"ph", "f"),
        (r"w", "v"),  # Wladimir = Vladimir
        (r"x", "ks"),  # Alexei = Aleksei
        (r"kh", "h"),  # Mikhail = Mihail
        (r"tz", "ts"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"c(?=[^eiyh]|$)", "k"),  # Victor = Viktor, Nicolas = Nikolas
        (r"(?<=[bcdfghjklmnpqrstvz])yo(?=[^aeiouy])", "e"),  # Pyotr = Petr, Fyodor = Fedor
        (r"^ye", "e"),  # Yevgeny = Evgeny
        (r"(?<=[a-z])j", "i"),  # Sergej, Dmitrij, Tatjana; initial J kept: Jong != Yong
        (r"y", "i"),  # Sergey = Sergei, Dmitry = Dmitri, Tatyana = Tatiana
        (r"(.)\1+", r"\1"),  # Mohammed = Mohamed, Dmitrii = Dmitri, Zelenskyy = Zelensky
    )
)
_NON_LETTER = re.compile(r"[^a-z]")


def fold(text: str) -> str:
    """Lower case ASCII letters only: diacritics stripped (NFKD), hyphens,
    apostrophes and spaces dropped, so "Jong-un" = "Jong Un" = "Jongun"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_LETTER.sub("", plain.lower())


@functools.lru_cache(maxsize=1 << 18)
def token_key(token: str) -> str:
    """The transliteration key of one name token (or a run of them)."""
    s = fold(token)
    for pattern, replacement in _KEY_RULES:
        s = pattern.sub(replacement, s)
    return s


def _table(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.strip().splitlines():
        group = [token_key(w) for w in line.split()]
        for k in group:
            out.setdefault(k, group[0])
    return out


_GIVEN_CANON = _table(_GIVEN_EQUIVALENTS_TEXT)
_GIVEN_KEYS = frozenset(token_key(w) for w in _GIVEN_NAMES_TEXT.split()) | frozenset(_GIVEN_CANON)
_EA_SURNAME_KEYS = frozenset(token_key(w) for w in _EAST_ASIAN_SURNAMES_TEXT.split())
# One romanised Korean / Chinese syllable, on a key (after the rules above).
_SYLLABLE = r"[bcdfghjklmnpqrstvz]{0,3}[aeiou]{1,3}(?:ng|n|m|l|k|p|t|r)?"
_SYLLABLES_1_2 = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")
_SURNAME_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)[-'’](?=\w)", re.IGNORECASE)


def given_key(token: str) -> str:
    """Key of a given name: transliteration key, then the equivalence table."""
    k = token_key(token)
    return _GIVEN_CANON.get(k, k)


def surname_key(token: str) -> str:
    """Key of a surname; an Arabic article is dropped: al-Assad = Assad."""
    return token_key(_SURNAME_PREFIX.sub("", token))


# --------------------------------------------------------------------------
# Name shapes
# --------------------------------------------------------------------------

_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@dataclass(frozen=True)
class _Shape:
    """How one written full name decomposes, computed once per spelling."""

    full_key: str  # whole name, every token: "kimjongun"
    surname: str  # blocking key
    given: tuple[str, ...]  # given-name keys, canonical, in order
    initials: bool  # some given token is a bare initial
    family_first: bool
    namelike: bool  # known given name, or East Asian shape


def _is_family_first(core: list[str]) -> bool:
    """Kim Jong-un, Kim Il Sung, Xi Jinping; not Lee Anderson or Kim Darroch."""
    if not 2 <= len(core) <= 3 or token_key(core[0]) not in _EA_SURNAME_KEYS:
        return False
    if given_key(core[1]) in _GIVEN_KEYS:
        return False
    pieces = [p for t in core[1:] for p in re.split(r"[-'’]", t) if p]
    return 1 <= len(pieces) <= 2 and all(_SYLLABLES_1_2.fullmatch(token_key(p)) for p in pieces)


@functools.lru_cache(maxsize=65536)
def _shape(surface: str) -> _Shape | None:
    tokens = _NAME_TOKEN.findall(surface)
    core = [t for t in tokens if t.lower() not in PARTICLES]
    if len(core) < 2:
        return None
    full_key = "".join(token_key(t) for t in tokens)
    if _is_family_first(core):
        sur, given_tokens, family_first = core[0], tokens[1:], True
    else:
        last = len(tokens) - 1 - tokens[::-1].index(core[-1])
        sur, given_tokens, family_first = core[-1], tokens[:last], False
    given = tuple(given_key(t) for t in given_tokens)
    initials = any(len(t) == 1 for t in given_tokens)
    namelike = family_first or given_key(core[0]) in _GIVEN_KEYS
    return _Shape(full_key, surname_key(sur), given, initials, family_first, namelike)


def _full_key(surface: str) -> str:
    """Whole-name key, also for one-word curated aliases."""
    shape = _shape(surface)
    return shape.full_key if shape is not None else token_key(surface)


# --------------------------------------------------------------------------
# Tokens, runs and candidates
# --------------------------------------------------------------------------


def _upper_class() -> str:
    """A regex character class of the upper-case letters of Latin, Greek and
    Cyrillic (the re module has no \\p{Lu})."""
    codes = [c for c in range(0x41, 0x530) if chr(c).isupper()]
    spans: list[list[int]] = []
    for c in codes:
        if spans and spans[-1][1] == c - 1:
            spans[-1][1] = c
        else:
            spans.append([c, c])
    parts = (re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans)
    return "[" + "".join(parts) + "]"


_UP = _upper_class()
_LET = r"[^\W\d_]"
_TAIL = rf"(?:['’\-]{_LET}+)*"
_TOKEN_RE = re.compile(
    rf"(?<![\w'’\-])(?:"
    rf"(?P<cap>(?:(?:{_PREFIX_PARTICLES})['’\-])?{_UP}{_LET}*{_TAIL})"
    rf"|(?P<part>{'|'.join(sorted(PARTICLES))})(?![\w'’\-])"
    rf")"
)
_LOWER_WORD = re.compile(rf"(?<![\w'’\-])[a-z]{_LET}*{_TAIL}")
_POSSESSIVE_ENDINGS = ("’s", "'s", "’S", "'S")
_SPACE_GAP = re.compile(r"[^\S\n]+")
_INITIAL_GAP = re.compile(r"\.[^\S\n]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]['\"”’)]*)[\s\"“‘'(\[«—–-]*$")


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    kind: str = "name"  # name | part | initial | title | honor | stop
    possessive: bool = False


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        if m.group("part"):
            out.append(_Tok(m.group("part"), m.start(), m.end(), "part"))
            continue
        word, end = m.group("cap"), m.end()
        tok = _Tok(word, m.start(), end)
        if word.endswith(_POSSESSIVE_ENDINGS):
            tok.text, tok.end, tok.possessive = word[:-2], end - 2, True
        if len(tok.text) == 1 and text.startswith(".", tok.end):
            tok.kind = "initial"
        out.append(tok)
    return out


def _runs(text: str, tokens: list[_Tok]) -> list[list[_Tok]]:
    """Group tokens that touch: a possessive ends a run, a dot may only
    follow an initial, and a line break always separates."""
    runs: list[list[_Tok]] = []
    current: list[_Tok] = []
    for tok in tokens:
        if current:
            prev = current[-1]
            gap_re = _INITIAL_GAP if prev.kind == "initial" else _SPACE_GAP
            if prev.possessive or not gap_re.fullmatch(text, prev.end, tok.start):
                runs.append(current)
                current = []
        current.append(tok)
    if current:
        runs.append(current)
    return runs


def _classify(run: list[_Tok]) -> None:
    last = len(run) - 1
    for i, tok in enumerate(run):
        if tok.kind != "name":  # particles and initials are settled by _tokens
            continue
        text = tok.text
        low = text.lower()
        if len(text) > 1 and text.isupper():
            tok.kind = "stop"  # acronym: DPRK, KCNA, NATO
        elif low in _CLASSIFY_WORDS or "-" in low:
            followed = i < last and run[i + 1].kind != "part"
            if low in HONORIFICS and followed:
                tok.kind = "honor"
            elif low in TITLE_WORDS and followed:
                tok.kind = "title"  # a title only when a name follows: "John Major" keeps Major
            elif low in SOFT_STOP and i > 0 and run[i - 1].kind in ("name", "initial"):
                pass  # "Theresa May", "Michael Jordan"
            elif low in STOP_WORDS or any(len(p) > 2 and p in _PLACE_PARTS for p in low.split("-")):
                tok.kind = "stop"  # includes "Russian-Korean", "Sino-Russian"


def _segments(run: list[_Tok]) -> list[tuple[int, int]]:
    """Maximal [i, j) spans of name tokens, particles only inside."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(run):
        if run[i].kind not in ("name", "initial"):
            i += 1
            continue
        j = i
        while j < len(run) and run[j].kind in ("name", "initial", "part"):
            j += 1
        while run[j - 1].kind == "part":
            j -= 1
        spans.append((i, j))
        i = j
    return spans


# --- roles ---------------------------------------------------------------

_CAPW = rf"(?:(?:[A-Z]\.){{2,}}|{_UP}{_LET}*{_TAIL})"
_FUNC_ALT = "|".join(sorted(FUNCTION_WORDS - TITLE_MODIFIERS, key=lambda w: (-len(w), w)))
_MODW = rf"(?:(?!(?i:{_FUNC_ALT})\b){_CAPW}|(?:{'|'.join(sorted(TITLE_MODIFIERS))}))"
_HEAD = rf"(?i:{'|'.join(sorted((re.escape(h) for h in TITLE_HEADS), key=lambda w: (-len(w), w)))})"
# Words allowed after "of" in a role: capitalised, or organisation words
# written in lower case ("the secretary of Russia's security council").
_LOWER_OF_WORDS = "|".join(sorted(ORG_AND_THING_WORDS | DEMONYMS | COUNTRIES_AND_PLACES, key=lambda w: (-len(w), w)))
_OF_WORD = rf"(?:{_CAPW}|(?:{_LOWER_OF_WORDS})\b)"
_OF_PHRASE = rf"(?:\s+of\s+(?:the\s+)?(?:{_OF_WORD}\s+){{0,4}}{_OF_WORD})?"
# "Deputy Defense Minister " / "Secretary of the Russian Security Council " right before the name.
_ROLE_BEFORE = re.compile(
    rf"(?<![\w'’\-.])(?:{_MODW}\s+){{0,4}}{_HEAD}\b"
    rf"{_OF_PHRASE}[^\S\n]+$"
)
# "the secretary of Russia's Security Council, " right before the name.
_APPOS_BEFORE = re.compile(rf"(?<![\w'’\-])[Tt]he\s+((?:{_MODW}\s+){{0,3}}{_HEAD}\b{_OF_PHRASE}),[^\S\n]*$")
# ", the Russian president," right after the name.
_APPOS_AFTER = re.compile(rf",\s+(?:the\s+)?((?:{_MODW}\s+){{0,3}}{_HEAD}\b{_OF_PHRASE})\s*(?:[,;.)]|$)")
_APPOS_END = re.compile(r"\s*(?:[,;.)]|$)")
_ROLE_WINDOW = 160


def _tidy_role(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


_EDGE_PUNCT = ",;:.!?()“”\"'’"


def _head_near_end(words: list[str]) -> bool:
    """Could a role phrase end at the last of these words?  True when the
    last word is a title head, or a head stands before an "of" among the last
    seven words.  The role regexes are costly (tried at every position of a
    window), so this word test decides whether to run them at all."""
    low = [w.strip(_EDGE_PUNCT).lower() for w in words[-8:]]
    if low and low[-1] in TITLE_HEADS:
        return True
    return any(low[k] == "of" and low[k - 1] in TITLE_HEADS for k in range(max(1, len(low) - 7), len(low)))


def _roles(text: str, start: int, end: int) -> tuple[str, ...]:
    """Roles stated next to a name at [start, end), by three precise patterns."""
    found: list[str] = []
    lo = max(0, start - _ROLE_WINDOW)
    before = text[lo:start]
    stripped = before.rstrip()
    if stripped.endswith(","):  # appositive: "the secretary of ..., Sergey Shoigu"
        if _head_near_end(stripped[:-1].split()):
            m = _APPOS_BEFORE.search(text, lo, start)
            if m and _APPOS_END.match(text, end):
                found.append(m.group(1))
    elif stripped and _head_near_end(before.split()):
        m = _ROLE_BEFORE.search(text, lo, start)
        if m:
            found.append(m.group(0))
    if text.startswith(",", end):  # an anchored match: cheap enough to always try
        m = _APPOS_AFTER.match(text, end)
        if m:
            found.append(m.group(1))
    return tuple(_tidy_role(r) for r in found)


# --- candidates from one sentence ---------------------------------------------


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|into|outside|inside|across|towards?|via)\s+$")


def _is_sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START.search(text, max(0, pos - 20), pos) is not None


def _only_sentence_case(text: str, tok: _Tok, vocab: set[str]) -> bool:
    return (
        tok.kind == "name"
        and tok.text.lower() in vocab
        and given_key(tok.text) not in _GIVEN_KEYS
        and _is_sentence_start(text, tok.start)
    )


def _candidates(sent: int, text: str, vocab: set[str]) -> list[NameCandidate]:
    out: list[NameCandidate] = []
    for run in _runs(text, _tokens(text)):
        _classify(run)
        for i, j in _segments(run):
            # A capital that only marks the sentence start: "Concluding ...",
            # but not a known given name ("Mark Rutte said ...").
            if _only_sentence_case(text, run[i], vocab):
                i += 1
                while i < j and run[i].kind == "part":
                    i += 1
            if i >= j or run[j - 1].kind == "initial":
                continue
            cand = _candidate(sent, text, vocab, run, i, j)
            if cand is not None:
                out.append(cand)
    return out


def _candidate(sent: int, text: str, vocab: set[str], run: list[_Tok], i: int, j: int) -> NameCandidate | None:
    """The candidate in run[i:j], or None when it cannot be a name."""
    n_caps = sum(1 for t in run[i:j] if t.kind != "part")
    if n_caps > 4:
        return None  # too long to be one name; precision first
    if n_caps >= 3:
        i = _drop_unknown_prefix(run, i, j)
    seg = run[i:j]
    if n_caps >= 2:
        words = [t.text.lower() for t in seg if t.kind == "name"]
        if all(w in vocab for w in words) and given_key(seg[0].text) not in _GIVEN_KEYS:
            return None  # "Comprehensive Strategic Partnership": ordinary words
    start, end = seg[0].start, seg[-1].end
    titled = i > 0 and run[i - 1].kind in ("title", "honor")
    roles = _roles(text, start, end)
    locative = _LOCATIVE_BEFORE.search(text, max(0, start - 12), start) is not None
    return NameCandidate(sent, start, end, _norm_phrase(text[start:end]), len(seg) == 1, titled or bool(roles), roles, locative)


def _drop_unknown_prefix(run: list[_Tok], i: int, j: int) -> int:
    """"Gazprom Alexei Miller" -> "Alexei Miller": an unknown word before a
    known given name is more likely an organisation than a first name."""
    caps = [k for k in range(i, j) if run[k].kind != "part"]
    first = run[caps[0]].text
    if given_key(first) in _GIVEN_KEYS or token_key(first) in _EA_SURNAME_KEYS:
        return i  # "Lee Harvey Oswald", "Kim Il Sung": the first word is a name
    for k in caps[1:-1]:
        if given_key(run[k].text) in _GIVEN_KEYS:
            return k
    return i


# --------------------------------------------------------------------------
# Curation: literal names/aliases and descriptions
# --------------------------------------------------------------------------


def _norm_phrase(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _phrase_regex(phrases: Iterable[str], flags: int = 0) -> re.Pattern[str] | None:
    """One alternation of phrases, longest first; spaces and apostrophes loose."""
    parts = []
    for p in sorted(set(phrases), key=lambda s: (-len(s), s)):
        words = [re.escape(w).replace("'", "['’]") for w in p.split()]
        parts.append(r"\s+".join(words))
    if not parts:
        return None
    return re.compile(rf"(?<![\w'’\-])(?:{'|'.join(parts)})(?![\w\-])", flags)


# --------------------------------------------------------------------------
# Union-find over distinct spellings
# --------------------------------------------------------------------------


class _Clusters:
    """Union-find whose roots carry what a merge must respect: the curated
    person (at most one per cluster) and the vetoed name keys."""

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.hint: list[int] = []
        self.keys: list[set[str]] = []
        self.vetoes: list[set[str]] = []

    def add(self, full_key: str) -> int:
        self.parent.append(len(self.parent))
        self.hint.append(-1)
        self.keys.append({full_key})
        self.vetoes.append(set())
        return len(self.parent) - 1

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def can_union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.hint[ra] >= 0 and self.hint[rb] >= 0 and self.hint[ra] != self.hint[rb]:
            return False  # two curated people stay two people
        return not (self.vetoes[ra] & self.keys[rb] or self.vetoes[rb] & self.keys[ra])

    def union(self, a: int, b: int, force: bool = False) -> bool:
        if not force and not self.can_union(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if len(self.keys[ra]) < len(self.keys[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.keys[ra] |= self.keys[rb]
        self.vetoes[ra] |= self.vetoes[rb]
        if self.hint[ra] < 0:
            self.hint[ra] = self.hint[rb]
        self.keys[rb], self.vetoes[rb] = set(), set()
        return True


def _merge_blocks(uf: _Clusters, shapes: list[_Shape | None]) -> None:
    """Merge spellings: equal whole keys, then within each surname block
    equal given names, then initials that fit exactly one given name."""
    by_full: dict[str, int] = {}
    blocks: dict[str, list[int]] = defaultdict(list)
    for idx, shape in enumerate(shapes):
        if shape is None:
            continue
        first = by_full.setdefault(shape.full_key, idx)
        if first != idx:
            uf.union(first, idx)
        blocks[shape.surname].append(idx)
    for members in blocks.values():
        by_given: dict[tuple[str, ...], int] = {}
        with_initials: list[int] = []
        for idx in members:
            shape = shapes[idx]
            assert shape is not None
            if shape.initials:
                with_initials.append(idx)
                continue
            joined = ("".join(shape.given),)  # "Jong-un" = "Jong Un"
            first = by_given.setdefault(joined, idx)
            if first != idx:
                uf.union(first, idx)
        full_forms = sorted(by_given.items())
        for idx in with_initials:
            _merge_initials(uf, shapes, idx, [n for _, n in full_forms])


def _merge_initials(uf: _Clusters, shapes: list[_Shape | None], idx: int, full_forms: list[int]) -> None:
    """"V. Putin" joins the one full spelling in its block whose given names
    fit the initials; with several candidates ("A. Hassan") it stays apart."""
    shape = shapes[idx]
    assert shape is not None
    roots = set()
    for other in full_forms:
        o = shapes[other]
        assert o is not None
        if len(o.given) == len(shape.given) and all(
            a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(shape.given, o.given)
        ):
            roots.add(uf.find(other))
    if len(roots) == 1:  # ambiguous initials are left alone
        uf.union(roots.pop(), idx)


# --------------------------------------------------------------------------
# The whole pass
# --------------------------------------------------------------------------


def _slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "person"


_Sentence = tuple[str, str, str]  # (source id, sentence id, text)


@dataclass(slots=True)
class _Found:
    """A mention before person keys are known."""

    sent: int
    start: int
    end: int
    root: int
    via: str
    roles: tuple[str, ...] = ()


def find_people(sentences: Iterable[_Sentence], hints: Sequence[PersonHint] = (),
                candidates: Sequence[NameCandidate] | None = None) -> list[Person]:
    """People named in ``(source_id, sentence_id, text)`` sentences.

    See the module docstring for the heuristics.  Curated people without any
    mention are left out.  ``candidates`` (indexed into ``sentences``) may come
    from :meth:`NameFinder.candidates`, article by article; by default they are
    found here with the whole corpus as vocabulary.
    """
    sents = list(sentences)
    if candidates is None:
        vocab = Vocabulary(article_words(text for _, _, text in sents))
        candidates = NameFinder.for_hints(hints).candidates([text for _, _, text in sents], vocab)
    cands = list(candidates)
    fulls = [c for c in cands if not c.single]

    # One union-find node per distinct spelling (and per curated spelling).
    node_of: dict[str, int] = {}
    shapes: list[_Shape | None] = []
    uf = _Clusters()

    def node(surface: str) -> int:
        if surface not in node_of:
            node_of[surface] = uf.add(_full_key(surface))
            shapes.append(_shape(surface))
        return node_of[surface]

    hint_nodes = _curated_nodes(uf, node, hints)
    for surface in sorted({c.surface for c in fulls}):
        node(surface)
    _merge_blocks(uf, shapes)
    hint_roots = [uf.find(n) for n in hint_nodes]

    accepted = _accepted_roots(uf, fulls, node_of, shapes)
    accepted.update(hint_roots)

    found: list[_Found] = []
    for c in fulls:
        root = uf.find(node_of[c.surface])
        if root in accepted:
            found.append(_Found(c.sent, c.start, c.end, root, _via(c.surface, root, uf, hints), c.roles))
    found += _surname_mentions(sents, cands, found, uf, node_of, shapes, accepted)
    found += _description_mentions(sents, hints, hint_roots, found)
    return _assemble(sents, found, uf, hints)


def article_words(texts: Iterable[str]) -> frozenset[str]:
    """The words a text writes in lower case: its share of the vocabulary."""
    words: set[str] = set()
    for text in texts:
        words.update(w.lower() for w in _LOWER_WORD.findall(text))
    return frozenset(words)


class Vocabulary:
    """Membership in the corpus vocabulary, remembering every question asked.

    The candidates of a sentence depend on the vocabulary only through these
    answers, so a cached result stays right while the answers stay the same.
    """

    def __init__(self, words: frozenset[str] | set[str]) -> None:
        self._words = words
        self._asked: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        known = word in self._words
        self._asked[word] = known  # type: ignore[index]
        return known

    def answers(self) -> tuple[tuple[str, bool], ...]:
        return tuple(sorted(self._asked.items()))


@dataclass(frozen=True)
class NameFinder:
    """Finds name candidates sentence by sentence; the curated spellings win where they match."""

    literal: tuple[tuple[str, int], ...]  # normalised curated spelling -> hint index

    @classmethod
    def for_hints(cls, hints: Sequence[PersonHint]) -> NameFinder:
        literal: dict[str, int] = {}
        for h_idx, hint in enumerate(hints):
            for spelling in (hint.name, *hint.aliases):
                literal.setdefault(_norm_phrase(spelling), h_idx)
        return cls(tuple(literal.items()))

    def candidates(self, texts: Sequence[str], vocab: Vocabulary | set[str]) -> list[NameCandidate]:
        """Candidates of ``texts``, each with its index in ``texts`` as ``sent``."""
        literal = dict(self.literal)
        literal_re = _literal_regex(self.literal)
        out: list[NameCandidate] = []
        for s_idx, text in enumerate(texts):
            cands = _candidates(s_idx, text, vocab)  # type: ignore[arg-type]
            if literal_re is not None:
                lits = []
                for m in literal_re.finditer(text):
                    surface = _norm_phrase(m.group(0))
                    roles = _roles(text, m.start(), m.end())
                    lits.append(NameCandidate(s_idx, m.start(), m.end(), surface, False, bool(roles), roles,
                                      hint=literal[surface]))
                if lits:
                    cands = [c for c in cands if not any(c.start < lit.end and lit.start < c.end for lit in lits)]
                    cands += lits
            out.extend(cands)
        return out


@functools.lru_cache(maxsize=8)
def _literal_regex(literal: tuple[tuple[str, int], ...]) -> re.Pattern[str] | None:
    return _phrase_regex(s for s, _ in literal)


def _curated_nodes(uf: _Clusters, node: Callable[[str], int], hints: Sequence[PersonHint]) -> list[int]:
    """Each curated person's spellings forced into one cluster, vetoes attached."""
    heads = []
    for h_idx, hint in enumerate(hints):
        head = node(_norm_phrase(hint.name))
        root = uf.find(head)
        if uf.hint[root] < 0:
            uf.hint[root] = h_idx
        for alias in hint.aliases:
            other = node(_norm_phrase(alias))
            if uf.hint[uf.find(other)] in (-1, h_idx):
                uf.union(head, other, force=True)  # an alias is a curator's decision
        uf.vetoes[uf.find(head)] |= {_full_key(_norm_phrase(v)) for v in hint.not_same_as}
        heads.append(head)
    return heads


def _accepted_roots(
    uf: _Clusters, fulls: list[NameCandidate], node_of: dict[str, int], shapes: list[_Shape | None]
) -> set[int]:
    """Clusters that look like people: titled, name-like, or in 2+ sentences
    where at least one occurrence does not follow a place preposition
    ("flights to Tel Aviv" twice does not make a person)."""
    sentences: dict[int, set[int]] = defaultdict(set)
    not_place: set[int] = set()
    strong: set[int] = set()
    for c in fulls:
        n = node_of[c.surface]
        root = uf.find(n)
        sentences[root].add(c.sent)
        if not c.locative:
            not_place.add(root)
        shape = shapes[n]
        if c.titled or c.hint >= 0 or (shape is not None and shape.namelike):
            strong.add(root)
    return strong | {r for r, s in sentences.items() if len(s) >= 2 and r in not_place}


def _via(surface: str, root: int, uf: _Clusters, hints: Sequence[PersonHint]) -> str:
    h_idx = uf.hint[root]
    if h_idx < 0:
        return "name"
    hint = hints[h_idx]
    norm = _norm_phrase(surface)
    if norm == _norm_phrase(hint.name):
        return "name"
    if norm in {_norm_phrase(a) for a in hint.aliases}:
        return "alias"
    key = _full_key(norm)
    if key == _full_key(_norm_phrase(hint.name)):
        return "name"
    return "alias" if key in {_full_key(_norm_phrase(a)) for a in hint.aliases} else "name"


def _surname_mentions(
    sents: list[_Sentence],
    cands: list[NameCandidate],
    found: list[_Found],
    uf: _Clusters,
    node_of: dict[str, int],
    shapes: list[_Shape | None],
    accepted: set[int],
) -> list[_Found]:
    """Lone surnames: unique in the corpus, else unique in the same article."""
    by_surname: dict[str, set[int]] = defaultdict(set)
    for n in node_of.values():
        shape, root = shapes[n], uf.find(n)
        if root in accepted and shape is not None:
            by_surname[shape.surname].add(root)
    in_source: dict[tuple[str, str], set[int]] = defaultdict(set)
    surname_of_root: dict[int, set[str]] = defaultdict(set)
    for sur, roots in by_surname.items():
        for r in roots:
            surname_of_root[r].add(sur)
    for f in found:
        for sur in surname_of_root[f.root]:
            in_source[(sents[f.sent][0], sur)].add(f.root)
    out: list[_Found] = []
    for c in cands:
        if not c.single:
            continue
        sur = surname_key(c.surface)
        roots = by_surname.get(sur)
        if not roots:
            continue
        if len(roots) > 1:
            roots = in_source.get((sents[c.sent][0], sur), set())
        if len(roots) == 1:
            out.append(_Found(c.sent, c.start, c.end, next(iter(roots)), "surname", c.roles))
    return out


def _skip_space_comma(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] == ","):
        pos += 1
    return pos


def _description_mentions(
    sents: list[_Sentence], hints: Sequence[PersonHint], hint_roots: list[int], found: list[_Found]
) -> list[_Found]:
    owners: dict[str, set[int]] = defaultdict(set)
    for h_idx, hint in enumerate(hints):
        for d in hint.descriptions:
            owners[_norm_phrase(d).casefold()].add(h_idx)
    usable = {d: next(iter(o)) for d, o in owners.items() if len(o) == 1}  # shared descriptions are ambiguous
    desc_re = _phrase_regex(usable, re.IGNORECASE)
    if desc_re is None:
        return []
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for f in found:
        spans[f.sent].append((f.start, f.end))
    out: list[_Found] = []
    for s_idx, (_, _, text) in enumerate(sents):
        for m in desc_re.finditer(text):
            taken = spans.get(s_idx, [])
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            after = _skip_space_comma(text, m.end())
            if any(s == after for s, _ in taken):
                continue  # "the DPRK leader Kim Jong-un": the name already counts
            h_idx = usable[_norm_phrase(m.group(0)).casefold()]
            out.append(_Found(s_idx, m.start(), m.end(), hint_roots[h_idx], "description"))
    return out


def _assemble(sents: list[_Sentence], found: list[_Found], uf: _Clusters, hints: Sequence[PersonHint]) -> list[Person]:
    by_root: dict[int, list[_Found]] = defaultdict(list)
    for f in found:
        by_root[uf.find(f.root)].append(f)
    named: list[tuple[str, int]] = []
    for root, fs in by_root.items():
        h_idx = uf.hint[root]
        if h_idx >= 0:
            named.append((hints[h_idx].name, root))
            continue
        counts = Counter(" ".join(sents[f.sent][2][f.start : f.end].split()) for f in fs if f.via in ("name", "alias"))
        if counts:  # only a curated person can be known by surname alone
            # The most used spelling, but a full one before "V. Putin".
            named.append((min(counts, key=lambda t: (_has_initial(t), -counts[t], t)), root))
    # Stable keys: slug of the display name, numbered on collision in an
    # order that does not depend on the order of the input.
    def first_place(root: int) -> tuple[str, str, int]:
        return min((sents[f.sent][0], sents[f.sent][1], f.start) for f in by_root[root])

    keys: dict[int, str] = {}
    used: Counter[str] = Counter()
    for name, root in sorted(named, key=lambda nr: (nr[0], first_place(nr[1]))):
        base = _slug(name)
        used[base] += 1
        keys[root] = base if used[base] == 1 else f"{base}-{used[base]}"
    people = []
    for name, root in named:
        hint = hints[uf.hint[root]] if uf.hint[root] >= 0 else None
        people.append(_person(sents, keys[root], name, by_root[root], hint))
    return sorted(people, key=lambda p: p.key)


def _has_initial(name: str) -> bool:
    shape = _shape(_norm_phrase(name))
    return shape is not None and shape.initials


def _person(sents: list[_Sentence], key: str, name: str, fs: list[_Found], hint: PersonHint | None) -> Person:
    fs = sorted(fs, key=lambda f: (f.sent, f.start))
    mentions = tuple(
        Mention(sents[f.sent][0], sents[f.sent][1], f.start, f.end, sents[f.sent][2][f.start : f.end], key, f.via)
        for f in fs
    )
    spellings: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.via in ("name", "alias"):
            spellings[" ".join(m.text.split())].add(m.source)
    variants = tuple(Variant(t, tuple(sorted(s))) for t, s in sorted(spellings.items()))
    roles = _merge_roles(hint.roles if hint else (), [r for f in fs for r in f.roles])
    return Person(key, name, roles, variants, mentions)


def _merge_roles(curated: Sequence[str], found: list[str]) -> tuple[str, ...]:
    """Curated roles first, then found roles by frequency; one per casefold."""
    out = list(dict.fromkeys(curated))
    seen = {r.casefold() for r in out}
    counts = Counter(found)
    per_fold = Counter(r.casefold() for r in found)
    for role in sorted(counts, key=lambda r: (-per_fold[r.casefold()], -counts[r], r)):
        if role.casefold() not in seen:
            seen.add(role.casefold())
            out.append(role)
    return tuple(out)
