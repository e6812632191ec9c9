"""The sentence splitter: abbreviations, quotes, numbers, spans and speed."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
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
)
def test_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J. R. R. Tolkien wrote it. Readers loved it.", ["J. R. R. Tolkien wrote it.", "Readers loved it."]),
        ("Kim J. Un arrived. He left.", ["Kim J. Un arrived.", "He left."]),
        ("It was Plan B. The plan failed.", ["It was Plan B.", "The plan failed."]),
    ],
)
def test_initials(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output rose to 3.5 million. It fell later.", ["Output rose to 3.5 million.", "It fell later."]),
        ("The deal was worth $1.2bn. Shares rose.", ["The deal was worth $1.2bn.", "Shares rose."]),
        ("They met at 10.30 a.m. on Monday. Talks ended.", ["They met at 10.30 a.m. on Monday.", "Talks ended."]),
        ("They met at 10 a.m. Monday. Talks ended.", ["They met at 10 a.m. Monday.", "Talks ended."]),
        ("They met at 10.30 a.m. Officials said so.", ["They met at 10.30 a.m.", "Officials said so."]),
        ("We run version 2.0. It works.", ["We run version 2.0.", "It works."]),
        ("A herd of horses. 24 Orlov trotters arrived.", ["A herd of horses.", "24 Orlov trotters arrived."]),
    ],
)
def test_numbers(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
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
)
def test_quotes_and_brackets(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("What?! No way.", ["What?!", "No way."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("He paused… and then spoke. End.", ["He paused… and then spoke.", "End."]),
        ("“Why?” he asked. Silence.", ["“Why?” he asked.", "Silence."]),
        ("Встреча прошла в Пхеньяне. Шойгу прибыл 13 сентября.",
         ["Встреча прошла в Пхеньяне.", "Шойгу прибыл 13 сентября."]),
        ("这是第一句。这是第二句！第三句？", ["这是第一句。", "这是第二句！", "第三句？"]),
        ("No final stop here", ["No final stop here"]),
    ],
)
def test_terminators(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_whitespace_and_line_breaks() -> None:
    text = "  First   one.   Second\none is\nwrapped.\n\tThird.  "
    assert sentences(text) == ["First   one.", "Second\none is\nwrapped.", "Third."]
    assert split_sentences(text)[0] == (2, 14)


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\u00a0\u3000") == []


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


def test_real_seed_paragraph() -> None:
    text = ("The meeting took place in Pyongyang, where Shoigu arrived on September 13. It is noted that the "
            "talks “took place in an exceptionally trusting, friendly atmosphere.” “As part of the ongoing "
            "strategic dialogue between our countries, a substantive exchange of views took place with Korean "
            "colleagues on a wide range of issues on the bilateral and international agenda,” the statement says.")
    got = sentences(text)
    assert len(got) == 3
    assert got[1].endswith("atmosphere.”")
    assert got[2].startswith("“As part") and got[2].endswith("the statement says.")


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
