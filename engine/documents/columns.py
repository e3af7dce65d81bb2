"""Columns put one after the other, read from a page's layout text (a grid of characters).

pypdf's layout mode keeps a page's geometry: two columns come out side by side with a gutter of
spaces between them, and plain mode interleaves their lines. This finds the gutter and emits
each column's lines together. A block is split only when its right side reads as a column
(text on both sides of the gutter on several lines, and on most of the block's lines), so
that a right-aligned date next to a job title stays on the title's line.
"""

from __future__ import annotations

_GUTTER = 3  # spaces either side of the gutter's middle column: a word space is not a gutter
_MIN_SIDE_BY_SIDE = 3  # lines with text on both sides before a block counts as columns
_MIN_RIGHT_SHARE = 0.4  # of a block's lines that must have text right of the gutter


def unfold_columns(page: str) -> str:
    """``page`` (layout text) with each two-column block's left column before its right one."""
    lines = [line.rstrip() for line in page.split("\n")]
    gutter = _find_gutter(lines)
    if gutter is None:
        return "\n".join(lines)
    right_start = _right_column_start(lines, gutter)
    out: list[str] = []
    block: list[str] = []
    for line in lines:
        if line.strip() and not _fits_columns(line, gutter, right_start):
            out.extend(_unfold_block(block, gutter))
            block = []
            out.append(line)
        else:
            block.append(line)
    out.extend(_unfold_block(block, gutter))
    return "\n".join(out)


def _right_column_start(lines: list[str], gutter: int) -> int:
    """Where the right column's lines most often start."""
    starts = [_start_right_of(line, gutter) for line in lines if _side_by_side(line, gutter)]
    return max(set(starts), key=starts.count)


def _start_right_of(line: str, gutter: int) -> int:
    """The index of the first character right of the gutter."""
    return gutter + len(line[gutter:]) - len(line[gutter:].lstrip())


def _fits_columns(line: str, gutter: int, right_start: int) -> bool:
    """Whether ``line`` is a left column's line, a right column's, or both side by side.

    A line whose right part starts elsewhere (a right-aligned date, say) is not: it ends the
    block, so its parts stay together.
    """
    if _crosses(line, gutter):
        return False
    return not line[gutter:].strip() or abs(_start_right_of(line, gutter) - right_start) <= 2


def _side_by_side(line: str, column: int) -> bool:
    """Whether ``line`` has text on both sides of a gutter centred on ``column``."""
    if len(line) <= column + 1 or _crosses(line, column):
        return False
    return bool(line[: column - 1].strip()) and bool(line[column + 2 :].strip())


def _crosses(line: str, column: int) -> bool:
    """Whether ``line`` has text within the gutter around ``column``."""
    half = _GUTTER // 2
    return bool(line[max(0, column - half) : column + half + 1].strip())


def _find_gutter(lines: list[str]) -> int | None:
    """The middle of the widest gap most lines leave at the same place, if several do."""
    width = max((len(line) for line in lines), default=0)
    counts = [sum(_side_by_side(line, c) for line in lines) for c in range(2, width - 2)]
    best = max(counts, default=0)
    if best < _MIN_SIDE_BY_SIDE:
        return None
    first = counts.index(best)
    last = first
    while last + 1 < len(counts) and counts[last + 1] == best:
        last += 1
    return 2 + (first + last) // 2


def _unfold_block(block: list[str], gutter: int) -> list[str]:
    """The block's left column then its right one, or the block as it is if it is not columns."""
    written = [line for line in block if line.strip()]
    side_by_side = sum(_side_by_side(line, gutter) for line in written)
    right = [line for line in written if line[gutter:].strip()]
    if side_by_side < _MIN_SIDE_BY_SIDE or len(right) < _MIN_RIGHT_SHARE * len(written):
        return block
    # A line with text in one column only is no line at all in the other one.
    left_column = [line[:gutter].strip() for line in block if _keeps(line, line[:gutter])]
    right_column = [line[gutter:].strip() for line in block if _keeps(line, line[gutter:])]
    return [*left_column, "", *right_column]


def _keeps(line: str, side: str) -> bool:
    """Whether a column keeps its side of ``line``: its text, or a blank line of the page."""
    return bool(side.strip()) or not line.strip()
