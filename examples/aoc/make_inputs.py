#!/usr/bin/env python3
"""Makes the puzzle inputs of examples/aoc (deterministic: the same files every run).

The inputs are committed; run this only to regenerate them: python3 examples/aoc/make_inputs.py
"""
import os
import random

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


def main():
    for i, make in enumerate([calories, grid_walk, maze, vents, stones, race, nice, risk, corrupted]):
        make(random.Random(1000 + i))


if __name__ == "__main__":
    main()
