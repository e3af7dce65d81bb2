"""How well a profile reader reads the labelled CVs and job ads (tests/data/cv), per split.

Usage: python -m bench.profile_extraction [--holdout]
Prints, for the dev split (and the holdout split with ``--holdout``): CV skill precision,
recall and F1 (micro over files, names mapped through the labels' alias table), must-have and
nice-to-have precision and recall, seniority accuracy, employer recall, achievement recall and
the median time to read one file. Tune on dev only; run the holdout once, on a frozen reader.
"""

from __future__ import annotations

import asyncio
import difflib
import re
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from engine.candidate import CvProfile, JobProfile
from engine.ports import ProfileReader

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "cv"


@dataclass
class Count:
    """True positives, false positives and false negatives of one measure."""

    hits: int = 0
    extra: int = 0
    missed: int = 0

    def add(self, predicted: Iterable[str], gold: Iterable[str]) -> None:
        """Count one file's predicted names against its gold names."""
        p, g = set(predicted), set(gold)
        self.hits += len(p & g)
        self.extra += len(p - g)
        self.missed += len(g - p)

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when nothing was predicted)."""
        return self.hits / (self.hits + self.extra) if self.hits + self.extra else 1.0

    @property
    def recall(self) -> float:
        """Share of gold labels found."""
        return self.hits / (self.hits + self.missed) if self.hits + self.missed else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Figures:
    """Everything measured on one split."""

    skills: Count = field(default_factory=Count)
    must_have: Count = field(default_factory=Count)
    nice_to_have: Count = field(default_factory=Count)
    seniority_right: int = 0
    jobs: int = 0
    domain_right: int = 0
    employers_found: int = 0
    employers: int = 0
    achievements_found: int = 0
    achievements: int = 0
    seconds: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)  # for reading dev errors


def labels() -> dict[str, Any]:
    """The labels file: ``aliases`` and ``items``."""
    return yaml.safe_load((DATA / "labels.yaml").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def alias_table(data: dict[str, Any]) -> dict[str, str]:
    """Every alias (lowercase) to its canonical name."""
    return {a.lower(): name for name, aliases in data["aliases"].items() for a in aliases}


def canonical(names: Iterable[str], aliases: dict[str, str]) -> set[str]:
    """Names as the labels spell them."""
    return {aliases.get(n.lower().strip(), n.lower().strip()) for n in names}


def _squashed(text: str) -> str:
    return " ".join(text.split()).lower()


def achievement_found(gold: str | list[str], predicted: Iterable[str]) -> bool:
    """A gold achievement (or its fragments, in order) is inside a predicted one, or the
    prediction is inside the gold one and they share every number."""
    fragments = [_squashed(f) for f in ([gold] if isinstance(gold, str) else gold)]
    whole = " ".join(fragments)
    for candidate in map(_squashed, predicted):
        at = 0
        for fragment in fragments:
            at = candidate.find(fragment, at)
            if at < 0:
                break
            at += len(fragment)
        else:
            return True
        numbers = set(re.findall(r"\d+", candidate))
        if candidate and candidate in whole and numbers == set(re.findall(r"\d+", whole)):
            return True
    return False


def employer_found(gold: str, predicted: Iterable[str]) -> bool:
    """The employer is named by one position, loosely (case, punctuation, a suffix)."""
    want = _squashed(re.sub(r"[^\w&' ]", " ", gold))
    for name in predicted:
        got = _squashed(re.sub(r"[^\w&' ]", " ", name))
        if got and (
            want in got or got in want or difflib.SequenceMatcher(None, want, got).ratio() >= 0.8
        ):
            return True
    return False


async def measure(reader: ProfileReader, split: str) -> Figures:
    """Read every file of the split and score it against its labels."""
    data = labels()
    aliases = alias_table(data)
    figures = Figures()
    for item in data["items"]:
        if item["split"] != split:
            continue
        text = (DATA / item["file"]).read_text(encoding="utf-8")
        started = time.perf_counter()
        profile = await (reader.read_cv(text) if item["kind"] == "cv" else reader.read_job(text))
        figures.seconds.append(time.perf_counter() - started)
        if isinstance(profile, CvProfile):
            _score_cv(figures, item, profile, aliases)
        elif isinstance(profile, JobProfile):
            _score_job(figures, item, profile, aliases)
    return figures


def _score_cv(
    figures: Figures, item: dict[str, Any], profile: CvProfile, aliases: dict[str, str]
) -> None:
    got, want = canonical(profile.skills, aliases), canonical(item["skills"], aliases)
    figures.skills.add(got, want)
    figures.misses += [f"{item['file']}: missed {sorted(want - got)}, extra {sorted(got - want)}"]
    employers = [p.employer for p in profile.positions]
    for role in item["roles"]:
        if role["employer"]:
            figures.employers += 1
            figures.employers_found += employer_found(role["employer"], employers)
    for gold in item["achievements"]:
        figures.achievements += 1
        figures.achievements_found += achievement_found(gold, profile.achievements)


def _score_job(
    figures: Figures, item: dict[str, Any], profile: JobProfile, aliases: dict[str, str]
) -> None:
    must, nice = canonical(profile.must_have, aliases), canonical(profile.nice_to_have, aliases)
    want_must, want_nice = (
        canonical(item["must_have"], aliases),
        canonical(item["nice_to_have"], aliases),
    )
    figures.must_have.add(must, want_must)
    figures.nice_to_have.add(nice, want_nice)
    figures.jobs += 1
    figures.seniority_right += profile.seniority == item["seniority"]
    figures.domain_right += _squashed(profile.domain) == _squashed(item["domain"])
    figures.misses += [
        f"{item['file']}: must missed {sorted(want_must - must)} extra {sorted(must - want_must)}; "
        f"nice missed {sorted(want_nice - nice)} extra {sorted(nice - want_nice)}; "
        f"seniority {profile.seniority} vs {item['seniority']}; "
        f"domain {profile.domain!r} vs {item['domain']!r}"
    ]


def report(split: str, figures: Figures) -> str:
    """The figures as printable lines."""
    s, m, n = figures.skills, figures.must_have, figures.nice_to_have
    return "\n".join(
        [
            f"[{split}]",
            f"  cv skills      P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
            f"  ({s.hits} right, {s.extra} extra, {s.missed} missed)",
            f"  must-have      P {m.precision:.3f}  R {m.recall:.3f}",
            f"  nice-to-have   P {n.precision:.3f}  R {n.recall:.3f}",
            f"  seniority      {figures.seniority_right}/{figures.jobs}",
            f"  domain (exact) {figures.domain_right}/{figures.jobs}  (labels compare loosely)",
            f"  employers      {figures.employers_found}/{figures.employers}",
            f"  achievements   {figures.achievements_found}/{figures.achievements}",
            f"  median time    {statistics.median(figures.seconds) * 1000:.1f} ms per file",
        ]
    )


def main(argv: list[str]) -> None:
    """Print dev figures (and holdout ones with --holdout) for the offline reader."""
    from engine.providers.offline_profiles import OfflineProfileReader

    reader = OfflineProfileReader()
    splits = ["dev", "holdout"] if "--holdout" in argv else ["dev"]
    for split in splits:
        figures = asyncio.run(measure(reader, split))
        print(report(split, figures))
        if "--verbose" in argv and split == "dev":
            print("\n".join(figures.misses))


if __name__ == "__main__":
    main(sys.argv[1:])
