"""People in news sentences: extraction, roles, transliteration-aware merging."""

from __future__ import annotations

import random

import pytest

from briefing.analyse.names import find_people, given_key, token_key
from briefing.model import Person, PersonHint

# Sentences from the two real seed articles (000 and 003).
KOREA = [
    ("s000", "t", "The North Korean leader has received the secretary of Russia’s security council, Sergey Shoigu"),
    ("s000", "p1", "Kim Jong-un has received the secretary of Russia’s Security Council, Sergey Shoigu, with both "
     "officials vowing to further deepen ties between Moscow and Pyongyang."),
    ("s000", "p2", "This June, Russian President Vladimir Putin paid a state visit to North Korea for the first time "
     "since 2000."),
    ("s000", "p3", "The talks culminated in the signing of the Treaty on Comprehensive Strategic Partnership."),
    ("s000", "p4", "According to a statement released by the Russian Security Council, a delegation led by Shoigu was "
     "in Pyongyang on Friday."),
    ("s000", "p5", "North Korea’s state-run KCNA news agency reported that negotiations between Kim and Shoigu "
     "focused on deepening “strategic dialogue between the two countries.”"),
    ("s000", "p6", "Kim pledged to “further expand cooperation and coordination with the Russian Federation in "
     "accordance with the spirit of the treaty on comprehensive strategic partnership,” as quoted by KCNA."),
    ("s000", "p7", "In mid-July, Kim received a Russian military delegation headed by Deputy Defense Minister "
     "Aleksey Krivoruchko."),
    ("s003", "t", "Sergei Shoigu met with Kim Jong-un in Pyongyang"),
    ("s003", "p1", "Secretary of the Russian Security Council Sergei Shoigu met with the Chairman of the DPRK "
     "Kim Jong-un."),
    ("s003", "p2", "The meeting took place in Pyongyang, where Shoigu arrived on September 13."),
    ("s003", "p3", "In July of this year, Kim Jong-un received a Russian military delegation led by Deputy Defense "
     "Minister Alexei Krivoruchko."),
    ("s003", "p4", "Before that, Russian President Vladimir Putin visited North Korea."),
    ("s003", "p5", "During his June visit, the Russian president presented the North Korean leader with a portrait "
     "of his grandfather Kim Il Sung and a writing set with Palekh painting."),
    ("s003", "p6", "Kim also presented Putin with two hunting dogs of the rare Pungsan breed, which was bred from "
     "North Korean wolves and is almost unknown outside the country."),
    ("s003", "p7", "24 Orlov trotters, which the DPRK leader loves, arrived in the country through the Khasan "
     "railway checkpoint in Primorye."),
    ("s003", "p8", "Also, since the beginning of the year, Kim received two cars of the premium Russian brand Aurus "
     "as a gift from Putin."),
]

# Other events, other spellings, and distractors.
WORLD = [
    ("kyiv", "1", "Ukrainian President Volodymyr Zelensky met Saudi Crown Prince Mohammed bin Salman in Jeddah on "
     "Wednesday."),
    ("kyiv", "2", "Zelensky thanked the crown prince for his support."),
    ("kyiv", "3", "Kremlin spokesman Dmitry Peskov said Moscow had not been invited."),
    ("riyadh", "1", "Crown Prince Muhammad bin Salman hosted Vladimir Zelenskyy for talks on a peace formula."),
    ("riyadh", "2", "Dmitriy Peskov, the Kremlin spokesman, dismissed the meeting."),
    ("riyadh", "3", "Belarusian President Aleksandr Lukashenko called the summit pointless."),
    ("minsk", "1", "Alexander Lukashenko met Chinese President Xi Jinping in Beijing."),
    ("minsk", "2", "Xi praised the partnership between the two countries."),
    ("minsk", "3", "Lukashenko later flew to New York for the General Assembly."),
    ("cairo", "1", "Ahmed Hassan, a fisherman from Alexandria, said the storm destroyed his boat."),
    ("cairo", "2", "Hassan said he would rebuild."),
    ("alex", "1", "Omar Hassan, the governor of Alexandria, ordered evacuations."),
    ("alex", "2", "Ahmed Hassan and Omar Hassan are not related."),
    ("alex", "3", "Hassan urged calm."),
    ("florida", "1", "Hurricane Milton made landfall in Florida on Wednesday night."),
    ("florida", "2", "Hurricane Milton knocked out power to three million homes."),
    ("florida", "3", "Shares on Wall Street fell as traders weighed the damage from Milton."),
    ("florida", "4", "Wall Street analysts expect insurers to lose billions."),
    ("florida", "5", "Flights from New York to Tampa were cancelled."),
    ("florida", "6", "New York officials sent rescue teams to the street."),
]


