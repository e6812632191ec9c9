"""Places, bodies, titles, things named after people and misspellings are not people (issue 15).

Each rule has a table: the sentence's own cues (head words, titles, where a name
stands), the curation file (entities, ``not_people``), misspellings, and quote
speakers.
"""

from __future__ import annotations

import pytest

from briefing.analyse.names import NameFinder, find_people
from briefing.analyse.names.typos import _slip
from briefing.analyse.quotes import find_quotes, speaker_person
from briefing.config import parse_config
from briefing.curate.people import name_finder
from briefing.model import Mention, Person, PersonHint

# Words the corpus writes in lower case: capitalised at a sentence's start they are no name.
VOCABULARY = {"talks", "debris", "crews", "traffic", "moon", "park"}


def found(text: str, finder: NameFinder | None = None) -> list[tuple[str, bool]]:
    """(surface, titled) of each candidate of one sentence, in order."""
    cands = (finder or NameFinder.for_hints([])).candidates([text], VOCABULARY)
    return [(c.surface, c.titled) for c in sorted(cands, key=lambda c: c.start)]


def people(sentences: list[tuple[str, str, str]], hints: list[PersonHint] = ()) -> dict[str, Person]:
    return {p.name: p for p in find_people(sentences, hints)}


# --- head words: a name ending in, or followed by, a place, body or thing word ---------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The two leaders met at the Vostochny Cosmodrome in September.", []),
    ("Talks began at the Kumsusan Guesthouse on Wednesday.", []),
    ("He joined the Buffalo Township Volunteer Fire Company in 1994.", []),  # a town's kind of place
    ("They gathered in Sher-e-Bangla Nagar before dawn.", []),
    ("Workers walked out at the Granite Works and the Harlow Mills on Monday.", []),  # plants named for places
    ("The collapse of Lehman Brothers shook the market.", []),  # a firm named after its founders
    ("The crowd pressed along Akhara Marg near the river.", []),  # a street
    ("The minister's home, Sheetal Niwas, was set alight.", []),  # a house
    ("The guests were moved from the Baron Hotel to a hostel overnight.", []),  # lodgings
    ("The crowd left the Funka Fest when the stage was shut.", []),  # a festival
    ("The shelter was run by Usindiso Ministries until 2019.", []),  # a body
    # a valley by its Arabic word, as "Mount" names a mountain: no "Wadi Kerra" (what is left is judged where it stands)
    ("A wall of water rushed down Wadi Kerra toward the sea.", [("Kerra", False)]),
    ("Trump posted a message on his Truth Social site late Saturday.", [("Trump", False)]),  # a platform
    ("The auditor questioned the Louvre Nouvelle Renaissance project announced by Macron.", [("Macron", False)]),
    ("In an article in the Rodong Sinmun newspaper, Putin thanked the country.", [("Putin", False)]),
    # a newspaper by its masthead's head word, in English and in other languages
    ("The Northwest Ledger reported the fire first.", []),
    ("Brandt told Die Zeit that the talks had stalled.", [("Brandt", False)]),
    ("The report first appeared in Svenska Dagbladet on Monday.", []),
    ("The barge, owned by Martin Petroleum, can hold 30,000 gallons.", []),
    ("It was a routine piece of Rapid Response Content meant to help the sensor.", []),
    ("All six men worked for Brawner Builders, patching the roadway.", []),
    ("Traffic built up at both ends, canal services firm Leth Agencies said.", []),  # plural heads too
    # a firm's head after capitalised words of its name: no part of it is a person's
    ("The ship's owner, Grace Ocean Private Limited, filed the petition.", []),
    ("Debris was taken to Sparrows Point to be recycled.", []),
    ("The ship struck the Francis Scott Key Bridge early Tuesday.", []),
    ("Crews cleared the Francis Scott Key bridge wreckage.", []),  # a lower-case head that is never a verb
    ("A ceremony was held in Kim Il Sung Square.", []),
    ("It was named for Francis Scott Key, the lawyer who wrote the poem.", [("Francis Scott Key", False)]),
    ("Dong Dang station was closed to traffic.", []),
    ("The plane landed at Rafic Hariri International Airport this morning.", []),  # a modifier before the head
    ("He ran the shrine's vast Astan Quds Razavi foundation for three years.", []),
    ("Rafic Hariri International said it would sell the plant.", [("Rafic Hariri", False)]),  # no head after
    ("In late December he told Saudi-owned Al Arabiya television that a constitution would take years.", []),
    ("Harding had dived to the bottom of the Mariana Trench.", [("Harding", False)]),
    ("Hamish Harding, the chairman of Action Aviation, was aboard.", [("Hamish Harding", True)]),
    ("Carl Hartsfield, a scientist at the Woods Hole Oceanographic Institution, spoke.", [("Carl Hartsfield", False)]),
    ("Harding flew on a Blue Origin flight in 2022.", [("Harding", False)]),
    # partners' names joined by an ampersand are a firm's
    ("The letter came from Michael Carlinsky of Quinn Emanuel Urquhart & Sullivan.", [("Michael Carlinsky", False)]),
    ("Its auditor, Ernst & Young, signed off.", []),
    # capitals running into a word are a firm's way of writing its name
    ("Its branches were sold to JPMorgan Chase that night.", []),
    # a regional airline brand ends in a head word
    ("Delta Connection flights resumed.", []),
    # a named event: a fire, a hurricane, a war
    ("The toll passed that of the Camp Fire in California.", []),
    ("The islands were hit by Hurricane Lane in 2018.", []),
    # a title head and "of" after it name a role, not someone
    # ("Chairman" alone is only a surname candidate, a person only if someone's full name ends in it)
    ("Admiral Osama Rabie, Chairman and Managing Director of the Canal Authority, signed.",
     [("Osama Rabie", True), ("Chairman", False)]),
    # a lower-case noun that may follow a person as a verb or a description does not count
    ("Putin and Kim point to the treaty as proof.", [("Putin", False), ("Kim", False)]),
])
def test_head_words_make_a_place_or_a_thing(text: str, expected: list[tuple[str, bool]]) -> None:
    assert found(text) == expected


