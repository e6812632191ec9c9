"""`init`: a starting briefing.yml proposed from the articles, valid and buildable with no edit, on any story."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support import CORRIDOR, PACIFIC, ROOT, TRADE

from briefing.analyse.events.lexicon import lexicon
from briefing.cli import main
from briefing.config import load_config
from briefing.pipeline import build
from briefing.propose.emit import flow, scalar
from briefing.propose.entities import _adjectives, _kind
from briefing.propose.title import _name_words
from briefing.propose.words import capitals, demonyms, section_kinds

# story -> the folders of articles put together in one folder
STORIES = {
    "seeds": [ROOT / "seeds"],
    "pacific": [PACIFIC / "seeds"],
    "corridor": [CORRIDOR / "seeds"],
    "trade": [TRADE / "seeds"],
    "evalset-trade": [ROOT / "benchmarks" / "evalsets" / "trade" / "seeds"],
    "two-stories": [PACIFIC / "seeds", TRADE / "seeds"],
}


def articles_in(folder: Path, *sources: Path) -> Path:
    folder.mkdir(parents=True)
    for source in sources:
        for f in sorted(source.iterdir()):
            if f.is_file():
                shutil.copy(f, folder / f.name)
    return folder


def init(folder: Path, *args: str, prog: str = "briefing") -> int:
    return main(["init", str(folder), *args, "-j", "1"], root=folder, prog=prog)


@pytest.fixture(scope="module", params=list(STORIES))
def started(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, str]:
    """A project of the story's articles in seeds/, where init has run; the story and what it printed."""
    root = tmp_path_factory.mktemp(request.param)
    articles_in(root / "seeds", *STORIES[request.param])
    out = subprocess.run([sys.executable, str(ROOT / "build_briefing.py"), "init", str(root), "-j", "1"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and out.stderr == "", out.stderr
    return request.param, root, out.stdout


def test_the_file_is_valid_and_a_build_fills_every_section(started: tuple[str, Path, str]) -> None:
    story, root, _ = started
    config = load_config(root / "briefing.yml")
    assert config.warnings == () and 1 <= len(config.sections) <= 6
    result = build(root / "seeds", config, None)
    assert [s.id for s in result.briefing.sections if not s.items] == []
    assert result.warnings == []  # nothing proposed that no article uses; every proposed table can be filled


def test_each_proposal_says_where_it_comes_from(started: tuple[str, Path, str]) -> None:
    _, root, _ = started
    text = (root / "briefing.yml").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert "a proposal" in text.lower() and lines[lines.index(next(x for x in lines if x.startswith("title:"))) - 2]
    for n, line in enumerate(lines):
        if line.startswith("  - id: "):
            assert lines[n - 1].startswith("  # ") and " sentence" in lines[n - 1] and " report " in lines[n - 1]
        if line.startswith("  - name: "):
            assert " mention" in line.split("#", 1)[1]
    assert any(line.startswith(("# The articles are dated ", "# Every dated article is of ")) or
               line == "# No article carries a date." for line in lines)


def test_it_says_what_it_wrote_and_what_next(started: tuple[str, Path, str]) -> None:
    _, root, printed = started
    lines = printed.splitlines()
    assert lines[0].startswith(f"wrote {root / 'briefing.yml'}: ") and " proposed from " in lines[0]
    assert lines[1].startswith(f"wrote {root / 'mkdocs.yml'}, ") and "docs/assets/briefing.css" in lines[1]
    assert lines[2].startswith("next: edit ") and "unsure" in lines[2]
    assert lines[3] == f"then: cd {root} && mkdocs build"  # build_briefing.py's own project is its folder


def test_the_seeds_proposal(tmp_path: Path) -> None:
    root = tmp_path / "project"
    articles_in(root / "seeds", ROOT / "seeds")
    assert init(root) == 0
    config = load_config(root / "briefing.yml")
    people = {p.name: p for p in config.people}
    assert people["Sergei Shoigu"].aliases == ("Sergey Shoigu",)  # the spelling the reconciliation merged
    entities = {e.name: e.aliases for e in config.entities}
    assert {"Pyongyang", "North Korean"} <= set(entities["North Korea"]) and "Russian" in entities["Russia"]
    assert [s.id for s in config.sections] == ["talks", "gifts", "agreements"]
    assert config.sections[1].register == "gifts" and "presented" in config.sections[1].terms
    assert config.description.endswith("as of 14 September 2024.")


def test_it_never_overwrites_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = articles_in(tmp_path / "story", PACIFIC / "seeds")
    (folder / "briefing.yml").write_text("title: mine\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text("site_name: mine\n", encoding="utf-8")
    assert init(folder) == 2
    err = capsys.readouterr().err
    assert err == (f"error: {folder / 'briefing.yml'}: already exists — edit it, or run 'briefing init --force' "
                   "to replace it\n")
    assert (folder / "briefing.yml").read_text(encoding="utf-8") == "title: mine\n"
    assert init(folder, "--force") == 0
    assert load_config(folder / "briefing.yml").title != "mine"
    assert (folder / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: mine\n"  # a project's site: kept
    assert not (folder / "docs").exists()
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 3 and printed[-1] == "then: briefing build"


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p / "missing", "folder not found — name the folder that holds the articles, or their project"),
    (lambda p: p, "no article found — put the articles in it (.txt, .md, .html, .eml), or in a seeds/ folder in it"),
    (lambda p: (p / "seeds").mkdir() or p, "no article found — put the articles in it (.txt, .md, .html, .eml)"),
])
def test_a_folder_without_articles_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], make,
                                               message: str) -> None:
    assert init(make(tmp_path)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and err.rstrip().endswith(message)
    assert list(tmp_path.glob("*.yml")) == []


def test_the_same_articles_give_the_same_file(tmp_path: Path) -> None:
    folder = articles_in(tmp_path / "story", CORRIDOR / "seeds")
    assert init(folder) == 0
    first = (folder / "briefing.yml").read_bytes()
    assert init(folder, "--force") == 0
    assert (folder / "briefing.yml").read_bytes() == first


def test_a_new_folder_builds_a_site(tmp_path: Path) -> None:
    """init, then mkdocs build: the hook builds the briefing, the theme override and assets are found."""
    folder = articles_in(tmp_path / "story", PACIFIC / "seeds")
    assert init(folder) == 0
    site = yaml.safe_load((folder / "mkdocs.yml").read_text(encoding="utf-8"))
    assert Path(site["theme"]["custom_dir"]).is_dir() and Path(site["hooks"][0]).is_file()
    out = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder, capture_output=True,
                         text=True, timeout=300, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-3000:]
    index = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert "assets/briefing.css" in index and (folder / "site" / "briefing.json").is_file()