def by_surname(people: list[Person], surname: str) -> list[Person]:
    return [p for p in people if any(v.text.endswith(surname) for v in p.variants)]


def one(people: list[Person], surname: str) -> Person:
    found = by_surname(people, surname)
    assert len(found) == 1, [p.name for p in found]
    return found[0]


def texts(person: Person, via: str | None = None) -> list[str]:
    return [m.text for m in person.mentions if via is None or m.via == via]


@pytest.fixture(scope="module")
def korea() -> list[Person]:
    return find_people(KOREA)


@pytest.fixture(scope="module")
def world() -> list[Person]:
    return find_people(WORLD)


# --- transliteration keys ---------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Jong-un", "Jong Un"),
        ("Jong-un", "Jongun"),
        ("Sergey", "Sergei"),
        ("Sergej", "Sergei"),
        ("Aleksey", "Alexei"),
        ("Dmitriy", "Dmitry"),
        ("Dmitrii", "Dmitry"),
        ("Wladimir", "Vladimir"),
        ("Zelenskyy", "Zelensky"),
        ("Zelenskiy", "Zelensky"),
        ("Mikhail", "Mihail"),
        ("Pyotr", "Petr"),
        ("Yevgeny", "Evgeny"),
        ("Tatjana", "Tatyana"),
        ("Schoigu", "Shoigu"),
        ("Hassan", "Hasan"),
        ("Józef", "Jozef"),
    ],
)
def test_token_key_equal(a: str, b: str) -> None:
    assert token_key(a) == token_key(b)


@pytest.mark.parametrize("a, b", [("Jong", "Yong"), ("Il", "Jong"), ("Ahmed", "Omar"), ("Putin", "Peskov")])
def test_token_key_different(a: str, b: str) -> None:
    assert token_key(a) != token_key(b)


@pytest.mark.parametrize(
    "a, b", [("Volodymyr", "Vladimir"), ("Mohammed", "Muhammad"), ("Aleksandr", "Alexander"), ("Ahmed", "Ahmad")]
)
def test_given_name_table(a: str, b: str) -> None:
    assert given_key(a) == given_key(b)


# --- the real articles ----------------------------------------------------------


def test_shoigu_is_one_person_with_both_spellings_per_source(korea: list[Person]) -> None:
    shoigu = one(korea, "Shoigu")
    assert [(v.text, v.sources) for v in shoigu.variants] == [
        ("Sergei Shoigu", ("s003",)),
        ("Sergey Shoigu", ("s000",)),
    ]
    assert shoigu.name == "Sergei Shoigu"  # tie of counts: alphabetical
    assert shoigu.key == "sergei-shoigu"
    assert "Secretary of the Russian Security Council" in shoigu.roles
    assert "Secretary of Russia’s Security Council" in shoigu.roles  # appositive; one entry per casing
    assert texts(shoigu, "surname") == ["Shoigu", "Shoigu", "Shoigu"]


def test_krivoruchko_spellings_merge_with_role(korea: list[Person]) -> None:
    kriv = one(korea, "Krivoruchko")
    assert [v.text for v in kriv.variants] == ["Aleksey Krivoruchko", "Alexei Krivoruchko"]
    assert kriv.roles == ("Deputy Defense Minister",)


def test_kims_stay_apart_and_surname_only_where_unambiguous(korea: list[Person]) -> None:
    names = sorted(p.name for p in korea if p.name.startswith("Kim"))
    assert names == ["Kim Il Sung", "Kim Jong-un"]
    jong_un = next(p for p in korea if p.name == "Kim Jong-un")
    il_sung = next(p for p in korea if p.name == "Kim Il Sung")
    assert "Chairman of the DPRK" in jong_un.roles
    # Article s000 names only Kim Jong-un, so its lone "Kim"s are his;
    # s003 names both Kims, so its lone "Kim"s stay unattached.
    lone = [(m.source, m.sentence) for m in jong_un.mentions if m.via == "surname"]
    assert lone == [("s000", "p5"), ("s000", "p6"), ("s000", "p7")]
    assert texts(il_sung) == ["Kim Il Sung"]


def test_putin_found_with_role(korea: list[Person]) -> None:
    putin = one(korea, "Putin")
    assert putin.name == "Vladimir Putin"
    assert "Russian President" in putin.roles
    assert texts(putin, "surname") == ["Putin", "Putin"]


