"""Articles whose text tries to act as code: HTML, Markdown, templates, front matter.

Kept apart from hostile_corpus.py (broken bytes): these files are valid UTF-8
and must be read, shown as literal text, and never executed.
"""

from __future__ import annotations

from pathlib import Path

SCRIPT_TITLE = "<script>alert('title')</script> Treaty signed {{ 7*7 }} in the capital"

INJECTION = f"""{SCRIPT_TITLE}

The treaty was signed by both ministers on Monday. <img src=x onerror=alert(1)> They praised the accord.

The delegation visited the port. <iframe src="javascript:alert(2)"></iframe> Officials said the visit went well.

A guide gave the minister a gift [click me](javascript:alert(3)) and <a href="javascript:alert(4)">a link</a> and <base href="http://evil.example/">.

# Not a heading [^1] and a footnote marker. !!! note "An admonition"

| a table | injection |

```python
print("a code fence")
```

{{% raw %}} {{{{ config.site_name }}}} {{% endraw %}} and {{{{ 7*7 }}}} stay as they are.

<div markdown="1">**not bold**</div> and <svg onload=alert(5)></svg> and <style>body{{display:none}}</style>.
"""

FRONT_MATTER = """---
title: "Injected title"
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
---
Front matter lookalike article

The gift was a silver bowl, officials said. Nothing in this file is configuration.
"""

FILES = {
    "m_injection.txt": INJECTION,
    "m_front_matter.txt": FRONT_MATTER,
    "m_<b>bold<b>{{7*7}}&amp;\"quoted\".txt": "A file name with markup\n\nThe visit took place as planned.\n",
    "m_..txt": "Dots in the name\n\nThe treaty was signed on time.\n",
    "m_breakout.txt": '</title><script>alert("t2")</script>" onmouseover="alert(6)" x="\n\n'
                      "The visit ended with a gift.\n",
}


def write_injection_corpus(directory: Path) -> dict[str, str]:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        (directory / name).write_text(text, encoding="utf-8")
    return dict.fromkeys(FILES, "ok")


def make_hostile_project(tmp: Path) -> Path:
    """A project whose seeds hold every broken and hostile file, with good articles mixed in."""
    import shutil

    from hostile_corpus import write_hostile_corpus
    from sitecheck import make_project
    from support import PACIFIC

    project = make_project(tmp, PACIFIC / "seeds", PACIFIC / "briefing.yml")
    write_hostile_corpus(project / "seeds")  # written in place: pipes and links do not copy
    write_injection_corpus(project / "seeds")
    assert all((project / "seeds" / name).is_file() for name in GOOD_FIXTURES)
    shutil.copy(PACIFIC / "seeds" / "004_storm.txt", project / "seeds" / "004_storm.txt")
    return project


GOOD_FIXTURES = ["001_wellington.txt", "002_wire.txt", "003_herald.txt"]
