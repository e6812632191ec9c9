"""How well the briefing merges reports of one fact, scored against the synthetic corpus's ground truth.

The generator knows which fact every body sentence states (``Draft.facts``),
so merging can be measured instead of eyeballed:

- *misattributed*: citations whose sentence states another fact than the
  item's shown sentence. Each one is an article credited with a statement it
  did not make, the failure a reader can least afford.
- *mixed items*: items whose citations state more than one fact.
- *B-cubed precision and recall* over the cited sentences: precision falls
  when items mix facts, recall when one fact is split over several items.
- *spurious differences*: "Where sources differ" entries whose versions come
  from different facts, so they are not a disagreement at all.

Usage: ``python -m benchmarks.quality --n 1000`` builds a corpus of that size
in a temporary folder (or reuses ``--keep DIR``) and prints the scores.
(``python -m benchmarks.quality dates|events|all`` scores the hand-labelled
evaluation sets instead: ``benchmarks/quality/evalsets.py``.)
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..corpus import corpus_facts, write_config, write_corpus

if TYPE_CHECKING:  # only a type: importing the package must not need the tool's internals
    from briefing.model import Briefing


@dataclass
class Quality:
    items: int
    citations: int  # cited body sentences in section items whose fact the generator knows
    unknown: int  # cited sentences the splitter cut differently from the generator
    mixed_items: int
    misattributed: int
    precision: float
    recall: float
    differences: int
    spurious_differences: int

    def lines(self) -> list[str]:
        return [
            f"items {self.items:,}, citations scored {self.citations:,} (unmatched {self.unknown:,})",
            f"mixed items {self.mixed_items:,} ({_share(self.mixed_items, self.items)})",
            f"misattributed citations {self.misattributed:,} ({_share(self.misattributed, self.citations)})",
            f"B-cubed precision {self.precision:.3f}, recall {self.recall:.3f}",
            (f"where sources differ {self.differences:,}, between different facts "
             f"{self.spurious_differences:,} ({_share(self.spurious_differences, self.differences)})"),
        ]


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "n/a"


def score(briefing: Briefing, facts: dict[str, dict[str, str]]) -> Quality:
    """Score the section items of ``briefing`` against ``corpus_facts`` for its corpus.

    Headlines and subheadings are statements too, but the generator records
    facts only for running text: their citations are left out of the score.
    """
    files = {a.id: a.file for a in briefing.corpus.articles}
    labels = {(a.id, s.id) for a in briefing.corpus.articles for b in a.blocks if b.kind != "paragraph"
              for s in b.sentences}

    def fact(source: str, text: str) -> str | None:
        return facts.get(files[source], {}).get(" ".join(text.split()))

    clusters: list[list[str]] = []
    shown: list[str | None] = []
    unknown = 0
    for section in briefing.sections:
        for item in section.items:
            keys = [fact(c.source, c.text) for c in item.citations if (c.source, c.sentence) not in labels]
            unknown += keys.count(None)
            known = [k for k in keys if k is not None]
            if known:
                clusters.append(known)
                by_text = [fact(c.source, c.text) for c in item.citations if " ".join(c.text.split()) == item.text]
                shown.append(by_text[0] if by_text else None)
    total = Counter(k for c in clusters for k in c)
    precision = recall = 0.0
    for c in clusters:
        here = Counter(c)
        for k, n in here.items():
            precision += n * n / len(c)
            recall += n * n / total[k]
    cited = sum(len(c) for c in clusters)
    return Quality(
        items=sum(len(s.items) for s in briefing.sections),
        citations=cited,
        unknown=unknown,
        mixed_items=sum(len(set(c)) > 1 for c in clusters),
        misattributed=sum(sum(k != s for k in c) for c, s in zip(clusters, shown) if s is not None),
        precision=precision / cited if cited else 1.0,
        recall=recall / cited if cited else 1.0,
        differences=len(briefing.discrepancies),
        spurious_differences=sum(
            len({fact(v.citation.source, v.citation.text) for v in d.versions} - {None}) > 1
            for d in briefing.discrepancies),
    )


def measure(n: int, seed: int, folder: Path) -> Quality:
    from briefing.pipeline import build

    seeds, config = folder / "seeds", folder / "briefing.yml"
    if not seeds.exists():
        write_corpus(seeds, n, seed)
        write_config(config)
    result = build(seeds, config, folder / "out", cache_dir=folder / "cache")
    return score(result.briefing, corpus_facts(n, seed))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__.split("\n\n")[0],
                                epilog="The labelled evaluation sets: python -m benchmarks.quality all --help")
    p.add_argument("--n", type=int, default=1000, help="articles in the synthetic corpus (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    p.add_argument("--keep", type=Path, help="build in this folder and keep it (the corpus is reused if there)")
    args = p.parse_args(argv)
    if args.keep:
        quality = measure(args.n, args.seed, args.keep)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            quality = measure(args.n, args.seed, Path(tmp))
    print(f"## Merging quality, N = {args.n:,}, seed {args.seed}\n")
    print("\n".join(f"- {line}" for line in quality.lines()))
    return 0