NOT_PEOPLE = [
    "North Korea", "Security Council", "Treaty on Comprehensive Strategic Partnership",
    "Comprehensive Strategic Partnership", "Khasan", "Orlov", "Palekh", "Pyongyang", "Primorye", "Aurus",
    "Pungsan", "Russian Federation", "Moscow", "KCNA", "DPRK",
]


@pytest.mark.parametrize("phrase", NOT_PEOPLE)
def test_non_people(korea: list[Person], phrase: str) -> None:
    for p in korea:
        assert phrase not in p.name
        assert all(phrase not in m.text for m in p.mentions)
    assert len(korea) == 5, [p.name for p in korea]


def test_mentions_are_exact_slices(korea: list[Person], world: list[Person]) -> None:
    text_of = {(s, i): t for s, i, t in KOREA + WORLD}
    for p in korea + world:
        for m in p.mentions:
            assert text_of[(m.source, m.sentence)][m.start : m.end] == m.text
            assert m.person == p.key


def test_description_resolves_and_is_not_doubled() -> None:
    hint = PersonHint("Kim Jong-un", descriptions=("the North Korean leader", "the DPRK leader"))
    kim = next(p for p in find_people(KOREA, [hint]) if p.key == "kim-jong-un")
    assert texts(kim, "description") == ["The North Korean leader", "the North Korean leader", "the DPRK leader"]


def test_shared_description_is_ambiguous() -> None:
    hints = [
        PersonHint("Kim Jong-un", descriptions=("the North Korean leader",)),
        PersonHint("Kim Il Sung", descriptions=("the North Korean leader",)),
    ]
    people = find_people(KOREA, hints)
    assert not [m for p in people for m in p.mentions if m.via == "description"]


def test_curated_name_and_alias_via() -> None:
    hint = PersonHint("Sergei Shoigu", aliases=("Sergey Shoigu",), roles=("Secretary of the Security Council",))
    shoigu = one(find_people(KOREA, [hint]), "Shoigu")
    assert {m.text: m.via for m in shoigu.mentions if m.via != "surname"} == {
        "Sergey Shoigu": "alias",
        "Sergei Shoigu": "name",
    }
    assert shoigu.roles[0] == "Secretary of the Security Council"  # curated roles come first


# --- other events ------------------------------------------------------------


def test_transliterated_world_leaders_merge(world: list[Person]) -> None:
    zel = one(world, "Zelensky") if by_surname(world, "Zelensky") else None
    zel_all = [p for p in world if "Zelensk" in p.name]
    assert len(zel_all) == 1 and zel is not None
    assert [v.text for v in zel_all[0].variants] == ["Vladimir Zelenskyy", "Volodymyr Zelensky"]
    assert "Ukrainian President" in zel_all[0].roles
    assert texts(zel_all[0], "surname") == ["Zelensky"]

    mbs = one(world, "bin Salman")
    assert [v.text for v in mbs.variants] == ["Mohammed bin Salman", "Muhammad bin Salman"]
    assert set(mbs.roles) == {"Saudi Crown Prince", "Crown Prince"}

    peskov = one(world, "Peskov")
    assert [v.text for v in peskov.variants] == ["Dmitriy Peskov", "Dmitry Peskov"]
    assert peskov.roles == ("Kremlin spokesman",)  # before the name, and the appositive after it

    luka = one(world, "Lukashenko")
    assert [v.text for v in luka.variants] == ["Aleksandr Lukashenko", "Alexander Lukashenko"]
    assert texts(luka, "surname") == ["Lukashenko"]

    xi = one(world, "Xi Jinping")
    assert texts(xi) == ["Xi Jinping", "Xi"]
    assert xi.roles == ("Chinese President",)


def test_shared_surname_two_people(world: list[Person]) -> None:
    hassans = by_surname(world, "Hassan")
    assert sorted(p.name for p in hassans) == ["Ahmed Hassan", "Omar Hassan"]
    ahmed = next(p for p in hassans if p.name == "Ahmed Hassan")
    omar = next(p for p in hassans if p.name == "Omar Hassan")
    # "cairo" names one Hassan only, so its lone "Hassan" is his; in "alex"
    # both are named, so "Hassan urged calm." stays unattached.
    assert [(m.source, m.text) for m in ahmed.mentions] == [("cairo", "Ahmed Hassan"), ("cairo", "Hassan"),
                                                            ("alex", "Ahmed Hassan")]
    assert texts(omar) == ["Omar Hassan", "Omar Hassan"]
    assert omar.roles == ("Governor of Alexandria",)