def test_a_thing_named_after_a_person_is_no_mention_of_them() -> None:
    sents = [("a", "1", "The Francis Scott Key Bridge collapsed early Tuesday."),
             ("a", "2", "The Francis Scott Key Bridge carried 30,000 vehicles a day."),
             ("b", "1", "Traffic on the Francis Scott Key Bridge was stopped in time."),
             ("b", "2", "The bridge was named for Francis Scott Key, who wrote the anthem.")]
    found_people = people(sents)
    assert list(found_people) == ["Francis Scott Key"]
    assert [m.sentence for m in found_people["Francis Scott Key"].mentions] == ["2"]


# --- titles: the words of a title are no name, short titles keep their dot -------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Principal Deputy Associate Attorney General Benjamin Mizer said the case was strong.",
     [("Benjamin Mizer", True)]),
    ("Deputy Assistant Attorney General Brian Boynton filed the claim.", [("Brian Boynton", True)]),
    ("Transportation Secretary Pete Buttigieg toured the site.", [("Pete Buttigieg", True)]),
    ("The board will hear from company co-founder Lena Ostrova.", [("Lena Ostrova", True)]),
    ("City Solicitor Ebony Thompson said the city had hired two firms.", [("Ebony Thompson", True)]),
    ("Rear Adm. Shannon Gilreath said the search had ended.", [("Shannon Gilreath", True)]),
    ("Lt. Gen. Scott Spellmon called it a milestone.", [("Scott Spellmon", True)]),
    ("Gov. Wes Moore declared a state of emergency.", [("Wes Moore", True)]),
    ("Gov Wes Moore declared a state of emergency.", [("Wes Moore", True)]),
    ("Col. Roland Butler Jr. said divers found the truck.", [("Roland Butler Jr.", True)]),
    ("Ministry of Commerce spokesperson He Yadong said the duties were unfair.", [("He Yadong", True)]),
    ("He Yadong said the duties were unfair.", [("Yadong", False)]),  # no title: "He" stays a pronoun
    ("Park Geun-hye was impeached in 2017.", [("Park Geun-hye", False)]),  # "park" is a place word too
    ("Moon Jae-in met Kim in Pyongyang.", [("Moon Jae-in", False), ("Kim", False)]),
    ("Park Avenue was closed.", []),
    ("John Major met the press.", [("John Major", False)]),  # a title word with no name after it is a name
    # a given name that is also a stop word ("bill") starts a name after a title; two capitals there are initials
    ("Trump was joined by Sen. JD Vance and Rep. Bill Johnson.", [("Trump", False), ("JD Vance", True),
                                                                  ("Bill Johnson", True)]),
    ("The Railway Safety Bill passed.", [("Safety", False)]),  # no title, no name after: the bill
    ("The act was backed by Democrats Bob Casey and Republicans Marco Rubio.",
     [("Bob Casey", False), ("Marco Rubio", False)]),  # party members are no part of a name
])
def test_titles_are_not_names(text: str, expected: list[tuple[str, bool]]) -> None:
    assert found(text) == expected


