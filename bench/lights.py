import re

seed = 6


def rand(n):
    global seed
    seed = seed * 16807 % 2147483647
    return seed % n


WORDS = ["turn on ", "turn off ", "toggle "]
instructions = []
for _ in range(400):
    x, y, w, h = rand(1000), rand(1000), rand(210), rand(210)
    x2, y2 = min(x + w, 999), min(y + h, 999)
    instructions.append(f"{WORDS[rand(3)]}{x},{y} through {x2},{y2}")
text = "\n".join(instructions)

SIZE = 1000
lights = [False] * (SIZE * SIZE)
for line in text.splitlines():
    x1, y1, x2, y2 = map(int, re.findall(r"-?\d+", line))
    toggle = line.startswith("toggle")
    on = line.startswith("turn on")
    for y in range(y1, y2 + 1):
        row = y * SIZE
        if toggle:
            for i in range(row + x1, row + x2 + 1):
                lights[i] = not lights[i]
        else:
            for i in range(row + x1, row + x2 + 1):
                lights[i] = on
print(lights.count(True))
