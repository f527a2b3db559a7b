#!/usr/bin/env python3
"""Makes the puzzle inputs of examples/aoc (deterministic: the same files every run).

The inputs are committed; run this only to regenerate them: python3 examples/aoc/make_inputs.py
(or name the days to make, e.g. python3 examples/aoc/make_inputs.py day10 day11). Each day has its
own seed, so adding a day changes no other input.
"""
import functools
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text):
    with open(os.path.join(HERE, name), "w", newline="\n") as f:
        f.write(text)


def calories(rng):
    groups = []
    for _ in range(250):
        groups.append("\n".join(str(rng.randint(1000, 9999)) for _ in range(rng.randint(1, 8))))
    write("day01-calories.txt", "\n\n".join(groups) + "\n")


def grid_walk(rng):
    w, h = 60, 40
    rows = []
    for y in range(h):
        row = ""
        for x in range(w):
            edge = x == 0 or y == 0 or x == w - 1 or y == h - 1
            row += "#" if edge or rng.random() < 0.12 else "."
        rows.append(row)
    sy, sx = h // 2, w // 2
    rows[sy] = rows[sy][:sx] + "S" + rows[sy][sx + 1:]
    moves = [rng.choice("UDLR") + str(rng.randint(1, 9)) for _ in range(400)]
    write("day02-robot.txt", "\n".join(rows) + "\n\n" + ",".join(moves) + "\n")