def test_a_suffix_is_never_the_surname() -> None:
    sents = [("a", "1", "Col. Roland Butler Jr. said divers found the truck."),
             ("a", "2", "Butler said the search would go on.")]
    butler = people(sents)["Roland Butler Jr."]
    assert [(m.text, m.via) for m in butler.mentions] == [("Roland Butler Jr.", "name"), ("Butler", "surname")]


# --- where a name stands: only where places stand, it needs a title to be a person ------------------------------


@pytest.mark.parametrize(("text", "locative"), [
    ("He came from El Salvador.", True),
    ("Workers came from Mexico, Guatemala, Honduras and El Salvador.", True),  # listed with known places
    ("El Salvador, Honduras and Guatemala sent condolences.", True),
    ("Deaths were spread across Travis, Kendall, Tom Green and Williamson counties.", True),  # a list of places
    ("A disaster was declared for Kerr, Tom Green and 11 other counties.", True),
    ("Officials named Tom Green and Ann Lee as the new commissioners.", False),  # no place noun ends the list
    ("The train stopped in the border town of Dong Dang.", True),
    ("The motorcade drove through Glen Burnie.", True),
    ("He steered the craft into the wreck of the Andrea Doria.", True),  # people's names take no article
    ("He had dived to the deepest point of the Challenger Deep.", True),
    ("Harding, the chairman of Marlow Bennett, was aboard.", True),  # what a title is of is a body
    ("He flew to the edge of space aboard Blue Origin's rocket.", True),
    ("The Ever Forward, a container ship, was pulled free.", True),  # an article opening the sentence too
    ("The Italian tug Carlo Magno was close behind.", True),  # right after a noun of craft
    ("Grounded container ship Ever Forward freed in the bay", True),
    ("Deposits moved to the Deposit Insurance National Bank of Santa Clara.", True),  # the body's own name
    ("The company was founded by the widow of Hans Berg in 1983.", False),  # "of" after no head word
    ("Maynor Suazo Sandoval, 38, was a father of two.", False),
    ("The chairman, Hamish Harding, was aboard.", False),
    ("Kim Jong Un met Putin, Russia's president.", False),  # a possessive place is no list
    ("In Moulay Brahim, residents dug graves on the slope.", True),  # a preposition opening the sentence
    ("Crews were still digging in Imi Tala village.", True),
    ("The minaret fell at the edge of Jemaa Fna, the square at the heart of the medina.", True),  # appositive
    ("Aid reached Tafeghaghte Tizi, a mountain village, on Monday.", True),
    ("Residents thanked Maria Lopez, a nurse from the village, on Monday.", False),  # no kind of place
    # the body a title is of: a name right before a title's head word, no comma between
    ("The former Fannie Mae chief wrote to clients.", True),
    ("Mayopoulos, a Marlow Bennett spokesman said, wrote to clients.", True),
    ("Maria Lopez, chief of the clinic, spoke on Monday.", False),  # a comma: the title is hers
    # a work's title, quoted whole
    ('The film "Thirteen Lives" opens in cinemas on Friday.', True),
    ("The film \u201cThirteen Lives\u201d opened in July.", True),
])
def test_where_places_stand(text: str, locative: bool) -> None:
    cands = NameFinder.for_hints([]).candidates([text], set())
    full = [c for c in cands if not c.single]
    assert [c.locative for c in full][:1] == [locative]


def test_a_nickname_quoted_inside_a_name_stands_where_people_stand() -> None:
    cands = NameFinder.for_hints([]).candidates(['Barry "Butch" Wilmore flew the capsule.'], set())
    assert [(c.surface, c.locative) for c in cands] == [("Barry", False), ("Butch", False), ("Wilmore", False)]


def test_a_name_that_only_stands_where_places_stand_is_no_person() -> None:
    places = [("a", "1", "Miguel Luna, 49, came from El Salvador."),
              ("b", "1", "Workers came from Mexico, Guatemala, Honduras and El Salvador."),
              ("c", "1", "Kim crossed into Vietnam at Dong Dang."),
              ("c", "2", "The train waited in Dong Dang for an hour.")]
    assert set(people(places)) == {"Miguel Luna"}
    # A name-like name seen once elsewhere is still a person; a title makes one anywhere.
    person = [("a", "1", "Flowers were sent to Vladimir Sorokin."), ("a", "2", "Vladimir Sorokin thanked them."),
              ("b", "1", "Reporters waited for Gov. Wes Moore in Dundalk.")]
    assert set(people(person)) == {"Vladimir Sorokin", "Wes Moore"}