@pytest.mark.parametrize("phrase", ["Hurricane", "Milton", "Wall Street", "New York", "Florida", "Tampa", "Jeddah",
                                    "General Assembly", "Alexandria"])
def test_world_distractors(world: list[Person], phrase: str) -> None:
    for p in world:
        assert all(phrase not in m.text for m in p.mentions), p


def test_alias_forces_a_merge() -> None:
    extra = WORLD + [("minsk", "4", "Alyaksandr Lukashenka spoke to state television.")]
    plain = [p.name for p in find_people(extra) if "Lukashenk" in p.name]
    assert sorted(plain) == ["Aleksandr Lukashenko", "Alyaksandr Lukashenka"]  # not a rule-based match
    hint = PersonHint("Alexander Lukashenko", aliases=("Alyaksandr Lukashenka",))
    curated = [p for p in find_people(extra, [hint]) if "Lukashenk" in p.name]
    assert len(curated) == 1
    assert curated[0].name == "Alexander Lukashenko"
    assert curated[0].key == "alexander-lukashenko"
    assert [m.via for m in curated[0].mentions if m.text == "Alyaksandr Lukashenka"] == ["alias"]


def test_a_patronymic_names_no_one_else() -> None:
    """"Vladimir Vladimirovich Putin", as state media write him, is Vladimir Putin; another given name is not."""
    sentences = [("a", "1", "Vladimir Putin arrived in Pyongyang on Wednesday."),
                 ("b", "1", "Kim Jong Un held talks with Vladimir Vladimirovich Putin at the guest house."),
                 ("c", "1", "Nikolai Patrushev met Dmitry Nikolaevich Patrushev, his son, in Moscow."),
                 ("c", "2", "Nikolai Patrushev later left.")]
    names = sorted(p.name for p in find_people(sentences))
    assert "Vladimir Vladimirovich Putin" not in names and "Vladimir Putin" in names
    assert {"Nikolai Patrushev", "Dmitry Nikolaevich Patrushev"} <= set(names)


def test_veto_keeps_people_apart() -> None:
    extra = WORLD + [("giza", "1", "Ahmad Hassan, a teacher, joined the volunteers.")]
    merged = one(find_people(extra), "Ahmed Hassan") if by_surname(find_people(extra), "Ahmed Hassan") else None
    assert merged is not None and [v.text for v in merged.variants] == ["Ahmad Hassan", "Ahmed Hassan"]
    hint = PersonHint("Ahmed Hassan", not_same_as=("Ahmad Hassan",))
    vetoed = find_people(extra, [hint])
    ahmed = [p for p in vetoed if p.name == "Ahmed Hassan"]
    ahmad = [p for p in vetoed if "Ahmad Hassan" in [v.text for v in p.variants]]
    assert len(ahmed) == 1 and len(ahmad) == 1 and ahmed[0].key != ahmad[0].key


def test_two_curated_people_never_merge() -> None:
    sentences = [("a", "1", "Sergei Ivanov met Sergey Ivanov."), ("a", "2", "Sergei Ivanov left early.")]
    hints = [PersonHint("Sergei Ivanov"), PersonHint("Sergey Ivanov")]
    assert sorted(p.name for p in find_people(sentences, hints)) == ["Sergei Ivanov", "Sergey Ivanov"]
    assert [p.name for p in find_people(sentences)] == ["Sergei Ivanov"]


def test_initials_honorifics_and_particles() -> None:
    sentences = [
        ("a", "1", "Russian President Vladimir Putin spoke first."),
        ("a", "2", "Then V. Putin answered questions, and Mr Putin left."),
        ("b", "1", "Syrian President Bashar al-Assad fled to Moscow."),
        ("b", "2", "Bashar Assad had ruled since 2000."),
    ]
    people = find_people(sentences)
    putin = one(people, "Putin")
    assert texts(putin) == ["Vladimir Putin", "V. Putin", "Putin"]
    assert [v.text for v in putin.variants] == ["V. Putin", "Vladimir Putin"]
    assad = [p for p in people if "Assad" in p.name]
    assert len(assad) == 1 and [v.text for v in assad[0].variants] == ["Bashar Assad", "Bashar al-Assad"]


