"""Prints how many known-correct answers the claim check or the mix-up check calls wrong: it
should be none.

Usage: python -m bench.claims_guard [-v]

Correct answers: every bank question's example answer, the ``correct`` side of every pair in
tests/data/claims, the training answers (tests/data/honest/train/answers*.yaml), and in the dev
sets the better or strong side of every pair and the base of every injection pair, each checked
against its own question's claims. A misconception written too broadly (a cue an
ordinary correct answer also says) shows up here before it costs a candidate a point. Held-out
sets are never read. With -v, each flagged answer is printed with the claims it tripped and the
terms it is said to mix up (engine/mix_ups.py).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

from engine.claims import check_claims
from engine.mix_ups import mix_ups
from engine.roles import default_roles

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def correct_answers() -> Iterator[tuple[str, str, str, str]]:
    """Every known-correct answer as (source, role id, question id, text)."""
    roles = default_roles()
    for role in roles.values():
        for question in role.questions:
            if question.example:
                yield "bank example", role.id, question.id, question.example
    for path in sorted((DATA / "claims").glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            yield "claims pair", path.stem, item["question_id"], item["correct"]
    for path in sorted((DATA / "honest" / "train").glob("answers*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            yield "training answer", item["role"], item["question_id"], item["text"]
    dev_sets = [DATA / "dev", *sorted((DATA / "honest").glob("dev*"))]
    for path in sorted(path for directory in dev_sets for path in directory.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            for side in ("better", "strong", "base"):
                if side in item:
                    yield "dev answer", item["role"], item["question_id"], item[side]


def main(argv: list[str]) -> int:
    """Check every correct answer; print the count flagged per source."""
    roles = default_roles()
    checked: dict[str, int] = {}
    flagged: dict[str, int] = {}
    for source, role_id, question_id, text in correct_answers():
        question = roles[role_id].question(question_id)
        wrong = check_claims(text, question).contradicted
        mixed = mix_ups(text, question)
        checked[source] = checked.get(source, 0) + 1
        if wrong or mixed:
            flagged[source] = flagged.get(source, 0) + 1
            if "-v" in argv:
                print(f"{source} {role_id}/{question_id}: {text!r}")
                for claim in wrong:
                    print(f"    trips: {claim.text}")
                for mix in mixed:
                    print(f"    mixes up: {mix.said} for {mix.meant}")
    for source, total in checked.items():
        print(f"{source}: {flagged.get(source, 0)}/{total} called wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
