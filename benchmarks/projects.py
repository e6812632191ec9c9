"""Throw-away MkDocs projects: the briefing around a corpus, a plain baseline, and one of equal volume.

Both copy the repository's ``mkdocs.yml`` (theme, extensions, plugins, nav,
``not_in_nav``) and its static files, so the only difference between them is
what the comparison is about: the briefing's hook and the pages it generates,
versus N ordinary Markdown pages of similar size kept out of the nav the same
way.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ".briefing-generated"  # the writer's list of generated files (briefing/write.py)
HOOKS_LINE = re.compile(r"^hooks:\s*(?:#.*)?$")
HOOK_ITEM = re.compile(r"^(\s+-\s+)([^\s#]+)(.*)$", re.DOTALL)
DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$")
FINAL_PUNCT = re.compile(r"[.!?…:;,][”’\"')\]}»›]*$")


# --------------------------------------------------------------------------
# mkdocs.yml
# --------------------------------------------------------------------------


def mkdocs_yml(hooks: bool) -> str:
    """The repository's mkdocs.yml, with hook paths made absolute (or the hooks removed).

    Edited as text, not re-dumped, so comments and any YAML tags survive. A
    relative hook path would resolve against the temporary project, where
    build_briefing.py does not exist.
    """
    out: list[str] = []
    in_hooks = found = False
    for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines(keepends=True):
        if HOOKS_LINE.match(line):
            in_hooks = found = True
            if hooks:
                out.append(line)
            continue
        item = HOOK_ITEM.match(line) if in_hooks else None
        if item:
            if hooks:
                path = Path(item.group(2))
                out.append(item.group(1) + str(path if path.is_absolute() else ROOT / path) + item.group(3))
            continue
        in_hooks = in_hooks and (not line.strip() or line.lstrip().startswith("#"))
        out.append(line)
    if hooks and not found:
        raise RuntimeError("mkdocs.yml has no block-style 'hooks:' list: cannot point it at build_briefing.py")
    return "".join(out)


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml even if it uses !!python/name or !ENV tags (their values are not needed)."""


_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def nav_pages() -> list[str]:
    """The Markdown files the repository's nav lists (the briefing's section pages)."""
    data = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    return sorted(set(_nav_files(data.get("nav") or [])))


def _nav_files(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        if node.endswith(".md") and "://" not in node:
            yield node
    elif isinstance(node, list):
        for x in node:
            yield from _nav_files(x)
    elif isinstance(node, dict):
        for x in node.values():
            yield from _nav_files(x)


# --------------------------------------------------------------------------
# Static files shared by both projects
# --------------------------------------------------------------------------


def copy_static(project: Path) -> None:
    """docs/ minus what the generator writes (assets, images...), and the theme overrides."""
    docs = ROOT / "docs"
    generated = {"sources"} | {line.split("/", 1)[0] for line in _manifest(docs)}
    for entry in docs.iterdir():
        if entry.name.startswith(".") or entry.name in generated:
            continue
        target = project / "docs" / entry.name
        if entry.is_dir():
            shutil.copytree(entry, target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(entry, target)
    if (ROOT / "overrides").is_dir():
        shutil.copytree(ROOT / "overrides", project / "overrides")


def _manifest(docs: Path) -> list[str]:
    path = docs / MANIFEST
    return [x for x in path.read_text(encoding="utf-8").splitlines() if x] if path.is_file() else []


# --------------------------------------------------------------------------
# The two projects
# --------------------------------------------------------------------------


def briefing_project(project: Path) -> None:
    """Make ``project`` (which already holds seeds/ and briefing.yml) a buildable MkDocs project."""
    copy_static(project)
    (project / "mkdocs.yml").write_text(mkdocs_yml(hooks=True), encoding="utf-8")


def baseline_project(project: Path, seeds: Path) -> int:
    """Plain MkDocs + Material: one ordinary page per article, the same nav pages, no hook.

    Returns the number of article pages. Each page holds the article's own
    text as plain Markdown (title, paragraphs, subheadings), so pages are of
    similar size to the briefing's source pages minus their sentence markup.
    Like the briefing's Sources page, sources.md links every article page.
    """
    copy_static(project)
    (project / "mkdocs.yml").write_text(mkdocs_yml(hooks=False), encoding="utf-8")
    docs = project / "docs"
    titles: list[tuple[str, str]] = []
    for path in sorted(seeds.glob("*.txt")):
        slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
        title, markdown = seed_markdown(path.read_text(encoding="utf-8"))
        _write(docs / "sources" / f"{slug}.md", markdown)
        titles.append((slug, title))
    for page in nav_pages():
        _write(docs / page, _nav_page(page, titles))
    return len(titles)


def same_volume_project(project: Path, seeds: Path, markdown_bytes: int) -> int:
    """The plain baseline with each article page's text repeated, so the site holds about
    ``markdown_bytes`` of Markdown: the briefing's own volume, without its markup.

    Python-Markdown and the search plugin cost roughly in proportion to the text
    they read, so this build tells how much of the briefing's end-to-end time is
    the amount of Markdown and how much its citation links and sentence anchors.
    Returns how many times each article's text is written.
    """
    baseline_project(project, seeds)
    docs = project / "docs"
    articles = sorted((docs / "sources").glob("*.md"))
    article_bytes = sum(p.stat().st_size for p in articles)
    if not article_bytes:
        return 1
    rest = markdown_volume(docs) - article_bytes
    times = max(1, round((markdown_bytes - rest) / article_bytes))
    for path in articles:
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        _write(path, title + "\n\n" + "\n\n".join([body.strip("\n")] * times) + "\n")
    return times


def markdown_volume(docs: Path) -> int:
    """Bytes of Markdown under ``docs`` (pages only: not briefing.json or the static files)."""
    return sum(p.stat().st_size for p in docs.rglob("*.md"))


def _nav_page(page: str, titles: list[tuple[str, str]]) -> str:
    prefix = "../" * page.count("/")
    heading = Path(page).stem.replace("-", " ").capitalize()
    lines = [f"# {heading}", "", "A section page of the baseline site. " * 8, ""]
    if page == "sources.md":
        lines += ["| # | Article |", "|---|---|"]
        lines += [f"| {n} | [{title}]({prefix}sources/{slug}.md) |" for n, (slug, title) in enumerate(titles, 1)]
    return "\n".join(lines) + "\n"


def seed_markdown(text: str) -> tuple[str, str]:
    """(title, Markdown) of a seed file in either format: date line or not, blank-line paragraphs or not."""
    lines = text.splitlines()
    first = DATE_LINE.match(lines[0])
    title = first.group(2).strip() if first else lines[0].strip()
    body = lines[1:]
    blocks = _blank_separated(body) if any(not x.strip() for x in body) else [x.strip() for x in body if x.strip()]
    out = [f"# {title}", ""]
    if first:
        out += [f"*{first.group(1)}*", ""]
    for n, block in enumerate(blocks):
        heading = n + 1 < len(blocks) and len(block) <= 80 and not FINAL_PUNCT.search(block)
        out += [f"### {block}" if heading else block, ""]
    return title, "\n".join(out)


def _blank_separated(lines: list[str]) -> list[str]:
    blocks: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    return blocks


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