def test_single_sentence_unknown_pair_is_not_a_person() -> None:
    # Two capitalised words, no title, one sentence, no known given name.
    sentences = [("a", "1", "The convoy passed Pungsan Ridge before dawn.")]
    assert find_people(sentences) == []
    # The same pair in two sentences, or after a title, is taken as a name.
    twice = sentences + [("a", "2", "Villagers said Pungsan Ridge waved at the convoy.")]
    assert [p.name for p in find_people(twice)] == ["Pungsan Ridge"]
    titled = [("a", "1", "Governor Mokpo Lantern waved at the convoy.")]
    assert [p.name for p in find_people(titled)] == ["Mokpo Lantern"]


@pytest.mark.parametrize("sentence, name", [
    ("Bola Tinubu warned that the bloc would act.", "Bola Tinubu"),
    ("Students led by Jelena Petrovic blocked the faculty.", "Jelena Petrovic"),
    ("Amadou Abdramane read the statement on television.", "Amadou Abdramane"),
    ("Priyanka Vadra visited the relief camps.", "Priyanka Vadra"),
    ("Holger Platz stepped down a week later.", "Holger Platz"),
])
def test_a_known_given_name_from_any_region_makes_one_mention_a_person(sentence: str, name: str) -> None:
    # One sentence, no title: the given name alone (data/given_names.txt) says it is a person.
    assert [p.name for p in find_people([("a", "1", sentence)])] == [name]


@pytest.mark.parametrize("sentence", ["Remy Martin shipped fewer bottles to China.",
                                      "Floods reached the Vicente Guerrero district."])
def test_a_given_name_that_mostly_names_a_brand_or_a_place_is_not_listed(sentence: str) -> None:
    assert find_people([("a", "1", sentence)]) == []


def test_deterministic_and_order_independent() -> None:
    first = find_people(KOREA + WORLD)
    assert first == find_people(KOREA + WORLD)
    shuffled = list(KOREA + WORLD)
    random.Random(7).shuffle(shuffled)
    again = find_people(shuffled)
    def summary(people: list[Person]) -> list[tuple[object, ...]]:
        return [(p.key, p.name, p.variants, p.roles) for p in people]

    assert summary(first) == summary(again)
    assert [sorted(p.mentions, key=lambda m: (m.source, m.sentence, m.start)) for p in first] == [
        sorted(p.mentions, key=lambda m: (m.source, m.sentence, m.start)) for p in again
    ]


# --- scale ------------------------------------------------------------------------


