"""The pieces of the names package: transliteration keys, name shapes, and the word lists in data/."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analyse.names import fold, given_key, surname_key, token_key, words
from briefing.analyse.names.keys import name_shape, whole_name_key

DATA = Path(words.__file__).parent / "data"
WORD_LISTS = sorted(p.stem for p in DATA.glob("*.txt") if p.stem not in ("given_equivalents", "key_rules"))


@pytest.mark.parametrize(
    "text, folded",
    [("Jong-un", "jongun"), ("Jong Un", "jongun"), ("Šojgu", "sojgu"), ("O’Brien", "obrien"), ("Türkiye", "turkiye"),
     ("Ahmed 2", "ahmed")],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    "a, b, same",
    [("al-Assad", "Assad", True), ("Al-Assad", "Assad", True), ("ash-Sharaa", "Sharaa", True),
     ("el-Sisi", "Sisi", True), ("Alexander", "Exander", False), ("bin-Salman", "Salman", False)],
)
def test_surname_key_drops_only_the_arabic_article(a: str, b: str, same: bool) -> None:
    assert (surname_key(a) == surname_key(b)) is same


@pytest.mark.parametrize(
    "surface, surname, initials, family_first, namelike",
    [
        ("Kim Jong-un", "Kim", False, True, True),
        ("Kim Il Sung", "Kim", False, True, True),
        ("Xi Jinping", "Xi", False, True, True),
        ("Kim Darroch", "Darroch", False, False, False),
        ("Lee Anderson", "Anderson", False, False, True),
        ("V. Putin", "Putin", True, False, False),
        ("Vladimir Putin", "Putin", False, False, True),
        ("Mohammed bin Salman", "Salman", False, False, True),
        ("Bashar al-Assad", "Assad", False, False, True),
    ],
)
def test_name_shape(surface: str, surname: str, initials: bool, family_first: bool, namelike: bool) -> None:
    shape = name_shape(surface)
    assert shape is not None
    assert (shape.surname, shape.initials, shape.family_first, shape.namelike) == (
        surname_key(surname), initials, family_first, namelike)


@pytest.mark.parametrize("surface", ["Putin", "bin", ""])
def test_no_shape_below_two_name_tokens(surface: str) -> None:
    assert name_shape(surface) is None


@pytest.mark.parametrize(
    "a, b, same",
    [("Kim Jong-un", "Kim Jong Un", True), ("Sergei Shoigu", "Sergey Shoygu", True), ("Putin", "Putin", True),
     ("Kim Jong-un", "Kim Il Sung", False), ("Putin", "Vladimir Putin", False)],
)
def test_whole_name_key(a: str, b: str, same: bool) -> None:
    assert (whole_name_key(a) == whole_name_key(b)) is same


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_list_files_are_tidy(name: str) -> None:
    lines = words.data_lines(name)
    assert lines, f"{name}.txt is empty"
    assert words.word_list(name) == tuple(lines)  # one word a line
    assert [w for w in lines if w != w.lower()] == []
    assert sorted({w for w in lines if lines.count(w) > 1}) == []


def test_word_lists_are_loaded() -> None:
    """Each list the code uses comes from its file, and the derived sets are built from them."""
    assert frozenset(words.data_lines("months")) == words.MONTHS
    assert {"may", "jordan", "north"} <= words.SOFT_STOP <= words.STOP_WORDS  # a soft stop is a stop word first
    assert {"president", "spokesman"} <= words.TITLE_HEADS <= words.TITLE_WORDS
    assert words.PREFIX_PARTICLES[: len(words.ARABIC_ARTICLES)] == words.ARABIC_ARTICLES
    assert words.KEY_RULES[0] == ("sch", "sh") and words.KEY_RULES[-1] == (r"(.)\1+", r"\1")


def test_given_equivalents_name_their_canonical_form_first() -> None:
    for group in words.GIVEN_EQUIVALENTS:
        assert len(group) >= 2, group
        assert {given_key(w) for w in group} == {token_key(group[0])}, group


@pytest.mark.parametrize(
    "text, lines",
    [("# a comment\n\nfoo\n  bar  # why bar\n", ["foo", "bar"]), ("x y\n#\n", ["x y"]), ("", [])],
)
def test_data_lines_strip_comments_and_blanks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str,
                                              lines: list[str]) -> None:
    (tmp_path / "sample.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(words, "DATA_DIR", tmp_path)
    assert words.data_lines("sample") == lines


@pytest.mark.parametrize(
    "loader, text",
    [(words.word_list, "foo\nsri lanka\n"), (words.rewrite_rules, "sch sh\nph\n"), (words.rewrite_rules, "a b c\n")],
)
def test_malformed_lines_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loader, text: str) -> None:
    (tmp_path / "sample.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(words, "DATA_DIR", tmp_path)
    with pytest.raises(ValueError, match="sample.txt"):
        loader("sample")
