"""The sentence splitter: a table of texts and their sentences, in several styles of English news; spans and speed."""

from __future__ import annotations

import pytest

from briefing.read.split import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def assert_covers(text: str) -> None:
    """Spans are ordered, trimmed, disjoint, and only whitespace lies outside them."""
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text[previous_end:start].strip() == ""
        previous_end = end
    assert text[previous_end:].strip() == ""


# The table: text -> its sentences, grouped by what the case is about. Every case is also checked for
# spans that cover the text (assert_covers).
CASES: dict[str, list[tuple[str, list[str]]]] = {
    "abbreviations": [
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("Dr. X. Then Mr. Y came.", ["Dr. X.", "Then Mr. Y came."]),
        ("A very long sentence ends here. Mr. Jones and Sen. Brown disagreed.",
         ["A very long sentence ends here.", "Mr. Jones and Sen. Brown disagreed."]),
        ("Gen. Lt. Col. Ivanov spoke. St. Petersburg agreed.",
         ["Gen. Lt. Col. Ivanov spoke.", "St. Petersburg agreed."]),
        ("On Jan. 5 and Feb. 6 and Sept. 11 it rained. Then it stopped.",
         ["On Jan. 5 and Feb. 6 and Sept. 11 it rained.", "Then it stopped."]),
        ("He lives at No. 10 now. Good.", ["He lives at No. 10 now.", "Good."]),
        ("Team A vs. Team B. The match ended.", ["Team A vs. Team B.", "The match ended."]),
        ("Fruit, e.g. apples, i.e. food. Next.", ["Fruit, e.g. apples, i.e. food.", "Next."]),
        ("Apples, pears etc. are fruit. Nothing else.", ["Apples, pears etc. are fruit.", "Nothing else."]),
        ("Apples, pears, etc. The list ends.", ["Apples, pears, etc.", "The list ends."]),
        ("Acme Inc. said so. Acme Ltd. and Acme Co. agreed. Acme Corp. Next.",
         ["Acme Inc. said so.", "Acme Ltd. and Acme Co. agreed.", "Acme Corp.", "Next."]),
        ("The U.S. and U.N. officials met. The U.N. Security Council voted.",
         ["The U.S. and U.N. officials met.", "The U.N. Security Council voted."]),
        ("He flew to the U.S. The trip was long.", ["He flew to the U.S.", "The trip was long."]),
    ],
    "initials": [
        ("J. R. R. Tolkien wrote it. Readers loved it.", ["J. R. R. Tolkien wrote it.", "Readers loved it."]),
        ("Kim J. Un arrived. He left.", ["Kim J. Un arrived.", "He left."]),
        ("It was Plan B. The plan failed.", ["It was Plan B.", "The plan failed."]),
        ("George W. Bush spoke first. Barack H. Obama followed.",
         ["George W. Bush spoke first.", "Barack H. Obama followed."]),
        ("The report by J.K. Rowling sold well. Critics liked it.",
         ["The report by J.K. Rowling sold well.", "Critics liked it."]),
        ("E. Jean Carroll testified. The jury listened.", ["E. Jean Carroll testified.", "The jury listened."]),
    ],
    "numbers": [
        ("Output rose to 3.5 million. It fell later.", ["Output rose to 3.5 million.", "It fell later."]),
        ("The deal was worth $1.2bn. Shares rose.", ["The deal was worth $1.2bn.", "Shares rose."]),
        ("They met at 10.30 a.m. on Monday. Talks ended.", ["They met at 10.30 a.m. on Monday.", "Talks ended."]),
        ("They met at 10 a.m. Monday. Talks ended.", ["They met at 10 a.m. Monday.", "Talks ended."]),
        ("They met at 10.30 a.m. Officials said so.", ["They met at 10.30 a.m.", "Officials said so."]),
        # the same time told another way goes on with it
        ("Divers went in at 10 a.m. (0300 GMT), the governor said. Four came out.",
         ["Divers went in at 10 a.m. (0300 GMT), the governor said.", "Four came out."]),
        ("The death was announced at 2:19 p.m. Moscow time. Crowds gathered.",
         ["The death was announced at 2:19 p.m. Moscow time.", "Crowds gathered."]),
        ("6:40 p.m. — Crews reach the hillside. 9:15 p.m. – The governor orders four districts out.",
         ["6:40 p.m. — Crews reach the hillside.", "9:15 p.m. – The governor orders four districts out."]),
        # a company's figure in a list goes on; a year after its name opens a sentence
        ("Rates vary: Acme Ltd. 18.8% and Bolt Corp. 35.3%. Talks go on.",
         ["Rates vary: Acme Ltd. 18.8% and Bolt Corp. 35.3%.", "Talks go on."]),
        ("The buyer was Acme Ltd. 2024 was a hard year.", ["The buyer was Acme Ltd.", "2024 was a hard year."]),
        ("We run version 2.0. It works.", ["We run version 2.0.", "It works."]),
        ("A herd of horses. 24 Orlov trotters arrived.", ["A herd of horses.", "24 Orlov trotters arrived."]),
        ("The company earned $4.5 billion. Its shares rose 3.2 percent.",
         ["The company earned $4.5 billion.", "Its shares rose 3.2 percent."]),
        ("Inflation was 2.9% in July. It was 3.1% in June.", ["Inflation was 2.9% in July.", "It was 3.1% in June."]),
        ("Shares closed at $12.50. Volume was light.", ["Shares closed at $12.50.", "Volume was light."]),
        ("The vote was 221-14. The motion passed.", ["The vote was 221-14.", "The motion passed."]),
    ],
    "quotes and brackets": [
        ("He wished the “Russian people victory.” Next came the talks.",
         ["He wished the “Russian people victory.”", "Next came the talks."]),
        ("(See above.) Next point.", ["(See above.)", "Next point."]),
        ("It was [in brackets!] And more.", ["It was [in brackets!]", "And more."]),
        ("He said ‘enough.’ Then he left.", ["He said ‘enough.’", "Then he left."]),
        ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
        # A quotation ending in ",” and a lowercase attribution is never split.
        ("“We will win. And soon,” he said. They cheered.", ["“We will win. And soon,” he said.", "They cheered."]),
        ('"We will win. And soon," he said. They cheered.', ['"We will win. And soon," he said.', "They cheered."]),
        ("“Why? Because we can!” she asked. Nobody answered.",
         ["“Why? Because we can!” she asked.", "Nobody answered."]),
        # A quotation followed by a capital is split at its own sentence ends.
        ("He said: “We came. We saw.” Then he left.", ["He said: “We came.", "We saw.”", "Then he left."]),
    ],
    "terminators": [
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("What?! No way.", ["What?!", "No way."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("He paused… and then spoke. End.", ["He paused… and then spoke.", "End."]),
        ("“Why?” he asked. Silence.", ["“Why?” he asked.", "Silence."]),
        ("Встреча прошла в Пхеньяне. Шойгу прибыл 13 сентября.",
         ["Встреча прошла в Пхеньяне.", "Шойгу прибыл 13 сентября."]),
        ("这是第一句。这是第二句！第三句？", ["这是第一句。", "这是第二句！", "第三句？"]),
        ("No final stop here", ["No final stop here"]),
        ("Officials said the strike killed 12 people... Rescuers kept digging.",
         ["Officials said the strike killed 12 people...", "Rescuers kept digging."]),
    ],
    "white space": [
        ("  First   one.   Second\none is\nwrapped.\n\tThird.  ",
         ["First   one.", "Second\none is\nwrapped.", "Third."]),
        ("", []),
        (" \n\t\u00a0\u3000", []),
    ],
    # News styles. Wire datelines: the city, agency and dash belong to the first sentence.
    "wire datelines": [
        ("WASHINGTON (Reuters) - The Senate passed the bill on Tuesday. The House will vote next week.",
         ["WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.", "The House will vote next week."]),
        ("WASHINGTON — The Senate passed the bill on Tuesday. The House will vote next week.",
         ["WASHINGTON — The Senate passed the bill on Tuesday.", "The House will vote next week."]),
        ("LONDON, Sept 14 (Reuters) - Shares rose. Bonds fell.",
         ["LONDON, Sept 14 (Reuters) - Shares rose.", "Bonds fell."]),
        ("PARIS, Jan. 5 (AFP) - Talks resumed. They ended at noon.",
         ["PARIS, Jan. 5 (AFP) - Talks resumed.", "They ended at noon."]),
        ("KYIV, Ukraine (AP) — Drones struck the city overnight. Nobody was hurt.",
         ["KYIV, Ukraine (AP) — Drones struck the city overnight.", "Nobody was hurt."]),
        ("BEIJING, March 3 (Xinhua) -- China's economy grew 5.2 percent. Exports rose.",
         ["BEIJING, March 3 (Xinhua) -- China's economy grew 5.2 percent.", "Exports rose."]),
    ],
    "titles": [
        ("Mr. Biden said the U.S. would help. Mrs. Clinton agreed.",
         ["Mr. Biden said the U.S. would help.", "Mrs. Clinton agreed."]),
        ("Gov. Newsom signed the law. Sen. Padilla praised it.",
         ["Gov. Newsom signed the law.", "Sen. Padilla praised it."]),
        ("Lt. Gen. Smith commanded the unit. He retired in 2020.",
         ["Lt. Gen. Smith commanded the unit.", "He retired in 2020."]),
        ("Ms. Lee, 45, was arrested. She denied the charges.",
         ["Ms. Lee, 45, was arrested.", "She denied the charges."]),
        ("Dr. Patel said the vaccine works. Prof. Chen agreed.",
         ["Dr. Patel said the vaccine works.", "Prof. Chen agreed."]),
        ("The Rev. Al Sharpton spoke. The crowd listened.", ["The Rev. Al Sharpton spoke.", "The crowd listened."]),
        ("Sen. Elizabeth Warren (D-Mass.) objected. The bill passed anyway.",
         ["Sen. Elizabeth Warren (D-Mass.) objected.", "The bill passed anyway."]),
        ("Martin Luther King Jr. spoke here. Crowds gathered.",
         ["Martin Luther King Jr. spoke here.", "Crowds gathered."]),
        ("The award went to Martin Luther King Jr. The crowd stood.",
         ["The award went to Martin Luther King Jr.", "The crowd stood."]),
        ("Mr Smith met Ms Jones. They agreed.", ["Mr Smith met Ms Jones.", "They agreed."]),  # British: no stops
        ("“We’re not done yet,” said Ms. Ardern. “Not by a long way.”",
         ["“We’re not done yet,” said Ms. Ardern.", "“Not by a long way.”"]),
    ],
    "acronyms": [
        ("The U.S. Senate voted 51-49. Mr. Schumer praised the result.",
         ["The U.S. Senate voted 51-49.", "Mr. Schumer praised the result."]),
        ("He moved to the U.S. in 1990. He never left.", ["He moved to the U.S. in 1990.", "He never left."]),
        ("He was born in the U.S. He moved to Canada later.", ["He was born in the U.S.", "He moved to Canada later."]),
        ("The U.S. economy grew. The U.K. economy shrank.", ["The U.S. economy grew.", "The U.K. economy shrank."]),
        ("The U.N. said 1,200 people had fled. Aid groups warned of hunger.",
         ["The U.N. said 1,200 people had fled.", "Aid groups warned of hunger."]),
        ("Officials in the U.S. said so. Others did not.", ["Officials in the U.S. said so.", "Others did not."]),
        ("The bill passed the U.S. House. Then it stalled.", ["The bill passed the U.S. House.", "Then it stalled."]),
        ("He cited the U.S.-China deal. Markets rallied.", ["He cited the U.S.-China deal.", "Markets rallied."]),
        ("The U.K.’s prime minister resigned. Her deputy stepped in.",
         ["The U.K.’s prime minister resigned.", "Her deputy stepped in."]),
        ("Rep. Ocasio-Cortez, D-N.Y., voted no. Others voted yes.",
         ["Rep. Ocasio-Cortez, D-N.Y., voted no.", "Others voted yes."]),
        ("Jones, 34, of Albany, N.Y., was charged. He pleaded not guilty.",
         ["Jones, 34, of Albany, N.Y., was charged.", "He pleaded not guilty."]),
        ("She earned a Ph.D. in physics. Then she joined NASA.",
         ["She earned a Ph.D. in physics.", "Then she joined NASA."]),
        ("He has an M.B.A. from Harvard. He worked at a bank.",
         ["He has an M.B.A. from Harvard.", "He worked at a bank."]),
    ],
    "times": [
        ("The meeting ended at 11 a.m. The talks resume on Monday.",
         ["The meeting ended at 11 a.m.", "The talks resume on Monday."]),
        ("The blast happened at 3 p.m. local time. Police sealed the area.",
         ["The blast happened at 3 p.m. local time.", "Police sealed the area."]),
        ("It starts at 8 p.m. EST. Tickets are sold out.", ["It starts at 8 p.m. EST.", "Tickets are sold out."]),
        ("The quake struck at 4:15 a.m. on Sunday. Residents fled.",
         ["The quake struck at 4:15 a.m. on Sunday.", "Residents fled."]),
        ("The attack came at about 2 a.m., police said. No one was hurt.",
         ["The attack came at about 2 a.m., police said.", "No one was hurt."]),
        ("It was 10 p.m. When the lights went out, people panicked.",
         ["It was 10 p.m.", "When the lights went out, people panicked."]),
    ],
    "numbered and dated": [
        ("Proposition No. 3 passed easily. Voters approved it.",
         ["Proposition No. 3 passed easily.", "Voters approved it."]),
        ("The No. 2 official resigned. His deputy took over.",
         ["The No. 2 official resigned.", "His deputy took over."]),
        ("She ranked No. 1 in the world. Then she retired.", ["She ranked No. 1 in the world.", "Then she retired."]),
        ("Vol. 3 is out. It sold well.", ["Vol. 3 is out.", "It sold well."]),
        ("See p. 12 for details. The table is on p. 14.", ["See p. 12 for details.", "The table is on p. 14."]),
        ("Trading volume was approx. 3 million shares. Prices fell.",
         ["Trading volume was approx. 3 million shares.", "Prices fell."]),
        ("It happened on Sept. 11, 2001. Nobody forgot.", ["It happened on Sept. 11, 2001.", "Nobody forgot."]),
        ("They met on Dec. 3. The talks failed.", ["They met on Dec. 3.", "The talks failed."]),
        ("The trial is set for Oct. 2. Lawyers declined to comment.",
         ["The trial is set for Oct. 2.", "Lawyers declined to comment."]),
    ],
    "places and companies": [
        ("The St. Louis Cardinals won. The crowd cheered.", ["The St. Louis Cardinals won.", "The crowd cheered."]),
        ("Mt. Everest was closed. Climbers waited.", ["Mt. Everest was closed.", "Climbers waited."]),
        ("Ft. Worth police responded. Nobody was hurt.", ["Ft. Worth police responded.", "Nobody was hurt."]),
        ("He lives on Main St. in Springfield. His neighbours know him.",
         ["He lives on Main St. in Springfield.", "His neighbours know him."]),
        ("The company, Acme Inc., said profits fell. Its shares slid.",
         ["The company, Acme Inc., said profits fell.", "Its shares slid."]),
        ("Pfizer Inc. and Moderna Inc. reported results. Both beat estimates.",
         ["Pfizer Inc. and Moderna Inc. reported results.", "Both beat estimates."]),
        ("He joined Goldman Sachs Group Inc. in 2005. He left in 2010.",
         ["He joined Goldman Sachs Group Inc. in 2005.", "He left in 2010."]),
    ],
    # Quotations that end a sentence, with the attribution before, after or not at all.
    "quotes ending sentences": [
        ("“I will not resign,” the minister said. “Never.”", ["“I will not resign,” the minister said.", "“Never.”"]),
        ("The minister said she would “fight on.” Her party disagreed.",
         ["The minister said she would “fight on.”", "Her party disagreed."]),
        ("“It is over,” he said. “We lost.” Then he left.", ["“It is over,” he said.", "“We lost.”", "Then he left."]),
        ("He asked, “Why now?” Nobody answered.", ["He asked, “Why now?”", "Nobody answered."]),
        ("“We are ready.” The general left the room.", ["“We are ready.”", "The general left the room."]),
        ("It is, he said, “a disgrace.” The party split.", ["It is, he said, “a disgrace.”", "The party split."]),
        ("The talks, he added, were “constructive”. A deal is close.",
         ["The talks, he added, were “constructive”.", "A deal is close."]),
        ("A spokesman said: “The talks are over.” Then he hung up.",
         ["A spokesman said: “The talks are over.”", "Then he hung up."]),
        ("“Enough!” she shouted. The room went quiet.", ["“Enough!” she shouted.", "The room went quiet."]),
    ],
    "a seed paragraph": [
        ("The meeting took place in Pyongyang, where Shoigu arrived on September 13. It is noted that the "
         "talks “took place in an exceptionally trusting, friendly atmosphere.” “As part of the ongoing "
         "strategic dialogue between our countries, a substantive exchange of views took place with Korean "
         "colleagues on a wide range of issues on the bilateral and international agenda,” the statement says.",
         ["The meeting took place in Pyongyang, where Shoigu arrived on September 13.",
          "It is noted that the talks “took place in an exceptionally trusting, friendly atmosphere.”",
          "“As part of the ongoing strategic dialogue between our countries, a substantive exchange of views took "
          "place with Korean colleagues on a wide range of issues on the bilateral and international agenda,” "
          "the statement says."]),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=f"{group}-{n}")
     for group, rows in CASES.items() for n, (text, expected) in enumerate(rows, 1)],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
    assert_covers(text)


def test_spans_point_into_the_text() -> None:
    assert split_sentences("  First   one.   Second\none.")[0] == (2, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Dr. Jones. “We will win,” he said. (See above.) The U.S. agreed... etc. Done",
        "... . ! ? “” ” “ ) ( .. .",
        ". Leading full stop. And “unclosed quote. Then more, ” he said. Fine.",
        "a.b.c. d.e. F. G.H. I",
    ],
)
def test_spans_cover_everything(text: str) -> None:
    assert_covers(text)


@pytest.mark.parametrize(
    "text",
    [
        "word " * 400_000,  # 2 MB, no terminator
        "." * 2_000_000,  # one enormous run of full stops
        "x" * 2_000_000,  # no spaces at all
        "“" * 500_000 + "a. B, ” c " * 1000,  # many unclosed quotes
        "U.S. " * 200_000,  # abbreviation after abbreviation
        "The cat sat on the mat. " * 40_000,  # a megabyte of real sentences
    ],
)
def test_long_input_is_split_whole(text: str) -> None:
    """Megabytes of pathological text are split without losing a character.

    A quadratic scan would make this test hang rather than fail; its speed is
    measured by `python -m benchmarks`, not asserted here.
    """
    spans = split_sentences(text)
    assert spans and spans[0][0] == 0
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())


# Property: whatever the text, the spans cover it exactly (generated inputs
# lean on the characters the rules care about).
_ALPHABET = "aZ .!?…。“”‘’\"'()[]«»,:;\n\t\u00a0U.S.Mr.e.g.J.3.5"

try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is in requirements-dev.txt
    pass
else:

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet=_ALPHABET, max_size=200) | st.text(max_size=100))
    def test_spans_cover_any_text(text: str) -> None:
        assert_covers(text)
