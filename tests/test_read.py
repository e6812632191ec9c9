"""The reader: the real seeds, every hostile case, and the layout rules."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sys
from pathlib import Path

import pytest

from briefing import read as read_module
from briefing.model import Article, Corpus, Problem
from briefing.read import read_article, read_corpus, sentence_id, slugify

sys.path.insert(0, str(Path(__file__).parent))
from hostile_corpus import TODAY_FOR_TESTS, write_hostile_corpus  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TODAY = dt.date(2025, 6, 1)
ID_FORMAT = re.compile(r"s-[0-9a-f]{8}(-[0-9]+)?")


def check_invariants(article: Article) -> None:
    """Offsets, ids and block indices as the model promises them."""
    ids = [s.id for s in article.sentences]
    assert len(ids) == len(set(ids))
    for index, block in enumerate(article.blocks):
        assert block.sentences, f"block {index} has no sentence"
        for sentence in block.sentences:
            assert article.text[sentence.start:sentence.end] == sentence.text
            assert sentence.text == sentence.text.strip()
            assert sentence.block == index
            assert ID_FORMAT.fullmatch(sentence.id)
    assert (article.blocks[0].kind == "title") != article.title_from_lead
    assert all(b.kind != "title" for b in article.blocks[1:])
    assert article.body_sentences


def uncovered(article: Article) -> str:
    """Non-space characters of the text that are in no sentence."""
    covered = bytearray(len(article.text))
    for sentence in article.sentences:
        covered[sentence.start:sentence.end] = b"\x01" * (sentence.end - sentence.start)
    return "".join(ch for ch, c in zip(article.text, covered) if not c and not ch.isspace())


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_one(folder: Path, name: str, data: str | bytes, **kwargs: object) -> tuple[Article | Problem, list[Problem]]:
    path = write(folder, name, data)
    warnings: list[Problem] = []
    result = read_article(path, folder, today=TODAY, warnings=warnings, **kwargs)  # type: ignore[arg-type]
    return result, warnings


def article(result: Article | Problem) -> Article:
    assert isinstance(result, Article), result
    check_invariants(result)
    return result


# --------------------------------------------------------------------------
# The two real seeds
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return read_corpus(SEEDS, today=dt.date(2026, 1, 1))


def test_seeds_are_read_cleanly(seeds: Corpus) -> None:
    assert [a.file for a in seeds.articles] == ["000_ed452c7c3a345e91.txt", "003_bab6a6b4a46bcf72.txt"]
    assert [a.id for a in seeds.articles] == ["000-ed452c7c3a345e91", "003-bab6a6b4a46bcf72"]
    assert seeds.rejected == [] and seeds.warnings == []
    for a in seeds.articles:
        check_invariants(a)
        assert a.sha256 == hashlib.sha256((SEEDS / a.file).read_bytes()).hexdigest()


def test_seed_with_date_line(seeds: Corpus) -> None:
    a = seeds.articles[1]
    assert a.title == "Sergei Shoigu met with Kim Jong-un in Pyongyang"
    assert a.date == dt.date(2024, 9, 14)
    assert a.date_note == "date line in the file"
    headings = [b.sentences[0].text for b in a.blocks if b.kind == "heading"]
    assert headings == ["Russia and DPRK intensify contacts", "Moscow and Pyongyang improve relations with gifts"]
    assert [b.kind for b in a.blocks].count("paragraph") == 10
    # Only the date marker is outside every sentence.
    assert uncovered(a) == "date2024-09-14"
    texts = [s.text for s in a.body_sentences]
    assert "24 Orlov trotters, which the DPRK leader loves, arrived in the country through the Khasan " \
           "railway checkpoint in Primorye." in texts
    assert "It is noted that the talks “took place in an exceptionally trusting, friendly atmosphere.”" in texts


def test_undated_seed_with_line_paragraphs(seeds: Corpus) -> None:
    a = seeds.articles[0]
    assert a.title == ("The North Korean leader has received the secretary of Russia’s security council, "
                       "Sergey Shoigu")
    assert a.date is None and a.date_note == "undated"
    assert [b.kind for b in a.blocks] == ["title"] + ["paragraph"] * 10
    assert uncovered(a) == ""
    first = a.blocks[1].sentences
    assert [s.text for s in first][1] == "The North Korean leader wished the “Russian people victory.”"
    assert first[0].id == "s-" + hashlib.sha1(" ".join(first[0].text.split()).encode()).hexdigest()[:8]


# --------------------------------------------------------------------------
# The hostile corpus
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Corpus, list[str]]:
    folder = tmp_path_factory.mktemp("hostile") / "seeds"
    expected = write_hostile_corpus(folder)
    opened: list[str] = []
    real_open = os.open

    def spy_open(path: object, *args: object, **kwargs: object) -> int:
        opened.append(os.path.basename(str(path)))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    read_module.os.open = spy_open  # type: ignore[assignment]
    try:
        corpus = read_corpus(folder, today=TODAY_FOR_TESTS)
    finally:
        read_module.os.open = real_open  # type: ignore[assignment]
    return expected, corpus, opened


def hostile_names() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return sorted(write_hostile_corpus(Path(tmp) / "seeds"))


@pytest.mark.parametrize("name", hostile_names())
def test_hostile_case(name: str, hostile: tuple[dict[str, str], Corpus, list[str]]) -> None:
    expected, corpus, _ = hostile
    expectation = expected[name]
    rejected = [p.reason for p in corpus.rejected if p.file == name]
    warned = [p.reason for p in corpus.warnings if p.file == name]
    kept = [a for a in corpus.articles if a.file == name]
    if expectation == "ok":
        assert rejected == [] and warned == [] and len(kept) == 1
        check_invariants(kept[0])
    elif expectation.startswith("ok: "):
        assert rejected == [] and len(kept) == 1
        check_invariants(kept[0])
        assert any(expectation[4:] in w for w in warned), warned
        assert len(warned) == len(set(warned))
    else:
        assert kept == [] and warned == []
        assert len(rejected) == 1, rejected
        assert expectation in rejected[0]


def test_hostile_reasons_are_single_clean_lines(hostile: tuple[dict[str, str], Corpus, list[str]]) -> None:
    _, corpus, _ = hostile
    for problem in corpus.rejected + corpus.warnings:
        assert problem.reason and problem.reason.isprintable(), problem


def test_hostile_nothing_extra(hostile: tuple[dict[str, str], Corpus, list[str]]) -> None:
    expected, corpus, _ = hostile
    seen = [a.file for a in corpus.articles] + [p.file for p in corpus.rejected]
    assert sorted(seen) == sorted(expected)  # notes.md is not an article, nothing is missing
    assert [a.file for a in corpus.articles] == sorted((a.file for a in corpus.articles), key=os.fsencode)
    assert len({a.id for a in corpus.articles}) == len(corpus.articles)


def test_hostile_good_articles_survive(hostile: tuple[dict[str, str], Corpus, list[str]]) -> None:
    _, corpus, _ = hostile
    titles = {a.file: a.title for a in corpus.articles}
    assert titles["a_good_1.txt"] == "Leaders meet in the capital"
    assert titles["a_good_2.txt"] == "Markets steady after a volatile week"
    assert titles["a_good_3.TXT"] == "Rain expected across the north"
    assert titles["e_windows1251.txt"] == "Шойгу встретился с Ким Чен Ыном"
    for name in ("e_bom_crlf.txt", "e_cr_only.txt", "e_utf16.txt", "e_utf32.txt"):
        same = next(a for a in corpus.articles if a.file == name)
        assert same.text == next(a for a in corpus.articles if a.file == "a_good_2.txt").text


def test_hostile_links_and_pipes_never_opened(hostile: tuple[dict[str, str], Corpus, list[str]]) -> None:
    _, _, opened = hostile
    assert not [n for n in opened if n.startswith(("j_link", "k_"))]
    assert "a_good_1.txt" in opened  # the spy did see the ordinary files


def test_hostile_repairs(hostile: tuple[dict[str, str], Corpus, list[str]]) -> None:
    _, corpus, _ = hostile
    by_file = {a.file: a for a in corpus.articles}
    controls = by_file["f_controls.txt"].text
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069\u200b]", controls)
    assert "The red text rang a bell here." in controls
    assert "\ufffd" in by_file["e_stray_bytes.txt"].text
    assert "\r" not in by_file["e_bom_crlf.txt"].text and not by_file["e_bom_crlf.txt"].text.startswith("\ufeff")
    assert by_file["g_impossible_date.txt"].date is None
    assert by_file["g_impossible_date.txt"].title == "A headline"
    assert by_file["g_future_date.txt"].date is None and by_file["g_future_date.txt"].date_note == "undated"


# --------------------------------------------------------------------------
# Files, names and ids
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "slug"),
    [("000_ed452c7c3a345e91", "000-ed452c7c3a345e91"), ("Hello, World!", "hello-world"),
     ("--x--", "x"), ("!!!", "article"), ("Шойгу", "article"), ("Café 2", "caf-2")],
)
def test_slugify(stem: str, slug: str) -> None:
    assert slugify(stem) == slug


def test_ids_unique_in_name_byte_order(tmp_path: Path) -> None:
    for i, name in enumerate(["hello_world.TXT", "hello-world.txt", "Hello World.txt", "hello-world-2.txt"]):
        write(tmp_path, name, f"Title {i}\n\nBody {i} text.\n")
    corpus = read_corpus(tmp_path, today=TODAY)
    assert [(a.file, a.id) for a in corpus.articles] == [
        ("Hello World.txt", "hello-world"),
        ("hello-world-2.txt", "hello-world-2"),
        ("hello-world.txt", "hello-world-3"),
        ("hello_world.TXT", "hello-world-4"),
    ]


def test_folders_are_read_recursively_and_every_file_is_listed(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Title\n\nBody text.\n")
    write(tmp_path, "b.md", "Markdown title\n\nBody text in Markdown.\n")
    write(tmp_path, "c.txt.bak", "Title\n\nBody text.\n")
    write(tmp_path, "README.md", "# About this folder\n\nNotes.\n")
    write(tmp_path, ".DS_Store", b"\x00\x00\x00\x01Bud1")
    for folder in ("2023", "2023/june", ".git"):
        (tmp_path / folder).mkdir()
    write(tmp_path / "2023", "d.txt", "Title D\n\nBody of d.\n")
    write(tmp_path / "2023/june", "e.txt", "Title E\n\nBody of e.\n")
    write(tmp_path / ".git", "config", "[core]\n")
    corpus = read_corpus(tmp_path, today=TODAY)
    assert [(a.file, a.id) for a in corpus.articles] == [
        ("2023/d.txt", "2023-d"), ("2023/june/e.txt", "2023-june-e"), ("a.txt", "a"), ("b.md", "b")]
    assert [(p.file, p.reason, p.quiet) for p in corpus.rejected] == [
        (".DS_Store", "hidden file, not read", True), (".git/", "hidden folder, not read", True),
        ("README.md", "README, not an article", True), ("c.txt.bak", "not read: backup copy", False)]


def test_saved_page_folder_is_part_of_its_page(tmp_path: Path) -> None:
    write(tmp_path, "Story.html", "<html><body><p>Short.</p></body></html>")
    (tmp_path / "Story_files").mkdir()
    write(tmp_path / "Story_files", "app.js", "alert(1)")
    (tmp_path / "Other_files").mkdir()  # no page of that name: an ordinary folder
    write(tmp_path / "Other_files", "x.js", "alert(2)")
    corpus = read_corpus(tmp_path, today=TODAY)
    reasons = {p.file: p.reason for p in corpus.rejected}
    assert reasons["Story_files/"] == "the images, scripts and styles saved with Story.html: not articles"
    assert reasons["Other_files/x.js"] == "not read: script"
    assert "Story_files/app.js" not in reasons


def test_symlinked_folder_not_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    write(tmp_path / "real", "a.txt", "Title\n\nBody text.\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    os.symlink(tmp_path / "real", seeds / "linked")
    corpus = read_corpus(seeds, today=TODAY)
    assert corpus.articles == [] and corpus.rejected == [Problem("linked", "symlink, not followed")]


@pytest.mark.parametrize(("name", "reason"), [
    ("report.pdf", "not read: PDF document"), ("letter.docx", "not read: Word document"),
    ("data.json", "not read: JSON data"), ("photo.JPG", "not read: image"), ("notes", "not read: a file without"),
    ("page.mhtml", "not read: web archive (MHTML)"), ("odd.xyz", "not read: unknown kind of file (.xyz)")])
def test_other_kinds_are_listed_as_not_read(tmp_path: Path, name: str, reason: str) -> None:
    write(tmp_path, name, b"%PDF-1.4\n")
    corpus = read_corpus(tmp_path, today=TODAY)
    assert corpus.articles == [] and len(corpus.rejected) == 1
    assert corpus.rejected[0].file == name and corpus.rejected[0].reason.startswith(reason)
    assert not corpus.rejected[0].quiet  # --strict fails on it


def test_unprintable_file_name(tmp_path: Path) -> None:
    write(tmp_path, "bad\nname.txt", "Title\n\nBody text.\n")
    write(tmp_path, "good.txt", "Title\n\nBody text.\n")
    corpus = read_corpus(tmp_path, today=TODAY)
    assert [a.file for a in corpus.articles] == ["good.txt"]
    assert corpus.rejected[0].file == "bad?name.txt" and "file name" in corpus.rejected[0].reason


def test_read_article_refuses_outside_and_symlinks(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    outside = write(tmp_path, "outside.txt", "Title\n\nBody text.\n")
    assert "outside the seeds folder" in read_article(outside, seeds).reason  # type: ignore[union-attr]
    os.symlink(outside, seeds / "link.txt")
    result = read_article(seeds / "link.txt", seeds)
    assert isinstance(result, Problem) and result.reason == "symlink, not followed"
    (seeds / "sub").mkdir()
    inner = read_article(write(seeds / "sub", "in.txt", "Title\n\nBody text.\n"), seeds)
    assert isinstance(inner, Article) and (inner.file, inner.id) == ("sub/in.txt", "sub-in")


def test_too_large_small_limit(tmp_path: Path) -> None:
    result, _ = read_one(tmp_path, "big.txt", "Title\n\n" + "Word. " * 400, max_bytes=1000)
    assert isinstance(result, Problem)
    assert result.reason == "too large: 2.4 KB (limit 1000 bytes)"  # 2,407 bytes


def test_one_crash_costs_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a.txt", "Title\n\nBody text.\n")
    write(tmp_path, "b.txt", "Boom\n\nBody text.\n")
    real_parse = read_module.parse

    def parse(text: str, *args: object) -> Article:
        if text.startswith("Boom"):
            raise IndexError("simulated bug")
        return real_parse(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(read_module, "parse", parse)
    corpus = read_corpus(tmp_path, today=TODAY)
    assert [a.file for a in corpus.articles] == ["a.txt"]
    assert corpus.rejected == [Problem("b.txt", "could not be read: IndexError: simulated bug")]


# --------------------------------------------------------------------------
# Encodings and repairs
# --------------------------------------------------------------------------

GERMAN = ("Bundesregierung berät über die Lage\n\nDie Bundesregierung hat am Freitag über die Lage in der Ukraine "
          "beraten. Größere Änderungen wurden nicht beschlossen. Der Außenminister äußerte sich zurückhaltend.\n")


def test_windows_1252_detected(tmp_path: Path) -> None:
    result, warnings = read_one(tmp_path, "de.txt", GERMAN.encode("cp1252"))
    assert article(result).title == "Bundesregierung berät über die Lage"
    assert [w.reason for w in warnings] == ["decoded as windows-1252"]


def test_many_stray_bytes_listed_briefly(tmp_path: Path) -> None:
    data = ("Title\n\n“Quoted” " + "Plain text. " * 200).encode("utf-8")
    for offset in (100, 200, 300, 400, 500, 600, 700):
        data = data[:offset] + b"\xff" + data[offset + 1:]
    result, warnings = read_one(tmp_path, "x.txt", data)
    article(result)
    assert [w.reason for w in warnings] == [
        "invalid UTF-8 at bytes 100, 200, 300, 400, 500 and 2 more (replaced with U+FFFD)"]


def test_utf16_without_bom(tmp_path: Path) -> None:
    result, warnings = read_one(tmp_path, "x.txt", "Title\n\nBody text here.\n".encode("utf-16-le"))
    assert article(result).title == "Title"
    assert [w.reason for w in warnings] == ["decoded as UTF-16 (no byte-order mark)"]


def test_lossless_normalisation_is_silent(tmp_path: Path) -> None:
    result, warnings = read_one(tmp_path, "x.txt", b"\xef\xbb\xbfTitle\r\n\r\nOne.\rTwo.\r\n")
    assert article(result).text == "Title\n\nOne.\nTwo.\n"
    assert warnings == []


def test_invisible_characters_removed_once(tmp_path: Path) -> None:
    result, warnings = read_one(tmp_path, "x.txt", "Ti\u200btle\n\nA\x01b\x1b[1mc\u2066d\u2069 e\u00ad.\n")
    assert article(result).text == "Title\n\nAbcd e.\n"
    assert [w.reason for w in warnings] == [
        "removed 1 terminal escape sequence, 1 control character, 2 bidirectional-override characters "
        "and 2 invisible zero-width characters"]


def test_joiners_kept(tmp_path: Path) -> None:
    text = "Title\n\nنمی\u200cخواهم. Family: 👨\u200d👩\u200d👧.\n"
    result, warnings = read_one(tmp_path, "x.txt", text)
    assert article(result).text == text and warnings == []


def test_binary_magic_only_when_binary(tmp_path: Path) -> None:
    # An all-ASCII signature ("ID3") in real text is not a binary file.
    result, _ = read_one(tmp_path, "x.txt", "ID3 rules\n\nThe ID3 tag format is old.\n")
    assert article(result).title == "ID3 rules"
    result, _ = read_one(tmp_path, "y.txt", b"ID3\x04\x00\x00\x00\x00\x00\x00")
    assert isinstance(result, Problem) and result.reason == "not text: MP3 audio"


# --------------------------------------------------------------------------
# Layout: date line, title, paragraphs, headings, sentence ids
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [" date 2024-09-14 Title here", "Date: 2024-09-14\nTitle here", "2024-09-14\n\nTitle here",
     "date 2024-09-14\nTitle here", "Date: 14 September 2024\nTitle here", "September 14, 2024\nTitle here",
     "\n\nDATE: Sept. 14, 2024\n\n  Title here  ", "Saturday, 14 September 2024\nTitle here",
     "2024-9-14 Title here", "Published: September 14, 2024 at 6:14 p.m. ET\n\nTitle here",
     "Posted on 14 September 2024, 09:30\nTitle here"],
)
def test_date_forms(tmp_path: Path, head: str) -> None:
    a = article(read_one(tmp_path, "x.txt", head + "\n\nBody text.\n")[0])
    assert (a.title, a.date, a.date_note) == ("Title here", dt.date(2024, 9, 14), "date line in the file")


@pytest.mark.parametrize(
    "head",
    ["Title here", "2024 in review", "Published September 2024", "2024-09-14T10:00 Title here"],
)
def test_not_a_date_line(tmp_path: Path, head: str) -> None:
    a = article(read_one(tmp_path, "x.txt", head + "\n\nBody text.\n")[0])
    assert (a.title, a.date, a.date_note) == (head, None, "undated")


@pytest.mark.parametrize(
    ("head", "reason"),
    [(" date 2024-02-30 Title here", "impossible date 2024-02-30 (treated as undated)"),
     ("Date: 31 April 2024\nTitle here", "impossible date 31 April 2024 (treated as undated)"),
     ("2025-06-02\nTitle here", "date 2025-06-02 is in the future (treated as undated)")],
)
def test_bad_dates_warn_and_stay_out_of_title(tmp_path: Path, head: str, reason: str) -> None:
    result, warnings = read_one(tmp_path, "x.txt", head + "\n\nBody text.\n")
    a = article(result)
    assert (a.title, a.date, a.date_note) == ("Title here", None, "undated")
    assert warnings == [Problem("x.txt", reason)]


def test_today_itself_is_fine(tmp_path: Path) -> None:
    a = article(read_one(tmp_path, "x.txt", "2025-06-01\nTitle here\n\nBody text.\n")[0])
    assert a.date == TODAY


def test_blank_line_paragraphs_with_wraps(tmp_path: Path) -> None:
    text = ("Title\n\nFirst line of a paragraph\nwrapped here. Second sentence\nwraps too.\n\n"
            "Short heading\n\nLast paragraph. Short line\n")
    a = article(read_one(tmp_path, "x.txt", text)[0])
    assert [b.kind for b in a.blocks] == ["title", "paragraph", "heading", "paragraph"]
    assert [s.text for s in a.blocks[1].sentences] == [
        "First line of a paragraph\nwrapped here.", "Second sentence\nwraps too."]
    assert [s.text for s in a.blocks[3].sentences] == ["Last paragraph.", "Short line"]


def test_line_paragraphs_and_headings(tmp_path: Path) -> None:
    text = ("Title\nPara one.\nHeading here\nPara two ends “with a quote.”\nHe said:\nA quote.\n"
            "lowercase start\nMore.\nSecond heading\nThird heading\nPara three?\nReuters\n")
    a = article(read_one(tmp_path, "x.txt", text)[0])
    kinds = [(b.kind, b.sentences[0].text) for b in a.blocks]
    assert kinds == [
        ("title", "Title"), ("paragraph", "Para one."), ("heading", "Heading here"),
        ("paragraph", "Para two ends “with a quote.”"), ("paragraph", "He said:"), ("paragraph", "A quote."),
        ("paragraph", "lowercase start"), ("paragraph", "More."), ("heading", "Second heading"),
        ("heading", "Third heading"), ("paragraph", "Para three?"), ("paragraph", "Reuters"),
    ]


def test_long_line_without_punctuation_is_not_heading(tmp_path: Path) -> None:
    line = "This line has far too many words to be a heading even without a stop at the end"
    a = article(read_one(tmp_path, "x.txt", f"Title\n{line}\nMore text.\n")[0])
    assert a.blocks[1].kind == "paragraph"


def test_repeated_sentences_get_numbered_ids(tmp_path: Path) -> None:
    a = article(read_one(tmp_path, "x.txt", "Yes.\n\nYes. No. Yes.\n\nYes.\n")[0])
    base = sentence_id("Yes.")
    assert [s.id for s in a.sentences] == [base, f"{base}-2", sentence_id("No."), f"{base}-3", f"{base}-4"]


def test_sentence_id_ignores_whitespace() -> None:
    assert sentence_id("A  b\nc.") == sentence_id("A b c.") != sentence_id("A b d.")
    assert sentence_id("A b c.") == "s-" + hashlib.sha1(b"A b c.").hexdigest()[:8]


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "empty file"), ("\u3000 \u2003\n\t\n", "empty file"), ("Only a title\n", "title but no body text"),
     ("Date: 2024-09-14\n\n", "date line but no title or body text"),
     ("T\n\n" + "no stops " * 5000, "no sentence structure: 44,999 characters without a sentence break"),
     ("word " * 1000, "no title: the first line is 4,999 characters long")],
)
def test_rejections(tmp_path: Path, text: str, reason: str) -> None:
    result, warnings = read_one(tmp_path, "x.txt", text)
    assert result == Problem("x.txt", reason) and warnings == []


def test_cjk_and_cyrillic(tmp_path: Path) -> None:
    a = article(read_one(tmp_path, "x.txt", "平壤会谈\n\n第一句。第二句！\n\nВторой абзац. Ещё одно предложение.\n")[0])
    assert [s.text for s in a.body_sentences] == ["第一句。", "第二句！", "Второй абзац.", "Ещё одно предложение."]


def test_reading_is_deterministic(tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    write_hostile_corpus(folder)
    assert read_corpus(folder, today=TODAY_FOR_TESTS) == read_corpus(folder, today=TODAY_FOR_TESTS)


try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is in requirements-dev.txt
    pass
else:

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.binary(max_size=300)
           | st.text(alphabet="ab .\n\r\t“”\u200b\x1b[m\u00a0Я中", max_size=300).map(str.encode))
    def test_any_bytes_give_an_article_or_a_reason(tmp_path: Path, data: bytes) -> None:
        result, warnings = read_one(tmp_path, "x.txt", data)
        if isinstance(result, Problem):
            assert result.reason.isprintable() and warnings == []
        else:
            check_invariants(result)
            assert all(w.reason.isprintable() for w in warnings)


PUBLISHED = [
    # (file text, the article's date, how it is known)
    ("Ferry strike ends\n\nPublished: 21 August 2024 09:30 CET\nBy our harbour desk\n\nCrews voted to return.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),  # the first line of the byline's paragraph
    ("Ferry strike ends\n\nBy our harbour desk\nPublished: 21 August 2024\n\nCrews voted to return.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),  # under the byline, in its paragraph
    ("Ferry strike ends\n\nCrews voted to return after a long night of talks in the harbour office, the union "
     "said.\nPublished: 21 August 2024\n\nThe ferries sail again.\n", None, "undated"),  # under a long line
    ("Ferry strike ends\n\nPublished: 21 August 2024 09:30 CET\n\nBy our harbour desk\n\nCrews voted to return.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),
    ("Ferry strike ends\n\nPosted on August 21, 2024 at 5:02 pm\n\nCrews voted to return.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),
    ("Ferry strike ends\n\nBy Ann Lee\nPublished 9:37 PM GMT+3, August 21, 2024\n\nCrews voted to return.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),  # the time of day before the date
    ("Ferry strike ends\nBy Ann Lee, Steppe Press\nPublished: August 21, 2024 at 10:12 p.m. (GMT+5)\n\nCrews voted.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),  # the time zone after it, an offset in brackets
    ("Ferry strike ends\n\nBy The Harbour Wire | Published: August 21, 2024 at 6:52 a.m. EDT\n\nCrews voted.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),  # a byline sharing the line
    ("Ferry strike ends\nBy Ann Lee, Harbour Review | August 21, 2024\n\nCrews voted.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),  # ... with the date alone after it
    ("Ferry strike ends\n\nBy Ann Lee | Harbour Review | August 21, 2024\n\nCrews voted.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),  # ... and the outlet between bars
    ("Ferry strike ends\n\nBy Ann Lee, Staff Reporter \u2014 21 August 2024\n\nCrews voted.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),  # ... after a dash
    ("Ferry strike ends\n\nBy ANN LEE Published August 21, 2024\n\nCrews voted.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),  # ... with "Published" and no bar
    ("Ferry strike ends\n\nAnn Lee \u00b7 Wed 21 Aug 2024 14:05 BST\n\nCrews voted.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),  # a name and a dot, a weekday cut short
    ("Ferry strike ends\n\nAugust 21, 2024 \u00b7 4 min read\n\nCrews voted.\n",
     dt.date(2024, 8, 21), "the date line under the headline"),  # what follows the date after a dot
    ("Ferry strike ends\n\nBy Ann Lee | Updated: August 21, 2024\n\nCrews voted.\n", None, "undated"),
    ("Ferry strike ends\n\nBy August 21, 2024 the crews had voted.\n", None, "undated"),
    ("Ferry strike ends\n\nUpdated: 21 August 2024\n\nCrews voted to return.\n", None, "undated"),
    ("Ferry strike ends\n\nCrews voted to return.\n\nThe vote was published: 21 August 2024\n", None, "undated"),
    ("Ferry strike ends\n\nOBAN, Scotland, Aug. 21, 2024 (Harbour Wire) - Crews voted to return.\n",
     dt.date(2024, 8, 21), "the dateline's date"),
    ("Ferry strike ends\n\nOBAN, Aug. 21 (Harbour Wire) - Crews voted to return.\n", None, "undated"),
    ("Ferry strike ends\n\nOBAN, 21 August 2024: Crews voted to return.\n", dt.date(2024, 8, 21),
     "the dateline's date"),  # the day first, and a press office's colon
    ("2024-08-20\nFerry strike ends\n\nOBAN, Aug. 21, 2024 (Harbour Wire) - Crews voted to return.\n",
     dt.date(2024, 8, 20), "date line in the file"),
    ("Ferry strike ends\n\nPublished: 21 August 2099\n\nCrews voted to return.\n", None, "undated"),
    # the file's first line: its date line, and the paragraph under it the lead
    ("Published: August 21, 2024 at 6:14 p.m. ET\n\nOBAN (Harbour Wire) - Crews voted on Wednesday to return to "
     "work after a long night of talks.\n", dt.date(2024, 8, 21), "date line in the file"),
    ("Updated: August 21, 2024 at 6:14 p.m. ET\n\nCrews voted to return.\n", None, "undated"),
    # a date alone under the headline, above the office that issued it (a readout)
    ("Ferry strike ends\nAugust 21, 2024\nHarbour Authority Press Office\n\nCrews voted to return.\n",
     dt.date(2024, 8, 21), "the date line under the headline"),
    ("Ferry strike ends\n\nDate: 21 August 2024\n\nCrews voted to return.\n",
     dt.date(2024, 8, 21), "the date line under the headline"),
    ("Ferry strike ends\n21st August 2024\nHarbour Authority Press Office\n\nCrews voted to return.\n",
     dt.date(2024, 8, 21), "the date line under the headline"),  # an ordinal day, as a state house writes it
    ("12th July 2024\nFerry strike ends\n\nCrews voted to return.\n", dt.date(2024, 7, 12), "date line in the file"),
    # a readout's place and date, before the headline or under it, the place first or last
    ("Harbour House, Oban, 21 August 2024\nFerry strike ends\n\nCrews voted to return.\n", dt.date(2024, 8, 21),
     "date line in the file"),
    ("Ferry strike ends\nOban, 21 August 2024\n\nCrews voted to return.\n", dt.date(2024, 8, 21),
     "the date line under the headline"),
    # a press office's: the day in figures, the outlet in brackets, its release words
    ("Harbour Authority\nOban, 21.08.2024\n\nFerry strike ends\n\nCrews voted to return.\n", dt.date(2024, 8, 21),
     "the date line under the headline"),
    ("Oban, 21 August 2024 (HNA)\nFerry strike ends\n\nCrews voted to return.\n", dt.date(2024, 8, 21),
     "date line in the file"),
    ("Ferry strike ends\n\nFOR IMMEDIATE RELEASE: August 21, 2024\n\nCrews voted to return.\n", dt.date(2024, 8, 21),
     "the date line under the headline"),
    ("Ferry strike ends\n\nIssued at 0144 hours on 21 August 2024\n\nCrews voted to return.\n", dt.date(2024, 8, 21),
     "the date line under the headline"),
    ("Ferry strike ends\n\nPublication date: 21 August 2024\n\nCrews voted to return.\n", dt.date(2024, 8, 21),
     "the date line under the headline"),
    ("Harbour Office\nPress release, Oban, 21 August 2024\n\nFerry strike ends\n\nCrews voted to return.\n",
     dt.date(2024, 8, 21), "the date line under the headline"),
    ("Press release\nFerry strike ends as crews vote to return after a long night of talks at the harbour office\n"
     "Publication date: 21 August 2024\n\nCrews voted to return.\n", dt.date(2024, 8, 21),
     "the date line under the headline"),  # under a long headline of the release
    # a desk or a team signing the page before a bar
    ("Ferry strike ends\nHarbour News live desk | Wednesday, August 21, 2024\n\nCrews voted.\n", dt.date(2024, 8, 21),
     "the date line under the headline"),
    ("Ferry strike ends\nHarbour News | Published: August 21, 2024, 4:02 p.m.\n\nCrews voted.\n", dt.date(2024, 8, 21),
     "the date line under the headline"),
    ("Ferry strike ends\n\nPosted by the harbour team | August 21, 2024 at 8:12 p.m.\n\nCrews voted.\n",
     dt.date(2024, 8, 21), "the publication line in the file"),
    ("Ferry strike ends\nHarbour News live desk | Updated August 21, 2024, 9:40 p.m.\n\nCrews voted.\n", None,
     "undated"),
    # ... unless the page is one of entries stamped with times of day: a live page, updated as they come
    ("Ferry strike live\nHarbour News live desk | Updated August 21, 2024, 9:40 p.m.\n\n9:05 a.m.: Crews voted.\n\n"
     "11:20 a.m.: The ferries sail.\n", dt.date(2024, 8, 21), "the live page's last update in the file"),
    ("Ferry strike live\n\nHarbour live desk. Last updated August 21, 2024, 9:40 p.m. (Oban time)\n\n"
     "9:05 p.m.: Crews voted.\n\n6:10 p.m.: The ferries sail.\n", dt.date(2024, 8, 21),
     "the live page's last update in the file"),
    ("Ferry strike live\nUpdated August 21, 2024, 9:40 p.m.\n\n9:05 a.m.: Crews voted.\n\nThe ferries sail.\n", None,
     "undated"),  # one stamped entry is no live page
    ("Ferry strike ends\nAugust 21, 2024, Oban\n\nCrews voted to return.\n", dt.date(2024, 8, 21),
     "the date line under the headline"),
    ("Ferry strike ends\n\nCrews voted, 21 August 2024\n\nThe ferries sail.\n", None, "undated"),  # no place
    # a release date, a date with where and what after bars, a byline with its date as the first line
    ("Release Date: August 21, 2024\nFerry strike ends\n\nCrews voted to return.\n", dt.date(2024, 8, 21),
     "date line in the file"),
    ("Ferry strike ends\nAugust 21, 2024 | Oban, Scotland | Press Release\n\nCrews voted to return.\n",
     dt.date(2024, 8, 21), "the date line under the headline"),
    ("By the Harbour Weekly correspondent in Oban | 21 August 2024\nFerry strike ends\n\nCrews voted.\n",
     dt.date(2024, 8, 21), "date line in the file"),
    # ... but not one in the running text further down, nor one without its year
    ("Ferry strike ends\n\nCrews voted.\n\nThe ferries sail again.\n\nThe talks began.\n\nAugust 21, 2024\n",
     None, "undated"),
    ("Ferry strike ends\nAugust 21\n\nCrews voted to return.\n", None, "undated"),
    # a release stamp on the last line, as an agency signs its copy at the foot, and nothing but the stamp
    ("Ferry strike ends\n\nCrews voted.\n\nThe ferries sail again.\n\nReleased 21 August 2024, 18:05 Oban time\n",
     dt.date(2024, 8, 21), "the release line at the foot of the file"),
    ("Ferry strike ends\n\nCrews voted to return.\n\nIssued on August 21, 2024.\n", dt.date(2024, 8, 21),
     "the release line at the foot of the file"),
    ("Ferry strike ends\n\nCrews voted to return.\n\nReleased on 21 August 2024, the figures showed a rise.\n",
     None, "undated"),
    ("Ferry strike ends\n\nReleased 21 August 2024\n\nCrews voted to return.\n\nThe ferries sail again.\n",
     None, "undated"),  # a stamp in the middle is no foot's (nor a publication line's, which names itself)
]


@pytest.mark.parametrize("text, date, note", PUBLISHED)
def test_an_undated_article_takes_its_publication_line_or_its_datelines_full_date(
        tmp_path: Path, text: str, date: dt.date | None, note: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    warnings: list[Problem] = []
    article = read_article(path, tmp_path, today=TODAY_FOR_TESTS, warnings=warnings)
    assert isinstance(article, Article)
    assert (article.date, article.date_note) == (date, note)
    assert [w.reason for w in warnings] == (["date 2099-08-21 is in the future (treated as undated)"]
                                           if "2099" in text else [])