# --- the pieces -------------------------------------------------------------------------------------------------

TEXTS = ["Kim Jong-un", "Russia’s", "Democratic People’s Republic of Korea", "O'Neill", "yes", "On", "no", "null",
         "a: b", "#tag", "2024", "[x]", "EU–China", "The leader, again", " padded ", "tariff*", "gave ... a", "ü"]


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_reads_back_as_itself(text: str) -> None:
    assert yaml.safe_load(f"k: {scalar(text)}") == {"k": text}
    assert yaml.safe_load(f"k: {flow([text, 'x'])}") == {"k": [text, "x"]}


# headline -> which words are names'
NAMES = [
    ("Chile and New Zealand sign fisheries pact", [True, False, True, True, False, False, False]),
    ("New Tariffs Hit Chinese Cars", [False, False, False, True, False]),  # title case: the vocabulary decides
    ("The North Korean leader met Shoigu", [False, True, True, False, False, True]),
]


@pytest.mark.parametrize(("headline", "named"), NAMES)
def test_name_words_of_a_headline(headline: str, named: list[bool]) -> None:
    vocabulary = frozenset("new tariffs hit cars sign fisheries pact leader met".split())
    assert _name_words(headline.split(), vocabulary) == named


@pytest.mark.parametrize(("words", "kind"), [
    (["China"], "place"), (["North", "Korea"], "place"), (["South", "Pacific"], ""), (["Republic", "of", "Korea"],
                                                                                      "body"),
    (["European", "Commission"], "body"), (["Ministry", "of", "Commerce"], "body"), (["Sergei", "Shoigu"], ""),
    (["Wednesday"], ""),
])
def test_what_a_capitalised_phrase_names(words: list[str], kind: str) -> None:
    assert _kind(words) == kind


def test_adjectives_made_by_rule() -> None:
    assert {"Velorian", "Norvanian"} <= {*_adjectives("Veloria"), *_adjectives("Norvania")}
    assert "Chinese" in _adjectives("China") and _adjectives("New Zealand") == []


def test_every_kind_of_action_can_make_a_section() -> None:
    """Each action of the table but acts of saying is in exactly one proposable section, with a heading."""
    kinds = section_kinds()
    listed = [a for spec in kinds.values() for a in spec["actions"]]
    assert len(listed) == len(set(listed))
    assert set(listed) == {name for name, a in lexicon().actions.items() if not a.speech}
    assert all(spec["intro"] and all(v["heading"] and v["reports"] for v in spec["actions"].values())
               for spec in kinds.values())


def test_the_pair_tables_read() -> None:
    assert ("Chinese", "China") in demonyms() and ("North Korean", "North Korea") in demonyms()
    assert ("Beijing", "China") in capitals() and all(a and b for a, b in capitals())