def test_a_name_its_sentence_calls_a_place_is_no_person_anywhere() -> None:
    # "the village of ...", "..., the square ...": one such occurrence outweighs the name standing as a subject
    places = [("a", "1", "Crews in the village of Imi N'Tala dug for bodies."),
              ("a", "2", "Imi N'Tala clung to a slope below a wall of rock."),
              ("b", "1", "A minaret fell at the edge of Jemaa el-Fna, the square at the heart of the medina."),
              ("b", "2", "Jemaa el-Fna emptied within minutes.")]
    assert set(people(places)) == set()
    # ... but a title still makes a person ("Mayor Ana Villa" is no village, whatever follows her name)
    titled = [("a", "1", "Mayor Ana Villa spoke in the village of San Roque."), ("a", "2", "San Roque mourned.")]
    assert set(people(titled)) == {"Ana Villa"}


# --- the curation file: entities are never people, not_people vetoes a name ------------------------------------


def test_curated_names_of_things_are_never_people() -> None:
    finder = NameFinder.for_hints([PersonHint("Kim Il Sung")], ["Synergy Marine", "Dong Dang", "Key Bridge"])
    assert found("The ship is managed by Synergy Marine of Singapore.", finder) == []
    assert found("Kim arrived in Dong Dang by train.", finder) == [("Kim", False)]
    assert found("Traffic on the Key Bridge stopped.", finder) == []
    # the veto wins over a curated person's own spelling
    veto_person = NameFinder.for_hints([PersonHint("Kim Il Sung")], ["Kim Il Sung University"])
    assert found("She studied at Kim Il Sung University.", veto_person) == []
    assert found("Kim Il Sung founded the state.", veto_person) == [("Kim Il Sung", False)]
    # and a curated person's name followed by a head word is the thing's name
    assert found("A ceremony was held in Kim Il Sung Square.", veto_person) == []


def test_the_curation_file_feeds_the_veto() -> None:
    config = parse_config({"title": "T", "sections": [{"id": "a", "title": "A", "terms": ["x"]}],
                           "entities": [{"name": "Synergy Marine Group", "aliases": ["Synergy Marine"]}],
                           "not_people": ["Hunt Valley", "Dali"]})
    assert config.not_people == ("Hunt Valley", "Dali")
    finder = name_finder(config)
    assert set(finder.vetoed) == {"Synergy Marine Group", "Synergy Marine", "Hunt Valley", "Dali"}
    assert found("A contractor based in Hunt Valley hired staff.", finder) == []
    # a vetoed name inside a longer name is no veto: the ship's name is a person's surname here
    assert found("The Dali was refloated, Carla Dali said.", finder) == [("Carla Dali", False)]
    assert found("Michael Jordan visited Jordan.", NameFinder.for_hints([], ["Jordan"])) == [("Michael Jordan", False)]
    # a vetoed name followed by an ordinary word is a brand of the thing; followed by a surname, a person
    brands = NameFinder.for_hints([], ["Delta", "Marlow"])
    assert found("Delta Park flights were cancelled.", brands) == []  # "park" is an ordinary word here
    assert found("Marlow Reyes spoke for Marlow.", brands) == [("Marlow Reyes", False)]
    assert parse_config({"title": "T", "sections": [{"id": "a", "title": "A", "terms": ["x"]}]}).not_people == ()


# --- misspellings -------------------------------------------------------------------------------------------


