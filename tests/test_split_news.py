"""Sentences of English news as they come: abbreviations of several styles, datelines and leads (issue 17).

Table-driven: each row is a piece of text as a wire service, a US, UK or Asian
paper writes it, and what it must read into. The rows are invented; the
styles are real.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.model import Article
from briefing.read import read_article
from briefing.read.datelines import find_dateline
from briefing.read.split import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # US state abbreviations: inside a sentence, and ending one before a sentence opener
    ("Divers searched near Dundalk, Md. on Wednesday. The search resumed.",
     ["Divers searched near Dundalk, Md. on Wednesday.", "The search resumed."]),
    ("The crew came from Baltimore, Md. Officials named them later.",
     ["The crew came from Baltimore, Md. Officials named them later."]),  # known: kept whole, not cut
    ("He moved to Annapolis, Md. The governor welcomed him.",
     ["He moved to Annapolis, Md.", "The governor welcomed him."]),
    ("Plants in Sacramento, Calif. Reno, Nev. and Boise, Idaho closed.",
     ["Plants in Sacramento, Calif. Reno, Nev. and Boise, Idaho closed."]),
    ("Storms hit Toronto, Ont. Residents lost power.", ["Storms hit Toronto, Ont. Residents lost power."]),
    # titles, singular and plural
    ("Maryland Sens. Ben Cardin and Chris Van Hollen toured the site.",
     ["Maryland Sens. Ben Cardin and Chris Van Hollen toured the site."]),
    ("Reps. Ana Ruiz and Tom Bell wrote to Gov. Wes Moore. He replied.",
     ["Reps. Ana Ruiz and Tom Bell wrote to Gov. Wes Moore.", "He replied."]),
    ("Lt. Gov. Aruna Miller and Lt. Col. Dan Reyes spoke. Atty. Gen. Ray Cole did not.",
     ["Lt. Gov. Aruna Miller and Lt. Col. Dan Reyes spoke.", "Atty. Gen. Ray Cole did not."]),
    ("Govs. Hale and Park met. Sgts. Ruiz and Kim stood guard.",
     ["Govs. Hale and Park met.", "Sgts. Ruiz and Kim stood guard."]),
    # companies: never end before a lowercase word, nor before the title of the company's people
    ("Ford Motor Co. said sales rose. Acme Inc. Chief Executive Jo Park agreed.",
     ["Ford Motor Co. said sales rose.", "Acme Inc. Chief Executive Jo Park agreed."]),
    ("Shares of Harbor Holdings Inc. fell. The company declined to comment.",
     ["Shares of Harbor Holdings Inc. fell.", "The company declined to comment."]),
    ("The order went to Brandt & Co. The yard is in Bremen.",
     ["The order went to Brandt & Co.", "The yard is in Bremen."]),
    # U.S., U.K., U.N. and times
    ("The U.S. Coast Guard and U.K. officials met at the U.N. in New York.",
     ["The U.S. Coast Guard and U.K. officials met at the U.N. in New York."]),
    ("The ship sailed at 12:44 a.m. Tuesday and struck the bridge at 1:28 a.m. The span fell.",
     ["The ship sailed at 12:44 a.m. Tuesday and struck the bridge at 1:28 a.m.", "The span fell."]),
    ("Talks began at 9 a.m. GMT and ended at 5 p.m. Both sides left.",
     ["Talks began at 9 a.m. GMT and ended at 5 p.m.", "Both sides left."]),
    ("The order lets the hold expire at 11:59 p.m. Pacific time on Friday. Shares rose.",
     ["The order lets the hold expire at 11:59 p.m. Pacific time on Friday.", "Shares rose."]),
    # UK style: titles without a full stop, "Rt Hon" and "Cllr."
    ("Mr Hart met Dr Quiroga. Cllr. Ann Pike and the Rt. Hon. Sam Reed joined them.",
     ["Mr Hart met Dr Quiroga.", "Cllr. Ann Pike and the Rt. Hon. Sam Reed joined them."]),
    # Asian wire styles
    ("The ministry said No. 3 reactor was idle. Jan. 5 was chosen for the restart.",
     ["The ministry said No. 3 reactor was idle.", "Jan. 5 was chosen for the restart."]),
])
def test_news_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "dateline", "place", "outlet", "date"), [
    ("BALTIMORE (AP) — A ship struck the bridge.", "BALTIMORE (AP) —", "BALTIMORE", "AP", ""),
    ("BALTIMORE, Md. — Divers recovered two bodies.", "BALTIMORE, Md. —", "BALTIMORE, Md.", "", ""),
    ("BALTIMORE, MD (CBS NEWS) — The government released funds.", "BALTIMORE, MD (CBS NEWS) —",
     "BALTIMORE, MD", "CBS NEWS", ""),
    ("GALVESTON, Texas (KHOU) — A barge hit the causeway.", "GALVESTON, Texas (KHOU) —", "GALVESTON, Texas",
     "KHOU", ""),
    ("WASHINGTON, Oct 25 (Reuters) - A judge approved it.", "WASHINGTON, Oct 25 (Reuters) -", "WASHINGTON",
     "Reuters", "Oct 25"),
    ("LONDON, Dec 5 (Reuters) - Britain said so.", "LONDON, Dec 5 (Reuters) -", "LONDON", "Reuters", "Dec 5"),
    # a report filed from two places
    ("BERLIN/WARSAW, Aug 14 (Reuters) - Prosecutors said so.", "BERLIN/WARSAW, Aug 14 (Reuters) -", "BERLIN/WARSAW",
     "Reuters", "Aug 14"),
    ("KARUIZAWA, Japan/KHARTOUM, April 18 (Wire) - Gunmen fired.", "KARUIZAWA, Japan/KHARTOUM, April 18 (Wire) -",
     "KARUIZAWA, Japan/KHARTOUM", "Wire", "April 18"),
    ("NEW YORK, N.Y./LONDON (Wire) - Stocks fell.", "NEW YORK, N.Y./LONDON (Wire) -", "NEW YORK, N.Y./LONDON", "Wire",
     ""),
    ("Brussels/Beijing (AFP) - The talks resumed.", "Brussels/Beijing (AFP) -", "Brussels/Beijing", "AFP", ""),
    ("BEIJING. Dec 5 (Interfax) - China will require deposits.", "BEIJING. Dec 5 (Interfax) -", "BEIJING",
     "Interfax", "Dec 5"),
    ("BEIJING, Dec. 5, 2023 (Xinhua) -- China said.", "BEIJING, Dec. 5, 2023 (Xinhua) --", "BEIJING", "Xinhua",
     "Dec. 5, 2023"),
    ("PYONGYANG, October 18. /TASS/. The minister arrived.", "PYONGYANG, October 18. /TASS/.", "PYONGYANG", "TASS",
     "October 18"),
    ("Pyongyang, June 20 (KCNA) -- Talks were held.", "Pyongyang, June 20 (KCNA) --", "Pyongyang", "KCNA",
     "June 20"),
    ("SEOUL, South Korea (AP) — The leader landed.", "SEOUL, South Korea (AP) —", "SEOUL, South Korea", "AP", ""),
    ("NEW DELHI: The government said.", "NEW DELHI:", "NEW DELHI", "", ""),
    ("Paris (AFP) - The minister said.", "Paris (AFP) -", "Paris", "AFP", ""),
    ("(CNN) — The White House said.", "(CNN) —", "", "CNN", ""),
    ("Aug 5 (Reuters) - CrowdStrike rejected the claim.", "Aug 5 (Reuters) -", "", "Reuters", "Aug 5"),
    ("July 19, 2024 (AP) — The update went out.", "July 19, 2024 (AP) —", "", "AP", "July 19, 2024"),
    ("March 26, 2024 -- The spy chief said so.", "March 26, 2024 --", "", "", "March 26, 2024"),
    ("TBILISI, Sep 27 (EastNews).- The toll rose.", "TBILISI, Sep 27 (EastNews).-", "TBILISI", "EastNews", "Sep 27"),
    ("TOKYO, Jan. 8 (Kanto Press)--Tokyo's runway reopened.", "TOKYO, Jan. 8 (Kanto Press)--", "TOKYO", "Kanto Press",
     "Jan. 8"),  # a double dash right after the outlet, with no space
    # the day before the month, as British, South Asian and Gulf outlets write it; a press office's colon
    ("ISLAMABAD, 14 March (Reuters) - Pakistan said.", "ISLAMABAD, 14 March (Reuters) -", "ISLAMABAD", "Reuters",
     "14 March"),
    ("RAWALPINDI, 12 March 2025: Troops ended it.", "RAWALPINDI, 12 March 2025:", "RAWALPINDI", "", "12 March 2025"),
    ("12 March 2025 -- The spy chief said so.", "12 March 2025 --", "", "", "12 March 2025"),
    # a press office's place and full date, in figures or words, with no outlet
    ("Bern, 08.01.2026 - The council will meet.", "Bern, 08.01.2026 -", "Bern", "", "08.01.2026"),
    ("Tokyo, 18 June 2025 — The company said so.", "Tokyo, 18 June 2025 —", "Tokyo", "", "18 June 2025"),
])
def test_datelines(text: str, dateline: str, place: str, outlet: str, date: str) -> None:
    found = find_dateline(text, 0, len(text))
    assert found is not None
    assert (found.text, found.place, found.outlet, found.date) == (dateline, place, outlet, date)
    assert text[found.start:found.end] == dateline


@pytest.mark.parametrize("text", [
    "NATO - the alliance said.", "BREAKING: The bridge fell.", "UPDATE — The bridge fell.",
    "US President Joe Biden — who toured the site — spoke.", "Officials said — on Monday — that it fell.",
    "The Pentagon (DoD) — which declined to comment — said nothing.", "BALTIMORE (AP)", "A ship struck the bridge.",
    "May 5 - The update went out.", "March 26: The bridge fell.", "March 26, 2024: The bridge fell.",
    "The Pentagon (DoD)--which declined to comment--said nothing.",
    "QUETTA, March 12: The train left.", "12 March - The update went out.", "12 March 2025: The bridge fell.",
    "Paris, 12 March - The talks resumed.", "Update, 28 October 2025: a fire broke out.",
])
def test_not_datelines(text: str) -> None:
    assert find_dateline(text, 0, len(text)) is None


def read(tmp_path: Path, text: str) -> Article:
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    result = read_article(tmp_path / "x.txt", tmp_path, today=dt.date(2025, 1, 1))
    assert isinstance(result, Article), result
    return result


def test_dateline_is_metadata_not_a_sentence(tmp_path: Path) -> None:
    a = read(tmp_path, "Fines for brandy importers\n\nBEIJING. Dec 5 (Interfax) - China will require importers to "
                       "pay deposits. The rule starts on Friday.\n")
    assert a.dateline is not None and a.dateline.text == "BEIJING. Dec 5 (Interfax) -"
    assert [s.text for s in a.body_sentences] == ["China will require importers to pay deposits.",
                                                  "The rule starts on Friday."]
    assert a.text[a.dateline.start:a.dateline.end] == a.dateline.text


@pytest.mark.parametrize("above", [
    "By Dana Whitfield, Harbour Wire Service\nPublished: July 11, 2023 at 6:14 p.m. ET",
    "By Dana Whitfield\n\nUpdated 6:14 PM EDT, Tue July 11, 2023",
    "Photo caption: Lawyers outside the court in San Francisco, 10 July 2023.",  # a saved page's caption
])
def test_a_dateline_under_a_byline_is_metadata(tmp_path: Path, above: str) -> None:
    a = read(tmp_path, f"Judge refuses to halt the merger\n\n{above}\n\nSAN FRANCISCO — A federal judge on Tuesday "
                       "turned down the request.\n\nThe ruling can be appealed.\n")
    assert a.dateline is not None and (a.dateline.text, a.dateline.place) == ("SAN FRANCISCO —", "SAN FRANCISCO")
    assert "A federal judge on Tuesday turned down the request." in [s.text for s in a.body_sentences]


def test_a_press_release_dateline_under_its_heading_is_metadata(tmp_path: Path) -> None:
    """A press office's heading above the lead ("Press release of the Federal Chancellery") is no lead: the
    dateline under it opens the report, and "tomorrow" in the lead is the day after it."""
    a = read(tmp_path, "Day of mourning on 9 January\n\nPress release of the Federal Chancellery\n\nBern, 08.01.2026 - "
                       "The Federal Council will hold a ceremony tomorrow in Martigny.\n")
    assert a.dateline is not None and (a.dateline.text, a.dateline.place) == ("Bern, 08.01.2026 -", "Bern")
    assert "The Federal Council will hold a ceremony tomorrow in Martigny." in [s.text for s in a.body_sentences]


def test_a_dateline_is_looked_for_past_a_byline_only(tmp_path: Path) -> None:
    a = read(tmp_path, "Judge refuses to halt the merger\n\nThe judge ruled on Tuesday.\n\nSAN FRANCISCO — The "
                       "ruling can be appealed.\n")
    assert a.dateline is None


def test_lead_as_first_line_is_analysed_and_titles_the_page(tmp_path: Path) -> None:
    lead = ("SEOUL, Oct 19 (Reuters) - North Korea's leader met Russia's foreign minister in Pyongyang on Thursday, "
            "the ministry said.")
    a = read(tmp_path, f"{lead}\n\nThe meeting lasted two hours.\n")
    assert a.title_from_lead and a.title == "North Korea's leader met Russia's foreign minister in Pyongyang on " \
                                            "Thursday, the ministry said."
    assert [b.kind for b in a.blocks] == ["paragraph", "paragraph"]
    assert [s.text for s in a.body_sentences][0] == a.title  # the lead's sentences are statements
    assert a.dateline is not None and a.dateline.outlet == "Reuters"


@pytest.mark.parametrize(("first", "lead"), [
    ("The blaze that gutted the harbour warehouse on Tuesday was the worst fire in the town in decades.", True),
    ("Crews cleared the channel. Ships sailed again on Monday after eleven weeks.", True),
    ("Will the treaty survive the winter?", False),
    ("Putin lands. Kim waits.", False),
    ("Talks Held between the Two Leaders, Treaty on Comprehensive Strategic Partnership Signed in the Capital", False),
    ("Divers recover two bodies from the wreckage as the search is paused", False),
])
def test_lead_or_headline(tmp_path: Path, first: str, lead: bool) -> None:
    a = read(tmp_path, f"{first}\n\nThe body follows here.\n")
    assert a.title_from_lead is lead
    assert (a.blocks[0].kind == "title") is not lead