def synthetic(n: int, seed: int = 1) -> list[tuple[str, str, str]]:
    """n sentences about ~n/10 distinct people, written in two spellings."""
    rng = random.Random(seed)
    given = [("Sergey", "Sergei"), ("Aleksey", "Alexei"), ("Dmitriy", "Dmitry"), ("Volodymyr", "Vladimir"),
             ("Ahmed", "Ahmad"), ("Mohammed", "Muhammad"), ("Yuri", "Iurii"), ("Mikhail", "Mykhailo")]
    syll = ["ka", "lo", "vin", "ser", "dra", "mon", "tes", "pul", "gor", "ne", "vski", "shen"]
    def surname() -> str:
        return "".join(rng.choice(syll) for _ in range(3)).capitalize() + rng.choice(["ov", "ko", "in"])

    people = [(rng.choice(given), surname()) for _ in range(max(1, n // 10))]
    out = []
    for i in range(n):
        (g1, g2), sur = rng.choice(people)
        g = g1 if i % 2 else g2
        out.append((f"src{i // 20}", f"p{i % 20}", f"Deputy Minister {g} {sur} met officials in Moscow on Friday, "
                    f"and {sur} said the talks on the Treaty would go on."))
    return out


def test_many_people_in_two_spellings_merge() -> None:
    """A large input merges every pair of spellings (speed is measured by `python -m benchmarks`)."""
    people = find_people(synthetic(8_000))
    assert len(people) <= 800  # both spellings of each person merged


def test_sentence_case_titles_and_places() -> None:
    sentences = [
        ("a", "1", "Mark Rutte said the alliance would mark the date."),  # "mark" is also a word
        ("a", "2", "Concluding Remarks were delivered by Secretary-General Antonio Guterres."),
        ("a", "3", "Prime Minister Theresa May met John Major in the remarks room."),
        ("a", "4", "Jerome Powell, chairman of the Federal Reserve, spoke."),
        ("a", "5", "According to Reuters, Gazprom chief executive Alexei Miller attended."),
        ("b", "1", "Flights to Tel Aviv were cancelled."),
        ("b", "2", "Airlines resumed flights to Tel Aviv on Monday."),
        ("b", "3", "Air Force One landed near the Golden Gate Bridge."),
    ]
    people = {p.name: p for p in find_people(sentences)}
    assert sorted(people) == ["Alexei Miller", "Antonio Guterres", "Jerome Powell", "John Major", "Mark Rutte",
                              "Theresa May"]
    assert people["Antonio Guterres"].roles == ("Secretary-General",)
    assert people["Theresa May"].roles == ("Prime Minister",)
    assert people["John Major"].roles == ()
    assert people["Jerome Powell"].roles == ("Chairman of the Federal Reserve",)
    assert people["Alexei Miller"].roles == ("Gazprom chief executive",)


def test_repeated_pair_after_place_prepositions_is_not_a_person() -> None:
    # Not in any word list: only the preposition rule keeps it out.
    sentences = [("b", "1", "Rockets hit homes in Kiryat Shmona."), ("b", "2", "Residents fled from Kiryat Shmona.")]
    assert find_people(sentences) == []


def test_capitalised_ordinary_words_are_not_a_person() -> None:
    # In no word list, in two sentences: only the corpus vocabulary (the
    # same words written in lower case) shows that this is not a name.
    sentences = [
        ("a", "1", "The ministry launched Patriotic Harvest in May."),
        ("a", "2", "Farmers joined Patriotic Harvest in large numbers."),
        ("b", "1", "It was a patriotic harvest festival."),
    ]
    assert find_people(sentences) == []
    assert [p.name for p in find_people(sentences[:2])] == ["Patriotic Harvest"]  # the rule is what decides


def test_ambiguous_initial_is_not_merged() -> None:
    sentences = [
        ("a", "1", "Ahmed Hassan and Ali Hassan were both detained."),
        ("a", "2", "Police later released A. Hassan without charge."),
        ("b", "1", "Ahmed Hassan and Omar Hassan spoke to reporters."),
        ("b", "2", "O. Hassan said he was hopeful."),
    ]
    people = find_people(sentences)
    spellings = {p.name: [v.text for v in p.variants] for p in people}
    assert spellings["Omar Hassan"] == ["O. Hassan", "Omar Hassan"]  # one Hassan starts with O
    assert all("A. Hassan" not in v for v in spellings.values())  # Ahmed or Ali: left alone


def test_unhyphenated_korean_name_keeps_its_last_part() -> None:
    """"Kim Jong Un" is the whole name (the UN is caught as an acronym, not by the word "un")."""
    people = find_people([
        ("a", "s1", "North Korean leader Kim Jong Un met the UN envoy."),
        ("b", "s2", "Kim Jong-un received the delegation."),
    ])
    kims = [p for p in people if p.name.startswith("Kim")]
    assert len(kims) == 1
    assert {v.text for v in kims[0].variants} == {"Kim Jong Un", "Kim Jong-un"}


def test_police_ranks_are_titles_not_part_of_the_name() -> None:
    sentences = [("a", "1", "Superintendent Helena Barron said the area was calm."),
                 ("a", "2", "Police said Superintendent Helena Barron would speak later."),
                 ("b", "1", "Constable Alex Goss was hurt, and Constable Alex Goss is recovering.")]
    assert sorted(p.name for p in find_people(sentences)) == ["Alex Goss", "Helena Barron"]


def test_a_name_made_an_adjective_by_a_hyphen_ends_there() -> None:
    sentences = [("a", "1", "A Taylor Swift-themed dance class was attacked."),
                 ("a", "2", "Taylor Swift said she was in shock."),
                 ("b", "1", "Kremlin-backed media praised Vladimir Putin-style rule.")]
    people = find_people(sentences)
    assert sorted(p.name for p in people) == ["Taylor Swift", "Vladimir Putin"]
    assert texts(one(people, "Swift")) == ["Taylor Swift", "Taylor Swift"]


def test_an_institution_named_with_a_possessive_is_no_person() -> None:
    sentences = [("a", "1", "Alder Hey Children's Hospital said two children were discharged."),
                 ("a", "2", "Staff at Alder Hey Children's Hospital were praised by Counter Terrorism Policing."),
                 ("a", "3", "Counter Terrorism Policing said it was not treating the stabbing as terror-related."),
                 ("b", "1", "Taylor Swift's Eras Tour went on."), ("b", "2", "Taylor Swift said she was shocked.")]
    assert [p.name for p in find_people(sentences)] == ["Taylor Swift"]