def corpus(names: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """One sentence per (name, source) pair: "<name> spoke on Monday."."""
    out = []
    for name, sources in names.items():
        for n, source in enumerate(sources):
            out.append((source, f"{name}-{n}", f"Mr. {name} spoke on Monday."))
    return out


MANY = ["a", "b", "c", "d"]


@pytest.mark.parametrize(("names", "merged"), [
    ({"Vladimir Putin": MANY, "Vladmir Putin": ["e"]}, {"Vladmir Putin": "Vladimir Putin"}),  # a letter dropped
    ({"Valdis Dombrovskis": MANY, "Valdis Dombrovkis": ["e"]}, {"Valdis Dombrovkis": "Valdis Dombrovskis"}),
    ({"Pete Buttigieg": MANY, "Pete Buttigeig": ["e"]}, {"Pete Buttigeig": "Pete Buttigieg"}),  # two swapped
    ({"Sergei Lavrov": MANY, "Sergei Lavrow": ["e"]}, {"Sergei Lavrow": "Sergei Lavrov"}),  # the same key (w = v)
    ({"Kim Jong Un": MANY, "Kim Jong Il": ["e"]}, {}),  # family-name-first: one letter is another person
    ({"Park Geun-hye": MANY, "Park Geun-hae": ["e"]}, {}),
    ({"Choe Son Hui": MANY, "Choe Son Hai": ["e"]}, {}),
    ({"Mark Henryson": MANY, "Mary Henryson": ["e"]}, {}),  # two known given names
    ({"Sergei Ivanov": MANY, "Sergei Ivanova": ["e"]}, {}),  # only the last letter: Ivanov, Ivanova
    ({"Maria Hansen": MANY, "Maria Jansen": ["e"]}, {}),  # another first letter
    ({"Vladimir Putin": MANY, "Vladmir Putin": ["e", "f"]}, {}),  # in two articles: no slip
    ({"Vladimir Putin": ["a", "b"], "Vladmir Putin": ["e", "e"]}, {}),  # not twice as often
    ({"Daniel Kovarek": MANY, "Daniel Kodarik": MANY, "Daniel Kovarik": ["e"]}, {}),  # fits two: left alone
    ({"Daniel Kovarek": MANY, "Daniel Kovarik": ["e"]}, {"Daniel Kovarik": "Daniel Kovarek"}),
    ({"Helena Olsen": MANY, "Helena Olen": ["e"]}, {"Helena Olen": "Helena Olsen"}),  # five letters, one dropped
])
def test_misspellings(names: dict[str, list[str]], merged: dict[str, str]) -> None:
    by_variant = {v.text: p.name for p in find_people(corpus(names)) for v in p.variants}
    for name in names:
        assert by_variant[name] == merged.get(name, name), name


def test_a_misspelling_joins_a_curated_name() -> None:
    sents = [("a", "1", "Pete Buttigieg toured the site."), ("b", "1", "Pete Buttigeig said the port would reopen.")]
    buttigieg = people(sents, [PersonHint("Pete Buttigieg")])
    assert list(buttigieg) == ["Pete Buttigieg"]
    assert [v.text for v in buttigieg["Pete Buttigieg"].variants] == ["Pete Buttigeig", "Pete Buttigieg"]


@pytest.mark.parametrize(("a", "b", "given", "slip"), [
    ("vladimir", "vladmir", True, True),
    ("dombrovskis", "dombrovkis", False, True),
    ("butigieg", "butigeig", False, True),
    ("petrenko", "petrenka", False, False),  # the last letter
    ("ivanov", "ivanova", False, False),
    ("jansen", "hansen", False, False),
    ("smith", "smyth", False, False),  # a changed letter in five: too short to tell
    ("olsen", "olen", False, True),  # a dropped letter in five
    ("kurt", "kut", False, False),  # four: too short
    ("alexandr", "alexandra", True, False),
    ("michael", "micheal", True, True),  # "micheal" is no known given name
])
def test_slip(a: str, b: str, given: bool, slip: bool) -> None:
    assert _slip(a, b, given) is slip
    assert _slip(b, a, given) is slip


# --- quote speakers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Army Corps of Engineers said it was “cautiously optimistic” about the channel.",
     "The Army Corps of Engineers"),
    ("The Ministry of Foreign Affairs of China said the gifts were “symbols of friendship”.",
     "The Ministry of Foreign Affairs of China"),
    ("The president of Russia said the talks were “very useful”.", "The president of Russia"),
    ("“No comment,” said Gov. Wes Moore.", "Gov. Wes Moore"),
    ("He said the talks were “very productive”.", "He"),
    ("The report said the ship had “lost power twice”.", "The report"),
    ("Engineers said the bridge was “fracture critical”.", "Engineers"),
])
def test_speaker_phrases(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def mention(text: str, person: str) -> Mention:
    return Mention("a", "s", 0, len(text), text, person, "name")


WANG, HE = mention("Wang Wentao", "wang-wentao"), mention("He Yadong", "he-yadong")


@pytest.mark.parametrize(("speaker", "own", "previous", "person"), [
    ("Commerce Minister Wang Wentao", [WANG], [], "wang-wentao"),
    ("He", [], [WANG], "wang-wentao"),  # the one person the previous sentence names
    ("she", [], [WANG, mention("Wang", "wang-wentao")], "wang-wentao"),
    ("He", [], [WANG, HE], ""),  # two people: ambiguous
    ("He", [], [], ""),
    ("They", [], [WANG], ""),  # a plural is no one person
    ("Engineers", [], [WANG], ""),
    ("the report", [WANG], [WANG], ""),
    ("", [WANG], [WANG], ""),
])
def test_speaker_person(speaker: str, own: list[Mention], previous: list[Mention], person: str) -> None:
    assert speaker_person(speaker, own, previous) == person
