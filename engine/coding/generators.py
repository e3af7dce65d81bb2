"""Deterministic input generators for hidden tests, named by ``kind`` in the task files.

Each generator takes a seeded ``random.Random`` and its own sizes, and returns one or more
arguments (a tuple), so a hidden case lists one spec per argument or one spec for several
coupled ones (``two_sum`` makes the numbers and the target). ``SMALL`` shrinks every kind to a
handful of items: the validation test compares a slow solution with the reference on those.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from random import Random
from typing import Any

from pydantic import JsonValue

Args = tuple[Any, ...]  # JSON values (lists, ints, strings); the validation test checks it
Generator = Callable[..., Args]
LETTERS = string.ascii_lowercase


def value(rng: Random, value: JsonValue) -> Args:
    """A literal argument (for a case whose other arguments are generated)."""
    return (value,)


def ints(rng: Random, n: int, low: int, high: int) -> Args:
    """``n`` integers drawn uniformly from ``[low, high]``."""
    return ([rng.randint(low, high) for _ in range(n)],)


def consecutive(rng: Random, n: int, run: int, low: int, high: int) -> Args:
    """A run of ``run`` consecutive integers and ``n - run`` random ones, shuffled."""
    start = rng.randint(low, high - run)
    numbers = list(range(start, start + run)) + [rng.randint(low, high) for _ in range(n - run)]
    rng.shuffle(numbers)
    return (numbers,)


def two_sum(rng: Random, n: int, ordered: bool = False) -> Args:
    """Numbers with exactly one pair adding up to the target, the pair late in the list.

    Every other number is a multiple of 4; the pair is 1 and 2 modulo 4, so no other pair
    can reach the target (3 modulo 4). ``ordered``: sorted, the pair at 70 % and at the end.
    """
    numbers = [4 * rng.randint(-250_000_000, 250_000_000) for _ in range(n - 2)]
    if ordered:
        numbers.sort()
        first, second = numbers[int(n * 0.7)] + 1, numbers[-1] + 2
        numbers = sorted([*numbers, first, second])
    else:
        first, second = 4 * rng.randint(0, 10**8) + 1, 4 * rng.randint(0, 10**8) + 2
        numbers += [first, second]
    return numbers, first + second


def text(rng: Random, n: int, alphabet: str = LETTERS, tail: str = "") -> Args:
    """``n`` characters from ``alphabet``, then ``tail``."""
    return ("".join(rng.choices(alphabet, k=n)) + tail,)


def repeated(rng: Random, unit: str, times: int, tail: str = "") -> Args:
    """``unit`` repeated ``times`` times, then ``tail`` (adversarial strings)."""
    return (unit * times + tail,)


def shuffled_blocks(rng: Random, n: int, distinct: int) -> Args:
    """Blocks of ``distinct`` different characters, each block shuffled: long repeat-free runs."""
    alphabet = [chr(0x4E00 + i) for i in range(distinct)]
    out: list[str] = []
    while len(out) < n:
        rng.shuffle(alphabet)
        out.extend(alphabet[: rng.randint(distinct // 2, distinct)])
    return ("".join(out[:n]),)


def palindrome(rng: Random, n: int) -> Args:
    """A sentence that reads the same backwards once case and punctuation are dropped."""
    half = rng.choices(LETTERS + "0123456789", k=n // 2)
    letters = half + half[::-1]
    noisy = []
    for char in letters:
        if rng.random() < 0.2:
            noisy.append(rng.choice(" ,.!?'-"))
        noisy.append(char.upper() if rng.random() < 0.3 else char)
    return ("".join(noisy),)


def anagrams(rng: Random, n: int, groups: int, length: int) -> Args:
    """``n`` words, each a shuffle of one of ``groups`` base words."""
    bases = ["".join(rng.choices(LETTERS, k=length)) for _ in range(groups)]
    words = []
    for _ in range(n):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        words.append("".join(letters))
    return (words,)


def range_queries(rng: Random, n: int, queries: int, low: int, high: int) -> Args:
    """Numbers and ``[left, right]`` index pairs into them, mostly wide."""
    pairs = []
    for _ in range(queries):
        left = rng.randrange(n // 4)
        pairs.append([left, rng.randrange(n - n // 4, n)])
    return [rng.randint(low, high) for _ in range(n)], pairs


def intervals(rng: Random, n: int, span: int, longest: int) -> Args:
    """``n`` intervals ``[start, end]`` with start in ``[0, span]`` and length up to ``longest``."""
    out = []
    for _ in range(n):
        start = rng.randint(0, span)
        out.append([start, start + rng.randint(1, longest)])
    return (out,)


def disjoint_intervals(rng: Random, n: int, shuffle: bool = False, offset: int = 0) -> Args:
    """``n`` non-overlapping intervals in order (or shuffled), small gaps between them."""
    out, at = [], offset
    for _ in range(n):
        at += rng.randint(1, 10)
        length = rng.randint(1, 10)
        out.append([at, at + length])
        at += length
    if shuffle:
        rng.shuffle(out)
    return (out,)


def grid(rng: Random, rows: int, cols: int, walls: float, land: str = ".", wall: str = "#") -> Args:
    """Rows of ``land`` and ``wall`` characters; the top-left and bottom-right are land."""
    cells = [[wall if rng.random() < walls else land for _ in range(cols)] for _ in range(rows)]
    cells[0][0] = cells[-1][-1] = land
    return (["".join(row) for row in cells],)


def _shape(rng: Random, n: int, spine: int) -> list[list[int]]:
    """Children (``[left, right]``, -1 for none) of a tree: a spine, then a random bush below."""
    spine = max(1, min(spine, n))
    children = [[-1, -1] for _ in range(n)]
    for node in range(1, spine):
        children[node - 1][rng.randrange(2)] = node
    free = [(spine - 1, 0), (spine - 1, 1)]
    for node in range(spine, n):
        slot = rng.randrange(len(free))
        parent, side = free[slot]
        free[slot] = free[-1]
        free.pop()
        children[parent][side] = node
        free += [(node, 0), (node, 1)]
    return children


def _level_order(children: list[list[int]], values: list[int]) -> list[int | None]:
    """The tree as a level-order list with ``None`` for missing children, trailing ones cut."""
    out: list[int | None] = [values[0]]
    queue, head = [0], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for child in children[node]:
            if child < 0:
                out.append(None)
            else:
                out.append(values[child])
                queue.append(child)
    while out and out[-1] is None:
        out.pop()
    return out


def tree(
    rng: Random, n: int, spine: int = 1, low: int = -1000, high: int = 1000, bst: bool = False
) -> Args:
    """A binary tree of ``n`` nodes in level order: random values, or a valid search tree."""
    children = _shape(rng, n, spine)
    if not bst:
        return (_level_order(children, [rng.randint(low, high) for _ in range(n)]),)
    keys = sorted(rng.sample(range(low, high), n))
    values, order, node = [0] * n, 0, 0
    stack: list[int] = []
    while stack or node >= 0:  # in-order walk hands out the sorted keys
        while node >= 0:
            stack.append(node)
            node = children[node][0]
        node = stack.pop()
        values[node] = keys[order]
        order += 1
        node = children[node][1]
    return (_level_order(children, values),)


def edges(rng: Random, n: int, m: int) -> Args:
    """A node count and ``m`` random undirected edges ``[a, b]`` between ``0 .. n-1``."""
    return n, [rng.sample(range(n), 2) for _ in range(m)]


def dag(rng: Random, n: int, m: int) -> Args:
    """A node count and ``m`` pairs ``[after, before]`` of an acyclic dependency graph."""
    order = list(range(n))
    rng.shuffle(order)
    pairs = []
    for _ in range(m):
        first, second = sorted(rng.sample(range(n), 2))
        pairs.append([order[second], order[first]])
    return n, pairs


def delay_graph(rng: Random, n: int, m: int) -> Args:
    """Node count, directed ``[from, to, time]`` edges and a source: a cheap chain listed
    backwards (so relaxing edges in list order needs many rounds) and costly random edges."""
    nodes = list(range(n))
    rng.shuffle(nodes)
    chain = [[nodes[i], nodes[i + 1], rng.randint(1, 10)] for i in range(n - 1)][::-1]
    extra = [[*rng.sample(range(n), 2), rng.randint(10 * n, 20 * n)] for _ in range(m - n + 1)]
    return n, extra + chain, nodes[0]


def connection_log(rng: Random, n: int, m: int) -> Args:
    """People count and ``[time, a, b]`` meetings in time order; all are connected only by
    the last meeting (a random spanning tree of the others, hidden among random meetings)."""
    people = list(range(n))
    rng.shuffle(people)
    others, late = people[:-1], people[-1]
    tree = [[others[i], others[rng.randrange(i)]] for i in range(1, len(others))]
    meetings = tree + [rng.sample(others, 2) for _ in range(m - len(tree) - 1)]
    rng.shuffle(meetings)
    meetings.append([late, rng.choice(others)])
    times = sorted(rng.sample(range(1, 10 * m), m))
    return n, [[time, a, b] for time, (a, b) in zip(times, meetings, strict=True)]


def lru_operations(rng: Random, n: int, capacity: int, keys: int) -> Args:
    """A capacity and ``n`` operations ``["put", key, value]`` / ``["get", key]``."""
    ops: list[JsonValue] = []
    for _ in range(n):
        key = rng.randrange(keys)
        ops.append(["put", key, rng.randrange(10**6)] if rng.random() < 0.5 else ["get", key])
    return capacity, ops


def stack_operations(rng: Random, n: int) -> Args:
    """``n`` operations on a min-stack, the stack growing large before it shrinks."""
    ops: list[JsonValue] = []
    size = 0
    for step in range(n):
        grow = 0.8 if step < n // 2 else 0.3
        roll = rng.random()
        if size == 0 or roll < grow:
            ops.append(["push", rng.randint(-(10**9), 10**9)])
            size += 1
        elif roll < grow + (1 - grow) / 3:
            ops.append(["pop"])
            size -= 1
        else:
            ops.append([rng.choice(["top", "min"])])
    return (ops,)


GENERATORS: dict[str, Generator] = {
    function.__name__: function
    for function in (
        value, ints, consecutive, two_sum, text, repeated, shuffled_blocks, palindrome,
        anagrams, range_queries, intervals, disjoint_intervals, grid, tree, edges, dag,
        delay_graph, connection_log, lru_operations, stack_operations,
    )
}  # fmt: skip

# Parameters that make each kind tiny (the slow solutions' cross-check).
SMALL: dict[str, dict[str, Any]] = {
    "ints": {"n": 9},
    "consecutive": {"n": 9, "run": 4},
    "two_sum": {"n": 8},
    "text": {"n": 8},
    "repeated": {"times": 6},
    "shuffled_blocks": {"n": 12, "distinct": 5},
    "palindrome": {"n": 10},
    "anagrams": {"n": 8, "groups": 3, "length": 3},
    "range_queries": {"n": 8, "queries": 5},
    "intervals": {"n": 8, "span": 30, "longest": 8},
    "disjoint_intervals": {"n": 6},
    "grid": {"rows": 4, "cols": 4},
    "tree": {"n": 9, "spine": 3},
    "edges": {"n": 8, "m": 6},
    "dag": {"n": 7, "m": 8},
    "delay_graph": {"n": 6, "m": 9},
    "connection_log": {"n": 6, "m": 9},
    "lru_operations": {"n": 20, "capacity": 3, "keys": 6},
    "stack_operations": {"n": 16},
}