def maze(rng):
    w, h = 81, 41
    cells = [["#"] * w for _ in range(h)]
    # a random depth-first maze, then some extra openings so there are several routes
    stack = [(1, 1)]
    cells[1][1] = "."
    while stack:
        x, y = stack[-1]
        options = [(dx, dy) for dx, dy in ((2, 0), (-2, 0), (0, 2), (0, -2))
                   if 0 < x + dx < w - 1 and 0 < y + dy < h - 1 and cells[y + dy][x + dx] == "#"]
        if not options:
            stack.pop()
            continue
        dx, dy = rng.choice(options)
        cells[y + dy // 2][x + dx // 2] = "."
        cells[y + dy][x + dx] = "."
        stack.append((x + dx, y + dy))
    for _ in range(120):
        x, y = rng.randint(1, w - 2), rng.randint(1, h - 2)
        cells[y][x] = "."
    cells[1][1] = "S"
    cells[h - 2][w - 2] = "E"
    write("day03-maze.txt", "\n".join("".join(r) for r in cells) + "\n")


def vents(rng):
    lines = []
    for _ in range(400):
        x1, y1 = rng.randint(0, 199), rng.randint(0, 199)
        kind = rng.randint(0, 2)
        d = rng.randint(-40, 40)
        if kind == 0:
            x2, y2 = x1, min(199, max(0, y1 + d))
        elif kind == 1:
            x2, y2 = min(199, max(0, x1 + d)), y1
        else:
            sign = rng.choice((-1, 1))
            while not (0 <= x1 + d <= 199 and 0 <= y1 + sign * d <= 199):
                d = d // 2 if abs(d) > 1 else 0
            x2, y2 = x1 + d, y1 + sign * d
        lines.append(f"{x1},{y1} -> {x2},{y2}")
    write("day04-vents.txt", "\n".join(lines) + "\n")


def stones(rng):
    write("day05-stones.txt", " ".join(str(rng.randint(0, 999999)) for _ in range(12)) + "\n")


def race(rng):
    names = set()
    rows = []
    while len(rows) < 500:
        name = "".join(rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        if name in names:
            continue
        names.add(name)
        rows.append(f"{name} score={rng.randint(0, 60)} time={rng.randint(100, 999)}s")
    write("day06-race.txt", "\n".join(rows) + "\n")


def nice(rng):
    words = []
    for _ in range(600):
        words.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz" + "aeiou" * 2) for _ in range(16)))
    write("day07-nice.txt", "\n".join(words) + "\n")


def risk(rng):
    rows = ["".join(str(rng.randint(1, 9)) for _ in range(60)) for _ in range(60)]
    write("day08-risk.txt", "\n".join(rows) + "\n")


def corrupted(rng):
    pieces = []
    junk = "xmul(%&*^!@#$don'tdo() [],;:?<>{}select where"
    for _ in range(700):
        r = rng.random()
        if r < 0.35:
            pieces.append(f"mul({rng.randint(1, 999)},{rng.randint(1, 999)})")
        elif r < 0.40:
            pieces.append("do()")
        elif r < 0.45:
            pieces.append("don't()")
        elif r < 0.55:
            pieces.append(f"mul({rng.randint(1, 999)}, {rng.randint(1, 999)})")   # a space: not valid
        else:
            pieces.append("".join(rng.choice(junk) for _ in range(rng.randint(1, 6))))
    text = "".join(pieces)
    lines = [text[i:i + 120] for i in range(0, len(text), 120)]
    write("day09-corrupted.txt", "\n".join(lines) + "\n")


def bitmask(rng):
    lines = []
    for _ in range(100):
        floating = set(rng.sample(range(36), rng.choice((3, 4, 5, 5, 6, 6, 7, 8, 9))))
        lines.append("mask = " + "".join("X" if i in floating else rng.choice("01") for i in range(36)))
        for _ in range(rng.randint(2, 7)):
            lines.append(f"mem[{rng.randint(1, 65535)}] = {rng.randint(1, 999_999_999)}")
    write("day10-bitmask.txt", "\n".join(lines) + "\n")


def garden(rng):
    size, letters = 140, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    # each plot takes the plant of the nearest of some seeds (distance with a little noise),
    # so regions are blobs with ragged edges; a few lone plots make regions of one
    seeds = [(rng.randrange(size), rng.randrange(size), rng.choice(letters)) for _ in range(500)]
    rows = []
    for r in range(size):
        row = ""
        for c in range(size):
            if rng.random() < 0.01:
                row += rng.choice(letters)
                continue
            row += min(seeds, key=lambda s: abs(s[0] - r) + abs(s[1] - c) + rng.random() * 3)[2]
        rows.append(row)
    write("day11-garden.txt", "\n".join(rows) + "\n")


@functools.cache
def arrangements(springs, groups):
    """How many ways a row of springs fits its groups (used only to keep the answers below 2^53)."""
    if not groups:
        return 0 if "#" in springs else 1
    n = groups[0]
    total = arrangements(springs[1:], groups) if springs and springs[0] != "#" else 0
    if len(springs) >= n and "." not in springs[:n] and springs[n:n + 1] != "#":
        total += arrangements(springs[n + 1:], groups[1:])
    return total


def springs(rng):
    rows = []
    while len(rows) < 1000:
        groups = [rng.choice((1, 1, 1, 2, 2, 3, 4, 5, 6)) for _ in range(rng.randint(1, 6))]
        row = "." * rng.randint(0, 3) + ".".join("#" * g + "." * rng.randint(0, 2) for g in groups)
        if len(row) > 20:
            continue
        row += "." * rng.randint(0, 20 - len(row))
        row = "".join("?" if rng.random() < 0.5 else ch for ch in row)
        # unfolded five times, a row's count must stay below 10^12, so that the sum of
        # 1000 rows stays below 2^53, where Golfcart's numbers are exact
        if arrangements("?".join([row] * 5), tuple(groups) * 5) >= 10 ** 12:
            continue
        rows.append(row + " " + ",".join(map(str, groups)))
    write("day12-springs.txt", "\n".join(rows) + "\n")


MAKERS = [calories, grid_walk, maze, vents, stones, race, nice, risk, corrupted, bitmask, garden, springs]


def main(days):
    for i, make in enumerate(MAKERS):
        if not days or f"day{i + 1:02}" in days:
            make(random.Random(1000 + i))


if __name__ == "__main__":
    main(sys.argv[1:])
